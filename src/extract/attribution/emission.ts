// Emission scores of the attribution tagger, fast: the same features as lineFeatures (features.ts)
// summed in the same order into float32, so the scores are identical bit for bit, but without
// hashing every feature of every token. What depends on a word form alone (its hash, shape, cue and
// pronoun flags, and the weight rows of its word, suffix, neighbour, quoted and cue-distance
// features) is resolved once per form and cached; the rows of the few-valued context features
// (quote, name type, cue distances, sentence edges) are resolved once per model. Only the word
// pairs (previous + this, this + next), the shape pair and the rare quote-mark and cue-word
// features are hashed per token. No allocation per token.
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
  weights: Float32Array;
  mask: number;
}

// Per word form: rows of mix(2, w), mix(3, w), mix(4, w), mix(7, suffix), mix(8, shape),
// mix(11, q, w) for q = 1, 2, mix(17, w), mix(18, w), mix(19, w, lb) and mix(20, w, rb) per bin.
const R_WORD = 0;
const R_AS_PREV = 1;
const R_AS_NEXT = 2;
const R_SUFFIX = 3;
const R_SHAPE = 4;
const R_QUOTED = 5; // + q - 1
const R_LEFT_CUE = 7;
const R_RIGHT_CUE = 8;
const R_LB = 9; // + BIN_SLOT[lb]
const R_RB = 16; // + BIN_SLOT[rb]
const R_PREFIX = 23;
const STRIDE = 24;
/** Distance bins (1-6, 9 for none) → 0-6. */
const BINS = [1, 2, 3, 4, 5, 6, 9];
const BIN_SLOT = new Int32Array(10);
BINS.forEach((b, i) => (BIN_SLOT[b] = i));

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
  // Rows of the context features, by value.
  readonly bias: number;
  readonly edgePrev: number;
  readonly edgeNext: number;
  readonly quoted = new Int32Array(3);
  readonly mcode = new Int32Array(8);
  readonly lb = new Int32Array(10);
  readonly rb = new Int32Array(10);
  readonly lbRb = new Int32Array(100);
  readonly lbRbQ = new Int32Array(300);
  readonly noLeftCue: number;
  readonly noRightCue: number;
  readonly sentenceFirst: number;
  readonly sentenceLast: number;
  readonly pronoun = new Int32Array(100);
  readonly cueMention = new Int32Array(6);
  readonly mention = new Int32Array(1200);
  readonly speech = new Int32Array(3);
  /** By namesBefore's code (type × 16 + bin). */
  readonly nameBefore = new Int32Array(64);
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
    const row = (id: number): number => m.rowOf[id & m.mask]!;
    this.bias = row(mix(1));
    this.edgePrev = row(mix(3, 1));
    this.edgeNext = row(mix(4, 2));
    for (const q of [1, 2]) this.quoted[q] = row(mix(10, q));
    for (let c = 0; c < 8; c++) this.mcode[c] = row(mix(12, c));
    for (const l of BINS) {
      this.lb[l] = row(mix(13, l));
      this.rb[l] = row(mix(14, l));
      for (const r of BINS) {
        this.lbRb[l * 10 + r] = row(mix(15, l, r));
        this.pronoun[l * 10 + r] = row(mix(23, l, r));
        for (const q of [1, 2]) {
          this.lbRbQ[(l * 10 + r) * 3 + q] = row(mix(16, l, r, q));
          for (const type of [1, 2, 3]) this.mention[((type * 10 + l) * 10 + r) * 3 + q] = row(mix(30, type, q, l, r));
        }
      }
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
    rows[r + R_WORD] = row(mix(2, w));
    rows[r + R_AS_PREV] = row(mix(3, w));
    rows[r + R_AS_NEXT] = row(mix(4, w));
    rows[r + R_SUFFIX] = row(mix(7, hashText(lower, Math.max(0, lower.length - 3))));
    rows[r + R_SHAPE] = row(mix(8, sh));
    rows[r + R_QUOTED] = row(mix(11, 1, w));
    rows[r + R_QUOTED + 1] = row(mix(11, 2, w));
    rows[r + R_LEFT_CUE] = row(mix(17, w));
    rows[r + R_RIGHT_CUE] = row(mix(18, w));
    rows[r + R_PREFIX] = row(mix(31, prefixHash(lower)));
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

const scorers = new WeakMap<EmissionWeights, Scorer>();

/** Word forms cached per model; about 7 MB. */
const CAPACITY = 1 << 16;

/**
 * Adds the weight rows list[0, count) (none: -1), in order, to the 7 float32 scores at `base`
 * (`emission[base + y] += w[row·7 + y]`), the sums kept in locals: Math.fround after each addition gives the same floats.
 */
function sumRows(emission: Float32Array, base: number, w: Float32Array, list: Int32Array, count: number): void {
  let a0 = emission[base]!;
  let a1 = emission[base + 1]!;
  let a2 = emission[base + 2]!;
  let a3 = emission[base + 3]!;
  let a4 = emission[base + 4]!;
  let a5 = emission[base + 5]!;
  let a6 = emission[base + 6]!;
  for (let j = 0; j < count; j++) {
    const row = list[j]!;
    if (row < 0) continue;
    const o = row * T;
    a0 = Math.fround(a0 + w[o]!);
    a1 = Math.fround(a1 + w[o + 1]!);
    a2 = Math.fround(a2 + w[o + 2]!);
    a3 = Math.fround(a3 + w[o + 3]!);
    a4 = Math.fround(a4 + w[o + 4]!);
    a5 = Math.fround(a5 + w[o + 5]!);
    a6 = Math.fround(a6 + w[o + 6]!);
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
 * Emission scores of tokens[first, last) (one line) into `emission` (zeroed, ≥ n × 7), the same
 * floats as summing the weights of lineFeatures' ids in order. False when the line has more
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
  const { entries, words, cue, left, right, names, rows, hash, flags, list } = s;
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
    let c = 0;
    list[c++] = s.bias; // 1
    list[c++] = rows[r + R_WORD]!; // 2
    list[c++] = i === 0 ? s.edgePrev : rows[entries[i - 1]! * STRIDE + R_AS_PREV]!; // 3
    list[c++] = i === n - 1 ? s.edgeNext : rows[entries[i + 1]! * STRIDE + R_AS_NEXT]!; // 4
    list[c++] = rowOf[mix(5, p, wh) & mask]!;
    list[c++] = rowOf[mix(6, wh, nx) & mask]!;
    list[c++] = rows[r + R_SUFFIX]!; // 7
    list[c++] = rows[r + R_SHAPE]!; // 8
    list[c++] = rowOf[mix(9, psh, sh) & mask]!;
    list[c++] = s.quoted[q]!; // 10
    list[c++] = rows[r + R_QUOTED + q - 1]!; // 11
    list[c++] = s.mcode[mcode]!; // 12
    list[c++] = s.lb[lb]!; // 13
    list[c++] = s.rb[rb]!; // 14
    list[c++] = s.lbRb[lb * 10 + rb]!; // 15
    list[c++] = s.lbRbQ[(lb * 10 + rb) * 3 + q]!; // 16
    list[c++] = l < 0 ? s.noLeftCue : rows[entries[l]! * STRIDE + R_LEFT_CUE]!; // 17
    list[c++] = rr < 0 ? s.noRightCue : rows[entries[rr]! * STRIDE + R_RIGHT_CUE]!; // 18
    list[c++] = rows[r + R_LB + BIN_SLOT[lb]!]!; // 19
    list[c++] = rows[r + R_RB + BIN_SLOT[rb]!]!; // 20
    if (k === sentence.first) list[c++] = s.sentenceFirst; // 21
    if (k === sentence.last - 1) list[c++] = s.sentenceLast; // 22
    const fl = flags[e]!;
    if (fl & PRONOUN) list[c++] = s.pronoun[lb * 10 + rb]!; // 23
    if (fl & QUOTE_MARK) list[c++] = rowOf[mix(24, q, p) & mask]!;
    if (cue[i]) {
      list[c++] = rowOf[mix(25, p) & mask]!;
      list[c++] = rowOf[mix(26, nx) & mask]!;
      list[c++] = s.cueMention[(mention ? 3 : 0) + q]!; // 27
      list[c++] = rowOf[mix(28, words[i]!, p, wh) & mask]!;
      list[c++] = rowOf[mix(29, wh, nx, words[i + 4]!) & mask]!;
    }
    if (mention) list[c++] = s.mention[(((mcode >> 1) * 10 + lb) * 10 + rb) * 3 + q]!; // 30
    list[c++] = rows[r + R_PREFIX]!; // 31
    if (fl & SPEECH) list[c++] = s.speech[q]!; // 32
    if (names[i]) list[c++] = s.nameBefore[names[i]!]!; // 33
    sumRows(emission, base, w, list, c);
  }
  return true;
}
