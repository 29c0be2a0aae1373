// Inference speed of the named-entity recogniser on real news text.
//   tsx scripts/bench-ner.ts [--model data/models/ner.json] [--dir ../shared/data/bbc] [--files 200] [--beam N]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadNerModel, recognizeEntities } from "../src/extract/ner/index.ts";

const { values: args } = parseArgs({
  options: {
    model: { type: "string", default: "data/models/ner.json" },
    dir: { type: "string", default: "../shared/data/bbc" },
    files: { type: "string", default: "200" },
    beam: { type: "string" },
  },
});
const t0 = performance.now();
const json = JSON.parse(readFileSync(args.model, "utf8"));
const model = loadNerModel(json, args.beam ? { beam: Number(args.beam) } : {});
const loadMs = performance.now() - t0;
const texts = readdirSync(args.dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, Number(args.files))
  .map((f) => readFileSync(join(args.dir, f), "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const t of texts.slice(0, 20)) recognizeEntities(model, t); // warm-up
// Wall time depends on what else the machine runs; CPU time of this process is the per-core figure.
const t1 = performance.now();
const cpu0 = process.cpuUsage();
let spans = 0;
for (const t of texts) spans += recognizeEntities(model, t).length;
const cpu = process.cpuUsage(cpu0);
const wall = (performance.now() - t1) / 1000;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = bytes / 1e6;
console.log(
  `model loaded in ${loadMs.toFixed(0)} ms (beam ${model.beam}); ${texts.length} files, ${mb.toFixed(2)} MB, ${spans} entities; ` +
    `wall ${wall.toFixed(2)} s (${(mb / wall).toFixed(2)} MB/s), CPU ${cpuSeconds.toFixed(2)} s (${(mb / cpuSeconds).toFixed(2)} MB/s per core)`,
);
