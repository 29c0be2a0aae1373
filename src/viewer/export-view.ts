// Saving the current view: a PNG of what sigma draws (its stacked canvases composited onto one) and the graph as
// graphology JSON (the data, with positions; what `?graph=` loads back).
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { KnowledgeGraph } from "./graph-data.ts";
import { onNextFullFrame } from "./motion.ts";

/**
 * WebGL canvases keep their pixels only until the frame is shown, so the copy is taken inside sigma's
 * afterRender of a render we ask for, before the browser composites; a frame drawn while moving (reduced) is skipped.
 */
export function viewAsPng<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, background = "#ffffff"): Promise<Blob> {
  return new Promise((resolve, reject) => {
    onNextFullFrame(sigma, () => {
      const layers = [...sigma.getContainer().querySelectorAll("canvas")];
      const width = Math.max(...layers.map((c) => c.width));
      const height = Math.max(...layers.map((c) => c.height));
      const out = document.createElement("canvas");
      out.width = width;
      out.height = height;
      const context = out.getContext("2d");
      if (!context) return reject(new Error("export: this browser gives no 2D canvas"));
      context.fillStyle = background;
      context.fillRect(0, 0, width, height);
      // Document order is stacking order: edges, nodes, labels, hovers.
      for (const layer of layers) if (layer.width > 0 && layer.height > 0) context.drawImage(layer, 0, 0, width, height);
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("export: the canvas could not be encoded as PNG"))), "image/png");
    });
    sigma.refresh();
  });
}

export function graphAsJson(graph: KnowledgeGraph): Blob {
  return new Blob([JSON.stringify(graph.export())], { type: "application/json" });
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
