// The attribution tagger: a linear-chain (first-order) averaged perceptron over BIO tags for the
// Cue, Source and Content spans of PolNeAR, decoded with Viterbi one line (paragraph) at a time, so
// a quote may run over sentences. Trained by scripts/train-attribution.ts; the weights are data.
import { z } from "zod";
import { lineEmissions } from "./emission.ts";
import { lineFeatures, MAX_FEATURES, type FeatureContext } from "./features.ts";

export const TAGS = ["O", "B-Cue", "I-Cue", "B-Source", "I-Source", "B-Content", "I-Content"] as const;
export const TAG_COUNT = TAGS.length;
/** Row of the transition table for the first token of a line. */
export const START = TAG_COUNT;

export const AttributionModelFileSchema = z.object({
  format: z.literal("attribution-tagger/2"),
  tags: z.array(z.string()),
  /** Features are hashed into 2^bits buckets. */
  bits: z.number().int().min(8).max(24),
  cueWords: z.array(z.string()),
  /** (TAG_COUNT + 1) rows (the last for the line start) × TAG_COUNT columns. */
  transitions: z.array(z.number()),
  /** Sparse weights, tenths: [bucket, tag, weight × 10, bucket, tag, weight × 10, ...]. */
  weights: z.array(z.number().int()),
});
export type AttributionModelFile = z.infer<typeof AttributionModelFileSchema>;

export interface AttributionModel {
  cueWords: ReadonlySet<string>;
  /** In tenths, like the weights. */
  transitions: Float32Array;
  /** Bucket → row of `weights`, or -1: only the buckets with weights have a row. */
  rowOf: Int32Array;
  /** Row × TAG_COUNT, in tenths (the file's integers): sums of them are exact, in any order. */
  weights: Int16Array;
  mask: number;
}

/** The model from its parsed JSON; throws with what is wrong when the file does not fit. */
export function loadAttributionModel(json: unknown): AttributionModel {
  const file = AttributionModelFileSchema.parse(json);
  if (file.tags.join() !== TAGS.join()) throw new Error(`tags ${file.tags.join()} are not ${TAGS.join()}; retrain with 'npm run train:attribution'`);
  if (file.transitions.length !== (TAG_COUNT + 1) * TAG_COUNT) throw new Error("transition table of the wrong size");
  const size = 2 ** file.bits;
  const rowOf = new Int32Array(size).fill(-1);
  let rows = 0;
  for (let i = 0; i + 2 < file.weights.length; i += 3) {
    const bucket = file.weights[i]!;
    const tag = file.weights[i + 1]!;
    if (bucket >= size || tag >= TAG_COUNT) throw new Error(`weight ${i / 3} points outside the table`);
    if (Math.abs(file.weights[i + 2]!) > 32767) throw new Error(`weight ${i / 3} does not fit 16 bits`);
    if (rowOf[bucket]! < 0) rowOf[bucket] = rows++;
  }
  const weights = new Int16Array(rows * TAG_COUNT);
  for (let i = 0; i + 2 < file.weights.length; i += 3) weights[rowOf[file.weights[i]!]! * TAG_COUNT + file.weights[i + 1]!] = file.weights[i + 2]!;
  return { cueWords: new Set(file.cueWords), transitions: Float32Array.from(file.transitions, (t) => Math.round(t * 10)), rowOf, weights, mask: size - 1 };
}

/** "I-X" may only follow "B-X" or "I-X". */
export function allowed(prev: number, tag: number): boolean {
  return tag !== 2 && tag !== 4 && tag !== 6 ? true : prev === tag || prev === tag - 1;
}

/** allowed(x, y) as a table, row START for the first token: 0 or -Infinity added to a path's score. */
const BARRIER = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
for (let x = 0; x <= TAG_COUNT; x++) for (let y = 0; y < TAG_COUNT; y++) BARRIER[x * TAG_COUNT + y] = allowed(x === START ? -1 : x, y) ? 0 : -Infinity;

/** Follows the back-pointers from the best last tag into `tags` (the end of both Viterbi paths). */
function backtrace(score: ArrayLike<number>, back: ArrayLike<number>, n: number, tags: Uint8Array): Uint8Array {
  let y = 0;
  for (let x = 1; x < TAG_COUNT; x++) if (score[(n - 1) * TAG_COUNT + x]! > score[(n - 1) * TAG_COUNT + y]!) y = x;
  for (let k = n - 1; k >= 0; k--) {
    tags[k] = y;
    y = back[k * TAG_COUNT + y]!;
  }
  return tags;
}

