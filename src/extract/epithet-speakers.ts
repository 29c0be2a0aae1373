// Speakers named by an epithet: "the Spaniard told reporters", "the Egyptian said", "the 32-year-old
// added". Sports and news copy name a person once and then call them by nationality or age; such a
// claim is the person named before the epithet in its sentence ("When Lleyton Hewitt shook his hand,
// the Australian said"), else the person opening the sentence before (its likely subject), else the one who spoke there,
// else the last person named there, else the person who spoke last in the paragraph or the one before (epithets
// resolved in text order count). A sentence opening with a quote names no subject. Otherwise the words stay the
// speaker. Pure: layout, mentions and claims in.
import { hasClass, W } from "./lexicon.ts";
import { isDemonym, isRoleNoun } from "./titles.ts";
import { sentenceAt, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention } from "./types.ts";

/** Nationality nouns isDemonym does not know as such, and "the pontiff". */
const PEOPLE_NOUNS = new Set(["frenchman", "frenchwoman", "dutchman", "dutchwoman", "briton", "englishman", "englishwoman", "zealander",
  "irishman", "irishwoman", "scotsman", "scotswoman", "welshwoman", "kiwi", "aussie", "swiss", "pontiff"]);
/** Heads of sport's one-person titles ("the world champion", "the record holder"). */
const TITLE_HOLDERS = new Set(["champion", "holder", "medallist", "medalist", "titleholder"]);
/**
 * A player's position or a team's boss, with a team or nation before it: "the England midfielder", "the Arsenal boss".
 * (Not "the singer", "the actor": in entertainment copy the person named before is as often someone else; 9 of 17 on BBC.)
 */
const ONE_PERSON_HEADS = new Set(["midfielder", "striker", "defender", "goalkeeper", "keeper", "winger", "forward", "captain",
  "coach", "manager", "boss", "veteran", "sprinter", "all-rounder", "batsman", "batter", "bowler", "spinner", "wicketkeeper",
  "golfer", "boxer", "cyclist", "swimmer", "hurdler"]);
/** One person's trade or sport, after a nationality or another modifier only: "the Greek filmmaker", "the former F1 driver". */
const MODIFIED_PERSON_HEADS = new Set(["filmmaker", "director", "actress", "actor", "singer", "rapper", "novelist", "author",
  "writer", "musician", "driver", "rider", "winner", "star", "comedian", "presenter"]);
/** Modifiers of a manager or boss that name no team: "the city manager", "the hedge fund manager". */
const NOT_A_TEAM = /^(?:city|town|county|state|council|borough|district|general|project|campaign|branch|store|bank|fund|hedge|portfolio|marketing|sales|office|operations|plant|site|programme|program|product|brand|regional|area|account|hotel|restaurant|shop|factory|farm|property|estate|investment|asset|money|risk|stage|tour|band|business|company|firm)$/;
/** First words of a phrase that opens a sentence before its subject: "After ...,", "One month after ...,", "Despite ...,". */
const OPENING_PHRASE = /^(?:after|before|despite|when|while|as|since|following|during|although|though|with|without|in|on|at|one|two|three|a|hours|days|weeks|months|just|shortly|speaking|asked)$/;
/** How far into a sentence its subject may start. */
const SUBJECT_WINDOW = 8;

