// Where a reported content begins and ends around its cue and speaker: the writer's phrases after a trailing
// speaker ("..., the ministry said on Tuesday, in the latest sign of a thaw"), a second adjective after "but",
// a sentence's opening clause, a relative clause before the cue. Pure helpers of the rules in claims.ts.
import { AUXILIARIES, hasClass, IRREGULAR_PASTS, W } from "./lexicon.ts";
import { speechActFromCue, type Cue } from "./cues.ts";
import { isRoleNoun } from "./titles.ts";
import { beforeTimePhrase, DASHES, readsAsClause, type ClaimContext } from "./speaker.ts";
import type { Sentence, TextLayout, Token } from "./tokens.ts";

/** Words opening a relative clause: ", which he has denied,", ", who visited Damascus on Saturday,". */
export const RELATIVE_WORDS = new Set(["who", "which", "that", "whose", "whom"]);

/** Conjunctions after a comma that open a clause of the writer's, ending the content: ", while", ", whereas". */
export const CLAUSE_AFTER_COMMA = new Set(["while", "whereas"]);

/** Conjunctions after "..., the ministry said," that open the writer's next clause: ", but no agreement was reached". */
export const CLAUSE_AFTER_SPEAKER = new Set(["but", "while", "whereas", "although", "though", "yet", "and", "which", "with"]);

/** Words opening a writer's phrase after the speaker: "..., the ministry said on Tuesday, in the latest sign of a thaw." */
const TRAILING_PHRASE_WORDS = new Set(["in", "amid", "as", "after", "before", "during", "despite", "following", "ahead", "with", "without", "days", "hours", "weeks", "shortly"]);
/**
 * Lower-case words a trailing speaker's phrase may hold before the name besides role nouns: ", his spokesman
 * Bayo Onanuga said", ", her family said", ", state broadcaster CCTV reported".
 */
export const SPEAKER_PHRASE_WORDS = new Set(["a", "an", "the", "his", "her", "its", "their", "senior", "top", "former", "family", "relatives",
  "friends", "parents", "state", "news", "official", "broadcaster", "agency", "media", "newspaper", "television", "outlet", "daily",
  // "..., several delegates said", "..., two diplomats said"
  "several", "some", "many", "other", "two", "three", "four", "five", "six", "both"]);
/** A noun phrase in apposition to the whole sentence: "..., his party said, the latest in a string of legal blows." */
export const TRAILING_APPOSITION = /^(?:the (?:latest|first|second|third|last|biggest|largest|highest|lowest|worst|best)|an? (?:sign|move|day|week|month|year|step|blow|claim|charge|reference|setback|reversal|remark|comment|view|position|stance|suggestion|proposal|demand|warning|threat|accusation|allegation|assertion|pledge|promise|vow|prediction|forecast|figure|number|estimate|toll|principle|point|message|argument|line))$/;

/**
 * A comma and such a phrase running to the sentence's end, with no "that" or further comma: the
 * writer's comment, not what was said ("said, in a statement, that ..." has its content after it).
 */
