// "He told his Democratic audience, to rowdy applause:\n\n“I can say with confidence ...”", "President Clinton
// released the following statement:\n\n“Hillary and I ...”": a cue in a paragraph that ends with a colon
// introduces the quote that opens the next paragraph. That quote is the claim's content, not the words between
// the cue and the colon nor a clause before the cue; another claim of the same quote (a speaker carried over,
// the tagger's) gives way. Pure: layout and claims in, claims out.
import { findQuotes } from "./quotes.ts";
import { quoteText } from "./content.ts";
import { tokenRange, type TextLayout } from "./tokens.ts";
import type { RawClaim } from "./types.ts";

const OPENING = /^[“"‘']$/;

/** The claims with the quotes their colons introduce (a new claim list; the claims given a quote are copies). */
export function quotesAfterColons(layout: TextLayout, claims: readonly RawClaim[]): RawClaim[] {
  const t = layout.tokens;
  const given = new Map<RawClaim, RawClaim>();
  const quoteStarts = new Set<number>();
  for (const c of claims) {
    const [, cueEnd] = tokenRange(t, c.cueSpan.start, c.cueSpan.end);
    const sentence = layout.sentences[t[cueEnd - 1]!.sentence]!;
    const line = layout.lines[sentence.line]!;
    const next = layout.lines[sentence.line + 1];
    // The cue's sentence closes its paragraph with the colon, and the next paragraph opens with a quote mark.
    if (sentence.index !== line.last - 1 || t[sentence.last - 1]?.text !== ":" || !next || next.heading) continue;
    const opening = t[layout.sentences[next.first]!.first];
    if (!opening || !OPENING.test(opening.text)) continue;
    // Not a content that is already a quote ("said: “...”" on one line).
    if (c.quote !== null && c.evidence.start > t[cueEnd - 1]!.start) continue;
    const quote = findQuotes(layout.text, next.start, next.end).find((q) => q.open === opening.start);
    if (!quote) continue;
    const part = quoteText(layout.text, quote);
    given.set(c, { ...c, quote: part.quote, evidence: { start: part.start, end: part.end }, textSpan: { start: c.textSpan.start, end: Math.max(c.textSpan.end, part.end) } });
    quoteStarts.add(part.start);
  }
  if (given.size === 0) return [...claims];
  return claims.flatMap((c) => {
    const moved = given.get(c);
    if (moved) return [moved];
    // The same quote read as a carried-over speaker's or the tagger's: the colon's claim has it.
    return quoteStarts.has(c.evidence.start) ? [] : [c];
  });
}