/** "the Spaniard", "the 32-year-old", "the veteran Egyptian": an epithet of one person. */
export function isEpithet(words: string): boolean {
  const w = words.trim().toLowerCase().split(/\s+/);
  if (w.length === 4 && w[0] === "the" && /^\d{1,3}$/.test(w[1]!) && w[2] === "year" && w[3] === "old") return true; // "the 31 year old"
  // "the Waterford man", "the Kerry woman": a person by where they are from (a capitalised place, as written).
  if (w.length === 3 && w[0] === "the" && /^(?:man|woman)$/.test(w[2]!) && /^\s*the\s+\p{Lu}/iu.test(words) && /\s\p{Lu}/u.test(words)) return true;
  // "The marathon world record holder", "the Olympic champion": one person's title in sport.
  if (w.length >= 2 && w.length <= 5 && w[0] === "the" && TITLE_HOLDERS.has(w[w.length - 1]!)) return true;
  // (Not a manager of a place or a business: "the city manager", "the fund manager"; but "the City manager" is Manchester City's.)
  const original = words.trim().split(/\s+/);
  if (w.length >= 2 && w.length <= 4 && w[0] === "the" && ONE_PERSON_HEADS.has(w[w.length - 1]!) && !w.slice(1, -1).some((x, i) => NOT_A_TEAM.test(x) && !/^\p{Lu}/u.test(original[i + 1]!))) return true;
  // "the Vermont senator", "the Texas governor": one office holder, by the state they stand for.
  if (w.length >= 3 && w.length <= 4 && w[0] === "the" && /^(?:senator|governor|congressman|congresswoman|lawmaker|legislator)$/.test(w[w.length - 1]!)
    && original.slice(1, -1).every((x) => /^\p{Lu}/u.test(x))) return true;
  // "the New York Democrat", "the Texas Republican": one member of a party, by the state they stand for.
  if (w.length >= 3 && w.length <= 4 && w[0] === "the" && /^(?:democrat|republican)$/.test(w[w.length - 1]!) && /\s\p{Lu}/u.test(words)) return true;
  // "the Greek filmmaker", "the Irish actress", "the former F1 driver", "the two-time Oscar winner": a trade with a nationality,
  // a capitalised modifier or a count of wins (not "the singer" alone, as often someone else named before).
  if (w.length >= 3 && w.length <= 4 && w[0] === "the" && MODIFIED_PERSON_HEADS.has(w[w.length - 1]!)
    && original.slice(1, -1).some((x, i) => isDemonym(w[i + 1]!) || /^\p{Lu}/u.test(x) || /^(?:\w+-time)$/.test(w[i + 1]!))) return true;
  // "the 34-year-old teacher": an age and one person's role.
  if (w.length === 3 && w[0] === "the" && /^\d{1,3}-year-old$/.test(w[1]!) && (isRoleNoun(w[2]!) || ONE_PERSON_HEADS.has(w[2]!) || MODIFIED_PERSON_HEADS.has(w[2]!))) return true;
  // "the ex-defender", "the ex-Chelsea striker": a former player.
  if (w.length >= 2 && w.length <= 3 && w[0] === "the" && /^ex-/.test(w[1]!) && ONE_PERSON_HEADS.has(w[w.length - 1]!.replace(/^ex-/, ""))) return true;
  if (w.length < 2 || w.length > 3 || w[0] !== "the") return false;
  const head = w[w.length - 1]!;
  return /^\d{1,3}-year-old$/.test(head) || PEOPLE_NOUNS.has(head) || (isDemonym(head) && !/s$/.test(head) && head !== "us");
}

