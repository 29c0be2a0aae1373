// Emission scores of the attribution tagger, fast: the same features as lineFeatures (features.ts)
// and the same sums (the weights are integer tenths, so a sum is exact in any order), but without
// hashing every feature of every token. What depends on a word form alone (its hash, shape, cue and
// pronoun flags, the summed weights of its word, suffix, prefix, shape and quoted features, and the
// rows of its neighbour and cue-distance features) is resolved once per form and cached; the
// few-valued context features (name type, cue distances, quote, pronoun) are summed once per model
// into a table. Only the word pairs (previous + this, this + next), the shape pair and the rare
// quote-mark and cue-word features are hashed per token. No allocation per token.
import * as f from "./features.ts";
import type { FeatureContext } from "./features.ts";

const { hashText, mix, shape, distanceBin, isSpeechVerb, prefixHash, PRONOUNS, QUOTE_MARKS, TYPE_CODES } = f;

/** Tags of the tagger (kept in step with TAGS in tagger.ts). */
const T = 7;

/** What the fast emissions need of a model (see AttributionModel in tagger.ts). */
export interface EmissionWeights {
  cueWords: ReadonlySet<string>;
  /** Bucket → row of `weights`, or -1 for a bucket with no weights. */
  rowOf: Int32Array;
  /** Row × 7 weights. */
  weights: Int16Array;
  mask: number;
}

// Per word form: rows of mix(3, w), mix(4, w), mix(17, w), mix(18, w), mix(19, w, lb) and
// mix(20, w, rb) per bin; and its own vector for q = 1, 2 (below).
const R_AS_PREV = 0;
const R_AS_NEXT = 1;
const R_LEFT_CUE = 2;
const R_RIGHT_CUE = 3;
const R_LB = 4; // + BIN_SLOT[lb]
const R_RB = 11; // + BIN_SLOT[rb]
const STRIDE = 18;
/** Distance bins (1-6, 9 for none) → 0-6. */
const BINS = [1, 2, 3, 4, 5, 6, 9];
const BIN_SLOT = new Int32Array(10);
BINS.forEach((b, i) => (BIN_SLOT[b] = i));
/** Index of a context vector: name code (0-7) × left bin × right bin × quoted × pronoun. */
const contextIndex = (mcode: number, lb: number, rb: number, q: number, pronoun: number): number =>
  (((mcode * 7 + BIN_SLOT[lb]!) * 7 + BIN_SLOT[rb]!) * 2 + q - 1) * 2 + pronoun;

const CUE = 1;
const PRONOUN = 2;
const QUOTE_MARK = 4;
const SPEECH = 8;

/** Cache of word forms (token text → entry), cleared whole when full; plus per-line scratch. */
class Scorer {
  private readonly forms = new Map<string, number>();
  private size = 0;
  readonly hash: Int32Array;
  readonly flags: Uint8Array;
  readonly shape: Int32Array;
  readonly rows: Int32Array;
  /** Per form and q = 1, 2: the sum of its bias, word, suffix, shape, quoted, prefix and speech-verb weights. */
  readonly own: Float32Array;
  /** By contextIndex: the sum of the name code, cue distance, quoted-distance, pronoun and name-context weights. */
  readonly context: Float32Array;
  // Rows of the other context features, by value.
  readonly edgePrev: number;
  readonly edgeNext: number;
  readonly noLeftCue: number;
  readonly noRightCue: number;
  readonly sentenceFirst: number;
  readonly sentenceLast: number;
  readonly cueMention = new Int32Array(6);
  /** By namesBefore's code (type × 16 + bin). */
  readonly nameBefore = new Int32Array(64);
  /** Rows of the features that go into the own and context vectors. */
  private readonly bias: number;
  private readonly quoted = new Int32Array(3);
  private readonly speech = new Int32Array(3);
  // Scratch of one line, grown as needed.
  entries = new Int32Array(256);
  words = new Int32Array(260);
  cue = new Uint8Array(256);
  left = new Int32Array(256);
  right = new Int32Array(256);
  names = new Int32Array(256);
  /** Weight rows of one token's features, in feature order. */
  readonly list = new Int32Array(64);

  constructor(private readonly m: EmissionWeights, readonly capacity: number) {
    this.hash = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.shape = new Int32Array(capacity);
    this.rows = new Int32Array(capacity * STRIDE);
    this.own = new Float32Array(capacity * 2 * T);
    const row = (id: number): number => m.rowOf[id & m.mask]!;
    this.bias = row(mix(1));
    this.edgePrev = row(mix(3, 1));
    this.edgeNext = row(mix(4, 2));
    for (const q of [1, 2]) this.quoted[q] = row(mix(10, q));
    this.context = new Float32Array(8 * 7 * 7 * 2 * 2 * T);
    for (let mcode = 0; mcode < 8; mcode++) for (const l of BINS) for (const r of BINS) for (const q of [1, 2]) for (const pronoun of [0, 1]) {
      const ids = [mix(12, mcode), mix(13, l), mix(14, r), mix(15, l, r), mix(16, l, r, q)];
      if (pronoun) ids.push(mix(23, l, r));
      if (mcode >= 2) ids.push(mix(30, mcode >> 1, q, l, r));
      addRows(this.context, contextIndex(mcode, l, r, q, pronoun) * T, m, ids.map(row));
    }
    this.noLeftCue = row(mix(17, 0));
    this.noRightCue = row(mix(18, 0));
    this.sentenceFirst = row(mix(21));
    this.sentenceLast = row(mix(22));
    for (const named of [0, 1]) for (const q of [1, 2]) this.cueMention[named * 3 + q] = row(mix(27, named, q));
    for (const q of [1, 2]) this.speech[q] = row(mix(32, q));
    for (const type of [1, 2, 3]) for (let b = 1; b <= 6; b++) this.nameBefore[type * 16 + b] = row(mix(33, type * 16 + b));
  }

