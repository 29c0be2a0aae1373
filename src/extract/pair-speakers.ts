// Speakers named as a pair: "Donald Trump and Vladimir Putin ended their summit ..., though both men described the talks
// as productive", "the two leaders said". Such a claim is each of the two people or groups the sentence (or the one
// before) names as "X and Y", of the kind the noun says; else the words stay the speaker. Pure: layout, mentions and claims in, claims out.
import { sentenceAt, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention } from "./types.ts";

const PAIR = /^(?:both|the\s+two)\s+(men|women|leaders|presidents|ministers|sides|countries|nations|companies|firms)$/i;
/** What each noun of a pair can name: "both men" two people, "the two countries" two places, "both firms" two groups. */
const TYPE_OF: Readonly<Record<string, string>> = { men: "Person", women: "Person", leaders: "Person", presidents: "Person", ministers: "Person",
  countries: "Place", nations: "Place", companies: "Group", firms: "Group", sides: "Group" };

/** The two mentions of the type joined by "and" last before `before` in sentence s, or null. */
function lastPair(layout: TextLayout, mentions: readonly RawMention[], s: number, before: number, type: string): [number, number] | null {
  const t = layout.tokens;
  let pair: [number, number] | null = null;
  mentions.forEach((m, i) => {
    if (m.sentence !== s || m.end > before || m.possessive || m.type !== type) return;
    // The name before "and" (past an article): "Donald Trump and Vladimir Putin", "Israel and Hamas".
    let k = m.firstToken - 1;
    if (t[k]?.lower === "the") k--;
    if (t[k]?.lower !== "and") return;
    const other = mentions.findIndex((x) => x.sentence === s && x.lastToken === k && x.type === m.type && !x.possessive);
    if (other >= 0 && other !== i) pair = [other, i];
  });
  return pair;
}

/** The claims of "both men", "the two leaders" given to each of the pair named before. */
export function resolvePairSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  return claims.flatMap((c) => {
    const noun = "words" in c.speaker ? PAIR.exec(c.speaker.words.trim())?.[1]?.toLowerCase() : undefined;
    if (!noun || !("words" in c.speaker)) return [c];
    const s = sentenceAt(layout, c.speaker.start);
    const type = TYPE_OF[noun]!;
    const pair = lastPair(layout, mentions, s, c.speaker.start, type) ?? (s > 0 ? lastPair(layout, mentions, s - 1, c.speaker.start, type) : null);
    if (!pair) return [c];
    const sourceSpan = c.sourceSpan ?? { start: c.speaker.start, end: c.speaker.end };
    return pair.map((m) => ({ ...c, speaker: { mention: m }, sourceSpan }));
  });
}
