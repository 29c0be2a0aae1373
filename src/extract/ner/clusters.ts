// Word clusters: groups of words GloVe put near each other (scripts/build-word-clusters.ts), at a
// fine level and coarser ones. A word's cluster is a feature of the recogniser, so a word CoNLL-2003
// never saw is read like the words beside it. Lookups are by lowercase form.

/** The clusters file as written (data/models/word-clusters.json) and as carried by a model file. */
export interface WordClustersJson {
  source?: string;
  /** Cluster counts, finest first. */
  levels: number[];
  /** The words of each finest cluster, space-separated. */
  clusters: string[];
  /** parents[l][c]: the cluster at level l + 1 of cluster c at level l. */
  parents: number[][];
}

/** Cluster levels a model may use (each gives a feature of the word and of either neighbour). */
export const MAX_CLUSTER_LEVELS = 4;

export interface WordClusters {
  levels: readonly number[];
  /** The finest cluster of each word. */
  finest: ReadonlyMap<string, number>;
  /** byLevel[l][c]: the level-l cluster of finest cluster c. */
  byLevel: readonly Int32Array[];
}

/** Checks and indexes a clusters file; throws on one that does not hold together. */
export function buildWordClusters(json: WordClustersJson): WordClusters {
  const { levels, clusters, parents } = json;
  const bad = (why: string) => new Error(`word clusters: ${why}`);
  if (!Array.isArray(levels) || levels.length === 0 || levels.length > MAX_CLUSTER_LEVELS || levels.some((k) => !Number.isInteger(k) || k < 1)) {
    throw bad(`levels must be 1 to ${MAX_CLUSTER_LEVELS} positive integers`);
  }
  if (!Array.isArray(clusters) || clusters.length !== levels[0]) throw bad(`expected ${levels[0]} clusters`);
  if (!Array.isArray(parents) || parents.length !== levels.length - 1) throw bad(`expected ${levels.length - 1} parent lists`);
  const finest = new Map<string, number>();
  clusters.forEach((words, c) => {
    if (typeof words !== "string") throw bad(`cluster ${c} is not a string`);
    if (words) for (const w of words.split(" ")) finest.set(w, c);
  });
  const byLevel: Int32Array[] = [Int32Array.from(clusters, (_, c) => c)];
  parents.forEach((up, l) => {
    if (!Array.isArray(up) || up.length !== levels[l] || up.some((p) => !Number.isInteger(p) || p < 0 || p >= levels[l + 1]!)) throw bad(`parent list ${l} does not fit levels ${levels[l]} → ${levels[l + 1]}`);
    byLevel.push(byLevel[l]!.map((c) => up[c]!));
  });
  return { levels, finest, byLevel };
}

/** No clusters: every word unknown (models trained without them). */
export const NO_CLUSTERS: WordClusters = { levels: [], finest: new Map(), byLevel: [] };
