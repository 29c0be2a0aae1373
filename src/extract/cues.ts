// Speech-act cues: the verbs (and "according to") that introduce a claim, normalised to the
// predicates of src/types. `speechActFromCue("warned")` is "warns".
import type { Predicate } from "../types/index.ts";
import { W, WEEKDAY_NAMES, wordClass } from "./lexicon.ts";
import { isDemonym, isRoleNoun } from "./titles.ts";
import { lookupGazetteer } from "./gazetteer.ts";
import type { TextLayout, Token } from "./tokens.ts";
import {
  accordingAsMannerAt, actNotSpeechAt, addedAnObject, anonymityRequestAt, askedWithoutSubjectAt, continuesTo, inferenceAt, listOfActsAt,
  QUANTIFIERS, compoundNounAt, saidNothingAt, singularNounAt, toldAfterPassiveAt,
} from "./cue-readings.ts";

export interface Cue {
  /** Token range [first, last). */
  first: number;
  last: number;
  predicate: Predicate;
  /** The verb takes an addressee before its content: "told reporters (that) ...". */
  addressee: boolean;
  /** The content may come before the cue: "..., a Kurdish official said." */
  reversible: boolean;
  /** "according to X": the speaker follows the cue. */
  according: boolean;
  /**
   * ", saying ...", ",” adding ...", ", before adding ...": a participle after a comma (this token);
   * the speaker is the main clause's subject.
   */
  participleComma?: number;
  /** Where the content opens when not right after the cue: the charge after "to" in "pleaded not guilty at ... to fraud". */
  contentAt?: number;
}

const FORMS: Array<[Predicate, string[]]> = [
  ["states", ["say", "says", "said", "add", "adds", "added", "state", "states", "stated", "insist", "insists", "insisted", "radioed",
    "explain", "explains", "explained", "note", "notes", "noted", "stress", "stresses", "stressed", "argue", "argues",
    "argued", "claim", "claims", "claimed", "declare", "declares", "declared", "announce", "announces", "announced",
    "tweet", "tweets", "tweeted", "write", "writes", "wrote", "posted", "confirm", "confirms", "confirmed", "admit",
    "admits", "admitted", "acknowledge", "acknowledges", "acknowledged", "suggest", "suggests", "suggested", "predict",
    "predicts", "predicted", "assert", "asserts", "asserted", "maintain", "maintains", "maintained", "reiterate",
    "reiterates", "reiterated", "emphasised", "emphasized", "emphasises", "emphasizes", "remarked", "commented",
    "replied", "responded", "conceded", "complained", "revealed", "disclosed", "indicated", "told", "tells", "tell",
    "believes", "thinks", "estimated", "forecast", "asked", "asks", "continued", "recalled", "recalls", "concluded",
    "described", "describes", "mentioned", "cited", "cites", "agreed", "agrees", "joked", "quipped", "recounted",
    "countered", "contended", "contends", "charged", "accuse", "accused", "accuses", "defended", "defends", "questioned",
    "answered", "wondered", "observed", "speculated", "boasted", "bragged", "lamented", "acknowledged", "testified",
    "believe", "think", "thought", "feel", "feels", "felt", "fear", "fears", "feared", "hope", "hopes", "hoped",
    "expects", "expected", "know", "knows", "knew", "worry", "worries", "worried", "argue", "found", "finds",
    "show", "shows", "showed", "indicates", "signalled", "signaled", "told", "writes", "allege", "alleges", "alleged", "contend", "concede",
    "concedes", "confessed", "testify", "testifies", "informed", "praised", "praises", "welcomed", "welcomes", "hailed",
    "hails", "proposed", "proposes", "estimate", "estimates", "forecasts", "reckon", "reckons", "reckoned",
    "apologised", "apologized", "apologises", "apologizes", "apologise", "apologize"]],
  ["demands", ["demand", "demands", "demanded"]],
  ["rejects", ["reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "oppose", "opposes", "opposed",
    "condemn", "condemns", "condemned", "criticized", "criticised", "criticizes", "attacked", "attacks", "denounced",
    "blasted", "slammed", "mocked", "ridiculed", "disputed", "refuted", "blamed", "blames"]],
  ["denies", ["deny", "denies", "denied"]],
  ["warns", ["warn", "warns", "warned", "threaten", "threatens", "threatened", "cautioned", "cautions"]],
  ["pledges", ["pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows", "vowed", "assured", "assures", "reassured", "reassures"]],
  ["urges", ["urge", "urges", "urged", "appealed", "appeals", "recommended", "recommends", "advised", "advises", "encouraged", "encourages"]],
  // "..., BBC Sport understands.": what an outlet has learnt from its sources.
  ["reports", ["report", "reports", "reported", "understands"]],
];
/** What a refusal refuses to do: "declined to comment", "refused to say" (also claims.ts, reading the tagger's refusals). */
export const REFUSED_VERBS = /^(?:comment|say|elaborate|discuss|speculate|disclose|reveal|specify|confirm|answer|respond|name|identify)$/;
/** What a refusal leaves unanswered: "did not return our calls", "did not return messages seeking comment". */
const UNANSWERED = /^(?:requests?|questions?|calls?|e-?mails?|messages?|inquiries|queries|comment)$/;
/** Base forms that are cues only negated: "Ridgeline did not comment on the report" (not "respond": "did not respond in kind"). */
const UNSAID_BASE_FORMS = new Set(["comment"]);
const VERBS = new Map<string, Predicate>();
for (const [predicate, forms] of FORMS) for (const f of forms) if (!VERBS.has(f)) VERBS.set(f, predicate);

const ADDRESSEE = new Set(["told", "tells", "tell", "asked", "asks", "informed"]);
const REVERSIBLE = new Set(["say", "says", "said", "added", "adds", "told", "tells", "tweeted", "wrote", "writes",
  "warned", "warns", "reported", "reports", "insisted", "stressed", "explained", "noted", "claimed", "claims",
  "argued", "argues", "confirmed", "stated", "declared", "announced", "insists", "predicted", "believes", "thinks",
  "estimated", "admitted", "suggested", "asked", "continued", "recalled", "concluded", "countered", "contended",
  "joked", "quipped", "wondered", "observed", "acknowledged", "recounted", "charged", "answered", "replied", "responded",
  "cautioned", "conceded", "complained", "says", "writes", "added", "explains", "notes", "argued", "recalls",
  "estimates", "forecasts", "reckons", "predicts", "suggests",
  // "..., the study found.", "..., a poll showed."
  "found", "finds", "showed", "shows", "concludes", "revealed",
  // "..., the records show." (RECORD_NOUNS)
  "show", "understands"]);
/** Words before a verb form that make it a noun or a passive: "the reported", "was told". */
const NOT_A_CUE_AFTER = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
  "my", "your", "was", "were", "been", "being", "be", "is", "are", "to", "of", "so", "not", "widely", "other"]);
