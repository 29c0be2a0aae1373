// Readings of a cue word that make it no speech act: a noun after a modifier ("a revised end-year
// forecast"), a modifier of a noun ("26 suspected militants"), an act with its object ("added a
// second goal", "claimed the top spot", "continued to rise", "found dead"). Used by the claim rules
// (cues.ts) and on the tagger's cues (attribution/).
import { actOrThingAt, FINITE, OBJECT_STARTS, objectWithoutClause } from "./act-readings.ts";
import { legalActAt } from "./legal-acts.ts";
import { AUXILIARIES, hasClass, W, WEEKDAY_NAMES, wordClass } from "./lexicon.ts";
import { QUOTE_MARK } from "./quotes.ts";
import { isRoleNoun } from "./titles.ts";
import type { TextLayout } from "./tokens.ts";

export const QUANTIFIERS = new Set(["the", "some", "many", "several", "few", "all", "both", "key", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "other", "such"]);

const ADD_FORMS = new Set(["added", "adds", "adding", "add"]);
/** What one adds to without saying anything: "added to fears", "adds to pressure on". */
const ADDED_TO = new Set(["fears", "concerns", "concern", "pressure", "pressures", "speculation", "worries", "doubts", "uncertainty", "tension",
  "tensions", "woes", "problems", "growing", "mounting", "recent", "earlier"]);

/**
 * "added a second goal", "added 18 points", "added the conversion": "add" with an object that no
 * clause follows is an act, not speech ("added the situation would be monitored" is speech; so is
 * the inverted "..., added the spokesman").
 */
export function addedAnObject(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!ADD_FORMS.has(t[k]!.lower) || k === 0) return false;
  const next = t[k + 1];
  // "adding to a growing list of awards", "added to fears": "add to" a thing is no speech.
  if (next?.lower === "to" && (OBJECT_STARTS.has(t[k + 2]?.lower ?? "") || ADDED_TO.has(t[k + 2]?.lower ?? ""))) return true;
  const prev = t[k - 1]!;
  // (A participle after a comma is never inverted: ", adding about $150 billion to its market value" is an act.)
  if ((!prev.word && t[k]!.lower !== "adding") || prev.sentence !== t[k]!.sentence) return false;
  // "added features that made it easier": a bare plural with its own relative clause is what was added.
  const after = t[k + 3]?.lower ?? "";
  if (next?.word && !next.cap && /[^s]s$/.test(next.lower) && /^(?:that|which)$/.test(t[k + 2]?.lower ?? "") && (/ed$/.test(after) || AUXILIARIES.has(after) || FINITE.has(after) || hasClass(after, W.verb))) return true;
  return objectWithoutClause(layout, k);
}

/** "has been jailed for life and told he must serve 22 years": a coordinated "told" with no one told is a passive's (the subject was told). */
export function toldAfterPassiveAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return /^(?:told|informed)$/.test(t[k]!.lower) && /^(?:and|or|but)$/.test(t[k - 1]?.lower ?? "") && /^(?:he|she|they|we|i|it|that)$/.test(t[k + 1]?.lower ?? "");
}

/** "..., which suggests the show may move": the writer's inference from the clause before, no one's claim. */
export function inferenceAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return /^(?:suggests|shows|means|indicates|implies)$/.test(t[k]!.lower)
    && t[k - 1]?.lower === "which" && t[k - 2]?.text === ",";
}

/** "Roberts said little during the session", "said nothing about the plan": nothing said (not "said nothing could be done"). */
export function saidNothingAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return /^(?:say|says|said|saying)$/.test(t[k]!.lower) && /^(?:little|nothing)$/.test(t[k + 1]?.lower ?? "")
    && (!t[k + 2]?.word || /^(?:about|during|on|in|at|of|to|for|publicly|more|else|new)$/.test(t[k + 2]!.lower));
}

/** "Spacey, 45, wrote, directed and starred in the film": a verb in a list of acts. */
export function listOfActsAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return t[k + 1]?.text === "," && /ed$/.test(t[k + 2]?.lower ?? "") && (t[k + 3]?.lower === "and" || t[k + 3]?.text === ",");
}

/** "refused to discuss the player when asked at his news conference": asked, not asking. */
export function askedWithoutSubjectAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // Or opening its sentence: "Asked about it on Saturday, Trump told reporters".
  const opens = t[k - 1] === undefined || t[k - 1]!.sentence !== t[k]!.sentence;
  if (t[k]!.lower !== "asked") return false;
  if (opens || /^(?:when|if|after|before|once|until|unless|as)$/.test(t[k - 1]?.lower ?? "")) return true;
  // "Johnson, asked about the letter, said he had not read it": an aside between commas, a verb of saying after it.
  if (t[k - 1]?.text !== "," || !/^(?:about|whether|if|why|how|what|when|on|for|by|at|during|in|to|repeatedly)$/.test(t[k + 1]?.lower ?? "")) return false;
  for (let j = k + 1; j < t.length && j < k + 25 && t[j]!.sentence === t[k]!.sentence; j++) {
    // After the aside's comma, a finite verb's form: "said", "told", "wrote", "insisted", "says".
    if (t[j]!.text === ",") return t[j + 1]?.word === true && /(?:ed|id|old|ote|ys|ds|ns|ts)$/.test(t[j + 1]!.lower) && !t[j + 1]!.cap;
  }
  return false;
}

/** "a teacher who asked not to be named told the BBC", "speaking on condition of anonymity": a condition of anonymity, no act. */
export function anonymityRequestAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return (/^ask/.test(t[k]!.lower) && t[k + 1]?.lower === "not" && t[k + 2]?.lower === "to" && t[k + 3]?.lower === "be")
    || (/^(?:speak|spoke)/.test(t[k]!.lower) && t[k + 1]?.lower === "on" && t[k + 2]?.lower === "condition") // "who spoke on condition of anonymity because"
    // "who requested anonymity to discuss", "who declined to be named", "refused to be identified"
    || (/^(?:request|ask|seek|sought|demand)/.test(t[k]!.lower) && t[k + 1]?.lower === "anonymity")
    || (/^(?:declin|refus)/.test(t[k]!.lower) && t[k + 1]?.lower === "to" && t[k + 2]?.lower === "be" && /^(?:named|identified)$/.test(t[k + 3]?.lower ?? ""))
    || unnamedBecauseAt(t, t[k]!.lower === "to" ? k : k - 1);
}

/** "on condition of anonymity to discuss", "not authorized to speak publicly": why a source is not named (the "to" at j). */
function unnamedBecauseAt(t: TextLayout["tokens"], j: number): boolean {
  return t[j]?.lower === "to" && /^(?:anonymity|authori[sz]ed|permitted|allowed)$/.test(t[j - 1]?.lower ?? "")
    && /^(?:discuss|talk|speak|describe|detail|comment|share|disclose|brief)/.test(t[j + 1]?.lower ?? "");
}

