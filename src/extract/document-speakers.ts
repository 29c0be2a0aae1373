// Speakers named by the document they spoke through: "According to the statement, both sides stressed ...", "the
// letter said", after "the Kurdistan Region Presidency said in a statement that ...". Such a claim is the speaker's
// who spoke last in the document through that kind of document (for "the report said", the author of the last report
// a claim named: "according to a report by the AAIB"), unless another such document was named since; else the words
// stay the speaker, never guessed.
// Pure: the text and the claims in (their channels read), the claims out.
import type { Channel } from "../types/index.ts";
import type { RawClaim } from "./types.ts";

/** The document a speaker's words name, and the channel a claim said through it has. */
const DOCUMENTS: ReadonlyMap<string, Channel> = new Map([
  ["statement", "statement"], ["communique", "statement"], ["communiqué", "statement"], ["readout", "statement"],
  ["letter", "letter"], ["memo", "letter"], ["email", "letter"],
]);

/** Documents of findings whose author a claim names ("a report by the AAIB"), for a later "the report said". */
const FINDINGS = new Set(["report", "study", "survey", "review", "audit", "assessment", "investigation"]);

/** "according to a preliminary report released on Saturday by ", "to a study from the ": a finding and its author's "by". */
const AUTHORED_FINDING = new RegExp(`^\\s*(?:to\\s+)?(?:an?|the|its|new|latest)\\s+(?:[\\w-]+\\s+){0,2}(${[...FINDINGS].join("|")})\\b[^.;"“]{0,80}\\b(?:by|from)\\s+(?:the\\s+)?(?:\\S+['’]s\\s+)?$`);

/** The claims with "the statement" and the like given to whoever spoke through one last. */
export function resolveDocumentSpeakers(text: string, claims: readonly RawClaim[], mentionSpan?: (mention: number) => { start: number; end: number }): RawClaim[] {
  const byCue = claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.cueSpan.start - b.c.cueSpan.start);
  const out = [...claims];
  const last = new Map<Channel | string, RawClaim>();
  for (const { c, i } of byCue) {
    const noun = "words" in c.speaker ? /^the\s+(\p{L}+)$/iu.exec(c.speaker.words.trim())?.[1]?.toLowerCase() ?? "" : "";
    const channel = DOCUMENTS.get(noun) ?? (FINDINGS.has(noun) ? noun : undefined);
    // (Not when another such document is named since: "Clinton's campaign sent out an email ... the email said" is not
    // the email Sanders sent before.)
    const named = (from: number, to: number): boolean => new RegExp(`\\b(?:an?|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\b`, "iu").test(text.slice(from, to));
    const before = channel ? last.get(channel) : undefined;
    // (Its channel's words too: '..., according to a statement from press secretary X. The statement also warned'.)
    const spokeUntil = (e: RawClaim): number => Math.max(e.cueSpan.end, e.evidence.end, e.sourceSpan?.end ?? 0, e.attributes?.channelSpan?.end ?? 0,
      "mention" in e.speaker && mentionSpan ? mentionSpan(e.speaker.mention).end : 0);
    const earlier = before && "words" in c.speaker && !named(spokeUntil(before), c.speaker.start) ? before : undefined;
    // (The source stays the words as written: "the statement".)
    if (earlier && "words" in c.speaker) out[i] = { ...c, speaker: earlier.speaker, sourceSpan: c.sourceSpan ?? { start: c.speaker.start, end: c.speaker.end } };
    const said = out[i]!;
    // (A speaker by its words too: "Iraq's oil ministry said in a statement"; not the document's words themselves.)
    const unresolved = channel !== undefined && !earlier;
    if (said.attributes?.channel && !unresolved) last.set(said.attributes.channel, said);
    // "according to a preliminary report released by India's Aircraft Accident Investigation Bureau": who wrote the report
    // (its words from the cue to the author's name), whom a later "the report said" is.
    const author = mentionSpan && "mention" in said.speaker ? mentionSpan(said.speaker.mention) : undefined;
    const between = author && author.start > c.cueSpan.end ? text.slice(c.cueSpan.end, author.start).toLowerCase() : "";
    const finding = between ? AUTHORED_FINDING.exec(between)?.[1] : undefined;
    if (finding) last.set(finding, said);
  }
  return out;
}