export function trailingPhrase(ctx: ClaimContext, from: number, limit: number): boolean {
  const t = ctx.layout.tokens;
  const first = t[from]?.text === "," ? from + 1 : from; // skipAdjuncts may have stepped over the comma
  // Or "a"/"an", a noun (maybe after a modifier) and a relative: "..., people familiar with the matter said, a deal that would make it ...".
  const relativeAt = [first + 2, first + 3].find((j) => /^(?:that|which)$/.test(t[j]?.lower ?? "") && t.slice(first + 1, j).every((w) => w.word && !w.cap));
  const apposition = TRAILING_APPOSITION.test(`${t[first]?.lower} ${t[first + 1]?.lower}`) || (/^an?$/.test(t[first]?.lower ?? "") && relativeAt !== undefined);
  // ", two days after voters went to the polls": a count of days, then "after" or "before", is a clause of time.
  const counted = /^(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|just|only)$/.test(t[first]?.lower ?? "")
    && /^(?:days|hours|weeks|months|years)$/.test(t[first + 1]?.lower ?? "") && /^(?:after|before)$/.test(t[first + 2]?.lower ?? "");
  if (t[first - 1]?.text === "," && counted) return true;
  if (t[first - 1]?.text !== "," || !(TRAILING_PHRASE_WORDS.has(t[first]?.lower ?? "") || apposition)) return false;
  // ", days after Ankara warned that it would not tolerate "terrorist corridors"": a clause of time holds its own "that" and quotes.
  if (/^(?:days|hours|weeks|shortly)$/.test(t[first]!.lower) && /^(?:after|before)$/.test(t[first + 1]?.lower ?? "")) return true;
  for (let j = first; j < limit; j++) {
    if (t[j]!.text === "," && t[j + 1]?.lower === "according" && t[j + 2]?.lower === "to") break; // "..., according to LSEG data"
    // An apposition's "that" opens a relative clause: ", the latest in a series of strikes that Tehran says are aimed at".
    // (Nor does the "that" right after the phrase's noun: ", in a deal that could end years of division".)
    const relative = t[j]!.lower === "that" && j <= first + 4 && /^(?:a|an|the)$/.test(t[first + 1]?.lower ?? "") && hasClass(t[j - 1]!.lower, W.noun) && speechActFromCue(t[j - 1]!.lower) === undefined;
    if (t[j]!.text === "," || (!apposition && (ctx.quoted[j] || (t[j]!.lower === "that" && !relative)))) return false;
  }
  return true;
}

/**
 * "disappointed but hopeful that", "tired but determined to": an adjective after "but" with its complement
 * or the clause's end, a second predicate of the same subject (not "but recent polls").
 */
export function coordinatedAdjective(t: TextLayout["tokens"], k: number): boolean {
  // Both sides of "but" read as adjectives: not "beneficial for children but accepted that".
  // (A participle only before it: "was disappointed but hopeful", not "were too optimistic but refused to".)
  const adjective = (w: Token | undefined, participle: boolean): boolean => w !== undefined && w.word && !w.cap && speechActFromCue(w.lower) === undefined
    && (hasClass(w.lower, W.adjective) || /(?:ful|ous|ive|able|ible|ic|ant|ent)$/.test(w.lower) || (participle && /ed$/.test(w.lower)));
  return adjective(t[k], false) && adjective(t[k - 2], true) && /^(?:that|to|of|about|on|in|for|and|,|\.)$/.test(t[k + 1]?.lower ?? ".");
}

/** Past a relative clause between the speaker and the cue: "Tom Barrack, who visited Damascus on Saturday, praised" was not dated by it. */
export function pastRelativeClause(t: TextLayout["tokens"], from: number, cue: number): number {
  let k = from;
  while (k < cue && !(t[k]!.text === "," && RELATIVE_WORDS.has(t[k + 1]?.lower ?? ""))) k++;
  // "An engineer who inspected it in 2022 and asked not to be named said": no commas, the clause runs to the cue.
  if (k >= cue) {
    if (t.slice(from + 1, cue).some((w) => w.lower === "who")) return cue;
    // "Lahur Sheikh Jangi, co-leader of the PUK until his ouster in 2021, accused": a noun phrase in apposition to the
    // subject dates nothing (not an aside of when or how: "Barzani, speaking on Monday, said", "X, on Monday, said").
    let open = from;
    while (open < cue && t[open]!.text !== ",") open++;
    let close = cue - 1;
    while (close > open && (AUXILIARIES.has(t[close]!.lower) || /ly$|^(?:also|then|later|now)$/.test(t[close]!.lower))) close--;
    const first = t[open + 1];
    const nounPhrase = first !== undefined && first.word && !/ing$/.test(first.lower) && !/^(?:on|in|at|last|this|earlier|later|yesterday|today|speaking|however)$/.test(first.lower);
    // (Nor an aside holding a clause of its own: "Barzani, in his first comments since Iraqi forces took the city on
    // Monday, said" was not dated by the taking.)
    const clause = t.slice(open + 1, close).some((w, i, aside) => CLAUSE_OPENERS.has(w.lower)
      && aside.slice(i + 2).some((v) => !v.cap && (/^[a-z]{3,}ed$/.test(v.lower) || IRREGULAR_PASTS.has(v.lower))));
    return open < close && t[close]!.text === "," && (nounPhrase || clause) ? close + 1 : from;
  }
  let close = k + 2;
  while (close < cue && t[close]!.text !== ",") close++;
  return close < cue ? close + 1 : from;
}

