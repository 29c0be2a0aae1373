// "Italy's largest employer said", "Bhutto's husband has said": the speaker is the employer, the
// husband, not the name before "'s". Such a claim's speaker becomes the noun phrase's words (kept as
// written, never resolved to the name). Through a statement, report, spokesman, lawyers or government
// the possessor speaks itself: "Tanzi's statement said" and "Ebbers' lawyers said" stay theirs.
// Pure: layout, mentions and claims in.
import { speaksThrough } from "./speaker.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention } from "./types.ts";

/** Words that make the stretch before the cue a clause, not a noun phrase: then the claim is left as it is. */
const CLAUSE = new Set(["which", "who", "that", "when", "it", "he", "she", "they", "we", "and", "but", "has", "have", "had",
  "is", "was", "were", "are", "will", "would", "can", "could", "did", "does", "do", "in", "to", "with"]);
/** Words that may stand between the phrase's head and the cue. */
const BEFORE_CUE = new Set(["meanwhile", "however", "also", "now", "then", "later", "earlier", "too", "still"]);

/** The claims whose speaker is the possessor in "X's <noun> <cue>" given the noun phrase's words instead. */
export function possessedSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  const t = layout.tokens;
  return claims.map((c) => {
    if (!("mention" in c.speaker)) return c;
    const m = mentions[c.speaker.mention]!;
    if (!m.possessive || m.end > c.cueSpan.start) return c;
    // Tokens after the "'s" up to the cue, in the same sentence.
    let k = m.lastToken;
    if (t[k] && /^['’]s?$/.test(t[k]!.text)) k++;
    let head = -1;
    for (; k < t.length && t[k]!.start < c.cueSpan.start; k++) {
      const tok = t[k]!;
      if (tok.sentence !== m.sentence || tok.text === "." || tok.text === "(" || CLAUSE.has(tok.lower) || k - m.lastToken > 6) return c;
      if (tok.word && !BEFORE_CUE.has(tok.lower)) head = k;
    }
    if (head < 0 || speaksThrough(t[head]!.lower)) return c;
    const span = { start: m.start, end: t[head]!.end };
    return { ...c, speaker: { words: layout.text.slice(span.start, span.end), ...span }, sourceSpan: span };
  });
}