/** Best tag sequence for emission scores (n × TAG_COUNT) under the transition table. */
export function viterbi(emission: Float32Array | Float64Array, n: number, transitions: ArrayLike<number>): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * TAG_COUNT);
  const back = new Uint8Array(n * TAG_COUNT);
  for (let y = 0; y < TAG_COUNT; y++) score[y] = emission[y]! + transitions[START * TAG_COUNT + y]! + BARRIER[START * TAG_COUNT + y]!;
  for (let k = 1; k < n; k++) {
    const prev = (k - 1) * TAG_COUNT;
    for (let y = 0; y < TAG_COUNT; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < TAG_COUNT; x++) {
        const s = score[prev + x]! + transitions[x * TAG_COUNT + y]! + BARRIER[x * TAG_COUNT + y]!;
        if (s > best) {
          best = s;
          arg = x;
        }
      }
      score[k * TAG_COUNT + y] = best + emission[k * TAG_COUNT + y]!;
      back[k * TAG_COUNT + y] = arg;
    }
  }
  return backtrace(score, back, n, tags);
}

/** Scratch of the Viterbi decoder, grown as needed (decoding allocates only the tags it returns). */
let backScratch = new Uint8Array(1024 * TAG_COUNT);
let emissionScratch = new Float32Array(1024 * TAG_COUNT);

/**
 * viterbi() computing the same floats in the same order, but only over allowed transitions: an
 * inside tag is scored from its own B and I tags alone (the others add -Infinity, which never wins).
 * Unrolled for the 7 tags, with the previous token's scores in locals: only the back-pointers are stored.
 */
