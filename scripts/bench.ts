// The project's benchmark, every figure side by side in one run:
//   npm run bench -- [--sizes 2k,10k,100k] [--online-sizes 2k,10k] [--workers N] [--port 7751]
//                    [--files DIR] [--limit N] [--baseline-limit N] [--extract-limit N] [--extract-passes 3] [--load-docs N] [--naive-docs N]
//                    [--load-warm-ups 20]
//                    [--skip-per-core] [--passes 3] [--api-load]
// 1. extraction per core, ours vs compromise (CPU time; bench/per-core.ts);
// 2. extraction on 1 core vs the worker pool (wall and CPU time);
// 3. Neo4j load rate: batched UNWIND writes vs one row per transaction, per wall and per Neo4j CPU
//    second (bench/load-rate.ts);
// 4. end to end per corpus size (BBC replicated, bench/corpus.ts): kg ingest (online) and kg import
//    (bulk), each in its own process (bench/end-to-end.ts), with peak RSS of Node and of Neo4j and
//    growth exponents between sizes.
// A throw-away Neo4j (port 7751, data in .kg/bench/) is started and stopped by the bench; wall-clock
// figures depend on what else the machine runs, CPU figures much less.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { applySchema, stopLocalServer, localServerOptions } from "../src/graph/index.ts";
import { extractInOrder } from "../src/pipeline/extract-pool.ts";
import type { DocumentExtraction } from "../src/types/index.ts";
import { ensureCorpus, parseSize, REPLICA_RULE, sourceFiles } from "./bench/corpus.ts";
import { batchedLoad, loadRateRow, naiveLoad } from "./bench/load-rate.ts";
import { runPerCoreTable } from "./bench/per-core.ts";
import { benchDriver, freshServer, graphSize, serverPeakRssMb, useBenchServer, wipeServer } from "./bench/server.ts";
import { fixed, growthExponent, printTable, thousands } from "./bench/table.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values: args } = parseArgs({
  options: {
    files: { type: "string", default: "../shared/data/bbc" },
    limit: { type: "string" },
    "baseline-limit": { type: "string", default: "300" },
    sizes: { type: "string", default: "2k,10k,100k" },
    "online-sizes": { type: "string", default: "2k,10k" },
    workers: { type: "string", default: String(availableParallelism()) },
    port: { type: "string", default: "7751" },
    "extract-limit": { type: "string", default: "2223" },
    "extract-passes": { type: "string", default: "3" },
    "load-docs": { type: "string", default: "1000" },
    "naive-docs": { type: "string", default: "200" },
    "load-warm-ups": { type: "string", default: "20" },
    "skip-per-core": { type: "boolean", default: false },
    passes: { type: "string", default: "3" },
    "api-load": { type: "boolean", default: false },
  },
});
const bbcDir = resolve(args.files);
const bbcNames = sourceFiles(bbcDir);
const workers = Number(args.workers);
const benchRoot = join(ROOT, ".kg", "bench");
useBenchServer(Number(args.port), benchRoot);
const nodeMb = () => process.resourceUsage().maxRSS / 1024;

// 1. Per-core extraction, ours vs compromise (issue #3).
if (!args["skip-per-core"]) {
  runPerCoreTable(bbcDir, args.limit ? Number(args.limit) : undefined, Number(args["baseline-limit"]), Number(args.passes));
  console.log();
}

