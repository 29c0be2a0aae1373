// The rules' claims and the attribution tagger's, joined into one list (src/extract/claims.ts calls this last).
import { EMBEDS_NO_SPEECH, speechActFromCue } from "./cues.ts";
import type { Span } from "../types/index.ts";
import type { RawClaim, RawMention } from "./types.ts";
import { answerColonAt } from "./interviews.ts";

/**
 * The tagger adds what the rules miss; where both found a cue the rules' claim stays, as the seeds gold
 * has it, with the tagger's wider source span when that holds the rules' speaker.
 */
export function mergeTaggedClaims(claims: RawClaim[], fromTagger: ReadonlySet<RawClaim>, text: string, mentions: readonly RawMention[]): RawClaim[] {
  if (fromTagger.size === 0) return claims;
  const rules = claims.filter((c) => !fromTagger.has(c));
  // A tagged cue whose content the rules gave to a speaker of its own sentence, the cue outside it ("Environmental
  // groups were less optimistic. “...,” said Tasneem Essop"), repeats that claim under the wrong speaker.
  const otherSentence = (c: RawClaim, r: RawClaim): boolean => overlaps(r.evidence, c.evidence) && (c.cueSpan.end <= r.textSpan.start || c.cueSpan.start >= r.textSpan.end);
  // Or a tagged cue between the rules' cue and their content ("Kilroy Silk told Mr Farage: “...”" tagged as Farage's ":").
  const addressee = (c: RawClaim, r: RawClaim): boolean => overlaps(r.evidence, c.evidence) && c.cueSpan.start >= r.cueSpan.end && c.cueSpan.end <= r.evidence.start;
  // Or a tagged cue after the rules' content that takes it again: "The bill, which ministers claim will tackle crime, is
  // expected to be opposed by the Liberal Democrats" (the passive's agent is not the one who claims it).
  // Paraphrase after the rules' cue only, and no plain verb of saying: a quote's trailing "..., X told Reuters" and
  // "..., reports say" are the tagger's to give.
  const again = (c: RawClaim, r: RawClaim): boolean => c.quote === null && r.cueSpan.end <= r.evidence.start && overlaps(r.evidence, c.evidence)
    && !PLAIN_SPEECH.test(text.slice(c.cueSpan.start, c.cueSpan.end))
    && c.cueSpan.start >= r.evidence.end && c.evidence.end <= c.cueSpan.start;
  // Or an aside between commas tagged as the cue of a content that opens with the rules' cue: "The Greens, now in
  // opposition, accused the government of chaos" tagged "now in opposition" as the cue of "accused the government".
  const aside = (c: RawClaim, r: RawClaim): boolean => /,\s*$/.test(text.slice(0, c.cueSpan.start)) && /^\s*,\s*$/.test(text.slice(c.cueSpan.end, r.cueSpan.start))
    && c.evidence.start <= r.cueSpan.start && r.cueSpan.end <= c.evidence.end
    && !text.slice(c.cueSpan.start, c.cueSpan.end).split(/\W+/).some((w) => speechActFromCue(w) !== undefined);
  const kept = claims.filter((c) => !fromTagger.has(c) || !rules.some((r) => overlaps(r.cueSpan, c.cueSpan) || otherSentence(c, r) || addressee(c, r) || again(c, r) || aside(c, r)));
  for (const r of rules) widenSource(r, text, mentions, claims.filter((c) => fromTagger.has(c) && overlaps(r.cueSpan, c.cueSpan)));
  for (const c of kept) if (fromTagger.has(c)) endBeforeWithClause(c, text, mentions, kept);
  return kept;
}

/**
 * "backed a third runway, with the Chancellor saying the project would create "...": a tagged content ends
 * before ", with" and the speaker of another claim inside it, and keeps a quote only if it still holds one.
 */
