// A speaker must be someone: never a dateline ("SULAIMANIYAH:"). One given by its words ("analysts",
// "a Kurdish official") must read as someone: leading adverbs and times are trimmed off ("Now the
// board" is "the board", "Last month Marsh" is "Marsh"); claims whose words then are a time or a bare
// number ("2005", "last year", "Thursday's"), an adverb or object pronoun ("still", "them") or a clause
// ("he had suspended Mr Houston") are left out, as a speaker is never guessed. Pure: the layout and
// the claims in, the claims kept out.
import { hasClass, W, wordClass } from "./lexicon.ts";
import { isDemonym, isRoleNoun } from "./titles.ts";
import { tokenRange, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention } from "./types.ts";

/** Calendar words: a speaker of these alone is a time ("Friday", "last year", "Thursday's"). */
const TIME_WORDS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "tomorrow", "tonight", "year", "years", "week", "weeks", "month", "months", "day", "days", "night", "morning", "afternoon",
  "evening", "weekend", "decade", "century"]);
/** Words that make a time of a calendar word ("last year", "earlier this week"). */
const TIME_MODIFIERS = new Set(["last", "next", "this", "earlier", "later", "early", "late", "recent", "past", "same"]);
/** Sentence adverbs that may open the words before a cue without being part of the speaker ("Now the board", "Even the organizer"). */
const ADVERBS = new Set(["now", "then", "once", "meanwhile", "however", "earlier", "later", "recently", "even", "still", "indeed"]);
/** What the trimmed words must start with to be a noun phrase: a determiner or possessive (or a capital). */
const NP_STARTS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "some", "many", "most", "several"]);
/** Prepositions after an adverb that end the verb phrase before a speaker's words: "sharply to some supporters". */
const ADVERB_PREPOSITIONS = new Set(["to", "at", "with", "against", "from", "for", "by"]);
/** Prepositions of a leading time ("In December, the Lords"). */
const TIME_PREPOSITIONS = new Set(["in", "on", "since", "until", "by", "at"]);
/** First words no noun phrase naming a speaker starts with. */
const NOT_A_START = new Set(["still", "often", "always", "just", "now", "also", "even", "already", "never", "then", "ever",
  "once", "soon", "them", "him", "me", "us", "what", "whom", "and", "but", "or", "to", "of", "in", "on", "at", "by", "for",
  "with", "from", "as", "than", "if", "because", "while", "when", "where", "how", "why", "except", "very", "instead"]);
/** Words before "than" in a phrase that names people: "more than 40 MPs", "fewer than half of voters". */
const THAN_QUANTIFIERS = new Set(["more", "fewer", "less", "other", "rather"]);
/** Subject pronouns, which start a clause when more words follow ("he had suspended ..."). */
const SUBJECTS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"]);
const DETERMINERS = new Set(["the", "a", "an"]);

