// Capitalised word sequences: the raw material of names. "Kirkuk Gov. Najm Eddine Karim" is one
// sequence of five units; classification later splits it into a place, a title and a person.
import type { TextLayout, Token } from "./tokens.ts";
import { ABBREVIATIONS } from "./tokens.ts";
import { lookupGazetteer, NAMES_WITH_LOWER_WORDS } from "./gazetteer.ts";
import { W, wordClass } from "./lexicon.ts";
import { orgHeadKind } from "./heads.ts";

export interface Unit {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Followed by ’s, which is cut off the unit. */
  possessive: boolean;
  upper: boolean;
  /** A joining word inside a name: "of" in "Bank of England", "&". */
  joiner: boolean;
  /** wordClass(lower), read once: classification asks for it many times per unit. */
  bits: number;
}

/** Lower-case particles inside names: "Osama bin Laden", "Ludwig van Beethoven", "al-Abadi". */
const PARTICLES = new Set(["al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "bin", "ibn", "abu", "bint", "de", "da", "di", "du", "del", "della", "der", "van", "von", "le", "la", "dos", "das", "delos", "dela"]);
// (And a Welsh patronymic's "ap", a Catalan or Spanish pair of surnames' "i" or "y": "Gareth ap Dafydd", "Pau Ferrer i Soler".)
const STANDALONE_PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "bint", "de", "da", "di", "du", "del", "della", "der", "van", "von", "le", "la", "dos", "das", "ter", "ten", "den", "delos", "dela", "ap", "ab", "ferch", "i", "y"]);
/** Heads that take "of"/"for" inside a name: "Bank of England", "Department for Education". */
const OF_HEADS = new Set([
  "bank", "banks", "ministry", "department", "university", "house", "chamber", "chambers", "council", "office", "court",
  "church", "republic", "kingdom", "federation", "union", "institute", "institutes", "association", "academy", "college", "school",
  "museum", "society", "board", "bureau", "commission", "committee", "league", "gulf", "isle", "isles", "city", "state",
  "emirate", "sultanate", "straits", "strait", "bay", "sea", "cape", "army", "coalition", "organisation", "organization", "alternative",
  "movement", "front", "party", "secretary", "minister", "mayor", "governor", "president", "duke", "prince", "princess",
  "archbishop", "bishop", "chief", "director", "chancellor", "speaker", "leader", "islands", "region", "province",
  "district", "territory", "commonwealth", "order", "festival", "centre", "center", "port", "lake", "mount",
  "confederation", "assembly", "agency", "authority", "office", "service", "services", "tribunal", "parliament", "mission",
  "journal", "observatory", "hospital", "hospitals", "centres", "centers", "directorate", "inspectorate", "secretariat", "horn",
]);
/** Heads of bodies (no titles, no places) whose names run on with "of the", "for the" or a second "of". */
const BODY_HEADS = new Set(["bank", "ministry", "department", "university", "council", "office", "court", "federation", "union",
  "institute", "association", "academy", "college", "school", "museum", "society", "board", "bureau", "commission", "committee",
  "league", "organisation", "organization", "movement", "front", "party", "centre", "center", "confederation", "assembly", "agency",
  "authority", "service", "services", "tribunal", "coalition", "foundation", "trust", "alliance", "fund", "mission", "hospital", "hospitals",
  "centres", "centers"]);
/** Heads of bodies whose names run on with "on" and a field: "Council on Foreign Relations". */
const ON_HEADS = new Set(["committee", "commission", "council", "panel", "conference", "convention", "forum", "centre", "center"]);
/** Heads of bodies named by two fields joined with "and": "Food and Drink Federation". */
const AND_HEADS = new Set(["federation", "association", "council", "commission", "society", "institute", "organisation",
  "organization", "agency", "authority", "administration", "court", "tribunal", "service", "union", "confederation", "foundation", "alliance", "trust", "executive", "board", "coalition", "movement", "front", "bloc",
  // A firm's: "Baoshan Iron and Steel Co.", "Hunan Valin Iron and Steel Group".
  "co", "co.", "corporation", "corp", "corp.", "group", "industries"]);
/** Name bits of a word that is a name by itself ("Labour", "Britain"), not a field ("Food", "Health"). */
const NAME_OR_PLACE = W.org | W.team | W.country | W.city | W.region | W.place | W.person | W.firstName | W.lastName;

/**
 * After a capitalised common word and "and": one or two capitalised words ending in such a head, so
 * "Food and Drink Federation" is one name but "Labour and Conservative Party" and "Smith and Jones" are not.
 */
