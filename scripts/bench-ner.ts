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
const model = loadNerModel(args.beam ? { ...json, beam: Number(args.beam) } : json);
const loadMs = performance.now() - t0;
const texts = readdirSync(args.dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, Number(args.files))
  .map((f) => readFileSync(join(args.dir, f), "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const t of texts.slice(0, 20)) recognizeEntities(model, t); // warm-up
const t1 = performance.now();
let spans = 0;
for (const t of texts) spans += recognizeEntities(model, t).length;
const seconds = (performance.now() - t1) / 1000;
console.log(
  `model loaded in ${loadMs.toFixed(0)} ms (beam ${model.beam}); ${texts.length} files, ${(bytes / 1e6).toFixed(2)} MB, ` +
    `${spans} entities in ${seconds.toFixed(2)} s: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`,
);