  /** Makes room for `n` new forms: clears the cache when it could fill up within a line. */
  reserve(n: number): void {
    if (this.size + n <= this.capacity) return;
    this.forms.clear();
    this.size = 0;
  }

  /** Entry of a token's form. Its lower case, word and capital flags are functions of its text (tokens.ts). */
  entry(text: string, lower: string, word: boolean, cap: boolean): number {
    const found = this.forms.get(text);
    if (found !== undefined) return found;
    const e = this.size++;
    this.forms.set(text, e);
    const m = this.m;
    const row = (id: number): number => m.rowOf[id & m.mask]!;
    const w = hashText(lower);
    const sh = shape(text, word, cap);
    this.hash[e] = w;
    this.shape[e] = sh;
    this.flags[e] = (m.cueWords.has(lower) ? CUE : 0) | (PRONOUNS.has(lower) ? PRONOUN : 0) | (QUOTE_MARKS.has(text) ? QUOTE_MARK : 0) | (isSpeechVerb(lower) ? SPEECH : 0);
    const r = e * STRIDE;
    const rows = this.rows;
    rows[r + R_AS_PREV] = row(mix(3, w));
    rows[r + R_AS_NEXT] = row(mix(4, w));
    rows[r + R_LEFT_CUE] = row(mix(17, w));
    rows[r + R_RIGHT_CUE] = row(mix(18, w));
    const own = [this.bias, row(mix(2, w)), row(mix(7, hashText(lower, Math.max(0, lower.length - 3)))), row(mix(8, sh)), row(mix(31, prefixHash(lower)))];
    for (const q of [1, 2]) {
      const base = (e * 2 + q - 1) * T;
      this.own.fill(0, base, base + T);
      addRows(this.own, base, m, [...own, this.quoted[q]!, row(mix(11, q, w)), this.flags[e]! & SPEECH ? this.speech[q]! : -1]);
    }
    for (let b = 0; b < BINS.length; b++) {
      rows[r + R_LB + b] = row(mix(19, w, BINS[b]!));
      rows[r + R_RB + b] = row(mix(20, w, BINS[b]!));
    }
    return e;
  }

  grow(n: number): void {
    if (this.entries.length >= n) return;
    const size = Math.max(n, this.entries.length * 2);
    this.entries = new Int32Array(size);
    this.words = new Int32Array(size + 4);
    this.cue = new Uint8Array(size);
    this.left = new Int32Array(size);
    this.right = new Int32Array(size);
    this.names = new Int32Array(size);
  }
}

/** Adds the weight rows (none: -1) to the 7 scores at `base`. */
function addRows(out: Float32Array, base: number, m: EmissionWeights, rows: readonly number[]): void {
  for (const row of rows) if (row >= 0) for (let y = 0; y < T; y++) out[base + y]! += m.weights[row * T + y]!;
}

const scorers = new WeakMap<EmissionWeights, Scorer>();

/** Word forms cached per model; about 8 MB. */
const CAPACITY = 1 << 16;

/**
 * The scores at `base`: the own vector at `own` plus the context vector at `context` plus the weight
 * rows list[0, count) (none: -1), summed in locals (integers: exact).
 */
function sumRows(emission: Float32Array, base: number, ownVectors: Float32Array, own: number, contexts: Float32Array, context: number, w: Int16Array, list: Int32Array, count: number): void {
  let a0 = ownVectors[own]! + contexts[context]!;
  let a1 = ownVectors[own + 1]! + contexts[context + 1]!;
  let a2 = ownVectors[own + 2]! + contexts[context + 2]!;
  let a3 = ownVectors[own + 3]! + contexts[context + 3]!;
  let a4 = ownVectors[own + 4]! + contexts[context + 4]!;
  let a5 = ownVectors[own + 5]! + contexts[context + 5]!;
  let a6 = ownVectors[own + 6]! + contexts[context + 6]!;
  for (let j = 0; j < count; j++) {
    const row = list[j]!;
    if (row < 0) continue;
    const o = row * T;
    a0 += w[o]!;
    a1 += w[o + 1]!;
    a2 += w[o + 2]!;
    a3 += w[o + 3]!;
    a4 += w[o + 4]!;
    a5 += w[o + 5]!;
    a6 += w[o + 6]!;
  }
  emission[base] = a0;
  emission[base + 1] = a1;
  emission[base + 2] = a2;
  emission[base + 3] = a3;
  emission[base + 4] = a4;
  emission[base + 5] = a5;
  emission[base + 6] = a6;
}

