// Features of a token in its sentence and document, as 32-bit hashes. Only the words themselves
// are read (never POS or chunk columns: raw text has none). Static features are computed once per
// document; the features that depend on the previous predicted tags are added by the decoder from
// the per-token keys kept here (see tag-history.ts).
import { MAX_CLUSTER_LEVELS, type WordClusters } from "./clusters.ts";
import { GAZETTEER_CLASSES, PROPER_MASK, matchGazetteer, type Gazetteer } from "./gazetteer.ts";
import * as hash from "./hash.ts";

// Local bindings: under tsx's CommonJS transform every call through an import goes via a getter.
const { combine, fmix32, hashString, stringKey, templateSeed } = hash;

export interface FeatureResources {
  gazetteer: Gazetteer;
  /** GloVe word clusters (clusters.ts); NO_CLUSTERS for a model trained without them. */
  clusters: WordClusters;
}

/** What the decoder's tag-history features read of each token of a sentence. */
export interface TokenKeys {
  length: number;
  /** Per-token keys the decoder combines with the previous tag. */
  wordKeys: Uint32Array;
  shapeKeys: Uint32Array;
  /** Lowercase tokens, and whether each token is written with a capital (for the document's tag history). */
  lower: readonly string[];
  capitalised: Uint8Array;
}

/** The static features of one sentence, flat: token i owns hashes[offsets[i], offsets[i + 1]). */
export interface SentenceFeatures extends TokenKeys {
  length: number;
  words: readonly string[];
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** Token i's features of the word alone (no context) are hashes[offsets[i], ownEnd[i]). */
  ownEnd: Uint32Array;
  /** Hash of each token as written (the key of caches of per-word scores). */
  formKeys: Uint32Array;
  /** Per-token keys the decoder combines with the previous tag. */
  wordKeys: Uint32Array;
  shapeKeys: Uint32Array;
  /** Lowercase tokens, and whether each token is written with a capital (for the document's tag history). */
  lower: readonly string[];
  capitalised: Uint8Array;
}

// Template ids: part of the model's identity (changing them invalidates saved models).
let nextTemplate = 0;
const T = {
  bias: nextTemplate++, word: nextTemplate++, lower: nextTemplate++, shape: nextTemplate++, short: nextTemplate++,
  prefix: nextTemplate++, suffix: nextTemplate++, shortPos: nextTemplate++, headline: nextTemplate++,
  lowerM1: nextTemplate++, lowerP1: nextTemplate++, lowerM2: nextTemplate++, lowerP2: nextTemplate++,
  shortM1: nextTemplate++, shortP1: nextTemplate++, shortM2: nextTemplate++, shortP2: nextTemplate++,
  shapeM1_0: nextTemplate++, shape0_P1: nextTemplate++, shapeM1_0_P1: nextTemplate++,
  bigramM1: nextTemplate++, bigramP1: nextTemplate++, lowerM1_short: nextTemplate++, short_lowerP1: nextTemplate++,
  gaz: nextTemplate++, gazM1: nextTemplate++, gazP1: nextTemplate++, doc: nextTemplate++,
  prev1: nextTemplate++, prev12: nextTemplate++, prev1Word: nextTemplate++, prev1Shape: nextTemplate++,
  wordKey: nextTemplate++, shapeKey: nextTemplate++, historyMajority: nextTemplate++, historySeen: nextTemplate++,
  cluster: nextTemplate++, clusterM1: nextTemplate++, clusterP1: nextTemplate++,
};
export const FEATURE_TEMPLATE_COUNT = nextTemplate;

// Case flags of a token, read off its characters once.
export const HAS_UPPER = 1, HAS_LOWER = 2, UPPER_START = 4;
export const isLowerWord = (f: number) => (f & (HAS_UPPER | HAS_LOWER)) === HAS_LOWER;
const isAllCaps = (f: number) => (f & (HAS_UPPER | HAS_LOWER)) === HAS_UPPER;

