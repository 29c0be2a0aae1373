// Trains the attribution tagger (src/extract/attribution) on PolNeAR train and writes
// data/models/attribution.json: an averaged perceptron and a CRF on the same features, their weights mixed
// (--crf-share), and a bias against the O tag (--o-bias). About 12 minutes of CPU. Usage:
//   npm run train:attribution -- [--polnear ../shared/data/polnear/train] [--epochs 16] [--bits 19] [--out data/models/attribution.json]
//     [--crf-share 0.5] [--crf-iterations 150] [--crf-c2 0.05] [--o-bias 30]   (--crf-share 0: the perceptron alone)
// Only the train split is read; dev is for `kg eval claims --polnear .../dev`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { firstAnnotationPerArticle } from "../src/cli/commands/eval-claims.ts";
import { parseDocument } from "../src/documents/index.ts";
import { featureContext } from "../src/extract/attribution/context.ts";
import { lineFeatures } from "../src/extract/attribution/features.ts";
import { trainAttributionTagger, withOutsideBias, type TrainingLine } from "../src/extract/attribution/train.ts";
import { mixCrfInto, trainAttributionCrf } from "../src/extract/attribution/train-crf.ts";
import { recognizeMentions } from "../src/extract/mentions.ts";
import { mergeNerMentions } from "../src/extract/ner-mentions.ts";
import { recognizeEntities } from "../src/extract/ner/index.ts";
import { loadNerModelFile } from "../src/extract/ner/load-file.ts";
import { layoutText, type TextLayout } from "../src/extract/tokens.ts";
import { parseBratAttributions, type GoldAttribution } from "../src/eval/polnear.ts";

const { values } = parseArgs({
  options: {
    polnear: { type: "string", default: "../shared/data/polnear/train" },
    epochs: { type: "string", default: "16" },
    bits: { type: "string", default: "19" },
    "min-count": { type: "string", default: "4" },
    // Weights below 4 (of a few hundred at most) change nothing measurable on held-out train articles.
    "min-weight": { type: "string", default: "4" },
    out: { type: "string", default: "data/models/attribution.json" },
    // A cue word: part of a cue at least this many times, and in at least this share of its unquoted uses.
    "cue-min": { type: "string", default: "3" },
    "cue-share": { type: "string", default: "0.2" },
    // Development only: leave out every Nth article (by name) to measure on, e.g. with --holdout 10.
    holdout: { type: "string", default: "0" },
    // The share of a CRF's weights mixed into the perceptron's (0: none), its L2 penalty and L-BFGS iterations.
    "crf-share": { type: "string", default: "0.5" },
    "crf-c2": { type: "string", default: "0.05" },
    "crf-iterations": { type: "string", default: "150" },
    // Taken from every token's O score (as from every transition into O), in weight units.
    "o-bias": { type: "string", default: "30" },
  },
});
const dir = values.polnear!;

/** Gold tags per token: Content first, so the shorter Source and Cue spans win where spans touch. */
function goldTags(layout: TextLayout, gold: readonly GoldAttribution[]): Uint8Array {
  const t = layout.tokens;
  const tags = new Uint8Array(t.length);
  const mark = (kind: "cue" | "source" | "content", begin: number): void => {
    for (const a of gold) {
      for (const f of a[kind]?.fragments ?? []) {
        let firstTok = true;
        for (let k = 0; k < t.length; k++) {
          if (t[k]!.end <= f.start || t[k]!.start >= f.end) continue;
          tags[k] = firstTok ? begin : begin + 1;
          firstTok = false;
        }
      }
    }
  };
  mark("content", 5);
  mark("source", 3);
  mark("cue", 1);
  return tags;
}

const ner = loadNerModelFile();
const annotations = firstAnnotationPerArticle(readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")));
const articles: Array<{ layout: TextLayout; mentions: ReturnType<typeof recognizeMentions>["mentions"]; tags: Uint8Array }> = [];
const holdout = Number(values.holdout);
let articleIndex = 0;
for (const [name, ann] of annotations) {
  if (holdout > 0 && articleIndex++ % holdout === holdout - 1) continue;
  const { document } = parseDocument(name, readFileSync(join(dir, "text", `${name}.txt`)));
  const layout = layoutText(document.text, document.bodyStart);
  const rules = recognizeMentions(layout).mentions;
  const mentions = mergeNerMentions(layout, rules, recognizeEntities(ner, document.text, document.bodyStart));
  articles.push({ layout, mentions, tags: goldTags(layout, parseBratAttributions(readFileSync(join(dir, "attributions", ann), "utf8"))) });
}

// Cue words: words that are part of a cue often enough (--cue-min, --cue-share) where they occur.
const inCue = new Map<string, number>();
const seen = new Map<string, number>();
for (const a of articles) {
  a.layout.tokens.forEach((tok, k) => {
    seen.set(tok.lower, (seen.get(tok.lower) ?? 0) + 1);
    if (a.tags[k] === 1 || a.tags[k] === 2) inCue.set(tok.lower, (inCue.get(tok.lower) ?? 0) + 1);
  });
}
const cueWords = [...inCue].filter(([w, n]) => n >= Number(values["cue-min"]) && n / seen.get(w)! >= Number(values["cue-share"])).map(([w]) => w);
console.log(`${articles.length} articles, ${cueWords.length} cue words`);

const lines: TrainingLine[] = [];
const cueSet = new Set(cueWords);
for (const a of articles) {
  const ctx = featureContext(a.layout, a.mentions, cueSet);
  for (const line of a.layout.lines) {
    const first = a.layout.sentences[line.first]!.first;
    const last = a.layout.sentences[line.last - 1]!.last;
    if (last > first) lines.push({ ...lineFeatures(ctx, first, last), gold: a.tags.slice(first, last) });
  }
}
const started = process.cpuUsage();
const perceptron = trainAttributionTagger(lines, cueWords, {
  bits: Number(values.bits),
  epochs: Number(values.epochs),
  minCount: Number(values["min-count"]),
  minWeight: Number(values["min-weight"]),
  log: (m) => console.log(m),
});
const crfShare = Number(values["crf-share"]);
const model = crfShare > 0
  ? mixCrfInto(perceptron, trainAttributionCrf(lines, { bits: Number(values.bits), minCount: 1, c2: Number(values["crf-c2"]), iterations: Number(values["crf-iterations"]), log: (m) => console.log(m) }), crfShare, Number(values["min-weight"]))
  : perceptron;
const biased = withOutsideBias(model, Number(values["o-bias"]));
const cpu = process.cpuUsage(started);
writeFileSync(values.out!, JSON.stringify(biased) + "\n");
console.log(`${biased.weights.length / 3} weights written to ${values.out} in ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`);