/** "Rutte, speaking at a security conference in Brussels, said": where the speaker spoke, no claim of its own. */
export function speakingAtAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return t[k]!.lower === "speaking" && /^(?:at|in|on|during|after|before|from|via|ahead|outside|inside|alongside|with)$/.test(t[k + 1]?.lower ?? "");
}

/** Words opening a clause of time; not "as" ("As Jones explained, ..." is Jones's). */
const TIME_CLAUSE_OPENERS = new Set(["when", "after", "before", "once", "until", "till", "while", "whenever"]);

/**
 * "When the meeting concluded, Smith said ...", "After the senator warned, the markets fell": a cue ending at
 * `cueLast` that closes an opening clause of time (its subject from `subjectFirst`), before a comma and a word, says
 * nothing; the clause after the comma is the sentence's.
 */
export function closesTimeClauseAt(layout: TextLayout, sentenceFirst: number, subjectFirst: number, cueLast: number): boolean {
  const t = layout.tokens;
  const opener = subjectFirst - 1;
  if (opener < sentenceFirst || !TIME_CLAUSE_OPENERS.has(t[opener]!.lower)) return false;
  if (opener > sentenceFirst && t[opener - 1]!.text !== ",") return false;
  return t[cueLast]?.text === "," && t[cueLast + 1]?.word === true;
}

/** "26 suspected militants", "the alleged abuse", "a reported deal": an "-ed" cue word after a number or determiner modifies a noun. */
export function participleModifierAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const prev = t[k - 1];
  if (!/ed$/.test(t[k]!.lower) || !prev || prev.sentence !== t[k]!.sentence || !t[k + 1]?.word) return false;
  if (/^\d/.test(prev.text)) return !t[k - 2]?.cap; // not "Andre 3000 thanked fans"
  return (QUANTIFIERS.has(prev.lower) && prev.lower !== "both" && prev.lower !== "all") || prev.lower === "a" || prev.lower === "an";
}

/** "continued to widen", "continues to rise", "went on to become": an aspect verb before an infinitive other than one of speech, no speech act. */
export function continuesTo(layout: TextLayout, k: number, isSpeech: (word: string) => boolean): boolean {
  const t = layout.tokens;
  // And "went on to become", "went on to solo success" (not "went on to say").
  const wentOn = t[k]!.lower === "on" && /^(?:go|goes|going|gone|went)$/.test(t[k - 1]?.lower ?? "");
  if (!(t[k]!.lower.startsWith("continu") || wentOn)) return false;
  // "continued performing with his band": an -ing form of what is continued (not "continued criticising").
  const gerund = /^[a-z]{3,}ing$/.test(t[k + 1]?.lower ?? "") ? t[k + 1]!.lower : "";
  if (gerund) return !isSpeech(gerund) && !CONTINUED_SPEECH.has(gerund.replace(/ing$/, "")) && !CONTINUED_SPEECH.has(gerund.replace(/ing$/, "e"));
  if (t[k + 1]?.lower !== "to") return false;
  const next = t[k + 2]?.lower ?? "";
  return !isSpeech(next) && !CONTINUED_SPEECH.has(next); // "continued to argue" is speech
}
const CONTINUED_SPEECH = new Set(["attack", "tear", "criticise", "criticize", "blame", "push", "press", "call", "question", "defend", "maintain", "express"]);

/** What one claims without saying it: "claimed over 10,000 lives", "claimed the top spot", "claims victory". */
const CLAIMED_THINGS = new Set(["lives", "life", "title", "titles", "victory", "win", "gold", "silver", "bronze", "medal",
  "medals", "crown", "trophy", "spot", "place", "lead", "seat", "seats", "prize", "wicket", "wickets", "scalp", "honours",
  "pole", "victim", "victims", "casualty", "casualties", "asylum", "benefits", "benefit", "damages", "compensation", "refund", "expenses"]);

/** "found alive", "found guilty": a state after "found" makes it a passive, no finding. */
const FOUND_STATES = new Set(["alive", "dead", "guilty", "innocent", "liable", "unconscious", "safe", "injured", "hanged", "murdered"]);
/** "WorldCom found itself under growing financial stress": where the subject ended up. */
const REFLEXIVES = new Set(["itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself"]);
export function foundInAState(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return (t[k]!.lower === "found" || t[k]!.lower === "finds") && (FOUND_STATES.has(t[k + 1]?.lower ?? "") || REFLEXIVES.has(t[k + 1]?.lower ?? "") || foundInAPlace(t, k));
}

/** "technology found in camcorders to filter out ...": a thing found somewhere, a noun before it and no clause after (not "found in a study that"). */
function foundInAPlace(t: TextLayout["tokens"], k: number): boolean {
  if (t[k]!.lower !== "found" || !/^(?:in|on|at|inside|among|across)$/.test(t[k + 1]?.lower ?? "") || !t[k - 1]?.word || t[k - 1]!.cap || AUXILIARIES.has(t[k - 1]!.lower)
    || /^(?:he|she|they|we|i|it|who)$/.test(t[k - 1]!.lower)) return false;
  for (let j = k + 2; j < t.length && j < k + 12 && t[j]!.sentence === t[k]!.sentence; j++) if (t[j]!.lower === "that" || t[j]!.text === "," || t[j]!.text === ":") return false;
  return true;
}

/** "claimed" with a prize, a toll or a place as its object (within a few words, before any clause) is no claim. */
export function claimedAThing(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^claim(?:s|ed|ing)?$/.test(t[k]!.lower)) return false;
  for (let j = k + 1; j < t.length && j <= k + 5 && t[j]!.sentence === t[k]!.sentence; j++) {
    const w = t[j]!.lower;
    // (The phrase's head: not "claim the lead was lost", "claims the current asylum system is being abused".)
    if (CLAIMED_THINGS.has(w)) return !AUXILIARIES.has(t[j + 1]?.lower ?? "") && !(t[j + 1]?.word && !t[j + 1]!.cap && hasClass(t[j + 1]!.lower, W.noun) && !hasClass(t[j + 1]!.lower, W.preposition | W.conjunction));
    if (!t[j]!.word || w === "that" || w === "to") return false;
  }
  return false;
}

/** "Duff blasted in a shot", "fired wide", "struck the bar": a verb of attack that is a strike at goal (or "ruled out of" a match). */
const STRIKES = new Set(["blasted", "blasts", "fired", "fires", "struck", "slammed", "lashed", "smashed", "hammered", "thumped"]);
const STRIKE_WORDS = new Set(["shot", "shots", "ball", "goal", "net", "post", "bar", "crossbar", "free-kick", "penalty", "effort",
  "header", "wide", "home", "over", "volley", "drive", "strike", "winner", "equaliser", "opener", "woodwork", "corner", "rebound"]);
