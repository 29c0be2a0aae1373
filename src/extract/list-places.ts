// Names listed with places are places: "from Andalusia and Murcia to Sicily, Crete and Cyprus". A list of names is of
// one kind as news writes it, so where the rules are sure of two places in it and of nothing else, the statistical
// recogniser's guesses at the other names ("Crete" a group) give way. Not a person's name the lexicon knows ("Paris,
// Texas and Jordan Henderson" stays mixed). And two places joined by a hyphen are no third one ("US-China talks").
import { lookupGazetteer } from "./gazetteer.ts";
import { hasClass, W } from "./lexicon.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention } from "./types.ts";

/** What stands between two items of a list: commas, then "and" or "or" (with or without a comma) before the last. */
const COMMA = /^\s*,\s*$/;
const LAST_JOINER = /^(?:\s+(?:and|or)\s+|\s*,\s+(?:and|or)\s+)$/;

/**
 * Mentions (in text order) to lists: two or more in one sentence joined by commas and a last "and" or "or". Commas
 * alone make no list: "the governor of Kirkuk, Rakan al-Jubouri" and "in Lebanon, UNIFIL," are appositions.
 */
function listsOf(layout: TextLayout, mentions: readonly RawMention[]): RawMention[][] {
  const lists: RawMention[][] = [];
  let run: RawMention[] = [];
  for (const m of mentions) {
    const prev = run[run.length - 1];
    // (An owner is no item: "Rosneft and China's National Petroleum Corporation".)
    const between = prev && prev.sentence === m.sentence && !prev.possessive && !m.possessive ? layout.text.slice(prev.end, m.start) : "";
    if (COMMA.test(between)) run.push(m);
    else if (LAST_JOINER.test(between)) {
      run.push(m);
      lists.push(run);
      run = [];
    } else run = [m];
  }
  return lists;
}

/** The rules' sure type (the recogniser's confidence is no rule's). */
const sure = (m: RawMention): boolean => m.score >= 2 && m.rule !== "ner";

/** A guess a listed place may overrule: not a person whose words the lexicon knows as names. */
function mayBePlace(m: RawMention): boolean {
  if (sure(m) || m.title || m.possessive) return false;
  return m.type !== "Person" || !m.text.toLowerCase().split(/\s+/).some((w) => hasClass(w, W.firstName | W.lastName | W.person));
}

export function placesInLists(layout: TextLayout, mentions: readonly RawMention[]): void {
  for (const list of listsOf(layout, mentions)) {
    // (Three names or more, two of them sure places: two names are as often a fixture, "the Burnley and Blackburn replay",
    // or titles, "The Simpsons and Dallas", and one known city among names of films is no list of places.)
    const known = list.filter(sure);
    if (list.length < 3 || known.filter((m) => m.type === "Place").length < 2 || known.some((m) => m.type !== "Place")) continue;
    for (const m of list) {
      if (m.type === "Place" || !mayBePlace(m)) continue;
      m.type = "Place";
      delete m.kind;
      delete m.gender;
      m.rule = "place-list";
    }
  }
}

/**
 * "the Asia-Europe route", "US-China trade talks": two places joined by a hyphen name a relation between them, no entity
 * of its own (whichever type a recogniser gave it would be wrong; both places are in the text).
 */
export function joinsTwoPlaces(text: string): boolean {
  if (!/^\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*$/u.test(text)) return false;
  return text.split("-").every((half) => hasClass(half.toLowerCase(), W.country | W.region | W.city | W.place) || lookupGazetteer(half)?.entry.type === "Place");
}
