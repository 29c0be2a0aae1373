// Helpers for claims: the content span of a speech act (split into one claim per quote when it is
// only quotes), token lookup by offset, and the memory that resolves "he said" to a person.
import { wordCount, type Quote } from "./quotes.ts";
import type { ClaimContext } from "./speaker.ts";
import type { Sentence, TextLayout, Token } from "./tokens.ts";
import type { RawMention } from "./types.ts";

export interface ContentPart {
  quote: string | null;
  start: number;
  end: number;
}

const TRAILING = new Set([",", ".", ";", ":", "—", "–"]);
const CONNECTORS = new Set(["and", "or", "adding", "but"]);

/** First token at or after `offset`, searching from token `from` (binary search: tokens are in text order). */
export function firstTokenAt(tokens: readonly Token[], from: number, offset: number): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** End of a short introductory phrase ("On Tuesday,", "Earlier today,") before token `before`. */
export function introEnd(layout: TextLayout, sentence: Sentence, before: number): number {
  const t = layout.tokens;
  for (let k = sentence.first; k < Math.min(before, sentence.first + 7); k++) if (t[k]!.text === ",") return k;
  return sentence.first;
}

/** The quoted words, without the marks and without a trailing comma. */
export function quoteText(text: string, q: Quote): ContentPart {
  let end = q.end;
  while (end > q.start && /[\s,]/.test(text[end - 1]!)) end--;
  return { quote: text.slice(q.start, end), start: q.start, end };
}

/**
 * The claims read from content tokens [a, b): one per quote when the content is only quotes
 * ("posted tweets that “...,” and “...”"), else one paraphrase whose quote is its longest inner
 * quote of four words or more.
 */
export function contentClaims(ctx: ClaimContext, quotes: readonly Quote[], used: Set<Quote>, a: number, b: number): ContentPart[] {
  const t = ctx.layout.tokens;
  const text = ctx.layout.text;
  while (b > a && TRAILING.has(t[b - 1]!.text)) b--;
  while (a < b && TRAILING.has(t[a]!.text)) a++;
  if (a >= b) return [];
  const start = t[a]!.start;
  const end = t[b - 1]!.end;
  const inside = quotes.filter((q) => q.open >= start && q.close <= end);
  if (inside.length === 0 && b - a < 2) return []; // one word is not a paraphrase
  if (inside.length > 0) {
    let outside = 0;
    for (let k = a; k < b; k++) if (!ctx.quoted[k] && t[k]!.word && !CONNECTORS.has(t[k]!.lower)) outside++;
    for (const q of inside) used.add(q);
    if (outside === 0) return inside.map((q) => quoteText(text, q));
  }
  let longest: Quote | undefined;
  let longestWords = 3;
  for (const q of inside) {
    const n = wordCount(text, q.start, q.end);
    if (n > longestWords) [longest, longestWords] = [q, n];
  }
  return [{ quote: longest ? quoteText(text, longest).quote : null, start, end }];
}

const SUBJECT_WINDOW = 8;

/** Recent people, so "he said" finds the last man (or person of unknown gender) spoken of. */
export class PronounMemory {
  private readonly recent: number[] = [];

  constructor(private readonly mentions: readonly RawMention[]) {}

  spoke(mention: number, _sentence: number): void {
    if (this.mentions[mention]!.type === "Person") this.recent.push(mention);
  }

  /** Remembers the first person near the start of a sentence: its likely subject. */
  endSentence(sentence: Sentence, ctx: ClaimContext): void {
    for (let k = sentence.first; k < Math.min(sentence.last, sentence.first + SUBJECT_WINDOW); k++) {
      const m = ctx.mentionAt[k]!;
      if (m >= 0 && this.mentions[m]!.type === "Person" && !ctx.quoted[k]) {
        this.recent.push(m);
        break;
      }
    }
    if (this.recent.length > 32) this.recent.splice(0, this.recent.length - 16);
  }

  resolve(pronoun: string, beforeToken: number): number | undefined {
    if (pronoun !== "he" && pronoun !== "she") return undefined;
    const unwanted = pronoun === "he" ? "female" : "male";
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const m = this.mentions[this.recent[i]!]!;
      if (m.firstToken < beforeToken && m.gender !== unwanted) return this.recent[i];
    }
    return undefined;
  }
}
