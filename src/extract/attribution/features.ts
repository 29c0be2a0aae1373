// Token features of the attribution tagger, the same for training (scripts/train-attribution.ts)
// and tagging: words around the token, its shape, whether it is quoted or part of a name, and how
// far the nearest cue word (learnt from PolNeAR train) is on either side within the sentence (the
// content of "said" follows it, the source precedes it), whether it is a verb of saying the rules know,
// and how far back the nearest name is. Features are hashed numbers, never strings:
// building and looking up ~30 strings per token cost more than the rest of claim extraction.
import { speechActFromCue } from "../cues.ts";
import type { TextLayout } from "../tokens.ts";
import type { RawMention } from "../types.ts";

/** What the features read beside the tokens: quoted tokens, names, the cue-word list. */
export interface FeatureContext {
  layout: TextLayout;
  mentions: readonly RawMention[];
  /** Token index → mention index, or -1. */
  mentionAt: Int32Array;
  /** Token index → 1 when inside a quote. */
  quoted: Uint8Array;
  cueWords: ReadonlySet<string>;
}

/** At most this many features per token. */
export const MAX_FEATURES = 36;

export const PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i", "you", "who", "his", "her", "their"]);
export const QUOTE_MARKS: ReadonlySet<string> = new Set(["“", "”", "\"", "«", "»", "‘", "’", "'"]);
export const TYPE_CODES: Record<string, number> = { Person: 1, Group: 2, Place: 3 };

/** FNV-1a of a string's UTF-16 units from `from`. */
export function hashText(s: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Order-sensitive mix of a template id and its values into one 32-bit feature. */
export function mix(template: number, a = 0, b = 0, c = 0, d = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ d, 0x85ebca6b);
  h ^= h >>> 16;
  return h >>> 0;
}

export function shape(text: string, word: boolean, cap: boolean): number {
  if (!word) return text.length === 1 ? 100 + text.charCodeAt(0) : 1;
  if (text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57) return 2;
  return cap ? (text.length > 1 && text === text.toUpperCase() ? 3 : 4) : 5;
}

export function distanceBin(d: number): number {
  return d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6;
}

/** A verb of saying the claim rules know (cues.ts): generalises beyond the cue words seen in training. */
export function isSpeechVerb(lower: string): boolean {
  return speechActFromCue(lower) !== undefined;
}

/** The first four letters: "denounc" of an unseen "denouncing" shares the weights of "denounced". */
export function prefixHash(lower: string): number {
  return hashText(lower.length > 4 ? lower.slice(0, 4) : lower);
}

/**
 * For each of the n tokens from `first`: type code (TYPE_CODES) × 16 + distance bin of the nearest
 * unquoted name ending before it in its sentence, or 0: the source of a cue is usually a name before it.
 */
export function namesBefore(ctx: Omit<FeatureContext, "cueWords">, first: number, n: number, out: Int32Array): void {
  const t = ctx.layout.tokens;
  let type = 0;
  let end = -1;
  for (let i = 0; i < n; i++) {
    const k = first + i;
    if (i > 0 && t[k]!.sentence !== t[k - 1]!.sentence) type = 0;
    out[i] = type === 0 ? 0 : type * 16 + distanceBin(k - end + 1);
    const m = ctx.mentionAt[k]!;
    if (m >= 0 && !ctx.quoted[k] && ctx.mentions[m]!.lastToken === k + 1) {
      type = TYPE_CODES[ctx.mentions[m]!.type] ?? 0;
      end = k;
    }
  }
}

/** For each of the n tokens from `first`: the index of the nearest cue token left and right of it in its sentence (-1: none). */
export function nearestCues(t: TextLayout["tokens"], first: number, n: number, cue: Uint8Array, left: Int32Array, right: Int32Array): void {
  for (let i = 0, seen = -1; i < n; i++) {
    if (i > 0 && t[first + i]!.sentence !== t[first + i - 1]!.sentence) seen = -1;
    left[i] = seen;
    if (cue[i]) seen = i;
  }
  for (let i = n - 1, seen = -1; i >= 0; i--) {
    if (i < n - 1 && t[first + i]!.sentence !== t[first + i + 1]!.sentence) seen = -1;
    right[i] = seen;
    if (cue[i]) seen = i;
  }
}