/**
 * Verbs that after "and" mostly go on a reported clause or tell an act, not a second speech act of
 * the subject: "said he had seen leaders come and go and knew the pitfalls", "agreed to pay".
 */
const NOT_SAID_AFTER_AND = new Set(["knew", "know", "knows", "think", "thinks", "thought", "believe", "believes",
  "feel", "feels", "felt", "hope", "hopes", "hoped", "fear", "fears", "feared", "expects", "expected", "worry",
  "worries", "worried", "found", "finds", "show", "shows", "showed", "agreed", "agrees", "continued", "recalled"]);
/**
 * Acts of approving, proposing and advising: claims, but what follows them is their object, not
 * reported speech, so a verb of saying inside it is a claim of its own ("proposed the powers after the
 * law lords said ...").
 */
export const EMBEDS_NO_SPEECH: ReadonlySet<string> = new Set(["praised", "praises", "welcomed", "welcomes", "hailed", "hails",
  "proposed", "proposes", "recommended", "recommends", "advised", "advises", "informed"]);
/** Auxiliaries before "not" or "never" that leave the verb a cue: "did not say", "has never said". */
const NEGATED_AFTER = new Set(["did", "does", "do", "has", "have", "had", "would", "will", "could", "can", "should"]);
const BASE_FORMS = new Set(["say", "add", "state", "insist", "explain", "note", "stress", "argue", "claim", "declare",
  "announce", "tweet", "write", "confirm", "admit", "acknowledge", "suggest", "predict", "assert", "maintain",
  "reiterate", "tell", "demand", "reject", "dismiss", "oppose", "condemn", "deny", "warn", "threaten", "pledge",
  "promise", "vow", "urge", "report", "believe", "think", "feel", "fear", "hope", "know", "worry", "show", "allege",
  "contend", "concede", "testify", "estimate", "reckon", "accuse", ...UNSAID_BASE_FORMS]);
/** An auxiliary before the base form at k past an aside: "Amorim did, however, confirm". */
function afterAuxiliary(t: readonly Token[], first: number, k: number): boolean {
  const aside = t[k - 1]?.text === "," && k - 3 > first && t[k - 3]?.text === "," && /^(?:however|though|too|also|again|then|indeed)$/.test(t[k - 2]!.lower);
  return aside && /^(?:did|does|do|will|would|could|should|must|might|may|can)$/.test(t[k - 4]!.lower);
}
/** Records that speak after what they say: "..., the records show", "..., court filings show". */
const RECORD_NOUNS = new Set(["records", "figures", "data", "statistics", "filings", "emails", "documents", "polls", "surveys"]);
const BASE_SUBJECTS = new Set(["they", "we", "i", "you", "also", "often", "still", "now", "who", "people", "police",
  // Plural speakers that are no role nouns (which would make roles of "a critic of the government"): "Prosecutors allege".
  "prosecutors", "investigators", "critics", "supporters", "opponents", "experts", "scientists", "doctors", "witnesses",
  "residents", "protesters", "observers", "diplomats", "regulators", "authorities", "sources", "documents", "polls", "studies"]);
/**
 * A plural noun phrase opening the sentence before the base form at k: "The groups deny the accusation", "The
 * rebels say" (after "the", "these", "those" or "both"; not "The talks report to"), or a plural head before its "of"
 * phrase: "Residents of a Welsh village say".
 */
