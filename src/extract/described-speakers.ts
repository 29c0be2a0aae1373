// Speakers named by what they are: "the company said", "the airline announced", "the club said".
// Business and sports news name the organisation once or twice and then call it by its kind; such a
// claim is the organisation of that kind that has spoken most before it ("Macrovision says ..., said the
// firm"), else the one the document has named most up to the claim, when it has named it at least
// twice (a single mention is too weak a clue: "AEG, Zanussi and Frigidaire" are an owner's brands).
// Otherwise the words stay the speaker, never guessed. Pure: layout, mentions and claims in.
import type { TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention } from "./types.ts";

/** Descriptions of an organisation and the kinds of group they may name (undefined: a group of no known kind). */
const COMPANY_KINDS = new Set(["company", "organisation", undefined]);
const DESCRIPTIONS: ReadonlyMap<string, ReadonlySet<string | undefined>> = new Map([
  ...["company", "firm", "group", "business", "bank", "lender", "insurer", "airline", "carrier", "carmaker", "retailer",
    "chipmaker", "supermarket", "broadcaster", "publisher", "operator", "giant"].map((w) => [w, COMPANY_KINDS] as const),
  ["club", new Set(["club", "team"])],
  ["party", new Set(["party"])],
]);

/** The name among mention indexes (in text order) given most often, and its last mention; of equals, the latest. */
function mostOf(indexes: readonly number[], mentions: readonly RawMention[]): { count: number; last: number } | undefined {
  const counts = new Map<string, { count: number; last: number }>();
  for (const i of indexes) {
    const seen = counts.get(mentions[i]!.text);
    counts.set(mentions[i]!.text, { count: (seen?.count ?? 0) + 1, last: i });
  }
  let best: { count: number; last: number } | undefined;
  for (const v of counts.values()) if (!best || v.count > best.count || (v.count === best.count && v.last > best.last)) best = v;
  return best;
}

/** Without a group that has spoken, at least this many mentions before the claim make one the group a description names. */
const MIN_MENTIONS = 2;

/** The claims with a description as their speaker ("The company") given to the organisation it names, when one stands out. */
export function resolveDescribedSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  return claims.map((c) => {
    const speaker = c.speaker;
    if ("mention" in speaker) return c;
    const words = speaker.words.toLowerCase().split(/\s+/);
    const kinds = words.length === 2 && words[0] === "the" ? DESCRIPTIONS.get(words[1]!) : undefined;
    if (!kinds) return c;
    const fits = (m: number): boolean => mentions[m]!.type === "Group" && mentions[m]!.end <= speaker.start && kinds.has(mentions[m]!.kind);
    // A group that has spoken before ("Macrovision says ..." then "said the firm"), else the most mentioned one.
    const spoken = mostOf(claims.filter((o) => o.cueSpan.start < c.cueSpan.start && "mention" in o.speaker).map((o) => (o.speaker as { mention: number }).mention).filter(fits), mentions);
    const mentioned = mostOf(mentions.map((_, i) => i).filter(fits), mentions);
    const best = spoken ?? (mentioned && mentioned.count >= MIN_MENTIONS ? mentioned : undefined);
    if (!best) return c;
    const { start, end } = speaker;
    return { ...c, speaker: { mention: best.last }, sourceSpan: c.sourceSpan ?? { start, end } };
  });
}