function endBeforeWithClause(c: RawClaim, text: string, mentions: readonly RawMention[], claims: readonly RawClaim[]): void {
  for (const r of claims) {
    if (r === c || r.cueSpan.start < c.evidence.start || r.cueSpan.end > c.evidence.end) continue;
    const speakerStart = r.sourceSpan?.start ?? ("mention" in r.speaker ? mentions[r.speaker.mention]!.start : r.speaker.start);
    const before = /,\s*with\s+$/.exec(text.slice(c.evidence.start, speakerStart));
    if (!before || speakerStart <= c.evidence.start) continue;
    const end = c.evidence.start + before.index;
    if (end <= c.evidence.start) continue;
    c.evidence = { start: c.evidence.start, end };
    if (c.quote !== null && !text.slice(c.evidence.start, end).includes(c.quote)) c.quote = null;
    return;
  }
}

/**
 * The source as the tagger marks it for the same cue, when it holds the speaker the rules found: with
 * the speaker's title or apposition ("Sen. Bernie Sanders (I-Vt.)"). The speaker stays the rules',
 * but for words ending where the tagger's do, which take its wider start.
 */
function widenSource(rule: RawClaim, text: string, mentions: readonly RawMention[], twins: readonly RawClaim[]): void {
  const own = rule.sourceSpan ?? ("mention" in rule.speaker ? mentions[rule.speaker.mention]! : rule.speaker);
  for (const twin of twins) {
    if (!twin.sourceSpan) continue;
    // The tagger's span may take the comma or dash that ends an apposition: "Hemin Hawrami, ... said".
    const wide = trimPunctuation(text, twin.sourceSpan);
    // (Nor over a clause before a subordinator: "shares in GW Pharma lost a third of their value after UK regulators said",
    // "The figures ... come as China's tax chief confirmed": from after it.)
    const subordinator = [...text.slice(wide.start, own.start).matchAll(/\b(?:after|before|when|because|while|since|until|as|although|though|if)\s+/gi)].pop();
    if (subordinator) wide.start += subordinator.index! + subordinator[0].length;
    // (Never over what was said: "Netanyahu's wife, Sara, visited ..., her office said" tagged as one source.)
    if (wide.start <= own.start && wide.end >= own.end && (wide.start < own.start || wide.end > own.end) && !overlaps(wide, rule.evidence)) {
      rule.sourceSpan = wide;
      // Words that are the speaker take the wider phrase too: "The German and Danish governments".
      // Only a longer noun phrase, not an apposition or a name with its description ("X, from Y").
      const words = text.slice(wide.start, wide.end);
      // (Not where it was said: "his New Year message the Liberal Democrat leader".)
      const before = text.slice(wide.start, own.start);
      if ("words" in rule.speaker && wide.end === own.end && !/[,\d()]/.test(words) && !/\b(?:statement|letter|interview|message|speech|address|article|report|video|post)\s*$/i.test(before)) {
        rule.speaker = { words, ...wide };
      }
      return;
    }
  }
}

const EDGE_PUNCTUATION = /[\s,;:—–-]/;

function trimPunctuation(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && EDGE_PUNCTUATION.test(text[end - 1]!)) end--;
  while (start < end && EDGE_PUNCTUATION.test(text[start]!)) start++;
  return { start, end };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Drops the claims whose cue lies inside the paraphrased content of another claim of the same
 * sentence: in "Aides said Trump believes X" the belief is part of what the aides said, and PolNeAR
 * (where a token belongs to one attribution only) annotates the outer claim alone. A content with a
 * quote before the inner cue is left alone: there the inner cue attributes that quote ("''...,'' he said").
 * An inner claim after ", although" or ", but" is another voice: it stays, and the outer content ends there.
 */
