// Prediction's side of the features: for each token of a document, the summed weights of all its
// static features (every template of features.ts except the tag history), computed without
// building the feature list. Per-word parts come from the WordCache, the shape-triple templates
// from a small cache of their own, and only the templates that read two words (bigrams, word with
// the neighbour's shape), the gazetteer, the headline and the document flags are looked up per
// token. Training keeps the plain feature lists (documentFeatures); both hash the same templates
// (contextHash), and the unit tests check that both give the same scores.
// Only tokens where a name can be are scored (scored-tokens.ts); the others are O.
import type { ScoredSentence, TaggerWeights } from "./decode.ts";
import * as features from "./features.ts";
import type { FeatureResources, SentenceCase } from "./features.ts";
import * as gazetteers from "./gazetteer.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import * as tagSet from "./tags.ts";
import { markScored } from "./scored-tokens.ts";
import * as wordCache from "./word-cache.ts";
import type { WordCache as WordCacheType } from "./word-cache.ts";

// Local bindings: under tsx's CommonJS transform every use of an imported name goes through a getter.
const { UPPER_START, PAD_KEYS, contextHash: H, documentFlags, isHeadline, isLowerWord, positionCode, startsWithQuote } = features;
const { GAZETTEER_CLASSES, PROPER_MASK, matchGazetteer } = gazetteers;
const { TAG_COUNT } = tagSet;
const { VEC, VECTORS_PER_WORD, WordCache } = wordCache;
const GAZ_CLASS_COUNT = GAZETTEER_CLASSES.length;

/** Sums of the three shape templates (shape before + own, own + after, all three) per triple of short-shape keys. */
class ShapeTripleCache {
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  private readonly sums: Float32Array;
  private size = 0;

  constructor(private readonly w: TaggerWeights, private readonly slots = 1 << 14) {
    this.keys = new Uint32Array(slots * 3);
    this.used = new Uint8Array(slots);
    this.sums = new Float32Array(slots * TAG_COUNT);
  }