function andHeadAhead(tokens: readonly Token[], from: number, last: number, before: Unit): boolean {
  if (before.possessive || before.upper) return false;
  // (Two places share a police force or a service: "Avon and Somerset Police", "Devon and Cornwall Constabulary".)
  const field = !((before.bits !== 0 && !(before.bits & W.common)) || before.bits & NAME_OR_PLACE);
  for (let j = from; j < last && j < from + 3 && tokens[j]!.word && nameStart(tokens[j]!); j++) {
    const shared = SHARED_BY_PLACES.has(tokens[j]!.lower) && j <= from + 1;
    if ((field && AND_HEADS.has(tokens[j]!.lower)) || shared) return !(tokens[j + 1]?.word && nameStart(tokens[j + 1]!));
  }
  return false;
}
/** Heads of services two places share, named "X and Y Police". */
const SHARED_BY_PLACES = new Set(["police", "constabulary"]);

/**
 * From `from`: capitalised common words (one or two per field) separated by commas, then "and" and the
 * last field ("Media and Sport", "Food and Rural Affairs"); no name or place among them.
 */
function fieldListAhead(tokens: readonly Token[], from: number, last: number): boolean {
  let j = from;
  for (let fields = 0; fields < 4; fields++) {
    let words = 0;
    for (; j < last && words < 3 && tokens[j]!.word && tokens[j]!.cap; j++, words++) {
      const bits = wordClass(tokens[j]!.lower);
      if ((bits & NAME_OR_PLACE && !(bits & W.common)) || lookupGazetteer(tokens[j]!.text) || allUpperWord(tokens[j]!.text)) return false;
    }
    if (words === 0 || words > 2) return false;
    if (tokens[j]?.text === ",") {
      j++;
      continue;
    }
    if (tokens[j]?.lower !== "and") return false;
    let tail = 0;
    for (j++; j < last && tail < 3 && tokens[j]!.word && tokens[j]!.cap; j++) tail++;
    return tail >= 1 && tail <= 2 && !(tokens[j]?.word && tokens[j]!.cap);
  }
  return false;
}

const allUpperWord = (text: string): boolean => text.length > 1 && text === text.toUpperCase();

/** Lower-case second halves that make "US-backed" a name followed by a word, not one name. */
const HYPHEN_TAILS = /^(?:backed|led|held|based|born|controlled|run|owned|funded|allied|linked|occupied|dominated|sponsored|style|era|speaking|wide|made|bound|friendly|born|listed|registered|educated|trained|armed|aligned|affiliated|majority|dominated|inspired|related|specific|only|centric|bred|raised|built|designed|imposed|brokered|mediated|language|government|election|regime|policy|war|border|rebel|rebels|ally|allies|type|area|level|wing|class|sized|like|plus|nominated|winning)$/;
const CAP = /^\p{Lu}/u;

/** text.search(/[-‐‑]/) without a regex call: nameStart asks it of every lower-case word. */
function dashIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return i;
  }
  return -1;
}