function pluralOpening(t: TextLayout["tokens"], first: number, k: number): boolean {
  if (k <= first) return false;
  const prev = t[k - 1]!.lower;
  if (/[^s']s$/.test(prev) && prev.length >= 4 && k - first <= 4 && /^(?:the|these|those|both)$/.test(t[first]!.lower)
    && !/^(?:to|for|of|on|in)$/.test(t[k + 1]?.lower ?? "") && t.slice(first + 1, k).every((x) => x.word && !x.cap && !(wordClass(x.lower) & W.verb) && !VERBS.has(x.lower))) return true;
  let of = k - 1;
  while (of > first + 1 && of > k - 6 && t[of]!.lower !== "of" && t[of]!.word) of--;
  const head = t[of - 1];
  return t[of]?.lower === "of" && of - 1 <= first + 1 && head !== undefined && /[^s']s$/.test(head.lower) && head.lower.length >= 4
    && !(wordClass(head.lower) & W.verb && !(wordClass(head.lower) & W.noun));
}

/** Documents that speak: ", says a report from Gartner", ", says the study". */
const DOCUMENT_NOUNS = new Set(["report", "study", "survey", "poll", "analysis", "research", "paper", "letter", "document", "review", "audit", "statement", "index"]);
const CALL = new Set(["call", "calls", "called", "calling"]);
const RULE_OUT = new Set(["rule", "rules", "ruled"]);
const PARTICIPLES: ReadonlyMap<string, Predicate> = new Map([
  ["saying", "states"], ["calling", "states"], ["urging", "urges"], ["demanding", "demands"], ["warning", "warns"],
  ["denying", "denies"], ["rejecting", "rejects"], ["pledging", "pledges"], ["promising", "pledges"],
  ["telling", "states"], ["adding", "states"], ["noting", "states"], ["arguing", "states"], ["claiming", "states"],
  ["suggesting", "states"], ["explaining", "states"], ["insisting", "states"], ["citing", "states"],
  ["accusing", "states"], ["asking", "states"], ["describing", "states"], ["stressing", "states"],
  ["acknowledging", "states"], ["predicting", "states"], ["criticizing", "rejects"], ["blaming", "rejects"],
  ["alleging", "states"],
]);
/** What one may stop short of saying: "stopped short of criticising France", "of calling for his resignation". */
const SHORT_OF: ReadonlyMap<string, Predicate> = new Map([
  ...PARTICIPLES, ["criticising", "rejects"], ["condemning", "rejects"], ["endorsing", "states"], ["backing", "states"],
  ["naming", "states"], ["apologising", "states"], ["apologizing", "states"], ["recognising", "states"], ["recognizing", "states"],
  ["confirming", "states"], ["threatening", "warns"], ["committing", "pledges"],
]);
/** Participles that make a claim of the main clause's subject after a comma: "Trump attacked Clinton, saying ...". */
const COMMA_PARTICIPLES = new Set(["saying", "telling", "adding", "noting", "arguing", "claiming", "suggesting",
  "explaining", "insisting", "warning", "urging", "calling", "accusing", "asking", "describing", "stressing",
  "denying", "acknowledging", "predicting", "criticizing", "blaming", "vowing", "promising", "pledging"]);
/** Words PolNeAR takes into a cue before its verb: "has said", "also told", "has repeatedly said", "did not say". */
const CUE_PREFIX = new Set(["has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
  "did", "does", "do", "not", "never", "also", "later", "previously", "repeatedly", "since", "often", "now", "once",
  "again", "already", "still", "publicly", "privately", "initially", "recently", "been", "is", "was", "are", "were",
  "n't", "just", "even", "first", "frequently", "long", "then", "openly", "flatly", "explicitly", "has since"]);
const STATEMENT_NOUNS = new Set(["statement", "statements", "tweet", "tweets", "message", "letter", "communique", "post", "posts", "video", "speech"]);

/** Verbs that name a thing, a speech act after "what <pronoun>": "what it called “a flagrant violation”". */
export const NAMING_VERB = /^(?:called|calls|termed|terms|dubbed)$/;

/** Words between a comma and its participle: "..., before adding that", "..., while also saying". */
const PARTICIPLE_LINKS = new Set(["before", "after", "while", "then", "also"]);
const CLOSING_QUOTES = new Set(["\"", "”", "''", "’"]);

/**
 * The comma that makes token k a participle of the main clause: right before it (", saying"), before
 * a closing quote (`a “ridiculous proposition,” adding`) or before a linking word (", before adding"); else -1.
 */
function participleComma(layout: TextLayout, first: number, k: number): number {
  const t = layout.tokens;
  let j = k - 1;
  // Up to two: ", while also saying".
  if (j > first && PARTICIPLE_LINKS.has(t[j]!.lower)) j--;
  if (j > first && PARTICIPLE_LINKS.has(t[j]!.lower) && t[j]!.lower !== t[j + 1]!.lower) j--;
  if (j > first && CLOSING_QUOTES.has(t[j]!.text) && t[j - 1]!.text === ",") j--;
  return j >= first && t[j]!.text === "," ? j : -1;
}

const isSpeechWord = (word: string): boolean => speechActFromCue(word) !== undefined;
const PLEA = /^(?:plead|pleads|pleaded|pled|pleading)$/;

/** The predicate a cue word stands for, or undefined. */
export function speechActFromCue(word: string): Predicate | undefined {
  return VERBS.get(word.toLowerCase()) ?? PARTICIPLES.get(word.toLowerCase());
}

/** Cues in tokens[first, last), skipping tokens inside quotes. */
export function findCues(layout: TextLayout, first: number, last: number, inQuote: (k: number) => boolean): Cue[] {
  const t = layout.tokens;
  const cues: Cue[] = [];
  for (let k = first; k < last; k++) {
    const tok = t[k]!;
    if (!tok.word || tok.cap && k !== first || inQuote(k)) continue;
    const w = tok.lower;
    const prev = k > first ? t[k - 1]!.lower : "";
    if (w === "according" && t[k + 1]?.lower === "to" && !(k > first && accordingAsMannerAt(layout, k))) {
      cues.push({ first: k, last: k + 2, predicate: "reports", addressee: false, reversible: false, according: true });
      k++;
      continue;
    }
    // "In a new Fox News poll released Thursday, Donald Trump achieved 45 percent": a poll opening the sentence reports
    // what follows (only where no other cue does: "In the survey, 40% said ..." is the respondents').
    if (k === first && w === "in" && findingBeforeComma(layout, k, last)) {
      cues.push({ first: k, last: k + 1, predicate: "reports", addressee: false, reversible: false, according: true });
      continue;
    }
    // "to protest what it called “a flagrant violation”", "what he termed a witch hunt": the subject's words for it.
    if (NAMING_VERB.test(w) && t[k - 2]?.lower === "what" && /^(?:it|he|she|they|we)$/.test(prev) && k - 2 >= first) {
      cues.push({ first: k, last: k + 1, predicate: "states", addressee: false, reversible: false, according: false });
      continue;
    }
    // "the CGT union put the number at 3.5 million", "The ministry puts the death toll at 2,600": an estimate given.
    if (/^(?:put|puts)$/.test(w) && t[k + 1]?.lower === "the" && !NOT_A_CUE_AFTER.has(prev)) {
      let at = k + 2;
      while (at < last && at < k + 5 && t[at]!.word && !t[at]!.cap && t[at]!.lower !== "at") at++;
      if (t[at]?.lower === "at" && /^(?:number|figure|toll|total|cost|turnout|count|crowd|bill|losses|damage)$/.test(t[at - 1]?.lower ?? "")) {
        cues.push({ first: k, last: k + 1, predicate: "states", addressee: false, reversible: false, according: false });
        continue;
      }
    }
    // "called on Wednesday for a new fund": "on" opens the date, not the addressee; the content follows "for".
    if (CALL.has(w) && t[k + 1]?.lower === "on" && WEEKDAY_NAMES.has(t[k + 2]?.lower ?? "") && t[k + 3]?.lower === "for" && !NOT_A_CUE_AFTER.has(prev)) {
      cues.push({ first: k, last: k + 1, predicate: "urges", addressee: false, reversible: false, according: false });
      continue;
    }
    if (CALL.has(w) && (t[k + 1]?.lower === "on" || t[k + 1]?.lower === "for") && !NOT_A_CUE_AFTER.has(prev)) {
      // "calling for" after a statement ("issued a statement calling on") or after a comma, as the main clause's subject's.
      const comma = w === "calling" && !STATEMENT_NOUNS.has(prev) && !STATEMENT_NOUNS.has(t[k - 2]?.lower ?? "") ? participleComma(layout, first, k) : 0;
      if (w === "calling" && comma <= first + 1 && !STATEMENT_NOUNS.has(prev) && !STATEMENT_NOUNS.has(t[k - 2]?.lower ?? "")) continue;
      cues.push({ first: k, last: k + 2, predicate: "urges", addressee: false, reversible: false, according: false, ...(comma > first + 1 ? { participleComma: comma } : {}) });
      k++;
      continue;
    }
    // "pleaded not guilty to fraud": a denial made in court; "pleaded guilty" an admission; "pleaded with them to stay",
    // "pleaded for calm" a plea.
    if (PLEA.test(w) && !NOT_A_CUE_AFTER.has(prev)) {
      const not = t[k + 1]?.lower === "not" ? 1 : 0;
      if (/^(?:guilty|innocent)$/.test(t[k + 1 + not]?.lower ?? "")) {
        const innocent = t[k + 1 + not]!.lower === "innocent";
        // The charge follows "to", maybe past where and when: "pleaded not guilty at Maidstone Crown Court on Tuesday to".
        let to = k + 2 + not;
        while (to < last && to < k + 12 && t[to]!.lower !== "to" && t[to]!.text !== "," && t[to]!.text !== ".") to++;
        if (t[to]?.lower !== "to") continue;
        cues.push({ first: k, last: k + 2 + not, predicate: not || innocent ? "denies" : "states", addressee: false, reversible: false, according: false, contentAt: to + 1 });
        k += 1 + not;
        continue;
      }
      if (/^(?:with|for)$/.test(t[k + 1]?.lower ?? "")) {
        cues.push({ first: k, last: k + 2, predicate: "urges", addressee: false, reversible: false, according: false });
        k++;
        continue;
      }
    }
    // "ruled out any return to talks": a rejection in two words; not "ruled out of the game" (an injury's).
    if (RULE_OUT.has(w) && t[k + 1]?.lower === "out" && t[k + 2]?.lower !== "of" && !NOT_A_CUE_AFTER.has(prev)) {
      cues.push({ first: k, last: k + 2, predicate: "rejects", addressee: false, reversible: false, according: false });
      k++;
      continue;
    }
    // "O'Leary was quoted by Reuters as saying that": the subject's claim, from "was" to "saying".
    if (w === "quoted" && /^(?:was|were|is|are|been)$/.test(prev)) {
      let j = k + 1;
      while (j < last && j < k + 8 && !(t[j]!.lower === "as" && t[j + 1]?.lower === "saying")) j++;
      if (j < last && j < k + 8) {
        cues.push({ first: k - 1, last: j + 2, predicate: "states", addressee: false, reversible: false, according: false });
        k = j + 1;
        continue;
      }
    }
    // "refused to rule out using force", "declined to rule out a tax rise": an exclusion not made, its cue whole
    // (claim-attributes.ts marks it negated; the content is what was not ruled out).
    if (/^(?:refused|refuses|refusing|declined|declines|declining)$/.test(w) && t[k + 1]?.lower === "to" && t[k + 2]?.lower === "rule" && t[k + 3]?.lower === "out" && k + 4 < last) {
      cues.push({ first: k, last: k + 4, predicate: "rejects", addressee: false, reversible: false, according: false });
      k += 3;
      continue;
    }
    // "would neither confirm nor deny the meeting": a refusal to speak, its cue whole.
    if (w === "neither" && /^confirm(?:ed|s)?$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "nor" && /^den(?:y|ied|ies)$/.test(t[k + 3]?.lower ?? "") && k + 4 < last) {
      cues.push({ first: k, last: k + 4, predicate: "declines", addressee: false, reversible: false, according: false });
      k += 3;
      continue;
    }
    // "declined to comment further", "but refused to say whether ...": a refusal to speak (`declines`, claims.ts), a cue of
    // its own after another claim's content ("said executive pay was set by the board and declined to comment further").
    if (/^(?:refused|refuses|declined|declines)$/.test(w) && t[k + 1]?.lower === "to" && REFUSED_VERBS.test(t[k + 2]?.lower ?? "") && /^(?:and|but)$/.test(prev)) {
      cues.push({ first: k, last: k + 1, predicate: "states", addressee: false, reversible: false, according: false });
      continue;
    }
    // "stopped short of criticising France", "stops short of calling it a genocide": a speech act not made, its cue whole
    // (claim-attributes.ts marks it negated).
    const shortOf = /^stop(?:s|ped|ping)?$/.test(w) && t[k + 1]?.lower === "short" && t[k + 2]?.lower === "of" && k + 3 < last ? SHORT_OF.get(t[k + 3]!.lower) : undefined;
    if (shortOf) {
      // ("stopped short of calling for his resignation": a call for it not made.)
      const callFor = t[k + 3]!.lower === "calling" && /^(?:for|on)$/.test(t[k + 4]?.lower ?? "");
      cues.push({ first: k, last: callFor ? k + 5 : k + 4, predicate: callFor ? "urges" : shortOf, addressee: false, reversible: false, according: false });
      k += callFor ? 4 : 3;
      continue;
    }
    const participle = PARTICIPLES.get(w);
    if (participle) {
      if (addedAnObject(layout, k) || anonymityRequestAt(layout, k) || actNotSpeechAt(layout, k)) continue; // ", adding to a growing list of awards", ", asking not to be identified", ", arguing for special counsel X,"
      // Only "issued a statement saying ...": after a comma the speaker is the main clause's subject.
      if (STATEMENT_NOUNS.has(prev) || (prev === "," && STATEMENT_NOUNS.has(t[k - 2]?.lower ?? ""))) {
        // (After its comma, the main clause's participle too: "denied the accusations in a statement, describing them as".)
        const comma = prev === "," && COMMA_PARTICIPLES.has(w) ? { participleComma: k - 1 } : {};
        cues.push({ first: k, last: k + 1, predicate: participle, addressee: w === "telling", reversible: false, according: false, ...comma });
      } else if (COMMA_PARTICIPLES.has(w)) {
        const comma = participleComma(layout, first, k);
        if (comma > first + 1) cues.push({ first: k, last: k + 1, predicate: participle, addressee: w === "telling", reversible: false, according: false, participleComma: comma });
      }
      continue;
    }
    // "did not say", "has never denied": a negated speech act is still a claim (claim-attributes marks it negated).
    // (Past an adverb: "did not immediately respond".)
    const adverb = /^[a-z]+ly$/.test(prev) && /^(?:not|never)$/.test(t[k - 2]?.lower ?? "") ? 1 : 0;
    const negated = ((/^(?:not|never)$/.test(t[k - 1 - adverb]?.lower ?? "")) && NEGATED_AFTER.has(t[k - 2 - adverb]?.lower ?? "")) || /^(?:did|does|do|has|have|had|would|will|could|ca|should)n['’]t$/.test(prev);
    // "did not comment on", "would not comment further": a refusal (`declines`, claims.ts), never a comment made.
    // ("did not return our calls", "did not return a request for comment": what asked for comment left unanswered. Not
    // "respond", which the tagger reads with its "to" as PolNeAR marks it, nor "did not return home".)
    const unanswered = negated && w === "return" && t.slice(k + 1, k + 6).some((x) => UNANSWERED.test(x.lower));
    const predicate = VERBS.get(w) ?? ((negated && UNSAID_BASE_FORMS.has(w)) || unanswered ? "states" : undefined);
    if (!predicate || (NOT_A_CUE_AFTER.has(prev) && !negated) || (prev === "and" && NOT_SAID_AFTER_AND.has(w))) continue;
    // An apology says something only for or to something: "apologised for the affair", "has apologised to investors";
    // not "apologised in the House of Commons, calling it ..." (the participle says it).
    if (/^apologi[sz]e[sd]?$/.test(w) && !/^(?:for|to|that|unreservedly|profusely|publicly|again)$/.test(t[k + 1]?.lower ?? "")) continue;
    // "The IEA, which advises industrialized nations, said": an act in a relative clause describes its subject.
    if (EMBEDS_NO_SPEECH.has(w) && (prev === "which" || prev === "who")) continue;
    // "The rebels, said to number about 300", "Kurds said to be angry", "continued to widen"; not "he said to applause",
    // "said to reporters".
    if ((w === "said" && t[k + 1]?.lower === "to" && (prev === "," || verbAfterTo(t[k + 2]))) || continuesTo(layout, k, isSpeechWord)) continue;
    if (t[k + 1]?.lower === "by" && w.endsWith("ed")) continue; // "long claimed by the Kurds"
    if (/['’]s?$/.test(t[k - 1]?.text ?? "") && k > first) continue; // "the government's demands"
    if (nounAfterModifierAt(layout, k)) continue; // "opponents' calls for", "to verify official reports"
    // A base form is a verb only after a plural subject, a pronoun or an auxiliary: "the government demand" is a noun.
    const before = t[k - 1];
    if (BASE_FORMS.has(w)) {
      // "The Pew Research Center report released on Monday said": a document's noun, a participle of its coming out after it.
      if (/^(?:released|published|issued|compiled|commissioned|filed|obtained|seen)$/.test(t[k + 1]?.lower ?? "")) continue;
      // "officials say", "the Conservatives say", "they deny"; not "its first earnings report"
      const pluralRole = prev.endsWith("s") && isRoleNoun(prev.slice(0, -1));
      // "The tobacco companies deny that they ...": any plural noun opening the sentence, when "that"
      // follows; not one after a verb ("They claim government figures show that ...").
      const pluralThat = /[^s']s$/.test(prev) && prev.length >= 4 && t[k + 1]?.lower === "that" && k - first <= 5
        && t.slice(first, k - 1).every((x) => x.word && !(wordClass(x.lower) & W.verb) && !VERBS.has(x.lower) && !BASE_FORMS.has(x.lower));
      // "..., the records show.": records closing the sentence after its content.
      // (Also before the writer's participle: "..., official figures show, narrowly avoiding a contraction".)
      const participleNext = t[k + 1]?.text === "," && (/ing$/.test(t[k + 2]?.lower ?? "") || (/ly$/.test(t[k + 2]?.lower ?? "") && /ing$/.test(t[k + 3]?.lower ?? "")));
      const recordsAfter = RECORD_NOUNS.has(prev) && (k + 1 >= last || /^[.;]$/.test(t[k + 1]!.text) || participleNext) && t.slice(Math.max(first, k - 5), k - 1).some((x) => x.text === ",");
      // "..., say security experts.": a plural speaker after the verb, closing the sentence.
      let j = k + 1;
      while (j < last && j < k + 5 && t[j]!.word) j++;
      const pluralAfter = before?.text === "," && w === "say" && j > k + 1 && /[^s]s$/.test(t[j - 1]!.lower) && (j >= last || /^[.,;]$/.test(t[j]!.text));
      const pluralBeforeAside = prev === "," && t[k + 1]?.lower === "that" && pluralBeforeExamples(t, first, k);
      if (!(BASE_SUBJECTS.has(prev) || pluralRole || pluralThat || pluralOpening(t, first, k) || negated || (before?.cap && k - 1 > first) || afterAuxiliary(t, first, k)
        || recordsAfter || pluralAfter || pluralBeforeAside)) continue;
      // "Florida state archivist", "state television": "state" is a verb only before a clause.
      if (w === "state" && !STATE_CLAUSE_STARTS.has(t[k + 1]?.lower ?? "")) continue;
      // "the West End show", "a BBC report": after a determiner and a singular name, a noun.
      if (before?.cap && NOUN_READING.has(w) && !/s$/.test(prev) && nameAfterDeterminer(layout, first, k - 1)) continue;
      // "In an upbeat pre Budget report, he ...": closed by a comma after a determiner's phrase, a noun.
      if (before?.cap && !/s$/.test(prev) && t[k + 1]?.text === "," && [k - 2, k - 3, k - 4, k - 5].some((j) => j >= first && /^(?:a|an|the)$/.test(t[j]!.lower) && t.slice(j + 1, k).every((x) => x.word))) continue;
    } else if (w.endsWith("s") && !w.endsWith("ss")) {
      // ", claims which are denied", "mixed reports": nouns (but ", says Age Concern" and "the report says")
      // ", says his agent", ", claims the minister": a role after the "-s" form names its speaker.
      // Or a determiner, then a role or a document, maybe after one modifier: ", says a spokesman for", ", says a new report from".
      const named = (j: number): boolean => isRoleNoun(t[j]?.lower ?? "") || DOCUMENT_NOUNS.has(t[j]?.lower ?? "");
      const speakerAfter = t[k + 1]?.cap || ((POSSESSIVES.has(t[k + 1]?.lower ?? "") || /^(?:a|an)$/.test(t[k + 1]?.lower ?? "")) && (named(k + 2) || (t[k + 2]?.word === true && !t[k + 2]!.cap && named(k + 3))))
        || (w === "says" && nounPhraseToEnd(t, k + 1, last)); // "..., says the think tank.", "..., says a panel of industry experts."
      // '"It is exciting," says Conti': after a closing quote mark too.
      // "The UN refugee agency, UNHCR, says more than ...": the comma closes a name in apposition, its subject.
      let open = k - 2;
      while (open > first && open > k - 6 && t[open]!.cap && t[open]!.word) open--;
      // (Not after a quote: '"...," the chair of the IETF, Brian Carpenter, says' is read from its quote.)
      let quoteBefore = false;
      for (let j = first; j < open && !quoteBefore; j++) quoteBefore = inQuote(j);
      const closesApposition = before?.text === "," && t[k - 2]?.cap === true && open < k - 2 && t[open]?.text === "," && open > first && !speakerAfter && !quoteBefore;
      if ((!before?.word || k === first) && !((before?.text === "," || CLOSING_QUOTES.has(before?.text ?? "")) && speakerAfter) && !closesApposition) continue;
      const bits = wordClass(prev);
      if (before?.word && !before.cap && bits & W.adjective && !(bits & (W.noun | W.role))) continue;
      // "Long-running shows Will and Grace", "best-selling reports": after a compound adjective, a noun.
      if (before?.word && /^[a-z]+-[a-z]+(?:ing|ed)$/.test(prev)) continue;
      if (w === "reports" && before?.word && !before.cap && !(bits & W.role) && prev !== "it" && prev !== "agency") continue;
      if (pluralNounAt(layout, k)) continue;
      // "called the Democratic demands "a ransom note"", "the Kurdish claims": a noun after a determiner and an adjective of a people or party.
      const adjectiveOfAPeople = before?.cap === true && (isDemonym(prev) || /(?:ic|an|ish|ese)$/.test(prev)) && !lookupGazetteer(before.text);
      if (adjectiveOfAPeople && /^(?:the|its|their|his|her|our)$/.test(t[k - 2]?.lower ?? "")) continue;
    }
    if (w === "posted" && !STATEMENT_NOUNS.has(t[k + 1]?.lower ?? "") && t[k + 1]?.lower !== "on") continue;
    if (compoundNounAt(layout, k)) continue; // "The King's Fund think tank was more cautious", "A federal appeals court heard"
    // "The National Audit Office report said", "Oxfam's report this week said": a noun before its own verb of saying
    // (maybe after a time), which is the cue.
    if (/^reports?$/.test(w) && !t[k]!.cap) {
      let v = k + 1;
      if (/^(?:this|last)$/.test(t[v]?.lower ?? "") && /^(?:week|month|year|weekend)$/.test(t[v + 1]?.lower ?? "")) v += 2;
      else if (/^(?:today|yesterday)$/.test(t[v]?.lower ?? "")) v++;
      if (t[v] && speechActFromCue(t[v]!.lower) !== undefined && !/^reports?$/.test(t[v]!.lower)) continue;
    }
    if (/^signall?ed$/.test(w) && !/^(?:that|it|he|she|they|we)$/.test(t[k + 1]?.lower ?? "")) continue; // "signalled that ...", not "signalled a penalty"
    if (statementParticipleAt(layout, k)) continue;
    if (toldAfterPassiveAt(layout, k)) continue;
    // "Having said that, ...", "That said, ...": a concession, no speech.
    if (w === "said" && ((prev === "having" && t[k + 1]?.lower === "that" && t[k + 2]?.text === ",") || (prev === "that" && t[k + 1]?.text === "," && k - 1 === first))) continue;
    if (anonymityRequestAt(layout, k) || askedWithoutSubjectAt(layout, k) || listOfActsAt(layout, k) || inferenceAt(layout, k) || saidNothingAt(layout, k)) continue;
    if (!negated && (singularNounAt(layout, k) || addedAnObject(layout, k) || actNotSpeechAt(layout, k))) continue; // "a revised end-year forecast", "added a second goal", "claimed the title", "blasted in a shot", "terror attacks"
    // "asked a judge to sentence him": a request, its object and what it is asked to do the content (as for "urged").
    const request = askedTo(layout, k);
    cues.push({ first: k, last: k + 1, predicate: request ? "urges" : (writtenDemand(t, k) ?? predicate), addressee: (ADDRESSEE.has(w) || (SAY_FORMS.has(w) && t[k + 1]?.lower === "to")) && !request, reversible: REVERSIBLE.has(w), according: false });
  }
  return cues.length > 1 && cues[0]!.according && t[cues[0]!.first]!.lower === "in" ? cues.slice(1) : cues;
}

/** What reports findings: "a new Fox News poll released Thursday", "the most recent YouGov/Economist survey". */
const FINDING_NOUNS = /^(?:polls?|surveys?|stud(?:y|ies)|reports?|analysis|census|findings|ranking|tally|count|estimates?)$/;

/** "In <a poll ...>,": a finding noun within the few words before the first comma, after it only its date, publisher or a participle. */
function findingBeforeComma(layout: TextLayout, k: number, last: number): boolean {
  const t = layout.tokens;
  // (Not "In its latest report, the OECD cut ...", "In his pre-Budget report, Mr Brown ...": the subject's own document.)
  if (/^(?:its|his|her|their|our|my|your)$/.test(t[k + 1]?.lower ?? "")) return false;
  let finding = false;
  for (let j = k + 1; j < last && j <= k + 12; j++) {
    if (t[j]!.text === ",") return finding && j - k >= 3;
    if (FINDING_NOUNS.test(t[j]!.lower)) finding = true;
    else if (finding && !/^(?:released|published|conducted|taken|out|by|of|on|in|from|this|last|the|a|week|month|year)$/.test(t[j]!.lower) && !WEEKDAY_NAMES.has(t[j]!.lower) && !t[j]!.cap) return false;
  }
  return false;
}

/**
 * "wrote to the council last week demanding that it clear the backlog": what was written is the participle's act, whose
 * "that" opens the content the verb of writing reaches (adjuncts.ts); its predicate, else undefined.
 */
function writtenDemand(t: TextLayout["tokens"], k: number): Predicate | undefined {
  if (!/^(?:wrote|writes|write)$/.test(t[k]!.lower)) return undefined;
  for (let j = k + 1; j <= k + 8 && t[j]?.word && t[j]!.sentence === t[k]!.sentence; j++) {
    const participle = PARTICIPLES.get(t[j]!.lower);
    if (participle) return t[j + 1]?.lower === "that" ? participle : undefined;
    if (j === k + 1 && t[j]!.lower !== "to") return undefined;
  }
  return undefined;
}

/** "others, like Lawrence Summers, | warn": a plural subject, then an aside of examples closed by the comma before k. */
function pluralBeforeExamples(t: TextLayout["tokens"], first: number, k: number): boolean {
  let open = k - 2;
  while (open > first && open > k - 12 && t[open]!.text !== ",") open--;
  return t[open]?.text === "," && open < k - 2 && /^(?:like|including|such|among|notably)$/.test(t[open + 1]!.lower)
    && (BASE_SUBJECTS.has(t[open - 1]?.lower ?? "") || /[^s']s$/.test(t[open - 1]?.lower ?? ""));
}

/** "said to reporters": a verb of saying whose addressee follows "to" (adjuncts.ts skips it). */
export const SAY_FORMS: ReadonlySet<string> = new Set(["say", "says", "said"]);

/** A verb after "to": "said to be", "said to have", "said to number about 300" (not "said to applause", "to reporters"). */
function verbAfterTo(token: Token | undefined): boolean {
  if (!token?.word || token.cap) return false;
  const c = wordClass(token.lower);
  return token.lower === "be" || token.lower === "have" || (c & W.verb) !== 0;
}

/** "asked a judge to sentence", "asks the court to", "asked Washington to mediate": "ask", an object, then "to" and a verb (or "for help"). */
function askedTo(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (/^(?:tells?|told)$/.test(t[k]!.lower)) return toldTo(t, k);
  if (!/^ask(?:s|ed)?$/.test(t[k]!.lower)) return false;
  for (let j = k + 2; j < k + 8 && t[j]?.word && t[j]!.sentence === t[k]!.sentence; j++) {
    // ("asked Italy and France for help": a request too, for what is asked.)
    if (t[j]!.lower === "for" && j > k + 1 && /^(?:help|assistance|support|aid|backing|calm|patience|restraint|forgiveness|mercy|protection|clemency|leniency|funds|funding|money|donations|information|clarification|access|permission|asylum)$/.test(t[j + 1]?.lower ?? "")) return true;
    if (/^(?:that|whether|if|about|for|why|how|what)$/.test(t[j]!.lower)) return false;
    if (t[j]!.lower === "to") return t[j + 1]?.word === true && !t[j + 1]!.cap && !/^(?:the|a|an|his|her|their|its)$/.test(t[j + 1]!.lower);
  }
  return false;
}

/**
 * "told the rioters to go home", "has told England to stop whingeing": "tell", a short object (a determiner and at most
 * four words, no verb or preposition: not "told investors the company will have to", "told Mr Brown of his intention
 * to"), then "to" and a verb: an order or a request, not what is told.
 */
function toldTo(t: TextLayout["tokens"], k: number): boolean {
  let j = k + 1;
  if (/^(?:the|a|an|his|her|their|its|our|all)$/.test(t[j]?.lower ?? "")) j++;
  const first = j;
  while (j < first + 4 && t[j]?.word && t[j]!.sentence === t[k]!.sentence && t[j]!.lower !== "to" && !OBJECT_BREAKS.has(t[j]!.lower)) j++;
  if (j === first || t[j]?.lower !== "to") return false;
  // (As after "asked ... to": a lower-case word that opens no noun phrase; the lexicon lacks the verb reading of "stop".)
  const verb = t[j + 1];
  return verb?.word === true && !verb.cap && !/^(?:the|a|an|his|her|their|its|our|this|that|these|those|some|any|all|no|one|two|three|four|five|six|seven|eight|nine|ten|\d.*)$/.test(verb.lower);
}
/** Words no short object holds: auxiliaries, prepositions, complementisers, pronouns that open a clause. */
const OBJECT_BREAKS = new Set(["will", "would", "could", "can", "should", "may", "might", "must", "is", "was", "are", "were", "had",
  "has", "have", "be", "been", "of", "on", "in", "at", "about", "for", "with", "that", "he", "she", "they", "it", "we", "i",
  "there", "this", "not", "and"]);

/** "In a statement posted on Telegram, the group said", "a video released by the army": the statement's participle, not its act. */
export function statementParticipleAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const noun = t[k - 1];
  return PUBLISHED.has(t[k]!.lower) && noun !== undefined && !noun.cap && STATEMENT_NOUNS.has(noun.lower) && noun.sentence === t[k]!.sentence;
}
/** Verbs of making a statement public, not of its saying ("The statement added: ..." is the statement's act). */
const PUBLISHED = new Set(["posted", "released", "published", "issued", "shared", "uploaded", "aired", "circulated", "sent", "emailed", "obtained", "seen"]);

/** Words that open the clause after the verb "state": "officials state that ...", "the rules state the". */
const STATE_CLAUSE_STARTS = new Set(["that", "the", "a", "an", "it", "they", "he", "she", "we", "this", "there", ":"]);

/** Base forms whose noun reading is usual after "the" and a name: "the BBC show" ("the World Bank report" stays: its speaker is the bank). */
const NOUN_READING = new Set(["show", "promise", "vow", "fear", "hope", "worry", "claim", "pledge", "demand", "tweet"]);
const NAME_DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your"]);

/**
 * "Mr. King's show", "Let's hope": no speech act after a possessive or "let's". ("Bellamy's claim that
 * ..." is one: a nominal cue, as PolNeAR annotates it.)
 */
export function noActAfterPossessive(layout: TextLayout, k: number): boolean {
  const prev = layout.tokens[k - 1];
  if (!prev?.word || !/['’]s$/.test(prev.text)) return false;
  const w = layout.tokens[k]!.lower;
  // (Nor an -ing word before a noun: "The council's planning committee voted".)
  const next = layout.tokens[k + 1];
  const modifier = /ing$/.test(w) && next?.word === true && !next.cap && (wordClass(next.lower) & (W.preposition | W.conjunction | W.verb | W.adjective)) === 0
    && !/^(?:the|a|an|his|her|its|their|this|that|these|those|it|him|them|us|me)$/.test(next.lower);
  return w === "show" || w === "shows" || modifier || (/^let['’]s$/.test(prev.lower) && NOUN_READING.has(w));
}

/** A noun after a plural possessive ("opponents' calls for"), a verb of facing ("faced calls to") or "official" with no article ("verify official reports of"). */
export function nounAfterModifierAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const sentence = t[k]!.sentence;
  if (/^['’]$/.test(t[k - 1]?.text ?? "") && /s$/.test(t[k - 2]?.lower ?? "") && t[k - 2]!.sentence === sentence && !t[k - 1]!.spaced) return true;
  // "had faced calls to step down", "resisted demands for": the object of a verb of facing, a noun.
  if (/^(?:calls|demands|claims|warnings|accusations)$/.test(t[k]!.lower) && /^(?:face|faces|faced|facing|resist|resisted|resisting|ignore|ignored|ignoring|heed|heeded|mounting|growing|renewed)$/.test(t[k - 1]?.lower ?? "")) return true;
  return t[k - 1]?.lower === "official" && /^(?:reports|claims|figures|statements|warnings)$/.test(t[k]!.lower) && !/^(?:a|an|the|one|another)$/.test(t[k - 2]?.lower ?? "");
}

/** Whether the capitalised words ending at token `last` follow a determiner: "the West End". */
function nameAfterDeterminer(layout: TextLayout, first: number, last: number): boolean {
  const t = layout.tokens;
  let k = last;
  while (k > first && t[k - 1]!.cap && t[k - 1]!.word) k--;
  return k > first && NAME_DETERMINERS.has(t[k - 1]!.lower);
}

const RULE_DOCUMENTS = /^(?:rule|rules|law|act|bill|code|constitution|treaty|agreement|contract|policy|guidance|regulation|directive|proposal|plan|report|document|letter|statement|submission|lawsuit|suit|complaint|filing|indictment|memo|website|article|order|warrant|ruling|judgment|it|which|that)$/;

/** Prepositions and conjunctions after which an "-s" form is a plural noun: "attacks on Muslims", "the states of". */
const NOUN_FOLLOWERS = new Set(["of", "for", "from", "near", "across", "on", "in", "with", "and", "or", "like", "where", "which"]);
/** Auxiliaries after an "-s" form: a noun after a modifier ("aid pledges must", "Past shows have"), a verb after a name ("what Jamie hopes will be"). */
const PLURAL_AUXILIARIES = new Set(["must", "would", "will", "could", "should", "can", "may", "might", "were", "are", "have", "had"]);
const POSSESSIVES = new Set(["her", "his", "their", "its", "our", "my", "your", "the", "these", "those"]);
/** "-s" forms whose verb reading is usual before a preposition: "says in a statement", "tells of". */
const VERB_BEFORE_PREPOSITION = new Set(["says", "adds", "tells", "writes", "warns", "insists", "argues", "explains", "notes", "thinks", "believes", "claims", "reports"]);

/**
 * Whether the "-s" form at token k reads as a plural noun: after a number or quantifier ("11 battleground
 * states", "some states"), or before a preposition ("xenophobic attacks on Muslims"), not as a verb of saying.
 */
export function pluralNounAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const w = t[k]!.lower;
  if (!w.endsWith("s") || w.endsWith("ss")) return false;
  const prev = t[k - 1];
  if (prev && (/^\d/.test(prev.text) || QUANTIFIERS.has(prev.lower))) return true;
  // "member states", "key swing states such as Ohio": "states" is a verb after a rule or a document alone ("The rule states").
  if (w === "states" && !RULE_DOCUMENTS.test(prev?.lower ?? "")) return true;
  // "after the programme investigated claims that", "the alleged reports": the object of a verb or a noun after
  // an adjective in -ed (not a name's: "Mr Ed says").
  if (prev?.word && !prev.cap && /[a-z]{3}ed$/.test(prev.lower) && prev.sentence === t[k]!.sentence) return true;
  // "has played down claims that", "shrugged off reports": after a verb's particle.
  if (/^(?:down|off|aside)$/.test(prev?.lower ?? "") && /(?:ed|s)$/.test(t[k - 2]?.lower ?? "") && t[k - 2]!.sentence === t[k]!.sentence) return true;
  const next = t[k + 1]?.lower ?? "";
  // "Despite the perceived media attacks, Carson said": the end of an opening phrase, before its comma.
  if (next === "," && openingPhraseAt(layout, k)) return true;
  if (PLURAL_AUXILIARIES.has(next) && prev?.word) {
    // (Capitalised only by opening the sentence: "Phishing attacks have boomed".)
    const openerOnly = prev.cap && t[k - 2]?.sentence !== prev.sentence && /(?:ing|al|ic)$/.test(prev.lower);
    if (!prev.cap || POSSESSIVES.has(prev.lower) || openerOnly) return !PRONOUN_SUBJECTS.has(prev.lower);
    const c = wordClass(prev.lower);
    return (c & W.adjective) !== 0 && (c & (W.firstName | W.lastName | W.person | W.org)) === 0;
  }
  // "phishing attacks that try to trick", "claims that were denied": a relative clause whose plural verb follows "that"
  // (a verb of saying's "that" opens a clause with a subject: "says that is wrong", "warns that the").
  if ((next === "that" || next === "which") && prev?.word && pluralVerbAt(t[k + 2])) return true;
  return !VERB_BEFORE_PREPOSITION.has(w) && NOUN_FOLLOWERS.has(next);
}

/** Prepositions that open a phrase before the subject: "Despite ...,", "Amid ...,". */
const PHRASE_OPENERS = new Set(["despite", "amid", "amidst", "after", "before", "following", "during", "with", "without", "given", "like", "unlike", "over", "under", "among", "against", "in", "on", "for"]);

/** Whether token k is inside a phrase opening its sentence with a preposition and no comma before k: "Despite the ... attacks". */
function openingPhraseAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  let first = layout.sentences[t[k]!.sentence]!.first;
  while (first < k && !t[first]!.word) first++;
  if (!PHRASE_OPENERS.has(t[first]!.lower) || k - first > 8) return false;
  for (let j = first + 1; j < k; j++) if (!t[j]!.word && t[j]!.text !== "-") return false;
  return true;
}

/** A determiner's noun phrase from k to the sentence's end, no verb in it: "the think tank.", "a panel of industry experts.". */
function nounPhraseToEnd(t: readonly Token[], k: number, last: number): boolean {
  if (!/^(?:the|a|an)$/.test(t[k]?.lower ?? "")) return false;
  let j = k + 1;
  for (; j < last && j < k + 7 && t[j]!.word; j++) {
    const c = wordClass(t[j]!.lower);
    if (!t[j]!.cap && c & W.verb && !(c & W.noun) && t[j]!.lower !== "think") return false;
  }
  return j > k + 1 && (j >= last || /^[.;]$/.test(t[j]!.text)) && !/ly$/.test(t[j - 1]!.lower);
}

/** A verb form that agrees only with a plural subject: "are", "were", "have", or a bare verb ("try"). */
function pluralVerbAt(token: Token | undefined): boolean {
  if (!token?.word || token.cap) return false;
  if (/^(?:are|were|have|do)$/.test(token.lower)) return true;
  const c = wordClass(token.lower);
  return (c & W.verb) !== 0 && (c & (W.noun | W.adjective)) === 0 && !/(?:s|ed|ing)$/.test(token.lower);
}
const PRONOUN_SUBJECTS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "that", "which", "what"]);


/** Whether tokens [first, last) are only the words a cue takes before its verb: the tagger's "has previously" holds no verb. */
export function onlyCuePrefix(layout: TextLayout, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (!CUE_PREFIX.has(layout.tokens[k]!.lower) && !/n['’]t$/.test(layout.tokens[k]!.lower)) return false;
  return true;
}

/** Where the cue starts as PolNeAR marks it: with the auxiliaries and adverbs right before the verb. */
export function cueSpanFirst(layout: TextLayout, cue: Cue, inQuote: (k: number) => boolean): number {
  const t = layout.tokens;
  if (cue.according || cue.participleComma !== undefined) return cue.first;
  let k = cue.first;
  // Not a capitalised word inside the sentence: "Access Now said" is a name's end, not "now said".
  const prefix = (j: number): boolean => (CUE_PREFIX.has(t[j]!.lower) || /n['’]t$/.test(t[j]!.lower) || adverbBefore(j))
    && !(t[j]!.cap && j > layout.sentences[t[j]!.sentence]!.first);
  // "she emphatically denied", "reportedly said": an adverb, not a noun in -ly ("the state monopoly said", "Desailly says").
  function adverbBefore(j: number): boolean {
    const w = t[j]!;
    return /[a-z]ly$/.test(w.text) && !w.cap && !(wordClass(w.lower) & W.common) && w.lower !== "only"
      && !/^(?:a|an|the|its|his|her|their|our|this|that)$/.test(t[j - 1]?.lower ?? "");
  }
  while (k > 0 && k > cue.first - 4 && t[k - 1]!.sentence === t[cue.first]!.sentence && !inQuote(k - 1) && prefix(k - 1)) k--;
  return k;
}

/** The verb in "issued a statement calling on": the subject is found before it. */
export function statementVerbBefore(layout: TextLayout, cue: Cue): number {
  const t = layout.tokens;
  let k = cue.first - 1;
  // (A finite verb after a comma has its own subject: "Johnson, asked about the letter, said".)
  if (t[k]?.text === "," && /ing$/.test(t[cue.first]!.lower)) k--;
  if (!STATEMENT_NOUNS.has(t[k]?.lower ?? "")) return cue.first;
  k--;
  while (k > 0 && (t[k]!.lower === "a" || t[k]!.lower === "an" || t[k]!.lower === "the" || /^(?:short|brief|joint|written|new|further)$/.test(t[k]!.lower))) k--;
  // "issued a statement saying"; not "Donald Trump's statement said", whose subject is the statement.
  return k >= 0 && t[k]!.word && !t[k]!.cap && !/['’]s?$/.test(t[k]!.text) ? k : cue.first;
}
