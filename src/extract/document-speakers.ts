// Speakers named by the document they spoke through: "According to the statement, both sides stressed ...", "the
// letter said", after "the Kurdistan Region Presidency said in a statement that ...". Such a claim is the speaker's
// who spoke last in the document through that kind of document; else the words stay the speaker, never guessed.
// Pure: the claims in (their channels read), the claims out.
import type { Channel } from "../types/index.ts";
import type { RawClaim } from "./types.ts";

/** The document a speaker's words name, and the channel a claim said through it has. */
const DOCUMENTS: ReadonlyMap<string, Channel> = new Map([
  ["statement", "statement"], ["communique", "statement"], ["communiqué", "statement"], ["readout", "statement"],
  ["letter", "letter"], ["memo", "letter"], ["email", "letter"],
]);

/** The claims with "the statement" and the like given to whoever spoke through one last. */
export function resolveDocumentSpeakers(text: string, claims: readonly RawClaim[]): RawClaim[] {
  const byCue = claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.cueSpan.start - b.c.cueSpan.start);
  const out = [...claims];
  const last = new Map<Channel, RawClaim>();
  for (const { c, i } of byCue) {
    const noun = "words" in c.speaker ? /^the\s+(\p{L}+)$/iu.exec(c.speaker.words.trim())?.[1]?.toLowerCase() ?? "" : "";
    const channel = DOCUMENTS.get(noun);
    // (Not when another such document is named since: "Clinton's campaign sent out an email ... the email said" is not
    // the email Sanders sent before.)
    const named = (from: number, to: number): boolean => new RegExp(`\\b(?:an?|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\b`, "iu").test(text.slice(from, to));
    const before = channel ? last.get(channel) : undefined;
    const earlier = before && "words" in c.speaker && !named(Math.max(before.cueSpan.end, before.evidence.end), c.speaker.start) ? before : undefined;
    // (The source stays the words as written: "the statement".)
    if (earlier && "words" in c.speaker) out[i] = { ...c, speaker: earlier.speaker, sourceSpan: c.sourceSpan ?? { start: c.speaker.start, end: c.speaker.end } };
    const said = out[i]!;
    // (A speaker by its words too: "Iraq's oil ministry said in a statement"; not the document's words themselves.)
    const unresolved = channel !== undefined && !earlier;
    if (said.attributes?.channel && !unresolved) last.set(said.attributes.channel, said);
  }
  return out;
}
