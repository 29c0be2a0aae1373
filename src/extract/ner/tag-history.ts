// The decoder's features of earlier predicted tags: the previous one or two tags of the sentence
// (alone and with the current word and shape), and how the document so far tagged the same word.
import * as features from "./features.ts";
import type { SentenceFeatures, TokenKeys } from "./features.ts";
import * as hash from "./hash.ts";

// Local bindings: under tsx's CommonJS transform every call through an import goes via a getter.
const { SEED } = features;
const { combine, hashInt } = hash;

/** Ids of the document-history features: 0–4 the majority tag (O, PER, ORG, LOC, MISC), 5–9 each tag seen. */
export const HISTORY_FEATURE_IDS = 10;
export const historyFeatureHash = (id: number): number => (id < 5 ? combine(SEED.historyMajority, id) : combine(SEED.historySeen, id - 5));

/**
 * How the document so far has tagged each capitalised word (extended prediction history): counts
 * of O, PER, ORG, LOC, MISC per lowercase form, updated after each sentence is decoded. Lets a
 * later "Barzani" follow an earlier "Masoud Barzani".
 */
export class TagHistory {
  private readonly counts = new Map<string, Uint16Array>();

  /** Feature hashes for each token of a sentence: token i owns out.hashes[out.offsets[i], out.offsets[i + 1]). */
  features(s: TokenKeys): { hashes: Uint32Array; offsets: Uint32Array } {
    const { ids, offsets } = this.featureIds(s);
    return { hashes: ids.map(historyFeatureHash), offsets };
  }

  /**
   * The same features as small ids (see historyFeatureHash), so a caller can keep their rows:
   * token i owns ids[offsets[i], offsets[i + 1]).
   */
  featureIds(s: TokenKeys): { ids: Uint32Array; offsets: Uint32Array } {
    const ids = new Uint32Array(s.length * 6); // at most the majority and 5 seen tags per token
    const offsets = new Uint32Array(s.length + 1);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      offsets[i] = n;
      const c = s.capitalised[i] ? this.counts.get(s.lower[i]!) : undefined;
      if (!c) continue;
      let best = 0;
      for (let k = 1; k < 5; k++) if (c[k]! > c[best]!) best = k;
      ids[n++] = best;
      for (let k = 0; k < 5; k++) if (c[k]! > 0) ids[n++] = HISTORY_FEATURE_IDS / 2 + k;
    }
    offsets[s.length] = n;
    return { ids: ids.subarray(0, n), offsets };
  }

  /** Records the tag ids chosen for a sentence. */
  record(s: TokenKeys, tags: ArrayLike<number>): void {
    for (let i = 0; i < s.length; i++) {
      if (!s.capitalised[i]) continue;
      const l = s.lower[i]!;
      let c = this.counts.get(l);
      if (!c) this.counts.set(l, (c = new Uint16Array(5)));
      const tag = tags[i]!;
      c[tag === 0 ? 0 : ((tag - 1) >> 1) + 1]!++; // 0 = O, 1–4 = PER, ORG, LOC, MISC
    }
  }
}

// Features of the previous predicted tags (−1 = before the sentence): alone, as a pair, and with
// the current word and shape.
const PREV1_SEED = SEED.prev1;
const PREV12_SEED = SEED.prev12;
export const prevTagHash = (p1: number) => hashInt(PREV1_SEED, p1 + 1);
export const prevTagsHash = (p1: number, p2: number) => hashInt(PREV12_SEED, (p1 + 1) * 32 + p2 + 1);
export const wordTagHash = (s: TokenKeys, i: number, p1: number) => hashInt(s.wordKeys[i]!, p1 + 1);
export const shapeTagHash = (s: TokenKeys, i: number, p1: number) => hashInt(s.shapeKeys[i]!, p1 + 1);

export const TAG_FEATURE_COUNT = 4;
/** All tag-history feature hashes of token i, as training needs them. */
export function tagFeatures(s: SentenceFeatures, i: number, p1: number, p2: number, out: Uint32Array): void {
  out[0] = prevTagHash(p1);
  out[1] = prevTagsHash(p1, p2);
  out[2] = wordTagHash(s, i, p1);
  out[3] = shapeTagHash(s, i, p1);
}
