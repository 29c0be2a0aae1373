// Everything the tagger derives from a word form alone, computed once per distinct form: its
// lowercase form, case flags, keys, gazetteer entries, and the summed weights of the features
// that read only this word, both as the current token and as each neighbour (lowerM1 + shortM1 of
// the word before, ...). Scores are sums of 16-bit integer weights, exact in float32, so summing
// per word and per position gives the same numbers as summing feature by feature.
import * as features from "./features.ts";
import type { TagRowSource, TaggerWeights } from "./decode.ts";
import type { FeatureResources } from "./features.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import * as hash from "./hash.ts";
import * as scoredTokens from "./scored-tokens.ts";
import * as tagHistory from "./tag-history.ts";
import * as tagSet from "./tags.ts";

// Local bindings: under tsx's CommonJS transform every use of an imported name goes through a getter.
const { HAS_UPPER, MAX_OWN_FEATURES, PAD_KEYS, analyseWord, clusterValues, contextHash: H, writeOwnFeatures } = features;
const { HISTORY_FEATURE_IDS, historyFeatureHash, prevTagHash, prevTagsHash } = tagHistory;
const { hashInt, stringKey } = hash;
const { TAG_COUNT } = tagSet;
const { nameRole } = scoredTokens;

/** The score vectors of an entry, each TAG_COUNT floats. */
export const VEC = { own: 0, shortPos0: 1, asM1: 2, asP1: 3, asM2: 4, asP2: 5 } as const;
export const VECTORS_PER_WORD = 6;
const STRIDE = VECTORS_PER_WORD * tagSet.TAG_COUNT;
/** Previous-tag values −1 … TAG_COUNT − 1, stored at p1 + 1. */
const PREV = tagSet.TAG_COUNT + 1;
const UNSET = -2;

export class WordCache implements TagRowSource {
  /** Entry e: the form, its lowercase, case flags, keys and gazetteer entries starting with it. */
  words: string[] = [];
  lower: string[] = [];
  gazetteer: (GazetteerEntry[] | undefined)[] = [];
  flags: Uint8Array;
  /** Its part in a possible name (scored-tokens.ts). */
  nameRoles: Uint8Array;
  lowerKeys: Uint32Array;
  shortKeys: Uint32Array;
  wordKeys: Uint32Array;
  shapeKeys: Uint32Array;
  /** Entry e's vector v is vectors[(e·VECTORS_PER_WORD + v)·TAG_COUNT …]. */
  vectors: Float32Array;
  /** Rows of the (word, previous tag) and (shape, previous tag) features: tagRows[e·2·PREV + kind·PREV + p1 + 1], filled on first use. */
  private tagRows: Int32Array;
  /** Rows of the features of the previous tag and of the previous two tags (they depend on no word). */
  private readonly prevRows = new Int32Array(PREV + PREV * PREV).fill(UNSET);
  private readonly historyRows = new Int32Array(HISTORY_FEATURE_IDS).fill(UNSET);
  /** The neighbour vectors of the sentence padding (the pads stand in for both lowercase and shape keys). */
  readonly pad: { m1: Float32Array; m2Left1: Float32Array; m2Left2: Float32Array; p1: Float32Array; p2Right1: Float32Array; p2Right2: Float32Array };
  size = 0;
  private capacity: number;
  /** Open addressing, two ints per slot (entry or −1, key) side by side: one cache line per probe. */
  private slots!: Int32Array;
  private readonly scratch = new Uint32Array(MAX_OWN_FEATURES);

  /** Cleared at the start of a document once it holds more than `limit` words, so memory stays bounded. */
  constructor(private readonly w: TaggerWeights, private readonly resources: FeatureResources, private readonly limit = 1 << 16) {
    this.capacity = 1024;
    this.flags = new Uint8Array(this.capacity);
    this.nameRoles = new Uint8Array(this.capacity);
    this.lowerKeys = new Uint32Array(this.capacity);
    this.shortKeys = new Uint32Array(this.capacity);
    this.wordKeys = new Uint32Array(this.capacity);
    this.shapeKeys = new Uint32Array(this.capacity);
    this.vectors = new Float32Array(this.capacity * STRIDE);
    this.tagRows = new Int32Array(this.capacity * 2 * PREV);
    this.rehash();
    const vec = (...hashes: number[]): Float32Array => {
      const v = new Float32Array(TAG_COUNT);
      for (const h of hashes) this.addRow(v, 0, h);
      return v;
    };
    const { left1, left2, right1, right2 } = PAD_KEYS;
    this.pad = {
      m1: vec(H.lowerM1(left1), H.shortM1(left1)),
      m2Left1: vec(H.lowerM2(left1), H.shortM2(left1)),
      m2Left2: vec(H.lowerM2(left2), H.shortM2(left2)),
      p1: vec(H.lowerP1(right1), H.shortP1(right1)),
      p2Right1: vec(H.lowerP2(right1), H.shortP2(right1)),
      p2Right2: vec(H.lowerP2(right2), H.shortP2(right2)),
    };
  }

  /**
   * Call before each document: entries found after it stay valid until the next call. Clearing at
   * three quarters of the limit leaves room for a document's new words without growing past it.
   */
  startDocument(): void {
    if (this.size * 4 <= this.limit * 3) return;
    this.size = 0;
    this.words = [];
    this.lower = [];
    this.gazetteer = [];
    for (let s = 0; s < this.slots.length; s += 2) this.slots[s] = -1;
  }