/** Words that open a clause inside an aside: "since Iraqi forces took the city on Monday". */
const CLAUSE_OPENERS = new Set(["since", "after", "before", "when", "because", "until", "as", "while"]);

/** Conjunctions that open a clause before the main one: "When Trump suggested that ..., Rubio fired back". */
const OPENING_CONJUNCTIONS = new Set(["when", "while", "although", "though", "as", "if", "because", "after", "before", "since", "whereas", "once", "until", "unless"]);

/**
 * Where the content of a cue inside a sentence's opening clause ends: at the clause's comma ("While only 7
 * percent said they are undecided, 27 percent ... said"), else at `limit`.
 */
export function openingClauseEnd(ctx: ClaimContext, sentence: Sentence, cue: Cue, from: number, limit: number): number {
  const t = ctx.layout.tokens;
  // (After "But" or "And": "But although Campese admitted he was surprised, he insisted ...".)
  const first = /^(?:but|and|yet)$/.test(t[sentence.first]!.lower) ? sentence.first + 1 : sentence.first;
  if (!OPENING_CONJUNCTIONS.has(t[first]!.lower)) return limit;
  for (let k = sentence.first; k < cue.first; k++) if (t[k]!.text === "," && !ctx.quoted[k]) return limit; // the cue is in the main clause
  // (Not "As the Tory leader declared, the aim is ...": no content before the comma, the main clause is it.)
  for (let k = from; k < limit; k++) {
    if (t[k]!.text === "," && !ctx.quoted[k]) return k > from ? k : limit;
    // Or inside the quote that closes it: 'When Trump said he would "protect our LGBTQ citizens," the crowd applauded'.
    if (t[k]!.text === "," && k > from && /^[”"]$/.test(t[k + 1]?.text ?? "") && t[k + 2]?.word && !ctx.quoted[k + 2]) return k + 2;
  }
  return limit;
}

/**
 * "Spotify, which has long accused Apple of stifling competition, welcomed the news": the content of a cue in a
 * relative clause ends at the comma where the main clause's verb resumes (", welcomed", ", has complained"; not
 * ", Northern and Piccadilly lines"); `to` when the cue is in none.
 */
export function relativeClauseEnd(ctx: ClaimContext, sentenceFirst: number, cue: Pick<Cue, "first">, from: number, to: number): number {
  const t = ctx.layout.tokens;
  if (!relativeCue(t, sentenceFirst, cue)) return to;
  for (let j = from; j < to - 1; j++) {
    const next = t[j + 1]!;
    const resumes = !next.cap && (AUXILIARIES.has(next.lower) || speechActFromCue(next.lower) !== undefined || /[^s]s$|ed$/.test(next.lower) || IRREGULAR_PASTS.has(next.lower));
    if (t[j]!.text === "," && !ctx.quoted[j] && resumes) return j;
  }
  return to;
}

/** The cue opens a relative clause after a comma: "Spotify, which has long accused ...", "Novartis, which last month forecast". */
export function relativeCue(t: TextLayout["tokens"], sentenceFirst: number, cue: Pick<Cue, "first">): boolean {
  let opener = beforeTimePhrase(t, sentenceFirst, cue.first) - 1;
  while (opener > sentenceFirst && (AUXILIARIES.has(t[opener]!.lower) || /ly$|^(?:long|also|not|never)$/.test(t[opener]!.lower))) opener--;
  if (opener > sentenceFirst && (t[opener]!.lower === "which" || t[opener]!.lower === "who") && t[opener - 1]?.text === ",") return true;
  // The relative's second verb: "Karim, who was dismissed by the parliament but refused to step down,".
  if (opener > sentenceFirst && (t[opener]!.lower === "but" || t[opener]!.lower === "and")) {
    let k = opener - 1;
    while (k > sentenceFirst && t[k]!.word && !/^(?:which|who)$/.test(t[k]!.lower)) k--;
    if (k > sentenceFirst && /^(?:which|who)$/.test(t[k]!.lower) && t[k - 1]?.text === ",") return true;
  }
  // "..., which friends described as miserable, contributed", "..., which he called a disgrace,": the relative is the object.
  let k = opener;
  while (k > sentenceFirst && k > opener - 3 && t[k]!.word && !AUXILIARIES.has(t[k]!.lower) && !/^(?:which|whom|who|that)$/.test(t[k]!.lower)) k--;
  return k < opener && k > sentenceFirst && (t[k]!.lower === "which" || t[k]!.lower === "whom") && t[k - 1]?.text === ",";
}

/** Verbs of finding, and who or what finds: "..., the survey found", "..., researchers found". */
export const FINDING = /^(?:found|finds|showed|shows|show|concludes|revealed)$/;
export const FINDERS = /^(?:study|studies|survey|surveys|poll|polls|report|reports|research|researchers|scientists|analysis|review|audit|inquiry|investigation|figures|data|statistics|minutes|census|test|tests|trial|experts|economists|analysts|paper|index|probe|records|filings|emails)$/;

/**
 * "dismissed the plans as "too little, too late" and repeated his call": "and" at j before a second verb of the
 * subject, after an object (from `from`) with no verb or subject of its own (not "said he came up with it and persuaded").
 */
export function secondVerbAt(ctx: ClaimContext, from: number, j: number): boolean {
  const t = ctx.layout.tokens;
  // (An adjective in -ed opens a noun phrase with its own verb to come: "the heat and unsettled weather could last".)
  const adjective = [j + 2, j + 3, j + 4].some((k) => AUXILIARIES.has(t[k]?.lower ?? "")) || /^[“"']/.test(t[j + 2]?.text ?? "");
  // (Or an auxiliary of the subject's: "pleaded guilty to fraud and is co-operating with prosecutors".)
  const auxiliary = /^(?:is|was|has|had|will|would)$/.test(t[j + 1]?.lower ?? "");
  // (Past an adverb of time after "but": 'called Francis "the representative of the evil one" but later reconciled'.)
  const adverb = t[j]?.lower === "but" && /^(?:later|then|eventually|subsequently|soon)$/.test(t[j + 1]?.lower ?? "") ? 1 : 0;
  const past = /^[a-z]{3,}ed$/.test(t[j + 1 + adverb]?.lower ?? "") || IRREGULAR_PASTS.has(t[j + 1 + adverb]?.lower ?? "");
  // (Or "but" after an infinitive, which has no verb of its own to coordinate: "declined to comment on the hearing but pointed to".)
  const afterInfinitive = t[j]?.lower === "but" && t[from]?.lower === "to" && past;
  // (Not a base form that is its past too, after an infinitive: "threatened to close the border and cut off the pipeline".)
  // (But after a quote the infinitive closed: 'pledged to "turn these beliefs into reality" and set out the choices'.)
  if (t[from]?.lower === "to" && /^(?:cut|put|set|hit|let|quit|shut|spread|cost|hurt|split|bet|cast|burst)$/.test(t[j + 1 + adverb]?.lower ?? "")
    && !/^[”"’']$/.test(t[j - 1]?.text ?? "")) return false;
  return (t[j]?.lower === "and" || adverb === 1 || afterInfinitive) && !ctx.quoted[j] && j > from + (auxiliary ? 0 : 1) && ((auxiliary && !adverb) || (past && t[j + 1 + adverb]!.lower !== "indeed" && !isRoleNoun(t[j + 1 + adverb]!.lower) && !adjective))
    && t.slice(from, j).every((w, i) => !w.word || w.cap || !(AUXILIARIES.has(w.lower) || /ed$/.test(w.lower)
      || /^(?:he|she|it|they|we|i|you|there)$/.test(w.lower)
      || (hasClass(w.lower, W.verb) && !hasClass(w.lower, W.noun | W.adjective) && !/^(?:the|a|an|his|her|its|their|our|my|your)$/.test(t[from + i - 1]?.lower ?? ""))));
}

/** A pronoun that opens a clause as its subject. */
export const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you)$/;

/**
 * "said it would close its land borders, and France ordered people to stay at home": after ", and" at j a name and a
 * verb in the past open the writer's next clause (its cue may be none the rules know).
 */
export function namedClauseAt(ctx: ClaimContext, j: number, contentTo: number): boolean {
  const t = ctx.layout.tokens;
  if (t[j]!.text !== "," || t[j + 1]?.lower !== "and" || ctx.quoted[j]) return false;
  const named = ctx.mentions[ctx.mentionAt[j + 2] ?? -1];
  if (named === undefined || named.firstToken !== j + 2 || named.possessive || named.lastToken >= contentTo) return false;
  const verb = t[named.lastToken]!.text;
  return /^[a-z]{3,}ed$/.test(verb) || IRREGULAR_PASTS.has(verb);
}

/**
 * "preliminary evidence suggests an increased risk of reinfection, the WHO said in a statement.": a speaker named after
 * the comma at j and a verb of saying closing the sentence say all before them, this claim's content included.
 */
export function speakerClosingAt(ctx: ClaimContext, cues: readonly Cue[], j: number, contentTo: number, limit: number): boolean {
  const t = ctx.layout.tokens;
  if (t[j]!.text !== "," || ctx.quoted[j]) return false;
  return cues.some((c) => c.reversible && c.first >= j + 2 && c.first <= j + 7 && c.first < contentTo
    && t.slice(j + 1, c.first).every((w) => w.word && !AUXILIARIES.has(w.lower) && !/^(?:that|which|who|and|but)$/.test(w.text) && speechActFromCue(w.lower) === undefined)
    && (ctx.mentionAt[c.first - 1] ?? -1) >= 0
    && !t.slice(c.last, limit).some((w) => w.text === "," || w.lower === "that") && !readsAsClause(ctx, c.last, limit));
}

/**
 * "Pike had denied murder but was convicted by a jury": after an object with no verb, "but" at j and an auxiliary go on
 * with the subject's own predicate (not a clause's: "he left on good terms but was intimidated").
 */
export function subjectsPredicateAt(ctx: ClaimContext, contentFrom: number, j: number): boolean {
  const t = ctx.layout.tokens;
  return t[j]!.lower === "but" && j > contentFrom && j - contentFrom <= 8 && /^(?:was|were|is|are|has|had|have|will|would|could)$/.test(t[j + 1]?.lower ?? "")
    && !ctx.quoted[j] && !SUBJECT_PRONOUN.test(t[contentFrom]!.lower) && !readsAsClause(ctx, contentFrom, j);
}

/**
 * "apologised for the affair - although it claimed it did not gain any unfair advantage": the content's first dash at j
 * before an aside that opens as a clause with a cue of its own (not "— no different, he said, from ..."), which no
 * second dash closes before the content goes on ("approvals -- loans agreed but not yet made -- stood").
 */
export function dashClauseAt(ctx: ClaimContext, cues: readonly Cue[], contentFrom: number, j: number, contentTo: number): boolean {
  const t = ctx.layout.tokens;
  if (!DASHES.has(t[j]!.text) || j <= contentFrom + 1 || !/^(?:although|though|but|while|whereas|before|after|which|when|since|because|even)$/.test(t[j + 1]?.lower ?? "")) return false;
  if (t.slice(contentFrom, j).some((w) => DASHES.has(w.text))) return false;
  for (let k = j + 1; k < contentTo; k++) if (DASHES.has(t[k]!.text)) { if (k < contentTo - 2) return false; break; }
  return cues.some((c) => c.first > j + 1 && c.first < contentTo && c.first <= j + 5);
}
