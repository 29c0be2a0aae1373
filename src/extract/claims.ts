// Speech acts: direct quotes with their attribution (“...,” Mattis told reporters / X warned: “...”),
// reported speech (X said that ..., ..., an official said), "according to X". Each sentence is
// read once; quotes are found per paragraph so a quote may run over sentences.
import { interviewAnswers, opensAQuestion } from "./interviews.ts";
import type { DocumentMessage, Span } from "../types/index.ts";
import { skipAdjuncts, statementAside } from "./adjuncts.ts";
import { claimDescriber } from "./claim-attributes.ts";
import { dropNestedClaims, mergeTaggedClaims } from "./claim-merge.ts";
import { quotesAfterColons } from "./colon-quotes.ts";
import { cueSpanFirst, findCues, REFUSED_VERBS, speechActFromCue, statementVerbBefore, type Cue } from "./cues.ts";
import { resolveDate } from "./dates.ts";
import { resumptiveClaims } from "./resumptive-claims.ts";
import { orgHeadKind } from "./heads.ts";
import { AUXILIARIES, hasClass, W, WEEKDAY_NAMES } from "./lexicon.ts";
import { QUOTE_MARK, type Quote } from "./quotes.ts";
import { actObjectEnd, conditionSubjectAt, coordinatorBefore, DASHES, findSubject, mainSubject, bodyForIt, participleSubject, PEOPLE_PLURAL, pluralSubjectForThey, readsAsClause, segmentStart, speakerAfter, type ClaimContext, type SpeakerFound } from "./speaker.ts";
import { isRoleNoun } from "./titles.ts";
import { closesBracket, closesNumber, firstTokenAt, tokenRange, type Sentence, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention, RawSpeaker } from "./types.ts";
import { contentClaims, introEnd, ONE_WORD_CONTENTS, PronounMemory, quoteText, type ContentPart } from "./content.ts";
import { claimsOfAttributions, tagAttributions, type AttributionModel } from "./attribution/index.ts";
import { namesOnlyAnAudience, tellsOnlyWhen } from "./attribution/tidy.ts";
import type { RoleHolders } from "./role-speakers.ts";
import { lineQuotes, quotedTokens } from "./attribution/context.ts";
import { transcriptTurn } from "./transcript-turns.ts";
import { closesTimeClauseAt } from "./cue-readings.ts";
import { CLAUSE_AFTER_COMMA, CLAUSE_AFTER_SPEAKER, SUBJECT_PRONOUN, coordinatedAdjective, dashClauseAt, FINDERS, FINDING, namedClauseAt, openingClauseEnd, pastRelativeClause, RELATIVE_WORDS, relativeClauseEnd, relativeCue, secondVerbAt, speakerClosingAt, SPEAKER_PHRASE_WORDS, subjectsPredicateAt, TRAILING_APPOSITION, trailingPhrase } from "./content-bounds.ts";
import { colonIntroducesNoWords, headlineContent, headlineCue, headlineSource } from "./headline-claims.ts";

interface SourcedSpeaker {
  speaker: RawSpeaker;
  sourceSpan?: Span;
}

export interface ClaimResult {
  claims: RawClaim[];
  messages: DocumentMessage[];
}

/**
 * The end of a role apposition after a named speaker, else `from`: ", chief financial officer",
 * ", an analyst at Schroder Wertheim" (up to the next comma; a role noun in it, no clause), or a
 * relative clause to the end (", who runs a fund").
 */
