// A multiclass averaged perceptron over hashed sparse features, decoding left to right with the
// two previous predicted tags as features (greedy, or a small beam). Training follows the same
// path as prediction, so the model learns from its own history, mistakes included.
import * as features from "./features.ts";
import { TagHistory, type SentenceFeatures } from "./features.ts";
import { HashIndex } from "./hash-index.ts";
import * as tags from "./tags.ts";

// Local bindings for what the hot loops use: under tsx's CommonJS transform every use of an
// imported name goes through a getter, which costs a third of the run time here.
const { TAG_FEATURE_COUNT, tagFeatures, prevTagHash, prevTagsHash, wordTagHash, shapeTagHash } = features;
const { TAG_COUNT } = tags;

/** Weights of a trained (or training) tagger: row r of `weights` holds the TAG_COUNT class weights of feature r. */
export interface TaggerWeights {
  index: HashIndex;
  weights: Float32Array;
}

/**
 * A sentence whose static features are resolved to weight rows (−1 = unknown feature), plus the
 * rows of its document-history features, set just before it is decoded.
 */
export interface ResolvedSentence {
  features: SentenceFeatures;
  rows: Int32Array;
  /** When set, token i's word-alone features are summed here (TAG_COUNT scores per token) instead of in rows. */
  ownScores?: Float32Array;
  historyRows: Int32Array;
  historyOffsets: Uint32Array;
}

