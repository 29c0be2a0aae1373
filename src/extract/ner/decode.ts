// Scoring and decoding for the tagger: a linear model over hashed sparse features, tagging left to
// right with the two previous predicted tags as features (greedy, or a small beam), and each
// sentence of a document seeing how the earlier ones were tagged. Training (perceptron.ts) goes
// through the same scoring, so the model learns from its own history, mistakes included.
import type { SentenceFeatures, TokenKeys } from "./features.ts";
import * as tagHistory from "./tag-history.ts";
import { TagHistory } from "./tag-history.ts";
import type { HashIndex } from "./hash-index.ts";
import * as tagSet from "./tags.ts";

// Local bindings for what the hot loops use: under tsx's CommonJS transform every use of an
// imported name goes through a getter, which costs a third of the run time here.
const { prevTagHash, prevTagsHash, wordTagHash, shapeTagHash } = tagHistory;
const { TAG_COUNT } = tagSet;

/**
 * Weights of a trained (or training) tagger: row r of `weights` holds the TAG_COUNT class weights
 * of feature r, in units of `scale`. A loaded model keeps its 16-bit weights as they are (half the
 * memory, so more of it stays in cache); scores are only multiplied by `scale` where their size
 * matters (confidences), since it changes no argmax.
 */
export interface TaggerWeights {
  index: HashIndex;
  weights: Float32Array | Int16Array;
  scale: number;
}

/**
 * A sentence whose static features are resolved to weight rows (−1 = unknown feature), plus the
 * rows of its document-history features, set just before it is decoded.
 */
export interface ResolvedSentence {
  features: SentenceFeatures;
  rows: Int32Array;
  staticScores?: undefined;
  scored?: undefined;
  historyRows: Int32Array;
  historyOffsets: Uint32Array;
}

/**
 * A sentence as prediction sees it (static-scores.ts): the static features' weights already summed
 * per token, staticScores[i·TAG_COUNT + c] for token i and tag c.
 */
export interface ScoredSentence {
  features: TokenKeys;
  staticScores: Float32Array;
  /** 1 where token i was scored; the others (no capital letter in or next to them) are tagged O unseen. */
  scored: Uint8Array;
  /** Token i's word-form entry in tagRows, which knows the rows of its tag-history features. */
  entries: Int32Array;
  tagRows: TagRowSource;
  historyRows: Int32Array;
  historyOffsets: Uint32Array;
}

export type DecodableSentence = ResolvedSentence | ScoredSentence;

/** Weight rows of the tag-history features (−1 = unknown), by word-form entry and previous tags. */
export interface TagRowSource {
  prevTagRow(p1: number): number;
  prevTagsRow(p1: number, p2: number): number;
  wordTagRow(entry: number, p1: number): number;
  shapeTagRow(entry: number, p1: number): number;
  /** Row of document-history feature `id` (tag-history.ts, historyFeatureHash). */
  historyRow(id: number): number;
}

export function resolveHashes(index: HashIndex, hashes: Uint32Array, add: boolean): Int32Array {
  const rows = new Int32Array(hashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = add ? index.getOrAdd(hashes[k]!) : index.get(hashes[k]!);
  return rows;
}

export function resolveSentence(index: HashIndex, features: SentenceFeatures, add = false): ResolvedSentence {
  const rows = resolveHashes(index, features.hashes, add);
  return { features, rows, historyRows: new Int32Array(0), historyOffsets: new Uint32Array(features.length + 1) };
}

/** Sets the document-history feature rows of a sentence (training adds unknown features). */
export function attachHistory(index: HashIndex, s: DecodableSentence, history: TagHistory, add: boolean): void {
  if (s.staticScores) {
    // Prediction: ten possible features, their rows kept by the sentence's row source.
    const { ids, offsets } = history.featureIds(s.features);
    const rows = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) rows[k] = s.tagRows.historyRow(ids[k]!);
    s.historyRows = rows;
    s.historyOffsets = offsets;
    return;
  }
  const { hashes, offsets } = history.features(s.features);
  s.historyRows = resolveHashes(index, hashes, add);
  s.historyOffsets = offsets;
}

/**
 * Tags every sentence of a document in order, each one seeing how the earlier ones were tagged.
 * With `confidence` (greedy only), each sentence's softmax probability of the chosen tag at every
 * tagged (non-O) token is written to confidence[k] as decoding computes it, so spans need no rescoring.
 */
export function decodeDocument(w: TaggerWeights, sentences: readonly DecodableSentence[], beamSize = 1, confidence?: { temperature: number; out: Float32Array[] }): Uint8Array[] {
  const history = new TagHistory();
  const out: Uint8Array[] = [];
  for (const s of sentences) {
    attachHistory(w.index, s, history, false);
    let tags: Uint8Array;
    if (beamSize > 1) tags = decodeBeam(w, s, beamSize);
    else if (confidence) {
      const probs = new Float32Array(s.features.length);
      tags = decodeGreedy(w, s, { temperature: confidence.temperature, out: probs });
      confidence.out.push(probs);
    } else tags = decodeGreedy(w, s);
    history.record(s.features, tags);
    out.push(tags);
  }
  return out;
}