/** One pass over a word: its shape (runs capped at 4), short shape (runs collapsed) and case flags. */
export function analyseWord(w: string): { shape: string; short: string; flags: number } {
  let shape = "", short = "", last = -1, run = 0, flags = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: number; // 88 X, 120 x, 100 d, else the character itself
    if (c >= 65 && c <= 90) k = 88;
    else if (c >= 97 && c <= 122) k = 120;
    else if (c >= 48 && c <= 57) k = 100;
    else if (c > 127) {
      const ch = w[i]!;
      k = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    } else k = c;
    if (k === 88) flags |= i === 0 ? HAS_UPPER | UPPER_START : HAS_UPPER;
    else if (k === 120) flags |= HAS_LOWER;
    if (k === last) run++;
    else {
      run = 1;
      short += String.fromCharCode(k);
    }
    last = k;
    if (run <= 4) shape += String.fromCharCode(k);
  }
  return { shape, short, flags };
}

/** Word shape with runs capped at 4: "Barzani" → "Xxxxx", "1996-08-22" → "dddd-dd-dd". */
export function wordShape(w: string): string {
  return analyseWord(w).shape;
}

/** Shape with every run collapsed: "Barzani" → "Xx", "1996-08-22" → "d-d-d". */
export function shortWordShape(w: string): string {
  return analyseWord(w).short;
}

/** A sentence written in capitals (a headline, a dateline): case tells little there. */
export function isHeadline(flags: Uint8Array): boolean {
  let caps = 0;
  let cased = 0;
  for (let i = 0; i < flags.length; i++) {
    if (!(flags[i]! & (HAS_UPPER | HAS_LOWER))) continue;
    cased++;
    if (isAllCaps(flags[i]!)) caps++;
  }
  return cased > 0 && caps / cased > 0.6;
}

// Document flags of a word: how the same word is written and surrounded elsewhere in the document.
const DOC_LOWER = 1, DOC_CAPITAL_MID = 2, DOC_AFTER_NAME_CUE = 4, DOC_BEFORE_ORG = 8;
const BIT = (name: (typeof GAZETTEER_CLASSES)[number]) => 1 << GAZETTEER_CLASSES.indexOf(name);
const NAME_CUE = BIT("title") | BIT("firstName");
const ORG_CUE = BIT("orgSuffix");

/** What the document flags read of a sentence: case flags, lowercase forms, gazetteer matches. */
export interface SentenceCase {
  lower: readonly string[];
  flags: Uint8Array;
  headline: boolean;
  gaz: { begin: Uint16Array; inside: Uint16Array };
}

interface SentenceInfo extends SentenceCase {
  words: readonly string[];
  lower: string[];
  shapes: string[];
  shorts: string[];
}

function analyseSentence(words: readonly string[], gazetteer: Gazetteer): SentenceInfo {
  const n = words.length;
  const lower: string[] = new Array(n);
  const shapes: string[] = new Array(n);
  const shorts: string[] = new Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const a = analyseWord(w);
    shapes[i] = a.shape;
    shorts[i] = a.short;
    flags[i] = a.flags;
    lower[i] = a.flags & HAS_UPPER ? w.toLowerCase() : w;
  }
  return { words, lower, shapes, shorts, flags, headline: isHeadline(flags), gaz: matchGazetteer(gazetteer, lower) };
}

export function documentFlags(sentences: readonly SentenceCase[]): Map<string, number> {
  const flags = new Map<string, number>();
  for (const s of sentences) {
    const n = s.flags.length;
    for (let i = 0; i < n; i++) {
      const f = s.flags[i]!;
      const upperStart = (f & UPPER_START) !== 0;
      let add = 0;
      if (isLowerWord(f)) add |= DOC_LOWER;
      else if (i > 0 && !s.headline && upperStart && !isAllCaps(f)) add |= DOC_CAPITAL_MID;
      if (i > 0 && ((s.gaz.begin[i - 1]! | s.gaz.inside[i - 1]!) & NAME_CUE) && upperStart) add |= DOC_AFTER_NAME_CUE;
      if (i + 1 < n && (s.gaz.begin[i + 1]! & ORG_CUE) && upperStart) add |= DOC_BEFORE_ORG;
      if (add) flags.set(s.lower[i]!, (flags.get(s.lower[i]!) ?? 0) | add);
    }
  }
  return flags;
}