/**
 * Emission scores of tokens[first, last) (one line) into `emission` (≥ n × 7), the same
 * numbers as summing the weights of lineFeatures' ids. False when the line has more
 * tokens than the cache holds forms (the caller then sums lineFeatures itself).
 */
export function lineEmissions(m: EmissionWeights, ctx: Omit<FeatureContext, "cueWords">, first: number, last: number, emission: Float32Array): boolean {
  let s = scorers.get(m);
  if (!s) scorers.set(m, (s = new Scorer(m, CAPACITY)));
  const n = last - first;
  if (n > s.capacity) return false;
  s.reserve(n);
  s.grow(n);
  const t = ctx.layout.tokens;
  const sentences = ctx.layout.sentences;
  const quoted = ctx.quoted;
  const mentionAt = ctx.mentionAt;
  const { entries, words, cue, left, right, names, rows, hash, flags, list, own, context } = s;
  const shapes = s.shape;
  const mask = m.mask;
  const rowOf = m.rowOf;
  const w = m.weights;
  // Word hashes with two tokens of padding either side, as in lineFeatures.
  words[0] = words[1] = 1;
  words[n + 2] = words[n + 3] = 2;
  for (let i = 0; i < n; i++) {
    const tok = t[first + i]!;
    const e = s.entry(tok.text, tok.lower, tok.word, tok.cap);
    entries[i] = e;
    words[i + 2] = hash[e]!;
    cue[i] = !quoted[first + i] && (flags[e]! & CUE) !== 0 ? 1 : 0;
  }
  f.nearestCues(t, first, n, cue, left, right);
  f.namesBefore(ctx, first, n, names);
  for (let i = 0; i < n; i++) {
    const k = first + i;
    const base = i * T;
    const e = entries[i]!;
    const r = e * STRIDE;
    const wh = words[i + 2]!;
    const p = words[i + 1]!;
    const nx = words[i + 3]!;
    const mi = mentionAt[k]!;
    const mention = mi >= 0 ? ctx.mentions[mi]! : undefined;
    const mcode = mention ? TYPE_CODES[mention.type]! * 2 + (mention.firstToken === k ? 1 : 0) : 0;
    const q = quoted[k]! + 1;
    const sentence = sentences[t[k]!.sentence]!;
    const l = left[i]!;
    const rr = right[i]!;
    const lb = l < 0 ? 9 : distanceBin(i - l);
    const rb = rr < 0 ? 9 : distanceBin(rr - i);
    const sh = shapes[e]!;
    const psh = i === 0 ? 0 : shapes[entries[i - 1]!]!;
    const fl = flags[e]!;
    let c = 0;
    list[c++] = i === 0 ? s.edgePrev : rows[entries[i - 1]! * STRIDE + R_AS_PREV]!; // 3
    list[c++] = i === n - 1 ? s.edgeNext : rows[entries[i + 1]! * STRIDE + R_AS_NEXT]!; // 4
    list[c++] = rowOf[mix(5, p, wh) & mask]!;
    list[c++] = rowOf[mix(6, wh, nx) & mask]!;
    list[c++] = rowOf[mix(9, psh, sh) & mask]!;
    list[c++] = l < 0 ? s.noLeftCue : rows[entries[l]! * STRIDE + R_LEFT_CUE]!; // 17
    list[c++] = rr < 0 ? s.noRightCue : rows[entries[rr]! * STRIDE + R_RIGHT_CUE]!; // 18
    list[c++] = rows[r + R_LB + BIN_SLOT[lb]!]!; // 19
    list[c++] = rows[r + R_RB + BIN_SLOT[rb]!]!; // 20
    if (k === sentence.first) list[c++] = s.sentenceFirst; // 21
    if (k === sentence.last - 1) list[c++] = s.sentenceLast; // 22
    if (fl & QUOTE_MARK) list[c++] = rowOf[mix(24, q, p) & mask]!;
    if (cue[i]) {
      list[c++] = rowOf[mix(25, p) & mask]!;
      list[c++] = rowOf[mix(26, nx) & mask]!;
      list[c++] = s.cueMention[(mention ? 3 : 0) + q]!; // 27
      list[c++] = rowOf[mix(28, words[i]!, p, wh) & mask]!;
      list[c++] = rowOf[mix(29, wh, nx, words[i + 4]!) & mask]!;
    }
    if (names[i]) list[c++] = s.nameBefore[names[i]!]!; // 33
    // Own vector: 1, 2, 7, 8, 10, 11, 31, 32; context vector: 12-16, 23, 30.
    const ownAt = (e * 2 + q - 1) * T;
    const contextAt = contextIndex(mcode, lb, rb, q, fl & PRONOUN ? 1 : 0) * T;
    sumRows(emission, base, own, ownAt, context, contextAt, w, list, c);
  }
  return true;
}
