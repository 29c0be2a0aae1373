// Training of the attribution tagger: an averaged structured perceptron (Collins 2002) over lines of
// tokens with gold BIO tags. Pure: hashed features and gold tags in, the model file's contents out.
// Buckets seen fewer than `minCount` times get no weights, so rare word pairs do not fill the file.
import { MAX_FEATURES } from "./features.ts";
import { START, TAG_COUNT, TAGS, viterbi, type AttributionModelFile } from "./tagger.ts";

export interface TrainingLine {
  ids: Uint32Array;
  counts: Uint8Array;
  gold: Uint8Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  minCount: number;
  /** Averaged weights closer to zero than this are not written. */
  minWeight: number;
  log?: (message: string) => void;
}

/** A small deterministic generator for the shuffle of lines between epochs. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function trainAttributionTagger(lines: readonly TrainingLine[], cueWords: readonly string[], o: TrainOptions): AttributionModelFile {
  const size = 2 ** o.bits;
  const mask = size - 1;
  const seen = new Uint32Array(size);
  for (const l of lines) for (let k = 0; k < l.gold.length; k++) for (let i = 0; i < l.counts[k]!; i++) seen[l.ids[k * MAX_FEATURES + i]! & mask]!++;
  const keep = (bucket: number): boolean => seen[bucket]! >= o.minCount;
  const nw = size * TAG_COUNT;
  const nt = (TAG_COUNT + 1) * TAG_COUNT;
  // Weights and the running sums for averaging: avg = w - sum / c (c = lines seen so far).
  const w = new Float64Array(nw + nt);
  const sum = new Float64Array(nw + nt);
  let c = 1;
  const bump = (i: number, by: number): void => {
    w[i]! += by;
    sum[i]! += c * by;
  };
  const order = lines.map((_, i) => i);
  const random = lcg(7);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let tokens = 0;
    for (const li of order) {
      const { gold, ids, counts } = lines[li]!;
      const n = gold.length;
      const emission = new Float64Array(n * TAG_COUNT);
      for (let k = 0; k < n; k++) {
        for (let i = k * MAX_FEATURES; i < k * MAX_FEATURES + counts[k]!; i++) {
          const b = ids[i]! & mask;
          if (keep(b)) for (let y = 0; y < TAG_COUNT; y++) emission[k * TAG_COUNT + y]! += w[b * TAG_COUNT + y]!;
        }
      }
      const guess = viterbi(emission, n, w.subarray(nw));
      for (let k = 0; k < n; k++) {
        tokens++;
        const prevG = k === 0 ? START : gold[k - 1]!;
        const prevP = k === 0 ? START : guess[k - 1]!;
        if (gold[k] === guess[k] && prevG === prevP) continue;
        if (gold[k] !== guess[k]) wrong++;
        for (let i = k * MAX_FEATURES; i < k * MAX_FEATURES + counts[k]!; i++) {
          const b = ids[i]! & mask;
          if (!keep(b)) continue;
          bump(b * TAG_COUNT + gold[k]!, 1);
          bump(b * TAG_COUNT + guess[k]!, -1);
        }
        bump(nw + prevG * TAG_COUNT + gold[k]!, 1);
        bump(nw + prevP * TAG_COUNT + guess[k]!, -1);
      }
      c++;
    }
    o.log?.(`epoch ${epoch + 1}: ${wrong} of ${tokens} tokens mistagged (${((100 * wrong) / tokens).toFixed(2)}%)`);
  }
  const avg = (i: number): number => w[i]! - sum[i]! / c;
  const weights: number[] = [];
  for (let b = 0; b < size; b++) {
    if (!keep(b)) continue;
    for (let y = 0; y < TAG_COUNT; y++) {
      // Stored in 16 bits when loaded (tagger.ts); the largest trained so far is about a tenth of that.
      const tenths = Math.max(-32767, Math.min(32767, Math.round(avg(b * TAG_COUNT + y) * 10)));
      if (Math.abs(tenths) >= o.minWeight * 10) weights.push(b, y, tenths);
    }
  }
  const transitions: number[] = [];
  for (let i = 0; i < nt; i++) transitions.push(Math.round(avg(nw + i) * 10) / 10);
  return { format: "attribution-tagger/2", tags: [...TAGS], bits: o.bits, cueWords: [...cueWords].sort(), transitions, weights };
}

/**
 * The model with `bias` (weight units) taken from every transition into O, the same as from every token's O
 * score: the mixed tagger is cautious, and PolNeAR's F1 on held-out articles gains from tagging more.
 */
export function withOutsideBias(model: AttributionModelFile, bias: number): AttributionModelFile {
  const transitions = model.transitions.map((t, i) => (i % TAG_COUNT === 0 ? Math.round((t - bias) * 10) / 10 : t));
  return { ...model, transitions };
}