export function dropNestedClaims(claims: RawClaim[], text: string, fromTagger: ReadonlySet<RawClaim> = new Set()): RawClaim[] {
  // "proposed the idea after the law lords said ...": an act's object holds no reported speech.
  // (Nor does an interview's answer, "A: ...": its "I think" claims, the interviewee's too, stay as PolNeAR marks them.)
  const answer = (o: RawClaim): boolean => {
    let line = text.lastIndexOf("\n", o.cueSpan.start - 1) + 1;
    while (line < o.cueSpan.start && /\s/.test(text[line]!)) line++;
    return answerColonAt(text, line) === o.cueSpan.start;
  };
  const embeds = (o: RawClaim): boolean => !EMBEDS_NO_SPEECH.has(text.slice(o.cueSpan.start, o.cueSpan.end).toLowerCase().split(/\s+/).pop() ?? "") && !answer(o);
  // "The PKK, which has waged an insurgency against the Turkish state since 1984, denied ...": a tagged cue
  // with no verb of saying does not swallow the rules' plain speech act inside its content.
  const outranks = (o: RawClaim, c: RawClaim): boolean =>
    !tagged.has(o) || tagged.has(c) || !PLAIN_SPEECH.test(text.slice(c.cueSpan.start, c.cueSpan.end)) || PLAIN_SPEECH.test(text.slice(o.cueSpan.start, o.cueSpan.end));
  const inside = (c: RawClaim, o: RawClaim): boolean =>
    o !== c && embeds(o) && outranks(o, c) && !overlaps(o.cueSpan, c.cueSpan) && o.evidence.start <= c.cueSpan.start && c.cueSpan.end <= o.evidence.end
    && o.textSpan.start === c.textSpan.start && !quoteAttributedBy(text.slice(o.evidence.start, c.cueSpan.start), text.slice(c.cueSpan.start, c.cueSpan.end));
  // "..., with Fiorina adding that ...": a participle with a subject of its own is a claim of its own (the cue is the
  // participle, maybe after an adverb: not "have voted to go on strike after rejecting", "are now questioning");
  // not one after a preposition ("exaggerate it by calling it a bomb ..., Utomo said").
  const participle = (c: RawClaim): boolean =>
    /^(?:\p{L}+ly\s+)?\p{L}+ing$/iu.test(text.slice(c.cueSpan.start, c.cueSpan.end)) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.cueSpan.start - 20), c.cueSpan.start));
  // "Marina Silva said deforestation had fallen, according to INPE data", "..., state broadcaster CCTV reported":
  // the trailing source backs what the speaker said; the speaker's own claim stays when its verb plainly tells speech.
  const trailingSource = (c: RawClaim, o: RawClaim): boolean =>
    /^(?:according to|reported|reports)$/i.test(text.slice(o.cueSpan.start, o.cueSpan.end)) && c.evidence.end <= o.cueSpan.start && c.cueSpan.end <= o.cueSpan.start
    && PLAIN_SPEECH.test(text.slice(c.cueSpan.start, c.cueSpan.end));
  // "predicted rates will drop, although others feel the Bank may still think ...", "has criticised
  // Powell, and on Tuesday he called ...": a clause with a speaker of its own ends the outer content;
  // the inner claim stays.
  const trimmed = claims.map((o) => ({ ...o }));
  const tagged = new Set(trimmed.filter((_, i) => fromTagger.has(claims[i]!)));
  // "thanked the U.S. for its efforts but said ...", "describes himself as antiabortion and has said that ...": the
  // rules' verb of the same speaker after "and" or "but" ends the content of a verb before it, when that content is an
  // object, no clause ("contend executives met and agreed", "said he had nominated Bez after he became agitated and
  // talked" go on).
  // "Merz agreed, but cautioned that ...": a tagged verb whose content is only the rules' next verb of the same
  // speaker says nothing of its own.
  const hollow = new Set<RawClaim>();
  for (const o of trimmed) {
    for (const c of trimmed) {
      if (c === o || tagged.has(c) || !sameSpeaker(o, c) || c.cueSpan.start <= o.evidence.start || c.cueSpan.start >= o.evidence.end) continue;
      const between = text.slice(o.evidence.start, c.cueSpan.start);
      if (tagged.has(o) && LEADING_COORDINATOR.test(between)) hollow.add(o);
      const joint = COORDINATED_VERB.exec(between);
      if (!joint || QUOTE_MARK.test(between) || joint.index === 0 || CLAUSE_OPENER.test(between) || AUXILIARY.test(between.slice(0, joint.index))) continue;
      o.evidence = { start: o.evidence.start, end: o.evidence.start + joint.index };
      if (o.quote !== null && !text.slice(o.evidence.start, o.evidence.end).includes(o.quote)) o.quote = null;
    }
  }
  const kept = trimmed.filter((c) => {
    if (hollow.has(c)) return false;
    if (participle(c)) return true;
    const outer = trimmed.find((o) => !hollow.has(o) && inside(c, o) && !trailingSource(c, o));
    if (!outer) return true;
    const between = text.slice(outer.evidence.start, c.cueSpan.start);
    // (Not a list of names that is the content's own subject: "India and China have agreed".)
    const andName = AND_NAME.exec(between);
    // Nor names listed: "the Tories and BNP appealed", "both Sir Edward and Mr Thorpe thought" (a month may end the clause before: "in January and Nationwide reported").
    const wordsBefore = andName === null ? [] : between.slice(0, andName.index).trim().split(/\s+/);
    const lastWord = wordsBefore[wordsBefore.length - 1] ?? "";
    const listed = /,$/.test(wordsBefore[wordsBefore.length - 2] ?? "") || (/\p{Lu}/u.test(lastWord) && !MONTH_OR_DAY.test(lastWord));
    const clauseBefore = wordsBefore.length >= 4 && !listed;
    const turn = [...between.matchAll(CONTRAST)].pop() ?? AND_PRONOUN.exec(between) ?? AND_APPOSED.exec(between) ?? (clauseBefore ? andName : null)
      ?? (sameSpeaker(outer, c) ? AND_SAME_PRONOUN.exec(between) : null) ?? openingClauseEnd(text, outer, between) ?? undefined;
    if (turn?.index === undefined || turn.index === 0) return false;
    outer.evidence = { start: outer.evidence.start, end: outer.evidence.start + turn.index };
    if (outer.quote !== null && !text.slice(outer.evidence.start, outer.evidence.end).includes(outer.quote)) outer.quote = null;
    return true;
  });
  return kept;
}

