// What issue #4 asks of a claim once it is found: whom the act is aimed at ("urged Erbil to ...",
// "rejected the Iraqi government demand"), the channel it went out on ("in a statement he tweeted",
// "told Rudaw TV"), the speaker's explicit stance, and whether the speech act itself is negated
// ("did not say", "never denied"). Read from the claim's spans, so it works whatever found the claim.
import type { Span, Stance } from "../types/index.ts";
import { channelOf } from "./claim-channel.ts";
import { describedGroupBefore } from "./described-speakers.ts";
import { firstTokenAt, type Token, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawClaimAttributes, RawMention, RawTarget } from "./types.ts";
import type { RoleHolders } from "./role-speakers.ts";

/** Verbs whose object is the act's target; "told X" is an audience, so not here. */
const AIMED = /^(?:urg|appeal|call|ask|advis|demand|warn|threaten|caution|reject|dismiss|oppos|condemn|critici[sz]|attack|denounc|blast|slam|mock|ridicul|disput|refut|blam|accus|deni|deny|defend|prais|thank|congratulat|welcom|back|support|endors|hail|applaud|commend|pledg|promis)/;
/** The head of a noun phrase that belongs to someone: "the Iraqi government demand", "a warning from X". */
const OWNED = new Set(["demand", "demands", "call", "calls", "request", "requests", "proposal", "proposals", "offer",
  "offers", "plan", "plans", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "warning",
  "warnings", "threat", "threats", "ultimatum", "statement", "statements", "report", "reports", "decision", "move",
  "charge", "charges", "criticism", "appeal", "invitation", "initiative", "bid", "conditions", "terms", "fears",
  "concerns", "suggestion", "suggestions", "comments", "remarks", "calls"]);
const OPPOSE = /^(?:reject|dismiss|oppos|condemn|critici[sz]|attack|denounc|blast|slam|mock|ridicul|disput|refut|blam|accus|threaten)/;
const SUPPORT = /^(?:support|back|endors|prais|welcom|hail|applaud|congratulat|thank|defend|commend|accept|recogni[sz])/;
const NEUTRAL = new Set(["neutral", "impartial", "neutrality"]);
/** Words that may stand between a negation and the cue verb: "did not publicly say", "has never". */
const AUXILIARIES = new Set(["has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
  "did", "does", "do", "also", "ever", "yet", "publicly", "explicitly", "specifically", "directly", "actually",
  "been", "is", "was", "are", "were", "to", "be"]);
const NEGATORS = new Set(["not", "never", "neither", "nor", "declined", "refused", "refuses", "declines", "failed", "fails"]);
const SKIP_AFTER_CUE = new Set(["on", "also", "again", "today", "yesterday", "sunday", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "publicly", "strongly", "firmly", "repeatedly", "flatly", "openly", "all", "both"]);
/** Words that end the noun phrase after the verb: "rejected any negotiations until ...", "called for reform of". */
const NP_ENDS = new Set(["with", "in", "on", "at", "until", "and", "or", "but", "to", "for", "about", "over", "against",
  "as", "because", "after", "before", "while", "since", "into", "that", "which", "who", "is", "was", "are", "were",
  "of", "from", "by", "like", "such", "including", "between", "among", "across", "through", "under", "within",
  "without", "despite", "toward", "towards", "near", "behind", "amid", "following", "ahead", "when", "where", "if"]);
/** What may follow the target named as the object: "urged Erbil to", "warned Tony Blair on", "accused Israel of". */
const FOLLOWS_OBJECT = new Set(["to", "that", "of", "for", "against", "over", "with", "on", "in", "about", "from", "not",
  "and", "or", "but", "as", "at", "after", "before", "by", "into", "if", "he", "she", "they", "it", "we", "i", "you",
  "his", "her", "their", "its", "would", "will", "could", "should", "might", "may", "must", "was", "is", "were", "are",
  "had", "has", "have", "during", "amid", "last", "this", "when", "while", "because", "since", "until", "who", "which"]);
const DETERMINERS = new Set(["the", "a", "an", "any", "all", "its", "their", "his", "her", "that"]);
/**
 * What may follow a group named as the object. Not a verb or pronoun, as after a name: "warned Asian states could
 * soon stop" is a warning about them, its content's subject.
 */
const AFTER_PEOPLE = new Set([...FOLLOWS_OBJECT].filter((w) => !/^(?:he|she|they|it|we|i|you|his|her|their|its|would|will|could|should|might|may|must|was|is|were|are|had|has|have|last|this)$/.test(w)));
/** What opens an indirect question, not an object: "asked how police were supposed to", "asked whether ministers". */
const QUESTION_WORDS = new Set(["how", "whether", "if", "why", "what", "when", "where", "who", "whom", "which"]);
/**
 * Heads of a group of people named by what they are, a target given by its words when no entity names it:
 * "demanded that Kurdish authorities cancel", "urged protesters to go home", "warned investors".
 */
