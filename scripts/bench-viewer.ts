// npm run bench:viewer: the viewer in headless Chromium (software WebGL, no GPU) on generated graphs and on the
// real ingested graph, loaded through static mode (?graph=URL). Prints time to the first frame and frames per
// second while panning and zooming, with the CPU each took (robust to other work on the machine).
//   npm run bench:viewer -- [--seconds 5] [--only 10k] [--graph-file FILE] [--rebuild-graph] [--mouse-rate 60]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureViewerBuilt } from "../src/cli/viewer-build.ts";
import { connectionFromEnv, countGraph, createDriver, exportGraph, verifyConnection } from "../src/graph/index.ts";
import { serveStatic } from "../src/server/static.ts";
import { launchChromium } from "../tests/browser/chromium.ts";
import { COMPACT_GRAPH_VERSION, encodeCompactGraph } from "../src/graph/export/compact-graph.ts";
import { generateGraph } from "./bench-viewer-graphs.ts";
import { LOAD_MARKS, measureCameraFps, measureLoad, measureMouseFps, type LoadFigures, type MotionFigures } from "./bench-viewer-measure.ts";

const BENCH_DIR = resolve(".kg/bench-viewer");
const GENERATED = [
  { name: "generated 1k/10k", nodes: 1_000, edges: 10_000 },
  { name: "generated 10k/10k", nodes: 10_000, edges: 10_000 },
  { name: "generated 10k/100k", nodes: 10_000, edges: 100_000 },
];
const SEED = 20260601;

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    // Mouse moves a second, sent as a device would; 0 awaits each move (the measure before 2026-12-03).
    "mouse-rate": { type: "string", default: "60" },
    only: { type: "string" },
    "graph-file": { type: "string", default: join(BENCH_DIR, "ingested.json") },
    "rebuild-graph": { type: "boolean", default: false },
  },
});
const seconds = Number(args.seconds);

interface Row {
  name: string;
  file: string;
}

function generatedRows(): Row[] {
  return GENERATED.map(({ name, nodes, edges }) => {
    // Written as `kg export --format json` writes (the compact form, its version in the name); same seed, same
    // graph: a file already written is reused.
    const file = join(BENCH_DIR, `generated-${nodes}-${edges}-${SEED}-compact${COMPACT_GRAPH_VERSION}.json`);
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(encodeCompactGraph(generateGraph({ nodes, edges, seed: SEED }))));
    return { name, file };
  });
}

/** The ingested graph via `kg export`'s code (entities, claims, relations; positions precomputed), or why not. */
async function ingestedRow(): Promise<Row | string> {
  const file = resolve(args["graph-file"]);
  if (existsSync(file) && !args["rebuild-graph"]) return { name: readSourceName(file), file };
  const settings = connectionFromEnv();
  const driver = createDriver(settings);
  try {
    await verifyConnection(driver, settings.uri);
    const counts = await countGraph(driver);
    if (!counts.documents) return `the Neo4j at ${settings.uri} holds no documents (ingest the BBC corpus: kg ingest ../shared/data/bbc)`;
    const { graph, files } = await exportGraph(driver, { format: "json" });
    const json = JSON.parse(files[0]!.content) as { attributes: Record<string, unknown> };
    json.attributes.benchSource = `ingested graph, ${counts.documents} documents`;
    writeFileSync(file, JSON.stringify(json));
    console.log(`Exported ${graph.order} entities and ${graph.size} edges from ${settings.uri} to ${file}`);
    return { name: String(json.attributes.benchSource), file };
  } catch (e) {
    return `no ingested graph: ${file} is missing and Neo4j at ${settings.uri} is not reachable (${e instanceof Error ? e.message.split("\n")[0] : e}); set NEO4J_URI or KG_NEO4J_BOLT_PORT to an ingested database`;
  } finally {
    await driver.close();
  }
}

function readSourceName(file: string): string {
  const json = JSON.parse(readFileSync(file, "utf8")) as { attributes?: { benchSource?: string } };
  return json.attributes?.benchSource ?? `graph file ${file}`;
}

