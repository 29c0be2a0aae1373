// `npm run train`: trains the named-entity recogniser on CoNLL-2003 and writes data/models/ner.json.
//   tsx scripts/train-ner.ts [--train FILE] [--dev FILE] [--out FILE] [--epochs N] [--seed N] [--beam N]
//   [--prune X] [--no-baseline]
// Trains an averaged perceptron on the train split, scores the dev split after every epoch, keeps
// the best epoch, prints per-type P/R/F1 on dev (ours beside the compromise baseline) and saves.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { evaluateNer, formatNerTable, groupByDocument, parseConll, scoreTags, type NerEvaluation } from "../src/eval/conll.ts";
import { compromisePredictor } from "../src/eval/ner-baseline.ts";
import { documentFeatures, type FeatureResources, type SentenceFeatures } from "../src/extract/ner/features.ts";
import { DEFAULT_GAZETTEER } from "../src/extract/ner/gazetteer.ts";
import { loadNerModel, predictDocumentTags } from "../src/extract/ner/index.ts";
import { saveNerModel } from "../src/extract/ner/model.ts";
import {
  PerceptronTrainer, decodeDocument, resolveSentence, seededRandom, type ResolvedSentence, type TaggerWeights,
} from "../src/extract/ner/perceptron.ts";
import { BIO_TAGS, tagId } from "../src/extract/ner/tags.ts";

const { values: args } = parseArgs({
  options: {
    train: { type: "string", default: "../shared/data/conll2003/train.txt" },
    dev: { type: "string", default: "../shared/data/conll2003/dev.txt" },
    out: { type: "string", default: "data/models/ner.json" },
    epochs: { type: "string", default: "15" },
    seed: { type: "string", default: "1" },
    beam: { type: "string", default: "1" },
    prune: { type: "string", default: "0.05" },
    "no-baseline": { type: "boolean", default: false },
  },
});
const epochs = Number(args.epochs);
const beam = Number(args.beam);

/** A document's sentences: static features and gold tag ids. */
interface Example {
  features: SentenceFeatures[];
  gold: Uint8Array[];
}

function featurise(file: string, res: FeatureResources): { examples: Example[]; gold: string[][] } {
  const sentences = parseConll(readFileSync(file, "utf8"));
  const examples = groupByDocument(sentences).map((doc) => ({
    features: documentFeatures(doc.map((s) => s.tokens), res),
    gold: doc.map((s) => Uint8Array.from(s.tags.map(tagId))),
  }));
  return { examples, gold: sentences.map((s) => s.tags) };
}

function evaluateResolved(w: TaggerWeights, docs: ResolvedSentence[][], gold: string[][]): NerEvaluation {
  const predicted = docs.flatMap((d) => decodeDocument(w, d, beam).map((tags) => Array.from(tags, (t) => BIO_TAGS[t]!)));
  return scoreTags(gold, predicted);
}

const t0 = performance.now();
const res: FeatureResources = { gazetteer: DEFAULT_GAZETTEER };
const train = featurise(args.train, res);
const dev = featurise(args.dev, res);
const trainer = new PerceptronTrainer();
const trainResolved = train.examples.map((e) => e.features.map((f) => trainer.addSentence(f)));
const devResolved = dev.examples.map((e) => e.features.map((f) => resolveSentence(trainer.index, f)));
console.log(`features: ${trainer.index.size} from ${train.gold.length} train sentences (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const random = seededRandom(Number(args.seed));
const order = trainResolved.map((_, i) => i);
let best: { epoch: number; f1: number; weights: TaggerWeights } | null = null;
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let mistakes = 0;
  for (const i of order) mistakes += trainer.trainDocument(trainResolved[i]!, train.examples[i]!.gold);
  const avg = trainer.averaged();
  const ev = evaluateResolved(avg, devResolved, dev.gold);
  const mark = !best || ev.overall.f1 > best.f1 ? " *" : "";
  if (mark) best = { epoch, f1: ev.overall.f1, weights: avg };
  console.log(
    `epoch ${String(epoch).padStart(2)}: train mistakes ${mistakes}, dev F1 PER/ORG/LOC ${(100 * ev.overall.f1).toFixed(2)}` +
      ` (all four ${(100 * ev.all.f1).toFixed(2)})${mark}  [${((performance.now() - t0) / 1000).toFixed(1)} s]`,
  );
}
if (!best) throw new Error("train-ner: no epochs were run (--epochs must be ≥ 1)");
const trainSeconds = (performance.now() - t0) / 1000;

const json = saveNerModel(best.weights, {
  prune: Number(args.prune),
  beam,
  meta: { epoch: best.epoch, trainedOn: args.train, devF1: Number(best.f1.toFixed(4)) },
});
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, JSON.stringify(json));
const bytes = statSync(args.out).size;

// Score the saved (pruned, quantised) model through the public API, as users will run it.
const model = loadNerModel(JSON.parse(readFileSync(args.out, "utf8")));
const devSentences = parseConll(readFileSync(args.dev, "utf8"));
const systems = [{ name: `ours (epoch ${best.epoch})`, evaluation: evaluateNer(devSentences, (doc) => predictDocumentTags(model, doc)) }];
if (!args["no-baseline"]) systems.push({ name: "compromise baseline", evaluation: evaluateNer(devSentences, compromisePredictor()) });
console.log(`\ndev: ${args.dev}\n${formatNerTable(systems)}`);
console.log(`\nmodel: ${args.out}, ${(bytes / 1e6).toFixed(2)} MB; training ${trainSeconds.toFixed(1)} s`);