export function resolveEpithetSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  const t = layout.tokens;
  const lineOf = (offset: number): number => layout.sentences[sentenceAt(layout, offset)]!.line;
  const opensWithQuote = (s: number): boolean => /^[“"‘']/.test(t[layout.sentences[s]!.first]?.text ?? "");
  const isPerson = (m: number): boolean => mentions[m]!.type === "Person" && !mentions[m]!.possessive;
  /** The first person named near the start of sentence s. */
  const subjectOf = (s: number): number | undefined => {
    const sentence = layout.sentences[s];
    if (!sentence || opensWithQuote(s)) return undefined;
    // Past an opening phrase: "One month after announcing his support for Donald Trump, Marco Rubio still believes".
    let from = sentence.first;
    if (OPENING_PHRASE.test(t[from]?.lower ?? "")) {
      let comma = from;
      while (comma < sentence.last && comma < from + 14 && t[comma]!.text !== ",") comma++;
      if (t[comma]?.text === ",") from = comma + 1;
    }
    // (Not after an -ing form with no comma closing it, whose object it is: "Rooting for Staunton ... was Cate Blanchett".)
    if (from === sentence.first && /^\p{Lu}\p{Ll}+ing$/u.test(t[from]?.text ?? "")) return undefined;
    const m = mentions.findIndex((x, i) => x.sentence === s && x.firstToken >= from && x.firstToken < from + SUBJECT_WINDOW && isPerson(i));
    // (A pronoun before it is the subject: "And he also denied reports that Santini had been given ...".)
    if (m >= 0 && t.slice(from, mentions[m]!.firstToken).some((w) => /^(?:he|she)$/.test(w.lower))) return undefined;
    return m >= 0 ? m : undefined;
  };
  /** The last person named in sentence s before offset `at`. */
  const namedBefore = (s: number, at: number, quote?: { start: number; end: number }): number | undefined => {
    if (opensWithQuote(s)) return undefined;
    let found: number | undefined;
    // (Not a name inside the claim's own quote: '"Phil was incredible today," the City manager told Sky Sports'.)
    // (Nor a name modifying a noun: "Shivering in a shimmering Armani dress, the Australian-born actress".)
    const modifier = (m: RawMention): boolean => t[m.lastToken]?.word === true && !t[m.lastToken]!.cap && hasClass(t[m.lastToken]!.lower, W.noun)
      && !hasClass(t[m.lastToken]!.lower, W.verb);
    mentions.forEach((m, i) => { if (m.sentence === s && m.end <= at && isPerson(i) && !modifier(m) && !(quote && quote.start <= m.start && m.end <= quote.end)) found = i; });
    return found;
  };
  // "the actress" is no man, "the actor" no woman: a person of the other known gender is skipped.
  const genderOf = (words: string): "male" | "female" | undefined =>
    /\b(?:actress|woman|frenchwoman|englishwoman|irishwoman|scotswoman|welshwoman|dutchwoman|mother|grandmother)$/i.test(words.trim()) ? "female"
      : /\b(?:actor|man|frenchman|englishman|irishman|scotsman|dutchman|father|grandfather)$/i.test(words.trim()) ? "male" : undefined;
  // One person, one nationality: after "the Serbian" stood for Djokovic, "The Spaniard" is someone else.
  const nationality = new Map<string, string>();
  const personKey = (m: number): string => mentions[m]!.text.toLowerCase().split(/\s+/).pop()!;
  const order = claims.map((_, i) => i).sort((a, b) => claims[a]!.cueSpan.start - claims[b]!.cueSpan.start);
  const out = [...claims];
  /**
   * The person who spoke in sentence s through a "he" or "she": "And he also denied reports that Santini had been given a
   * pay-off. "That is absolute nonsense," said the Spurs sporting director." (Not one named as the subject: "The Welsh striker
   * has rejected a move after falling out with manager Graeme Souness. The Toon boss vowed" is Souness.)
   */
  const spokeByPronoun = (s: number): number | undefined => {
    const sentence = layout.sentences[s];
    if (!sentence) return undefined;
    const byPronoun = (o: RawClaim): boolean => {
      const source = o.sourceSpan ?? ("mention" in o.speaker ? undefined : o.speaker);
      if (source) return /^(?:he|she)$/.test(layout.text.slice(source.start, source.end).trim().toLowerCase());
      // (No source span: the word before the cue, past adverbs and auxiliaries.)
      let j = sentence.first;
      while (j < sentence.last && t[j]!.start < o.cueSpan.start) j++;
      j--;
      while (j > sentence.first && (/ly$/.test(t[j]!.lower) || /^(?:also|has|had|have|was|then)$/.test(t[j]!.lower))) j--;
      return /^(?:he|she)$/.test(t[j]?.lower ?? "");
    };
    const spoke = out.find((o) => "mention" in o.speaker && isPerson(o.speaker.mention) && sentenceAt(layout, o.cueSpan.start) === s && byPronoun(o));
    return spoke && "mention" in spoke.speaker ? spoke.speaker.mention : undefined;
  };
  for (const i of order) {
    let c = out[i]!;
    // "The Paris St-Germain forward said": a club before a player's position is the player's epithet, not the club speaking.
    if ("mention" in c.speaker && mentions[c.speaker.mention]!.type === "Group" && c.sourceSpan) {
      const words = layout.text.slice(c.sourceSpan.start, c.sourceSpan.end);
      if (/^the\s/i.test(words) && isEpithet(words)) c = out[i] = { ...c, speaker: { words, start: c.sourceSpan.start, end: c.sourceSpan.end } };
    }
    if ("mention" in c.speaker || !isEpithet(c.speaker.words)) continue;
    const at = c.speaker.start;
    const gender = genderOf(c.speaker.words);
    const head = c.speaker.words.trim().toLowerCase().split(/\s+/).pop()!;
    const people = isDemonym(head) || PEOPLE_NOUNS.has(head) ? head : undefined;
    const fits = (m: number | undefined): number | undefined =>
      m === undefined || (gender && mentions[m]!.gender && mentions[m]!.gender !== gender) || (people && (nationality.get(personKey(m)) ?? people) !== people) ? undefined : m;
    let last: RawClaim | undefined;
    for (const o of out) {
      if (!("mention" in o.speaker) || mentions[o.speaker.mention]!.type !== "Person" || o.cueSpan.start >= at) continue;
      // This paragraph's, else the one before's: "... ,” he said. ¶ The Australian refused to blame ..."
      const line = lineOf(o.cueSpan.start);
      if ((line === lineOf(at) || line === lineOf(at) - 1) && (!last || o.cueSpan.start > last.cueSpan.start)) last = o;
    }
    const sentence = sentenceAt(layout, at);
    // (Before the quote's first sentence: 'Alcaraz was gracious in defeat. "Jannik deserved it today. He played better,"
    // the Spaniard told reporters.')
    const before = Math.min(sentence, c.quote !== null ? sentenceAt(layout, c.evidence.start) : sentence) - 1;
    const previous = layout.sentences[before];
    // (The person who spoke in the sentence before outranks one named there.)
    const person = fits(namedBefore(sentence, at, c.quote !== null ? c.evidence : undefined)) ?? fits(subjectOf(before)) ?? fits(spokeByPronoun(before))
      ?? fits(previous ? namedBefore(before, t[previous.last - 1]!.end) : undefined)
      ?? fits(last && "mention" in last.speaker ? last.speaker.mention : undefined);
    if (person === undefined) continue;
    out[i] = { ...c, speaker: { mention: person }, sourceSpan: c.sourceSpan ?? { start: c.speaker.start, end: c.speaker.end } };
    if (people) nationality.set(personKey(person), people);
  }
  return out;
}
