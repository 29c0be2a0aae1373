// Relations stated of a person by a pronoun: "He joined the Shiromani Akali Dal in 1995", "She is the daughter of
// X", "He was a member of the Senate Environment Committee". News names a person once and goes on with "he" or
// "she"; the relation readers see names only, so the pronoun stands in for one, is read like a name, and its
// relations become the person's: the first person of the pronoun's gender named in the sentence before (or further
// back, past sentences that name no one or speak of the person by the same pronoun first). Pure: layout and mentions
// in, relations out.
import { relinked } from "./mentions.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention, RawRelation } from "./types.ts";

/** The words after "He"/"She" that open a relation the readers know: a verb, or a copula before a noun of one. */
const RELATION_WORDS = /^(?:joined|later|also|then|has|had|is|was|sided|belongs|belonged|married|leads|led|heads|headed|chairs|chaired|founded|co-founded|runs|remains|became)$/;
/** Nouns after a copula that state a relation ("is the nephew of", "was a member of", "is a close ally of"). */
const RELATION_NOUNS = /^(?:member|ally|critic|rival|opponent|supporter|son|daughter|father|mother|brother|sister|wife|husband|widow|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|son-in-law|daughter-in-law|brother-in-law|sister-in-law|father-in-law|mother-in-law|founder|leader|chairman|chairwoman|head)$/;

/**
 * The relations of each "He"/"She" that opens a sentence (or follows its opening phrase's comma), with the person it
 * stands for as their end; `read` is the relation readers, run over the mentions with the pronouns among them.
 */
export function pronounSubjectRelations(layout: TextLayout, mentions: readonly RawMention[], read: (ms: readonly RawMention[]) => RawRelation[]): RawRelation[] {
  const t = layout.tokens;
  const pronouns: Array<{ mention: RawMention; antecedent: number }> = [];
  // The people each sentence names, indexed once, when the first pronoun asks (most documents have none).
  let bySentence: Map<number, number[]> | undefined;
  const peopleIn = (sentence: number): readonly number[] => {
    if (!bySentence) {
      const index = new Map<number, number[]>();
      mentions.forEach((m, i) => {
        if (m.type !== "Person") return;
        const list = index.get(m.sentence) ?? [];
        list.push(i);
        index.set(m.sentence, list);
      });
      bySentence = index;
    }
    return bySentence.get(sentence) ?? [];
  };
  for (let s = 0; s < layout.sentences.length; s++) {
    const { last } = layout.sentences[s]!;
    const k = subjectAt(layout, s);
    if (k < 0 || !RELATION_WORDS.test(t[k + 1]?.lower ?? "") || !statesRelation(t, k + 1, last)) continue;
    const gender = t[k]!.lower === "he" ? "male" : "female";
    const antecedent = personBefore(layout, peopleIn, mentions, s, gender);
    if (antecedent < 0) continue;
    pronouns.push({
      antecedent,
      mention: { start: t[k]!.start, end: t[k]!.end, text: t[k]!.text, type: "Person", score: 1, rule: "pronoun", sentence: s, firstToken: k, lastToken: k + 1, possessive: false, gender },
    });
  }
  if (pronouns.length === 0) return [];
  // The mentions of the pronouns' sentences and the ones after them ("He ... . His lawyer, X,") with the pronouns among
  // them, in text order (the readers look no further); and back from that numbering to the mentions' own.
  const sentences = new Set(pronouns.flatMap((p) => [p.mention.sentence, p.mention.sentence + 1]));
  const all = [...mentions.map((m, i) => ({ m, i })).filter(({ m }) => sentences.has(m.sentence)), ...pronouns.map((p, n) => ({ m: p.mention, i: -1 - n }))]
    .sort((a, b) => a.m.start - b.m.start);
  const original = (at: number): number => {
    const i = all[at]!.i;
    return i >= 0 ? i : pronouns[-1 - i]!.antecedent;
  };
  const isPronoun = (at: number): boolean => all[at]!.i < 0;
  // (Links between mentions, a title's place or an acronym's long form, renumbered.)
  const renumber = new Map<number, number>();
  all.forEach(({ i }, at) => i >= 0 && renumber.set(i, at));
  return read(all.map(({ m, i }) => (i >= 0 ? relinked(m, renumber) : m))).flatMap((r) => {
    const target = "mention" in r.target ? r.target.mention : -1;
    if (!isPronoun(r.source) && (target < 0 || !isPronoun(target))) return [];
    const source = original(r.source);
    const to = target < 0 ? r.target : { mention: original(target) };
    return "mention" in to && to.mention === source ? [] : [{ ...r, source, target: to }];
  });
}

/** The token of "he" or "she" that is sentence s's subject ("He joined ...", "In 1995, he joined ..."), or -1. */
function subjectAt(layout: TextLayout, s: number): number {
  const t = layout.tokens;
  const { first, last } = layout.sentences[s]!;
  let k = first;
  if (!/^(?:he|she)$/.test(t[k]?.lower ?? "")) {
    while (k < Math.min(last, first + 8) && t[k]!.text !== ",") k++;
    k++;
  }
  return k < last && /^(?:he|she)$/.test(t[k]!.lower) ? k : -1;
}

/** Whether a copula or auxiliary after the pronoun leads to a noun of a relation within a few words, or a verb is one. */
function statesRelation(t: TextLayout["tokens"], k: number, last: number): boolean {
  if (!/^(?:is|was|has|had|remains|became|also|later|then)$/.test(t[k]!.lower)) return true;
  for (let j = k + 1; j < Math.min(last, k + 6); j++) if (RELATION_NOUNS.test(t[j]!.lower) || /^(?:joined|sided|married|founded|led|headed|chaired)$/.test(t[j]!.lower)) return true;
  return false;
}

/**
 * The first person of the gender (or of none known) named in the sentence before sentence s, or further back past
 * sentences that name no person or speak of one by the same pronoun first ("Within his own party he was a rival of
 * Dermot Kiely. ... He married Bridget Walsh": not Kiely); -1 when none within eight sentences.
 */
function personBefore(layout: TextLayout, peopleIn: (sentence: number) => readonly number[], mentions: readonly RawMention[], s: number, gender: "male" | "female"): number {
  const t = layout.tokens;
  const same = gender === "male" ? /^(?:he|his|him)$/ : /^(?:she|her)$/;
  for (let back = s - 1; back >= Math.max(0, s - 8); back--) {
    const people = peopleIn(back);
    const { first, last } = layout.sentences[back]!;
    // (Or whose subject is the pronoun, after an opening phrase too: "A loyal supporter of Albert Reynolds, he was".)
    const subject = subjectAt(layout, back);
    if (subject >= 0 && same.test(t[subject]!.lower)) continue;
    let pronoun = first;
    while (pronoun < last && !same.test(t[pronoun]!.lower)) pronoun++;
    if (pronoun < last && (people.length === 0 || t[pronoun]!.start < mentions[people[0]!]!.start)) continue;
    const fitting = people.find((i) => mentions[i]!.gender === undefined || mentions[i]!.gender === gender);
    if (fitting !== undefined) return fitting;
    if (people.length > 0) return -1;
  }
  return -1;
}