const PAD_LEFT = [stringKey("<S>"), stringKey("<S2>")];
const PAD_RIGHT = [stringKey("</S>"), stringKey("</S2>")];
let scratch = new Uint32Array(4096);
/** An upper bound: 21 fixed, 8 affixes, headline, 27 gazetteer, document, clusters. */
const MAX_FEATURES_PER_TOKEN = 21 + 8 + 1 + 3 * GAZETTEER_CLASSES.length + 1 + 3 * MAX_CLUSTER_LEVELS;
/** Each template's hash seed (tag-history.ts uses the history ones). */
export const SEED = Object.fromEntries(Object.entries(T).map(([k, t]) => [k, templateSeed(t)])) as Record<keyof typeof T, number>;

/** Static features of every token of a document given as sentences of CoNLL-like tokens. */
export function documentFeatures(doc: readonly (readonly string[])[], res: FeatureResources): SentenceFeatures[] {
  const infos: SentenceInfo[] = [];
  for (const words of doc) infos.push(analyseSentence(words, res.gazetteer));
  const flags = documentFlags(infos);
  const out: SentenceFeatures[] = [];
  for (const info of infos) out.push(sentenceFeatures(info, flags, res.clusters));
  return out;
}

// The feature templates as hash functions of per-token keys (lk: lowercase word, sk: short shape),
// shared by training (sentenceFeatures) and prediction (static-scores.ts), so both hash alike.
export const contextHash = {
  shortPos: (sk: number, first: number) => combine(combine(SEED.shortPos, sk), first),
  lowerM1: (lk: number) => combine(SEED.lowerM1, lk),
  lowerP1: (lk: number) => combine(SEED.lowerP1, lk),
  lowerM2: (lk: number) => combine(SEED.lowerM2, lk),
  lowerP2: (lk: number) => combine(SEED.lowerP2, lk),
  shortM1: (sk: number) => combine(SEED.shortM1, sk),
  shortP1: (sk: number) => combine(SEED.shortP1, sk),
  shortM2: (sk: number) => combine(SEED.shortM2, sk),
  shortP2: (sk: number) => combine(SEED.shortP2, sk),
  shapeM1_0: (sm1: number, sk: number) => combine(combine(SEED.shapeM1_0, sm1), sk),
  shape0_P1: (sk: number, sp1: number) => combine(combine(SEED.shape0_P1, sk), sp1),
  shapeM1_0_P1: (sm1: number, sk: number, sp1: number) => combine(combine(combine(SEED.shapeM1_0_P1, sm1), sk), sp1),
  bigramM1: (lm1: number, lk: number) => combine(combine(SEED.bigramM1, lm1), lk),
  bigramP1: (lk: number, lp1: number) => combine(combine(SEED.bigramP1, lk), lp1),
  lowerM1_short: (lm1: number, sk: number) => combine(combine(SEED.lowerM1_short, lm1), sk),
  short_lowerP1: (sk: number, lp1: number) => combine(combine(SEED.short_lowerP1, sk), lp1),
  headline: (sk: number, lk: number) => combine(combine(SEED.headline, sk), lk),
  gaz: (cls: number, inside: boolean) => combine(SEED.gaz, cls * 2 + (inside ? 1 : 0)),
  gazM1: (cls: number) => combine(SEED.gazM1, cls),
  gazP1: (cls: number) => combine(SEED.gazP1, cls),
  doc: (sk: number, first: number, flags: number) => combine(combine(combine(SEED.doc, sk), first), flags),
  wordKey: (lk: number) => combine(SEED.wordKey, lk),
  shapeKey: (sk: number) => combine(SEED.shapeKey, sk),
  clusterM1: (level: number, c: number) => combine(combine(SEED.clusterM1, level), c),
  clusterP1: (level: number, c: number) => combine(combine(SEED.clusterP1, level), c),
};
const H = contextHash;