export function strikeAtGoal(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // "Mike Tindall ruled out of the opening two matches": an injury, not a rejection.
  if (/^rule[sd]?$/.test(t[k]!.lower) && t[k + 1]?.lower === "out" && t[k + 2]?.lower === "of") return true;
  if (!STRIKES.has(t[k]!.lower)) return false;
  for (let j = k + 1; j < t.length && j <= k + 4 && t[j]!.sentence === t[k]!.sentence; j++) {
    if (STRIKE_WORDS.has(t[j]!.lower)) return true;
    if (!t[j]!.word || t[j]!.lower === "that") return false;
  }
  return false;
}

/** Feelings named as nouns: "dashing hopes of a restart", "amid fears that", "the government's hopes" (but "raised concerns that" voices them). */
const FEELINGS = new Set(["hopes", "fears", "concerns", "expectations", "speculation", "doubts", "worries"]);
const BEFORE_A_FEELING_NOUN = new Set(["amid", "on", "over", "about", "of", "despite", "the", "its", "their", "his", "her", "our", "growing",
  "mounting", "renewed", "rising", "new", "dashed", "boosted", "eased", "fuelled", "fueled", "sparked"]);
export function feelingNounAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!FEELINGS.has(t[k]!.lower)) return false;
  const prev = t[k - 1];
  if (!prev || prev.sentence !== t[k]!.sentence || !prev.word) return false;
  return BEFORE_A_FEELING_NOUN.has(prev.lower) || /['’]s?$/.test(prev.text) || (/ing$/.test(prev.lower) && !prev.cap);
}

/** After "according to", words that open a measure, not a source. */
const MEASURE_AFTER_ACCORDING = new Set(["whether", "how", "what", "which", "need", "size", "age", "plan"]);

/**
 * "according to" at k as a measure or manner, not a source: "graded according to their value", "listed
 * according to whether", "operate according to a strict code", "dealt with according to the law".
 */
export function accordingAsMannerAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (t[k]!.lower !== "according" || t[k + 1]?.lower !== "to") return false;
  const prev = t[k - 1]?.sentence === t[k]!.sentence ? t[k - 1]!.lower : "";
  if (MEASURE_AFTER_ACCORDING.has(t[k + 2]?.lower ?? "") || /ed$/.test(prev)) return true;
  // A title's words: "the sitcom The World According to Bex".
  if (t[k]!.cap && t[k - 1]?.cap && t[k - 1]!.word && t[k - 1]!.sentence === t[k]!.sentence) return true;
  return prev !== "" && (hasClass(prev, W.preposition) || (hasClass(prev, W.verb) && !hasClass(prev, W.noun) && !/^(?:is|are|was|were|be|been)$/.test(prev)));
}

/** Words that make "attacks" violence, not words: "drone attacks on", "missile and drone attacks", "terror attacks". */
const DETERMINERS_OR_NUMBERS = /^(?:a|an|the|two|three|four|several|dozens|its|their)$/;
const ARMED = new Set(["drone", "missile", "air", "rocket", "terror", "terrorist", "suicide", "bomb", "mortar", "artillery",
  "chemical", "militant", "insurgent", "knife", "gun", "arson", "grenade", "deadly", "armed", "cross-border", "retaliatory"]);
/**
 * What is attacked with force, not words: "attacked a convoy of fuel tankers", "attacked police stations" (not people, whom
 * words attack too: "she attacked law enforcement officers nationwide").
 */
const ATTACKED_THINGS = /^(?:convoys?|villages?|towns?|bases?|positions?|checkpoints?|posts?|outposts?|patrols?|camps?|stations?|ships?|vessels?|tankers?|trucks?|vehicles?|buses|hospitals?|schools?|markets?|churches|church|mosques?|homes?|houses?|buildings?|barracks|airports?|ports?|prisons?|facilit(?:y|ies)|infrastructure|pipelines?|refiner(?:y|ies)|plants?|depots?)$/;
export function armedAttackAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // "Jihadists attacked a convoy of fuel tankers": past the object's determiner and modifiers, a thing hit.
  // (A verb: not the noun of "a double-barreled attack to exploit Ayotte's position".)
  if (/^(?:attacked|attacking)$/.test(t[k]!.lower) || (t[k]!.lower === "attacks" && DETERMINERS_OR_NUMBERS.test(t[k + 1]?.lower ?? ""))) {
    // (The object only, up to its preposition: not "attacked the government over police failures".)
    for (let j = k + 1; j < k + 6 && t[j]?.word && t[j]!.sentence === t[k]!.sentence && !/^(?:of|over|for|on|in|as|at|with|about)$/.test(t[j]!.lower); j++) {
      if (ATTACKED_THINGS.test(t[j]!.lower)) return true;
    }
    return false;
  }
  if (!/^attacks?$/.test(t[k]!.lower)) return false;
  let j = k - 1;
  while (j > k - 4 && j > 0 && !ARMED.has(t[j]!.lower) && /^(?:and|or|,)$/.test(t[j]!.lower)) j--;
  return j >= 0 && ARMED.has(t[j]!.lower);
}

/**
 * A cue word that names an act or a thing, not speech: "claimed the title", "found dead", "blasted in a shot",
 * "drone attacks on", "amid fears that". Read the same on the rules' cues and the tagger's.
 */
export function actNotSpeechAt(layout: TextLayout, k: number): boolean {
  return claimedAThing(layout, k) || foundInAState(layout, k) || strikeAtGoal(layout, k) || armedAttackAt(layout, k) || feelingNounAt(layout, k)
    || resultAt(layout, k) || namingAt(layout, k) || shownOrFound(layout, k) || reducedPassiveAt(layout, k) || wayIdiomAt(layout, k) || productRecallAt(layout, k)
    || actOrThingAt(layout, k) || titleDefenceAt(layout, k) || writtenThingAt(layout, k) || agreedADealAt(layout, k)
    || knewAboutAt(layout, k) || signedALawAt(layout, k) || declaredAStateAt(layout, k) || legalActAt(layout, k) || soCalledAt(layout, k)
    || phoneCallAt(layout, k) || showedHowAt(layout, k) || endangeredAt(layout, k) || namingAsideAt(layout, k) || expectedThingsAt(layout, k)
    || calledAnEventAt(layout, k) || encouragedAThingAt(layout, k);
}

/** "has encouraged borrowing", "encourages savings": encouraging a thing is no urging; "encouraged parents to opt out" is. */
function encouragedAThingAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^encourag(?:ed|es|e|ing)$/.test(t[k]!.lower)) return false;
  for (let j = k + 1; j <= k + 8 && t[j]?.word && t[j]!.sentence === t[k]!.sentence; j++) if (t[j]!.lower === "to") return false;
  return true;
}

/** "The union called an indefinite general strike", "called a snap election": a strike or a vote set going, no claim. */
function calledAnEventAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // (A headline drops the article: "Japan's Takaichi calls snap election".)
  const article = /^(?:a|an|the)$/.test(t[k + 1]?.lower ?? "");
  if (!/^(?:call|calls|called|calling)$/.test(t[k]!.lower) || !(article || layout.lines[layout.sentences[t[k]!.sentence]!.line]!.heading)) return false;
  for (let j = k + (article ? 2 : 1); j <= k + 4 && t[j]?.word && !t[j]!.cap; j++) {
    // (Not a naming: "called the vote a disgrace", 'called the vote "a sham"'.)
    // (A meeting called is a demand made, as PolNeAR marks it: "called an emergency meeting to discuss the test".)
    if (/^(?:strike|strikes|walkout|election|elections|referendum)$/.test(t[j]!.lower)) return !/^(?:a|an|the|"|“|'|‘)$/.test(t[j + 1]?.lower ?? "");
  }
  return false;
}

