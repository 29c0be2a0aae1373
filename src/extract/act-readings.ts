// Readings of a cue word as an act or a thing, not speech: what is kept up or gone on with ("maintained their superb
// start"), what follows or was seen to happen ("The acquisition follows similar moves", "has seen profits climb"), an
// answer in deeds ("responded with six goals"), a noun before a title ("TV talent show The X Factor") or before its own
// verb ("The share offer was oversubscribed"). Used through actNotSpeechAt (cue-readings.ts); pure: layout in.
import { AUXILIARIES } from "./lexicon.ts";
import type { TextLayout } from "./tokens.ts";

/** Words that open an object after a verb: "added a second goal", "maintained their lead". */
export const OBJECT_STARTS = new Set(["a", "an", "the", "his", "her", "their", "its", "another", "two", "three", "four", "five", "one",
  "anything", "nothing", "something", "little", "much", "value"]);
/** Besides the auxiliaries, words that go on into a clause after "added the ...". */
export const FINITE = new Set(["'s", "’s", "remains", "remained"]);
/** Words that end the object of "added" without starting a clause: "added a third after rounding Shay Given". */
const OBJECT_ENDS = new Set(["as", "after", "before", "when", "while", "with", "to", "for", "in", "on", "at", "from", "by", "and", "of"]);