/** Keys of the sentence padding (<S2> <S> … </S> </S2>), which stand in for both lowercase and shape keys. */
export const PAD_KEYS = { left2: PAD_LEFT[1]!, left1: PAD_LEFT[0]!, right1: PAD_RIGHT[0]!, right2: PAD_RIGHT[1]! };

/**
 * A lowercase token's cluster at each level, as feature values. Clusters hold words only: a word
 * none holds (a rare one) gets the value after the level's last, a token without letters the next.
 */
export function clusterValues(clusters: WordClusters, l: string): number[] {
  const c = clusters.finest.get(l);
  if (c !== undefined) return clusters.levels.map((_, level) => clusters.byLevel[level]![c]!);
  const unknown = /\p{L}/u.test(l) ? 0 : 1;
  return clusters.levels.map((k) => k + unknown);
}

/**
 * The features of a word alone (bias, form, lowercase, shape, short shape, affixes of up to 4
 * characters, its clusters), written to out from `len`; returns the new length. Their sum is a per-word constant.
 */
export function writeOwnFeatures(w: string, l: string, shape: string, lk: number, sk: number, clusters: readonly number[], out: Uint32Array, len: number): number {
  out[len++] = SEED.bias;
  out[len++] = hashString(T.word, w);
  out[len++] = combine(SEED.lower, lk);
  out[len++] = hashString(T.shape, shape);
  out[len++] = combine(SEED.short, sk);
  // Affixes: FNV states grown one character at a time.
  let pre = SEED.prefix, suf = SEED.suffix;
  for (let k = 1; k <= 4 && k <= l.length; k++) {
    pre = Math.imul(pre ^ l.charCodeAt(k - 1), 0x01000193);
    suf = Math.imul(suf ^ l.charCodeAt(l.length - k), 0x01000193);
    out[len++] = fmix32(pre);
    out[len++] = fmix32(suf);
  }
  for (let level = 0; level < clusters.length; level++) out[len++] = combine(combine(SEED.cluster, level), clusters[level]!);
  return len;
}

/** Position code of token i for the templates that care: 1 first token, 2 first word after an opening quote. */
export function positionCode(i: number, quoteStart: boolean): number {
  return i === 0 ? 1 : i === 1 && quoteStart ? 2 : 0;
}