  /** The entry of a word form, computed on first sight. */
  entry(word: string): number {
    const key = stringKey(word) | 0;
    const mask = (this.slots.length >> 1) - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const e = this.slots[slot << 1]!;
      if (e < 0) break;
      if (this.slots[(slot << 1) + 1] === key && this.words[e] === word) return e;
      slot = (slot + 1) & mask;
    }
    if (this.size === this.capacity) {
      this.grow();
      return this.entry(word);
    }
    const e = this.size++;
    this.slots[slot << 1] = e;
    this.slots[(slot << 1) + 1] = key;
    this.fill(e, word);
    return e;
  }

  private fill(e: number, word: string): void {
    const a = analyseWord(word);
    const l = a.flags & HAS_UPPER ? word.toLowerCase() : word;
    const lk = stringKey(l);
    const sk = stringKey(a.short);
    this.words[e] = word;
    this.lower[e] = l;
    this.gazetteer[e] = this.resources.gazetteer.byFirst.get(l);
    this.flags[e] = a.flags;
    this.nameRoles[e] = nameRole(l, (a.flags & HAS_UPPER) !== 0, a.short.includes("d"));
    this.lowerKeys[e] = lk;
    this.shortKeys[e] = sk;
    this.wordKeys[e] = H.wordKey(lk);
    this.shapeKeys[e] = H.shapeKey(sk);
    const v = this.vectors;
    const at = (k: number) => (e * VECTORS_PER_WORD + k) * TAG_COUNT;
    v.fill(0, at(0), at(VECTORS_PER_WORD));
    this.tagRows.fill(UNSET, e * 2 * PREV, (e + 1) * 2 * PREV);
    const clusters = clusterValues(this.resources.clusters, l);
    const n = writeOwnFeatures(word, l, a.shape, lk, sk, clusters, this.scratch, 0);
    for (let k = 0; k < n; k++) this.addRow(v, at(VEC.own), this.scratch[k]!);
    this.addRow(v, at(VEC.shortPos0), H.shortPos(sk, 0));
    this.addRow(v, at(VEC.asM1), H.lowerM1(lk));
    this.addRow(v, at(VEC.asM1), H.shortM1(sk));
    this.addRow(v, at(VEC.asP1), H.lowerP1(lk));
    this.addRow(v, at(VEC.asP1), H.shortP1(sk));
    this.addRow(v, at(VEC.asM2), H.lowerM2(lk));
    this.addRow(v, at(VEC.asM2), H.shortM2(sk));
    this.addRow(v, at(VEC.asP2), H.lowerP2(lk));
    this.addRow(v, at(VEC.asP2), H.shortP2(sk));
    clusters.forEach((c, level) => {
      this.addRow(v, at(VEC.asM1), H.clusterM1(level, c));
      this.addRow(v, at(VEC.asP1), H.clusterP1(level, c));
    });
  }

  prevTagRow(p1: number): number {
    const k = p1 + 1;
    let row = this.prevRows[k]!;
    if (row === UNSET) row = this.prevRows[k] = this.w.index.get(prevTagHash(p1));
    return row;
  }

  prevTagsRow(p1: number, p2: number): number {
    const k = PREV + (p1 + 1) * PREV + p2 + 1;
    let row = this.prevRows[k]!;
    if (row === UNSET) row = this.prevRows[k] = this.w.index.get(prevTagsHash(p1, p2));
    return row;
  }

  historyRow(id: number): number {
    let row = this.historyRows[id]!;
    if (row === UNSET) row = this.historyRows[id] = this.w.index.get(historyFeatureHash(id));
    return row;
  }

  /** Same hash as features.wordTagHash. */
  wordTagRow(e: number, p1: number): number {
    const k = e * 2 * PREV + p1 + 1;
    let row = this.tagRows[k]!;
    if (row === UNSET) row = this.tagRows[k] = this.w.index.get(hashInt(this.wordKeys[e]!, p1 + 1));
    return row;
  }

  /** Same hash as features.shapeTagHash. */
  shapeTagRow(e: number, p1: number): number {
    const k = e * 2 * PREV + PREV + p1 + 1;
    let row = this.tagRows[k]!;
    if (row === UNSET) row = this.tagRows[k] = this.w.index.get(hashInt(this.shapeKeys[e]!, p1 + 1));
    return row;
  }

  private addRow(v: Float32Array, at: number, featureHash: number): void {
    const row = this.w.index.get(featureHash);
    if (row < 0) return;
    const weights = this.w.weights;
    for (let c = 0; c < TAG_COUNT; c++) v[at + c]! += weights[row * TAG_COUNT + c]!;
  }

  private grow(): void {
    this.capacity *= 2;
    const wider = <T extends Uint8Array | Int32Array | Uint32Array | Float32Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(this.capacity * per);
      next.set(old);
      return next;
    };
    this.flags = wider(this.flags, (n) => new Uint8Array(n));
    this.nameRoles = wider(this.nameRoles, (n) => new Uint8Array(n));
    this.lowerKeys = wider(this.lowerKeys, (n) => new Uint32Array(n));
    this.shortKeys = wider(this.shortKeys, (n) => new Uint32Array(n));
    this.wordKeys = wider(this.wordKeys, (n) => new Uint32Array(n));
    this.shapeKeys = wider(this.shapeKeys, (n) => new Uint32Array(n));
    this.vectors = wider(this.vectors, (n) => new Float32Array(n), STRIDE);
    this.tagRows = wider(this.tagRows, (n) => new Int32Array(n), 2 * PREV);
    this.rehash();
  }

  /** Slot tables at twice the capacity, refilled from the entries. */
  private rehash(): void {
    const slotCount = this.capacity * 2;
    this.slots = new Int32Array(slotCount * 2).fill(-1);
    const mask = slotCount - 1;
    for (let e = 0; e < this.size; e++) {
      const key = stringKey(this.words[e]!) | 0;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (this.slots[slot << 1]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot << 1] = e;
      this.slots[(slot << 1) + 1] = key;
    }
  }
}