// 2. Extraction on one core vs the worker pool, same files, in file order as ingest consumes them.
const sample = bbcNames.slice(0, Number(args["extract-limit"])).map((n) => join(bbcDir, n));
const extractPasses = Math.max(1, Number(args["extract-passes"]));
// The sample goes through `extractPasses` times and the last pass is the figure: each worker is a
// fresh V8 isolate whose JIT takes about a thousand BBC files to warm up (the first pass runs at
// half speed), so on one pass of 2,223 files two workers looked slower than one warm main thread.
// Start-up (loading the models, starting the workers) is printed apart: it is paid once per run.
async function extractionRun(n: number, keep = 0) {
  const kept: DocumentExtraction[] = [];
  let bytes = 0;
  let docs = 0;
  let startup: number | null = null;
  let lastPass: { seconds: number; cpuSeconds: number; bytes: number; docs: number } | null = null;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuSeconds = () => {
    const c = process.cpuUsage(cpu0);
    return (c.user + c.system) / 1e6;
  };
  const files = Array.from({ length: extractPasses }, () => sample).flat();
  const lastPassFirst = sample.length * (extractPasses - 1);
  for await (const { index, outcome } of extractInOrder(files, { workers: n, maxBytes: 5_000_000 })) {
    if (index === lastPassFirst) lastPass = { seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSeconds(), bytes, docs };
    if (!outcome.ok) continue;
    bytes += Buffer.byteLength(outcome.extraction.document.text);
    docs++;
    startup ??= (performance.now() - t0) / 1000;
    if (kept.length < keep) kept.push(outcome.extraction);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds();
  const from = lastPass ?? { seconds: 0, cpuSeconds: 0, bytes: 0, docs: 0 };
  return {
    workers: n, docs, seconds, cpuSeconds: cpu, bytes, kept,
    startupSeconds: startup ?? seconds,
    /** The last pass: the rate a long run settles at. */
    steady: { seconds: seconds - from.seconds, cpuSeconds: cpu - from.cpuSeconds, bytes: bytes - from.bytes, docs: docs - from.docs },
  };
}
const loadDocs = Number(args["load-docs"]);
const oneCore = await extractionRun(1, loadDocs);
const pool = await extractionRun(workers);

// The bench server is stopped at the end, and when an end-to-end run fails.
const stopBenchServer = () => stopLocalServer(localServerOptions());

// 3. Load rate into a fresh bench server: batched writer vs naive writer, same rows.
await freshServer();
const driver = benchDriver();
// The schema first, as every kg command applies it when it connects: without the unique
// constraints each MERGE scans its label, and a batch's time grows with the graph.
await applySchema(driver);
// Warm-up first, so the JVM's JIT compilation and first query plans are not timed: the batched
// writer --load-warm-ups times over every document (a long ingest runs warm; over 1,000 documents Neo4j's
// JIT compiler still takes half as much CPU as its queries after eight passes, little after twenty), the
// naive one over a few. The naive writer then loads fewer documents: at a few hundred
// rows a second, more would only make the bench long.
for (let i = 0; i < Number(args["load-warm-ups"]); i++) await batchedLoad(driver, oneCore.kept, 100);
await naiveLoad(driver, oneCore.kept.slice(0, 20));
const batched = await batchedLoad(driver, oneCore.kept, 100);
const naive = await naiveLoad(driver, oneCore.kept.slice(0, Number(args["naive-docs"])));

// Hook: the API-under-load bench (scripts/bench-load.ts, exporting runLoadBench) runs here, on the
// graph just written, when asked for with --api-load and when that file exists.
const loadBenchFile = join(ROOT, "scripts", "bench-load.ts");
if (args["api-load"]) {
  if (existsSync(loadBenchFile)) {
    // The environment points at the bench server (useBenchServer), so the load bench serves the graph just written.
    const { runLoadBench, printFigures } = (await import(pathToFileURL(loadBenchFile).href)) as { runLoadBench: () => Promise<unknown>; printFigures: (f: unknown) => void };
    printFigures(await runLoadBench());
  } else {
    console.log(`(--api-load: ${loadBenchFile} does not exist yet; skipped)`);
  }
}
await driver.close();

// 4. End to end per size, each run in its own process on a fresh store.
interface EndToEnd {
  size: string;
  mode: "online" | "bulk";
  files: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  neo4jPeakRssMb: number | null;
  nodesAndRelationships: number;
  phases: Record<string, number>;
}
const runs: EndToEnd[] = [];
const onlineSizes = new Set(args["online-sizes"].split(",").filter(Boolean).map((s) => parseSize(s, bbcNames.length)));
for (const label of args.sizes.split(",").filter(Boolean)) {
  const size = parseSize(label, bbcNames.length);
  const corpus = ensureCorpus(bbcDir, size, benchRoot);
  for (const mode of ["bulk", "online"] as const) {
    if (mode === "online" && !onlineSizes.has(size)) continue;
    if (mode === "online") await freshServer();
    else await wipeServer();
    console.error(`bench: ${mode} ${label} (${corpus.files} files)...`);
    const child = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "bench", "end-to-end.ts"), "--mode", mode, "--dir", corpus.dir, "--workers", String(workers)], {
      encoding: "utf8",
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) {
      await stopBenchServer();
      throw new Error(`bench: the ${mode} run on ${label} failed (exit ${child.status})`);
    }
    const result = JSON.parse(child.stdout.trim().split("\n").pop()!);
    const d = benchDriver();
    const size2 = await graphSize(d);
    await d.close();
    runs.push({ size: label, mode, files: corpus.files, bytes: corpus.bytes, ...result, neo4jPeakRssMb: serverPeakRssMb(), nodesAndRelationships: size2.nodes + size2.relationships });
  }
}
await stopBenchServer();

