// The statistical recogniser's spans joined with the rule-based mentions. The perceptron NER finds
// names the word lists never heard of; the rules know what it cannot: titles and demonyms around a
// name, curated names and kinds ("Daesh" = Islamic State, a group), lower-case institutions ("the
// Iraqi government"), datelines and defined acronyms. So: where both see a name, the rules' mention
// (boundaries, title, kind, canonical name) is kept, and their type wins when they are sure (score
// ≥ 2); a name only the NER sees becomes a mention of its own; a name only the rules see is kept when
// it is reliable (a curated list, an institution, a title, a known country or city).
import type { NerLabel, NerSpan } from "./ner/index.ts";
import type { EntityType } from "../types/index.ts";
import { foldName, relinked } from "./mentions.ts";
import { lookupGazetteer } from "./gazetteer.ts";
import { NON_ENTITY_ACRONYMS, orgHeadKind, placeHeadKind } from "./heads.ts";
import { hasClass, KNOWN_SURNAMES, W, looksCommon, wordClass } from "./lexicon.ts";
import { givenNameDemonym, isDemonym, isRoleNoun, isSurnameTitle, isTitleHead, isTitleModifier } from "./titles.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention } from "./types.ts";
import { nameStatesAfterTowns } from "./us-states.ts";
import { joinsTwoPlaces, placesInLists } from "./list-places.ts";

const TYPE_OF: Partial<Record<NerLabel, EntityType>> = { PER: "Person", ORG: "Group", LOC: "Place" };
/** NER spans below this confidence only count when the rules or the document back them. */
const MIN_SCORE = 0.5;
/** Rule mentions kept without the NER: curated, structural or lexicon-certain. */
const RELIABLE_ALONE = new Set(["gazetteer", "institution", "title", "apposition", "role-before", "kin-of", "dateline", "acronym-defined", "org-head", "place-head", "lexicon", "same-name", "surname", "group-apposition", "role-owner", "town-list", "demonym-person"]);
const LEADING_WORDS = new Set(["the", "a", "an"]);