/** "Other actors expected to add to the glamour ... are X and Y": a reduced passive describing the subject, its verb to come. */
function expectedThingsAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (t[k]!.lower !== "expected" || t[k + 1]?.lower !== "to" || !/[^s]s$/.test(t[k - 1]?.lower ?? "") || AUXILIARIES.has(t[k - 1]!.lower)) return false;
  for (let j = k + 2; j < k + 18 && t[j]?.word && t[j]!.sentence === t[k]!.sentence; j++) if (/^(?:are|were|include|included)$/.test(t[j]!.lower)) return true;
  return false;
}

/** "faulty accounting software, called Horizon, made it look": a name given in an aside, no one calling. */
function namingAsideAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // "Phil Foden, named the league's player of the season, said": a title given him in an aside a comma closes.
  if (/^(?:named|voted|elected|crowned)$/.test(t[k]!.lower) && t[k - 1]?.text === "," && /^(?:the|a|an|as)$/.test(t[k + 1]?.lower ?? "")) {
    for (let j = k + 2; j <= k + 10 && t[j] && t[j]!.sentence === t[k]!.sentence; j++) if (t[j]!.text === ",") return true;
  }
  if (!/^(?:called|dubbed|named|nicknamed)$/.test(t[k]!.lower) || t[k - 1]?.text !== "," || !t[k + 1]?.cap) return false;
  for (let j = k + 2; j <= k + 6 && t[j]; j++) {
    if (t[j]!.text === ",") return true;
    if (!t[j]!.cap && !/^(?:of|the|and|de|al)$/.test(t[j]!.lower)) return false;
  }
  return false;
}

/** Threats that are said: "threatened legal action", "threatened a strike" (and "threatened to ..." or "that ..."). */
const SAID_THREATS = /^(?:action|actions|sanctions|strikes?|boycotts?|resignation|retaliation|reprisals?|consequences|veto|tariffs?|war|fines?|walkouts?|challenge|lawsuits?|suits?|court|proceedings|measures|punishment|penalties|force|violence|revenge|expulsion|closure|cuts|protests?)$/;

/** "cold weather threatened stocks of heating oil", "Wales twice threatened further scores", "agents who threaten his family": what is endangered, no threat said. */
function endangeredAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^threat(?:en|ens|ened|ening)$/.test(t[k]!.lower)) return false;
  const next = t[k + 1];
  // (A name threatened is a threat said: "declined to threaten Moscow".)
  if (!next?.word || next.cap || /^(?:to|that|not|with|on|over|legal|industrial|military)$/.test(next.lower)) return false;
  // The object's head: up to four words on, the last before a preposition, a verb or punctuation.
  let head = k + 1;
  for (let j = k + 1; j <= k + 4 && t[j]?.word && !/^(?:of|for|if|unless|against|over|and|or|but|to|in|on|after|before|by|with)$/.test(t[j]!.lower); j++) head = j;
  // (Threatened someone with something is said: "threatened parent group LG Group with penalties".)
  for (let j = k + 1; j <= k + 10 && t[j]?.word && !/^(?:only|but|and|or|until|if|as|when|while|before|after)$/.test(t[j]!.lower); j++) if (t[j]!.lower === "with") return false;
  return !SAID_THREATS.test(t[head]!.lower);
}

/** "Rooney showed McManaman how to do it": a demonstration, no claim. */
function showedHowAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^(?:show|shows|showed|shown|showing)$/.test(t[k]!.lower)) return false;
  for (let j = k + 1; j <= k + 4 && t[j]?.word; j++) if (t[j]!.lower === "how" && t[j + 1]?.lower === "to") return true;
  return false;
}

/** "Blinken called Mr Bazoum and offered support", "called Biden on Sunday": a telephone call to a name, no naming. */
function phoneCallAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^(?:called|calls|call|calling)$/.test(t[k]!.lower) || !t[k + 1]?.cap || !t[k + 1]!.word) return false;
  let j = k + 1;
  // (An honorific's full stop is part of the name: "called Mr. Obama's remarks".)
  while (j < k + 6 && ((t[j]?.cap && t[j]!.word) || (t[j]?.text === "." && !t[j]!.spaced && /^(?:mr|mrs|ms|dr|sen|rep|gov|gen)$/i.test(t[j - 1]?.text ?? ""))) && t[j]!.sentence === t[k]!.sentence) j++;
  // (Nor a possessive's thing: "called Mr. Obama's remarks ...".)
  if (/['’]s$/.test(t[j - 1]?.text ?? "")) return false;
  return j > k + 1 && /^(?:and|on|to|from|late|last|this|after|\.)$/.test(t[j]?.lower ?? ".") && t[j]?.sentence === t[k]!.sentence;
}

/** "Nintendo's so called Revolution": "so called" before a name is an adjective, no act of calling. */
function soCalledAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return (t[k]!.lower === "so" && t[k + 1]?.lower === "called") || (t[k]!.lower === "called" && t[k - 1]?.lower === "so");
}

/** "knew about bugs in the system", "knew of the risks": a thing known, no clause. */
function knewAboutAt(layout: TextLayout, k: number): boolean {
  return /^(?:knew|know|knows)$/.test(layout.tokens[k]!.lower) && /^(?:about|of)$/.test(layout.tokens[k + 1]?.lower ?? "");
}

/** "signed a law requiring ...", "signed the deal": a law or a deal signed is an act (not "signed a letter saying"). */
function signedALawAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^(?:sign|signs|signed|signing)$/.test(t[k]!.lower)) return false;
  // (Or a plural with no article: "signed treaties to annex four regions".)
  if (/^(?:laws|bills|orders|deals|contracts|agreements|treaties|decrees|accords|pacts)$/.test(t[k + 1]?.lower ?? "")) return true;
  if (!/^(?:a|an|the|into)$/.test(t[k + 1]?.lower ?? "")) return false;
  // (Past a quantity: "signed a flurry of executive orders".)
  for (let j = k + 2; j <= k + 6 && t[j]?.word; j++) if (/^(?:law|bill|order|deal|contract|agreement|treaty|decree|legislation|accord|pact)s?$/.test(t[j]!.lower)) return true;
  return false;
}