const bare = (lower: string): string => lower.replace(/['’]s$/, "");
const isTime = (w: string): boolean => TIME_WORDS.has(w) || /^\d{4}$/.test(w);
const isNumber = (w: string): boolean => /^[\d.,]+$/.test(w);

/** "2005", "last year", "Thursday's", "Friday afternoon", "the 11": calendar words and numbers, with their modifiers. */
function isTimeOrNumber(words: readonly string[]): boolean {
  const content = words.filter((x) => !DETERMINERS.has(x));
  if (content.includes("%")) return false; // "40%" (of those asked) said
  return content.some((x) => isTime(x) || isNumber(x)) && content.every((x) => isTime(x) || isNumber(x) || TIME_MODIFIERS.has(x));
}

/**
 * Whether a source's last word can head a noun phrase: not an adjective the lexicon knows only as
 * one ("a friendly"), an "-ly" adverb or a time adverb ("now"). Role nouns ("official") and names pass.
 */
export function nounHead(token: TextLayout["tokens"][number]): boolean {
  const lower = token.lower;
  if (!token.word || token.cap || isRoleNoun(lower)) return true;
  const c = wordClass(lower);
  if (c & W.adjective && !(c & (W.noun | W.role | W.verb))) return false;
  // "go without telling the government": a preposition or conjunction heads nothing.
  if (c & (W.preposition | W.conjunction) && !(c & (W.noun | W.role))) return false;
  // "in after-hours trading", "an in-house team": a modifier led by a preposition.
  const lead = /^([a-z]+)-[a-z]/.exec(lower)?.[1];
  if (lead && hasClass(lead, W.preposition) && !hasClass(lead, W.noun)) return false;
  return !/ly$/.test(lower) && !TIME_ADVERBS.has(lower);
}

const TIME_ADVERBS = new Set(["now", "today", "then", "later", "yesterday", "tomorrow", "again", "also", "still", "already",
  "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "morning", "night", "past"]);
/** Whether the words of a speaker (lower case, in order) can name someone. */
export function namesSomeone(words: readonly string[]): boolean {
  const w = words.map(bare);
  if (w.length === 0) return false;
  // A subject pronoun and more words make a clause ("he had suspended Mr Houston"); not one coordinated ("she and another
  // reporter") nor a demonstrative before its noun ("this source").
  const demonstrative = (w[0] === "this" || w[0] === "that") && w.length === 2 && (isRoleNoun(w[1]!) || /^(?:source|person|man|woman|study|survey|poll)$/.test(w[1]!));
  if (NOT_A_START.has(w[0]!) || (w.length > 1 && SUBJECTS.has(w[0]!) && w[1] !== "and" && !demonstrative)) return false;
  if (w[0] === "not" && !/^(?:every|all)/.test(w[1] ?? "")) return false; // "not everyone" is someone, "not envious" is not
  // "No group has claimed responsibility", "Nobody has said": no one (but "No 10 said" is Downing Street).
  if (/^(?:nobody|none|neither)$/.test(w[0]!) || (w[0] === "no" && !/^\d/.test(w[1] ?? ""))) return false;
  // "higher than a revised end-year" (forecast) compares; "more than 40 MPs" counts.
  const than = w.indexOf("than");
  if (than > 0 && !THAN_QUANTIFIERS.has(w[than - 1]!)) return false;
  // A people's adjective alone names nobody: "British hopes of winning", "British shows" (a noun read as the cue).
  if (w.length === 1 && isDemonym(w[0]!) && !/s$/.test(w[0]!)) return false;
  // A part of a match or a session: "the final quarter told us a whole lot more".
  if (/^(?:the )?(?:first|second|third|fourth|final|last|opening|closing) (?:quarter|half|period|minutes|session|innings|set|round|leg|stages)$/.test(w.join(" "))) return false;
  return !isTimeOrNumber(w);
}

/** Words that make a clause of a participle before them: "peppering her with ...", "leading the charge". */
const OBJECT_STARTS = new Set(["her", "him", "them", "us", "me", "it", "the", "a", "an", "his", "their", "its", "our", "my"]);

/**
 * Whether tokens [first, last) read as a noun phrase: not opening with an "-ly" adverb ("closely tied to what people")
 * or a participle with its object ("peppering her with Trumpian"). "Striking workers", "Italy" and "the assembly" do.
 */
function readsAsNounPhrase(t: TextLayout["tokens"], first: number, last: number): boolean {
  const w = t[first]!;
  // (A share is someone: "nearly a quarter said", "only 34%"; so are people: "normally loyal MPs warn".)
  const share = last - first > 1 && /^(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|quarter|third|fifth|\d.*)$/.test(t[first + 1]!.lower);
  const people = last - first <= 3 && isRoleNoun(t[last - 1]!.lower.replace(/s$/, "")) || /^[A-Z]+s$/.test(t[last - 1]!.text);
  if (!w.cap && /ly$/.test(w.lower) && !hasClass(w.lower, W.noun | W.adjective) && !share && !people) return false;
  return !(/[a-z]{3}ing$/.test(w.lower) && last - first > 1 && OBJECT_STARTS.has(t[first + 1]!.lower));
}

/** "BAGHDAD/ SULAIMANIYAH:" names where the story was filed, not who spoke (unlike "US" or "UAE"). */
function isDateline(m: RawMention): boolean {
  return m.rule === "dateline" || (m.type === "Place" && m.text.length > 3 && m.text === m.text.toUpperCase());
}

/**
 * The claims whose speaker names someone: not a dateline; when given by words, words that name
 * someone once leading adverbs and times are trimmed.
 */
export function keepNamedSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  const t = layout.tokens;
  const out: RawClaim[] = [];
  for (const c of claims) {
    if ("mention" in c.speaker) {
      if (!isDateline(mentions[c.speaker.mention]!)) out.push(c);
      continue;
    }
    let [first, last] = tokenRange(t, c.speaker.start, c.speaker.end);
    // "Now the board", "Last month Marsh", "In December, the Lords": trimmed while more words follow.
    while (last - first > 1) {
      const w = t[first]!.lower;
      const next = bare(t[first + 1]!.lower);
      if (ADVERBS.has(w) || isTime(bare(w)) || t[first]!.text === ",") first++;
      else if (TIME_MODIFIERS.has(w) && (isTime(next) || TIME_MODIFIERS.has(next))) first++; // "Last month", "earlier this week"
      else if (TIME_PREPOSITIONS.has(w) && last - first > 2 && isTime(next)) first += 2;
      // "reacted sharply to some Liverpool supporters, who criticised": the adverb and preposition of the verb before.
      else if (/[a-z]ly$/.test(w) && !hasClass(w, W.noun | W.adjective) && ADVERB_PREPOSITIONS.has(next) && last - first > 2) first += 2;
      else break;
    }
    // "a study of 200,000 workers published on Thursday": when it came out is not who said it.
    for (let k = first + 2; k + 1 < last; k++) {
      // (Not "... released on Tuesday by the British Phonographic Industry", "published on Wednesday in the New England
      // Journal of Medicine": who made it or where it came out is said after.)
      if (/^(?:published|released|issued|out)$/.test(t[k]!.lower) && /^(?:on|last|this|yesterday|today|earlier)$/.test(t[k + 1]!.lower)
        && !t.slice(k, last).some((w) => w.lower === "by" || (w.cap && !TIME_WORDS.has(w.lower)))) {
        last = k;
        break;
      }
    }
    // (Its time already left out: "A US report issued [on Tuesday] said".)
    if (last - first > 2 && /^(?:published|released|issued)$/.test(t[last - 1]!.lower)) last--;
    const end = t[last - 1]!.end;
    const trimmed = t[first]!.start !== c.speaker.start || end !== c.speaker.end;
    if (trimmed && !t[first]!.cap && !NP_STARTS.has(t[first]!.lower)) continue;
    const words: string[] = [];
    // "US officials", "IT Safe": an all-capitals word is a name, not the pronoun "us" or "it".
    for (let k = first; k < last; k++) if (t[k]!.word || t[k]!.text === "%") words.push(t[k]!.upper ? t[k]!.text : t[k]!.lower);
    if (!namesSomeone(words) || !readsAsNounPhrase(t, first, last)) continue;
    if (!trimmed) out.push(c);
    else {
      const span = { start: t[first]!.start, end };
      out.push({ ...c, speaker: { words: layout.text.slice(span.start, span.end), ...span }, ...(c.sourceSpan ? {} : { sourceSpan: span }) });
    }
  }
  return out;
}
