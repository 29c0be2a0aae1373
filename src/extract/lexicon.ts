// Word classes read once from compromise's lexicon. Its tagger runs at ~0.06 MB/s, far below the
// 1 MB/s target, so the recogniser uses its word lists (names, places, organisations, role nouns)
// and does the cheap rule work itself.
import nlp from "compromise";

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

/** Auxiliary and modal verbs: a clause goes on around them ("the vote would go ahead", "the lead was lost"). */
/** The days of the week, in lower case. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]);

/** Past tenses not in -ed that open a verb of the subject: "... and cut diplomatic ties", "Economists at Goldman Sachs cut their forecast". */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(["cut", "made", "took", "gave", "sent", "held", "met", "left", "won", "lost", "began", "broke",
  "brought", "kept", "threw", "struck", "sought", "withdrew", "shut", "set", "put", "quit", "came", "went", "got", "saw", "knew", "thought", "felt", "became",
  "fell", "rose", "grew", "ran"]);

export const AUXILIARIES: ReadonlySet<string> = new Set(["is", "was", "were", "are", "be", "been", "has", "have", "had", "do",
  "does", "did", "will", "would", "can", "could", "should", "may", "might", "must"]);

export const W = {
  firstName: 1 << 0,
  lastName: 1 << 1,
  person: 1 << 2,
  country: 1 << 3,
  city: 1 << 4,
  region: 1 << 5,
  place: 1 << 6,
  org: 1 << 7,
  demonym: 1 << 8,
  honorific: 1 << 9,
  role: 1 << 10,
  date: 1 << 11,
  common: 1 << 12,
  male: 1 << 13,
  female: 1 << 14,
  team: 1 << 15,
  verb: 1 << 16,
  preposition: 1 << 17,
  conjunction: 1 << 18,
  adjective: 1 << 19,
  noun: 1 << 20,
} as const;

const VERB_TAGS = ["PastTense", "PresentTense", "Infinitive", "Gerund", "Modal", "Copula", "PhrasalVerb", "Participle", "Verb", "Auxiliary"];

const TAG_CLASS: Record<string, number> = {
  FirstName: W.firstName,
  MaleName: W.firstName | W.male,
  FemaleName: W.firstName | W.female,
  LastName: W.lastName,
  Person: W.person,
  Country: W.country,
  City: W.city,
  Region: W.region,
  Place: W.place,
  Organization: W.org,
  SportsTeam: W.team,
  Demonym: W.demonym,
  Honorific: W.honorific,
  Actor: W.role,
  Month: W.date,
  WeekDay: W.date,
  Date: W.date,
};
// Everything that is neither a name nor a date marks an ordinary English word.
const NOT_COMMON = new Set(["ProperNoun", "Abbreviation", ...Object.keys(TAG_CLASS)]);

const model = (nlp as unknown as { model(): CompromiseModel }).model();

