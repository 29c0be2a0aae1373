// US news names a lawmaker's party by a letter and the state after the name: "Rep. Matt Gaetz (R-Fla.)",
// "Sen. Ted Cruz, R-Texas,", or by its adjective before the seat: "Republican Senator Susan Collins". The letter
// (or the adjective) becomes a mention of the party (its canonical name, so it joins
// "Republicans" and "the GOP"), and relations.ts reads the membership. "I-Vt." names no party.
// Pure: layout and mentions in, the party mentions out.
import { relinked } from "./mentions.ts";
import { titleStart } from "./ties.ts";
import { isPartySeat } from "./titles.ts";
import { STATES } from "./us-states.ts";
import type { TextLayout } from "./tokens.ts";
import type { Span } from "../types/index.ts";
import type { RawMention } from "./types.ts";

const PARTIES: Readonly<Record<string, string>> = { R: "Republican Party", D: "Democratic Party" };
/** Titles whose holder the tag's state elected: "Sen. Marisol Arce, D-N.M." is New Mexico's senator. */
const STATE_SEATS = /^(?:sen|senator|rep|representative|congressman|congresswoman|del|delegate)$/;

/**
 * The state of a lawmaker's tag after the name ("Sen. Ray Tolliver, I-Maine", "Rep. Maria Delgado (D-Calif.)"), when the
 * person's title is a seat the state elects: its token index and the state's name; else undefined.
 */
export function stateOfTag(layout: TextLayout, person: RawMention): { token: number; state: string; words: Span } | undefined {
  const head = person.title?.label.toLowerCase().split(/\s+/).pop()!.replace(/\.$/, "");
  if (head === undefined || !STATE_SEATS.test(head)) return undefined;
  const k = tagAfter(layout, person);
  const state = k < 0 ? undefined : STATES.get(layout.tokens[k]!.text.slice(2));
  // The state's words are the tag's past its letter and hyphen: "Calif." of "D-Calif.".
  return state === undefined ? undefined : { token: k, state, words: { start: layout.tokens[k]!.start + 2, end: layout.tokens[k]!.end } };
}
/** "R-Fla.", "D-N.Y.", "R-Texas": a party letter, a hyphen and a state's name or abbreviation. */
const LETTER_AND_STATE = /^([RD])-\p{Lu}[\p{L}.]*$/u;

/** The token index of a party letter right after a person's name, in brackets or between commas, or -1. */
export function partyLetterAfter(layout: TextLayout, person: RawMention): number {
  const k = tagAfter(layout, person);
  return k >= 0 && LETTER_AND_STATE.test(layout.tokens[k]!.text) ? k : -1;
}

/** The token index of a tag of party letter (or "I", independent) and state right after a name, framed, or -1. */
function tagAfter(layout: TextLayout, person: RawMention): number {
  const t = layout.tokens;
  const k = person.lastToken + 1;
  const open = t[person.lastToken]?.text;
  const close = t[k + 1]?.text;
  const framed = (open === "(" && close === ")") || (open === "," && (close === "," || close === "." || close === ";"));
  return framed && t[k]!.sentence === person.sentence && TAG.test(t[k]!.text) ? k : -1;
}
const TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/**
 * The token index of a party's adjective before a person's seat or party post, or -1: "Republican Senator Susan
 * Collins", "Democratic state Rep. Carla Mendes".
 */
export function partyWordBefore(layout: TextLayout, person: RawMention): number {
  if (person.type !== "Person") return -1;
  const t = layout.tokens;
  let k = person.firstToken - 1;
  // (Only a title: "Democratic candidate Hillary Clinton's" is left as it is.)
  if (!person.title) return -1;
  const seat = person.title.label;
  while (k > 0 && t[k]!.start >= person.title.start) k--;
  if (t[k]?.lower === "state" && !t[k]!.cap) k--;
  return isPartySeat(seat) && PARTY_WORDS.test(t[k]?.text ?? "") && t[k]!.sentence === person.sentence ? k : -1;
}
const PARTY_WORDS = /^(?:Republican|Democratic|Democrat)$/;

/**
 * The token index of "Democrat" or "Republican" in an apposition after a person's name, or -1: "Sen. Susan Collins, a
 * Republican, said", "Hughes, a Milwaukee Democrat,", "Whitcombe, a flinty Republican"; or of the adjective before a
 * role: "Martin Sheehan, the Democratic former governor of Vermont", "Tanya Brooks, the Democratic nominee". (Its mention
 * is the party's; affiliations.ts reads "a Republican" as of any party so named, relations.ts the rest.)
 */
