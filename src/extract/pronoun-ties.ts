// Whose the "his" or "her" before a tie is: "His spokesman, Avi Cohen", "her husband Denis". The pronoun is the
// first person of its gender named in the tie's sentence (its subject, mostly: "Anil has accused Anand Jain, a
// confidant of his brother Mukesh"), else in the sentence before, or further back along sentences that name no one;
// never the same person ("his son Moazzam" after "Moazzam Begg"). Pure: layout and mentions in, one relation out.
import { hasClass, W } from "./lexicon.ts";
import { FEMALE_KIN, KIN, MALE_KIN } from "./context.ts";
import { isRoleNoun } from "./titles.ts";
import { ARTICLES, chiefOfStaff, tieAt, tieOf, TIE_MODIFIERS, titleStart } from "./ties.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention, RawRelation } from "./types.ts";

/** Nouns that describe a person without naming one: "The bride wore ...". */
const PERSON_NOUNS = /^(?:bride|groom|bridegroom|woman|man|girl|boy|victim|pupil|student|patient|suspect|defendant|widow|widower|teenager|child|baby|couple)$/;

/** The tie "his"/"her" states of person i ("His wife, Hero Ahmed"), to whom the pronoun is; undefined when none. */
export function pronounTie(layout: TextLayout, mentions: readonly RawMention[], i: number, startsAt: ReadonlyMap<number, number>,
  endsAt: ReadonlyMap<number, number>): RawRelation | undefined {
  const t = layout.tokens;
  const m = mentions[i]!;
  const lower = (k: number): string => t[k]?.lower ?? "";
  const span = (a: number, b: number) => ({ start: t[a]!.start, end: t[b - 1]!.end });
  const titleFirst = (x: RawMention): number => titleStart(t, x);
  const chiefOfStaffAt = (k: number): boolean => chiefOfStaff(t, k);
  const titled = titleFirst(m);
  // The word before the name's own title ("Its chair, Dr Tom Dolphin") or its comma is the tie.
  // ("His chief of staff, Pieter van Dam": the three words are one tie.)
  let tie = t[titled - 1]?.text === "," ? titled - 2 : titled - 1;
  // (Past how long a marriage lasted: "his wife of 68 years, Surinder Kaur".)
  if (/^years?$/.test(lower(tie)) && /^\d+$/.test(lower(tie - 1)) && lower(tie - 2) === "of") tie -= 3;
  const staff = chiefOfStaffAt(tie - 2);
  let owner = staff ? tie - 3 : tie - 1; // "His senior adviser, X": past the tie's modifiers
  while (owner > tie - 3 && owner > 0 && TIE_MODIFIERS.has(lower(owner))) owner--;
  const pronoun = lower(owner);
  const tieType = staff ? "AIDE_TO" : tieAt(t, tie);
  // (Most names have no such tie: the closures below are made only for those that do.)
  if ((pronoun !== "his" && pronoun !== "her") || !tieType) return undefined;
  /** A person named after a preposition, past the words of its description: "by the Milan designer Carla Benedetti". */
  const objectOfPreposition = (p: number): boolean => {
    let k = titleFirst(mentions[p]!) - 1;
    while (k > 0 && k > mentions[p]!.firstToken - 5 && t[k]!.word && !hasClass(lower(k), W.preposition) && (ARTICLES.has(lower(k)) || !hasClass(lower(k), W.verb))) k--;
    return hasClass(lower(k), W.preposition) && lower(k) !== "of";
  };
  /**
   * The sentence opens with the pronoun of "his" or "her" ("She grew up ...", "Her husband, Rick, works ..."), or names
   * no one ('"They want us to pay," she said'; "Corwin, a steel maker, wants to cut pensions").
   */
  const opensWithPronoun = (sentence: number, possessive: string): boolean => {
    const range = layout.sentences[sentence];
    if (!range) return false;
    const same = possessive === "his" ? /^(?:he|his|him)$/ : /^(?:she|her)$/;
    if (same.test(lower(range.first))) return true;
    let named = false;
    let has = false;
    for (let k = range.first; k < range.last; k++) {
      if (mentions[startsAt.get(k) ?? -1]?.type === "Person") named = true;
      if (same.test(lower(k))) has = true;
    }
    return !named && (has || !/^[“"]/.test(t[range.first]?.text ?? ""));
  };
  /** The sentence opens with a person described, not named: "The bride wore ...", "The singer said". */
  const describedSubject = (sentence: number): boolean => {
    const k = layout.sentences[sentence]?.first ?? -1;
    return k >= 0 && /^(?:the|a)$/.test(lower(k)) && !t[k + 1]?.cap && (PERSON_NOUNS.test(lower(k + 1)) || isRoleNoun(lower(k + 1)));
  };
  const unwanted = pronoun === "his" ? "female" : "male";
  // Not a person named by a tie of the same pronoun: in "His wife, Hero Ahmed, ..., and his son Qubad" the "his" is not hers.
  const tiedByPronoun = (other: RawMention): boolean => {
    // (Past the name's own title: "His nephew, Prime Minister Nechirvan Barzani, and his son Masrour".)
    const first = titleFirst(other);
    const k = t[first - 1]?.text === "," ? first - 2 : first - 1;
    return tieOf(lower(k)) !== undefined && /^(?:his|her)$/.test(lower(k - 1));
  };
  const fits = (j: number, sentence: number): boolean => {
    const other = mentions[j]!;
    return other.type === "Person" && other.gender !== unwanted && t[other.firstToken]!.sentence === sentence && other.lastToken < owner
      && lower(other.firstToken) !== lower(m.firstToken) && !tiedByPronoun(other);
  };
  const here = t[tie]!.sentence;
  // (In a sentence before, a possessive before kin describes the sentence's subject: "Vikram Mehra's elder daughter,
  // Nisha Kapoor, has no role. Her husband" is Nisha Kapoor's; not in the pronoun's own sentence, "Bhuiyan's elder son
  // Tanvir ...; his younger son", nor kin of the other gender, "Jallow's wife, Fatou Jallow, and his son".)
  const firstFitting = (sentence: number): number => {
    for (let j = 0; j < i; j++) {
      if (!fits(j, sentence)) continue;
      const kinWord = lower(mentions[j]!.lastToken + (TIE_MODIFIERS.has(lower(mentions[j]!.lastToken)) ? 1 : 0));
      const kinOf = sentence < here && mentions[j]!.possessive && KIN.has(kinWord) && !(pronoun === "his" ? FEMALE_KIN : MALE_KIN).test(kinWord);
      const named = kinOf ? mentions.findIndex((o, k) => k > j && k < i && fits(k, sentence) && o.firstToken <= mentions[j]!.lastToken + 4) : -1;
      return named >= 0 ? named : j;
    }
    return -1;
  };
  // "In a statement released through her attorney Rich Nichols, Jones repeated": in an opening phrase, the
  // pronoun is the subject's that follows it.
  const subject = t[m.lastToken]?.text === "," && hasClass(lower(layout.sentences[here]!.first), W.preposition) ? startsAt.get(m.lastToken + 1) ?? -1 : -1;
  const subjectFits = subject >= 0 && mentions[subject]!.type === "Person" && mentions[subject]!.gender !== unwanted && !tiedByPronoun(mentions[subject]!);
  // "Lloris and his wife, Carmen Ferrer": the person right before "and his".
  const joined = lower(owner - 1) === "and" ? endsAt.get(owner - 1) : undefined;
  const joinedFits = joined !== undefined && fits(joined, here);
  let antecedent = joinedFits ? joined! : firstFitting(here);
  if (antecedent < 0) antecedent = subjectFits ? subject : firstFitting(here - 1);
  // (Back along a chain of sentences opened by the same pronoun: "... Denise Kowalczyk ... She grew up near the mill.
  // Her father, Stan Kowalczyk,".)
  // (Only for a sentence the pronoun opens, and a person of the pronoun's known gender: not "the Queen handing the
  // throne to her grandson" after Mrs Parker Bowles.)
  const wanted = pronoun === "his" ? "male" : "female";
  // (Or the sentence opens with the same person's pronoun: "He was 87. His death was announced by his daughter, X".)
  const chained = owner === layout.sentences[here]!.first || lower(layout.sentences[here]!.first) === pronoun;
  // (Or of no known gender when a sentence between has the subject's pronoun: "Harbhajan Singh Walia ... died on Tuesday
  // night. He was 91. His son Gurpreet", "Kowalczyk, 47, ... '...,' she said. She grew up ... Her father, Stan".)
  const subjectPronoun = pronoun === "his" ? "he" : "she";
  let saidSubject = false;
  for (let back = here - 1; chained && antecedent < 0 && back > here - 8 && back > 0 && opensWithPronoun(back, pronoun); back--) {
    const range = layout.sentences[back]!;
    saidSubject ||= t.slice(range.first, range.last).some((w) => w.lower === subjectPronoun);
    const found = firstFitting(back - 1);
    if (found >= 0 && (mentions[found]!.gender === wanted || (saidSubject && mentions[found]!.gender === undefined))) antecedent = found;
  }
  // (In the sentence before, not a preposition's object after a described subject: "The bride wore a gown by the Milan
  // designer Carla Benedetti. Her brother, Finn Calder," is the bride's brother, whom the text does not name.)
  if (antecedent >= 0 && !joinedFits && t[mentions[antecedent]!.firstToken]!.sentence !== here && objectOfPreposition(antecedent) && describedSubject(here - 1)) antecedent = -1;
  if (antecedent < 0) return undefined;
  return { type: tieType, source: i, target: { mention: antecedent }, evidence: span(owner, m.lastToken), label: layout.text.slice(t[owner + 1]!.start, t[tie]!.end) };
}
