// Starting positions for exported graphs, so Gephi, Gephi Lite and Sigma draw something readable
// before any layout is run: nodes on a circle (deterministic), then a short ForceAtlas2 run.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ExportGraph } from "./read-graph.ts";

/** Enough to untangle the circle; users run their own layout for more. */
const LAYOUT_ITERATIONS = 100;

export function assignPositions(graph: ExportGraph): void {
  const n = graph.order;
  let i = 0;
  graph.forEachNode((node) => {
    const angle = (2 * Math.PI * i++) / Math.max(n, 1);
    graph.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  if (graph.size === 0) return;
  forceAtlas2.assign(graph, { iterations: LAYOUT_ITERATIONS, settings: forceAtlas2.inferSettings(graph), getEdgeWeight: null });
}
