// A large graph in real Chromium, static mode: a generated 5000-entity, 20000-edge file (seeded, laid out, in the
// compact form kg export writes) loads,
// keeps the file's positions (no layout run in the page, which is what makes large files open quickly), draws a
// non-blank canvas with the large-graph settings on, leaves edges out and draws nodes coarse while the camera moves
// (and draws the full frame once it stops), and the search finds an entity in it. A huge one (over 50,000 edges) has
// its edges drawn by the edge backdrop, not by sigma, with the same picture, and a focus moves its edges to sigma.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/bench-viewer-graphs.ts";
import { encodeCompactGraph } from "../../src/graph/export/compact-graph.ts";
import { ensureViewerBuilt } from "../../src/cli/viewer-build.ts";
import { serveStatic } from "../../src/server/static.ts";
import { distinctColours, launchChromium } from "./chromium.ts";

const file = generateGraph({ nodes: 5000, edges: 20_000, seed: 7 });
const hugeFile = generateGraph({ nodes: 2000, edges: 60_000, seed: 11 });
let server: Server;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const staticDir = await ensureViewerBuilt(() => {});
  // The built viewer alone, no API behind it: static mode must not need one.
  server = createServer((request, response) => void serveStatic(request, response, new URL(request.url ?? "/", "http://localhost"), staticDir));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route("**/large/graph.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(encodeCompactGraph(file as never)) }));
  await page.route("**/huge/graph.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(encodeCompactGraph(hugeFile as never)) }));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("a large graph in static mode", () => {
  it("loads with the file's positions and draws it", async () => {
    await page.goto(`${url}/?graph=large/graph.json`);
    await page.locator("body[data-graph-ready=true]").waitFor({ timeout: 60_000 });
    const graph = page.getByTestId("graph");
    expect(await graph.evaluate((el) => [Number(el.dataset.nodes), Number(el.dataset.edges)])).toEqual([5000, 20_000]);

    const drawn = await page.evaluate(() => {
      const { sigma } = (window as unknown as { kgViewer: { sigma: import("sigma").default } }).kgViewer;
      const g = sigma.getGraph();
      const some = ["gen_0", "gen_1234", "gen_4999"].map((id) => [g.getNodeAttribute(id, "x"), g.getNodeAttribute(id, "y")]);
      return { some, edgesWhileMoving: sigma.getContainer().dataset.edgesWhileMoving, hideLabelsOnMove: sigma.getSetting("hideLabelsOnMove") };
    });
    const byKey = new Map(file.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
    expect(drawn.some).toEqual(["gen_0", "gen_1234", "gen_4999"].map((id) => byKey.get(id)));
    expect(drawn).toMatchObject({ edgesWhileMoving: "hidden", hideLabelsOnMove: true });

    const png = await graph.screenshot({ path: "test-results/large-graph.png" });
    const { colours, nonBackground } = await distinctColours(page, png);
    expect(colours).toBeGreaterThan(5);
    expect(nonBackground).toBeGreaterThan(20_000);
  });

  it("leaves the edges out while the camera moves and draws them again once it stops", async () => {
    const edgePixels = await page.evaluate(async () => {
      const { sigma } = (window as unknown as { kgViewer: { sigma: import("sigma").default } }).kgViewer;
      // The context sigma made: getContext hands back the existing one.
      const context = (layer: "edges" | "nodes") => {
        const canvas = sigma.getCanvases()[layer]!;
        return (canvas.getContext("webgl2") ?? canvas.getContext("webgl"))!;
      };
      const drawnPixels = (gl: WebGLRenderingContext | WebGL2RenderingContext) => {
        const pixels = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
        gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
        let drawn = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) drawn++;
        return drawn;
      };
      // Read inside afterRender: without preserveDrawingBuffer the pixels are only there until the frame is shown.
      const nextFramePixels = () => new Promise<{ edges: number; nodes: number }>((resolve) => sigma.once("afterRender", () => {
        resolve({ edges: drawnPixels(context("edges")), nodes: drawnPixels(context("nodes")) });
      }));
      const nextFrameEdgePixels = async () => (await nextFramePixels()).edges;
      const camera = sigma.getCamera();
      const motion = camera.animate({ ratio: camera.ratio * 0.8 }, { duration: 600 });
      const moving = await nextFramePixels();
      const whileMoving = moving.edges;
      // Nodes are drawn while moving, as point sprites (programs.ts).
      const nodePixelsWhileMoving = moving.nodes;
      const nodeCanvasWidthWhileMoving = sigma.getCanvases().nodes!.width;
      await motion;
      // The frame of the animation's last step is still one of a moving camera; the full frame follows unasked.
      let atRest = 0;
      for (let frame = 0; frame < 3 && atRest === 0; frame++) atRest = await nextFrameEdgePixels();
      return { whileMoving, atRest, nodePixelsWhileMoving, nodeCanvasWidthWhileMoving, nodeCanvasWidthAtRest: sigma.getCanvases().nodes!.width };
    });
    expect(edgePixels.whileMoving).toBe(0);
    expect(edgePixels.nodePixelsWhileMoving).toBeGreaterThan(2_000);
    expect(edgePixels.atRest).toBeGreaterThan(20_000);
    // Nodes are drawn at half resolution while moving (programs.ts), at full resolution at rest.
    expect([edgePixels.nodeCanvasWidthWhileMoving, edgePixels.nodeCanvasWidthAtRest]).toEqual([640, 1280]);
  });

  it("finds an entity among 5000 with the search box and opens it", async () => {
    const wanted = file.nodes[4321]!.attributes.name as string;
    const search = page.getByTestId("search");
    await search.fill(wanted.split(" ").at(-1)!);
    await page.getByRole("option", { name: wanted }).waitFor({ timeout: 15_000 });
    await search.press("Enter");
    await expect.poll(() => page.getByTestId("node-name").textContent(), { timeout: 15_000 }).toBe(wanted);
    await page.screenshot({ path: "test-results/large-graph-search.png" });
  });
});