function appositionEnd(ctx: ClaimContext, from: number, limit: number): number {
  const t = ctx.layout.tokens;
  // ", said Stuart Hensel of the Economist Intelligence Unit.": the speaker's group after "of" or "at", then a comma or the end.
  if (/^(?:of|at|from)$/.test(t[from]?.lower ?? "")) {
    const group = ctx.mentions[ctx.mentionAt[t[from + 1]?.lower === "the" ? from + 2 : from + 1] ?? -1];
    if (group?.type === "Group" && (group.lastToken === limit || t[group.lastToken]?.text === ",")) return appositionEnd(ctx, group.lastToken, limit);
  }
  // ", reported AP news agency.": the outlet's kind after its name, to the sentence's end.
  if (from < limit && t.slice(from, limit).every((w) => /^(?:news|agency|newspaper|magazine|website|channel|television|tv|radio|daily|weekly|wire|service)$/.test(w.lower))) return limit;
  if (t[from]?.text !== "," || from + 1 >= limit) return from;
  if (t[from + 1]!.lower === "who") return limit; // ", said Johnson, who runs a fund."
  let role = false;
  let k = from + 1;
  for (; k < limit && k < from + 16 && t[k]!.text !== ","; k++) {
    if (ctx.quoted[k] || (!t[k]!.word && !/^(?:&|\.|['’]s)$/.test(t[k]!.text)) || RELATIVE_WORDS.has(t[k]!.lower)) return from;
    role ||= isRoleNoun(t[k]!.lower);
  }
  // Or any words with no verb to the sentence's end: ", said David Theriault, standards and regulatory liaison for Ubisense."
  return (role && (k === limit || t[k]!.text === ",")) || (k === limit && k - from <= 10 && !readsAsClause(ctx, from + 1, k)) ? k : from;
}

/**
 * Where the content of a source named after it (", Downing Street said", ", according to people familiar") starts:
 * after another speaker's claim, the clause the source vouches for is the one after ", while" ("Scholz said it was
 * wrong, while Starmer called him, Downing Street said"), or after ", and" when that clause has a cue of its own
 * ("Murkowski said ..., and two other senators told colleagues ..."); else the sentence's start.
 */
function ownClauseStart(ctx: ClaimContext, cues: readonly Cue[], sentenceFirst: number, end: number): number {
  const t = ctx.layout.tokens;
  const earlier = cues.find((c) => c.first > sentenceFirst && c.last < end);
  for (let j = end - 2; earlier && j > earlier.last; j--) {
    if (t[j]!.text !== "," || ctx.quoted[j]) continue;
    const joiner = t[j + 1]!.lower;
    if (/^(?:while|whereas|but)$/.test(joiner) || (joiner === "and" && cues.some((c) => c.first > j + 2 && c.last < end))) return j + 2;
  }
  return sentenceFirst;
}

/** A noun of one who does something, which the lexicon may lack or know as a verb: "monitor", "strategist", "historian". */
const AGENT_NOUN = /^[a-z]{3,}(?:ist|er|or|ian)$/;

/** "a national student loan debt expert who ...", "adviser to IMF's managing director", "founder and chairman of ...": an apposition. */
function describesAPerson(t: TextLayout["tokens"], from: number, limit: number): boolean {
  // A short noun phrase closing the sentence: "..., said David Theriault, standards and regulatory liaison for Ubisense."
  if (limit - from <= 8 && t.slice(from, limit).every((w) => w.word && !AUXILIARIES.has(w.lower) && !/ed$/.test(w.lower))) return true;
  for (let k = from; k < Math.min(limit, from + 6) && t[k]!.word; k++) {
    if (isRoleNoun(t[k]!.lower) || ((AGENT_NOUN.test(t[k]!.lower) || /^(?:expert|boss)$/.test(t[k]!.lower)) && k > from && /^(?:a|an|the)$/.test(t[from]!.lower))) return true;
    if (AUXILIARIES.has(t[k]!.lower)) return false;
  }
  return false;
}

/** Words that may open a sentence before a quote without being part of the claim. */
/** A call's cue: "called for", "has pressed for", "appealed for". */
const CALL_FOR = /\b(?:call(?:s|ed|ing)|press(?:es|ed|ing)|push(?:es|ed|ing)|appeal(?:s|ed|ing))\s+for$|^(?:urged|urges|urging|urge)$/i;
/** Words that are no object of a call: "called for what". */
const FUNCTION_WORDS = /^(?:what|which|that|this|these|those|them|more|less|some|such|there|here|example|instance)$/;
const CONNECTIVES = new Set(["but", "and", "nevertheless", "however", "still", "yet", "now", "so", "meanwhile", "instead", "indeed", "moreover", "besides"]);
const CLAUSE_WORDS = new Set(["while", "and", "but", "as", "whereas", "although", "though", "because", "when", "after", "before", "since", "so"]);

interface Attribution {
  cue: Cue;
  speaker: SpeakerFound;
  /** Token range read for the date of the speech act. */
  dateFrom: number;
  dateTo: number;
  /** A participle after another act's object: only dates of acts count ("on May 31"), not an object's ("a cut in December"). */
  actDatesOnly?: boolean;
  /** For a verb after "and", the shared subject and what follows it ("Barzani on Sunday defended ... and said"). */
  subject?: { from: number; to: number };
  /** The act's adjuncts after its object ("thanked Kenya on Sunday"): they date it. */
  after?: { from: number; to: number };
  sentence: Sentence;
  /** The content opens the sentence ("Sales rose 4% in October, the BRC said"): its opening phrase is no time of speaking. */
  contentOpens?: boolean;
}

/** "quit the Independence Party and accused it": a speaker ending right at "and" is the first verb's object. */
function notRightBefore(ctx: ClaimContext, found: SpeakerFound | null, and: number): SpeakerFound | null {
  if (!found) return null;
  const last = found.kind === "mentions" ? Math.max(...found.mentions.map((m) => ctx.mentions[m]!.lastToken)) : found.kind === "words" ? found.last : found.first + 1;
  return last === and ? null : found;
}

/**
 * "promised to buy more American soybeans and Washington cut some tariffs": an infinitive's content ends where
 * "and" opens a clause of its own, a name and its verb.
 */
function infinitiveEnd(ctx: ClaimContext, span: Span): Span {
  const t = ctx.layout.tokens;
  const from = firstTokenAt(t, 0, span.start);
  if (t[from]?.lower !== "to") return span;
  for (let j = from + 2; j < t.length && t[j]!.end <= span.end; j++) {
    const named = t[j]!.lower === "and" ? ctx.mentions[ctx.mentionAt[j + 1] ?? -1] : undefined;
    const verb = named !== undefined && named.firstToken === j + 1 ? t[named.lastToken] : undefined;
    if (verb?.word && !verb.cap && (/ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) && verb.end <= span.end) {
      return { start: span.start, end: t[j - 1]!.end };
    }
  }
  return span;
}

/** "But Soleimani was in Sulaimaniya, according to two officials": the sentence's opening conjunction links it to the one before, the writer's word. */
function withoutOpeningConjunction(ctx: ClaimContext, span: Span): Span {
  const t = ctx.layout.tokens;
  const from = firstTokenAt(t, 0, span.start);
  const opener = t[from];
  if (!opener || opener.start !== span.start || !/^(?:But|And|Yet)$/.test(opener.text) || ctx.layout.sentences[opener.sentence]!.first !== from) return span;
  const next = t[from + 1];
  return next?.word && next.end <= span.end ? { start: next.start, end: span.end } : span;
}

const IRREGULAR_PAST = new Set(["cut", "put", "set", "hit", "let", "quit", "made", "took", "gave", "sent", "said", "told", "won", "lost",
  "met", "kept", "left", "brought", "bought", "sold", "held", "began", "rose", "fell"]);

/** The cue at `offset` asks a question of the writer's, no claim: "What does the law say?", "Did he mean it?" (not inside a quote). */
function askedQuestion(ctx: ClaimContext, offset: number): boolean {
  const t = ctx.layout.tokens;
  const k = firstTokenAt(t, 0, offset);
  if (ctx.quoted[k]) return false;
  const sentence = ctx.layout.sentences[t[k]!.sentence]!;
  if (t[sentence.last - 1]?.text !== "?") return false;
  for (let j = sentence.first; j < k; j++) {
    if (ctx.quoted[j]) continue;
    if (/^(?:do|does|did)$/.test(t[j]!.lower)) return true;
    // "What have the companies said?", "Has the minister said ...?": an auxiliary before its subject.
    if (/^(?:have|has|had|will|would|is|are|was|were)$/.test(t[j]!.lower) && (j === sentence.first || /^(?:what|how|why|who|when|where|which)$/.test(t[j - 1]!.lower))) return true;
  }
  return false;
}

/** A short quote of capitalised words, a title: “Meet the Press.” */
function titleLike(quote: string): boolean {
  const words = quote.replace(/^[“"‘']|[.,!?]?[”"’']$/g, "").split(/\s+/).filter((w) => w.length > 3);
  return quote.split(/\s+/).length <= 5 && words.length > 0 && words.every((w) => /^[A-Z]/.test(w));
}

/** After "A statement from", "the letter by": where the body that wrote it starts, in tokens [first, last); else undefined. */
function documentFrom(t: TextLayout["tokens"], first: number, last: number): number | undefined {
  if (!/^(?:a|an|the)$/.test(t[first]!.lower) || !WRITTEN_BY.test(t[first + 1]?.lower ?? "") || !/^(?:from|by)$/.test(t[first + 2]?.lower ?? "")) return undefined;
  return first + 3 < last ? first + 3 : undefined;
}
const WRITTEN_BY = /^(?:statement|letter|report|memo|message|note|announcement|communique|communiqué|readout|transcript)$/;

/** The content of "declined to comment (on the plant)", "refused to say", "would not elaborate": a refusal to speak (`declines`). */
const NO_COMMENT = /^(?:to\s+)?(?:comment|say|elaborate|respond|answer|speculate|confirm or deny|be drawn)(?:\s+(?:further|publicly|(?:on|about|beyond) (?:(?:the|this|that|its|his|her|their|any|an?) )?[\w'’ -]{1,80}))?[.,]?$|^to\s+(?:say|disclose|reveal|specify|discuss|confirm)\s+(?:whether|when|how|what|who|why|if|which|where)\b/i;

/**
 * Acts that say nothing, whatever read them as claims: "testified alongside Altman", "fought back tears as she spoke to
 * reporters" (company, the time), "struck a cautious tone" (a manner), "also reported results on Tuesday" (no figure),
 * "an activist appointed minister" (an appointment), "policymakers grew more worried" ("more" speaks not), "Companies
 * found in breach of the rules" (a passive), "Hartley, who had pleaded not guilty, showed no emotion" (the main clause's
 * act after the relative clause's comma).
 */
function saysNothing(c: RawClaim, words: string, text: string): boolean {
  const cue = c.cue.toLowerCase();
  if (/^(?:alongside\b|as\s+(?:he|she|they|we|i)\s+(?:[a-z]+ed|spoke|left|arrived|came|went|stood|sat|took|gave|began|set|sets|unveiled|launched|turned)\b)/i.test(words)) return true;
  if (/^(?:struck|strikes|strike|striking)$/.test(cue) && /\btone\b/i.test(words)) return true;
  if (/\breport/.test(cue) && /^(?:(?:its|their|quarterly|annual|first-quarter|full-year)\s+)*(?:results|earnings)(?:\s+(?:on|for|in|last|this)\b.*)?[.,]?$/i.test(words)) return true;
  if (/^(?:(?:was|were|been|be)\s+)?(?:appointed|elected)$/.test(cue)) return true;
  // "named Katrina Armstrong as interim president": an appointment too (not "named the suspect as John Smith").
  const role = /^named$/.test(cue) ? /\bas\s+(?:(?:its|the|their|a|an|new|interim|acting|permanent|next)\s+)*([a-z-]+)/.exec(words)?.[1] : undefined;
  if (role !== undefined && isRoleNoun(role)) return true;
  // "who writes the Fact Checker column": a job, not words written.
  if (/^(?:writes|wrote|write)$/.test(cue) && /^(?:the|a|an|his|her|their)\s.*\b(?:column|blog|newsletter|books?|novels?)(?:\s+(?:for|at|in|on)\s.*)?$/i.test(words)) return true;
  // "chanted and waved placards": the content of a chant is no second verb (a sentence may open with "And" what was said).
  // (Not a refusal, "did not return calls and emails seeking comment", nor one more speaker's: "would argue and Sanders believes".)
  if (/^and\s/.test(words) && c.predicate !== "declines" && !words.split(/\s+/).slice(1, 5).some((w) => speechActFromCue(w.toLowerCase()) !== undefined)) return true;
  if ("words" in c.speaker && /^(?:more|less|very|so|too)$/i.test(c.speaker.words.trim())) return true;
  if (cue === "found" && /^in\s+(?:breach|violation|contempt)\b/i.test(words)) return true;
  // "The 15-page report, published a month after the disaster, said": a document's participle between commas.
  // (Its time after it: not the main verb after the subject's aside, "Sen. Rand Paul, R-Ky., who ..., posted on social media".)
  if (/^(?:published|released|issued|filed|leaked)$/.test(cue) && /,\s*$/.test(text.slice(Math.max(0, c.cueSpan.start - 3), c.cueSpan.start))
    && /^(?:(?:a|an|two|three|four)\s+(?:days?|weeks?|months?|years?|hours?)|last|this|earlier|late|early|on\s+\w+day|in\s+the\s+[A-Z])\b/.test(words) && !/\bthat\b/.test(words)) return true;
  const relative = c.sourceSpan !== undefined && /^(?:who|which)$/i.test(text.slice(c.sourceSpan.start, c.sourceSpan.end).trim());
  return relative && c.evidence.start > c.cueSpan.end && /^\s*,\s*$/.test(text.slice(c.cueSpan.end, c.evidence.start));
}

/** A content that says nothing is said: "(said) it had no comment on the case", "(said) he would not comment further". */
const NO_COMMENT_CONTENT = /^(?:it|he|she|they|we|the \w+) (?:(?:had|has|have) no (?:immediate |further )?comment|(?:would|could|will|can) ?not comment(?: further)?)(?: (?:on|about) [\w'’"“” -]{1,80})?[.,]?$/i;

/** Cues that say nothing was said: "has not commented", "did not respond", "has never spoken" (`declines`). */
const NOT_COMMENTED = /\b(?:not|never|n't)\s+(?:\w+\s+)?(?:comment|commented|respond|responded|speak|spoken|(?:(?:respond|responded|reply|replied)\s+to)|return|returned)$|\b(?:declined|declines|refused|refuses)\s+to\s+(?:comment|elaborate|say|discuss|speculate|name|identify|disclose|reveal|specify|confirm)\b/i;

/** What a refusal's cue ("declined", "refused") refuses is to say something: "declined to name the supplier". */
const REFUSED_TO_SAY = new RegExp(`^to\\s+${REFUSED_VERBS.source.slice(1, -1)}\\b`, "i");

/**
 * A participle whose "content" is its agent: "the patents released by IBM include", "a technology backed by Sony",
 * "an Arab governor appointed by Baghdad" describe a thing, nobody said them; "predicted by 2006, ..." is a time.
 */
const PASSIVE_PARTICIPLE = /(?:^|\s)(?:\w+ed|found|known|held|made|seen|shown|written|given|felt|laid|set|led|run|hit|done)(?:\s+(?:out|back|up|down|off|only))?$/i;
const AGENT = /^by\s+(?!\d|the\s+(?:end|time|middle|start|beginning|close)\b|\w+ing\b)/i;
/** An agent counted: "backed by 100 firms" (not a margin: "by 100 votes", "by 5 points"). */
const COUNTED_AGENT = /^by\s+\d[\d,]*\s+(?!(?:points|votes|seats|runs|goals|wickets|games|matches|years|months|days|weeks|hours|minutes|places|percent|cents|pence|dollars|pounds|euros|yen|shares|barrels|tonnes)\b)[a-z]+s\b/i;
/** One-word contents that stand for what was said before: "denied it", "said so", "confirmed this". */
const ANAPHORIC_CONTENT = new Set(["it", "that", "this", "so", "them", "these", "those", "everything", "nothing", "anything", "both"]);

/** Words opening a phrase or a clause of time before the main clause: "In a report published on Wednesday,", "When the changes were unveiled,". */
const INTRO_OPENERS = new Set(["in", "on", "at", "during", "after", "before", "when", "as", "since", "while", "until", "once", "speaking",
  "addressing", "writing", "asked", "earlier", "later", "last", "ahead", "following", "with", "but", "and", "then"]);

/**
 * "Netanyahu's wife, Sara, visited wounded soldiers, her office said": after what was said, "his"/"her" is the first
 * person of that gender the content names (not a possessor); undefined when the pronoun opens its sentence or none fits.
 */
function trailingOwner(ctx: ClaimContext, pronoun: number): number | undefined {
  const t = ctx.layout.tokens;
  const unwanted = t[pronoun]!.lower === "his" ? "female" : t[pronoun]!.lower === "her" ? "male" : undefined;
  if (unwanted === undefined || t[pronoun - 1]?.text !== ",") return undefined;
  for (let k = ctx.layout.sentences[t[pronoun]!.sentence]!.first; k < pronoun; k++) {
    const m = ctx.mentionAt[k]!;
    const mention = ctx.mentions[m];
    if (mention && mention.firstToken === k && mention.type === "Person" && !mention.possessive && !ctx.quoted[k]) return mention.gender !== unwanted ? m : undefined;
  }
  return undefined;
}

/** Determiners opening a speaker's noun phrase: "the oil giant", "its owner". */
const DETERMINERS_OF_SPEAKERS = /^(?:the|a|an|its|his|her|their)$/;

/** Words opening a phrase before a sentence's clause: "But later on Saturday, according to ...". */
const OPENING_PHRASE_WORDS = new Set(["but", "and", "yet", "so", "later", "earlier", "on", "in", "at", "last", "then", "meanwhile", "however", "after", "before", "since", "now", "during", "until"]);

/**
 * The claim cue at offset `at` stands in a question of an interview's ("Q: Which crisis worries you most?"); not in what
 * the interviewer tells before asking ("QLast October, President Obama decided to keep troops there.").
 */
function interviewQuestion(layout: TextLayout, at: number): boolean {
  const t = layout.tokens;
  const [k] = tokenRange(t, at, at + 1);
  const sentence = layout.sentences[t[k]!.sentence]!;
  return t[sentence.last - 1]?.text === "?" && opensAQuestion(layout.text, layout.lines[sentence.line]!.start);
}

/**
 * Claims of one document: the claims of the rules below, and the attributions of the trained tagger
 * (src/extract/attribution) whose cue no rule found. `tagger: null` runs the rules alone.
 */
export function extractClaims(layout: TextLayout, mentions: readonly RawMention[], docDate: string | null, tagger: AttributionModel | null = null, holderOf?: RoleHolders): ClaimResult {
  const t = layout.tokens;
  const mentionAt = new Int32Array(t.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.firstToken; k < m.lastToken; k++) mentionAt[k] = i;
  });
  // Quotes are found once per line, for the quoted tokens and for the rules below.
  const quotesOfLine = lineQuotes(layout);
  const ctx: ClaimContext = { layout, mentions, mentionAt, quoted: quotedTokens(layout, quotesOfLine) };
  const claims: RawClaim[] = [];
  const messages: DocumentMessage[] = [];
  const memory = new PronounMemory(mentions, t, holderOf);
  memory.answers = interviewAnswers(layout, mentions);
  const fromTagger = new Set<RawClaim>();

  const throughRelative = (found: { relative?: number }): { sourceSpan?: Span } =>
    found.relative === undefined ? {} : { sourceSpan: { start: t[found.relative]!.start, end: t[found.relative]!.end } };
  const speakersOf = (found: SpeakerFound): SourcedSpeaker[] => {
    // "Mike Lee, who declared", "an architect who said": the name or words speak, through the relative pronoun as
    // written (like "he said").
    if (found.kind === "mentions") {
      return found.mentions.map((m) => ({ speaker: { mention: m }, ...throughRelative(found) }));
    }
    if (found.kind === "words") {
      // "Her spokesman added": the one "her" stands for, through a spokesman or an office, as "Honda's spokesperson" is Honda.
      const owner = found.last - found.first === 2 && /^(?:his|her|its|their)$/.test(t[found.first]!.lower) && /^(?:spokesman|spokeswoman|spokesperson|office)$/.test(t[found.first + 1]!.lower)
        ? trailingOwner(ctx, found.first) ?? memory.resolve(t[found.first]!.lower, found.first, t[found.first]!.sentence, ctx.quoted[found.first] === 1) : undefined;
      if (owner !== undefined) return [{ speaker: { mention: owner }, sourceSpan: { start: t[found.first]!.start, end: t[found.last - 1]!.end } }];
      // "A statement from the Syrian foreign ministry welcomed": the ministry speaks, through its statement (the source span).
      const through = documentFrom(t, found.first, found.last);
      // "a report by UK think tank Demos": the name it ends in.
      const author = through === undefined ? undefined : mentions[mentionAt[found.last - 1]!];
      if (author && author.lastToken === found.last && author.firstToken >= through! && author.type !== "Place") {
        return [{ speaker: { mention: mentionAt[found.last - 1]! }, sourceSpan: { start: t[found.first]!.start, end: author.end } }];
      }
      const start = t[through ?? found.first]!.start;
      const end = t[found.last - 1]!.end;
      const sourceSpan = through === undefined ? throughRelative(found) : { sourceSpan: { start: t[found.first]!.start, end } };
      return [{ speaker: { words: layout.text.slice(start, end), start, end }, ...sourceSpan }];
    }
    // "Kurdish lawmakers walked out ... over a draft budget that they said would cut ...": the plural subject opening the sentence.
    const plural = found.word === "they" ? pluralSubjectForThey(ctx, found.first) : null;
    if (plural) {
      const [start, end] = [t[plural.first]!.start, t[plural.last - 1]!.end];
      return [{ speaker: { words: layout.text.slice(start, end), start, end }, sourceSpan: { start: t[found.first]!.start, end: t[found.first]!.end } }];
    }
    // "Michael Chicoine and William Trowbridge pleaded guilty ... They also pleaded guilty": the people who spoke together.
    const together = found.word === "they" && !ctx.quoted[found.first] ? memory.peopleForThey(t[found.first]!.sentence) : undefined;
    if (together) return together.map((m) => ({ speaker: { mention: m }, sourceSpan: { start: t[found.first]!.start, end: t[found.first]!.end } }));
    // Resolved where the pronoun stands: "They rejected threats against the Peshmerga, and pledged" is not the Peshmerga's.
    const m = memory.resolve(found.word, found.first, t[found.first]!.sentence, ctx.quoted[found.first] === 1, (k) => ctx.quoted[k] === 1);
    const named = m === undefined ? memory.resolveWords(found.word, t[found.first]!.sentence, t[found.first]!.start) : undefined;
    if (named) return [{ speaker: { ...named }, sourceSpan: { start: t[found.first]!.start, end: t[found.first]!.end } }];
    // "Britain's competition watchdog has opened an investigation ..., it said": the body the sentence opens with.
    const body = found.word === "it" ? bodyForIt(ctx, found.first, m) : null;
    if (body) {
      const start = t[body.first]!.start;
      const end = t[body.last - 1]!.end;
      return [{ speaker: { words: layout.text.slice(start, end), start, end }, sourceSpan: { start: t[found.first]!.start, end: t[found.first]!.end } }];
    }
    if (m === undefined) {
      messages.push({ severity: "info", rule: "claim-speaker-unresolved", reason: `speaker "${found.word}" could not be resolved to a person or group; claim left out`, offset: t[found.first]!.start });
      return [];
    }
    // The claim is the person's; its source span is the pronoun itself, as written ("he said").
    return [{ speaker: { mention: m }, sourceSpan: { start: t[found.first]!.start, end: t[found.first]!.end } }];
  };
  // An opening phrase dates the claim ("In a statement on Monday, Sage said"), or an opening clause of time ("When the
  // changes were unveiled last year, X said"); not a main clause ("The economy will slow in 2005, the UNECE forecasts").
  const openingDate = (a: Attribution): string | null => {
    const end = introEnd(layout, a.sentence, a.dateFrom);
    if (end > a.sentence.first && !INTRO_OPENERS.has(t[a.sentence.first]!.lower) && readsAsClause(ctx, a.sentence.first, end)) return null;
    // "In the year ending 31 December 2003, Chalone reported": a reporting period, not when it was said.
    for (let k = a.sentence.first; k + 1 < end; k++) if (/^(?:year|quarter|months|period)$/.test(t[k]!.lower) && /^(?:ending|ended|to)$/.test(t[k + 1]!.lower)) return null;
    return resolveDate(t, a.sentence.first, end, docDate);
  };
  const dateOf = (a: Attribution): string | null =>
    resolveDate(t, a.dateFrom, a.dateTo, docDate, a.actDatesOnly) ?? (a.after ? resolveDate(t, a.after.from, a.after.to, docDate) : null) ?? (a.subject ? resolveDate(t, a.subject.from, a.subject.to, docDate) : null)
      ?? (a.contentOpens ? null : openingDate(a));
  // The speaker of the last direct quote and where it ended: a paragraph that opens with a quote may go on with it.
  let lastQuoted: Attribution | null = null;
  let lastQuoteEnd = -1;
  // What each sentence emitted: where a content opens it, it is no opening phrase dating the sentence's other claims.
  let emitted: { a: Attribution; from: number; to: number }[] = [];
  const redateAfterOpeningContent = (): void => {
    if (emitted.some((e) => e.a.contentOpens)) {
      for (const e of emitted) {
        if (e.a.contentOpens) continue;
        const date = dateOf({ ...e.a, contentOpens: true });
        for (let i = e.from; i < e.to; i++) claims[i]!.date = date;
      }
    }
    emitted = [];
  };
  const emit = (a: Attribution, parts: ContentPart[], textFrom: number): void => {
    for (const part of parts) if (part.quote !== null && part.end > lastQuoteEnd) [lastQuoted, lastQuoteEnd] = [a, part.end];
    const cueStart = t[cueSpanFirst(layout, a.cue, (k) => ctx.quoted[k] === 1)]!.start;
    const cueEnd = t[a.cue.last - 1]!.end;
    const date = dateOf(a);
    emitted.push({ a, from: claims.length, to: claims.length });
    const speakers = speakersOf(a.speaker);
    memory.spokeTogether(speakers.flatMap(({ speaker }) => ("mention" in speaker ? [speaker.mention] : [])), a.sentence.index);
    for (const { speaker, sourceSpan } of speakers) {
      for (const part of parts) {
        claims.push({
          speaker,
          ...(sourceSpan ? { sourceSpan } : {}),
          predicate: a.cue.predicate,
          cue: layout.text.slice(cueStart, cueEnd),
          cueSpan: { start: cueStart, end: cueEnd },
          textSpan: { start: Math.min(textFrom, a.sentence.start), end: Math.max(a.sentence.end, part.end) },
          quote: part.quote,
          evidence: { start: part.start, end: part.end },
          date,
        });
      }
      if ("mention" in speaker) memory.spoke(speaker.mention, a.sentence.index);
      else memory.spokeWords(speaker, a.sentence.index);
      // "A Conservative spokeswoman said": the party spoke through one person, whom a "she" after it stands for.
      const voiced = "mention" in speaker ? speaker.mention : -1;
      const m = mentions[voiced];
      if (m && /^(?:a|an)$/.test(t[m.firstToken - 1]?.lower ?? "") && /^(?:spokesman|spokeswoman|spokesperson)$/.test(t[m.lastToken]?.lower ?? "")) {
        memory.spokeThrough(voiced, layout.text.slice(t[m.firstToken - 1]!.start, t[m.lastToken]!.end), t[m.firstToken - 1]!.start, a.sentence.index);
      }
      for (const part of parts) memory.said(part.start, part.end);
    }
    emitted[emitted.length - 1]!.to = claims.length;
  };

  // “... Now they are cutting them,” she said: a quote running over sentences whose attribution follows
  // it where it closes (read when that sentence comes) is no continuation of the speaker before it.
  const attributedAtClose = (q: Quote): boolean => {
    if (!q.closed) return false;
    const mark = firstTokenAt(t, 0, q.close) - 1; // the closing quote mark
    const closing = layout.sentences[t[mark]?.sentence ?? 0]!;
    let k = mark + 1;
    if (k >= closing.last || closing.start <= q.open) return false;
    if (t[k]?.text === ",") k++;
    // Not a cue that opens the next quote: “... year.” Hayes said: “...”
    return findCues(layout, closing.first, closing.last, (j) => ctx.quoted[j] === 1)
      .some((c) => c.first >= k && c.first <= k + 12 && t[c.last]?.text !== ":" && !/^[“"«]$/.test(t[c.last]?.text ?? ""));
  };

  // News runs a long quote over paragraphs: “... \n\n“The companies are racing each other.” The speaker of a
  // quote ending the last paragraph's last sentence goes on into a paragraph that opens with a quote.
  let carried: Attribution | null = null;
  for (let l = 0; l < layout.lines.length; l++) {
    const line = layout.lines[l]!;
    const quotes = quotesOfLine[l]!;
    const lineFirst = layout.sentences[line.first]!.first;
    const used = new Set<Quote>();
    let lastInLine: Attribution | null = line.heading ? null : carried;
    const tagged = tagger ? tagAttributions(tagger, ctx, line) : [];
    const taggedClaims = (s: number): void => {
      const here = tagged.filter((a) => t[a.cue.first]!.sentence === s).map((a) => line.heading ? headlineSource(t, a) : a);
      if (here.length === 0) return;
      for (const c of claimsOfAttributions(ctx, memory, here, docDate)) {
        if (line.heading && (!headlineCue(c.cue) || colonIntroducesNoWords(layout.text, c))) continue;
        if (line.heading) headlineContent(layout.text, line.start, c);
        fromTagger.add(c);
        claims.push(c);
      }
    };
    if (line.heading) for (let s = line.first; s < line.last; s++) taggedClaims(s);
    // "WALLACE: If I may, sir, ...": a transcript's turn is its speaker's, the whole paragraph.
    const turn = transcriptTurn(ctx, line, memory.answers?.interviewee);
    if (turn) {
      const cue: Cue = { first: turn.cue, last: turn.cue + 1, predicate: "states", addressee: false, reversible: false, according: false };
      // The words as spoken, a quote; a paragraph after it that opens with a quote mark goes on with this speaker.
      const parts = contentClaims(ctx, quotes, used, turn.from, turn.to).map((p) => ({ ...p, quote: p.quote ?? layout.text.slice(p.start, p.end) }));
      const a: Attribution = { cue, speaker: turn.speaker, dateFrom: turn.cue, dateTo: turn.cue, sentence: layout.sentences[line.first]!, contentOpens: true };
      for (const q of quotes) used.add(q);
      if (parts.length > 0) emit(a, parts, a.sentence.start);
      lastInLine = a;
    }

    for (let s = line.first; s < line.last && !line.heading; s++) {
      const sentence = layout.sentences[s]!;
      emitted = [];
      const cues = findCues(layout, sentence.first, sentence.last, (k) => ctx.quoted[k] === 1);
      let quotedHere = false; // a quote of this sentence has its speaker
      const consumed = new Set<Cue>();

      // “...,” Mattis told reporters.   “...,” said the minister.
      for (const q of quotes) {
        if (used.has(q) || !q.closed || q.close <= sentence.start || q.close > sentence.end) continue;
        let k = firstTokenAt(t, sentence.first, q.close);
        if (t[k]?.text === ",") k++;
        // "Fathi Bin Shatwan, Libya's oil minister, told"; "Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of Blu ray, told".
        // A longer apposition only after a person's name and its comma.
        const named = ctx.mentions[ctx.mentionAt[k] ?? -1];
        const reach = named?.type === "Person" && t[named.lastToken]?.text === "," ? 20 : 12;
        const cue = cues.find((c) => c.first >= k && c.first <= k + reach && !consumed.has(c));
        if (!cue || cue.first >= sentence.last) continue;
        // The quote must open its clause and be followed only by its speaker: not "..., while X said".
        let between = CLAUSE_WORDS.has(t[k]?.lower ?? "");
        // An apposition may stand in the speaker: "Fathi Bin Shatwan, Libya's oil minister, told".
        // Or one between dashes, or a parenthesis: "Andrei Illarionov - then adviser to President Vladimir Putin - told",
        // "Kurdistan Workers Party (PKK) central committee member Riza Altun told".
        for (let j = k; j < cue.first; j++) if (ctx.quoted[j] || !t[j]!.word && !/^(?:\.|,|['’]s|[-–—()])$/.test(t[j]!.text)) between = true;
        const openAt = firstTokenAt(t, lineFirst, q.open);
        const openSentence = layout.sentences[t[openAt]!.sentence]!;
        // A connective may open the sentence: "Nevertheless, “...,” the centre said."
        for (let j = openSentence.first; j < openAt; j++) if (t[j]!.word && !(j === openSentence.first && CONNECTIVES.has(t[j]!.lower))) between = true;
        if (between) continue;
        // '“...” about the decision, said RoseAnn DeMoro': a person after a cue that follows a comma is the speaker
        // (not whom one told: '“...,” Zack Clement, a lawyer for Yukos, told Judge Clark').
        const after = cue.first > k && t[cue.first - 1]!.text === "," && cue.reversible && !cue.addressee ? speakerAfter(ctx, cue.last, sentence.last) : null;
        const personAfter = after?.kind === "mentions" && mentions[after.mentions[0]!]!.type === "Person" ? after : null;
        const speaker = cue.first === k
          ? speakerAfter(ctx, cue.last, sentence.last)
          : personAfter ?? findSubject(ctx, k, cue.first) ?? null;
        if (!speaker) continue;
        const attrEnd = skipAdjuncts(ctx, cue, sentence.last);
        // The words after the cue up to a comma or a quote tell where and when it was said, whatever adjuncts.ts knows:
        // '“...,” Trump said in the White House Rose Garden on Wednesday, calling it'.
        let said = Math.max(attrEnd, cue.last);
        while (said < sentence.last && !ctx.quoted[said] && !/^[,;:.!?()\u2013\u2014-]$/.test(t[said]!.text) && !QUOTE_MARK.test(t[said]!.text)) said++;
        const a: Attribution = { cue, speaker, dateFrom: k, dateTo: said, sentence };
        const parts = [quoteText(layout.text, q)];
        // “Quote split,” he said, “around the cue.” is one claim.
        const next = quotes[quotes.indexOf(q) + 1];
        // (Also past where it was said or a speaker after the cue, and one apposition: '"...," Erdogan said in a speech to his
        // party's lawmakers, "but ..."', '"...," said Maria Kessler, chief economist at Berenberg, "we would ..."'.)
        let resume = said;
        if (t[resume]?.text === "," && next && t[resume + 1]?.start !== next.open) {
          let j = resume + 1;
          // (An apposition only: not ', adding, "..."' nor ', and say to him, "..."', whose quote is another act's.)
          while (j < sentence.last && j < resume + 10 && t[j]!.word && !ctx.quoted[j] && !/ing$|^(?:and|but|or)$/.test(t[j]!.lower) && speechActFromCue(t[j]!.lower) === undefined) j++;
          if (t[j]?.text === "," && t[j + 1]?.start === next.open) resume = j;
        }
        const opensNext = next !== undefined && (t[attrEnd]?.start === next.open || (t[attrEnd]?.text === "," && t[attrEnd + 1]?.start === next.open)
          || (t[resume]?.text === "," && t[resume + 1]?.start === next.open));
        const second = next && opensNext ? quoteText(layout.text, next) : null;
        // Not a programme's title after the addressee: Thune told NBC's "Meet the Press."
        if (next && second && !used.has(next) && !titleLike(second.quote ?? "")) {
          parts[0] = { quote: `${parts[0]!.quote} ${second.quote}`, start: parts[0]!.start, end: second.end };
          used.add(next);
        }
        used.add(q);
        consumed.add(cue);
        emit(a, parts, layout.sentences[t[firstTokenAt(t, lineFirst, q.open)]!.sentence]!.start);
        lastInLine = a;
        quotedHere = true;
      }

      // X warned: “...”   X said in a statement: “...”
      for (const q of quotes) {
        if (used.has(q) || q.open < sentence.start || q.open >= sentence.end) continue;
        const open = firstTokenAt(t, sentence.first, q.open);
        const after = firstTokenAt(t, sentence.first, q.close);
        let runsToEnd = true;
        for (let j = after; j < sentence.last; j++) if (t[j]!.word && !ctx.quoted[j]) runsToEnd = false;
        if (!runsToEnd) continue;
        // (The limit takes the quote mark in, so the comma of "said, “..." is skipped.)
        const cue = cues.find((c) => !consumed.has(c) && c.last <= open && open - c.last <= 8 && skipAdjuncts(ctx, c, open + 1) >= open);
        if (!cue) continue;
        // "The Australian blamed referee Anthony Taylor, saying: “...”": a participle's speaker is the main clause's subject.
        const speaker = cue.participleComma !== undefined ? participleSubject(ctx, sentence.first, cue.participleComma)
          : findSubject(ctx, sentence.first, statementVerbBefore(layout, cue));
        if (!speaker) continue;
        const a: Attribution = { cue, speaker, dateFrom: speaker.first, dateTo: open, sentence };
        used.add(q);
        consumed.add(cue);
        // 'A meeting between the two presidents "can only be the final point" of negotiations, he said, "not the starting
        // point".': the clause before the speaker's comma is said too, one claim with the quote after.
        // (A comma after the cue, not a colon; nor an opening phrase, "Asked if he would quit, he said: "..."; nor a clause
        // of commas, "Quite suddenly, after they divorced, Crawford said, "...""; nor a participle's: "..., Spicer said, adding, "...".)
        const opener = t[sentence.first]!;
        const clauseBefore = speaker.first - 1 > sentence.first + 2 && t[speaker.first - 1]!.text === "," && !ctx.quoted[speaker.first - 1]
          && t[cue.last]?.text === "," && cue.participleComma === undefined && !INTRO_OPENERS.has(opener.lower) && !/^(?:asked|commenting|after|when|if)$|ing$/.test(opener.lower)
          && !t.slice(sentence.first, speaker.first - 1).some((w) => w.text === "," || speechActFromCue(w.lower) !== undefined) // "(That said, she noted, "...""
          && readsAsClause(ctx, sentence.first, speaker.first - 1);
        const said = quoteText(layout.text, q);
        emit(a, [clauseBefore ? { ...said, start: t[sentence.first]!.start } : said], sentence.start);
        lastInLine = a;
        quotedHere = true;
      }

      // Reported speech, read right to left so a trailing ", an official said" bounds earlier content.
      let limit = sentence.last;
      while (limit > sentence.first && !t[limit - 1]!.word && !ctx.quoted[limit - 1] && !closesNumber(t, limit - 1) && !closesBracket(t, sentence.first, limit - 1)) limit--;
      for (let ci = cues.length - 1; ci >= 0; ci--) {
        const cue = cues[ci]!;
        if (consumed.has(cue)) continue;
        let speaker: SpeakerFound | null;
        let contentFrom: number;
        let contentTo: number;
        let dateTo: number;
        let and = -1;
        const onlyAdjuncts = skipAdjuncts(ctx, cue, limit) >= limit; // ", Hemin Hawrami, said on Twitter."
        // (No clause before: "The tone of the campaign, said Mr Milburn, would be ...", the speaker set inside the content.)
        // (The comma may close a partial quote: 'The party was "working to change its image," wrote the ambassador'.)
        // (Only where the sentence before the quote is plain words: no cue of its own, no colon.)
        let quoteComma = /^[”"]$/.test(t[cue.first - 1]?.text ?? "") && t[cue.first - 2]?.text === "," && ctx.quoted[cue.first - 2] === 1;
        for (let j = sentence.first; j < cue.first && quoteComma; j++) quoteComma = t[j]!.text !== ":" && !cues.some((c) => c !== cue && c.first === j);
        // "... that have educational elements said Mr Owen.": an honorific's name closing the sentence, the comma forgotten.
        const honorificAfter = /^(?:mr|mrs|ms|miss|dr|prof|professor)$/.test(t[cue.last]?.lower ?? "") && mentions[ctx.mentionAt[cue.last + 1] ?? -1]?.type === "Person"
          && mentions[ctx.mentionAt[cue.last + 1]!]!.lastToken === limit && t[cue.first - 1]!.word && !ctx.quoted[cue.first - 1];
        const invertible = cue.reversible && !onlyAdjuncts && cue.first >= sentence.first + 2 && (t[cue.first - 1]!.text === "," || quoteComma || honorificAfter);
        const clauseBefore = invertible && readsAsClause(ctx, sentence.first, cue.first - 1);
        const inverted = invertible && (clauseBefore || cue.last < limit) ? speakerAfter(ctx, cue.last, limit) : null;
        const invertedEnd = inverted === null ? -1 : inverted.kind === "mentions" ? mentions[inverted.mentions[0]!]!.lastToken : inverted.kind === "words" ? inverted.last : inverted.first + 1;
        const afterInverted = inverted && inverted.kind === "mentions" ? appositionEnd(ctx, invertedEnd, limit) : invertedEnd;
        const restFrom = inverted ? skipAdjuncts(ctx, { ...cue, last: afterInverted, addressee: false }, limit) : -1;
        // "..., said Carly Fiorina, adding that ...": a participle after the speaker is a claim of its own.
        const participleAfter = restFrom >= 0 && t[restFrom]?.text === "," && /ing$/.test(t[restFrom + 1]?.lower ?? "") && speechActFromCue(t[restFrom + 1]!.lower) !== undefined;
        // "..., said Dan Ives, an analyst at Wedbush, though he said ...": a clause of its own after the speaker.
        // Or a relative clause: "..., say industry experts, who gathered at Bafta".
        const clauseAfter = restFrom >= 0 && t[restFrom]?.text === "," && /^(?:though|although|but|while|whereas|who)$/.test(t[restFrom + 1]?.lower ?? "");
        // "..., say Cranfield University experts.": the group's people, a plural noun closing the sentence.
        const peopleAfter = inverted?.kind === "mentions" && restFrom >= 0 && limit - restFrom <= 2 && t.slice(restFrom, limit).every((w) => w.word && !w.cap)
          && (isRoleNoun(t[limit - 1]!.lower.replace(/s$/, "")) || /(?:ers|ists|ysts|ians|experts|officials|sources|staff)$/.test(t[limit - 1]!.lower));
        // "The tone of the campaign, said Mr Milburn, would be more conversational": the speaker set inside the content.
        const parenthetical = !clauseBefore && restFrom >= 0 && restFrom + 1 < limit && t[restFrom]?.text === "," && AUXILIARIES.has(t[restFrom + 1]!.lower);
        // "..., said Mark Kantrowitz, a debt expert who has published several books, papers and editorials": a person named
        // after the cue is the speaker, whatever describes them after, when no other cue follows.
        const personThenComma = clauseBefore && inverted?.kind === "mentions" && mentions[inverted.mentions[0]!]!.type === "Person"
          && t[invertedEnd]?.text === "," && !cues.some((c) => c.first >= invertedEnd && c.first < limit);
        const describedPerson = personThenComma && describesAPerson(t, invertedEnd + 1, limit);
        // "By contrast, said Mr Hogan, the code for viruses ... were commonly held": the speaker set inside the content.
        const setInside = personThenComma && !describedPerson && !participleAfter && !clauseAfter;
        // "In the long run, said the minister, the plan would pay for itself": after an opening phrase, the speaker set
        // between commas, and the clause after it is what was said.
        // (Not "But Alain Terzian, president of ..., said the changes, which ...": no name before the cue.)
        const opening = /^(?:but|and|yet|so)$/.test(t[sentence.first]!.lower) ? sentence.first + 1 : sentence.first;
        const namedBefore = (): boolean => {
          for (let j = opening; j < cue.first; j++) if ((mentions[ctx.mentionAt[j]!]?.type ?? "Place") !== "Place") return true;
          return false;
        };
        const afterOpening = invertible && !clauseBefore && restFrom >= 0 && restFrom + 2 < limit && t[restFrom]?.text === ","
          && OPENING_PHRASE_WORDS.has(t[opening]!.lower) && !RELATIVE_WORDS.has(t[restFrom + 1]!.lower) && !namedBefore() && readsAsClause(ctx, restFrom + 1, limit);
        // "The pace accelerated in the final three years, said the report for the US-China Commission, moving out of ...": a
        // phrase of no clause of its own after the speaker's comma leaves the inversion whole.
        const phraseAfter = clauseBefore && restFrom >= 0 && restFrom + 1 < limit && t[restFrom]?.text === "," && t[restFrom + 1]!.word && !t[restFrom + 1]!.cap && !readsAsClause(ctx, restFrom + 1, limit)
          && !cues.some((c) => c.first > restFrom && c.first < limit);
        if (inverted && inverted.kind !== "pronoun" && (clauseBefore ? restFrom >= limit || participleAfter || clauseAfter || peopleAfter || describedPerson || setInside || phraseAfter : parenthetical || afterOpening)) {
          // "..., says Age Concern."  "..., said Mr Smith."  "..., said James Hoey, chief financial officer."
          speaker = inverted;
          [contentFrom, contentTo] = afterOpening && !parenthetical ? [restFrom + 1, limit] : [sentence.first, parenthetical || setInside ? limit : quoteComma || honorificAfter ? cue.first : cue.first - 1];
          // A quote that opened in a sentence before: from where it opened.
          const openedBefore = quoteComma && ctx.quoted[sentence.first] ? quotes.find((q) => q.open < sentence.start && q.close > sentence.start) : undefined;
          if (openedBefore) contentFrom = firstTokenAt(t, lineFirst, openedBefore.open);
          dateTo = limit;
          limit = cue.first - 1;
        } else if (cue.according) {
          speaker = speakerAfter(ctx, cue.last, limit);
          if (!speaker) continue;
          const speakerEnd = speaker.kind === "mentions" ? mentions[speaker.mentions[0]!]!.lastToken : speaker.kind === "words" ? speaker.last : speaker.first + 1;
          dateTo = speakerEnd;
          // "..., according to X" and "killing 400 people according to X, in the heaviest ...": what comes before is X's.
          let wordsBefore = 0;
          for (let j = sentence.first; j < cue.first && wordsBefore < 4; j++) if (t[j]!.word) wordsBefore++;
          // Not after an opening phrase with no verb: "But later on Saturday, according to The Independent, Wenger spoke".
          const openingPhrase = cue.first - sentence.first <= 7 && OPENING_PHRASE_WORDS.has(t[sentence.first]!.lower) && !readsAsClause(ctx, sentence.first, cue.first);
          // (Not "said that, according to X, Y", whose content follows the aside; but "a PC that, according to PC Pro, has".)
          if (!openingPhrase && cue.first > sentence.first && t[cue.first - 1]!.text === "," && !(t[cue.first - 2]?.lower === "that" && cues.some((c) => c.last === cue.first - 2))) {
            [contentFrom, contentTo] = [ownClauseStart(ctx, cues, sentence.first, cue.first - 1), cue.first - 1];
            // "The economy, according to the IMF, will grow by 3%": set inside a subject with no verb, the source's
            // aside splits the claim, which runs on past it to the end (the evidence holds the aside).
            // (A verb or a figure after the aside, not an apposition: "according to John Houlihan, editor of".)
            const resumes = (w: string): boolean => /^\d/.test(w) || ((AUXILIARIES.has(w) || hasClass(w, W.verb)) && !isRoleNoun(w) && !hasClass(w, W.noun));
            if (t[speakerEnd]?.text === "," && t[speakerEnd + 1]?.word && !t[speakerEnd + 1]!.cap && resumes(t[speakerEnd + 1]!.lower) && speakerEnd + 2 < limit
              && !readsAsClause(ctx, contentFrom, cue.first - 1) && readsAsClause(ctx, contentFrom, limit)) contentTo = limit;
            // '“... Litani. What more does the world want?” Aoun said ..., according to a statement': from where the quote opened.
            const open = quotes.find((q) => q.open < sentence.start && q.close > sentence.start);
            if (open && ctx.quoted[sentence.first]) contentFrom = firstTokenAt(t, lineFirst, open.open);
          }
          // Not when another cue comes before: "Shelley Taylor said ... of which there are now 230 according to recent figures".
          // Nor after a conjunction: "..., but according to those present, it was ..." has its content after.
          else if (!openingPhrase && wordsBefore >= 4 && !ctx.quoted[cue.first - 1] && !cues.some((c) => c.first < cue.first) && !/^(?:but|and|yet|that|while|so|or)$/.test(t[cue.first - 1]!.lower)) [contentFrom, contentTo] = [sentence.first, cue.first];
          else {
            // "According to Harsh Pant, a professor at King's College London, the agreement ...": past the apposition.
            // Not a clause read as one: "According to the WFP, more than 750,000 people face starvation, and convoys ...".
            // (Past the acronym the source defines: "According to the Office for National Statistics (ONS), inflation fell".)
            const defined = t[speakerEnd]?.text === "(" && t[speakerEnd + 2]?.text === ")" ? speakerEnd + 3 : speakerEnd;
            const apposition = speaker.kind === "mentions" ? appositionEnd(ctx, defined, limit) : defined;
            let after = t[apposition]?.text === "," && !/^(?:and|but|or|yet|so)$/.test(t[apposition + 1]?.lower ?? "") ? apposition : speakerEnd; // closed by a comma, content after it
            // "according to Asahi Breweries, the market ...", "according to Tass news agency, Gazprom ...": the rest of its name.
            let nameEnd = after;
            while (nameEnd < limit && nameEnd < after + 3 && t[nameEnd]!.word && !ctx.quoted[nameEnd] && (t[nameEnd]!.cap || /^(?:news|agency)$/.test(t[nameEnd]!.lower))) nameEnd++;
            // (Or ending the sentence: "..., according to the Interfax news agency." leaves no content after.)
            if (nameEnd > after && (t[nameEnd]?.text === "," || nameEnd >= limit || (t[nameEnd]?.text === "." && nameEnd === limit - 1))) after = nameEnd;
            // "According to a Kremlin readout, Putin told ...", "according to a Reuters report,": the document the name qualifies.
            let documentEnd = after;
            while (documentEnd < limit && documentEnd < after + 2 && t[documentEnd]!.word && !t[documentEnd]!.cap && !ctx.quoted[documentEnd]) documentEnd++;
            if (documentEnd > after && t[documentEnd]?.text === "," && WRITTEN_BY.test(t[documentEnd - 1]!.lower)) after = documentEnd;
            // "According to all those players and even Federer himself, the Swiss star is ...": the source runs on to its comma.
            // So does where it works: "According to Andreas Adriano of Latin Trade Magazine, the new law ...".
            if (/^(?:and|or|of|at|from|with)$/.test(t[after]?.lower ?? "") && cue.first === sentence.first) {
              let j = after;
              while (j < limit && j < after + 8 && t[j]!.word && !ctx.quoted[j] && !AUXILIARIES.has(t[j]!.lower)) j++;
              if (t[j]?.text === ",") after = j;
            }
            // "In a new Fox News poll released Thursday, Trump achieved ...": the whole opening phrase is the source's.
            if (t[cue.first]!.lower === "in") while (after < limit && t[after]!.text !== ",") after++;
            [contentFrom, contentTo] = [t[after]?.text === "," ? after + 1 : after, limit];
          }
        } else {
          and = cue.participleComma === undefined ? coordinatorBefore(ctx, sentence.first, cue.first) : -1;
          speaker = cue.participleComma !== undefined ? participleSubject(ctx, sentence.first, cue.participleComma)
            : and >= 0 ? mainSubject(ctx, sentence.first, and) ?? notRightBefore(ctx, findSubject(ctx, sentence.first, cue.first), and)
            : findSubject(ctx, sentence.first, statementVerbBefore(layout, cue));
          if (!speaker) continue;
          if (closesTimeClauseAt(layout, sentence.first, speaker.first, cue.last)) continue;
          if (conditionSubjectAt(t, speaker.first)) continue;
          contentFrom = cue.contentAt ?? skipAdjuncts(ctx, cue, limit);
          contentTo = openingClauseEnd(ctx, sentence, cue, contentFrom, limit);
          dateTo = contentFrom;
          // "claimed responsibility on Monday for an attack", "denied involvement on Tuesday": the day after a one-word
          // object is the act's, not the content's.
          if (t[contentFrom]?.word && !ctx.quoted[contentFrom] && t[contentFrom + 1]?.lower === "on" && WEEKDAY_NAMES.has(t[contentFrom + 2]?.lower ?? "")) dateTo = contentFrom + 3;
          // "The company, he insisted, had always been open": the words before the aside are the subject of
          // a content that opens with its verb (not "By doing so, Hugh Ray said, the firm had ...").
          if (t[contentFrom]?.text === "," && contentFrom + 2 < limit && AUXILIARIES.has(t[contentFrom + 1]!.lower)) {
            const aside = segmentStart(ctx, sentence.first, speaker.first);
            let plain = aside > sentence.first + 1 && t[aside - 1]!.text === "," && !RELATIVE_WORDS.has(t[aside]!.lower); // not ", which he has denied,"
            for (let j = sentence.first; j < aside - 1 && plain; j++) {
              plain = t[j]!.word && !ctx.quoted[j] && !AUXILIARIES.has(t[j]!.lower) && speechActFromCue(t[j]!.lower) === undefined;
            }
            if (plain) contentFrom = sentence.first;
          }
          // "... but would want to see": an auxiliary with no comma before "but" and no verb of saying after it.
          const predicateGoesOn = (j: number): boolean => t[j - 1]!.text !== "," && ((AUXILIARIES.has(t[j + 1]!.lower) && !/^d(?:o|oes|id)$/.test(t[j + 1]!.lower)
            && [j + 2, j + 3, j + 4].every((k) => k >= contentTo || (speechActFromCue(t[k]!.lower) === undefined && t[k]!.lower !== "believed")))
            || coordinatedAdjective(t, j + 1)); // "said she was disappointed but hopeful that a compromise could be reached"
          contentTo = relativeClauseEnd(ctx, sentence.first, cue, contentFrom, contentTo);
          // "said that, according to data provided by the Liberians, GDP rose": an aside opening the content, not ending it.
          const asideAfterThat = (j: number): boolean => j <= contentFrom + 1 && t[j]!.text === "," && t[j - 1]?.lower === "that" && j - 1 === cue.last;
          for (let j = contentFrom; j < contentTo - 1; j++) {
            // 'urged both sides to "seize this moment," according to a readout': a comma inside the closing quote mark.
            const quotedComma = j > contentFrom && t[j - 1]!.text === "," && ctx.quoted[j - 1] && /^[”"]$/.test(t[j]!.text);
            if ((ctx.quoted[j] && !quotedComma) || asideAfterThat(j)) continue;
            // ", arguing that ...", "... but the deadline was extended": the content ends there.
            // "..., a remark that angered Kurdish officials": the writer's comment on what was said.
            // Also a relative clause without "that": ", a charge both the KDP and PUK deny".
            // (Also with an adjective: ", a rare move for a government that ...".)
            const adjective = /^(?:a|an)$/.test(t[j + 1]?.lower ?? "") && hasClass(t[j + 2]?.lower ?? "", W.adjective) ? 1 : 0;
            // (Or after a dash: "has promised to double the budget — a pledge aid groups say has not yet reached".)
            // (Not an aside a second dash closes: "the scandal at Yili - the latest to befall Chinese companies - could be".)
            const trailingDash = DASHES.has(t[j]!.text) && !t.slice(j + 1, contentTo).some((w) => DASHES.has(w.text));
            const comment = (t[j]!.text === "," || trailingDash) && TRAILING_APPOSITION.test(`${t[j + 1]!.lower} ${t[j + 2 + adjective]?.lower}`)
              && (/^(?:that|which|in|of|to|for|the|both|he|she|they|it|its|his|her|their)$/.test(t[j + 3 + adjective]?.lower ?? "") || t[j + 3 + adjective]?.cap === true
                || (/^[a-z]+ed$/.test(t[j + 3 + adjective]?.lower ?? "") && t[j + 4 + adjective]?.lower === "by") // "a point echoed by Justice Kavanaugh"
                || [j + 4 + adjective, j + 5 + adjective].some((k) => k < contentTo && !t[k]!.cap && speechActFromCue(t[k]!.lower) !== undefined)); // "a pledge aid groups say has not"
            // "pledged $2m in aid, which critics said was far too little": a relative clause closing the content with a speaker
            // of its own (not a pronoun, as in "which he said was the cornerstone", nor one the content goes on after: "the
            // law, which the EU says is needed, is little more than ...").
            const voiced = t[j]!.text === "," && /^(?:which|who)$/.test(t[j + 1]?.lower ?? "") && !SUBJECT_PRONOUN.test(t[j + 2]?.lower ?? "")
              && cues.some((c) => c.first > j + 2 && c.first <= j + 4 && c.first < contentTo) && !t.slice(j + 2, contentTo).some((w) => w.text === "," || w.text === ";");
            // "..., in a speech marking the anniversary": how it was said, after the content.
            const channelAfter = t[j]!.text === "," && statementAside(t, j + 1, contentTo);
            // "recommends limiting processed meat, and the NHS advises people to ...": a clause with a speaker and cue of its own.
            // (Also after a comma inside a closing quote mark: 'to become "an AI superpower," and the government has pledged'.)
            // (The cue's auxiliaries may stand before it: "and the government has pledged".)
            const subjectEnd = (c: Cue): number => (AUXILIARIES.has(t[c.first - 1]?.lower ?? "") && c.first - 1 > j + 2 ? c.first - 1 : c.first);
            // (A longer subject when it is all names and titles: "and Japan's Prime Minister Fumio Kishida said".)
            const nextSpeaker = (t[j]!.text === "," || quotedComma) && t[j + 1]?.lower === "and" && cues.some((c) => c.first >= j + 3 && c.first < contentTo
              && (c.first <= j + 6 || (c.first <= j + 10 && t.slice(j + 2, c.first).every((w) => w.cap || /^['’]s$/.test(w.text)))
                // (Or a description ending in a name: "and the conservative magazine National Review said".)
                || (c.first <= j + 10 && (ctx.mentionAt[c.first - 1] ?? -1) >= 0 && t.slice(j + 2, c.first).every((w) => w.word && !/ed$/.test(w.lower))))
              && t.slice(j + 2, subjectEnd(c)).every((w) => w.word && !AUXILIARIES.has(w.lower) && !/^(?:that|if|whether)$/.test(w.lower)));
            // Or without the comma, a speaker the determiner opens and a plain verb of saying: "hailed as historic and the oil giant said it would".
            const nextSaid = t[j]!.lower === "and" && !t[j - 1]?.cap && DETERMINERS_OF_SPEAKERS.test(t[j + 1]?.lower ?? "") && cues.some((c) => c.first >= j + 3 && c.first <= j + 5
              && c.first < contentTo && /^(?:said|says|told|tells)$/.test(t[c.first]!.lower) && t.slice(j + 2, c.first).every((w) => w.word && !w.cap && !AUXILIARIES.has(w.lower)));
            const secondVerb = secondVerbAt(ctx, contentFrom, j);
            // ', "under pressure or threats," a day after Trump said ...': when it was said, the writer's.
            // ", a decision that drew sharp criticism": the writer's word on what was said, not its content.
            const judged = t[j]!.text === "," && /^(?:a|an)$/.test(t[j + 1]?.lower ?? "") && /^(?:decision|move|step|announcement|remark|comment|statement|claim|charge|accusation)$/.test(t[j + 2]?.lower ?? "")
              && /^(?:that|which)$/.test(t[j + 3]?.lower ?? "");
            const timeAfter = (t[j]!.text === "," || quotedComma) && /^(?:a|an|one|two|three|hours|days|weeks|shortly|just|moments|minutes)$/.test(t[j + 1]?.lower ?? "")
              && [j + 2, j + 3].some((i) => /^(?:after|before)$/.test(t[i]?.lower ?? "") && t[i + 1]?.cap === true); // (not "shortly after his arrest")
            // "calling him a \"stiff\" and accusing him of ...": a second participle of speech is a claim of its own.
            const secondParticiple = t[j]!.lower === "and" && !ctx.quoted[j] && /ing$/.test(t[cue.last - 1]!.lower) && /^[a-z]{3,}ing$/.test(t[j + 1]?.lower ?? "")
              && speechActFromCue(t[j + 1]!.lower) !== undefined;
            // "announced a 90-day pause on tariffs, though he raised duties on China": after an object, the writer's clause.
            // (After a clause too when the pronoun's verb is one of saying: ', though he repeated his false claim that ...'.)
            const pronounVerb = t[/ly$/.test(t[j + 3]?.lower ?? "") ? j + 4 : j + 3]?.lower ?? "";
            const saysAgain = speechActFromCue(pronounVerb) !== undefined || /^(?:repeated|reiterated)$/.test(pronounVerb);
            const concession = t[j]!.text === "," && /^(?:though|although)$/.test(t[j + 1]?.lower ?? "") && /^(?:he|she|they|it|we)$/.test(t[j + 2]?.lower ?? "")
              && (!readsAsClause(ctx, contentFrom, j) || saysAgain);
            // "argue the Fed risks keeping rates too high; others, like Lawrence Summers, warn that ...": a semicolon before a
            // clause with a cue of its own.
            // (Not one inside brackets: "3m euros (£2.1m; $4.1m)".)
            const semicolonClause = dashClauseAt(ctx, cues, contentFrom, j, contentTo) || t[j]!.text === ";" && cues.some((c) => c.first > j + 1 && c.first < contentTo)
              && t.slice(contentFrom, j).filter((w) => w.text === "(").length <= t.slice(contentFrom, j).filter((w) => w.text === ")").length;
            const cut = comment || voiced || namedClauseAt(ctx, j, contentTo) || speakerClosingAt(ctx, cues, j, contentTo, limit) || subjectsPredicateAt(ctx, contentFrom, j) || channelAfter || nextSpeaker || nextSaid || secondVerb || timeAfter || judged || concession || secondParticiple || semicolonClause || ((t[j]!.text === "," || quotedComma) && ((/ing$/.test(t[j + 1]!.lower) && !/^(?:including|excluding|during)$/.test(t[j + 1]!.lower)) || CLAUSE_AFTER_COMMA.has(t[j + 1]!.lower) || (t[j + 1]!.lower === "according" && t[j + 2]?.lower === "to")))
              // "said X, but that Y": both said; "said investors had welcomed it but would want ...": one predicate goes on.
              // (Not "had no choice but to shut down".)
              // (Nor before the speaker's own words: 'he had tried to hold on to his sons but "they slipped through my hands"'.)
              || (t[j]!.lower === "but" && j > contentFrom + 2 && !/^(?:also|that|to)$/.test(t[j + 1]!.lower) && !QUOTE_MARK.test(t[j + 1]!.text) && !predicateGoesOn(j));
            if (cut) {
              contentTo = quotedComma ? j + 1 : j > contentFrom + 1 && /^(?:and|or)$/.test(t[j - 1]!.lower) ? j - 1 : j; // "..., and, according to Reuters,"
              if (secondVerb && t[contentTo - 1]?.text === ",") contentTo--; // "reports from the clubs and the police, and will review"
              break;
            }
          }
          // ", prompting its shares to drop", ", effectively abandoning ...": a participle after the speaker is the writer's.
          // (Not an aside after "that": "said that, according to data from ..., GDP rose".)
          const participleAfter = t[contentFrom]?.text === "," && t[contentFrom - 1]?.lower !== "that" && (/ing$/.test(t[contentFrom + 1]?.lower ?? "") || (/ly$/.test(t[contentFrom + 1]?.lower ?? "") && /ing$/.test(t[contentFrom + 2]?.lower ?? "")));
          // "Su met both sides, the White House said, but no agreement was reached": the writer goes on after the speaker.
          // Not after "said that, although ...".
          // Or a comparison that completes the content: "Turnout was 72 percent, the commission said, higher than in 2018".
          const [next, next2] = [t[contentFrom + 1]?.lower ?? "", t[contentFrom + 2]?.lower ?? ""];
          // (Past an intensifier too: "..., the Bureau of Labor Statistics said, far fewer than economists had expected".)
          const next3 = t[contentFrom + 3]?.lower ?? "";
          const comparison = (/[^e]er$|^(?:more|less)$/.test(next) && next2 === "than") || (/^(?:up|down)$/.test(next) && next2 === "from")
            || (/^(?:far|much|well|slightly|significantly)$/.test(next) && /[^e]er$|^(?:more|less|fewer)$/.test(next2) && next3 === "than")
            // ("..., the Centre said, well above the 10-year average": a measure against a mark.)
            || (/^(?:well|far|just|slightly|still)$/.test(next) && /^(?:above|below|under|short|ahead|behind)$/.test(next2));
          const writerGoesOn = t[contentFrom]?.text === "," && t[contentFrom - 1]!.lower !== "that" && (CLAUSE_AFTER_SPEAKER.has(next) || comparison
            || (next === "even" && /^(?:as|though|if|when|while|after|before)$/.test(next2))); // ", officials said, even as talks stalled"
          // Or, past an aside after the cue's comma, a few words with no verb: "Putin and Trump spoke on Thursday, the
          // Kremlin said, in their sixth call since January" (the aside read as the channel, "since January" left).
          const fragment = t[cue.last]?.text === "," && contentFrom > cue.last + 1 && limit - contentFrom <= 4 && !readsAsClause(ctx, contentFrom, limit);
          // Or with no comma, an occasion ending the sentence after a speaker set off by one: "..., Guyana's President
          // Irfaan Ali said after a meeting of Caribbean leaders in Jamaica."
          const occasion = /^(?:after|before|following|during|outside|ahead)$/.test(t[contentFrom]?.lower ?? "") && contentTo >= limit
            && t[segmentStart(ctx, sentence.first, speaker.first) - 1]?.text === "," && !readsAsClause(ctx, contentFrom + 1, limit);
          if (contentFrom >= contentTo || participleAfter || writerGoesOn || fragment || occasion || trailingPhrase(ctx, contentFrom, limit)) {
            // "..., a Kurdish official said." The content is what precedes the speaker.
            // The speaker phrase may start with its title: ", Turkish President Recep Tayyip Erdogan said".
            const phraseStart = segmentStart(ctx, sentence.first, speaker.first);
            // ", police and residents said", ", newspapers including El Watan reported": a plural noun and the words of
            // the speaker are one speaker (not before an -s form, a noun there: "rebuttals and counter claims").
            const nounFirst = t[phraseStart]!;
            if (speaker.kind === "words" && speaker.first === phraseStart + 2 && !/s$/.test(t[cue.last - 1]!.lower)
              && /^(?:and|including)$/.test(t[phraseStart + 1]!.lower) && nounFirst.word && !nounFirst.cap
              && (isRoleNoun(nounFirst.lower) || nounFirst.lower === "police" || /[^s]s$/.test(nounFirst.lower))) {
              speaker = { ...speaker, first: phraseStart };
            }
            let plain = true;
            // ", Navy spokesman Lt. Italo Pineda said": a title, role nouns and an abbreviation's full stop may come before the name.
            for (let j = phraseStart; j < speaker.first; j++) {
              const w = t[j]!;
              const abbreviationStop = w.text === "." && !w.spaced && j > phraseStart && t[j - 1]!.cap;
              // "bank governor Sunil Mendis": a noun modifying the role noun after it.
              const modifier = w.word && isRoleNoun(t[j + 1]?.lower ?? "") && !hasClass(w.lower, W.preposition | W.conjunction);
              // "scientists at the US National Snow and Ice Data Center said": people, then where they work.
              const workplace = PEOPLE_PLURAL.test(w.lower) ? /^(?:at|from|with)$/.test(t[j + 1]?.lower ?? "") : /^(?:at|from|with)$/.test(w.lower) && PEOPLE_PLURAL.test(t[j - 1]?.lower ?? "");
              // "Secretary of State Antony Blinken", "Minister for Europe X": a title's own "of" or "for".
              const titleOf = /^(?:of|for)$/.test(w.lower) && j > phraseStart && t[j - 1]!.cap && t[j + 1]?.cap === true;
              if (!abbreviationStop && !modifier && !workplace && !titleOf && (!w.word || (!w.cap && !SPEAKER_PHRASE_WORDS.has(w.lower) && !isRoleNoun(w.lower)))) plain = false;
            }
            // "..., a war monitor and state media said.": two plain noun phrases joined by "and" speak together.
            const and = t.slice(phraseStart, speaker.first).findIndex((w) => w.lower === "and");
            if (!plain && speaker.kind === "words" && and > 0 && /^(?:a|an|the)$/.test(t[phraseStart]!.lower) && speaker.first - phraseStart <= 6
              && t.slice(phraseStart, speaker.first).every((w, i) => w.word && !w.cap && !/ed$/.test(w.lower) && !AUXILIARIES.has(w.lower)
                && (w.lower === "and" || /^(?:a|an|the)$/.test(w.lower) || SPEAKER_PHRASE_WORDS.has(w.lower) || hasClass(w.lower, W.noun) || AGENT_NOUN.test(w.lower)
                  // "the army and the state governor said": a body's head, a role and the word that modifies it.
                  || orgHeadKind(w.lower) !== undefined || isRoleNoun(w.lower) || isRoleNoun(t[phraseStart + i + 1]?.lower ?? "")))) {
              plain = true;
              speaker = { ...speaker, first: phraseStart };
            }
            // "..., a recent report by Which? magazine found": a finding's maker may be described at length.
            if (!plain && FINDING.test(t[cue.last - 1]!.lower) && cue.first - phraseStart <= 14 && t.slice(phraseStart, speaker.first + 1).some((w) => FINDERS.test(w.lower))
              && t.slice(phraseStart, cue.first).every((w, i) => w.word || (w.text === "?" && i > 0) || w.text === "." || w.text === "'s" || w.text === "’s")) {
              plain = true;
              if (speaker.kind === "words") speaker = { ...speaker, first: phraseStart }; // not "magazine" alone
            }
            if (!cue.reversible || !plain || phraseStart <= sentence.first || t[phraseStart - 1]!.text !== ",") continue;
            // "..., the study found": a finding's speaker is a study, a document or those who made it (not "based on documents found in Baghdad").
            if (FINDING.test(t[cue.last - 1]!.lower) && !(speaker.kind === "mentions" || (speaker.kind === "words" && t.slice(speaker.first, speaker.last).some((w) => FINDERS.test(w.lower))))) continue;
            let comma = phraseStart - 1;
            const prevStart = segmentStart(ctx, sentence.first, comma);
            // (A phrase of a role, no clause: not "In return, Israel released 90 prisoners, the ministry said".)
            if (prevStart > sentence.first && t[prevStart - 1]!.text === "," && isRoleNoun(t[comma - 1]!.lower) && !t[comma - 1]!.cap
              && !readsAsClause(ctx, prevStart, comma)) {
              comma = prevStart - 1; // "..., Barzani’s aide, Hemin Hawrami, said"
            }
            dateTo = Math.max(skipAdjuncts(ctx, cue, limit), cue.last);
            [contentFrom, contentTo] = [ownClauseStart(ctx, cues, sentence.first, comma), comma];
            limit = comma;
          }
        }
        // "thanked Kenya in a post on X on Sunday": the act's own date and channel close its object, outside the content.
        let actAdjuncts: { from: number; to: number } | undefined;
        const adjuncts = actObjectEnd(ctx, contentFrom, contentTo);
        // (Leaving a content of two words or more, or one that a single word makes: not "conceded defeat" alone.)
        if (adjuncts < contentTo && (adjuncts - contentFrom >= 2 || ONE_WORD_CONTENTS.test(t[contentFrom]!.lower))) [actAdjuncts, contentTo] = [{ from: adjuncts, to: contentTo }, adjuncts];
        // "Henry thanked Kenya on Sunday and said ...": the first act's date, closing its object, is the second's too.
        const objectFrom = 1 + (speaker.kind === "mentions" ? Math.max(...speaker.mentions.map((m) => mentions[m]!.lastToken)) : speaker.kind === "words" ? speaker.last : speaker.first + 1);
        const sharedAdjuncts = !actAdjuncts && and > objectFrom ? actObjectEnd(ctx, objectFrom, and) : and;
        if (sharedAdjuncts < and) actAdjuncts = { from: sharedAdjuncts, to: and };
        if (contentFrom >= contentTo) continue;
        const parts = contentClaims(ctx, quotes, used, contentFrom, contentTo, CALL_FOR.test(layout.text.slice(t[cue.first]!.start, t[cue.last - 1]!.end)));
        if (parts.length === 0) continue;
        consumed.add(cue);
        // "said he would not extend his term beyond November 1 and defended ...": a second verb's date is not in the first one's content.
        // "Lagarde declined to commit to a cut in December, saying ...": a participle after another act is dated by the
        // act's words, not by a date its object names (dates.ts).
        const participle = t[cue.first - 1]?.text === "," && /[a-z]ing$/.test(t[cue.first]!.lower) && and < 0 && speaker.first < cue.first - 1;
        const dateFrom = and >= 0 ? and : pastRelativeClause(t, Math.min(speaker.first, cue.first), cue.first);
        const subject = and >= 0 ? { from: speaker.first, to: Math.min(and, speaker.first + 6) } : undefined;
        const a: Attribution = { cue, speaker, dateFrom, dateTo: Math.max(dateTo, cue.last), sentence, ...(participle ? { actDatesOnly: true } : {}),
          contentOpens: contentFrom === sentence.first,
          ...(subject ? { subject } : {}), ...(actAdjuncts ? { after: actAdjuncts } : {}) };
        emit(a, parts, Math.min(sentence.start, t[contentFrom]!.start));
        // '"...," Putin told the council, according to a transcript.': a quote that follows continues Putin, not the transcript.
        // Not a cue in a relative clause: 'Mr Blair, who last year denied ..., said ... "..."' goes on with "said".
        if ((lastInLine?.sentence !== sentence || !quotedHere) && !relativeCue(t, sentence.first, cue)) lastInLine = a;
        if (and >= 0) limit = and; // "defended the route and said ...": the first verb's content ends at "and"
        // "X said she was open to it, and two other senators told colleagues ...": a clause of its own ends the content before it.
        // (Past a participle, its own comma: "but the party rejected the result, saying ..." keeps "rejected the result".)
        else if (t[cue.first - 1]?.text === "," && /ing$/.test(t[cue.first]!.lower) && speaker.first < cue.first - 1) limit = Math.min(limit, cue.first - 1);
        else if (speaker.first >= sentence.first + 2 && /^(?:and|but)$/.test(t[speaker.first - 1]!.lower) && t[speaker.first - 2]!.text === ",") limit = Math.min(limit, speaker.first - 2);
      }

      // A quote with no cue of its own, right after a quoted speaker in the same paragraph, continues them.
      for (const q of quotes) {
        if (used.has(q) || q.open < sentence.start || q.open >= sentence.end || lastInLine === null) continue;
        const open = firstTokenAt(t, sentence.first, q.open);
        if (open !== sentence.first || attributedAtClose(q)) continue;
        // Carried over a paragraph only into its first sentence, and only when that is the quote alone (not “Gaming widows” has become ...).
        if (lastInLine === carried && (s !== line.first || (q.closed && t.slice(firstTokenAt(t, sentence.first, q.close), sentence.last).some((w) => w.word)))) continue;
        if (/^\(.*\)\W*$/s.test(quoteText(layout.text, q).quote ?? "")) continue; // a stage note: "(CROSSTALK.)"
        used.add(q);
        emit({ ...lastInLine, sentence }, [quoteText(layout.text, q)], sentence.start);
      }
      taggedClaims(s);
      // "Watkins will be assessed on Friday, Emery said, adding that ...": "adding" is not dated Friday.
      redateAfterOpeningContent();
      memory.endSentence(sentence, ctx);
    }
    const lastSentence = layout.sentences[line.last - 1]!;
    carried = !line.heading && lastQuoted !== null && lastQuoteEnd >= lastSentence.start && lastQuoteEnd <= lastSentence.end + 1 ? lastQuoted : null;
  }
  // A one-word content is no claim ("main opposition" -> "party", "calls" -> "what", "would know" ->
  // "exactly", "talks with the Rapid Support" -> "Forces"), but for a name ("endorsed Trump", "blame
  // Bush") or a word that points back to what was said ("denied it", "said so").
  // "areas, including Kirkuk, that are claimed by both Baghdad and Erbil": a relative pronoun before a passive cue is no
  // content pointing back to what was said.
  const relativeBefore = (c: RawClaim): boolean => c.evidence.end <= c.cueSpan.start && /^(?:that|which)$/i.test(layout.text.slice(c.evidence.start, c.evidence.end))
    && /^(?:is|are|was|were|been|be)\s/i.test(c.cue);
  let kept = quotesAfterColons(layout, dropNestedClaims(mergeTaggedClaims(claims, fromTagger, layout.text, mentions), layout.text, fromTagger)).filter((c) => {
    const words = layout.text.slice(c.evidence.start, c.evidence.end).trim();
    // "declined to comment", "refused to say", "has not commented publicly since Monday": nothing was said, which
    // reporters record as such (who would not answer is news); PolNeAR annotates it as an attribution too.
    if (NO_COMMENT.test(words) || NOT_COMMENTED.test(c.cue) || NO_COMMENT_CONTENT.test(words) || (/^(?:declined|declines|refused|refuses)$/i.test(c.cue) && REFUSED_TO_SAY.test(words))) c.predicate = "declines";
    if (/comment|respond/i.test(c.cue) && /^(?:neither|no|nobody|none)\b/i.test(layout.text.slice(c.textSpan.start, c.cueSpan.start).trimStart())) return false; // "Neither Baghdad nor Ankara has commented"
    if (PASSIVE_PARTICIPLE.test(c.cue) && (AGENT.test(words) || COUNTED_AGENT.test(words))) return false; // "an Arab governor appointed by Baghdad"
    if (askedQuestion(ctx, c.cueSpan.start)) return false; // "What does the law say?"
    if (c.quote === null && saysNothing(c, words, layout.text)) return false;
    // "MUMBAI: Chief selector Ajit Agarkar on Saturday defended ...": a dateline's colon introduces the story, no one's words.
    const speakerStart = "mention" in c.speaker ? mentions[c.speaker.mention]!.start : c.speaker.start;
    if (c.cue === ":" && mentions.some((m) => m.rule === "dateline" && m.start === speakerStart)) return false;
    // "Cuomo conceded shortly before midnight", "... in a speech to supporters in Manhattan", "spoke at a rally": when, to whom, where.
    if (c.quote === null && (tellsOnlyWhen(words.replace(/[.,]$/, "")) || namesOnlyAnAudience(words.replace(/[.,]$/, "")))) return false;
    if (/^(?:spoke|speaks|spoken)$/i.test(c.cue) && /^(?:at|in|during|after|before|outside|inside)\b/i.test(words)) return false;
    // "spoke to us in Geneva": whom one spoke to and where, nothing said.
    if (/^(?:spoke|speaks|spoken|talked|talks)$/i.test(c.cue) && /^(?:to|with)\s+(?:us|me|him|her|them|reporters|journalists|the BBC|[A-Z]\w+)(?:\s+(?:in|at|on|after|before|during)\s[^,;]*)?[.]?$/.test(words)) return false;
    // An interview's "Q: Which crisis worries you most?": the interviewer's question.
    if (interviewQuestion(layout, c.cueSpan.start)) return false;
    // "called for calm", "called for hearings": what a call asks for may be one noun.
    const calledFor = CALL_FOR.test(c.cue) && /^[a-z]{4,}$/.test(words) && !FUNCTION_WORDS.test(words);
    return c.quote !== null || /\s/.test(words) || ONE_WORD_CONTENTS.test(words) || c.predicate === "declines" || (ANAPHORIC_CONTENT.has(words.toLowerCase()) && !relativeBefore(c)) || calledFor
      || mentions.some((m) => m.start === c.evidence.start && m.end === c.evidence.end); // "endorsed Trump"
  });
  for (const c of kept) if (c.quote === null) c.evidence = withoutOpeningConjunction(ctx, infinitiveEnd(ctx, c.evidence));
  // ", a charge the company denies": the writer's report of a denial of what was just claimed.
  // (Once: where the tagger found the same denial, the writer's aside gives its content.)
  const resumptive = resumptiveClaims(layout.text, mentions, kept);
  const denied = (c: RawClaim): boolean => resumptive.some((r) => r.cueSpan.start < c.cueSpan.end && c.cueSpan.start < r.cueSpan.end);
  kept = [...kept.filter((c) => !denied(c)), ...resumptive];
  kept.sort((a, b) => a.evidence.start - b.evidence.start || a.cueSpan.start - b.cueSpan.start);
  const describe = claimDescriber(layout, mentions, holderOf); // target, channel, stance, negation (issue #4)
  for (const claim of kept) claim.attributes = describe(claim);
  return { claims: kept, messages };
}