/** Whether the verb at k takes an object ("a second goal", "18 points") that no clause follows. */
export function objectWithoutClause(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // "adding about $150 billion to its market value": an amount, perhaps an approximate one.
  const amountAt = (j: number) => /^(?:[$£€¥]|\d)/.test(t[j]?.text ?? "");
  const from = /^(?:about|around|some|nearly|almost|roughly|over|another|just|only)$/.test(t[k + 1]?.lower ?? "") && amountAt(k + 2) ? k + 2 : k + 1;
  if (!t[from] || !(OBJECT_STARTS.has(t[from]!.lower) || amountAt(from))) return false;
  for (let j = from + 1; j < t.length && j < k + 10 && t[j]!.sentence === t[k]!.sentence; j++) {
    const w = t[j]!;
    if (!w.word && !/^['’]s$/.test(w.text)) return true;
    if (AUXILIARIES.has(w.lower) || FINITE.has(w.lower) || (!w.cap && /ed$/.test(w.lower) && !OBJECT_STARTS.has(t[j - 1]!.lower))) return false;
    if (OBJECT_ENDS.has(w.lower)) return true;
  }
  return true;
}

/** Whether the cue word at k is an act or names a thing (the readings below). */
export function actOrThingAt(layout: TextLayout, k: number): boolean {
  return keptUpAThing(layout, k) || nounBeforeTitle(layout, k) || eventSeenAt(layout, k) || nounBeforeItsVerbAt(layout, k) || answeredWithAThing(layout, k);
}

/**
 * "The teenager has responded with six goals in nine games", "replied with a try of their own", "Michels, credited with
 * developing total football", "charged with testing the game": an answer in deeds, or what one is credited or charged
 * with, no speech ("responded with a statement", "replied with a question" are).
 */
function answeredWithAThing(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (t[k + 1]?.lower !== "with") return false;
  if (/^(?:credited|charged|tasked|entrusted)$/.test(t[k]!.lower)) return true;
  if (!/^(?:respond(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)?)$/.test(t[k]!.lower)) return false;
  for (let j = k + 2; j < t.length && j <= k + 5 && t[j]!.word; j++) if (SPOKEN_ANSWERS.test(t[j]!.lower)) return false;
  return true;
}
const SPOKEN_ANSWERS = /^(?:statements?|letters?|remarks?|comments?|tweets?|questions?|criticism|attacks?|quotes?|jokes?|insults?|words?|messages?|posts?|speech|denials?|calls?|claims?|warnings?|threats?|accusations?|demands?)$/;

/**
 * "The share offer was eleven times oversubscribed", "Another worry is that", "Hewitt's call was backed": a cue word that
 * is also a noun, after a modifier and before a verb, is that verb's subject (not "which critics claim would": a plural
 * subject, a name or a pronoun before it makes it the verb).
 */
function nounBeforeItsVerbAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const prev = t[k - 1];
  const next = t[k + 1];
  if (!NOUN_CUES.has(t[k]!.lower) || !prev?.word || !next?.word || prev.sentence !== t[k]!.sentence || next.sentence !== t[k]!.sentence) return false;
  const modifier = /^['’]s$/.test(prev.text) || (!prev.cap && !/[^su]s$/.test(prev.lower) && !/^(?:i|we|you|they|to|not|also|still|however|now|then|will|would|can|could|should|may|might|must|do|did|does)$/.test(prev.lower));
  // (But "His main concern is privacy": the speaker's stance, as the tagger reads it.)
  if (/^(?:main|chief|biggest|greatest|primary|real|only)$/.test(prev.lower) && /^(?:concern|worry|fear|hope)$/.test(t[k]!.lower)) return false;
  return modifier && /^(?:is|was|has|had|will|would|involved|included|includes|involves|remains|remained)$/.test(next.lower);
}
const NOUN_CUES = new Set(["offer", "report", "note", "show", "praise", "concern", "complaint", "call", "aim", "pledge", "speculation", "worry",
  "claim", "warning", "statement", "comment", "promise", "threat", "demand", "plan", "proposal", "view", "hope", "fear", "criticism", "advice"]);

/**
 * "The decision follows a tough meeting", "Barclays has seen annual profits climb", "the new rules have seen ten firms
 * suspended": what came before or happened to the subject, no speech ("has seen that ...", "sees X as Y" are views).
 */
function eventSeenAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const w = t[k]!.lower;
  // (Not "followed up", "She followed that by saying".)
  if (/^follow(?:s|ed)$/.test(w)) return t[k + 1]?.lower !== "up" && !t.slice(k + 1, k + 5).some((x) => /^(?:saying|telling|adding|asking|noting|arguing|calling|writing|with)$/.test(x.lower));
  if (w !== "seen" || !/^(?:has|have|had)$/.test(t[k - 1]?.lower ?? "")) return false;
  for (let j = k + 1; j < t.length && j <= k + 15 && t[j]!.sentence === t[k]!.sentence; j++) if (/^(?:that|as|how|what|why)$/.test(t[j]!.lower)) return false;
  return true;
}

/**
 * "TV talent show The X Factor is to return", "TV show That's Life", "a trade group called The Travel Partnership": "show"
 * before a title (whose first word is a capitalised determiner in mid-sentence) is the noun the title names, and
 * "called" before it names (not "told The Observer", "said The Game was").
 */
function nounBeforeTitle(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const next = t[k + 1];
  return /^(?:show|shows|called|named|dubbed)$/.test(t[k]!.lower) && next !== undefined && next.cap && next.spaced && next.sentence === t[k]!.sentence
    && /^(?:the|a|an|that's|that’s|this)$/.test(next.lower) && t[k - 1]?.word === true && t[k - 1]!.sentence === t[k]!.sentence;
}

const KEEP_OR_GO_ON = /^(?:maintain|continu)(?:e|es|s|ed|ing)?$/;

/**
 * "maintained their superb start to the tournament", "maintains a commanding lock on", "continued his romp through",
 * "continued without Osbourne": what is kept up or gone on with, no speech ("maintained that ...", "maintained the
 * plan would work", "continued: ..." and "maintained his innocence", "continued his attack on" are).
 */
function keptUpAThing(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  // (Not the inverted "..., continued the minister".)
  if (!KEEP_OR_GO_ON.test(t[k]!.lower) || !t[k - 1]?.word || t[k - 1]!.sentence !== t[k]!.sentence) return false;
  if (/^continu/.test(t[k]!.lower) && t[k + 1]?.lower === "without") return true;
  return !SPOKEN_OBJECTS.test(t[k + 2]?.lower ?? "") && objectWithoutClause(layout, k);
}

/** What is kept up by speaking: "continued his assault on Mr. Bush", "maintained his innocence". */
const SPOKEN_OBJECTS = /^(?:innocence|attacks?|assault|criticism|campaign|calls?|demands?|push|warnings?|complaints?|tirade|defen[cs]e|argument|case|denials?|opposition|insistence|refusal)$/;