function viterbiAllowed(emission: Float32Array, n: number, transitions: Float32Array): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (backScratch.length < n * TAG_COUNT) backScratch = new Uint8Array(n * TAG_COUNT * 2);
  const back = backScratch;
  const tr = transitions;
  const S = START * TAG_COUNT;
  let s0 = emission[0]! + tr[S]! + BARRIER[S]!;
  let s1 = emission[1]! + tr[S + 1]! + BARRIER[S + 1]!;
  let s2 = emission[2]! + tr[S + 2]! + BARRIER[S + 2]!;
  let s3 = emission[3]! + tr[S + 3]! + BARRIER[S + 3]!;
  let s4 = emission[4]! + tr[S + 4]! + BARRIER[S + 4]!;
  let s5 = emission[5]! + tr[S + 5]! + BARRIER[S + 5]!;
  let s6 = emission[6]! + tr[S + 6]! + BARRIER[S + 6]!;
  for (let k = 1; k < n; k++) {
    const here = k * TAG_COUNT;
    // Tags 0, 1, 3, 5 (O and the B tags) may follow any tag: the first best of the 7, in tag order
    // (transition x → y at tr[x·7 + y]).
    let b0 = -Infinity, a0 = 0, b1 = -Infinity, a1 = 0, b3 = -Infinity, a3 = 0, b5 = -Infinity, a5 = 0;
    let v: number;
    if ((v = s0 + tr[0]!) > b0) { b0 = v; a0 = 0; }
    if ((v = s0 + tr[1]!) > b1) { b1 = v; a1 = 0; }
    if ((v = s0 + tr[3]!) > b3) { b3 = v; a3 = 0; }
    if ((v = s0 + tr[5]!) > b5) { b5 = v; a5 = 0; }
    if ((v = s1 + tr[7]!) > b0) { b0 = v; a0 = 1; }
    if ((v = s1 + tr[8]!) > b1) { b1 = v; a1 = 1; }
    if ((v = s1 + tr[10]!) > b3) { b3 = v; a3 = 1; }
    if ((v = s1 + tr[12]!) > b5) { b5 = v; a5 = 1; }
    if ((v = s2 + tr[14]!) > b0) { b0 = v; a0 = 2; }
    if ((v = s2 + tr[15]!) > b1) { b1 = v; a1 = 2; }
    if ((v = s2 + tr[17]!) > b3) { b3 = v; a3 = 2; }
    if ((v = s2 + tr[19]!) > b5) { b5 = v; a5 = 2; }
    if ((v = s3 + tr[21]!) > b0) { b0 = v; a0 = 3; }
    if ((v = s3 + tr[22]!) > b1) { b1 = v; a1 = 3; }
    if ((v = s3 + tr[24]!) > b3) { b3 = v; a3 = 3; }
    if ((v = s3 + tr[26]!) > b5) { b5 = v; a5 = 3; }
    if ((v = s4 + tr[28]!) > b0) { b0 = v; a0 = 4; }
    if ((v = s4 + tr[29]!) > b1) { b1 = v; a1 = 4; }
    if ((v = s4 + tr[31]!) > b3) { b3 = v; a3 = 4; }
    if ((v = s4 + tr[33]!) > b5) { b5 = v; a5 = 4; }
    if ((v = s5 + tr[35]!) > b0) { b0 = v; a0 = 5; }
    if ((v = s5 + tr[36]!) > b1) { b1 = v; a1 = 5; }
    if ((v = s5 + tr[38]!) > b3) { b3 = v; a3 = 5; }
    if ((v = s5 + tr[40]!) > b5) { b5 = v; a5 = 5; }
    if ((v = s6 + tr[42]!) > b0) { b0 = v; a0 = 6; }
    if ((v = s6 + tr[43]!) > b1) { b1 = v; a1 = 6; }
    if ((v = s6 + tr[45]!) > b3) { b3 = v; a3 = 6; }
    if ((v = s6 + tr[47]!) > b5) { b5 = v; a5 = 6; }
    // Inside tags 2, 4, 6: from their B tag, then their I tag.
    let b2 = -Infinity, a2 = 0, b4 = -Infinity, a4 = 0, b6 = -Infinity, a6 = 0;
    if ((v = s1 + tr[9]!) > b2) { b2 = v; a2 = 1; }
    if ((v = s2 + tr[16]!) > b2) { b2 = v; a2 = 2; }
    if ((v = s3 + tr[25]!) > b4) { b4 = v; a4 = 3; }
    if ((v = s4 + tr[32]!) > b4) { b4 = v; a4 = 4; }
    if ((v = s5 + tr[41]!) > b6) { b6 = v; a6 = 5; }
    if ((v = s6 + tr[48]!) > b6) { b6 = v; a6 = 6; }
    s0 = b0 + emission[here]!;
    s1 = b1 + emission[here + 1]!;
    s2 = b2 + emission[here + 2]!;
    s3 = b3 + emission[here + 3]!;
    s4 = b4 + emission[here + 4]!;
    s5 = b5 + emission[here + 5]!;
    s6 = b6 + emission[here + 6]!;
    back[here] = a0;
    back[here + 1] = a1;
    back[here + 2] = a2;
    back[here + 3] = a3;
    back[here + 4] = a4;
    back[here + 5] = a5;
    back[here + 6] = a6;
  }
  // The best last tag (the first of equals), then the back-pointers, as backtrace() does.
  const last = [s0, s1, s2, s3, s4, s5, s6];
  let y = 0;
  for (let x = 1; x < TAG_COUNT; x++) if (last[x]! > last[y]!) y = x;
  for (let k = n - 1; k >= 0; k--) {
    tags[k] = y;
    y = back[k * TAG_COUNT + y]!;
  }
  return tags;
}

/** Tags of tokens[first, last) (one line). The same tags as tagLineReference, faster. */
export function tagLine(model: AttributionModel, ctx: Omit<FeatureContext, "cueWords">, first: number, last: number): Uint8Array {
  const n = last - first;
  if (emissionScratch.length < n * TAG_COUNT) emissionScratch = new Float32Array(n * TAG_COUNT * 2);
  const emission = emissionScratch;
  if (!lineEmissions(model, ctx, first, last, emission)) return tagLineReference(model, { ...ctx, cueWords: model.cueWords }, first, last);
  return viterbiAllowed(emission, n, model.transitions);
}

/** Tags of tokens[first, last) (one line): every feature of lineFeatures looked up, then viterbi(). */
export function tagLineReference(model: AttributionModel, ctx: FeatureContext, first: number, last: number): Uint8Array {
  const n = last - first;
  const emission = new Float32Array(n * TAG_COUNT);
  const { ids, counts } = lineFeatures(ctx, first, last);
  const w = model.weights;
  for (let k = 0; k < n; k++) {
    const base = k * TAG_COUNT;
    for (let i = k * MAX_FEATURES, end = i + counts[k]!; i < end; i++) {
      const row = model.rowOf[ids[i]! & model.mask]!;
      if (row >= 0) for (let y = 0; y < TAG_COUNT; y++) emission[base + y]! += w[row * TAG_COUNT + y]!;
    }
  }
  return viterbi(emission, n, model.transitions);
}