/** The built viewer, and the benchmark's graph files under /bench-graphs/. */
async function startStaticServer(viewerDir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const dir = url.pathname.startsWith("/bench-graphs/") ? BENCH_DIR : viewerDir;
    if (dir === BENCH_DIR) url.pathname = url.pathname.slice("/bench-graphs".length);
    void serveStatic(request, response, url, dir);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ");

async function main() {
  mkdirSync(BENCH_DIR, { recursive: true });
  const viewerDir = await ensureViewerBuilt((line) => console.log(line));
  const rows = generatedRows();
  const ingested = await ingestedRow();
  if (typeof ingested === "string") console.log(`Skipping the ingested-graph row: ${ingested}`);
  else rows.push(ingested);
  const chosen = rows.filter((row) => !args.only || row.name.includes(args.only));

  const { server, url } = await startStaticServer(viewerDir);
  const browser = await launchChromium();
  const results: { row: Row; megabytes: number; load: LoadFigures; camera: MotionFigures; mouse: MotionFigures }[] = [];
  let renderer = "unknown";
  try {
    for (const row of chosen) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const load = await measureLoad(page, `${url}/?graph=/bench-graphs/${row.file.slice(BENCH_DIR.length + 1)}`, 120_000);
      renderer = await page.evaluate(() => {
        const gl = document.createElement("canvas").getContext("webgl");
        const info = gl?.getExtension("WEBGL_debug_renderer_info");
        return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "no WebGL";
      });
      const camera = await measureCameraFps(page, seconds);
      const mouse = await measureMouseFps(page, seconds, Number(args["mouse-rate"]));
      await page.close();
      results.push({ row, megabytes: statSync(row.file).size / 1e6, load, camera, mouse });
      console.log(`  measured ${row.name}`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  console.log(`\nChromium ${browser.version()} headless (--no-sandbox --disable-gpu --disable-background-networking), WebGL renderer: ${renderer}`);
  console.log(`Software rendering, no GPU. ${cpus().length} cores, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(" ")} (wall-clock figures include other work on the machine; CPU figures hardly do).`);
  console.log(`Viewport 1280x800, static mode (?graph=), ${seconds} s of motion per mode. first frame = navigation to the first frame showing the whole graph.`);
  // Both count as motion in the viewer (motion.ts): the first frame of each is a full one, the rest reduced where marked *.
  console.log(`camera = camera.setState every animation frame; mouse = drag + wheel through Chromium input, ${Number(args["mouse-rate"]) > 0 ? `${args["mouse-rate"]} moves/s sent as a device would` : "each move awaited"} (edges ${results.some((r) => r.load.hideEdgesOnMove) ? "left out and nodes coarse while moving where marked *" : "drawn"}).`);
  console.log(`cpu = CPU ms of all Chromium processes (renderer, browser and the GPU process, where SwiftShader rasterises WebGL), "(gpu N)" the GPU process's part; render = sigma's render call on the page's main thread; inputs/s = mouse moves and wheel turns the page received (the mouse fps cannot exceed it).\n`);
  const widths = [30, 6, 16, 5, 11, 18, 10, 18, 9, 9, 18, 8];
  console.log(pad(["graph", "nodes", "edges", "MB", "first frame", "load cpu (gpu)", "camera fps", "cpu/frame (gpu)", "render ms", "mouse fps", "cpu/frame (gpu)", "inputs/s"], widths));
  console.log(widths.map((w) => "-".repeat(w)).join("-+-"));
  for (const { row, megabytes, load, camera, mouse } of results) {
    const edges = load.visibleEdges === load.edges ? String(load.edges) : `${load.edges} (${load.visibleEdges} shown)`;
    console.log(pad([
      row.name, String(load.nodes), edges, fixed(megabytes, 1), `${fixed(load.firstFrameMs)} ms`, `${fixed(load.cpu.total)} (${fixed(load.cpu.gpu)}) ms`,
      `${fixed(camera.fps, 1)}${load.hideEdgesOnMove ? "*" : ""}`, `${fixed(camera.cpuMsPerFrame)} (${fixed(camera.gpuMsPerFrame)}) ms`, fixed(camera.renderMs, 1),
      `${fixed(mouse.fps, 1)}${load.hideEdgesOnMove ? "*" : ""}`, `${fixed(mouse.cpuMsPerFrame)} (${fixed(mouse.gpuMsPerFrame)}) ms`, fixed(mouse.inputsPerSecond, 1),
    ], widths));
  }

  // Where the first frame's time goes: each step's wall time, ending at the viewer's marks.
  console.log("\nfirst frame by step (wall ms): fetch = the file downloaded and parsed, build = the graphology graph, view = sigma's first render issued (reducers, processing, draw calls), draw = until that frame is on screen (SwiftShader rasterising)");
  const stepWidths = [30, 8, 8, 8, 8];
  console.log(pad(["graph", "fetch", "build", "view", "draw"], stepWidths));
  for (const { row, load } of results) {
    const at = LOAD_MARKS.map((mark) => load.marksMs[mark]);
    const steps = at.map((ms, i) => ms - (i === 0 ? 0 : at[i - 1]!));
    console.log(pad([row.name, ...steps.map((ms) => fixed(ms))], stepWidths));
  }
}

await main();
