// `npm run train`: trains the named-entity recogniser on CoNLL-2003 and writes data/models/ner.json.
//   tsx scripts/train-ner.ts [--train FILE] [--dev FILE] [--out FILE] [--epochs N] [--seed N] [--beam N]
//     [--prune X] [--no-baseline]
// Trains an averaged perceptron on the train split, scores the dev split after every epoch and
// keeps the best epoch (dev is used for that choice and for reporting, nothing else), fits the
// confidence temperature on held-out training documents, prints per-type P/R/F1 on dev (ours
// beside the compromise baseline) and saves the model.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { evaluateNer, formatNerTable, groupByDocument, parseConll, scoreTags, type NerEvaluation } from "../src/eval/conll.ts";
import { compromisePredictor } from "../src/eval/ner-baseline.ts";
import { documentFeatures, type FeatureResources, type SentenceFeatures } from "../src/extract/ner/features.ts";
import { buildWordClusters, NO_CLUSTERS, type WordClustersJson } from "../src/extract/ner/clusters.ts";
import { DEFAULT_GAZETTEER } from "../src/extract/ner/gazetteer.ts";
import { loadNerModel, predictDocumentTags } from "../src/extract/ner/index.ts";
import { saveNerModel } from "../src/extract/ner/model.ts";
import { decodeDocument, resolveSentence, softmaxAt, tokenScores, type TaggerWeights } from "../src/extract/ner/decode.ts";
import { PerceptronTrainer, seededRandom } from "../src/extract/ner/perceptron.ts";
import { BIO_TAGS, TAG_COUNT, tagId } from "../src/extract/ner/tags.ts";

const { values: args } = parseArgs({
  options: {
    train: { type: "string", default: "../shared/data/conll2003/train.txt" },
    dev: { type: "string", default: "../shared/data/conll2003/dev.txt" },
    out: { type: "string", default: "data/models/ner.json" },
    epochs: { type: "string", default: "15" },
    seed: { type: "string", default: "1" },
    beam: { type: "string", default: "1" },
    prune: { type: "string", default: "0.05" },
    clusters: { type: "string", default: "data/models/word-clusters.json" },
    "no-baseline": { type: "boolean", default: false },
  },
});
const epochs = Number(args.epochs);
const beam = Number(args.beam);
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

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

/** Trains for `epochs` passes over the documents in seeded random order; onEpoch sees the averaged weights. */
function train(examples: Example[], onEpoch?: (epoch: number, mistakes: number, trainer: PerceptronTrainer) => void): PerceptronTrainer {
  const trainer = new PerceptronTrainer();
  const resolved = examples.map((e) => e.features.map((f) => trainer.addSentence(f)));
  const random = seededRandom(Number(args.seed));
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const i of order) mistakes += trainer.trainDocument(resolved[i]!, examples[i]!.gold);
    onEpoch?.(epoch, mistakes, trainer);
  }
  return trainer;
}

function evaluateWeights(w: TaggerWeights, examples: Example[], gold: string[][]): NerEvaluation {
  const predicted = examples.flatMap((e) => {
    const resolved = e.features.map((f) => resolveSentence(w.index, f));
    return decodeDocument(w, resolved, beam).map((tags) => Array.from(tags, (t) => BIO_TAGS[t]!));
  });
  return scoreTags(gold, predicted);
}

/**
 * The softmax temperature that makes token confidences honest: a model trained on 9 of every 10
 * training documents for the chosen number of epochs tags the 10th, and the temperature that
 * minimises the negative log-likelihood of the gold tags there is kept.
 */