// The tables.
const mb = (b: number) => b / 1e6;
console.log(`Scale (${availableParallelism()} cores, ${workers} workers; wall-clock figures were taken on whatever else this machine ran at the time)`);
printTable(
  ["figure", "value", "target", "how"],
  [
    ...[oneCore, pool].map((r) => [
      `extraction, ${r.workers === 1 ? "1 core (in-process)" : `${r.workers} workers`}`,
      `${fixed(mb(r.steady.bytes) / r.steady.seconds, 2)} MB/s, ${fixed(r.steady.docs / r.steady.seconds, 1)} docs/s wall; ${fixed(mb(r.steady.bytes) / r.steady.cpuSeconds, 2)} MB/s per CPU s`,
      r.workers === 1 ? ">= 1 MB/s per core" : "",
      `${sample.length} BBC files (${fixed(mb(r.steady.bytes), 1)} MB) through extractInOrder (read, parse, extract, resolve), the last of ${extractPasses} passes; start-up ${fixed(r.startupSeconds, 1)} s (models${r.workers === 1 ? "" : ", workers"}); all ${extractPasses} passes ${fixed(mb(r.bytes) / r.seconds, 2)} MB/s`,
    ]),
    loadRateRow(batched, ">= 50k/s"),
    loadRateRow(naive, ""),
  ],
);
console.log();
console.log(`End to end (corpus: ${REPLICA_RULE}; each run in its own process on an empty store)`);
printTable(
  ["size", "path", "files", "MB", "seconds", "docs/s", "nodes+rels", "nodes+rels/s", "Node CPU s", "Node peak RSS MB", "Neo4j peak RSS MB", "phases (s)"],
  runs.map((r) => [
    r.size,
    r.mode === "bulk" ? "kg import" : "kg ingest",
    thousands(r.files),
    fixed(mb(r.bytes)),
    fixed(r.seconds),
    fixed(r.files / r.seconds),
    thousands(r.nodesAndRelationships),
    thousands(r.nodesAndRelationships / r.seconds),
    fixed(r.cpuSeconds),
    thousands(r.peakRssMb),
    r.neo4jPeakRssMb === null ? "-" : thousands(r.neo4jPeakRssMb),
    Object.entries(r.phases).map(([k, v]) => `${k} ${fixed(v)}`).join(", "),
  ]),
);
const exponents: string[][] = [];
for (const mode of ["bulk", "online"] as const) {
  const of = runs.filter((r) => r.mode === mode);
  for (let i = 1; i < of.length; i++) {
    const [a, b] = [of[i - 1]!, of[i]!];
    const g = (f: (r: EndToEnd) => number | null) => fixed(growthExponent(f(a) ?? NaN, f(b) ?? NaN, a.files, b.files), 2);
    exponents.push([`${mode === "bulk" ? "kg import" : "kg ingest"} ${a.size} → ${b.size}`, g((r) => r.seconds), g((r) => r.peakRssMb), g((r) => r.neo4jPeakRssMb)]);
  }
}
if (exponents.length > 0) {
  console.log();
  console.log("Growth exponents (log-log slope between sizes: 1 = linear, 0 = flat)");
  printTable(["between", "time", "Node peak RSS", "Neo4j peak RSS"], exponents);
}
console.log(`\nbench process peak RSS ${fixed(nodeMb(), 0)} MB; targets: 100k articles extracted and loaded in < 10 min, Node RSS < 1 GB at 100k`);