  /** Adds the triple's sum to out[o …]. */
  addTo(out: Float32Array, o: number, sm1: number, sk: number, sp1: number): void {
    const mask = this.slots - 1;
    let slot = (Math.imul(sm1 ^ Math.imul(sk, 0x85ebca6b) ^ Math.imul(sp1, 0xc2b2ae35), 0x9e3779b1) >>> 16) & mask;
    for (;;) {
      if (!this.used[slot]) break;
      const k = slot * 3;
      if (this.keys[k] === sm1 && this.keys[k + 1] === sk && this.keys[k + 2] === sp1) {
        addVector(out, o, this.sums, slot * TAG_COUNT);
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (this.size * 2 >= this.slots) {
      // Full enough: start again (the sums are recomputed on demand, so results do not change).
      this.used.fill(0);
      this.size = 0;
      return this.addTo(out, o, sm1, sk, sp1);
    }
    this.used[slot] = 1;
    this.size++;
    this.keys[slot * 3] = sm1;
    this.keys[slot * 3 + 1] = sk;
    this.keys[slot * 3 + 2] = sp1;
    const at = slot * TAG_COUNT;
    this.sums.fill(0, at, at + TAG_COUNT);
    addFeature(this.w, this.sums, at, H.shapeM1_0(sm1, sk));
    addFeature(this.w, this.sums, at, H.shape0_P1(sk, sp1));
    addFeature(this.w, this.sums, at, H.shapeM1_0_P1(sm1, sk, sp1));
    addVector(out, o, this.sums, at);
  }
}

interface PredictionCaches {
  words: WordCacheType;
  shapes: ShapeTripleCache;
}
const cachesByWeights = new WeakMap<TaggerWeights, PredictionCaches>();

function cachesFor(w: TaggerWeights, resources: FeatureResources): PredictionCaches {
  let caches = cachesByWeights.get(w);
  if (!caches) cachesByWeights.set(w, (caches = { words: new WordCache(w, resources), shapes: new ShapeTripleCache(w) }));
  return caches;
}

function addVector(out: Float32Array, o: number, v: Float32Array, at: number): void {
  for (let c = 0; c < TAG_COUNT; c++) out[o + c]! += v[at + c]!;
}

function addFeature(w: TaggerWeights, out: Float32Array, o: number, featureHash: number): void {
  const row = w.index.get(featureHash);
  if (row < 0) return;
  const weights = w.weights;
  for (let c = 0; c < TAG_COUNT; c++) out[o + c]! += weights[row * TAG_COUNT + c]!;
}

interface SentenceEntries extends SentenceCase {
  words: readonly string[];
  entries: Int32Array;
  /** 1 where the token is scored and tagged (scored-tokens.ts). */
  scored: Uint8Array;
}

// Empty until decodeDocument attaches the document history (attachHistory).
const NO_HISTORY_ROWS = new Int32Array(0);
const NO_HISTORY_OFFSETS = new Uint32Array(0);
// Per-sentence key arrays that never leave scoreSentence: one scratch buffer each, grown on demand.
let lowerKey = new Uint32Array(256);
let shortKey = new Uint32Array(256);
let gazClasses = new Uint16Array(256);

/**
 * Static scores of every token of a document given as sentences of CoNLL-like tokens. The
 * per-token arrays are allocated once per document and each sentence gets views of them: typed
 * arrays allocated per sentence cost more than filling them.
 */
export function scoreDocument(w: TaggerWeights, resources: FeatureResources, doc: readonly (readonly string[])[]): ScoredSentence[] {
  const caches = cachesFor(w, resources);
  const gazetteer = resources.gazetteer;
  const cache = caches.words;
  cache.startDocument();
  let total = 0;
  for (const words of doc) total += words.length;
  const entries = new Int32Array(total);
  const flags = new Uint8Array(total);
  const roles = new Uint8Array(total);
  const scored = new Uint8Array(total);
  const capitalised = new Uint8Array(total);
  const wordKeys = new Uint32Array(total);
  const shapeKeys = new Uint32Array(total);
  const scores = new Float32Array(total * TAG_COUNT);
  const sentences: SentenceEntries[] = [];
  let from = 0;
  for (const words of doc) {
    const n = words.length;
    const lower: string[] = new Array(n);
    const starting: (GazetteerEntry[] | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const e = cache.entry(words[i]!);
      const f = cache.flags[e]!;
      entries[from + i] = e;
      flags[from + i] = f;
      roles[from + i] = cache.nameRoles[e]!;
      capitalised[from + i] = f & UPPER_START ? 1 : 0;
      wordKeys[from + i] = cache.wordKeys[e]!;
      shapeKeys[from + i] = cache.shapeKeys[e]!;
      lower[i] = cache.lower[e]!;
      starting[i] = cache.gazetteer[e];
    }
    const sentenceFlags = flags.subarray(from, from + n);
    const sentenceScored = scored.subarray(from, from + n);
    markScored(roles.subarray(from, from + n), sentenceScored);
    sentences.push({ words, entries: entries.subarray(from, from + n), scored: sentenceScored, flags: sentenceFlags, lower, headline: isHeadline(sentenceFlags), gaz: matchGazetteer(gazetteer, lower, starting) });
    from += n;
  }
  const docFlags = documentFlags(sentences);
  const out: ScoredSentence[] = new Array(sentences.length);
  from = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const n = s.entries.length;
    const to = from + n;
    scoreSentence(w, caches, s, docFlags, scores.subarray(from * TAG_COUNT, to * TAG_COUNT));
    const tokens = { length: n, wordKeys: wordKeys.subarray(from, to), shapeKeys: shapeKeys.subarray(from, to), lower: s.lower, capitalised: capitalised.subarray(from, to) };
    const staticScores = scores.subarray(from * TAG_COUNT, to * TAG_COUNT);
    out[k] = { features: tokens, staticScores, scored: s.scored, entries: s.entries, tagRows: cache, historyRows: NO_HISTORY_ROWS, historyOffsets: NO_HISTORY_OFFSETS };
    from = to;
  }
  return out;
}

/** Writes the static scores of a sentence's scored tokens to out (zeroed, TAG_COUNT per token; the others stay 0). */
function scoreSentence(w: TaggerWeights, caches: PredictionCaches, s: SentenceEntries, docFlags: Map<string, number>, out: Float32Array): void {
  const { entries, flags, lower, headline, gaz, scored } = s;
  const cache = caches.words;
  const vec = cache.vectors;
  const pad = cache.pad;
  const n = entries.length;
  if (lowerKey.length < n + 4) {
    lowerKey = new Uint32Array(2 * n + 4);
    shortKey = new Uint32Array(2 * n + 4);
    gazClasses = new Uint16Array(2 * n + 4);
  }
  // Keys are stored shifted by 2 so positions −2 … n+1 need no bounds checks.
  lowerKey[0] = shortKey[0] = PAD_KEYS.left2;
  lowerKey[1] = shortKey[1] = PAD_KEYS.left1;
  lowerKey[n + 2] = shortKey[n + 2] = PAD_KEYS.right1;
  lowerKey[n + 3] = shortKey[n + 3] = PAD_KEYS.right2;
  gazClasses[0] = gazClasses[n + 1] = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    lowerKey[i + 2] = cache.lowerKeys[e]!;
    shortKey[i + 2] = cache.shortKeys[e]!;
    const g = gaz.begin[i]! | gaz.inside[i]!;
    gazClasses[i + 1] = isLowerWord(flags[i]!) ? g & ~PROPER_MASK : g;
  }
  const quoteStart = startsWithQuote(s.words);
  // The word-form parts, entry by entry: each entry's vectors are read together (they sit side by
  // side), its own to its token, its neighbour vectors to the tokens around it.
  for (let i = 0; i < n; i++) {
    const base = entries[i]! * VECTORS_PER_WORD * TAG_COUNT;
    const o = i * TAG_COUNT;
    if (scored[i]) {
      addVector(out, o, vec, base + VEC.own * TAG_COUNT);
      if (positionCode(i, quoteStart) === 0) addVector(out, o, vec, base + VEC.shortPos0 * TAG_COUNT);
    }
    if (i + 1 < n && scored[i + 1]) addVector(out, o + TAG_COUNT, vec, base + VEC.asM1 * TAG_COUNT);
    if (i + 2 < n && scored[i + 2]) addVector(out, o + 2 * TAG_COUNT, vec, base + VEC.asM2 * TAG_COUNT);
    if (i >= 1 && scored[i - 1]) addVector(out, o - TAG_COUNT, vec, base + VEC.asP1 * TAG_COUNT);
    if (i >= 2 && scored[i - 2]) addVector(out, o - 2 * TAG_COUNT, vec, base + VEC.asP2 * TAG_COUNT);
  }
  // Past the sentence's ends, the padding.
  if (n > 0) {
    const last = (n - 1) * TAG_COUNT;
    if (scored[0]) addVector(out, 0, pad.m1, 0);
    if (scored[0]) addVector(out, 0, pad.m2Left2, 0);
    if (n > 1 && scored[1]) addVector(out, TAG_COUNT, pad.m2Left1, 0);
    if (scored[n - 1]) addVector(out, last, pad.p1, 0);
    if (scored[n - 1]) addVector(out, last, pad.p2Right2, 0);
    if (n > 1 && scored[n - 2]) addVector(out, last - TAG_COUNT, pad.p2Right1, 0);
  }
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue;
    const o = i * TAG_COUNT;
    const lk = lowerKey[i + 2]!, sk = shortKey[i + 2]!;
    const lm1 = lowerKey[i + 1]!, lp1 = lowerKey[i + 3]!;
    const sm1 = shortKey[i + 1]!, sp1 = shortKey[i + 3]!;
    const first = positionCode(i, quoteStart);
    if (first !== 0) addFeature(w, out, o, H.shortPos(sk, first));
    caches.shapes.addTo(out, o, sm1, sk, sp1);
    addFeature(w, out, o, H.bigramM1(lm1, lk));
    addFeature(w, out, o, H.bigramP1(lk, lp1));
    addFeature(w, out, o, H.lowerM1_short(lm1, sk));
    addFeature(w, out, o, H.short_lowerP1(sk, lp1));
    if (headline) addFeature(w, out, o, H.headline(sk, lk));
    const g = gazClasses[i + 1]!, gm1 = gazClasses[i]!, gp1 = gazClasses[i + 2]!;
    if (g | gm1 | gp1) {
      for (let b = 0; b < GAZ_CLASS_COUNT; b++) {
        const bit = 1 << b;
        if (g & bit) addFeature(w, out, o, H.gaz(b, (gaz.begin[i]! & bit) === 0));
        if (gm1 & bit) addFeature(w, out, o, H.gazM1(b));
        if (gp1 & bit) addFeature(w, out, o, H.gazP1(b));
      }
    }
    if (!isLowerWord(flags[i]!)) addFeature(w, out, o, H.doc(sk, first, (docFlags.get(lower[i]!) ?? 0) | (headline ? 16 : 0)));
  }
}
