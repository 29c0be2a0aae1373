// "Interfax quoted Chernomyrdin as saying the talks would resume": the claim is Chernomyrdin's, and the
// agency reports it. A claim whose cue is "quoted" (or "quotes") with "as saying" after it makes a claim
// of whoever stands between the two, with the content after "as saying" (unless the rules or the tagger
// already made it from "as saying"), and stays as the quoting outlet's report (predicate `reports`), as
// PolNeAR annotates both. Pure: layout, mentions and claims in.
import { claimDescriber } from "./claim-attributes.ts";
import { speechActFromCue } from "./cues.ts";
import { tokenRange, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention, RawSpeaker } from "./types.ts";

export const QUOTED = new Set(["quoted", "quotes", "quoting"]);
/** Words after "as" that report speech: "as saying", "as telling reporters", "as warning". */
const AS_SAYING = new Set(["saying", "telling", "stating", "warning", "adding", "describing", "calling", "urging", "denying"]);
const SKIP = new Set(["that", ":", ","]);

export function quotedSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  const t = layout.tokens;
  let describe: ReturnType<typeof claimDescriber> | undefined;
  const out: RawClaim[] = [];
  /** Claims of "as saying" after a passive "was quoted by X": the agent's, read wrongly. */
  const carried = new Set<RawClaim>();
  for (const c of claims) {
    if (!/quot/i.test(c.cue)) {
      out.push(c); // most claims: no "quoted" in the cue, no token search
      continue;
    }
    const [cueFirst] = tokenRange(t, c.cueSpan.start, c.cueSpan.end);
    let quoted = cueFirst;
    while (quoted < t.length && t[quoted]!.start < c.cueSpan.end && !QUOTED.has(t[quoted]!.lower)) quoted++;
    if (quoted >= t.length || !QUOTED.has(t[quoted]!.lower)) {
      out.push(c);
      continue;
    }
    // "as saying" within a few words, in the same sentence ("quoted the Guards' ground forces commander, Mohammad Pakpour, as saying").
    const as = asSayingIn(t, quoted + 2, quoted + 17, t[quoted]!.sentence);
    if (as < 0) {
      out.push(c);
      continue;
    }
    const saying = t[as + 1]!;
    // "O'Leary was quoted by Reuters as saying": a passive keeps its subject, and the agent between is no speaker.
    if (/^(?:was|were|is|are|been|being)$/.test(t[quoted - 1]?.lower ?? "")) {
      for (const o of claims) if (o !== c && o.cueSpan.start <= saying.start && o.cueSpan.end >= saying.end) carried.add(o);
      out.push(c);
      continue;
    }
    // Already read from "as saying" itself: the "quoted" claim stays as the outlet's report of it ("CNN quoted an
    // American witness as saying ...": CNN reports, the witness states), as PolNeAR annotates both.
    const said = claims.find((o) => o !== c && o.cueSpan.start <= saying.start && o.cueSpan.end >= saying.end);
    if (said) {
      out.push(reportOf(c, said));
      continue;
    }
    // The content: what precedes ("“...,” Reuters quoted an official as saying.") or what follows "as saying".
    let from = as + 2;
    while (from < t.length && SKIP.has(t[from]!.lower)) from++;
    const follows = from < t.length && t[from]!.sentence === saying.sentence && (t[from]!.word || /^['‘“"]/.test(t[from]!.text));
    const evidence = c.evidence.end <= t[quoted]!.start ? c.evidence : follows ? { start: t[from]!.start, end: Math.max(c.evidence.end, sentenceEnd(layout, from)) } : quoteBefore(layout, quoted);
    const speaker = quotedPerson(layout, mentions, quoted + 1, as);
    if (!speaker || !evidence) {
      out.push(c);
      continue;
    }
    const moved: RawClaim = {
      ...c,
      speaker,
      sourceSpan: { start: t[quoted + 1]!.start, end: t[as - 1]!.end },
      predicate: speechActFromCue(saying.lower) ?? c.predicate,
      cue: layout.text.slice(t[as]!.start, saying.end),
      cueSpan: { start: t[as]!.start, end: saying.end },
      evidence,
    };
    describe ??= claimDescriber(layout, mentions);
    out.push(reportOf(c, moved), { ...moved, attributes: describe(moved) });
  }
  return carried.size === 0 ? out : out.filter((c) => !carried.has(c));
}

/** The quoting claim as the outlet's report of what the quoted one said (its content and quote). */
function reportOf(quoting: RawClaim, said: RawClaim): RawClaim {
  return { ...quoting, predicate: "reports", evidence: said.evidence, quote: said.quote };
}

/** The first "as" of "as saying" (AS_SAYING) in tokens [from, to) of the given sentence, or -1. */
export function asSayingIn(t: TextLayout["tokens"], from: number, to: number, sentence: number): number {
  for (let k = from; k < to && k + 1 < t.length && t[k]!.sentence === sentence; k++) if (t[k]!.lower === "as" && AS_SAYING.has(t[k + 1]!.lower)) return k;
  return -1;
}

/** Where the sentence of token k ends, before its closing stop: the content after "as saying" when the cue's own ends sooner. */
function sentenceEnd(layout: TextLayout, k: number): number {
  const t = layout.tokens;
  let last = layout.sentences[t[k]!.sentence]!.last - 1;
  if (last > k && /^[.!?]$/.test(t[last]!.text)) last--;
  return t[last]!.end;
}

/** The quote that opens the sentence of token `k` and closes before it: "“...,” Reuters quoted ...". */
function quoteBefore(layout: TextLayout, k: number): { start: number; end: number } | null {
  const t = layout.tokens;
  const first = layout.sentences[t[k]!.sentence]!.first;
  if (!/^[‘“"']$/.test(t[first]!.text)) return null;
  for (let j = k - 1; j > first; j--) if (/^[’”"']$/.test(t[j]!.text)) return { start: t[first]!.start, end: t[j]!.end };
  return null;
}

/**
 * Who stands between "quoted" and "as saying": the person named there, else the group, else the words;
 * "him" or "her" is the last person named in this or the two sentences before (none: null).
 */
function quotedPerson(layout: TextLayout, mentions: readonly RawMention[], first: number, last: number): RawSpeaker | null {
  const t = layout.tokens;
  if (last <= first) return null;
  let best = -1;
  mentions.forEach((m, i) => {
    if (m.firstToken < first || m.lastToken > last || m.type === "Place") return;
    if (best < 0 || (m.type === "Person" && mentions[best]!.type !== "Person")) best = i;
  });
  if (best >= 0) return { mention: best };
  if (last - first === 1 && (t[first]!.lower === "him" || t[first]!.lower === "her")) {
    // "quoted him as saying": the last person named in this or the two sentences before.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.lastToken > first) continue;
      if (m.sentence < t[first]!.sentence - 2) break;
      if (m.type === "Person") return { mention: i };
    }
    return null;
  }
  const start = t[first]!.start;
  const end = t[last - 1]!.end;
  return { words: layout.text.slice(start, end), start, end };
}