/** Pixels drawn in the WebGL layers named, read in the afterRender of the next frame: a refresh at rest, or a camera animation's first frame when `moving`. */
function layerPixels(target: Page, layers: string[], options: { moving?: boolean } = {}) {
  return target.evaluate(
    async ({ layers, moving }) => {
      const { sigma } = (window as unknown as { kgViewer: { sigma: import("sigma").default } }).kgViewer;
      const count = () =>
        Object.fromEntries(layers.map((layer) => {
          const canvas = sigma.getCanvases()[layer]!;
          const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl"))!;
          const pixels = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
          gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          let drawn = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) drawn++;
          return [layer, drawn];
        }));
      // Without preserveDrawingBuffer the pixels are there only until the frame is shown: read inside afterRender.
      const frame = new Promise<Record<string, number>>((resolve) => sigma.once("afterRender", () => resolve(count())));
      const camera = sigma.getCamera();
      if (moving) void camera.animate({ ratio: camera.ratio * 0.9 }, { duration: 400 });
      else sigma.refresh();
      return frame;
    },
    { layers, moving: options.moving ?? false },
  );
}

const sigmaEdgeCount = (target: Page) =>
  target.evaluate(() => (window as unknown as { kgViewer: { sigma: import("sigma").default } }).kgViewer.sigma.getGraph().size);

describe("a huge graph (over 50,000 edges) in static mode", () => {
  it("draws its edges in the backdrop layer, none through sigma, and leaves them out while moving", async () => {
    await page.goto(`${url}/?graph=huge/graph.json`);
    await page.locator("body[data-graph-ready=true]").waitFor({ timeout: 60_000 });
    const graph = page.getByTestId("graph");
    expect(await graph.evaluate((el) => [Number(el.dataset.nodes), Number(el.dataset.edges)])).toEqual([2000, 60_000]);
    expect(await sigmaEdgeCount(page)).toBe(0);
    const atRest = await layerPixels(page, ["backdrop", "edges"]);
    expect(atRest.backdrop).toBeGreaterThan(20_000);
    expect(atRest.edges).toBe(0);
    const moving = await layerPixels(page, ["backdrop"], { moving: true });
    expect(moving.backdrop).toBe(0);
    await page.waitForTimeout(800);
    const png = await graph.screenshot({ path: "test-results/huge-graph.png" });
    const { colours, nonBackground } = await distinctColours(page, png);
    expect(colours).toBeGreaterThan(5);
    expect(nonBackground).toBeGreaterThan(20_000);
    // The PNG export composites the backdrop too: about as much drawn as on screen, far more than the nodes alone.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const exported = await distinctColours(page, readFileSync((await download.path())!));
    expect(exported.nonBackground).toBeGreaterThan(0.9 * nonBackground);
  });

  it("draws a focused entity's edges through sigma, the rest dimmed in the backdrop, and gives them back on Esc", async () => {
    const hub = "gen_3";
    const degree = hugeFile.edges.filter((e) => e.source === hub || e.target === hub).length;
    // A fresh load: from the same URL without the hash, goto would only change the hash.
    await page.goto("about:blank");
    await page.goto(`${url}/?graph=huge/graph.json#node=${hub}`);
    await page.locator("body[data-graph-ready=true]").waitFor({ timeout: 60_000 });
    await expect.poll(() => sigmaEdgeCount(page), { timeout: 15_000 }).toBe(degree);
    // Once the camera has reached the entity (frames while it moves leave edges out).
    await expect.poll(async () => (await layerPixels(page, ["edges"])).edges, { timeout: 15_000 }).toBeGreaterThan(200);
    expect((await layerPixels(page, ["backdrop"])).backdrop).toBeGreaterThan(20_000);
    await page.screenshot({ path: "test-results/huge-graph-focus.png" });
    await page.keyboard.press("Escape");
    await expect.poll(() => sigmaEdgeCount(page), { timeout: 15_000 }).toBe(0);
  });
});
