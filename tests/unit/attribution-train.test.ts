import { describe, expect, it } from "vitest";
import { MAX_FEATURES } from "../../src/extract/attribution/features.ts";
import { START, TAG_COUNT, viterbi, type AttributionModelFile } from "../../src/extract/attribution/tagger.ts";
import { crfObjective, mixCrfInto, trainAttributionCrf, wellFormed } from "../../src/extract/attribution/train-crf.ts";
import { withOutsideBias, type TrainingLine } from "../../src/extract/attribution/train.ts";

const T = TAG_COUNT;

/** A line whose token k has the given features (bucket numbers) and gold tag. */
function line(tokens: Array<[number[], number]>): TrainingLine {
  const ids = new Uint32Array(tokens.length * MAX_FEATURES);
  const counts = new Uint8Array(tokens.length);
  tokens.forEach(([features, _], k) => {
    features.forEach((f, i) => (ids[k * MAX_FEATURES + i] = f));
    counts[k] = features.length;
  });
  return { ids, counts, gold: Uint8Array.from(tokens.map(([, tag]) => tag)) };
}

describe("the attribution CRF", () => {
  it("computes the gradient of its loss (checked against finite differences), constraints and all", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const lines = Array.from({ length: 4 }, () =>
      line(Array.from({ length: 3 + Math.floor(random() * 5) }, () => [[0, 1, 2].map(() => Math.floor(random() * 8)), Math.floor(random() * T)] as [number[], number])))
      .map((l) => ({ ...l, gold: wellFormed(l.gold) }));
    const rowOf = Int32Array.from({ length: 8 }, (_, i) => i);
    const stateSize = 8 * T;
    const w = Float64Array.from({ length: stateSize + (T + 1) * T }, () => random() - 0.5);
    const grad = new Float64Array(w.length);
    crfObjective(lines, rowOf, 7, w, grad, 0.1, stateSize);
    const scratch = new Float64Array(w.length);
    let worst = 0;
    for (let i = 0; i < w.length; i++) {
      const plus = w.slice();
      const minus = w.slice();
      plus[i]! += 1e-5;
      minus[i]! -= 1e-5;
      const numeric = (crfObjective(lines, rowOf, 7, plus, scratch, 0.1, stateSize) - crfObjective(lines, rowOf, 7, minus, scratch, 0.1, stateSize)) / 2e-5;
      worst = Math.max(worst, Math.abs(numeric - grad[i]!));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it("learns to tag: a cue word, its source before it and its content after", () => {
    // Buckets: 1 a name, 2 "said", 3 a content word, 4 anything else.
    const lines = Array.from({ length: 20 }, () => line([[[4], 0], [[1], 3], [[2], 1], [[3], 5], [[3], 6], [[4], 0]]));
    const crf = trainAttributionCrf(lines, { bits: 8, minCount: 1, c2: 0.01, iterations: 50 });
    const emission = new Float64Array(6 * T);
    [4, 1, 2, 3, 3, 4].forEach((b, k) => { for (let y = 0; y < T; y++) emission[k * T + y] = crf.state[b * T + y]!; });
    expect([...viterbi(emission, 6, crf.transitions)]).toEqual([0, 3, 1, 5, 6, 0]);
  });

  it("mixes its weights into the perceptron's by share, and an O bias lowers every transition into O", () => {
    const perceptron: AttributionModelFile = { format: "attribution-tagger/2", tags: [], bits: 8, cueWords: [], transitions: new Array((T + 1) * T).fill(1), weights: [5, 1, 200] };
    const state = new Float64Array(256 * T);
    state[5 * T + 1] = 0.1;
    state[6 * T + 2] = -0.5;
    const mixed = mixCrfInto(perceptron, { state, transitions: new Float64Array((T + 1) * T) }, 0.5, 4);
    // 0.5 × 200 tenths + 0.5 × 0.1 × 1000; 0.5 × -0.5 × 1000.
    expect(mixed.weights).toEqual([5, 1, 150, 6, 2, -250]);
    expect(mixed.transitions[0]).toBe(0.5);
    const biased = withOutsideBias(mixed, 30);
    expect(biased.transitions[START * T]).toBe(-29.5);
    expect(biased.transitions[START * T + 1]).toBe(0.5);
  });
});
