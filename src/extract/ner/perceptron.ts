// Training of the tagger: a multiclass averaged perceptron, updated token by token as it tags the
// training documents with its own (greedy) predictions, in seeded random order.
import * as decode from "./decode.ts";
import type { ResolvedSentence, TaggerWeights } from "./decode.ts";
import type { SentenceFeatures } from "./features.ts";
import * as tagHistory from "./tag-history.ts";
import { TagHistory } from "./tag-history.ts";
import { HashIndex } from "./hash-index.ts";
import * as tagSet from "./tags.ts";

// Local bindings: under tsx's CommonJS transform every use of an imported name goes through a getter.
const { addRow, argmax, attachHistory, resolveSentence, staticScores } = decode;
const { TAG_FEATURE_COUNT, tagFeatures } = tagHistory;
const { TAG_COUNT } = tagSet;

/** A seeded PRNG (mulberry32), so training runs repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Averaged perceptron training state. Averaging uses the usual trick: `acc` sums step × update,
 * and the average after `step` steps is weights − acc / step.
 */
export class PerceptronTrainer implements TaggerWeights {
  readonly index = new HashIndex(1 << 20);
  readonly scale = 1;
  weights = new Float32Array(TAG_COUNT << 20);
  private acc = new Float64Array(TAG_COUNT << 20);
  private step = 1;
  private readonly tagHashes = new Uint32Array(TAG_FEATURE_COUNT);

  /** Resolves a training sentence, adding its features to the index. */
  addSentence(features: SentenceFeatures): ResolvedSentence {
    const resolved = resolveSentence(this.index, features, true);
    this.ensureRows(this.index.size);
    return resolved;
  }

  /** One greedy pass over a document's sentences, in order; returns the number of mistakes. */
  trainDocument(sentences: readonly ResolvedSentence[], gold: readonly ArrayLike<number>[]): number {
    const history = new TagHistory();
    let mistakes = 0;
    sentences.forEach((s, k) => {
      attachHistory(this.index, s, history, true);
      this.ensureRows(this.index.size);
      const tags = new Uint8Array(s.features.length);
      mistakes += this.trainSentence(s, gold[k]!, tags);
      history.record(s.features, tags);
    });
    return mistakes;
  }

  private trainSentence(s: ResolvedSentence, gold: ArrayLike<number>, tags: Uint8Array): number {
    const n = s.features.length;
    const scores = new Float64Array(TAG_COUNT);
    const tagRows = new Int32Array(TAG_FEATURE_COUNT);
    let mistakes = 0;
    for (let i = 0; i < n; i++) {
      staticScores(this, s, i, scores);
      tagFeatures(s.features, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, this.tagHashes);
      for (let k = 0; k < TAG_FEATURE_COUNT; k++) {
        tagRows[k] = this.index.getOrAdd(this.tagHashes[k]!);
        this.ensureRows(this.index.size);
        addRow(this.weights, tagRows[k]!, scores);
      }
      const guess = argmax(scores);
      const truth = gold[i]!;
      if (guess !== truth) {
        mistakes++;
        for (let k = s.features.offsets[i]!, end = s.features.offsets[i + 1]!; k < end; k++) this.update(s.rows[k]!, truth, guess);
        for (let k = s.historyOffsets[i]!, end = s.historyOffsets[i + 1]!; k < end; k++) this.update(s.historyRows[k]!, truth, guess);
        for (let k = 0; k < TAG_FEATURE_COUNT; k++) this.update(tagRows[k]!, truth, guess);
      }
      tags[i] = guess;
      this.step++;
    }
    return mistakes;
  }

  /** The averaged weights, as a tagger of their own. */
  averaged(): TaggerWeights {
    const rows = this.index.size;
    const avg = new Float32Array(rows * TAG_COUNT);
    for (let k = 0; k < avg.length; k++) avg[k] = this.weights[k]! - this.acc[k]! / this.step;
    return { index: this.index, weights: avg, scale: 1 };
  }

  private update(row: number, truth: number, guess: number): void {
    if (row < 0) return;
    const t = row * TAG_COUNT + truth;
    const g = row * TAG_COUNT + guess;
    this.weights[t]! += 1;
    this.acc[t]! += this.step;
    this.weights[g]! -= 1;
    this.acc[g]! -= this.step;
  }

  private ensureRows(rows: number): void {
    if (rows * TAG_COUNT <= this.weights.length) return;
    let size = this.weights.length;
    while (size < rows * TAG_COUNT) size *= 2;
    const w = new Float32Array(size);
    w.set(this.weights);
    const a = new Float64Array(size);
    a.set(this.acc);
    this.weights = w;
    this.acc = a;
  }
}
