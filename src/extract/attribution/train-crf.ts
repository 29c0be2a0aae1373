// A linear-chain CRF over the same hashed features and tags as the perceptron (train.ts), trained by
// L-BFGS on the L2-penalised log-likelihood, with the tagger's I-after-B constraints. Its weights are
// mixed into the perceptron's (scripts/train-attribution.ts): the two err differently, and their sum
// tags held-out PolNeAR articles better than either. Pure: lines in, weights out.
import { MAX_FEATURES } from "./features.ts";
import { allowed, START, TAG_COUNT } from "./tagger.ts";
import type { TrainingLine } from "./train.ts";
import type { AttributionModelFile } from "./tagger.ts";

export interface CrfOptions {
  bits: number;
  /** Buckets seen fewer times get no weights. */
  minCount: number;
  /** The L2 penalty: c2 × |w|². */
  c2: number;
  iterations: number;
  /** Correction pairs kept by L-BFGS. */
  memory?: number;
  log?: (message: string) => void;
}

export interface CrfWeights {
  /** size × TAG_COUNT state weights, by bucket. */
  state: Float64Array;
  /** (TAG_COUNT + 1) × TAG_COUNT transitions, the last row for the line start. */
  transitions: Float64Array;
}

const T = TAG_COUNT;
const NT = (T + 1) * T;

/** The lines' features as kept parameter rows (-1: dropped), so the passes skip the bucket filter. */
function keptRows(lines: readonly TrainingLine[], mask: number, minCount: number): { rowOfBucket: Int32Array; rows: number } {
  const seen = new Uint32Array(mask + 1);
  for (const l of lines) for (let k = 0; k < l.gold.length; k++) for (let i = 0; i < l.counts[k]!; i++) seen[l.ids[k * MAX_FEATURES + i]! & mask]!++;
  const rowOfBucket = new Int32Array(mask + 1).fill(-1);
  let rows = 0;
  for (let b = 0; b <= mask; b++) if (seen[b]! >= minCount) rowOfBucket[b] = rows++;
  return { rowOfBucket, rows };
}

/**
 * Negative log-likelihood of the lines plus the penalty, and its gradient into `grad`. Parameters: rows × T state
 * weights, then NT transitions. Scaled forward-backward (each position's scores normalised), one line at a time:
 * products, not a log-sum-exp per cell.
 */