export function addRow(weights: Float32Array | Int16Array, row: number, scores: Float64Array): void {
  if (row < 0) return;
  const base = row * TAG_COUNT;
  for (let c = 0; c < TAG_COUNT; c++) scores[c]! += weights[base + c]!;
}

/** Scores of every tag at token i from its static and document-history features. */
export function staticScores(w: TaggerWeights, s: DecodableSentence, i: number, out: Float64Array): void {
  if (s.staticScores) {
    for (let c = 0; c < TAG_COUNT; c++) out[c] = s.staticScores[i * TAG_COUNT + c]!;
  } else {
    out.fill(0);
    for (let k = s.features.offsets[i]!, end = s.features.offsets[i + 1]!; k < end; k++) addRow(w.weights, s.rows[k]!, out);
  }
  for (let k = s.historyOffsets[i]!, end = s.historyOffsets[i + 1]!; k < end; k++) addRow(w.weights, s.historyRows[k]!, out);
}

/**
 * Rows of the tag-history features for one sentence. The ones made of tags alone (previous tag,
 * previous two tags) do not depend on the token, so each is looked up once.
 */
class HistoryRows {
  // Made on first use: prediction's sentences (ScoredSentence) bring their own cached rows.
  private memo!: Int32Array;
  // Rows of (word, p1) and (shape, p1) for the current token: beam states often share p1.
  private wordRows!: Int32Array;
  private shapeRows!: Int32Array;
  private token = -1;
  constructor(private readonly w: TaggerWeights) {}

  addScores(s: DecodableSentence, i: number, p1: number, p2: number, out: Float64Array): void {
    const { index, weights } = this.w;
    if (s.staticScores) {
      // Prediction: the rows are cached per word form for the whole run.
      const rows = s.tagRows;
      const e = s.entries[i]!;
      addRow(weights, rows.prevTagRow(p1), out);
      addRow(weights, rows.prevTagsRow(p1, p2), out);
      addRow(weights, rows.wordTagRow(e, p1), out);
      addRow(weights, rows.shapeTagRow(e, p1), out);
      return;
    }
    const m1 = p1 + 1;
    const m12 = 11 + m1 * 11 + p2 + 1;
    if (this.token === -1) {
      this.memo = new Int32Array(11 + 11 * 11).fill(-2);
      this.wordRows = new Int32Array(11);
      this.shapeRows = new Int32Array(11);
    }
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

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < TAG_COUNT; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/** Greedy left-to-right tagging; returns tag ids (and, when asked, the chosen tags' probabilities where not O). */
export function decodeGreedy(w: TaggerWeights, s: DecodableSentence, confidence?: { temperature: number; out: Float32Array }): Uint8Array {
  const n = s.features.length;
  const tags = new Uint8Array(n);
  const scores = new Float64Array(TAG_COUNT);
  const history = new HistoryRows(w);
  const scored = s.scored;
  for (let i = 0; i < n; i++) {
    if (scored && !scored[i]) continue; // tags[i] stays 0 (O)
    staticScores(w, s, i, scores);
    history.addScores(s, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, scores);
    const tag = argmax(scores);
    tags[i] = tag;
    if (confidence && tag !== 0) {
      for (let c = 0; c < TAG_COUNT; c++) scores[c]! *= w.scale;
      confidence.out[i] = softmaxAt(scores, tag, confidence.temperature);
    }
  }
  return tags;
}

/** The scores of every tag at token i given the tags chosen before it (after decodeDocument attached the history). */
export function tokenScores(w: TaggerWeights, s: DecodableSentence, tags: Uint8Array, i: number, out: Float64Array): void {
  staticScores(w, s, i, out);
  new HistoryRows(w).addScores(s, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, out);
  for (let c = 0; c < TAG_COUNT; c++) out[c]! *= w.scale;
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
 * How sure the tagger is of tags[start, end) given the tags before each: the lowest softmax
 * probability of a chosen tag there, at the temperature fitted at training time on held-out
 * training documents. Call after decodeDocument (which attaches the history the scores use).
 */
export function spanConfidence(w: TaggerWeights, s: DecodableSentence, tags: Uint8Array, start: number, end: number, temperature: number): number {
  const scores = new Float64Array(TAG_COUNT);
  const history = new HistoryRows(w);
  let min = 1;
  for (let i = start; i < end; i++) {
    staticScores(w, s, i, scores);
    history.addScores(s, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, scores);
    for (let c = 0; c < TAG_COUNT; c++) scores[c]! *= w.scale;
    min = Math.min(min, softmaxAt(scores, tags[i]!, temperature));
  }
  return min;
}

/**
 * Beam search over tag sequences. Two states ending in the same two tags have the same future, so
 * only the better one is kept.
 */
export function decodeBeam(w: TaggerWeights, s: DecodableSentence, beamSize: number): Uint8Array {
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
    const prevRow = (i - 1) * B;
    if (s.scored && !s.scored[i]) {
      // An unscored token is O in every state: each state goes on unchanged.
      for (let b = 0; b < width; b++) {
        tagAt[i * B + b] = 0;
        parentAt[i * B + b] = b;
      }
      continue;
    }
    staticScores(w, s, i, base);
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
