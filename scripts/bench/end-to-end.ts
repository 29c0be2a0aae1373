// One measured end-to-end run, in its own process so its peak memory is its own:
//   tsx scripts/bench/end-to-end.ts --mode online|bulk --dir DIR [--workers N]
// online: `kg ingest` (worker pool + batched writes) into the running bench server;
// bulk: `kg import` (worker pool + CSV + neo4j-admin + server start + schema) into a fresh store.
// Prints one JSON line: wall and CPU seconds, peak RSS of this Node process (worker threads included).
import { parseArgs } from "node:util";
import { applySchema } from "../../src/graph/index.ts";
import { bulkImportPaths } from "../../src/pipeline/bulk-ingest.ts";
import { defaultWorkers } from "../../src/pipeline/extract-pool.ts";
import { ingestPaths } from "../../src/pipeline/ingest.ts";
import { benchDriver } from "./server.ts";

const { values: args } = parseArgs({ options: { mode: { type: "string" }, dir: { type: "string" }, workers: { type: "string" } } });
const workers = args.workers ? Number(args.workers) : defaultWorkers();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let phases: Record<string, number> = {};
let documents = 0;
if (args.mode === "online") {
  const driver = benchDriver();
  try {
    await applySchema(driver);
    const report = await ingestPaths(driver, [args.dir!], { workers });
    documents = report.ingested;
  } finally {
    await driver.close();
  }
} else if (args.mode === "bulk") {
  const report = await bulkImportPaths([args.dir!], { workers });
  documents = report.imported;
  phases = report.seconds;
} else {
  throw new Error("--mode online|bulk");
}
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    documents,
    phases,
  }),
);