/** Index of the layout token covering offset `at` (tokens are sorted and disjoint). */
function tokenAt(layout: TextLayout, at: number): number {
  const t = layout.tokens;
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (t[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Cuts titles, determiners and demonyms off the front of a span ("Defense Secretary Jim Mattis" → "Jim Mattis"). */
function trimFront(layout: TextLayout, span: NerSpan, type: EntityType): { start: number; first: number } | null {
  const t = layout.tokens;
  let k = tokenAt(layout, span.start);
  const last = tokenAt(layout, span.end - 1);
  let titled = false;
  while (k < last) {
    const lower = t[k]!.lower.replace(/\.$/, "");
    const title = type === "Person" && (isTitleHead(lower) || isTitleModifier(lower));
    // "Christian Lindner" keeps its given name; "Christian Aid" is no person's.
    const demonym = isDemonym(lower) && type === "Person" && !(givenNameDemonym(lower) && k + 1 === last && !(wordClass(t[last]!.lower) & W.common));
    // "Without Charles, it is hard to imagine": a sentence's capitalised preposition or conjunction opens no name.
    const opener = k === layout.sentences[t[k]!.sentence]!.first && hasClass(lower, W.preposition | W.conjunction) && !hasClass(lower, W.firstName | W.lastName);
    if (!(LEADING_WORDS.has(lower) || title || t[k]!.text === "." || demonym || opener)) break;
    if (title) titled = true;
    k++;
  }
  if (titled && t[k]?.text === ".") k++;
  return k <= last ? { start: Math.max(span.start, t[k]!.start), first: k } : null;
}

/**
 * Cuts a title off the end: "Labour MP" → "Labour", "Ealing North MP" → "Ealing North"; not a body's field after "of"
 * or "for" ("Department of Justice", "Ministry of Justice").
 */
function trimBack(layout: TextLayout, first: number, span: NerSpan, type: EntityType): { end: number; last: number } | null {
  let k = tokenAt(layout, span.end - 1);
  // (A person's surname that heads titles too: "Amrita Sen", "John Major".)
  const tok = layout.tokens[k]!;
  if (type === "Person" && k > first && tok.cap && isSurnameTitle(tok.lower) && layout.tokens[k + 1]?.text !== ".") return { end: Math.min(span.end, tok.end), last: k + 1 };
  while (k > first && isTitleHead(layout.tokens[k]!.lower.replace(/\.$/, "")) && !/^(?:of|for)$/.test(layout.tokens[k - 1]!.lower)) k--;
  return k >= first ? { end: Math.min(span.end, layout.tokens[k]!.end), last: k + 1 } : null;
}

function fromNer(layout: TextLayout, span: NerSpan, type: EntityType): RawMention | null {
  const front = trimFront(layout, span, type);
  if (!front) return null;
  // "Local MP Sarah Jones": a title's modifier alone is no body's name (but "Labour MP", a party the gazetteer knows).
  const only = layout.tokens[front.first]!;
  if (type !== "Person" && only.end >= span.end && isTitleModifier(only.lower) && isTitleHead(layout.tokens[front.first + 1]?.lower ?? "")
    && !lookupGazetteer(only.text) && !(wordClass(only.lower) & (W.country | W.city | W.region | W.place | W.org))) return null;
  let back = trimBack(layout, front.first, span, type);
  if (!back) return null;
  // "the New York Democrat", "a Texas Republican": a party's member by the state they stand for; the state is the name.
  // (Not "Liberal Democrat": the words before must be a place's name.)
  if (type === "Group" && back.last - front.first >= 2 && /^(?:Democrat|Republican)$/.test(layout.tokens[back.last - 1]!.text)) {
    const state = { end: layout.tokens[back.last - 2]!.end, last: back.last - 1 };
    if (wordClass(layout.text.slice(front.start, state.end).toLowerCase()) & (W.country | W.city | W.region | W.place)) [back, type] = [state, "Place"];
  }
  const text = layout.text.slice(front.start, back.end);
  if (!/\p{Lu}/u.test(text) || text.length < 2) return null;
  // "E. coli", "S. aureus": a genus's initial before a species in lower case names no one.
  if (/^\p{Lu}\.$/u.test(text) && /^[a-z]{3,}$/.test(layout.tokens[back.last]?.text ?? "")) return null;
  const lastToken = back.last;
  const tail = layout.text.slice(back.end, back.end + 2);
  const words = text.split(/\s+/);
  // "Kurds", "Iraqi", "Shiite": peoples and adjectives of origin are not entities here.
  if (words.every((w) => isDemonym(w.toLowerCase().replace(/[’']s?$/, "")))) return null;
  return {
    start: front.start,
    end: back.end,
    text,
    type,
    score: (span.score ?? 1) >= 0.8 ? 2 : 1,
    rule: "ner",
    sentence: layout.tokens[front.first]!.sentence,
    firstToken: front.first,
    lastToken,
    possessive: /^['’]s/.test(tail) || (/^['’]/.test(tail) && text.endsWith("s")),
  };
}

/** The capitalised words no mention covers, in order, each with its text short of a possessive "'s". */
function* freeCapitalisedWords(layout: TextLayout, mentions: readonly RawMention[]) {
  const t = layout.tokens;
  const taken = new Uint8Array(t.length);
  for (const m of mentions) taken.fill(1, m.firstToken, m.lastToken);
  for (let k = 0; k < t.length; k++) {
    const tok = t[k]!;
    if (taken[k] || !tok.word || !tok.cap) continue;
    const possessive = /['’]s$/.test(tok.text);
    yield { k, tok, text: possessive ? tok.text.slice(0, -2) : tok.text, possessive };
  }
}

/**
 * "Amiri told supporters" after "Hadi al-Amiri": a capitalised word no recogniser took, after a person named in
 * full whose surname it is (without "al-"), is that person's mention. Not a word this document also writes in
 * lower case, nor a title word.
 */
function surnamesAlone(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const t = layout.tokens;
  const firstBySurname = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== "Person" || m.lastToken - m.firstToken < 2) continue;
    const last = foldName(m.text).split(" ").pop()!;
    if (last.length >= 3 && !firstBySurname.has(last)) firstBySurname.set(last, m.lastToken);
  }
  if (firstBySurname.size === 0) return [];
  const out: RawMention[] = [];
  for (const { k, tok, text, possessive } of freeCapitalisedWords(layout, mentions)) {
    if (tok.upper) continue;
    const key = foldName(text).replace(/^(?:al|el) /, "");
    const after = firstBySurname.get(key);
    if (after === undefined || after > k || layout.lowerWords.has(key) || isTitleHead(key) || isTitleModifier(key)) continue;
    if (t[k + 1]?.cap && t[k + 1]!.word) continue; // part of another name the recognisers left: "Amiri Baraka"
    out.push({ start: tok.start, end: tok.start + text.length, text, type: "Person", score: 2, rule: "surname", sentence: tok.sentence, firstToken: k, lastToken: k + 1, possessive });
  }
  return out;
}

/**
 * A lower-case noun, or a word the lexicon does not know, that is no verb, preposition or conjunction: a description
 * beside a name ("watchdog", "rock band", "ministers").
 */
function isDescriptionNoun(lower: string): boolean {
  const bits = wordClass(lower);
  return (bits === 0 || (bits & W.noun) !== 0) && (bits & (W.verb | W.preposition | W.conjunction)) === 0;
}

/**
 * "But Parry, speaking to BBC Sport, admits": a one-word name the document gives a person or group at least twice
 * elsewhere is that name wherever else it stands alone, before its first recognised mention too (the NER saw
 * "Parry" six times of twelve). Not a word the document also writes in lower case, nor one beside another capital.
 */
function singleNamesElsewhere(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const t = layout.tokens;
  const seen = new Map<string, { model: RawMention; count: number }>();
  for (const m of mentions) {
    if ((m.type !== "Person" && m.type !== "Group") || m.lastToken - m.firstToken !== 1) continue;
    const v = seen.get(m.text) ?? { model: m, count: 0 };
    v.count++;
    seen.set(m.text, v);
  }
  const names = new Map([...seen].filter(([text, v]) => v.count >= 2 && !layout.lowerWords.has(text.toLowerCase())));
  if (names.size === 0) return [];
  const out: RawMention[] = [];
  for (const { k, tok, text, possessive } of freeCapitalisedWords(layout, mentions)) {
    const name = names.get(text);
    if (!name) continue;
    const capitalNear = (j: number) => t[j]?.word === true && t[j]!.cap && t[j]!.sentence === tok.sentence;
    // ("But Parry": a capitalised conjunction or preposition opening the sentence is no part of the name; "Air Deccan" is.)
    const opener = layout.sentences[tok.sentence]!.first === k - 1 && hasClass(t[k - 1]!.lower, W.conjunction | W.preposition);
    if (capitalNear(k + 1) || (capitalNear(k - 1) && !opener)) continue;
    // Not part of a longer name or phrase: "50 Cent", "watchdog Ofcom" and "rock band Korn" (a description the
    // speaker phrase keeps whole), "Jonesboro ministers" (a modifier).
    const prev = t[k - 1];
    const next = t[k + 1];
    if (prev && prev.sentence === tok.sentence && (/^\d/.test(prev.text) || (prev.word && !prev.cap && isDescriptionNoun(prev.lower)))) continue;
    if (next && next.sentence === tok.sentence && next.word && !next.cap && !possessive && isDescriptionNoun(next.lower)) continue;
    const { model } = name;
    const m: RawMention = { start: tok.start, end: tok.start + text.length, text, type: model.type, score: 1, rule: "same-name", sentence: tok.sentence, firstToken: k, lastToken: k + 1, possessive };
    if (model.kind) m.kind = model.kind;
    if (model.gender) m.gender = model.gender;
    out.push(m);
  }
  return out;
}

/**
 * One capitalised word that is an ordinary word capitalised by position: "All", "Control". `midSentence`
 * holds the words the NER named where no position capitalises them ("said Arsenal lacked"): those are names.
 */
function commonWord(layout: TextLayout, m: RawMention, midSentence: ReadonlySet<string> = new Set()): boolean {
  if (m.lastToken - m.firstToken !== 1) return false;
  const lower = layout.tokens[m.firstToken]!.lower.replace(/\.$/, "").replace(/['’]s$/, "");
  if (isTitleHead(lower) || isTitleModifier(lower)) return true; // "Defense" in "Defense Secretary"
  // "Government", "Cabinet", "Media": a head word, or a word this document also writes in lower case.
  if (orgHeadKind(lower) || placeHeadKind(lower) || layout.lowerWords.has(lower)) return true;
  // A capital inside the word is never position's: "PlayStation", "EastEnders".
  if (/^[A-Z][a-z]+[A-Z]/.test(layout.tokens[m.firstToken]!.text) || midSentence.has(lower)) return false;
  const bits = wordClass(lower);
  return (bits & W.common) !== 0 || (looksCommon(lower, layout.lowerWords) && !(bits & (W.firstName | W.lastName | W.person | W.country | W.city | W.region | W.place | W.org)));
}

/**
 * Nouns the NER takes for a group (once surely), capitalised at least twice after a word of the same body sentence:
 * "said Arsenal lacked", "at Arsenal's Bukayo Saka". Not adjectives ("a Conservative candidate"), nor once.
 */
function namesMidSentence(layout: TextLayout, added: readonly RawMention[]): Set<string> {
  const seen = new Map<string, { count: number; sure: boolean }>();
  for (const m of added) {
    const before = layout.tokens[m.firstToken - 1];
    if (m.lastToken - m.firstToken !== 1 || m.type !== "Group" || isHeadingSentence(layout, m.sentence)) continue;
    if (!(before?.word && before.sentence === m.sentence && /^\p{Ll}/u.test(before.text))) continue;
    // Not after "the" ("the Bill", "the Poll" are capitalised things), unless an acronym: "the SEC".
    if (before.lower === "the" && !/^\p{Lu}{2,}$/u.test(layout.tokens[m.firstToken]!.text)) continue;
    const lower = layout.tokens[m.firstToken]!.lower.replace(/['’]s$/, "");
    if (wordClass(lower) & (W.adjective | W.verb) || /(?:ive|ous|ful|ic|ary|able|ible)$/.test(lower)) continue;
    const was = seen.get(lower) ?? { count: 0, sure: false };
    seen.set(lower, { count: was.count + 1, sure: was.sure || m.score >= 2 });
  }
  return new Set([...seen].filter(([, n]) => n.count >= 2 && n.sure).map(([word]) => word));
}

function isHeadingSentence(layout: TextLayout, sentence: number): boolean {
  return layout.lines[layout.sentences[sentence]!.line]?.heading ?? false;
}

/** Spans joined from two the NER tagged as persons ("Hero" "Ibrahim Ahmed"): each word of them is a name. */
const TWO_PERSONS = new WeakSet<NerSpan>();

/** "Line of Control in"(ORG): a span ending in a lower-case function word ends before it. */
function trimTrailingWords(span: NerSpan): NerSpan {
  const m = /(?:\s+(?:in|of|for|and|the|at|on|to|by))+$/.exec(span.text);
  return m ? { ...span, end: span.end - m[0].length, text: span.text.slice(0, -m[0].length) } : span;
}

/** Lower-case particles between a given name and a family name: "Nick Van den Brul", "Rafael van der Vaart". */
const NAME_PARTICLES_AFTER = /^ (?:(?:van|von|de|den|der|da|di|du|del|della|la|le|ter|ten|dos|das) ){1,2}\p{Lu}[\p{L}'’-]+/u;

/** "Nick Van"(PER) "den Brul": a person's span runs on over particles to the family name after them; spans inside it go. */
function extendOverParticles(text: string, spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    // "St."(LOC) before "Louis-based": a saint's abbreviation alone is the start of the name after it.
    const m = span.label === "PER" ? NAME_PARTICLES_AFTER.exec(text.slice(span.end, span.end + 40))
      : /^St\.?$/.test(span.text) ? /^ \p{Lu}\p{Ll}+/u.exec(text.slice(span.end, span.end + 40)) : null;
    out.push(m ? { ...span, end: span.end + m[0].length, text: text.slice(span.start, span.end + m[0].length) } : span);
  }
  return out;
}

/** What may stand between two halves of a French, Spanish or Italian name: " du ", " de la " (or one space after "Stade de"). */
const ROMANCE_PARTICLE = /^ (?:du|de|des|de la|del|della|di|do|da|dos|das) $/;

/**
 * Whether `name` stands alone somewhere in `text`: after no capitalised word but a title ("Musk said", "said Mr Musk"),
 * so not only inside a longer name ("Elon Musk", "Deutsche Boerse").
 */
function namedAlone(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))) {
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index!))?.[1] ?? "";
    // (Not after an article: "the Boerse" is a body's name.)
    if ((!/^\p{Lu}/u.test(before) && !/^(?:the|a|an)$/i.test(before)) || /^(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$/.test(before)) return true;
  }
  return false;
}

/**
 * "Taylor"(ORG) "Swift"(PER): a known first name tagged apart from the person name right after it
 * (one space between) is the start of that name; so is "Elon"(ORG) before "Musk"(PER) when "Musk" also stands
 * alone. And "Gare"(LOC) "du" "Nord"(LOC): two halves of a place's or a body's name over a Romance particle.
 */
function joinSplitNames(text: string, spans: readonly NerSpan[], personSpans: ReadonlySet<string> = new Set()): NerSpan[] {
  const out: NerSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    // Or any one word before a surname with an Arabic particle: "Rakan"(LOC) "al-Jubouri"(PER).
    // And two persons the NER tagged side by side, one space between: "Hero"(PER) "Ibrahim Ahmed"(PER).
    // A word no list knows, no acronym, right before a one-word surname the document names alone too: "Elon"(ORG)
    // "Musk"(PER), "Musk said"; "Pep"(ORG) "Guardiola"(PER), "Guardiola declined".
    // (Read only for two spans side by side, the second a person's: namedAlone scans the text.)
    const sideBySide = b !== undefined && b.label === "PER" && b.start === a.end + 1 && text[a.end] === " " && !/\s/.test(a.text);
    const givenBeforeSurname = sideBySide && a.label !== "PER" && wordClass(a.text.toLowerCase()) === 0 && /^\p{Lu}\p{Ll}+$/u.test(a.text) && !lookupGazetteer(a.text) && !isDemonym(a.text.toLowerCase())
      && !isTitleHead(a.text.toLowerCase()) && !isTitleModifier(a.text.toLowerCase()) && !/(?:ian|ist|ive|ese|ish|al|less|ful|ous|ing|ed)$/.test(a.text) && !/\s/.test(b.text) && namedAlone(text, b.text);
    if (b && sideBySide
      && (a.label === "PER" || wordClass(a.text.toLowerCase()) & (W.firstName | W.person) || /^(?:al|el|bin|ibn|abu|abd)-/.test(b.text)
        || givenBeforeSurname
        // Or the two words the rules read as one person's name: "Amira"(ORG) "Khan"(PER).
        || personSpans.has(`${a.start}-${b.end}`))) {
      // (Sure as the surname is when the word before it was no person's: "Lleyton"(ORG, weak) "Hewitt"(PER); and sure
      // enough to keep when the document names that surname alone too: "Pep Guardiola".)
      const score = a.label === "PER" ? Math.min(a.score ?? 1, b.score ?? 1) : givenBeforeSurname ? Math.max(b.score ?? 1, MIN_SCORE) : b.score;
      const joined = { ...b, start: a.start, text: text.slice(a.start, b.end), score };
      if (a.label === "PER") TWO_PERSONS.add(joined);
      out.push(joined);
      i++;
    } else if (b && a.label === "PER" && b.label === "PER" && !/\s/.test(a.text) && /^ (?:(?:van|von|ten|ter|de|den|der) ){1,2}$/.test(text.slice(a.end, b.start))) {
      // "Erik"(PER) "ten" "Hag"(PER): one Dutch or German name over its particle.
      out.push({ ...b, start: a.start, text: text.slice(a.start, b.end), score: Math.min(a.score ?? 1, b.score ?? 1) });
      i++;
    } else if (b && a.label !== "PER" && b.label !== "PER" && a.label !== "MISC" && b.label !== "MISC" && /^\p{Lu}/u.test(b.text)
      && (ROMANCE_PARTICLE.test(text.slice(a.end, b.start)) || (text.slice(a.end, b.start) === " " && /\s(?:du|de|des|del|della|di|da)$/.test(a.text)))) {
      // "Gare"(LOC) "du" "Nord"(LOC), "Stade de"(LOC) "France"(LOC): a place's or a body's name over a Romance particle.
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), score: Math.min(a.score ?? 1, b.score ?? 1) });
      i++;
    } else {
      // "Amrita"(PER) "Sen": a surname that heads titles too ("Sen.", "King", "Major"), left untagged after a given name.
      const surname = a.label === "PER" && !/\s/.test(a.text) ? /^ (\p{Lu}\p{Ll}+)(?![\p{L}.])/u.exec(text.slice(a.end, a.end + 16)) : null;
      if (surname && isSurnameTitle(surname[1]!.toLowerCase()) && (!b || b.start > a.end + surname[0].length)) {
        // (The title the surname reads as is what made the NER unsure: sure enough to keep.)
        out.push({ ...a, end: a.end + surname[0].length, text: text.slice(a.start, a.end + surname[0].length), score: Math.max(a.score ?? 1, MIN_SCORE) });
      } else out.push(a);
    }
  }
  return out;
}

/**
 * "José Luis Martínez-Almeida", "Rod Stewart": where the NER's person ends with the rules' one and
 * starts up to two known first names earlier, the rules' mention takes them ("Tory Liam Fox" stays Liam Fox).
 */
function extendFirstNames(layout: TextLayout, m: RawMention, span: NerSpan): void {
  if (m.type !== "Person" || span.end !== m.end || span.start >= m.start || m.title) return;
  const t = layout.tokens;
  const first = tokenAt(layout, span.start);
  if (t[first]!.start !== span.start || first >= m.firstToken || m.firstToken - first > 2) return;
  for (let k = first; k < m.firstToken; k++) {
    const lower = t[k]!.lower.replace(/\.$/, "");
    // A known first name, or an unknown word with a letter beyond ASCII ("José"; not "Treasurer", "Tory");
    // never a demonym ("Scot") or a title.
    // Or, where the NER is sure of the span, an unknown word not shaped like a role ("Saadi Ahmed Pira").
    const bits = wordClass(lower);
    const unknownName = bits === 0 && (span.score ?? 1) >= 0.7 && !isRoleNoun(lower) && !/(?:er|or|ist|ian|ese|ish)$/.test(lower)
      && lookupGazetteer(t[k]!.text) === undefined; // not "Tory Dominic Grieve"
    const firstName = (bits & W.firstName) !== 0 || (bits === 0 && /[^\u0000-\u007f]/.test(lower)) || unknownName
      || (TWO_PERSONS.has(span) && k !== layout.sentences[t[k]!.sentence]!.first && !/(?:er|or|ist|ed|ing)$/.test(lower)); // not "Broadcaster Chris Evans"
    if (!t[k]!.word || !t[k]!.cap || !firstName || isDemonym(lower) || isTitleHead(lower) || isTitleModifier(lower) || t[k]!.sentence !== m.sentence) return;
  }
  m.start = span.start;
  m.firstToken = first;
  m.text = layout.text.slice(m.start, m.end);
}

/**
 * Rule mentions and NER spans of one document → one mention list in text order. `aliasOf` and
 * `title.of` indices are renumbered; links to dropped mentions are removed.
 */
/** Last words of events, awards and works that end no person's name (unlike "Day" or "Bill" of EVENT_HEADS: "Doris Day"). */
const NO_PERSON_HEADS = /^(?:awards?|prizes?|cup|trophy|festival|tour|show|liga|league|olympics|championships?|plan|treaty|accord|declaration|convention|protocol|summit|referendum|marathon|prix)$/;

/** Place head words that are common surnames too ("Stephen Cape", "Hannah Ward", "Nick Cave", "Damon Hill"). */
const SURNAME_PLACE_HEADS = /^(?:cape|ward|cave|hill|wood|woods|field|fields|brook|brooks|marsh|heath|moore)$/;

export function mergeNerMentions(layout: TextLayout, rules: readonly RawMention[], nerSpans: readonly NerSpan[]): RawMention[] {
  // (Two words, a surname the lexicon knows last: "Amira Khan", not "Alfa Romeo" nor "Apple Computer".)
  const personSpans = new Set(rules.filter((m) => m.type === "Person" && /^\S+ \S+$/.test(m.text) && wordClass(m.text.split(" ")[1]!.toLowerCase()) & W.lastName
    && !(wordClass(m.text.split(" ")[0]!.toLowerCase()) & (W.org | W.country | W.city | W.region | W.place))).map((m) => `${m.start}-${m.end}`));
  const spans = extendOverParticles(layout.text, joinSplitNames(layout.text, nerSpans, personSpans).map(trimTrailingWords));
  const kept = new Set<RawMention>();
  const overlapped = new Set<RawMention>();
  const added: RawMention[] = [];
  // Rule mentions sorted by start, to find overlaps by a forward scan.
  const byStart = rules.slice().sort((a, b) => a.start - b.start);
  let from = 0;
  for (const span of spans) {
    const type = TYPE_OF[span.label];
    while (from < byStart.length && byStart[from]!.end <= span.start) from++;
    const overlaps: RawMention[] = [];
    for (let i = from; i < byStart.length && byStart[i]!.start < span.end; i++) if (byStart[i]!.end > span.start) overlaps.push(byStart[i]!);
    if (!type) {
      // MISC: demonyms, nationalities, events; but not a name the rules read between commas after kin or a role
      // ("Her daughter, Rhian, said"), which the NER may take for a nationality.
      for (const m of overlaps) if (m.type === "Person" && m.score >= 2 && m.start === span.start && m.end === span.end && /^(?:apposition|age)$/.test(m.rule)) kept.add(m);
      // (Nor, where the NER is unsure of it, a name its sentence types: "served as mayor of Fresnillo".)
      if ((span.score ?? 1) < MIN_SCORE) for (const m of overlaps) if (m.score >= 2 && m.start === span.start && m.end === span.end) kept.add(m);
      continue;
    }
    // "AI", "DVD", "TV": acronyms the rules know name no entity, whatever the NER thinks.
    if (NON_ENTITY_ACRONYMS.has(span.text.replace(/\./g, "")) || joinsTwoPlaces(span.text)) continue;
    for (const m of overlaps) overlapped.add(m);
    const sure = overlaps.filter((m) => m.score >= 2);
    if (sure.length > 0) {
      for (const m of sure) {
        if (type === "Person") extendFirstNames(layout, m, span);
        // "Stephen Cape", "Hannah Ward": a given name, then a place's head word that is a common surname too, which the NER
        // reads as a person's, is a person (not "Ellis Island", "Alex Theater").
        if (type === "Person" && m.type === "Place" && m.rule === "place-head" && m.start === span.start && m.end === span.end && /^\S+ \S+$/.test(m.text)
          && SURNAME_PLACE_HEADS.test(m.text.split(" ")[1]!.toLowerCase())
          && wordClass(m.text.split(" ")[0]!.toLowerCase()) & W.firstName && !(wordClass(m.text.split(" ")[0]!.toLowerCase()) & (W.place | W.city | W.region | W.country))) {
          m.type = "Person";
          delete m.kind;
          m.rule = "ner";
        }
        kept.add(m);
      }
      continue;
    }
    if ((span.score ?? 1) < MIN_SCORE && overlaps.length === 0) continue;
    // "her record-breaking Eras Tour", "the Marshall Plan": an event or a work is no person.
    // (Also one word the NER split from the head: "Taylor Swift's Eras Tour" tagged "Eras" a person; not "the Jerry Springer Show".)
    const headAfter = /\s/.test(span.text) ? "" : /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(layout.text.slice(span.end, span.end + 20))?.[1]?.toLowerCase() ?? "";
    // "The Northern Irishman fell to his knees": an epithet of nationality names no body or person.
    if (/(?:^|\s)(?:\p{Lu}\p{Ll}*(?:ish|ch|ss)|Scots|Welsh)(?:man|woman)$/u.test(span.text)) continue;
    // (Nor an award's name before its winner: "the two-time Oscar winner", "a Bafta nominee".)
    const awarded = !/\s/.test(span.text) && /^[\s-]+(?:winner|winners|winning|nominee|nominees|nominated|nomination|nominations)\b/.test(layout.text.slice(span.end, span.end + 14));
    if (type === "Person" && (NO_PERSON_HEADS.test(span.text.split(/\s+/).pop()!.toLowerCase()) || NO_PERSON_HEADS.test(headAfter) || awarded)) continue;
    // "the bloc's Digital Markets Act", "the Paris Agreement", "the North American International Auto Show", "The Bletchley
    // Declaration": a law, a treaty, a declaration or an event is no group nor place.
    if (type !== "Person" && /\s(?:Act|Treaty|Accord|Agreement|Bill|Convention|Declaration|Charter|Protocol|Show|Festival|Awards?|Prize|Cup|Tour|Olympics|Championships?|Marathon)$/.test(span.text)) continue;
    const m = fromNer(layout, span, type);
    if (!m) continue;
    // A weak rule guess under the span: same boundaries keep the rule's details, the NER's type.
    const same = overlaps.find((o) => o.start === m.start && o.end === m.end);
    if (same) {
      if (commonWord(layout, same)) continue;
      // "Elon Musk"(ORG): a name the rules read as a person's, ending in a surname the lexicon knows, stays a person's.
      const surname = same.type === "Person" && type === "Group" && /\s/.test(same.text) && KNOWN_SURNAMES.has(same.text.split(/\s+/).pop()!.toLowerCase());
      if ((span.score ?? 1) >= MIN_SCORE && same.type !== type && !surname) {
        same.type = type;
        delete same.kind;
        same.rule = "ner";
      }
      kept.add(same);
      continue;
    }
    if (overlaps.length === 0 || (span.score ?? 1) >= MIN_SCORE) added.push(m);
  }
  for (const m of rules) if (!overlapped.has(m) && RELIABLE_ALONE.has(m.rule) && m.score >= 2) kept.add(m);
  // Rule mentions used as a title's place or an acronym's long form stay with the mention that needs them.
  for (const m of [...kept]) {
    if (m.title?.of && "mention" in m.title.of) kept.add(rules[m.title.of.mention]!);
    if (m.aliasOf !== undefined) kept.add(rules[m.aliasOf]!);
  }
  // A name only the NER saw in a heading must be seen again in the body; an ordinary word alone
  // ("All", "Defense") is not a name.
  const bodyKeys = new Set<string>();
  for (const m of [...kept, ...added]) if (!isHeadingSentence(layout, m.sentence)) bodyKeys.add(`${m.type}|${foldName(m.text)}`);
  // "Souness" after "Graeme Souness", "Young" after "Dai Young": the surname of a person named in full
  // in the document is a name, whatever its ending.
  const surnames = new Set<string>();
  for (const m of [...kept, ...added]) if (m.type === "Person" && m.lastToken - m.firstToken > 1) surnames.add(foldName(m.text).split(" ").pop()!);
  // "Al-Jubouri" after "Rakan al-Jubouri": the surname alone is the person, whatever type the NER gave it.
  // "Amira's family" after "Amira Khan": a given name alone, the NER's body, is the person named in full (the way news
  // names a child or a victim).
  const givenNames = new Set<string>();
  for (const m of [...kept, ...added]) if (m.type === "Person" && m.lastToken - m.firstToken > 1) givenNames.add(foldName(m.text).split(" ")[0]!);
  for (const m of added) {
    const words = foldName(m.text).split(" ");
    // (Only before kin, where a body's short name never stands: "Amira's family", "Sheila's husband".)
    const kin = m.possessive && /^(?:family|mother|father|parents|sister|brother|husband|wife|son|daughter|relatives|friends)$/.test(layout.tokens[m.lastToken]?.lower ?? "");
    const given = kin && words.length === 1 && givenNames.has(words[0]!) && !(wordClass(words[0]!) & (W.org | W.country | W.city | W.region | W.place | W.common));
    if (m.type !== "Person" && ((words.length <= 2 && /^(?:al|el)$/.test(words[0]!) === (words.length === 2) && surnames.has(words[words.length - 1]!)) || given)) {
      m.type = "Person";
      delete m.kind;
    }
  }
  const midSentence = namesMidSentence(layout, added);
  const confirmed = added.filter((m) => {
    if (commonWord(layout, m, midSentence) && !(m.type === "Person" && surnames.has(foldName(m.text)))) return false;
    return !isHeadingSentence(layout, m.sentence) || bodyKeys.has(`${m.type}|${foldName(m.text)}`);
  });
  const indexOf = new Map<RawMention, number>();
  rules.forEach((m, i) => indexOf.set(m, i));
  const all = [...kept, ...confirmed].sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping survivors (a rule mention inside an added span): the earlier, longer one wins.
  let out: RawMention[] = [];
  for (const m of all) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  out = joinCommitteeNames(layout, out, indexOf);
  placesInLists(layout, out);
  sameTypeForSameName(out);
  groupShortNames(layout, out);
  groupLongNames(out);
  nameStatesAfterTowns(layout, out);
  const alone = surnamesAlone(layout, out);
  if (alone.length > 0) out = [...out, ...alone].sort((a, b) => a.start - b.start);
  const elsewhere = singleNamesElsewhere(layout, out);
  if (elsewhere.length > 0) out = [...out, ...elsewhere].sort((a, b) => a.start - b.start);
  const renumber = new Map<number, number>();
  out.forEach((m, i) => {
    const old = indexOf.get(m);
    if (old !== undefined) renumber.set(old, i);
  });
  return out.map((m) => (indexOf.has(m) ? relinked(m, renumber) : m));
}

/** The chamber that opens a committee's name: "House Oversight and Accountability Committee". */
const CHAMBERS = /^(?:house|senate|joint|select|assembly|commons|lords|congressional|parliamentary)$/;

/**
 * "House Transportation"(ORG) "and" "Infrastructure Committee": a chamber's committee named by two fields is one
 * name, not two bodies. (The copy that replaces the first keeps its rule index in `indexOf`.)
 */
function joinCommitteeNames(layout: TextLayout, mentions: readonly RawMention[], indexOf: Map<RawMention, number>): RawMention[] {
  const t = layout.tokens;
  const out: RawMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b && a.type === "Group" && b.type === "Group" && !a.possessive && b.firstToken === a.lastToken + 1 && t[a.lastToken]!.lower === "and"
      && CHAMBERS.test(t[a.firstToken]!.lower) && /^(?:committee|subcommittee|commission|caucus|panel)$/.test(t[b.lastToken - 1]!.lower)) {
      const joined: RawMention = { ...a, end: b.end, text: layout.text.slice(a.start, b.end), lastToken: b.lastToken, possessive: b.possessive, score: Math.max(a.score, b.score) };
      if (b.kind) joined.kind = b.kind;
      else delete joined.kind;
      const old = indexOf.get(a);
      if (old !== undefined) indexOf.set(joined, old);
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Offices only a company or an organisation has, after a possessive: "'s chief executive", "'s chairman". */
const CORPORATE_ROLE = /^['’]s?\s+(?:(?:new|former|outgoing|interim|group|UK|US)\s+)?(?:chief executive|chief (?:financial|operating|technology|investment) officer|managing (?:director|partner)|finance director|(?:executive )?chairman|chairwoman|CEO|(?:supervisory |management )?board|works council|secretary[- ]general|director[- ]general)\b/;

/**
 * "Dassault's chief executive" after "Dassault Aviation": a one-word person the NER guessed that is the
 * first word of a group the document names, and the surname of no person it names, is that group's short name;
 * so is a one-word name whose chief executive, chairman or board the text names ("Sainsbury's chief executive
 * Simon Roberts"), with any longer name it opens.
 */
function groupShortNames(layout: TextLayout, mentions: RawMention[]): void {
  const words = (m: RawMention) => m.text.split(/\s+/);
  // (A group the rules found: the NER's own groups are as often a person mistyped, "Dwain Chambers".)
  const firstWords = new Set(mentions.filter((m) => m.type === "Group" && m.rule !== "ner" && words(m).length > 1).map((m) => foldName(words(m)[0]!)));
  const surnames = new Set(mentions.filter((m) => m.type === "Person" && words(m).length > 1).map((m) => foldName(words(m).pop()!)));
  // "Sainsbury's chief executive Simon Roberts": nobody but a company has a chief executive, so the name is a group's
  // wherever the document writes it, and so is a longer name it opens ("Sun's chief operating officer" of "Sun Microsystems").
  // (One word, as a brand is written, and nobody's surname: not "Rupert Murdoch's chairman", "Murdoch's board".)
  // (Or a place no list knows: "Nordwerk's supervisory board".)
  const mayBeFirm = (m: RawMention): boolean => m.type === "Person" || (m.type === "Place" && m.kind === undefined);
  const owners = new Set(mentions.filter((m) => mayBeFirm(m) && m.possessive && !m.title && words(m).length === 1 && !surnames.has(foldName(m.text))
    && CORPORATE_ROLE.test(layout.text.slice(m.end, m.end + 40))).map((m) => foldName(m.text)));
  const short: Array<{ m: RawMention; owned: boolean }> = [];
  for (const m of mentions) {
    if (m.title || !mayBeFirm(m) || (m.type === "Place" && !owners.has(foldName(m.text)))) continue;
    const key = foldName(m.text);
    const owned = owners.has(foldName(words(m)[0]!));
    const opens = m.rule === "ner" && words(m).length === 1 && firstWords.has(key) && !surnames.has(key) && !hasClass(m.text.toLowerCase(), W.firstName); // not "Robert", "Steve"
    if (!owned && !opens) continue;
    m.type = "Group";
    delete m.gender;
    m.rule = "same-name";
    if (words(m).length === 1) short.push({ m, owned });
  }
  // The short name is the longer one's entity when the document gives one longer name it opens ("Sun" of "Sun
  // Microsystems"; without a chief executive to show it, only before a company's word: "Contrack International", not
  // "Mac Format", a magazine about the Mac).
  for (const { m, owned } of short) {
    const key = foldName(m.text);
    const longer = new Set(mentions.filter((o) => o.type === "Group" && words(o).length > 1 && foldName(words(o)[0]!) === key).map((o) => o.canonical ?? o.text));
    const name = longer.size === 1 ? [...longer][0]! : undefined;
    if (name !== undefined && (owned || COMPANY_WORD.test(name))) m.canonical = name;
  }
}

/**
 * "collapsed crypto lender Halden Digital" beside "London-based Halden": a longer name only guessed a person's by its
 * shape, opening with a group's one-word name the rules are sure of (not a given name), is that group's.
 */
function groupLongNames(mentions: RawMention[]): void {
  const sure = new Map<string, RawMention>();
  for (const m of mentions) if (m.type === "Group" && m.score >= 2 && !/\s/.test(m.text) && m.rule !== "ner") sure.set(foldName(m.text), m);
  if (sure.size === 0) return;
  for (const m of mentions) {
    const first = foldName(m.text.split(/\s+/)[0]!);
    const group = m.type === "Person" && m.score < 2 && !m.title && /\s/.test(m.text) ? sure.get(first) : undefined;
    // (Its other words ones the lexicon knows, no given names: not "Hsu Wei-ming" beside "Hsu", a firm.)
    if (!group || hasClass(first, W.firstName) || foldName(m.text).split(" ").slice(1).some((w) => w.includes("-") || hasClass(w, W.firstName | W.lastName))) continue;
    m.type = "Group";
    delete m.gender;
    if (group.kind) m.kind = group.kind;
    m.rule = "same-name";
  }
}

/** The last word of a company's or a party's name after its distinctive one: "Contrack International", "Warner Brothers". */
const COMPANY_WORD = /\s(?:International|Group|Corporation|Corp|Company|Holdings|Industries|Aviation|Airlines|Airways|Brothers|Bros|Party|Radio|Television|Bank|Motors|Systems|Technologies|Entertainment|Records|Pictures|Studios|Media|plc|Inc|Ltd|AG|SA)\.?$/;

/**
 * "Deutsche Boerse" five times a group and once, by an unsure NER, a person: a weak guess (score under 2) at a
 * name's type takes the type the name's mentions in the document give it most (scores summed; a tie goes to
 * the rules' guess over the NER's, as in "ASML warned ... ASML, which is based in Veldhoven,").
 */
function sameTypeForSameName(mentions: RawMention[]): void {
  const votes = new Map<string, Map<RawMention["type"], number>>();
  for (const m of mentions) {
    const key = foldName(m.text);
    const byType = votes.get(key) ?? new Map<RawMention["type"], number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + m.score + (m.rule === "ner" ? 0 : 0.5));
    votes.set(key, byType);
  }
  for (const m of mentions) {
    const byType = votes.get(foldName(m.text))!;
    if (m.score >= 2 || byType.size < 2) continue;
    const [type, weight] = [...byType].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (type === m.type || weight <= byType.get(m.type)!) continue;
    const model = mentions.find((o) => o.type === type && foldName(o.text) === foldName(m.text))!;
    m.type = type;
    if (model.kind) m.kind = model.kind;
    else delete m.kind;
    m.rule = "same-name";
  }
}