/** Features of tokens[first, last) (one line of text): `ids[k * MAX_FEATURES + i]` for i < `counts[k]`. */
export function lineFeatures(ctx: FeatureContext, first: number, last: number): { ids: Uint32Array; counts: Uint8Array } {
  const t = ctx.layout.tokens;
  const n = last - first;
  // Word hashes with two tokens of padding either side; 1 and 2 stand for the line's edges.
  const words = new Uint32Array(n + 4);
  words[0] = words[1] = 1;
  words[n + 2] = words[n + 3] = 2;
  const cue = new Uint8Array(n);
  for (let k = first; k < last; k++) {
    words[k - first + 2] = hashText(t[k]!.lower);
    cue[k - first] = !ctx.quoted[k] && ctx.cueWords.has(t[k]!.lower) ? 1 : 0;
  }
  // Nearest cue word left and right of each token within its sentence (-1: none).
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  nearestCues(t, first, n, cue, left, right);
  const names = new Int32Array(n);
  namesBefore(ctx, first, n, names);
  const ids = new Uint32Array(n * MAX_FEATURES);
  const counts = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = first + i;
    const tok = t[k]!;
    const w = words[i + 2]!;
    const p = words[i + 1]!;
    const nx = words[i + 3]!;
    const m = ctx.mentionAt[k]!;
    const mention = m >= 0 ? ctx.mentions[m]! : undefined;
    const mcode = mention ? TYPE_CODES[mention.type]! * 2 + (mention.firstToken === k ? 1 : 0) : 0;
    const q = ctx.quoted[k]! + 1;
    const sentence = ctx.layout.sentences[tok.sentence]!;
    const l = left[i]!;
    const r = right[i]!;
    const lb = l < 0 ? 9 : distanceBin(i - l);
    const rb = r < 0 ? 9 : distanceBin(r - i);
    const sh = shape(tok.text, tok.word, tok.cap);
    const prev = t[k - 1];
    const psh = i === 0 || !prev ? 0 : shape(prev.text, prev.word, prev.cap);
    let c = i * MAX_FEATURES;
    ids[c++] = mix(1); ids[c++] = mix(2, w); ids[c++] = mix(3, p); ids[c++] = mix(4, nx); ids[c++] = mix(5, p, w); ids[c++] = mix(6, w, nx);
    ids[c++] = mix(7, hashText(tok.lower, Math.max(0, tok.lower.length - 3))); ids[c++] = mix(8, sh); ids[c++] = mix(9, psh, sh);
    ids[c++] = mix(10, q); ids[c++] = mix(11, q, w); ids[c++] = mix(12, mcode);
    ids[c++] = mix(13, lb); ids[c++] = mix(14, rb); ids[c++] = mix(15, lb, rb); ids[c++] = mix(16, lb, rb, q);
    ids[c++] = mix(17, l < 0 ? 0 : words[l + 2]!); ids[c++] = mix(18, r < 0 ? 0 : words[r + 2]!);
    ids[c++] = mix(19, w, lb); ids[c++] = mix(20, w, rb);
    if (k === sentence.first) ids[c++] = mix(21);
    if (k === sentence.last - 1) ids[c++] = mix(22);
    if (PRONOUNS.has(tok.lower)) ids[c++] = mix(23, lb, rb);
    if (QUOTE_MARKS.has(tok.text)) ids[c++] = mix(24, q, p);
    if (cue[i]) {
      ids[c++] = mix(25, p); ids[c++] = mix(26, nx); ids[c++] = mix(27, mention ? 1 : 0, q);
      ids[c++] = mix(28, words[i]!, p, w); ids[c++] = mix(29, w, nx, words[i + 4]!);
    }
    if (mention) ids[c++] = mix(30, mcode >> 1, q, lb, rb);
    ids[c++] = mix(31, prefixHash(tok.lower));
    if (isSpeechVerb(tok.lower)) ids[c++] = mix(32, q);
    if (names[i]) ids[c++] = mix(33, names[i]!);
    counts[i] = c - i * MAX_FEATURES;
  }
  return { ids, counts };
}