const PEOPLE_HEADS = new Set(["authorities", "officials", "leaders", "leadership", "lawmakers", "legislators",
  "politicians", "ministers", "governments", "allies", "rebels", "militants", "insurgents", "fighters", "forces",
  "troops", "soldiers", "police", "protesters", "protestors", "demonstrators", "residents", "citizens", "civilians",
  "voters", "investors", "shareholders", "customers", "consumers", "parents", "fans", "employers", "workers",
  "employees", "staff", "unions", "doctors", "nurses", "students", "teachers", "supporters", "critics", "opponents",
  "rivals", "members", "mps", "senators", "councils", "regulators", "banks", "lenders", "companies", "firms",
  "retailers", "airlines", "broadcasters", "clubs", "players", "refugees", "migrants", "journalists", "reporters",
  "negotiators", "diplomats", "judges", "prosecutors", "lawyers", "farmers", "drivers", "motorists", "passengers",
  "pensioners", "taxpayers", "landlords", "tenants", "smokers", "owners", "users", "viewers", "kurds", "iraqis",
  "palestinians", "israelis", "americans", "europeans", "arabs", "shias", "sunnis", "christians", "muslims", "countries",
  "nations", "neighbours", "neighbors", "states", "people", "public", "families", "communities", "community", "sides",
  "parties", "groups", "rioters", "crowd", "crowds", "followers", "colleagues", "officers", "delegates", "patients",
  "readers", "listeners"]);

/** Returns a function describing claims of one document: the token → mention index is built once. */
export function claimDescriber(layout: TextLayout, mentions: readonly RawMention[], holderOf?: RoleHolders): (claim: RawClaim) => RawClaimAttributes {
  const t = layout.tokens;
  const mentionAt = new Int32Array(t.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.firstToken; k < m.lastToken; k++) mentionAt[k] = i;
  });
  return (claim) => describe({ t, text: layout.text, mentions, mentionAt, holderOf }, claim);
}

/** One claim's attributes; for many claims of a document use claimDescriber. */
export function describeClaim(layout: TextLayout, mentions: readonly RawMention[], claim: RawClaim): RawClaimAttributes {
  return claimDescriber(layout, mentions)(claim);
}

/** One document as the describers read it (shared with claim-channel.ts). */
export interface Doc {
  t: readonly Token[];
  text: string;
  mentions: readonly RawMention[];
  mentionAt: Int32Array;
  /** The person a role phrase names ("the president's demand"), when the caller knows the document's roles. */
  holderOf?: RoleHolders;
}

/** Index of the first token starting at or after `offset`. */
const tokenAt = (t: readonly Token[], offset: number): number => firstTokenAt(t, 0, offset);

function describe(doc: Doc, claim: RawClaim): RawClaimAttributes {
  const { t } = doc;
  const cueFirst = tokenAt(t, claim.cueSpan.start);
  const cueLast = Math.max(cueFirst + 1, tokenAt(t, claim.cueSpan.end));
  // The verb is the cue's last word, or its first in "calling on", "according to", "appealed to".
  const verb = /^(?:on|to|for)$/.test(t[cueLast - 1]!.lower) && cueLast - 1 > cueFirst ? cueLast - 2 : cueLast - 1;
  const sentence = t[cueFirst]!.sentence;
  const inSentence = (k: number): boolean => k >= 0 && k < t.length && t[k]!.sentence === sentence;
  const inContent = (k: number): boolean => t[k]!.start >= claim.evidence.start && t[k]!.end <= claim.evidence.end;
  // A refusal to speak ("has not commented") is its own predicate, not a negated claim, and takes no stance or target.
  const declines = claim.predicate === "declines";
  const negated = !declines && isNegated(t, cueFirst, verb, inSentence);
  const verbWord = t[verb]!.lower;
  const speaker = "mention" in claim.speaker ? claim.speaker.mention : -1;
  // "told the rioters to go home" is a request (cues.ts), aimed at whom it tells.
  const aimed = AIMED.test(verbWord) || (claim.predicate === "urges" && /^(?:tells?|told)$/.test(verbWord));
  const target = !declines && aimed ? targetAfter(doc, verbWord, cueLast, inSentence, speaker, claim.cueSpan.start) : null;
  const channel = channelOf(doc, cueFirst, cueLast, inSentence, inContent);
  let stance: Stance | null = null;
  if (!negated && !declines) {
    if (OPPOSE.test(verbWord) || (claim.predicate === "denies" && target !== null)) stance = "oppose";
    else if (SUPPORT.test(verbWord) && claim.predicate !== "denies") stance = "support";
    else stance = stanceInContent(t, tokenAt(t, claim.evidence.start), inSentence);
  }
  return { target, channel: channel?.channel ?? null, channelSpan: channel?.span ?? null, stance, negated };
}