/**
 * A quote before an inner cue, which that cue may attribute ('"...," he said'); not when a "that" opens a clause of the
 * outer content after the quote: 'said the player was "not for sale" and that they expected him to'.
 */
function quoteAttributedBy(before: string, innerCue: string): boolean {
  const marks = [...before.matchAll(new RegExp(QUOTE_MARK.source, "gu"))];
  const last = marks[marks.length - 1];
  // (Nor a second verb of the outer content's subject after the quote, no comma before its "and", that tells no act of
  // speech: 'had "engaged in obstruction" and showed' (but '"a con" and encouraged Americans to', '"behind the scenes
  // affair", and called' are the speaker's own). A naming ('what he called') or a relative's own voice ('"Obama-Clinton"
  // policies, which he said had harmed the economy') stays, as PolNeAR marks them.)
  const after = before.slice((last?.index ?? 0) + 1);
  const secondVerb = /^\s*(?:and|or)\s*$/i.test(after) && !SPEECH_ACT.test(innerCue.trim().split(/\s+/).pop() ?? "");
  return last !== undefined && !/\bthat\b/i.test(after) && !secondVerb;
}
/** Verbs that only tell an act of speech, never a state of the content's subject. */
const SPEECH_ACT = /^(?:said|says|told|urged|urges|encouraged|encourages|warned|warns|called|calls|demanded|demands|insisted|insists|added|claimed|claims|denied|denies|pledged|promised|vowed|tweeted|wrote|asked|accused|argued|declared|announced)$/i;

/** Words that open a clause or phrase before the sentence's subject: "Following the leak of the report, which concluded ..., X said". */
const SENTENCE_OPENER = /^\W*(?:following|after|before|when|while|although|though|because|since|as|if|despite|amid|once|until|unless)\b/i;