export function partyNounAfter(layout: TextLayout, person: RawMention): number {
  if (person.type !== "Person") return -1;
  const t = layout.tokens;
  const k = pastBracket(layout, person);
  if (t[k]?.text !== "," || !/^(?:a|an|the)$/.test(t[k + 1]?.lower ?? "")) return -1;
  for (let w = k + 2; w < k + 5 && t[w]?.word && t[w]!.sentence === person.sentence; w++) {
    // The noun ends the apposition; the adjective opens a role after it.
    if (/^(?:Republican|Democrat)$/.test(t[w]!.text) && /^(?:,|\.|;|from|who|and)$/.test(t[w + 1]?.lower ?? "")) return w;
    if (/^(?:Republican|Democratic)$/.test(t[w]!.text) && t[w + 1]?.word && !t[w + 1]!.cap && (isPartySeat(t[w + 1]!.lower) || ROLES_OF_PARTY.test(t[w + 1]!.lower))) return w;
    if (PARTY_WORDS.test(t[w]!.text)) return -1;
  }
  return -1;
}
/** What a party's adjective before a role makes its member: "the Democratic nominee", "the Republican former governor". */
const ROLES_OF_PARTY = /^(?:nominee|candidate|challenger|incumbent|former|frontrunner|front-runner|hopeful)$/;

/**
 * The token index of "Democrat", "Republican" or "Democratic" in a description opening the sentence before a person's
 * name, or -1: "The ranking Democrat, Sen. Luis Ortega,", "Her Republican opponent, former Rep. Wade Ellis".
 */
export function partyNounBefore(layout: TextLayout, person: RawMention): number {
  if (person.type !== "Person") return -1;
  const t = layout.tokens;
  let k = titleStart(t, person) - 1;
  // (Past "former", which belongs to the title: "former Rep. Wade Ellis".)
  if (/^(?:former|then)$/.test(t[k]?.lower ?? "")) k--;
  if (t[k]?.text !== ",") return -1;
  let opener = k - 1;
  while (opener > k - 5 && opener > 0 && t[opener]!.word && !DESCRIPTION_OPENERS.test(t[opener]!.text)) opener--;
  const first = layout.sentences[person.sentence]?.first;
  if (!DESCRIPTION_OPENERS.test(t[opener]?.text ?? "") || opener !== first) return -1;
  for (let w = opener + 1; w < k; w++) if (PARTY_WORDS.test(t[w]!.text)) return w;
  return -1;
}
const DESCRIPTION_OPENERS = /^(?:The|Her|His|Their|A|An)$/;

/**
 * The mentions with a party mention for the letter after each person's name that has one, in text order
 * (a mention the recogniser made of "R-Fla." gives way; links between mentions are renumbered).
 */
export function withPartyLetters(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const parties = partyLetterMentions(layout, mentions);
  if (parties.length === 0) return [...mentions];
  const covers = (m: RawMention): boolean => parties.some((p) => m.firstToken <= p.firstToken && p.firstToken < m.lastToken);
  const kept = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !covers(m));
  const all = [...kept, ...parties.map((m) => ({ m, i: -1 }))].sort((a, b) => a.m.start - b.m.start);
  const renumber = new Map<number, number>();
  all.forEach(({ i }, at) => i >= 0 && renumber.set(i, at));
  return all.map(({ m, i }) => (i >= 0 ? relinked(m, renumber) : m));
}

/**
 * The token after a name and its bracket or age, if any: "Rep. Patrick McHenry (R-N.C.), a close ally of" and
 * "Paetongtarn Shinawatra, 37, the daughter of" go on at the last comma.
 */
export function pastBracket(layout: TextLayout, m: RawMention): number {
  const t = layout.tokens;
  const k = m.lastToken;
  // (Only before an apposition's article: not "West, 26, began rapping as a teenager at his Chicago school".)
  if (t[k]?.text === "," && /^\d{1,3}$/.test(t[k + 1]?.text ?? "") && t[k + 2]?.text === "," && /^(?:a|an|the)$/.test(t[k + 3]?.lower ?? "") && t[k + 2]!.sentence === m.sentence) return k + 2;
  return t[k]?.text === "(" && t[k + 2]?.text === ")" && t[k + 3]?.text === "," && t[k + 1]!.sentence === m.sentence ? k + 3 : k;
}

/** A party mention for the letter after each person's name that has one. */
function partyLetterMentions(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const covered = (k: number): boolean => mentions.some((m) => m.firstToken <= k && k < m.lastToken);
  for (const m of mentions) {
    if (m.type !== "Person") continue;
    for (const word of [partyWordBefore(layout, m), partyNounAfter(layout, m), partyNounBefore(layout, m)]) {
      if (word < 0 || covered(word)) continue;
      const token = layout.tokens[word]!;
      out.push({
        start: token.start, end: token.end, text: token.text, type: "Group", kind: "party", canonical: PARTIES[token.text[0]!]!, score: 3,
        rule: "party-word", sentence: m.sentence, firstToken: word, lastToken: word + 1, possessive: false,
      });
    }
    const k = partyLetterAfter(layout, m);
    if (k < 0) continue;
    const token = layout.tokens[k]!;
    const letter = token.text[0]!;
    out.push({
      start: token.start, end: token.start + 1, text: letter, type: "Group", kind: "party", canonical: PARTIES[letter]!, score: 3,
      rule: "party-letter", sentence: m.sentence, firstToken: k, lastToken: k + 1, possessive: false,
    });
  }
  return out;
}