function fitTemperature(examples: Example[], chosenEpochs: number): number {
  const heldOut = examples.filter((_, i) => i % 10 === 0);
  const rest = examples.filter((_, i) => i % 10 !== 0);
  let w: TaggerWeights | null = null;
  train(rest, (epoch, _m, trainer) => {
    if (epoch === chosenEpochs) w = trainer.averaged();
  });
  const weights = w as TaggerWeights | null;
  if (!weights) throw new Error("train-ner: calibration run ended before the chosen epoch");
  const samples: { scores: Float64Array; gold: number }[] = [];
  for (const e of heldOut) {
    const resolved = e.features.map((f) => resolveSentence(weights.index, f));
    decodeDocument(weights, resolved, beam).forEach((tags, k) => {
      for (let i = 0; i < tags.length; i++) {
        const scores = new Float64Array(TAG_COUNT);
        tokenScores(weights, resolved[k]!, tags, i, scores);
        samples.push({ scores, gold: e.gold[k]![i]! });
      }
    });
  }
  let best = { t: 1, nll: Infinity };
  for (let t = 0.1; t < 100; t *= 1.05) {
    let nll = 0;
    for (const s of samples) nll -= Math.log(Math.max(softmaxAt(s.scores, s.gold, t), 1e-12));
    if (nll < best.nll) best = { t, nll };
  }
  return Number(best.t.toFixed(3));
}

const t0 = performance.now();
// The word clusters are read here and carried in the model file ("none": a model without them).
const clustersJson = args.clusters === "none" ? undefined : (JSON.parse(readFileSync(args.clusters, "utf8")) as WordClustersJson);
const res: FeatureResources = { gazetteer: DEFAULT_GAZETTEER, clusters: clustersJson ? buildWordClusters(clustersJson) : NO_CLUSTERS };
const trainSet = featurise(args.train, res);
const devSet = featurise(args.dev, res);
console.log(`features computed for ${trainSet.gold.length} train and ${devSet.gold.length} dev sentences (${seconds(t0)} s)`);

let best: { epoch: number; f1: number; weights: TaggerWeights } | null = null;
train(trainSet.examples, (epoch, mistakes, trainer) => {
  const avg = trainer.averaged();
  const ev = evaluateWeights(avg, devSet.examples, devSet.gold);
  const improved = !best || ev.overall.f1 > best.f1;
  if (improved) best = { epoch, f1: ev.overall.f1, weights: avg };
  console.log(
    `epoch ${String(epoch).padStart(2)}: train mistakes ${mistakes}, dev F1 PER/ORG/LOC ${(100 * ev.overall.f1).toFixed(2)}` +
      ` (all four ${(100 * ev.all.f1).toFixed(2)})${improved ? " *" : ""}  [${seconds(t0)} s]`,
  );
});
const chosen = best as { epoch: number; f1: number; weights: TaggerWeights } | null;
if (!chosen) throw new Error("train-ner: no epochs were run (--epochs must be ≥ 1)");
const temperature = fitTemperature(trainSet.examples, chosen.epoch);
const trainSeconds = seconds(t0);
console.log(`kept epoch ${chosen.epoch}; confidence temperature ${temperature} (fitted on held-out train documents)`);

const json = saveNerModel(chosen.weights, {
  prune: Number(args.prune),
  beam,
  temperature,
  ...(clustersJson ? { clusters: clustersJson } : {}),
  meta: { epoch: chosen.epoch, devF1: Number(chosen.f1.toFixed(4)), trainedOn: "CoNLL-2003 English train (eng.train)" },
});
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, JSON.stringify(json));
const bytes = statSync(args.out).size;

// Score the saved (pruned, quantised) model through the public API, as users will run it.
const model = loadNerModel(JSON.parse(readFileSync(args.out, "utf8")));
const devSentences = parseConll(readFileSync(args.dev, "utf8"));
const systems = [{ name: `ours (epoch ${chosen.epoch}, beam ${beam})`, evaluation: evaluateNer(devSentences, (doc) => predictDocumentTags(model, doc)) }];
if (!args["no-baseline"]) systems.push({ name: "compromise baseline", evaluation: evaluateNer(devSentences, compromisePredictor()) });
console.log(`\ndev: ${args.dev}\n${formatNerTable(systems)}`);
console.log(`\nmodel: ${args.out}, ${(bytes / 1e6).toFixed(2)} MB, ${json.rows} feature rows; training ${trainSeconds} s`);