/**
 * "Following the leak of the report, which concluded that she violated agency rules ..., Clinton's campaign
 * contended": a cue inside the sentence's opening clause has a content that ends at the comma before the main
 * clause's speaker (at most five words before the inner cue, no quote between).
 */
function openingClauseEnd(text: string, outer: RawClaim, between: string): { index: number } | null {
  // The clause may open the sentence or follow its first clause: "The interview was held at his home, and when the AP
  // asked Bennett about it, the campaign manager said ...".
  const before = text.slice(outer.textSpan.start, outer.cueSpan.start);
  const clause = before.slice(before.lastIndexOf(", ") + 1).replace(/^\s*(?:and|but)\s+/, "");
  if (outer.cueSpan.end > outer.evidence.start || !(SENTENCE_OPENER.test(before) || SENTENCE_OPENER.test(clause))) return null;
  const comma = between.lastIndexOf(", ");
  if (comma <= 0 || QUOTE_MARK.test(between)) return null;
  const subject = between.slice(comma + 2).trim().split(/\s+/);
  return subject.length <= 5 && /^\p{Lu}|^(?:the|a|an|his|her|their|its)$/u.test(subject[0] ?? "") ? { index: comma } : null;
}

/** "but ", "and also ": a content that opens with the conjunction before a second verb. */
const LEADING_COORDINATOR = /^(?:and|but)\s+(?:(?:also|then|later|again)\s+)?$/i;

/** " but said", ", and also warned": the conjunction before a second verb of one subject. */
const COORDINATED_VERB = /,?\s+(?:and|but)\s+(?:(?:also|then|later|again)\s+)?$/;

const CLAUSE_OPENER = /^(?:that|he|she|they|it|we|i|there|this)\b/i;
const AUXILIARY = /\b(?:is|was|were|are|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b/i;

function sameSpeaker(a: RawClaim, b: RawClaim): boolean {
  if ("mention" in a.speaker) return "mention" in b.speaker && a.speaker.mention === b.speaker.mention;
  return "words" in b.speaker && a.speaker.start === b.speaker.start;
}

// Not ", and": it mostly goes on with the same voice ("said ..., and that it still hoped") or a list. After a dash
// too: "a single-payer system — a dream for many Democrats — while Clinton has slammed ...". And the answer in "...,
// to which O'Malley interjected".
const CONTRAST = /(?:,|\s[—–])\s+(?:although|though|while|whereas|but|because|when|to which)\s/g;

const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\W*$/;

/** "... mishandled the investigation and Democrats accused": "and", then a name right before the inner cue. */
const AND_NAME = /,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+$/u;

/** ", and its chairman, Alan Reid," right before the inner cue: a new clause whose subject, in apposition, speaks. */
const AND_APPOSED = /,\s+and\s+(?:its|his|her|their|the)\s+[\p{Ll}\s-]{2,40},\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+$/u;

/**
 * " and she" right before the inner cue, no comma: "Clinton said Russian services hacked the DNC's computers and she
 * accused Trump of ...": a clause of the same speaker, when the pronoun is hers (the claims share their speaker).
 */
const AND_SAME_PRONOUN = /\s+and\s+(?:he|she|they|we)\s+$/i;

/** ", and on Tuesday he" right before the inner cue: a new clause whose subject speaks. */
const AND_PRONOUN = /,\s+and\s+(?:(?:on|in|at|last|this|earlier|later|then)\b[^,]{0,25}?\s+)?(?:he|she|they|we)\s+$/i;

const PLAIN_SPEECH = /\b(?:said|says|say|told|tells|added|stated|declared|declares|explained|argued|noted|wrote|tweeted|replied|announced|confirmed|reported|understands|promised|pledged|warned|insisted|denied|ruled out|urged|urges|called on|called for|calls on|calls for|demanded|demands|condemned|rejected)$/i;

const QUOTE_MARK = /[“”"«»]|''|``/;
const PREPOSITION_BEFORE = /\b(?:by|for|of|in|without|after|before|from|on|about|through|via)\s+$/i;