function nameStart(t: Token): boolean {
  if (t.cap) return !/['’](?:ve|ll|m|re|d|t)$/i.test(t.text); // "I've", "We'll" are not names
  // "eBay", "easyJet": a listed name written with a lower-case first letter.
  if (/^[a-z]{1,5}[A-Z]/.test(t.text)) return lookupGazetteer(t.text.replace(/['’]s$/, "")) !== undefined;
  // "al-Abadi", "bin-Laden": a lower-case particle joined to a capitalised name.
  const dash = dashIndex(t.text);
  return dash > 0 && PARTICLES.has(t.lower.slice(0, dash)) && CAP.test(t.text.slice(dash + 1));
}

/** Possessives that begin names of institutions: "King's College", "Children's Hospital", "People's Party". */
const NAME_POSSESSIVES = new Set(["king's", "king’s", "queen's", "queen’s", "children's", "children’s", "women's", "women’s",
  "people's", "people’s", "men's", "men’s", "magistrate's", "magistrate’s", "sheriff's", "sheriff’s", "attorney's", "attorney’s"]);
const POSSESSED_HEADS = new Set(["college", "hospital", "school", "university", "institute", "party", "church", "cathedral",
  "fund", "trust", "bench", "theatre", "society", "front", "army", "liberation", "republic", "bank", "congress", "union",
  "fellowship", "federation"]);

/** The possessive word at k opens an institution's name, as does a saint's: "St Mary's Hospital". */
function possessiveInName(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next?.cap) return false;
  // "the People's Protection Units", "the People's Daily": the head a few capitalised words on.
  if (NAME_POSSESSIVES.has(tokens[k]!.lower)) {
    for (let j = k + 1; j < k + 4 && tokens[j]?.cap && tokens[j]!.word; j++) if (POSSESSED_HEADS.has(tokens[j]!.lower) || LATER_HEADS.has(tokens[j]!.lower)) return true;
    return false;
  }
  const before = tokens[k - 1]?.text.replace(/\.$/, "");
  return POSSESSED_HEADS.has(next.lower) && (before === "St" || before === "Saint");
}
/** Heads of a name a possessive opens, further on: "People's Protection Units", "Women's Aid Federation". */
const LATER_HEADS = new Set(["units", "forces", "committee", "council", "movement", "assembly", "alliance", "coalition", "daily", "association", "court", "commission",
  "office", "department"]); // "Kariega Magistrate's Court", "the County Sheriff's Office", "the District Attorney's Office"

function makeUnit(tokens: Token[], k: number): { unit: Unit; next: number; closes: boolean } {
  const t = tokens[k]!;
  let end = t.end;
  let text = t.text;
  let last = k + 1;
  let possessive = false;
  let closes = false;
  // "King's College London", "St Mary's Hospital": there the possessive is part of the name and the unit goes on.
  if (/['’]s$/i.test(text) && text.length > 2 && !possessiveInName(tokens, k)) {
    end -= 2;
    text = text.slice(0, -2);
    possessive = true;
    closes = true;
  } else if (tokens[k + 1] && (tokens[k + 1]!.text === "’" || tokens[k + 1]!.text === "'") && !tokens[k + 1]!.spaced && t.lower.endsWith("s")) {
    last = k + 2;
    // "Bradford Magistrates' Court", "the Workers' Party", "the Athletes' Commission": a plural possessive
    // inside an institution's name, its head at most three capitalised words on.
    let named = false;
    for (let j = k + 2; j < k + 5 && tokens[j]?.cap && !named; j++) named = POSSESSED_HEADS.has(tokens[j]!.lower) || LATER_HEADS.has(tokens[j]!.lower);
    if (named) {
      end = tokens[k + 1]!.end;
      text += tokens[k + 1]!.text;
    } else {
      possessive = true; // plural possessive: "Kurds’"
      closes = true;
    }
  }
  const dash = text.search(/[-‐‑]/);
  if (dash > 0 && !PARTICLES.has(text.slice(0, dash).toLowerCase())) {
    const tail = text.slice(dash + 1).split(/[-‐‑]/)[0] ?? "";
    if (!CAP.test(tail) && HYPHEN_TAILS.test(tail.toLowerCase())) {
      text = text.slice(0, dash);
      end = t.start + dash;
      closes = true;
      possessive = false;
    }
  }
  // Or a middle initial before the name goes on: "George W. Bush", "Robert F. Kennedy Jr.".
  // (Not "Malcolm X." ending a sentence, the splitter none the wiser: "Malcolm X. Besides Dee, ...".)
  const initial = /^\p{Lu}$/u.test(t.text) && t.text !== "X" && tokens[k + 2]?.cap === true && tokens[k + 2]!.word && tokens[k + 2]!.sentence === t.sentence
    && !(wordClass(tokens[k + 2]!.lower) & (W.preposition | W.conjunction));
  if ((ABBREVIATIONS.has(t.lower) || initial) && tokens[k + 1]?.text === "." && !tokens[k + 1]!.spaced) {
    end = tokens[k + 1]!.end;
    text += ".";
    last = k + 2;
  }
  const lower = text.toLowerCase();
  const unit: Unit = { first: k, last, start: t.start, end, text, lower, possessive, upper: t.upper, joiner: false, bits: wordClass(lower) };
  return { unit, next: last, closes };
}

function joinerUnit(t: Token, k: number): Unit {
  return { first: k, last: k + 1, start: t.start, end: t.end, text: t.text, lower: t.lower, possessive: false, upper: false, joiner: true, bits: wordClass(t.lower) };
}

/**
 * Ends the sequence being built (trailing joiners dropped) and returns a fresh one. A module-level
 * function, not a closure: tsx compiles with keepNames, which wraps every named closure on each call.
 */
function closeSequence(sequences: Unit[][], seq: Unit[]): Unit[] {
  while (seq.length > 0 && seq[seq.length - 1]!.joiner) seq.pop();
  if (seq.length > 0) sequences.push(seq);
  return seq.length > 0 ? [] : seq;
}

/** The end of a gazetteer name with lower-case words inside that starts at token k, or -1. */
function listedNameEnd(layout: TextLayout, k: number, last: number): number {
  const words = NAMES_WITH_LOWER_WORDS.get(layout.tokens[k]!.lower);
  if (words === undefined) return -1;
  for (let end = Math.min(last, k + words); end >= k + 2; end--) {
    const lastWord = layout.tokens[end - 1]!;
    if (lastWord.cap && lookupGazetteer(layout.text.slice(layout.tokens[k]!.start, lastWord.end))) return end;
  }
  return -1;
}

/** The capitalised sequences of one sentence, in order. */
export function sequencesOf(layout: TextLayout, first: number, last: number): Unit[][] {
  const { tokens } = layout;
  const sequences: Unit[][] = [];
  let seq: Unit[] = [];
  let k = first;
  while (k < last) {
    const t = tokens[k]!;
    // "Former Cabinet minister Clare Short", "Some Republicans have": a sentence's capital on "Former" or a quantifier opens no name.
    if (seq.length === 0 && t.word && /^(?:former|ex|some|many|most|several|both|few)$/.test(t.lower) && k === first) {
      k++;
      continue;
    }
    // "Friends of the Earth", "Save the Children": a listed name with lower-case words inside, whole.
    // (Also after a sentence's capitalised "The" or "An": "The Committee to Protect Journalists urged".)
    const listed = (seq.length === 0 || (seq.length === 1 && /^(?:the|a|an)$/.test(seq[0]!.lower))) && t.word && t.cap ? listedNameEnd(layout, k, last) : -1;
    if (listed > 0) {
      for (let j = k; j < listed; j++) seq.push(tokens[j]!.cap ? makeUnit(tokens, j).unit : joinerUnit(tokens[j]!, j));
      seq = closeSequence(sequences, seq);
      k = listed;
      continue;
    }
    // "civil servants at Whitehall   Labour by more than 80,000": a run of spaces stands for a lost dash; no name crosses it.
    if (seq.length > 0 && /\s{2,}/.test(layout.text.slice(tokens[k - 1]!.end, t.start))) seq = closeSequence(sequences, seq);
    if (t.word && nameStart(t)) {
      const { unit, next, closes } = makeUnit(tokens, k);
      seq.push(unit);
      k = next;
      if (closes) seq = closeSequence(sequences, seq);
      continue;
    }
    const next = tokens[k + 1];
    // "Association of the Petroleum Industry", "Joint Council for the Welfare of Immigrants": a body's head, then
    // "of the" or "for the" before a capital; and a second "of" once it has one ("... Industry of Kurdistan").
    const body = seq.some((u) => BODY_HEADS.has(u.lower));
    const theCap = body && next?.lower === "the" && !next.cap && k + 2 < last && tokens[k + 2]!.word && nameStart(tokens[k + 2]!);
    const nextCap = next !== undefined && k + 1 < last && next.word && (nameStart(next) || (theCap && (t.lower === "of" || t.lower === "for")));
    if (seq.length > 0 && nextCap) {
      const prev = seq[seq.length - 1]!;
      const hasOfHead = seq.some((u) => OF_HEADS.has(u.lower));
      const secondOf = t.lower === "of" && body && seq.some((u) => u.joiner && (u.lower === "of" || u.lower === "for")) && !prev.joiner;
      // (Not a person's name after "of": "the Reconstruction and Development Coalition of Mohammed Shia al-Sudani" is his;
      // but "the Church of Jesus Christ".)
      const nextBits = wordClass(next.lower);
      const arabicSurname = /^(?:al|el)-\p{Lu}/u.test(tokens[k + 2]?.text ?? "") || /^(?:al|el)-\p{Lu}/u.test(tokens[k + 3]?.text ?? "");
      const personAfter = (nextBits & W.firstName || (!(nextBits & ~(W.lastName | W.person)) && arabicSurname)) && !(nextBits & (NAME_OR_PLACE & ~(W.firstName | W.lastName | W.person)))
        && (tokens[k + 2]?.cap || arabicSurname) && tokens[k + 2]!.word && !/^(?:church|order|house|museum)$/.test(prev.lower);
      if ((t.lower === "of" || t.lower === "for") && (OF_HEADS.has(prev.lower) || secondOf) && !personAfter) {
        seq.push(joinerUnit(t, k));
        k++;
        continue;
      }
      // "Committee on Foreign Relations", "Agency for Research on Cancer": a body's field after "on", but not a day,
      // a place or a name ("the Commission on Tuesday", "the Council on Iraq").
      const onField = t.lower === "on" && !prev.joiner && (ON_HEADS.has(prev.lower) || (body && seq.some((u) => u.joiner && u.lower === "for")))
        && !(wordClass(next.lower) & (W.date | NAME_OR_PLACE)) && !lookupGazetteer(next.text);
      if (onField) {
        seq.push(joinerUnit(t, k));
        k++;
        continue;
      }
      // One "and" per name: not "University of the Highlands and Islands and Southampton".
      if (t.text === "&" || (t.lower === "and" && hasOfHead && seq.some((u) => u.joiner) && !seq.some((u) => u.lower === "and"))) {
        seq.push(joinerUnit(t, k));
        k++;
        continue;
      }
      // (Also two such words before "and", no body's head among them: "National Emergency and Civil Protection Authority",
      // not "Electoral Commission and National Union of Students".)
      const fields = seq[0]!.lower === "the" ? seq.slice(1) : seq;
      if (t.lower === "and" && fields.length >= 1 && fields.length <= 2 && fields.every((u) => andHeadAhead(tokens, k + 1, last, u) && (fields.length === 1 || orgHeadKind(u.lower) === undefined))) {
        seq.push(joinerUnit(t, k)); // "Food and Drink Federation", "Fish and Wildlife Service"
        k++;
        continue;
      }
      if (t.word && STANDALONE_PARTICLES.has(t.lower) && !t.cap) {
        seq.push(joinerUnit(t, k));
        k++;
        continue;
      }
    }
    // "Ursula von der Leyen", "Rafael van der Vaart": two particles before the surname.
    if (seq.length > 0 && !seq[seq.length - 1]!.joiner && t.word && !t.cap && STANDALONE_PARTICLES.has(t.lower) && next?.word && !next.cap
      && STANDALONE_PARTICLES.has(next.lower) && k + 2 < last && tokens[k + 2]!.word && tokens[k + 2]!.cap) {
      seq.push(joinerUnit(t, k), joinerUnit(next, k + 1));
      k += 2;
      continue;
    }
    // "Department for Culture, Media and Sport": a body's fields listed with commas, the last after "and".
    const joinerBack = seq.length >= 3 && !seq[seq.length - 2]!.joiner ? 3 : 2; // "Department for Levelling Up, Housing and Communities"
    const of = seq[seq.length - joinerBack];
    if (t.text === "," && seq.length >= joinerBack + 1 && of?.joiner && /^(?:of|for)$/.test(of.lower)
      && BODY_HEADS.has(seq[seq.length - joinerBack - 1]!.lower) && seq.slice(seq.length - joinerBack + 1).every((u) => !(u.bits & NAME_OR_PLACE && !(u.bits & W.common)) && !lookupGazetteer(u.text))
      && fieldListAhead(tokens, k + 1, last)) {
      seq.push(joinerUnit(t, k));
      k++;
      continue;
    }
    // "Channel 4", "Kurdistan 24": a number ending a name the gazetteer knows; with its possessive, "BBC Radio 4's".
    const numbered = /^(\d{1,3})(['’]s)?$/.exec(t.text);
    if (seq.length > 0 && numbered && lookupGazetteer(`${seq.map((u) => u.text).join(" ")} ${numbered[1]}`)) {
      const digits = numbered[1]!;
      seq.push({ first: k, last: k + 1, start: t.start, end: t.start + digits.length, text: digits, lower: digits, possessive: numbered[2] !== undefined, upper: false, joiner: false, bits: 0 });
      k++;
      if (numbered[2]) seq = closeSequence(sequences, seq);
      continue;
    }
    // "OPEC+": a plus sign written onto a name the gazetteer knows with it.
    if (seq.length > 0 && t.text === "+" && t.start === seq[seq.length - 1]!.end && lookupGazetteer(`${seq.map((u) => u.text).join(" ").replace(/^the /i, "")}+`)) {
      seq.push({ first: k, last: k + 1, start: t.start, end: t.end, text: "+", lower: "+", possessive: false, upper: false, joiner: false, bits: 0 });
      k++;
      continue;
    }
    // "Bank of the West": "the" right after a joining "of".
    if (t.lower === "the" && !t.cap && seq.length > 0 && seq[seq.length - 1]!.joiner && nextCap) {
      seq.push(joinerUnit(t, k));
      k++;
      continue;
    }
    seq = closeSequence(sequences, seq);
    k++;
  }
  closeSequence(sequences, seq);
  return sequences;
}
