// The writer's ", a charge the company denies": a second claim about the first one's content, its denial or
// rejection by the one named in that aside. "The New Generation movement accused the ruling parties of using state
// resources, a charge both the KDP and PUK deny" gives the parties' denial of what they were accused of.
// Pure: the text, its mentions and the claims found so far in; the denials out.
import type { RawClaim, RawMention } from "./types.ts";

const NOUNS = String.raw`(?:charge|claim|accusation|allegation|figure|estimate)s?`; // ", a figure U.S. officials dismissed"
/** The writer's noun that takes up a claim: "a charge", "an allegation". */
export const ASIDE_NOUN = new RegExp(`^${NOUNS}$`);
// (Also past an adverb or two and before a participle: ", a charge that Colorado Republican leaders strongly denied, noting",
// ", a claim Kyiv has strongly denied".)
const ASIDE = new RegExp(String.raw`^,\s+(?:a|an)\s+${NOUNS}\s+(?:which\s+|that\s+)?((?:[\w’'&.-]+\s+){1,6}?)(?:(?:\w+ly|also|have|has|had)\s+){0,2}(den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|dismiss(?:es|ed)?)(?=\s*[.;]|,\s+\w+ing\b)`, "di");

// Or with the verb's agent after it: ", a point echoed by Justice Brett M. Kavanaugh", ", a claim denied by the chancellor".
const AGENT_ASIDE = new RegExp(String.raw`^,\s+(?:a|an)\s+(?:${NOUNS}|points?|views?|arguments?|concerns?|warnings?|sentiments?|positions?)\s+(?:\w+ly\s+)?(echoed|shared|repeated|endorsed|den(?:ied)|rejected|disputed|dismissed)\s+by\s+((?:[\w’'&.-]+\s+){0,5}?[\w’'&.-]+)(?=\s*[.;])`, "di");

/** The predicate of an aside's verb: a denial, a rejection or the same words said again. */
const predicateOf = (verb: string): RawClaim["predicate"] => (/^den/i.test(verb) ? "denies" : /^(?:reject|disput|dismiss)/i.test(verb) ? "rejects" : "states");

/** The denials and rejections the writer adds after a claim's content, one per claim at most. */
export function resumptiveClaims(text: string, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  for (const c of claims) {
    if (c.quote !== null) continue;
    const agent = AGENT_ASIDE.exec(text.slice(c.evidence.end, c.evidence.end + 160));
    if (agent) {
      const [cueStart, start] = [c.evidence.end + agent.indices![1]![0], c.evidence.end + agent.indices![2]![0]];
      if (out.some((o) => o.cueSpan.start === cueStart)) continue;
      // (The name past a title or "the", with its initials' full stops: "Justice Brett M. Kavanaugh", "the chancellor".)
      const named = mentions.findIndex((m) => m.start >= start && m.start <= start + 24 && !m.possessive && !/[.;]/.test(text.slice(start, m.start)));
      const end = named >= 0 ? mentions[named]!.end : start + agent[2]!.length;
      out.push({
        speaker: named >= 0 ? { mention: named } : { words: agent[2]!, start, end },
        sourceSpan: { start, end },
        predicate: predicateOf(agent[1]!),
        cue: agent[1]!,
        cueSpan: { start: cueStart, end: cueStart + agent[1]!.length },
        textSpan: { start: c.textSpan.start, end: Math.max(c.textSpan.end, end) },
        quote: null,
        evidence: { ...c.evidence },
        date: null,
      });
      continue;
    }
    const match = ASIDE.exec(text.slice(c.evidence.end, c.evidence.end + 160));
    if (!match) continue;
    const who = match[1]!.trimEnd();
    const start = c.evidence.end + match.indices![1]![0];
    const end = start + who.length;
    const cueStart = c.evidence.end + match.indices![2]![0];
    if (out.some((o) => o.cueSpan.start === cueStart)) continue; // two claims of one content, one aside
    const named = mentions.findIndex((m) => m.start >= start && m.end === end && !m.possessive);
    const speaker = named >= 0 && (mentions[named]!.start === start || /^the\s+$/i.test(text.slice(start, mentions[named]!.start)))
      ? { mention: named } : { words: who, start, end };
    out.push({
      speaker,
      sourceSpan: { start, end },
      predicate: predicateOf(match[2]!),
      cue: match[2]!,
      cueSpan: { start: cueStart, end: cueStart + match[2]!.length },
      textSpan: { start: c.textSpan.start, end: Math.max(c.textSpan.end, cueStart + match[2]!.length) },
      quote: null,
      evidence: { ...c.evidence },
      date: null,
    });
  }
  return out;
}