/** "did not say", "has never denied", "declined to confirm", "didn't say": the speech act is negated. */
function isNegated(t: readonly Token[], cueFirst: number, verb: number, inSentence: (k: number) => boolean): boolean {
  for (let k = verb - 1; k >= cueFirst - 5 && inSentence(k); k--) {
    const w = t[k]!.lower;
    if (NEGATORS.has(w) || /n[’']t$/.test(w) || w === "cannot") return true;
    if (w === "short" && t[k + 1]?.lower === "of" && /^stop/.test(t[k - 1]?.lower ?? "")) return true; // "stopped short of criticising"
    if (!AUXILIARIES.has(w) && !/ly$/.test(w) && k < cueFirst) return false;
  }
  return false;
}

/**
 * The entity the act is aimed at, right after the verb: its object ("urged Erbil to"), the owner of the object
 * ("rejected Baghdad's demand", "rejected the Iraqi government demand", "a warning from X"), or the subject of a
 * demanded clause ("demanded that Kurdish authorities cancel"). Not what is warned of: "warned that India's ...".
 */
function targetAfter(doc: Doc, verbWord: string, from: number, inSentence: (k: number) => boolean, speaker: number, cueStart: number): RawTarget | null {
  const { t, mentions, mentionAt } = doc;
  const named = (m: number): RawTarget => ({ mention: m, span: { start: mentions[m]!.start, end: mentions[m]!.end } });
  const demand = /^demand/.test(verbWord);
  let k = from;
  for (let guard = 0; guard < 4 && inSentence(k); guard++) {
    const w = t[k]!.lower;
    if (SKIP_AFTER_CUE.has(w) || /ly$/.test(w)) k++;
    else break;
  }
  let objectOnly = false;
  if (t[k]?.lower === "that") {
    if (!demand) return null;
    k++;
  } else if (t[k]?.lower === "to") {
    // "appealed to X", "pledged to X" (not "pledged to defend ..."); "denied to Reuters" is an audience.
    if (!/^(?:appeal|pledg|promis)/.test(verbWord)) return null;
    k++;
    objectOnly = true;
  }
  // An object in quotes: calling on “neighboring countries and countries of the world” to stop buying.
  if (inSentence(k) && /^[“"]$/.test(t[k]!.text)) k++;
  if (inSentence(k) && DETERMINERS.has(t[k]!.lower)) k++;
  // The noun phrase runs to its head; a mention in it (or after "from"/"by"/"of" its head) owns it.
  for (let j = k; j < k + 6 && inSentence(j); j++) {
    const m = mentionAt[j]!;
    if (m >= 0) {
      if (m === speaker) return null;
      // A name inside a longer phrase is not the target: "warned his RBS 6 Nations rivals".
      const next = t[mentions[m]!.lastToken];
      const ends = mentions[m]!.possessive || !next || !next.word || OWNED.has(next.lower) || FOLLOWS_OBJECT.has(next.lower);
      return ends || demand ? named(m) : null;
    }
    // "urged Prime Minister Benjamin Netanyahu to": the title of the name after it.
    const titled = titledAfter(doc, j);
    if (titled >= 0) {
      j = mentions[titled]!.firstToken - 1;
      continue;
    }
    const w = t[j]!.lower;
    if (objectOnly) return null;
    if (OWNED.has(w)) {
      let n = j + 1;
      if (!/^(?:from|by|of)$/.test(t[n]?.lower ?? "")) return null;
      n++;
      if (inSentence(n) && DETERMINERS.has(t[n]!.lower)) n++;
      const owner = inSentence(n) ? mentionAt[n]! : -1;
      return owner >= 0 && owner !== speaker ? named(owner) : null;
    }
    // "rejected the president's demand": the one person the document gives that role owns it.
    if (/['’]s$/.test(w) && OWNED.has(t[j + 1]?.lower ?? "") && t[k - 1]?.lower === "the") {
      const holder = doc.holderOf?.(k - 1, j + 1, cueStart, true);
      return holder !== undefined && holder !== speaker ? { mention: holder, span: { start: t[k]!.start, end: t[j]!.end - 2 } } : null;
    }
    if (QUESTION_WORDS.has(w)) return null;
    // (Not someone's leadership: "blamed his leadership for the party's worst result"; but "his own party leadership".)
    if (PEOPLE_HEADS.has(w) && !(w === "leadership" && j === k && /^(?:his|her|its|their|our|my|your)$/.test(t[k - 1]?.lower ?? ""))) {
      const span = peopleNamed(t, k, j, inSentence);
      return span ? { mention: null, span } : null;
    }
    // Stop at anything that cannot be inside the noun phrase before its head; a capitalised word that names no entity
    // may describe a group of people ("Kurdish authorities", "Western governments").
    // (A number is a modifier: "urged the remaining 27 members not to".)
    if (/^\d+$/.test(w)) continue;
    if (!t[j]!.word || NP_ENDS.has(w) || (!/^[\p{Ll}]/u.test(t[j]!.text) && !/^\p{Lu}\p{Ll}+$/u.test(t[j]!.text))) {
      return j > k ? describedObject(doc, k, j, cueStart, speaker, inSentence) : null;
    }
  }
  return null;
}

/**
 * The entity a described object [first, end) stands for: the name in its apposition ("accused its rival, the
 * Kurdistan Democratic Party (KDP), of"), or the one person the document gives its role ("accused the prosecutor
 * of", role-speakers.ts); else null.
 */
function describedObject(doc: Doc, first: number, end: number, cueStart: number, speaker: number, inSentence: (k: number) => boolean): RawTarget | null {
  const { t, mentions, mentionAt } = doc;
  let found: number | undefined;
  let span: Span | undefined;
  if (t[end]!.text === ",") {
    let n = end + 1;
    if (inSentence(n) && t[n]!.lower === "the") n++;
    const m = inSentence(n) ? mentionAt[n]! : -1;
    const after = m >= 0 ? t[mentions[m]!.lastToken] : undefined;
    if (m >= 0 && mentions[m]!.firstToken === n && (after?.text === "," || after?.text === "(")) [found, span] = [m, mentions[m]!];
  } else if (t[first - 1]?.lower === "the") {
    [found, span] = [doc.holderOf?.(first - 1, end, cueStart), { start: t[first]!.start, end: t[end - 1]!.end }];
    // "accused the union of", "called on the company to": the one group of that kind the document named before.
    // (Also "the federal government", "the central bank".)
    const modified = end - first === 2 && /^(?:federal|central|national|state|local|regional|interim|transitional|military|city|county)$/.test(t[first]!.lower);
    if (found === undefined && (end - first === 1 || modified)) found = describedGroupBefore(mentions, t[end - 1]!.lower, cueStart, speaker);
  }
  return found !== undefined && found !== speaker ? { mention: found, span: { start: span!.start, end: span!.end } } : null;
}

/**
 * The words of a group of people from `first` to its head `head`, when the noun phrase ends there or the group owns
 * what the act is aimed at ("rejected critics' calls"); after a possessive inside the phrase ("the country's biggest
 * tobacco companies"), the words after it.
 */
function peopleNamed(t: readonly Token[], first: number, head: number, inSentence: (k: number) => boolean): Span | null {
  const next = inSentence(head + 1) ? t[head + 1] : undefined;
  if (next && /^['’]$/.test(next.text) ? !OWNED.has(t[head + 2]?.lower ?? "") : next?.word && !AFTER_PEOPLE.has(next.lower)) return null;
  let start = first;
  for (let k = first; k < head; k++) if (/['’]s$/.test(t[k]!.lower) || DETERMINERS.has(t[k]!.lower)) start = k + 1;
  return { start: t[start]!.start, end: t[head]!.end };
}

/** The mention whose title begins at token j (its name within five tokens), or -1. */
function titledAfter(doc: Doc, j: number): number {
  for (let k = j + 1; k < j + 6 && k < doc.t.length; k++) {
    const m = doc.mentionAt[k]!;
    if (m >= 0) return doc.mentions[m]!.firstToken === k && doc.mentions[m]!.title !== undefined && doc.mentions[m]!.title!.start <= doc.t[j]!.start ? m : -1;
  }
  return -1;
}

/** "it supports", "he would not accept", "we will remain neutral": a stance stated at the head of the content. */
function stanceInContent(t: readonly Token[], first: number, inSentence: (k: number) => boolean): Stance | null {
  let k = first;
  if (/^[“"‘]$/.test(t[k]?.text ?? "")) k++;
  if (!/^(?:it|he|she|they|we|i)$/.test(t[k]?.lower ?? "")) return null;
  let not = false;
  for (k++; k < first + 6 && inSentence(k); k++) {
    const w = t[k]!.lower;
    if (w === "not" || w === "never" || /n[’']t$/.test(w)) not = true;
    else if (NEUTRAL.has(w)) return "neutral";
    // ("he would accept nothing short of the annulment": what is accepted is nothing, no support.)
    else if ((OPPOSE.test(w) || SUPPORT.test(w)) && /^(?:nothing|no|none|neither)$/.test(t[k + 1]?.lower ?? "")) return null;
    else if (OPPOSE.test(w)) return not ? null : "oppose";
    else if (SUPPORT.test(w)) return not ? "oppose" : "support";
    else if (!AUXILIARIES.has(w) && !/^(?:remain|remains|stay|stays|fully|strongly|firmly|still|continue|continues|to)$/.test(w)) return null;
  }
  return null;
}
