// Extraction throughput on one core, side by side: our full extractDocument (NER + rules +
// resolution + claims), recognition + resolution alone (entities only: what issue #3's target is
// about), our NER alone, and the compromise baseline (people/organizations/places).
// Files are read one at a time (the corpus is never held in memory). CPU time of this process is the
// per-core figure; wall time depends on what else the machine runs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { parseDocument } from "../../src/documents/index.ts";
import { recognizeEntities } from "../../src/extract/ner/index.ts";
import { loadNerModelFile } from "../../src/extract/ner/load-file.ts";
import { defaultExtractionContext, extractDocument } from "../../src/pipeline/extract-document.ts";
import { printTable } from "./table.ts";

interface Run {
  name: string;
  files: number;
  bytes: number;
  words: number;
  cpuSeconds: number;
  entities: number;
}

export function runPerCoreTable(dir: string, limitArg: number | undefined, baselineLimitArg: number, passes = 3): void {
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const limit = limitArg ? Math.min(limitArg, names.length) : names.length;
  const baselineLimit = Math.min(baselineLimitArg, limit);
  const context = defaultExtractionContext(); // loads the model and overrides once, before timing

  /** Runs `work` over the first `count` files, streaming them from disk; timed without the reading. */
  function measure(name: string, count: number, work: (path: string, bytes: Uint8Array) => number): Run {
    const run: Run = { name, files: 0, bytes: 0, words: 0, cpuSeconds: 0, entities: 0 };
    for (let i = 0; i < count; i++) {
      const path = join(dir, names[i]!);
      const bytes = readFileSync(path);
      const cpu0 = process.cpuUsage();
      run.entities += work(path, bytes);
      const cpu = process.cpuUsage(cpu0);
      run.cpuSeconds += (cpu.user + cpu.system) / 1e6;
      run.files++;
      run.bytes += bytes.length;
      run.words += bytes.toString("utf8").split(/\s+/).filter(Boolean).length;
    }
    return run;
  }

  const full = (path: string, bytes: Uint8Array): number => extractDocument(parseDocument(path, bytes).document, context).entities.length;
  const entitiesContext = { ...context, extract: { ...context.extract, entitiesOnly: true } };
  const entitiesOnly = (path: string, bytes: Uint8Array): number => extractDocument(parseDocument(path, bytes).document, entitiesContext).entities.length;
  const model = loadNerModelFile();
  const nerOnly = (_path: string, bytes: Uint8Array): number => recognizeEntities(model, Buffer.from(bytes).toString("utf8")).length;
  const baseline = (_path: string, bytes: Uint8Array): number => {
    const doc = nlp(Buffer.from(bytes).toString("utf8"));
    return doc.people().length + doc.organizations().length + doc.places().length;
  };

  // Warm-up: let the JIT compile the hot paths before anything is timed.
  const warm = Math.min(30, limit);
  measure("warm-up", warm, full);
  measure("warm-up", warm, entitiesOnly);
  measure("warm-up", warm, nerOnly);
  measure("warm-up", Math.min(10, baselineLimit), baseline);

  // Each of ours is measured in `passes` interleaved passes over the corpus and the median pass is
  // reported: CPU time per pass varies by ±15% on this virtual machine whatever else it runs.
  const ours: [string, (path: string, bytes: Uint8Array) => number][] = [
    ["ours: extractDocument (NER + rules + resolution + claims)", full],
    ["ours: recognition + resolution (extractDocument, entities only)", entitiesOnly],
    ["ours: NER alone (recognizeEntities)", nerOnly],
  ];
  const passesOf: Run[][] = ours.map(() => []);
  for (let p = 0; p < passes; p++) ours.forEach(([name, work], k) => passesOf[k]!.push(measure(name, limit, work)));
  const rate = (r: Run): number => r.bytes / 1e6 / r.cpuSeconds;
  const median = (runs: Run[]): Run => [...runs].sort((a, b) => rate(a) - rate(b))[Math.floor(runs.length / 2)]!;
  const runs = [...passesOf.map(median), measure("compromise: people() + organizations() + places()", baselineLimit, baseline)];
  const range = (k: number): string => (passesOf[k] ? passesOf[k]!.map(rate).sort((a, b) => a - b).map((x) => x.toFixed(2)).join(" ") : "1 pass");
  console.log(`${dir}: per-core throughput (CPU time of this process, after a warm-up; ours: median of ${passes} passes)`);
  printTable(
    ["system", "files", "MB", "CPU s", "MB/s", "words/s", "entities", "MB/s of each pass"],
    runs.map((r, k) => [
      r.name,
      String(r.files),
      (r.bytes / 1e6).toFixed(2),
      r.cpuSeconds.toFixed(2),
      rate(r).toFixed(2),
      Math.round(r.words / r.cpuSeconds).toLocaleString("en-US"),
      String(r.entities),
      range(k),
    ]),
  );
  console.log(`compromise runs on the first ${baselineLimit} files only (it is slow; --baseline-limit N to change)`);
}