function resolveHashes(index: HashIndex, hashes: Uint32Array, add: boolean): Int32Array {
  const rows = new Int32Array(hashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = add ? index.getOrAdd(hashes[k]!) : index.get(hashes[k]!);
  return rows;
}

export function resolveSentence(index: HashIndex, features: SentenceFeatures, add = false): ResolvedSentence {
  const rows = resolveHashes(index, features.hashes, add);
  return { features, rows, historyRows: new Int32Array(0), historyOffsets: new Uint32Array(features.length + 1) };
}

// Sums of the word-alone features per word, per set of weights: most tokens of news text are
// words seen before, and this saves a dozen lookups for each. Bounded; cleared when full.
const ownScoreCache = new WeakMap<TaggerWeights, Map<string, Float32Array>>();
const OWN_SCORE_CACHE_SIZE = 200_000;

/** Resolves a sentence for prediction with fixed weights, using cached per-word scores. */
export function resolveForPrediction(w: TaggerWeights, features: SentenceFeatures): ResolvedSentence {
  let cache = ownScoreCache.get(w);
  if (!cache) ownScoreCache.set(w, (cache = new Map()));
  const { hashes, offsets, ownEnd, words } = features;
  const rows = new Int32Array(hashes.length).fill(-1);
  const ownScores = new Float32Array(features.length * TAG_COUNT);
  for (let i = 0; i < features.length; i++) {
    let own = cache.get(words[i]!);
    if (!own) {
      own = new Float32Array(TAG_COUNT);
      for (let k = offsets[i]!; k < ownEnd[i]!; k++) {
        const row = w.index.get(hashes[k]!);
        if (row >= 0) for (let c = 0; c < TAG_COUNT; c++) own[c]! += w.weights[row * TAG_COUNT + c]!;
      }
      if (cache.size >= OWN_SCORE_CACHE_SIZE) cache.clear();
      cache.set(words[i]!, own);
    }
    ownScores.set(own, i * TAG_COUNT);
    for (let k = ownEnd[i]!; k < offsets[i + 1]!; k++) rows[k] = w.index.get(hashes[k]!);
  }
  return { features, rows, ownScores, historyRows: new Int32Array(0), historyOffsets: new Uint32Array(features.length + 1) };
}

function attachHistory(index: HashIndex, s: ResolvedSentence, history: TagHistory, add: boolean): void {
  const { hashes, offsets } = history.features(s.features);
  s.historyRows = resolveHashes(index, hashes, add);
  s.historyOffsets = offsets;
}

/** Tags every sentence of a document in order, each one seeing how the earlier ones were tagged. */
export function decodeDocument(w: TaggerWeights, sentences: readonly ResolvedSentence[], beamSize = 1): Uint8Array[] {
  const history = new TagHistory();
  const out: Uint8Array[] = [];
  for (const s of sentences) {
    attachHistory(w.index, s, history, false);
    const tags = beamSize > 1 ? decodeBeam(w, s, beamSize) : decodeGreedy(w, s);
    history.record(s.features, tags);
    out.push(tags);
  }
  return out;
}

function addRow(weights: Float32Array, row: number, scores: Float64Array): void {
  if (row < 0) return;
  const base = row * TAG_COUNT;
  for (let c = 0; c < TAG_COUNT; c++) scores[c]! += weights[base + c]!;
}

function staticScores(w: TaggerWeights, s: ResolvedSentence, i: number, out: Float64Array): void {
  let k = s.features.offsets[i]!;
  if (s.ownScores) {
    for (let c = 0; c < TAG_COUNT; c++) out[c] = s.ownScores[i * TAG_COUNT + c]!;
    k = s.features.ownEnd[i]!;
  } else out.fill(0);
  for (let end = s.features.offsets[i + 1]!; k < end; k++) addRow(w.weights, s.rows[k]!, out);
  for (let k = s.historyOffsets[i]!, end = s.historyOffsets[i + 1]!; k < end; k++) addRow(w.weights, s.historyRows[k]!, out);
}

/**
 * Rows of the tag-history features for one sentence. The ones made of tags alone (previous tag,
 * previous two tags) do not depend on the token, so each is looked up once.
 */
class HistoryRows {
  private readonly memo = new Int32Array(11 + 11 * 11).fill(-2);
  // Rows of (word, p1) and (shape, p1) for the current token: beam states often share p1.
  private readonly wordRows = new Int32Array(11);
  private readonly shapeRows = new Int32Array(11);
  private token = -1;
  constructor(private readonly w: TaggerWeights) {}

  addScores(s: ResolvedSentence, i: number, p1: number, p2: number, out: Float64Array): void {
    const { index, weights } = this.w;
    const m1 = p1 + 1;
    const m12 = 11 + m1 * 11 + p2 + 1;
    if (this.token !== i) {
      this.token = i;
      this.wordRows.fill(-2);
      this.shapeRows.fill(-2);
    }
    if (this.memo[m1] === -2) this.memo[m1] = index.get(prevTagHash(p1));
    if (this.memo[m12] === -2) this.memo[m12] = index.get(prevTagsHash(p1, p2));
    if (this.wordRows[m1] === -2) this.wordRows[m1] = index.get(wordTagHash(s.features, i, p1));
    if (this.shapeRows[m1] === -2) this.shapeRows[m1] = index.get(shapeTagHash(s.features, i, p1));
    addRow(weights, this.memo[m1]!, out);
    addRow(weights, this.memo[m12]!, out);
    addRow(weights, this.wordRows[m1]!, out);
    addRow(weights, this.shapeRows[m1]!, out);
  }
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < TAG_COUNT; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/** Greedy left-to-right tagging; returns tag ids. */
export function decodeGreedy(w: TaggerWeights, s: ResolvedSentence): Uint8Array {
  const n = s.features.length;
  const tags = new Uint8Array(n);
  const scores = new Float64Array(TAG_COUNT);
  const history = new HistoryRows(w);
  for (let i = 0; i < n; i++) {
    staticScores(w, s, i, scores);
    history.addScores(s, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, scores);
    tags[i] = argmax(scores);
  }
  return tags;
}

/** The scores of every tag at token i given the tags chosen before it (after decodeDocument attached the history). */
export function tokenScores(w: TaggerWeights, s: ResolvedSentence, tags: Uint8Array, i: number, out: Float64Array): void {
  staticScores(w, s, i, out);
  new HistoryRows(w).addScores(s, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, out);
}

/** Softmax probability of tag `tag` under scores / temperature. */
export function softmaxAt(scores: Float64Array, tag: number, temperature: number): number {
  let max = -Infinity;
  for (let c = 0; c < TAG_COUNT; c++) max = Math.max(max, scores[c]!);
  let sum = 0;
  for (let c = 0; c < TAG_COUNT; c++) sum += Math.exp((scores[c]! - max) / temperature);
  return Math.exp((scores[tag]! - max) / temperature) / sum;
}

/**
 * How sure the tagger is of tags[i] given the tags before it: the softmax of its scores at that
 * token, with the temperature fitted at training time on held-out training documents.
 */
export function tagConfidence(w: TaggerWeights, s: ResolvedSentence, tags: Uint8Array, i: number, temperature: number): number {
  const scores = new Float64Array(TAG_COUNT);
  tokenScores(w, s, tags, i, scores);
  return softmaxAt(scores, tags[i]!, temperature);
}

/**
 * Beam search over tag sequences. Two states ending in the same two tags have the same future, so
 * only the better one is kept.
 */
export function decodeBeam(w: TaggerWeights, s: ResolvedSentence, beamSize: number): Uint8Array {
  const n = s.features.length;
  const B = beamSize;
  // State j kept at position i: tag tagAt[i·B + j], parent state parentAt[i·B + j] at position i − 1.
  const tagAt = new Uint8Array(n * B);
  const parentAt = new Uint8Array(n * B);
  let prevScore = new Float64Array(B);
  let nextScore = new Float64Array(B);
  const base = new Float64Array(TAG_COUNT);
  const scores = new Float64Array(TAG_COUNT);
  const cand = new Float64Array(B * TAG_COUNT);
  const history = new HistoryRows(w);
  let width = 1;
  for (let i = 0; i < n; i++) {
    staticScores(w, s, i, base);
    const prevRow = (i - 1) * B;
    for (let b = 0; b < width; b++) {
      const p1 = i > 0 ? tagAt[prevRow + b]! : -1;
      const p2 = i > 1 ? tagAt[(i - 2) * B + parentAt[prevRow + b]!]! : -1;
      scores.set(base);
      history.addScores(s, i, p1, p2, scores);
      for (let c = 0; c < TAG_COUNT; c++) cand[b * TAG_COUNT + c] = prevScore[b]! + scores[c]!;
    }
    // Keep the best B candidates, best first, skipping one whose last two tags a kept state has.
    const total = width * TAG_COUNT;
    let kept = 0;
    while (kept < B) {
      let best = -1;
      for (let k = 0; k < total; k++) if (cand[k]! > -Infinity && (best < 0 || cand[k]! > cand[best]!)) best = k;
      if (best < 0) break;
      const b = (best / TAG_COUNT) | 0;
      const c = best - b * TAG_COUNT;
      const score = cand[best]!;
      cand[best] = -Infinity;
      let duplicate = false;
      for (let j = 0; j < kept && !duplicate; j++) {
        duplicate = tagAt[i * B + j] === c && (i === 0 || tagAt[prevRow + parentAt[i * B + j]!] === tagAt[prevRow + b]);
      }
      if (duplicate) continue;
      tagAt[i * B + kept] = c;
      parentAt[i * B + kept] = b;
      nextScore[kept++] = score;
    }
    width = kept;
    [prevScore, nextScore] = [nextScore, prevScore];
  }
  const tags = new Uint8Array(n);
  for (let i = n - 1, b = 0; i >= 0; i--) {
    tags[i] = tagAt[i * B + b]!;
    b = parentAt[i * B + b]!;
  }
  return tags;
}

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
    return { index: this.index, weights: avg };
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