/** "declared martial law", "declared a state of emergency": a state proclaimed, an act (not "declared victory", nor "declared war"). */
function declaredAStateAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^(?:declare|declares|declared|declaring)$/.test(t[k]!.lower)) return false;
  const next = t.slice(k + 1, k + 7).map((w) => w.lower).join(" ");
  return /^(?:martial law|(?:\w+ )?days? of (?:national )?mourning|(?:a|an|the) (?:national |nationwide |local |[\w-]+-(?:day|week|month|year) )?(?:state of (?:emergency|disaster|siege)|emergency|curfew|day of (?:national )?mourning|disaster zone|public holiday|no-fly zone)|(?:a|an) (?:\w+ )?(?:emergency|curfew))/.test(next);
}

/** "have agreed a fee of £60m", "agreed a content deal with TiVo": a thing agreed, no clause (not "agreed the plan was wrong"). */
function agreedADealAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^agree[ds]?$/.test(t[k]!.lower)) return false;
  // (Past the day it was agreed: "agreed on Wednesday a sweeping overhaul of its asylum rules".)
  if (t[k + 1]?.lower === "on" && WEEKDAY_NAMES.has(t[k + 2]?.lower ?? "")) k += 2;
  if (/^(?:terms|personal|contract|deal|fee)$/.test(t[k + 1]?.lower ?? "")) return true; // "has yet to agree personal terms"
  if (!/^(?:a|an|\d.*|£.*|\$.*|€.*)$/.test(t[k + 1]?.lower ?? "")) return false;
  for (let j = k + 2; j < t.length && j <= k + 5 && t[j]!.sentence === t[k]!.sentence && t[j]!.word; j++) if (AUXILIARIES.has(t[j]!.lower)) return false;
  return true;
}

/** "Stan Lee wrote all the copy for Marvel's covers", "wrote the music": a thing written, no clause said (the tagger learnt "wrote"). */
function writtenThingAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^(?:wrote|writes|write|writing)$/.test(t[k]!.lower) || !WRITTEN_THINGS.test(t[k + (t[k + 1]?.lower === "all" ? 3 : 2)]?.lower ?? "")) return false;
  return /^(?:all|the|a|an|his|her|their|its)$/.test(t[k + 1]?.lower ?? "");
}
const WRITTEN_THINGS = /^(?:copy|music|songs?|lyrics|script|scripts|screenplay|book|books|novel|novels|score|code|software|program|poems?|play|plays|opera|film|episodes?|column|columns|cheque|check|history|biography|memoir)$/;

/** "may defend her indoor AAA 800m title", "defended his world crown": a title held in sport, no stance. */
function titleDefenceAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^defend(?:s|ed|ing)?$/.test(t[k]!.lower)) return false;
  for (let j = k + 1; j < k + 7 && t[j]?.sentence === t[k]!.sentence && (t[j]!.word || /^\d/.test(t[j]!.text)); j++) {
    if (/^(?:title|titles|crown|championship|belt|trophy|medal|gold|lead|goal|net)$/.test(t[j]!.lower)) return true;
  }
  return false;
}

/** "Toyota is recalling more than 300,000 vehicles", "recalled 2,000 cars": goods called back, no memory told. */
function productRecallAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return /^recall(?:s|ed|ing)?$/.test(t[k]!.lower) && (/^\d/.test(t[k + 1]?.text ?? "") || /^(?:more|about|nearly|over|around|some|almost|hundreds|thousands|millions|up)$/.test(t[k + 1]?.lower ?? ""));
}

/** "both players feel their way into the fourth set", "found its way", "found ways to": a way made, no speech. */
function wayIdiomAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (/^(?:find|finds|found|finding)$/.test(t[k]!.lower) && (t[k + 1]?.lower === "ways" || (/^(?:a|another|new)$/.test(t[k + 1]?.lower ?? "") && /^ways?$/.test(t[k + 2]?.lower ?? "")))) return true; // "found ways to press his agenda"
  // "Mr Pound found out about it last year": learnt, no finding told (but "found out that ..." tells what).
  if (/^(?:find|finds|found|finding)$/.test(t[k]!.lower) && t[k + 1]?.lower === "out" && t[k + 2]?.lower !== "that") return true;
  // "Jeweller Zale also felt little Christmas cheer": a feeling had, no view held.
  if (/^(?:feel|feels|felt)$/.test(t[k]!.lower) && /^(?:little|no|much|some|the|a|an)$/.test(t[k + 1]?.lower ?? "") && [k + 2, k + 3].some((j) => /^(?:cheer|pain|pinch|effects?|impact|pressure|heat|benefit|chill|squeeze|brunt|strain|joy|relief)$/.test(t[j]?.lower ?? ""))) return true;
  return /^(?:feel|feels|felt|feeling|find|finds|found|finding)$/.test(t[k]!.lower) && /^(?:their|his|her|its|our|my|your)$/.test(t[k + 1]?.lower ?? "")
    && t[k + 2]?.lower === "way";
}

/**
 * A comma within fifteen words after k, in k's sentence, then a lower-case word: an aside closing before the sentence's
 * verb ("The talks, announced last week after a visit by US envoy Steve Witkoff, were expected").
 */
function asideClosesAt(t: TextLayout["tokens"], k: number): boolean {
  for (let j = k + 1; j < k + 16 && t[j]?.sentence === t[k]!.sentence; j++) if (t[j]!.text === ",") return t[j + 1]?.word === true && !t[j + 1]!.cap;
  return false;
}

/**
 * "Hendrix, widely considered one of the best guitarists,", "Others thought to be in the running include": a passive
 * participle describing a noun, no one's act of saying.
 */
function reducedPassiveAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // "the wireless networks found by RSA researchers": a participle and its agent after a noun, no auxiliary.
  if (/^(?:found|reported|announced|claimed|described|criticised|criticized)$/.test(t[k]!.lower) && t[k + 1]?.lower === "by" && t[k - 1]?.word
    && !t[k - 1]!.cap && /s$/.test(t[k - 1]!.lower) && !AUX_BEFORE.test(t[k - 1]!.lower)) return true;
  // "some of the mistakes found under the current system": "found" where a thing is found, after a plural that finds
  // nothing (not "scientists found in tests that ...").
  if (t[k]!.lower === "found" && /^(?:under|in|at|on|inside|during|among|near|within|across|throughout)$/.test(t[k + 1]?.lower ?? "") && t[k - 1]?.word
    && !t[k - 1]!.cap && /[^s]s$/.test(t[k - 1]!.lower) && !AUX_BEFORE.test(t[k - 1]!.lower) && !isRoleNoun(t[k - 1]!.lower.replace(/s$/, ""))
    && !/(?:ers|ists|ians|ors|studies|surveys|tests|polls|reports|figures|data|records)$/.test(t[k - 1]!.lower)) return true;
  // "In a filing posted on the agency's website, NHTSA said": a document's participle in an opening phrase; its
  // poster speaks in the main clause.
  if (/^(?:posted|published|released|issued|filed|shared|uploaded)$/.test(t[k]!.lower) && t[k - 1]?.word && !t[k - 1]!.cap
    && /^(?:a|an|the|its|his|her|their)$/.test(t[k - 2]?.lower ?? "") && t[k - 3]?.lower === "in" && t[k - 3]!.sentence === t[k]!.sentence) return true;
  // "the people named in the lawsuit denied", "officials cited in the report": whoever is named, no one naming.
  if (/^(?:named|cited|mentioned|quoted|listed)$/.test(t[k]!.lower) && /^(?:in|by)$/.test(t[k + 1]?.lower ?? "") && t[k - 1]?.word && !t[k - 1]!.cap
    && !AUX_BEFORE.test(t[k - 1]!.lower) && !/ly$/.test(t[k - 1]!.lower) && t[k - 1]!.sentence === t[k]!.sentence) return true;
  // "People seen as likely disrupters are often ushered out", "Low oil prices, seen as a boon": how a thing is seen,
  // a participle after a noun (no auxiliary before it), by no one named.
  if (/^(?:seen|viewed|perceived)$/.test(t[k]!.lower) && t[k + 1]?.lower === "as" && (t[k - 1]?.text === "," || (t[k - 1]?.word && !AUX_BEFORE.test(t[k - 1]!.lower)
    && !/^(?:he|she|they|it|we|i|you|who|which|that)$/.test(t[k - 1]!.lower) && !/ly$/.test(t[k - 1]!.lower)))) return true;
  // "The bill, proposed in 1993, has finally been approved": a participle set off between commas after a noun, with
  // when or where (not the sentence's verb after an aside: "The firm, once a majority shareholder, decided last April to").
  // (A noun the lexicon knows as a verb too after a determiner or a possessive: "The Commission's plan, presented last July,".)
  const determined = /^(?:the|a|an|its|their|his|her)$/.test(t[k - 3]?.lower ?? "") || /['’]s$/.test(t[k - 3]?.text ?? "");
  if (/ed$/.test(t[k]!.lower) && t[k - 1]?.text === "," && t[k - 2]?.word && !t[k - 2]!.cap && (hasClass(t[k - 2]!.lower, W.noun) || (determined && hasClass(t[k - 2]!.lower, W.common))) && !/ly$/.test(t[k - 2]!.lower)
    && /^(?:in|on|at|last|earlier|during|this|since|after|before|following|yesterday)$/.test(t[k + 1]?.lower ?? "") && asideClosesAt(t, k)) return true;
  // "There were also other deals announced which meant ...", "the cuts announced on Monday will": things announced, by no one named.
  if (/^(?:announced|unveiled|proposed|reported|promised|pledged)$/.test(t[k]!.lower) && ANNOUNCED_THINGS.test(t[k - 1]?.lower ?? "")
    && /^(?:which|on|last|earlier|this|in|at|by|so|yesterday|today|will|would|are|were|is|was|have|had)$/.test(t[k + 1]?.lower ?? "")) return true;
  // "The big trend predicted for this year is the convergence of ...": a thing forecast, then the sentence's own verb.
  if (/^(?:predicted|forecast|expected|tipped)$/.test(t[k]!.lower) && /^(?:for|in)$/.test(t[k + 1]?.lower ?? "") && t[k - 1]?.word && !t[k - 1]!.cap
    && hasClass(t[k - 1]!.lower, W.noun) && !AUX_BEFORE.test(t[k - 1]!.lower) && !/^(?:he|she|they|it|we|i|you|who|which|that)$/.test(t[k - 1]!.lower)
    && t.slice(k + 2, k + 7).some((w) => /^(?:is|are|was|were|will|would|has|have)$/.test(w.lower))) return true;
  // "a meeting expected to take place next month".
  if (t[k]!.lower === "expected" && t[k + 1]?.lower === "to" && ((t[k + 2]?.lower === "take" && t[k + 3]?.lower === "place") || t[k + 2]?.lower === "last")
    && t[k - 1]?.word && !t[k - 1]!.cap && !AUX_BEFORE.test(t[k - 1]!.lower)) return true;
  // "a deal reported to be worth about 52 million euros": what a thing is reported to be, by no one named.
  if (/^(?:reported|said)$/.test(t[k]!.lower) && t[k + 1]?.lower === "to" && t[k + 2]?.lower === "be" && t[k - 1]?.word && !t[k - 1]!.cap
    && hasClass(t[k - 1]!.lower, W.noun) && !AUX_BEFORE.test(t[k - 1]!.lower)) return true;
  // "appeared in court accused of the same offences": "accused of" is always a passive (the active has its object between).
  if (t[k]!.lower === "accused" && t[k + 1]?.lower === "of") return true;
  // "the one million seafarers estimated to be at sea".
  if (t[k]!.lower === "estimated" && t[k + 1]?.lower === "to" && t[k + 2]?.lower === "be" && t[k - 1]?.word && !t[k - 1]!.cap && !AUX_BEFORE.test(t[k - 1]!.lower)) return true;
  if (!/^(?:considered|thought|believed|regarded|reckoned|rumoured|rumored|tipped|expected)$/.test(t[k]!.lower)) return false;
  const p = /ly$/.test(t[k - 1]?.lower ?? "") ? k - 2 : k - 1; // "widely considered"
  if (t[p]?.text === ",") return true;
  // A noun right before it, no auxiliary: "Others thought to be", "the man believed to be".
  if (t[k + 1]?.lower === "to" && t[k + 2]?.lower === "be" && t[p]?.word === true && !AUX_BEFORE.test(t[p]!.lower)) return true;
  // A plural noun, the participle, a quoted word and the sentence's verb: "The number of holes considered "critical" is".
  let j = k + 1;
  while (j < k + 6 && t[j] && (QUOTE_MARK.test(t[j]!.text) || (t[j]!.word && !/^(?:is|are|was|were|has|have|had)$/.test(t[j]!.lower)))) j++;
  return /s$/.test(t[p]?.lower ?? "") && !t[p]!.cap && QUOTE_MARK.test(t[k + 1]?.text ?? "") && /^(?:is|are|was|were|has|have|had)$/.test(t[j]?.lower ?? "");
}
/** Plural things that are announced, never announcers: "the cuts announced on Monday". */
const ANNOUNCED_THINGS = /^(?:deals|plans|measures|cuts|changes|results|proposals|reforms|rules|sanctions|policies|projects|investments|contracts|agreements|targets|details|rises|increases|closures|redundancies|losses|profits)$/;
const AUX_BEFORE = /^(?:is|are|was|were|be|been|being|has|have|had|it|he|she|they|we|i|who|which|that|also|not|never)$/;

/** "showed off the new machine", "found few takers", "found no buyers": a display or a reception, no finding said. */
function shownOrFound(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const w = t[k]!.lower;
  // (And "to call it off": a cancellation; "Starmer called him to express support": a telephone call.)
  if (/^call(?:s|ed|ing)?$/.test(w)) {
    const phoned = /^(?:him|her|them)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "to" && t[k + 3]?.word === true && !t[k + 3]!.cap;
    if (t[k + 1]?.lower === "off" || t[k + 2]?.lower === "off" || phoned) return true;
  }
  return (/^show(?:s|ed|ing)?$/.test(w) && t[k + 1]?.lower === "off") || displayNotFinding(layout, k) || (/^(?:found|find|finds)$/.test(w) && /^(?:few|no|little)$/.test(t[k + 1]?.lower ?? "") && !/^(?:that|of|to)$/.test(t[k + 3]?.lower ?? ""));
}