function buildClasses(): Map<string, number> {
  const classes = new Map<string, number>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    let bits = 0;
    for (const t of Array.isArray(tag) ? tag : [tag]) {
      bits |= TAG_CLASS[t] ?? (NOT_COMMON.has(t) ? 0 : W.common);
      if (VERB_TAGS.includes(t)) bits |= W.verb;
      else if (t === "Preposition") bits |= W.preposition;
      else if (t === "Conjunction") bits |= W.conjunction;
      else if (t === "Adjective" || t === "Comparative" || t === "Superlative") bits |= W.adjective;
      else if (t === "Singular" || t === "Plural" || t === "Noun" || t === "Uncountable") bits |= W.noun;
    }
    if (bits !== 0) classes.set(word, bits);
  }
  // compromise knows these as names only; in news they are mostly ordinary words.
  for (const w of ["hero", "will", "guy", "bill", "mark", "grant", "rich", "may", "faith", "hope", "major", "general"]) {
    classes.set(w, (classes.get(w) ?? 0) | W.common);
  }
  // And lacks these: "Florence Eshalomi" was no name (its "-ence" looks like an ordinary word's), "in Florence" no city.
  classes.set("florence", W.firstName | W.female | W.city);
  // A Kurdish woman's name as well as a word: "Hero Ibrahim Ahmed, a senior leader of the PUK," opening a sentence.
  classes.set("hero", (classes.get("hero") ?? 0) | W.firstName | W.female);
  // In news a surname first ("Elon Musk has accused", "Musk wrote"), not the perfume.
  classes.set("musk", W.lastName);
  // Countries compromise lacks, or knows only as plural nouns ("Laos", "Philippines"): "Laos, where compounds operate".
  for (const w of ["laos", "philippines", "congo", "democratic republic of congo", "democratic republic of the congo", "guinea-bissau",
    "western sahara", "timor-leste", "eswatini", "cabo verde", "north macedonia", "new caledonia", "american samoa"]) classes.set(w, W.country);
  // French men's names compromise lists as women's (Stéphane Dujarric, the UN's spokesman).
  for (const w of ["stephane", "stéphane"]) classes.set(w, W.firstName | W.male);
  return classes;
}

const CLASSES = buildClasses();

/**
 * Surnames that news since 2017 uses alone for one well-known person, which the lexicon lacks or
 * knows only as a last name ("Trump said", "Zelensky told", "Putin warned"): a person by themselves.
 * "Trump" as a verb is written in lower case.
 */
export const KNOWN_SURNAMES: ReadonlySet<string> = new Set(["trump", "biden", "obama", "putin", "macron", "zelensky",
  "zelenskyy", "zelenskiy", "modi", "netanyahu", "erdogan", "merkel", "scholz", "merz", "meloni", "starmer", "sunak",
  "milei", "khamenei", "guterres", "orban", "bolsonaro", "navalny", "lukashenko", "musk", "lavrov", "assad"]);

/** Word-class bits of a lower-case word or phrase (words joined by single spaces). */
export function wordClass(lower: string): number {
  return CLASSES.get(lower) ?? 0;
}

export function hasClass(lower: string, bits: number): boolean {
  return (wordClass(lower) & bits) !== 0;
}

/** Head words that make a capitalised phrase an organisation ("... Bank", "... Association"). */
export const COMPROMISE_ORG_WORDS: ReadonlySet<string> = new Set(Object.keys(model.two.orgWords));
/** Head words that make a capitalised phrase a place ("... Bay", "... Island"). */
export const COMPROMISE_PLACE_WORDS: ReadonlySet<string> = new Set(Object.keys(model.two.placeWords));

const COMMON_SUFFIX = /(?:ical|tion|tions|sion|sions|ment|ments|ness|ity|ities|ism|isms|ings|ance|ances|ence|ences|ship|ships|ologies|ers|ies|ly|ful|less|ous|ive|ives|able|ible)$/;

/**
 * True when a capitalised word is probably an ordinary word capitalised by position (sentence start,
 * heading): known to the lexicon as such, seen in lower case in the same document, or shaped like one.
 */
export function looksCommon(lower: string, lowerInDocument: ReadonlySet<string>): boolean {
  const bits = wordClass(lower);
  if (bits & W.common) return true;
  // Role nouns ("Nobody", "Officials") are ordinary words unless also names.
  if (bits & W.role && !(bits & (W.firstName | W.lastName | W.person | W.country | W.city | W.region | W.place | W.org))) return true;
  if (bits !== 0) return false;
  if (lowerInDocument.has(lower)) return true;
  if (lower.length > 5 && COMMON_SUFFIX.test(lower)) return true;
  if (lower.endsWith("ing") && lower.length > 5) return true;
  if (lower.endsWith("ed") && lower.length > 4) return true;
  // Plural of a known common word ("Tensions", "Residents").
  if (lower.endsWith("s") && hasClass(lower.slice(0, -1), W.common)) return true;
  return false;
}