export function crfObjective(lines: readonly TrainingLine[], rowOf: Int32Array, mask: number, w: Float64Array, grad: Float64Array, c2: number, stateSize: number): number {
  grad.fill(0);
  let loss = 0;
  const trans = w.subarray(stateSize);
  const tg = grad.subarray(stateSize);
  // exp(transition), 0 where the constraints forbid it.
  const M = new Float64Array(NT);
  for (let x = 0; x <= T; x++) for (let y = 0; y < T; y++) M[x * T + y] = allowed(x === START ? -1 : x, y) ? Math.exp(trans[x * T + y]!) : 0;
  let capacity = 0;
  let e = new Float64Array(0);
  let alpha = new Float64Array(0);
  let beta = new Float64Array(0);
  let scale = new Float64Array(0);
  for (const line of lines) {
    const n = line.gold.length;
    if (n * T > capacity) {
      capacity = n * T * 2;
      e = new Float64Array(capacity);
      alpha = new Float64Array(capacity);
      beta = new Float64Array(capacity);
      scale = new Float64Array(capacity / T);
    }
    let gold = 0;
    let logZ = 0;
    for (let k = 0; k < n; k++) {
      let best = -Infinity;
      for (let y = 0; y < T; y++) e[k * T + y] = 0;
      for (let i = k * MAX_FEATURES; i < k * MAX_FEATURES + line.counts[k]!; i++) {
        const r = rowOf[line.ids[i]! & mask]!;
        if (r >= 0) for (let y = 0; y < T; y++) e[k * T + y]! += w[r * T + y]!;
      }
      gold += e[k * T + line.gold[k]!]! + trans[(k === 0 ? START : line.gold[k - 1]!) * T + line.gold[k]!]!;
      for (let y = 0; y < T; y++) best = Math.max(best, e[k * T + y]!);
      // ψ = exp(e - best): the shift is added back to log Z.
      for (let y = 0; y < T; y++) e[k * T + y] = Math.exp(e[k * T + y]! - best);
      logZ += best;
    }
    for (let k = 0; k < n; k++) {
      let sum = 0;
      for (let y = 0; y < T; y++) {
        let s = 0;
        if (k === 0) s = M[START * T + y]!;
        else for (let x = 0; x < T; x++) s += alpha[(k - 1) * T + x]! * M[x * T + y]!;
        alpha[k * T + y] = s * e[k * T + y]!;
        sum += alpha[k * T + y]!;
      }
      for (let y = 0; y < T; y++) alpha[k * T + y]! /= sum;
      scale[k] = sum;
      logZ += Math.log(sum);
    }
    for (let y = 0; y < T; y++) beta[(n - 1) * T + y] = 1;
    for (let k = n - 2; k >= 0; k--) {
      for (let x = 0; x < T; x++) {
        let s = 0;
        for (let y = 0; y < T; y++) s += M[x * T + y]! * e[(k + 1) * T + y]! * beta[(k + 1) * T + y]!;
        beta[k * T + x] = s / scale[k + 1]!;
      }
    }
    loss += logZ - gold;
    // Expected minus observed counts.
    for (let k = 0; k < n; k++) {
      const g = line.gold[k]!;
      for (let i = k * MAX_FEATURES; i < k * MAX_FEATURES + line.counts[k]!; i++) {
        const r = rowOf[line.ids[i]! & mask]!;
        if (r < 0) continue;
        for (let y = 0; y < T; y++) grad[r * T + y]! += alpha[k * T + y]! * beta[k * T + y]!;
        grad[r * T + g]! -= 1;
      }
      if (k === 0) {
        for (let y = 0; y < T; y++) tg[START * T + y]! += alpha[y]! * beta[y]!;
        tg[START * T + g]! -= 1;
        continue;
      }
      for (let x = 0; x < T; x++) {
        const ax = alpha[(k - 1) * T + x]! / scale[k]!;
        if (ax === 0) continue;
        for (let y = 0; y < T; y++) tg[x * T + y]! += ax * M[x * T + y]! * e[k * T + y]! * beta[k * T + y]!;
      }
      tg[line.gold[k - 1]! * T + g]! -= 1;
    }
  }
  for (let i = 0; i < w.length; i++) {
    loss += c2 * w[i]! * w[i]!;
    grad[i]! += 2 * c2 * w[i]!;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Trains the CRF; its weights are in the natural log-linear scale (a few units at most). */
/** Gold tags the constraints allow: an I-X after anything but B-X or I-X (a cue inside a content) begins its span. */
export function wellFormed(gold: Uint8Array): Uint8Array {
  const out = gold.slice();
  for (let k = 0; k < out.length; k++) if (!allowed(k === 0 ? -1 : out[k - 1]!, out[k]!)) out[k] = out[k]! - 1;
  return out;
}

export function trainAttributionCrf(trainingLines: readonly TrainingLine[], o: CrfOptions): CrfWeights {
  const lines = trainingLines.map((l) => ({ ...l, gold: wellFormed(l.gold) }));
  const mask = 2 ** o.bits - 1;
  const { rowOfBucket, rows } = keptRows(lines, mask, o.minCount);
  const stateSize = rows * T;
  const dim = stateSize + NT;
  const m = o.memory ?? 6;
  const w = new Float64Array(dim);
  let grad = new Float64Array(dim);
  let loss = crfObjective(lines, rowOfBucket, mask, w, grad, o.c2, stateSize);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(dim);
  const next = new Float64Array(dim);
  let nextGrad = new Float64Array(dim);
  for (let it = 0; it < o.iterations; it++) {
    // Two-loop recursion: dir = -H·grad.
    dir.set(grad);
    const a = new Array<number>(s.length);
    for (let i = s.length - 1; i >= 0; i--) {
      a[i] = rho[i]! * dot(s[i]!, dir);
      for (let j = 0; j < dim; j++) dir[j]! -= a[i]! * y[i]![j]!;
    }
    const gamma = s.length > 0 ? dot(s[s.length - 1]!, y[y.length - 1]!) / dot(y[y.length - 1]!, y[y.length - 1]!) : 1 / Math.sqrt(dot(grad, grad));
    for (let j = 0; j < dim; j++) dir[j]! *= gamma;
    for (let i = 0; i < s.length; i++) {
      const b = rho[i]! * dot(y[i]!, dir);
      for (let j = 0; j < dim; j++) dir[j]! += s[i]![j]! * (a[i]! - b);
    }
    for (let j = 0; j < dim; j++) dir[j] = -dir[j]!;
    // Backtracking line search (Armijo).
    const slope = dot(grad, dir);
    let step = 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 20; tries++, step /= 2) {
      for (let j = 0; j < dim; j++) next[j] = w[j]! + step * dir[j]!;
      nextLoss = crfObjective(lines, rowOfBucket, mask, next, nextGrad, o.c2, stateSize);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
    }
    const sNew = new Float64Array(dim);
    const yNew = new Float64Array(dim);
    for (let j = 0; j < dim; j++) {
      sNew[j] = next[j]! - w[j]!;
      yNew[j] = nextGrad[j]! - grad[j]!;
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-10) {
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / sy);
      if (s.length > m) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    w.set(next);
    [grad, nextGrad] = [nextGrad, grad];
    const improvement = (loss - nextLoss) / Math.max(1, Math.abs(nextLoss));
    loss = nextLoss;
    if ((it + 1) % 10 === 0) o.log?.(`CRF iteration ${it + 1}: loss ${loss.toFixed(1)}`);
    if (improvement < 1e-7) break;
  }
  const state = new Float64Array((mask + 1) * T);
  for (let b = 0; b <= mask; b++) {
    const r = rowOfBucket[b]!;
    if (r >= 0) for (let t = 0; t < T; t++) state[b * T + t] = w[r * T + t]!;
  }
  return { state, transitions: w.slice(stateSize) };
}

/** CRF weights are a few units; the perceptron's run to hundreds of tenths. One CRF unit counts this many tenths. */
const CRF_TENTHS = 1000;

/**
 * The perceptron's model file with the CRF's weights mixed in: (1 - share) × perceptron + share × CRF, both in
 * the file's tenths; weights closer to zero than `minWeight` are not written.
 */
export function mixCrfInto(model: AttributionModelFile, crf: CrfWeights, share: number, minWeight: number): AttributionModelFile {
  const size = 2 ** model.bits;
  const mixed = new Float64Array(size * T);
  for (let b = 0; b < size; b++) for (let t = 0; t < T; t++) mixed[b * T + t] = share * CRF_TENTHS * crf.state[b * T + t]!;
  for (let i = 0; i + 2 < model.weights.length; i += 3) mixed[model.weights[i]! * T + model.weights[i + 1]!]! += (1 - share) * model.weights[i + 2]!;
  const weights: number[] = [];
  for (let b = 0; b < size; b++) {
    for (let t = 0; t < T; t++) {
      const tenths = Math.max(-32767, Math.min(32767, Math.round(mixed[b * T + t]!)));
      if (Math.abs(tenths) >= minWeight * 10) weights.push(b, t, tenths);
    }
  }
  // The file's transitions are in weight units (tenths once loaded).
  const transitions = model.transitions.map((p, i) => Math.round(((1 - share) * p + (share * CRF_TENTHS * crf.transitions[i]!) / 10) * 10) / 10);
  return { ...model, transitions, weights };
}