/** Records and studies, whose "show" is a finding: "figures showed", "a report shows", "the minutes showed". */
const EVIDENCE = /^(?:figures|data|statistics|numbers|records|emails|results|minutes|polls?|surveys?|stud(?:y|ies)|reports?|research|analysis|tests?|filings|documents|accounts|estimates|projections|forecasts?|index|indicators?)$/;
const FINDING_OPENERS = new Set(["that", "how", "what", "why", "whether", "if", "where", "when", "who"]);
/** Words after which a finite verb belongs to a clause inside the object: "showed form which easily matched". */
const INSIDE_OBJECT = new Set(["which", "who", "whose", "as", "while", "because", "if", "when", "after", "before", "to", "even"]);
/** Past tenses the lexicon also knows as nouns: "The report showed the number of Europeans online rose by 12%". */
const PAST_NOUNS = new Set(["rose", "fell", "grew", "dropped", "rises", "falls", "grows"]);

/**
 * "showed his raw talent as he burst through", "showed signs of recovery", "TV show The Rebel Billionaire, is",
 * "400 scripted shows airing": "show" tells a finding only before a clause ("figures showed house prices are still
 * rising", "shows that", "show how"); before an object alone it is a display or a programme.
 */
function displayNotFinding(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^show(?:s|ed|n)?$/.test(t[k]!.lower)) return false;
  // "new figures showed a fall in growth", "The poll by the Public Policy Institute showed": records show findings,
  // clause or not.
  for (let s = k - 1; s >= 0 && s >= k - 8 && t[s]!.sentence === t[k]!.sentence && (t[s]!.word || /^['’]s$/.test(t[s]!.text)); s--) {
    if (EVIDENCE.test(t[s]!.lower)) return false;
  }
  for (let j = k + 1; j < t.length && j <= k + 14 && t[j]!.sentence === t[k]!.sentence; j++) {
    const x = t[j]!;
    if (/^[-–—]$|^['’]s$/.test(x.text)) continue; // "consumer spending - which drives two thirds of the economy - grew"
    if (/\d/.test(x.text) || x.text === "%") return false; // data: "showed a 0.2% slip in sales", "exports down 2.3%"
    if (QUOTE_MARK.test(x.text) || (j <= k + 3 && FINDING_OPENERS.has(x.lower))) return false;
    // (", figures show.", "..., figures show, narrowly": the finding came before.)
    if (!x.word && !/^[£$€]/.test(x.text)) return j > k + 1;
    if (INSIDE_OBJECT.has(x.lower)) return true;
    if (j > k + 1 && (AUXILIARIES.has(x.lower) || PAST_NOUNS.has(x.lower) || (!x.cap && /[^e]ed$/.test(x.lower))
      || (hasClass(x.lower, W.verb) && !hasClass(x.lower, W.noun) && !/ing$/.test(x.lower)))) return false;
  }
  return true;
}

/**
 * "a Facebook group called Occupy DNC", "a competition called the House to Home Prize", "..., called The Rise And Fall", "France, Germany and
 * Britain, known as the E3,", "The former police chief, dubbed Robocop": a name given, no speech ("The New
 * York Times dubbed the sequel trivial" is a claim: a subject right before the verb).
 */
function namingAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const prev = t[k - 1];
  // Also past an adverb: "Lewis Boys' School, known then as the "Eton of the valleys"".
  if (t[k]!.lower === "known" && (t[k + 1]?.lower === "as" || (/^(?:then|locally|widely|also|simply|formerly|previously)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "as"))) return true;
  if (/^(?:dubbed|nicknamed|christened)$/.test(t[k]!.lower) && prev?.text === ",") return true;
  // "The man, named locally as Daniel Okafor, was pronounced dead": a name given.
  if (t[k]!.lower === "named" && prev?.text === "," && (t[k + 1]?.lower === "as" || (/ly$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "as"))) return true;
  // ("The rocket blasted off": a launch, no rebuke.)
  if (/^blast(?:ed|s)?$/.test(t[k]!.lower) && t[k + 1]?.lower === "off") return true;
  // "A hacking group calling itself ShadowKite": a name taken (not "calls himself a democratic socialist", a view of oneself).
  if (/^(?:calling|calls|called)$/.test(t[k]!.lower) && /^(?:itself|themselves|himself|herself)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.cap) return true;
  // "The deal, which the companies have dubbed "Project Harvest,"": a name given, no claim (but "what critics have called a
  // scheme" is their view, as PolNeAR marks it).
  if (/^(?:dub|dubs|dubbed)$/.test(t[k]!.lower)) {
    for (let j = k - 1; j >= k - 4 && t[j]?.word && t[j]!.sentence === t[k]!.sentence; j--) if (/^(?:which|that|what)$/.test(t[j]!.lower)) return true;
  }
  if (t[k]!.lower !== "called" && t[k]!.lower !== "named" && t[k]!.lower !== "dubbed") return false;
  const next = t[k + 1]?.lower === "the" ? t[k + 2] : t[k + 1];
  // "a drama project for HBO, called The Rise And Fall Of Taylor Kennedy.": a title alone after a comma (not "Trump,
  // in a speech, called Clinton a liar": an object and its complement).
  if (prev?.text === "," && next?.cap === true) {
    let j = t[k + 1]!.lower === "the" ? k + 2 : k + 1;
    while (t[j]?.word && (t[j]!.cap || /^(?:of|and|the|a|in|on|for|to)$/.test(t[j]!.lower))) j++;
    if (j > k + 2 && (!t[j] || !t[j]!.word || t[j]!.sentence !== t[k]!.sentence)) return true;
  }
  // (A noun the lexicon lacks after "a", maybe past an adjective: "a group called", "a new website called"; not "The senator called".)
  // (An object's article, after a preposition or verb: not a subject's, "A spokesman called Obama a failure".)
  const article = (j: number): boolean => /^(?:a|an)$/.test(t[j]?.lower ?? "") && t[j - 1]?.sentence === t[j]!.sentence && t[j - 1]!.word && !t[j - 1]!.cap;
  const noun = prev !== undefined && ((wordClass(prev.lower) & W.noun) !== 0 || (!hasClass(prev.lower, W.verb) && (article(k - 2) || (article(k - 3) && t[k - 2]!.word && !t[k - 2]!.cap))));
  return prev !== undefined && prev.word && !prev.cap && noun && !(wordClass(prev.lower) & W.verb && !(wordClass(prev.lower) & W.noun))
    && !/^(?:who|which|that|and|also|then|has|have|had|he|she|they|it|we)$/.test(prev.lower) && next?.cap === true;
}

/**
 * A result or a deed, not words: "knocked out the Red Devils", "beat Arsenal", "eliminated the holders";
 * "made an unhappy return to his former club", "made his debut".
 */
function resultAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const w = t[k]!.lower;
  if (/^(?:make|makes|made|making)$/.test(w)) {
    for (let j = k + 1; j < k + 5 && t[j]?.word; j++) if (DEEDS.has(t[j]!.lower)) return true;
    return false;
  }
  // "condemned Liverpool to their sixth defeat", "condemned him to death": a fate dealt, not a condemnation said.
  if (/^condemn(?:s|ed|ing)?$/.test(w)) {
    for (let j = k + 2; j < k + 6 && t[j]?.word && t[j]!.lower !== "as"; j++) {
      if (t[j]!.lower === "to") return FATES.test(t[j + 1]?.lower ?? "");
    }
    return false;
  }
  // "reacted first to smash the ball past the keeper": quick on the ball, not a response in words.
  // "withdrew from the Sydney International", "pulled out of the race": leaving, not saying.
  if (/^withdr(?:ew|aw|aws|awn|awing)$/.test(w) && t[k + 1]?.lower === "from") return true;
  // "have conceded six goals", "conceded a late penalty": a score let in, not a point granted.
  if (/^conced(?:e|es|ed|ing)$/.test(w)) {
    for (let j = k + 1; j < k + 5 && t[j]?.word; j++) if (SCORES.test(t[j]!.lower)) return true;
    return false;
  }
  if (/^react(?:s|ed)?$/.test(w)) return /^(?:first|quickest|fastest|quicker|faster|quickly|sharply)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "to";
  // "Senate Democrats blocked a Republican bill", "Councillors have approved plans for 2,000 homes": a vote or a veto, not
  // words (but "approved of the message" is a view).
  if (/^approv(?:e|es|ed|ing)$/.test(w)) return t[k + 1]?.lower !== "of";
  return (/^knock(?:s|ed|ing)?$/.test(w) && t[k + 1]?.lower === "out") || /^(?:beat|beats|beaten|defeated|eliminated|thrashed|block|blocks|blocked|blocking)$/.test(w);
}
const FATES = /^(?:a|an|the|their|his|her|its|another|defeat|relegation|death|life|years|prison|jail|exile|poverty|history)$/;
const SCORES = /^(?:goals?|penalt(?:y|ies)|tries|try|points?|runs|wickets?|corners?|free-kicks?|sets?|games?|frames?|fouls?|equali[sz]ers?|touchdowns?|baskets?)$/;
const DEEDS = new Set(["return", "comeback", "debut", "appearance", "appearances", "start", "starts", "save", "saves", "tackle",
  "move", "profit", "loss", "fortune", "living", "recovery", "trip", "visit"]);

/** What is claimed as due, not asserted: "a compensation claim against the government", "asylum claims". */
const CLAIMS_OF_RIGHT = /^(?:compensation|insurance|damages|asylum|expenses|benefits?|pay|wage|injury|negligence|pension|tax|refund|discrimination|patent|land|territorial|bankruptcy|title|warranty|accident|medical|welfare|jobless|unemployment|housing|overtime)$/;

/**
 * A cue word in a compound noun: opening one ("The King's Fund think tank", "A federal appeals court heard") or
 * a claim to a right or money ("ruling in favour of its compensation claim against the government").
 */
export function compoundNounAt(layout: TextLayout, k: number): boolean {
  const [w, next] = [layout.tokens[k]!.lower, layout.tokens[k + 1]?.lower ?? ""];
  const prev = layout.tokens[k - 1];
  if (/^claims?$/.test(w) && prev?.word && !prev.cap && CLAIMS_OF_RIGHT.test(prev.lower)) return true;
  return (w === "think" && /^tanks?$/.test(next)) || (w === "appeals" && /^(?:courts?|judges?|panels?|process|tribunals?|committee|chamber|board|hearings?)$/.test(next));
}

const COMPOUND_DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"]);
/** An adjective by the lexicon or by its ending: "independent", "regional", "massive". */
const adjectiveLike = (w: string): boolean => (wordClass(w) & W.adjective) !== 0 || /(?:ent|ant|al|ive|ous|ic|ary|ful|able|ible)$/.test(w);
/** What may follow a noun where a verb of saying would take its content. */
const COMPOUND_FOLLOWERS = new Set(["to", "from", "for", "about", "on", "of", "with", "at", "by", "in", "and", "or", "since", "until"]);
/** Cue words that are also singular nouns: "a purist Islamic state", "a mostly reassuring forecast". */
const SINGULAR_NOUN_CUES = new Set(["state", "forecast", "report", "promise", "estimate", "claim", "plan", "call", "note",
  "comment", "remark", "warning", "threat", "pledge", "vow", "demand", "statement", "announcement", "proposal"]);

/**
 * A one-word cue read as a noun after a modifier: an adjective the lexicon knows only as one (not
 * "Mr Brown forecast"), a demonym, an "-ing" or hyphenated word, a number.
 */
export function singularNounAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!SINGULAR_NOUN_CUES.has(t[k]!.lower) || k === 0 || t[k - 1]!.sentence !== t[k]!.sentence) return false;
  const prev = t[k - 1]!;
  if (!prev.word) return false;
  if (/^\d/.test(prev.text) || /-/.test(prev.text) || (!prev.cap && /ing$/.test(prev.lower)) || QUANTIFIERS.has(prev.lower) || prev.lower === "a") return true;
  // "the Jewish state", "the Indian state"; not "Mr Brown forecast", and "the Gartner report" is its source.
  if (prev.cap) return /(?:ish|ian|ese|ic)$/.test(prev.lower) || (wordClass(prev.lower) & W.demonym) !== 0;
  // "a telephone call to", "a police state.": a compound after a determiner, followed by a preposition
  // or punctuation, where a verb would take its content ("the pair claim they ...", "the company forecast a loss").
  // Up to two more modifiers may stand between: "a new telephone call to".
  const next = t[k + 1];
  const closes = !next || next.sentence !== prev.sentence || !next.word || COMPOUND_FOLLOWERS.has(next.lower);
  let d = k - 2;
  // (A compound modifier too: "its full-year profit forecast for".)
  while (d >= k - 4 && d >= 0 && t[d]!.word && t[d]!.sentence === prev.sentence && !COMPOUND_DETERMINERS.has(t[d]!.lower) && (adjectiveLike(t[d]!.lower) || /^[a-z]+-[a-z]+$/.test(t[d]!.text))) d--;
  if (d >= 0 && t[d]!.sentence === prev.sentence && COMPOUND_DETERMINERS.has(t[d]!.lower) && !/s$/.test(prev.lower) && closes) return true;
  if (isRoleNoun(prev.lower)) return false; // "Fed chief warning on US deficit"
  const c = wordClass(prev.lower);
  return (c & (W.adjective | W.demonym)) !== 0 && (c & (W.noun | W.verb | W.person | W.firstName | W.lastName | W.role)) === 0;
}