/** A sentence opening with a quote, bracket or dash (its first word then counts as first too). */
export const startsWithQuote = (words: readonly string[]): boolean => words.length > 0 && /^["'(`-]/.test(words[0]!);

/** Most features a token can have; the own features are at most 5 + 8 + the cluster levels of them. */
export const MAX_OWN_FEATURES = 13 + MAX_CLUSTER_LEVELS;

// Hashes are built from per-token string keys combined with template seeds, so each string is
// read once per sentence however many templates use it.
function sentenceFeatures(info: SentenceInfo, docFlags: Map<string, number>, clusters: WordClusters): SentenceFeatures {
  const { words, lower, shapes, shorts, flags, headline, gaz } = info;
  const n = words.length;
  const lowerKey = new Uint32Array(n + 4);
  const shortKey = new Uint32Array(n + 4);
  const gazClasses = new Uint16Array(n + 2);
  const capitalised = new Uint8Array(n);
  // Written straight into a typed array (hashes above 2^30 would be boxed in a plain array),
  // a scratch buffer reused across sentences; the result is a copy of the part used.
  if (scratch.length < n * MAX_FEATURES_PER_TOKEN) scratch = new Uint32Array(n * MAX_FEATURES_PER_TOKEN * 2);
  const out = scratch;
  let len = 0;
  const offsets = new Uint32Array(n + 1);
  const ownEnd = new Uint32Array(n);
  const formKeys = new Uint32Array(n);
  const wordKeys = new Uint32Array(n);
  const shapeKeys = new Uint32Array(n);
  // Keys are stored shifted by 2 so positions −2 … n+1 need no bounds checks.
  lowerKey[0] = shortKey[0] = PAD_LEFT[1]!;
  lowerKey[1] = shortKey[1] = PAD_LEFT[0]!;
  lowerKey[n + 2] = shortKey[n + 2] = PAD_RIGHT[0]!;
  lowerKey[n + 3] = shortKey[n + 3] = PAD_RIGHT[1]!;
  for (let i = 0; i < n; i++) {
    lowerKey[i + 2] = stringKey(lower[i]!);
    shortKey[i + 2] = stringKey(shorts[i]!);
    capitalised[i] = flags[i]! & UPPER_START ? 1 : 0;
    const g = gaz.begin[i]! | gaz.inside[i]!;
    gazClasses[i + 1] = isLowerWord(flags[i]!) ? g & ~PROPER_MASK : g;
  }
  const quoteStart = startsWithQuote(words);
  const clusterOf = lower.map((l) => clusterValues(clusters, l));
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    const w = words[i]!;
    const l = lower[i]!;
    const lk = lowerKey[i + 2]!, sk = shortKey[i + 2]!;
    const lm1 = lowerKey[i + 1]!, lp1 = lowerKey[i + 3]!;
    const sm1 = shortKey[i + 1]!, sp1 = shortKey[i + 3]!;
    const first = positionCode(i, quoteStart);
    // The word's own features first (they depend on nothing else, so a decoder may cache their sum).
    len = writeOwnFeatures(w, l, shapes[i]!, lk, sk, clusterOf[i]!, out, len);
    formKeys[i] = out[offsets[i]! + 1]!;
    ownEnd[i] = len;
    out[len++] = H.shortPos(sk, first);
    out[len++] = H.lowerM1(lm1);
    out[len++] = H.lowerP1(lp1);
    out[len++] = H.lowerM2(lowerKey[i]!);
    out[len++] = H.lowerP2(lowerKey[i + 4]!);
    out[len++] = H.shortM1(sm1);
    out[len++] = H.shortP1(sp1);
    out[len++] = H.shortM2(shortKey[i]!);
    out[len++] = H.shortP2(shortKey[i + 4]!);
    out[len++] = H.shapeM1_0(sm1, sk);
    out[len++] = H.shape0_P1(sk, sp1);
    out[len++] = H.shapeM1_0_P1(sm1, sk, sp1);
    out[len++] = H.bigramM1(lm1, lk);
    out[len++] = H.bigramP1(lk, lp1);
    out[len++] = H.lowerM1_short(lm1, sk);
    out[len++] = H.short_lowerP1(sk, lp1);
    if (i > 0) clusterOf[i - 1]!.forEach((c, level) => (out[len++] = H.clusterM1(level, c)));
    if (i + 1 < n) clusterOf[i + 1]!.forEach((c, level) => (out[len++] = H.clusterP1(level, c)));
    if (headline) out[len++] = H.headline(sk, lk);
    const g = gazClasses[i + 1]!, gm1 = gazClasses[i]!, gp1 = gazClasses[i + 2]!;
    if (g | gm1 | gp1) {
      for (let b = 0; b < GAZETTEER_CLASSES.length; b++) {
        const bit = 1 << b;
        if (g & bit) out[len++] = H.gaz(b, (gaz.begin[i]! & bit) === 0);
        if (gm1 & bit) out[len++] = H.gazM1(b);
        if (gp1 & bit) out[len++] = H.gazP1(b);
      }
    }
    if (!isLowerWord(flags[i]!)) {
      const f = docFlags.get(l) ?? 0;
      out[len++] = H.doc(sk, first, f | (headline ? 16 : 0));
    }
    wordKeys[i] = H.wordKey(lk);
    shapeKeys[i] = H.shapeKey(sk);
  }
  offsets[n] = len;
  return { length: n, words, hashes: out.slice(0, len), offsets, ownEnd, formKeys, wordKeys, shapeKeys, lower, capitalised };
}
