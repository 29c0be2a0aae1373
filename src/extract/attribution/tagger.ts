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
  transitions: Float32Array;
  /** Bucket → row of `weights`, or -1: only the buckets with weights have a row. */
  rowOf: Int32Array;
  /** Row × TAG_COUNT. */
  weights: Float32Array;
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
    if (rowOf[bucket]! < 0) rowOf[bucket] = rows++;
  }
  const weights = new Float32Array(rows * TAG_COUNT);
  for (let i = 0; i + 2 < file.weights.length; i += 3) weights[rowOf[file.weights[i]!]! * TAG_COUNT + file.weights[i + 1]!] = file.weights[i + 2]! / 10;
  return { cueWords: new Set(file.cueWords), transitions: Float32Array.from(file.transitions), rowOf, weights, mask: size - 1 };
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
let scoreScratch = new Float64Array(1024 * TAG_COUNT);
let backScratch = new Uint8Array(1024 * TAG_COUNT);
let emissionScratch = new Float32Array(1024 * TAG_COUNT);

/**
 * viterbi() computing the same floats in the same order, but only over allowed transitions: an
 * inside tag is scored from its own B and I tags alone (the others add -Infinity, which never wins).
 */
function viterbiAllowed(emission: Float32Array, n: number, transitions: Float32Array): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (scoreScratch.length < n * TAG_COUNT) {
    scoreScratch = new Float64Array(n * TAG_COUNT * 2);
    backScratch = new Uint8Array(n * TAG_COUNT * 2);
  }
  const score = scoreScratch;
  const back = backScratch;
  for (let y = 0; y < TAG_COUNT; y++) score[y] = emission[y]! + transitions[START * TAG_COUNT + y]! + BARRIER[START * TAG_COUNT + y]!;
  for (let k = 1; k < n; k++) {
    const prev = (k - 1) * TAG_COUNT;
    const here = k * TAG_COUNT;
    for (let y = 0; y < TAG_COUNT; y++) {
      let best = -Infinity;
      let arg = 0;
      if (y === 2 || y === 4 || y === 6) {
        const b = score[prev + y - 1]! + transitions[(y - 1) * TAG_COUNT + y]!;
        const i = score[prev + y]! + transitions[y * TAG_COUNT + y]!;
        if (b > best) {
          best = b;
          arg = y - 1;
        }
        if (i > best) {
          best = i;
          arg = y;
        }
      } else {
        for (let x = 0; x < TAG_COUNT; x++) {
          const s = score[prev + x]! + transitions[x * TAG_COUNT + y]!;
          if (s > best) {
            best = s;
            arg = x;
          }
        }
      }
      score[here + y] = best + emission[here + y]!;
      back[here + y] = arg;
    }
  }
  return backtrace(score, back, n, tags);
}

/** Tags of tokens[first, last) (one line). The same tags as tagLineReference, faster. */
export function tagLine(model: AttributionModel, ctx: Omit<FeatureContext, "cueWords">, first: number, last: number): Uint8Array {
  const n = last - first;
  if (emissionScratch.length < n * TAG_COUNT) emissionScratch = new Float32Array(n * TAG_COUNT * 2);
  const emission = emissionScratch;
  emission.fill(0, 0, n * TAG_COUNT);
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
