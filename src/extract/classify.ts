// One capitalised sequence → typed mention candidates. Titles, demonyms and sentence-initial
// ordinary words are cut off first ("Iraqi Prime Minister Haider Al-Abadi" → person "Haider
// Al-Abadi" with title "Prime Minister" of Iraq); what remains is typed by the strongest rule.
import type { EntityType } from "../types/index.ts";
import { lookupGazetteer } from "./gazetteer.ts";
import { EVENT_HEADS, NON_ENTITY_ACRONYMS, orgHeadKind, placeHeadKind } from "./heads.ts";
import { hasClass, KNOWN_SURNAMES, looksCommon, W, WEEKDAY_NAMES, wordClass } from "./lexicon.ts";
import { DEMONYM_COUNTRY, FEMALE_HONORIFICS, MALE_HONORIFICS, givenNameDemonym, isDemonym, isRoleNoun, isSurnameTitle, isTitleHead, isTitleModifier } from "./titles.ts";
import type { TextLayout } from "./tokens.ts";
import type { Unit } from "./units.ts";
import { joinsTwoPlaces } from "./list-places.ts";
import { groupAfterSeat, groupContext, inNamedRegion, KIN, personContext, placeContext, pronounAfterSpeech, placeOfficeBefore, roleAtBefore, townContext } from "./context.ts";

export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  kind?: string;
  score: number;
  rule: string;
  firstToken: number;
  lastToken: number;
  possessive: boolean;
  canonical?: string;
  gender?: "male" | "female";
  title?: { label: string; start: number; end: number; of?: { candidate: Candidate } | { place: string }; ofStart?: number };
  heading: boolean;
}

export interface SequenceContext {
  layout: TextLayout;
  /** First token of the sentence: a capitalised word there may be capitalised by position only. */
  sentenceFirst: number;
  heading: boolean;
  dateline: boolean;
}

const DETERMINERS = new Set(["the", "a", "an"]);
const NAME_BITS = W.firstName | W.lastName | W.person;
const PLACE_BITS = W.country | W.city | W.region | W.place;
const OPENERS = new Set(["“", "\"", "‘", "(", "[", ":", "—", "–", "-", "'"]);
const HONORIFICS = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady"]);
/** Sports whose national governing bodies are named "<Sport> <Country>". */
const SPORT_BODIES = new Set(["athletics", "tennis", "cricket", "rugby", "football", "swimming", "cycling", "hockey", "golf", "netball",
  "basketball", "rowing", "sailing", "boxing", "gymnastics", "badminton", "triathlon", "volleyball", "skateboarding"]);
/** Honorifics and ranks of nobility that may follow an office in a title: "Energy Minister Prince", "Health Secretary Dr". */
const LABEL_HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "prince", "princess", "sheikh", "sheik"]);
/** Honorifics only a surname follows ("Ms King"; "Lord Chancellor" is an office). */
const ADDRESS_HONORIFICS = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."]);
/** First names given to men and women alike, which the name lists give one gender: no gender from them. */
const UNISEX_NAMES = new Set(["kelly", "leslie", "lesley", "lindsay", "lindsey", "ashley", "tracy", "tracey", "terry", "dana", "jody", "jackie",
  "alex", "sam", "chris", "robin", "jamie", "jordan", "taylor", "morgan", "casey", "sandy"]);
/** First names that are also common Chinese or Korean family names written first, or a family name's particle ("Abi Nader"): no gender from them. */
const FAMILY_NAMES_FIRST = new Set(["lin", "kim", "abi"]);
/** Letters after a person's name: honours, the bar, parliament. */
const POST_NOMINALS = new Set(["KC", "QC", "SC", "BL", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE"]);
/** Services a district's own body runs, named before "District". */
const SERVICE_DISTRICTS = /^(?:school|highway|water|fire|transit|irrigation|sanitation|hospital|library|park|parks|utility|conservation|drainage|regional|unified)$/;
/** Capitalised particles of Irish and Scottish Gaelic surnames, between a given name and the surname: "Declan Ó Murchú". */
const GAELIC_PARTICLES = new Set(["Ó", "O", "Ní", "Nic", "Mac", "Mhic", "Ua", "Uí", "Bean"]);
/** Title words that are also surnames: "John Major" is not "John" with the title "Major". */

type Segment = Candidate | { demonym: string; start: number } | null;

function isInitial(layout: TextLayout, ctx: SequenceContext, unit: Unit): boolean {
  if (unit.first <= ctx.sentenceFirst) return true;
  const prev = layout.tokens[unit.first - 1]!;
  return OPENERS.has(prev.text) || (prev.text === "." && prev.spaced);
}

function fold(us: readonly Unit[]): string {
  return us.map((u) => u.lower.replace(/\.$/, "").replace(/[-‐‑]/g, " ")).join(" ");
}

/** The heads of an army's numbered units. */
const MILITARY_UNIT_HEADS = /^(?:brigade|division|regiment|battalion|corps|army|fleet|squadron|wing|platoon|infantry|cavalry|guards|airborne|marines)$/;

function candidate(us: readonly Unit[], ctx: SequenceContext, type: EntityType | null, score: number, rule: string, kind?: string): Candidate {
  const first = us[0]!;
  const last = us[us.length - 1]!;
  const c: Candidate = {
    start: first.start,
    end: last.end,
    text: ctx.layout.text.slice(first.start, last.end),
    type,
    score,
    rule,
    firstToken: first.first,
    lastToken: last.last,
    possessive: last.possessive,
    heading: ctx.heading,
  };
  if (kind) c.kind = kind; // not spread in: an object spread per candidate is a slow path
  // "the 47th Mechanized Brigade", "the 82nd Airborne Division": a unit's number is part of its name.
  const number = ctx.layout.tokens[first.first - 1];
  if (type === "Group" && MILITARY_UNIT_HEADS.test(last.lower) && number && /^\d+(?:st|nd|rd|th)$/.test(number.text) && number.end + 1 === first.start) {
    c.start = number.start;
    c.firstToken = first.first - 1;
    c.text = ctx.layout.text.slice(number.start, last.end);
  }
  // A person's given name tells the gender, whatever rule found the name ("Defence Secretary Alan Mercer"); not a family
  // name first ("Lin Jian", "Kim Jong Un") nor a name given to men and women alike ("Kelly Ortberg", "Leslie Grantham").
  if (type === "Person" && us.length >= 2 && !FAMILY_NAMES_FIRST.has(first.lower) && !UNISEX_NAMES.has(first.lower)) {
    if (first.bits & W.male && !(first.bits & W.female)) c.gender = "male";
    else if (first.bits & W.female && !(first.bits & W.male)) c.gender = "female";
  }
  return c;
}

function placeKind(bits: number): string {
  if (bits & W.country) return "country";
  if (bits & W.city) return "city";
  if (bits & W.region) return "region";
  return "place";
}

/** A common word here: known as one and written in lower case in this document, or shaped like one. */
function commonHere(lower: string, layout: TextLayout): boolean {
  const bits = wordClass(lower);
  if (bits & NAME_BITS) return false;
  return looksCommon(lower, layout.lowerWords) && (layout.lowerWords.has(lower) || (bits & W.common) === 0 || lower.length > 7);
}

/** Whether the capitalised words just before token k (a title) follow "the". */
function afterTheTitle(layout: TextLayout, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && layout.tokens[j]!.cap && layout.tokens[j]!.word) j--;
  return j < k - 1 && layout.tokens[j]?.lower === "the";
}

function looksLikeName(us: readonly Unit[], layout: TextLayout, afterHonorific: boolean): boolean {
  const words = us.filter((u) => !u.joiner);
  if (words.length === 0 || words.length > 5 || words.some((u) => /\d/.test(u.text))) return false;
  if (afterHonorific) return true;
  if (words.some((u) => isTitleHead(u.lower) && !isSurnameTitle(u.lower))) return false;
  // "the Executive Branch": one common noun after "the" and a title is no surname ("Secretary Rice" is).
  const sole = words.length === 1 ? wordClass(words[0]!.lower) : 0;
  if (sole & W.common && sole & W.noun && !(sole & NAME_BITS) && afterTheTitle(layout, words[0]!.first)) return false;
  return !words.some((u) => commonHere(u.lower, layout));
}

/** A person named after a title, with the gender its honorific tells ("Mrs", "Sir"). */
function titledPerson(us: readonly Unit[], ctx: SequenceContext, title: string): Candidate {
  const c = candidate(us, ctx, "Person", 3, "title");
  const honorific = title.replace(/\.$/, "");
  if (MALE_HONORIFICS.has(honorific)) c.gender = "male";
  if (FEMALE_HONORIFICS.has(honorific)) c.gender = "female";
  return c;
}

/** The last word of a role held at a company: "Comerica chief economist", "Balco founder" (not "Goldeneye director"). */
const COMPANY_ROLES: ReadonlySet<string> = new Set(["executive", "economist", "analyst", "strategist", "founder", "co-founder", "chairman", "chairwoman",
  "president", "boss", "spokesman", "spokeswoman", "spokesperson", "officer", "owner"]);

/**
 * "Comerica chief economist David Littman", "Balco founder Victor Conte": an unknown name, up to three lower-case
 * words of a company role, then a capitalised name: the name before is the company's.
 */
function companyRoleAfter(layout: TextLayout, last: number): boolean {
  const t = layout.tokens;
  let k = last;
  while (k < last + 3 && t[k]?.word && !t[k]!.cap && t[k]!.sentence === t[last - 1]!.sentence && (isTitleModifier(t[k]!.lower) || isTitleHead(t[k]!.lower) || COMPANY_ROLES.has(t[k]!.lower))) k++;
  // (A town's police: "Sanford police officer Timothy Smith".)
  if (t[last]?.lower === "police") return false;
  return k > last && COMPANY_ROLES.has(t[k - 1]!.lower) && t[k]?.cap === true && t[k]!.word && t[k]!.sentence === t[last]!.sentence;
}

/** Lower-case particles before a surname: "von der Leyen", "van der Vaart", "de Gaulle", "bin Salman". */
const NAME_PARTICLES = /^(?:von|van|der|den|de|da|di|du|del|della|dos|das|la|le|bin|ibn|ter|delos|dela|ap|ab|ferch|i|y)$/;

/** Roles held at a club or company, written after its name: "Arsenal manager", "Shell boss". */
const SPORTS_ROLES: ReadonlySet<string> = new Set(["coach", "captain", "striker", "goalkeeper", "keeper", "midfielder", "defender", "winger", "forward"]);
const OWNED_ROLES: ReadonlySet<string> = new Set([...SPORTS_ROLES, "manager", "boss", "owner", "chairman", "chair", "chairwoman"]);
/** A body's office, not a person's aide's or kin's: what a possessive before it and a name after it make a group. */
const BODY_OFFICES = /^(?:leader|chairman|chairwoman|chairperson|chair|president|general|secretary-general|candidate|chief|coordinator|treasurer|founder|director|head|commander|ceo|convener)$/;
/** From token k, up to five words ending in a body's office, then a comma and a capitalised name: "secretary general, Ignacio". */
function officeInApposition(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  for (let j = k; j < k + 5 && t[j]?.word && t[j]!.sentence === t[k]!.sentence; j++) {
    if (!t[j]!.cap && BODY_OFFICES.test(t[j]!.lower)) return t[j + 1]?.text === "," && t[j + 2]?.cap === true;
  }
  return false;
}

/** "Doug Sheffield, Vox's secretary general, said": the possessive at k opens an apposition to a name, ending at its office. */
function officeClosingApposition(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (t[k - 1]?.text !== "," || !t[k - 2]?.cap || t[k - 2]!.sentence !== t[k]!.sentence) return false;
  for (let j = k + 1; j < k + 5 && t[j]?.word && t[j]!.sentence === t[k]!.sentence; j++) {
    if (!t[j]!.cap && BODY_OFFICES.test(t[j]!.lower)) return t[j + 1]?.text === ",";
  }
  return false;
}

/** Whether the text writes the word after another capitalised one, as a surname ("Donald Trump", "Laurent Ferracci"). */
function surnameInText(layout: TextLayout, lower: string): boolean {
  const t = layout.tokens;
  return t.some((w, j) => j > 0 && w.lower.replace(/['’]s$/, "") === lower && t[j - 1]!.cap && t[j - 1]!.word && t[j - 1]!.sentence === w.sentence);
}

/** Token k is a lower-case role a club or a firm holds ("manager", "boss", "chairman") with a capitalised name after it. */
function ownedRoleAt(layout: TextLayout, k: number): boolean {
  // (After a word that ranks the role: "Liverpool head coach Arne Slot", "Chelsea caretaker manager", "Swansea majority owner".)
  const rank = layout.tokens[k]?.lower ?? "";
  if (/^(?:head|assistant|caretaker|interim|majority|sporting|technical)$/.test(rank) && layout.tokens[k + 1]?.sentence === layout.tokens[k]!.sentence) k++;
  const role = layout.tokens[k];
  const named = layout.tokens[k + 1];
  // (A club's "sporting director" or "technical director"; a film's director is no club's.)
  const held = role !== undefined && (OWNED_ROLES.has(role.lower) || (role.lower === "director" && /^(?:sporting|technical)$/.test(rank)));
  return held && !role!.cap && named?.cap === true && named.word && named.sentence === role!.sentence;
}
/** Words opening a sentence before such a role that are no club: "His manager", "Fund manager", "Station manager". */
const NOT_OWNERS: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
  "fund", "station", "factory", "store", "shop", "sales", "project", "team", "office", "branch", "campaign", "tour", "stage", "hedge",
  "portfolio", "property", "transfer", "media", "club", "committee", "charity", "hotel", "restaurant", "bank", "site", "plant", "band"]);

/** Companies named after places, which are the places after "the": "the Amazon". */
const PLACES_AFTER_THE: ReadonlySet<string> = new Set(["amazon"]);

function classifySegment(input: readonly Unit[], ctx: SequenceContext, titleBefore: string | null): Segment {
  let us = input.slice();
  while (us.length > 0 && us[0]!.joiner) us.shift();
  while (us.length > 0 && us[us.length - 1]!.joiner) us.pop();
  // "giant ISP AOL", "the CEO": a common acronym before a name is no part of it.
  while (us.length > 1 && us[0]!.upper && NON_ENTITY_ACRONYMS.has(us[0]!.text.replace(/\./g, "")) && us[1]!.upper) us.shift();
  if (us.length === 0) return null;
  const { layout } = ctx;
  const text = layout.text.slice(us[0]!.start, us[us.length - 1]!.end);
  // "Tottenham boss Ange Postecoglou", "Newcastle manager Graeme Souness": a town's name before a club's role and a name is the club's.
  if (us.length <= 2 && !us[us.length - 1]!.possessive && wordClass(fold(us)) & (W.city | W.region | W.place) && ownedRoleAt(layout, us[us.length - 1]!.last)) {
    return candidate(us, ctx, "Group", 2, "role-owner", "club");
  }
  // "Herefordshire", "Worcestershire": an English county's name ends in "shire".
  if (us.length === 1 && /\p{Ll}shire$/u.test(us[0]!.text) && !us[0]!.possessive) return candidate(us, ctx, "Place", 3, "place-head", "region");
  // "Trabzonspor", "Konyaspor": a Turkish club's name ends in "spor" ("sport").
  if (us.length === 1 && /\p{Ll}spor$/u.test(us[0]!.text)) return candidate(us, ctx, "Group", 3, "org-head", "club");
  const hit = lookupGazetteer(text);
  // "the Amazon rainforest", "in the Amazon": a company's name after "the" that is a place's too.
  if (hit && us.length === 1 && PLACES_AFTER_THE.has(us[0]!.lower) && layout.tokens[us[0]!.first - 1]?.lower === "the") return candidate(us, ctx, "Place", 2, "place-after-the", "place");
  if (hit) {
    const c = candidate(us, ctx, hit.entry.type, 3, "gazetteer", hit.entry.kind);
    c.canonical = hit.entry.names[0]!;
    return c;
  }
  if (DETERMINERS.has(us[0]!.lower)) return classifySegment(us.slice(1), { ...ctx, sentenceFirst: -1 }, titleBefore);
  // "Cuiabá-based grains producer", "Minneapolis-based retailer Northway Stores": what a group is based in is a place
  // (not "Linux-based desktop computers").
  const seat = layout.tokens[us[us.length - 1]!.last - 1]!;
  if (seat.end > us[us.length - 1]!.end && /^-based$/i.test(layout.text.slice(us[us.length - 1]!.end, seat.end)) && !isDemonym(us[0]!.lower)
    && groupAfterSeat(layout, us[us.length - 1]!.last)) return candidate(us, ctx, "Place", 2, "place-head", placeKind(wordClass(fold(us))));
  // "Nick Johnson KC", "Boris Johnson MP": letters after a name are no part of the name, though the mention spans them
  // (so "Philippe Sands QC, a member of ..." keeps its apposition).
  const suffix = us[us.length - 1]!;
  if (us.length >= 3 && POST_NOMINALS.has(suffix.text) && !us[us.length - 2]!.joiner) {
    const named = classifySegment(us.slice(0, -1), ctx, titleBefore);
    if (named && "type" in named && named.type === "Person") {
      named.canonical ??= named.text;
      [named.end, named.lastToken, named.possessive] = [suffix.end, suffix.last, suffix.possessive];
      named.text = layout.text.slice(named.start, named.end);
      return named;
    }
  }
  // "Mount Lewotobi Laki-laki", "Lake Victoria": a mountain's or lake's name opens with its kind, unless a body's head ends it.
  if (us.length >= 2 && /^(?:mount|mt|lake)$/.test(us[0]!.lower) && !us[0]!.possessive && !orgHeadKind(us[us.length - 1]!.lower)) return candidate(us, ctx, "Place", 2, "place-opener", "place");
  // "Drogheda, Co Louth", "Newry, Co Down": an Irish county, its word cut short before the name.
  if (us.length === 2 && /^Co\.?$/.test(us[0]!.text) && !us[0]!.possessive && !orgHeadKind(us[1]!.lower)) return candidate(us, ctx, "Place", 2, "place-opener", "region");
  // "Its National Democratic Alliance won 293 seats": a possessive opening a sentence is no part of the name.
  if (us.length > 1 && /^(?:its|his|her|their|our|my|your)$/.test(us[0]!.lower) && isInitial(layout, ctx, us[0]!)) {
    return classifySegment(us.slice(1), { ...ctx, sentenceFirst: -1 }, titleBefore);
  }
  // "Democratic House Speaker Nancy Pelosi", "the Republican Senate": the party's word is no part of the chamber's name.
  if (us.length === 2 && /^(?:democratic|republican)$/.test(us[0]!.lower) && /^(?:house|senate)$/.test(us[1]!.lower)) return classifySegment(us.slice(1), ctx, titleBefore);
  // "Mark Warner, a Virginia Democrat,": the state a party's member is from; the party word names no one.
  if (us.length >= 2 && us.length <= 3 && /^(?:democrat|republican)$/.test(us[us.length - 1]!.lower) && !us.some((u) => u.joiner)
    && /^(?:a|an)$/.test(layout.tokens[us[0]!.first - 1]?.lower ?? "")) return candidate(us.slice(0, -1), ctx, "Place", 2, "member-state", "region");
  // "Opposition People's Party leader X", "Ruling Georgian Dream won": a body's standing opening a sentence is no part of its name.
  if (us.length > 2 && isInitial(layout, ctx, us[0]!) && /^(?:opposition|ruling|governing|rival|outgoing|embattled)$/.test(us[0]!.lower)) {
    return classifySegment(us.slice(1), { ...ctx, sentenceFirst: -1 }, titleBefore);
  }
  // "But Congress may not": a conjunction opening a sentence or a quote is no part of the body named after it.
  // Nor a preposition: "At Kenyatta National Hospital, relatives said"; nor "Once" ("Once Rangers receive our letter").
  const initial = isInitial(layout, ctx, us[0]!);
  const opener = us[0]!.bits & (W.conjunction | W.preposition) || us[0]!.lower === "once";
  if (initial && us.length > 1 && opener && !(us[0]!.bits & (NAME_BITS | PLACE_BITS | W.org))) {
    return classifySegment(us.slice(1), { ...ctx, sentenceFirst: -1 }, titleBefore);
  }
  // "Tennis Australia", "Athletics Kenya", "Cricket Australia": a sport's governing body, named by the sport and the country.
  if (us.length === 2 && SPORT_BODIES.has(us[0]!.lower) && us[1]!.bits & W.country) return candidate(us, ctx, "Group", 3, "org-head", "organisation");
  // "On Tuesday Mitsubishi, the only Japanese car firm in the red,": a weekday opens no name but a paper's ("Sunday Times").
  if (us.length > 1 && WEEKDAY_NAMES.has(us[0]!.lower) && orgHeadKind(us[us.length - 1]!.lower) !== "media") return classifySegment(us.slice(1), { ...ctx, sentenceFirst: -1 }, titleBefore);
  // "Mr Irish", "Mr French", "Ms Lane": after Mr or Ms only a surname comes, whatever else the word can be.
  if (titleBefore !== null && ADDRESS_HONORIFICS.has(titleBefore) && us.length <= 3 && !us.some((u) => u.joiner || /\d/.test(u.text))) {
    return titledPerson(us, ctx, titleBefore);
  }
  // "Mayor Linda Park", "Senator Ed Hill": after a title, a first name and a surname that heads place names too.
  if (titleBefore !== null && us.length === 2 && us[0]!.bits & W.firstName && SURNAME_HEADS.has(us[1]!.lower)) return titledPerson(us, ctx, titleBefore);
  // "Analysts at Morgan Stanley": where people work, though its words are a first name and a surname.
  if (us.length === 2 && us[0]!.bits & W.firstName && roleAtBefore(layout, us[0]!.first)) return candidate(us, ctx, "Group", 2, "group-apposition", "organisation");
  // "spokesman Mike Lake", "Richard Hill": a first name before such a head is a person but where a place is ("in Stanley Park").
  if (us.length === 2 && us[0]!.bits & W.firstName && !(us[0]!.bits & PLACE_BITS) && SURNAME_HEADS.has(us[1]!.lower)
    && !PLACE_PREPOSITIONS.has(ctx.layout.tokens[us[0]!.first - 1]?.lower ?? "")) return candidate(us, ctx, "Person", 2, "first-name");
  // "Declan Ó Murchú", "Solicitor Ruairí Mac Lochlainn", "Gráinne Ní Dhonnabháin BL": a Gaelic particle between one or two
  // given names and the surname (no word of the language among them: not "Apple Mac Pro"); words before them are left out.
  const gaelic = us.length >= 3 && !us.some((u) => u.joiner) ? us.findIndex((u, i) => i > 0 && GAELIC_PARTICLES.has(u.text)) : -1;
  const postNominal = POST_NOMINALS.has(us[us.length - 1]!.text) ? 1 : 0;
  if (gaelic > 0 && gaelic === us.length - 2 - postNominal) {
    const plain = (u: Unit): boolean => !u.upper && !(u.bits & (W.common | PLACE_BITS | W.org | W.team | W.demonym | W.role | W.date)) && !isRoleNoun(u.lower) && !isTitleHead(u.lower);
    const from = gaelic >= 2 && us[gaelic - 2]!.bits & W.firstName && plain(us[gaelic - 2]!) && plain(us[gaelic - 1]!) ? gaelic - 2 : gaelic - 1;
    if (plain(us[from]!) && plain(us[gaelic - 1]!) && plain(us[gaelic + 1]!)) {
      return candidate(us.slice(from, gaelic + 2), ctx, "Person", 2, "name-particle");
    }
  }
  // "Raza Husain KC", "Jane Doe MP": letters after a name make it a person's.
  if (us.length >= 3 && us.length <= 4 && POST_NOMINALS.has(us[us.length - 1]!.text) && personShaped(us.slice(0, -1))) {
    const c = candidate(us, ctx, "Person", 2, "post-nominal");
    c.canonical = layout.text.slice(us[0]!.start, us[us.length - 2]!.end); // named without the letters, as above
    return c;
  }
  if (us.every((u) => wordClass(u.lower.replace(/\.$/, "")) & W.date || /^\d+$/.test(u.text))) return null;
  if (ctx.dateline && us.every((u) => u.upper) && !(us.length === 1 && NON_ENTITY_ACRONYMS.has(us[0]!.text.replace(/\./g, "")))) { // not "Q&A: ..."
    return candidate(us, ctx, "Place", 3, "dateline", "city");
  }
  // (The region or country after its comma: "BACOLOD CITY, Negros Occidental -".)
  if (ctx.dateline && !us.some((u) => u.upper && u.text.length > 1)) return candidate(us, ctx, "Place", 3, "dateline", "region");
  // (Before a person's or a firm's shape: "Bint Jbeil in southern Lebanon", "El Obeid, the capital of North Kordofan".)
  if (us.length <= 3 && titleBefore === null && !us.some((u) => u.possessive) && townContext(layout, us[us.length - 1]!.last)) return candidate(us, ctx, "Place", 2, "place-context");
  if (us.length === 1 && titleBefore === null && !us[0]!.possessive && !(us[0]!.bits & (NAME_BITS | W.common | W.noun | W.role)) && !KNOWN_SURNAMES.has(us[0]!.lower)
    && inNamedRegion(layout, us[0]!.last)) return candidate(us, ctx, "Place", 2, "place-context");
  // ("The governor of Negros Occidental, X", "the regent of Deli Serdang": what a governor or a mayor is of is a place.)
  if (us.length <= 3 && titleBefore === null && !us.some((u) => u.possessive || orgHeadKind(u.lower)) && placeOfficeBefore(layout, us[0]!.first)) return candidate(us, ctx, "Place", 2, "place-context");
  if (us.length === 1 && isDemonym(us[0]!.lower)) return { demonym: us[0]!.lower, start: us[0]!.start };
  if (us.length === 2 && (DEMONYM_COUNTRY.has(fold(us)) || DEMONYM_COUNTRY.has(fold(us).replace(/s$/, "")))) {
    return { demonym: fold(us).replace(/s$/, ""), start: us[0]!.start };
  }
  // "Vox's secretary general, Ignacio Ferreras,", "Chadema's Victoria Zone chairman, X,": a name no list knows opening a
  // sentence, whose office a person holds in apposition, is a body's; so is one opening the apposition ("X, Vox's secretary general,").
  if (us.length === 1 && us[0]!.possessive && !(us[0]!.bits & (NAME_BITS | PLACE_BITS))
    && (initial ? officeInApposition(layout, us[0]!.last) : officeClosingApposition(layout, us[0]!.first))
    && !surnameInText(layout, us[0]!.lower.replace(/['’]s$/, ""))) {
    return candidate(us, ctx, "Group", 2, "role-owner");
  }
  if (us.length === 1 && initial && looksCommon(us[0]!.lower, layout.lowerWords) && !(us[0]!.bits & (NAME_BITS | PLACE_BITS | W.org))) {
    // "Arsenal manager Mikel Arteta", "Shell boss Wael Sawan": whose head the person after it is.
    const role = layout.tokens[us[0]!.last];
    const owner = us[0]!;
    const mayOwn = !layout.lowerWords.has(owner.lower) && !(owner.bits & (W.verb | W.preposition | W.conjunction | W.adjective | W.role)) && !NOT_OWNERS.has(owner.lower);
    // (Or a company's: "Binance chief executive Changpeng Zhao said", where "-ance" made it look like a common word.)
    // (Not a field, a common noun the lexicon lacks: "Aviation analyst Nick Van den Brul".)
    const field = /(?:tion|sion|ment|ness|ity|ism|ics|ogy|ing|ies|ers|ure)$/.test(owner.lower);
    if (mayOwn && owner.bits === 0 && !field && companyRoleAfter(layout, owner.last)) return candidate(us, ctx, "Group", 2, "role-owner", "organisation");
    if (mayOwn && ownedRoleAt(layout, owner.last)) return candidate(us, ctx, "Group", 2, "role-owner", SPORTS_ROLES.has(role!.lower) ? "club" : undefined);
    // Left for the document to decide: "Irons" at a sentence start is the "Jeremy Irons" named before.
    return layout.lowerWords.has(us[0]!.lower) || us[0]!.bits & (W.verb | W.preposition | W.conjunction) ? null : candidate(us, ctx, null, 0, "initial-common");
  }

  if (us.length === 1 && joinsTwoPlaces(us[0]!.text)) return null;
  const key = fold(us);
  const bits = wordClass(key);
  if (bits & PLACE_BITS && !(bits & W.common)) return candidate(us, ctx, "Place", 2, "lexicon", placeKind(bits));
  if (bits & (W.org | W.team)) return candidate(us, ctx, "Group", 2, "lexicon", bits & W.team ? "club" : "organisation");
  // The head of "Bank of England" is "Bank", the word before the first joiner but "and".
  const joinerAt = us.findIndex((u) => u.joiner && u.lower !== "and"); // "Food and Drink Federation": its last word
  const last = joinerAt > 0 ? us[joinerAt - 1]!.lower : us[us.length - 1]!.lower;
  // An ampersand joins two names of one body, either of which may be its head: "Fairmont Hotels & Resorts", "AG Edwards & Sons".
  const ampersand = us.some((u) => u.text === "&");
  if (us.length >= 2) {
    // "Thames Water", "Scottish Water": a utility after a place or a demonym; not the film "Open Water".
    // ("Manchester Trades Union Council": unions' council, no government.)
    const unions = last === "council" && us.some((u) => /^(?:trades?|union|unions|labour)$/.test(u.lower));
    const orgKind = last === "water" && !(us[0]!.bits & (PLACE_BITS | W.demonym)) ? undefined : unions ? "organisation" : orgHeadKind(last) ?? (ampersand ? orgHeadKind(us[us.length - 1]!.lower) : undefined);
    if (orgKind && !isDemonym(us[0]!.lower) || (orgKind && us.length >= 3)) return candidate(us, ctx, "Group", 3, "org-head", orgKind);
    if (orgKind) return candidate(us, ctx, "Group", 3, "org-head", orgKind); // "Iraqi Army"
    // "Imperial College London", "Queen's University Belfast": a body's head, then the city it is in.
    const headBeforePlace = us.length >= 3 && joinerAt < 0 && us[us.length - 1]!.bits & PLACE_BITS ? orgHeadKind(us[us.length - 2]!.lower) : undefined;
    if (headBeforePlace) return candidate(us, ctx, "Group", 3, "org-head", headBeforePlace);
    // (No place is named with an ampersand: "USA Track & Field", "Marsh & McLennan".)
    const placeKindOfHead = ampersand ? undefined : placeHeadKind(last);
    // "Port of Rotterdam Authority", "City of London Corporation": a body named after a place, its head word last.
    const bodyOfPlace = placeKindOfHead && joinerAt > 0 ? orgHeadKind(us[us.length - 1]!.lower) : undefined;
    if (bodyOfPlace) return candidate(us, ctx, "Group", 3, "org-head", bodyOfPlace);
    // (Unless the kind of group stands before it: "Local residents' group Save Our Fields".)
    const described = placeKindOfHead ? groupOfApposition(us, layout) : null;
    if (described) return candidate(us, ctx, "Group", 2, "group-apposition", described);
    // (A person's name that ends like a place's is followed by "who": "Tiger Woods, who did not play this year".)
    const endAt = us[us.length - 1]!.last;
    const who = layout.tokens[endAt]?.text === "," ? layout.tokens[endAt + 1]?.lower === "who" : layout.tokens[endAt]?.lower === "who";
    if (placeKindOfHead && who && us.length === 2 && !(us[0]!.bits & PLACE_BITS)) return candidate(us, ctx, "Person", 2, "who-after-name");
    // (So is a given name after a person's role: "White House spokesman Harrison Fields said".)
    const role = layout.tokens[us[0]!.first - 1];
    if (placeKindOfHead && us.length === 2 && us[0]!.bits & (W.firstName | W.person) && !(us[0]!.bits & PLACE_BITS) && role?.word && !role.cap && isRoleNoun(role.lower)) {
      return candidate(us, ctx, "Person", 2, "role-before");
    }
    // "Boise School District", "Ada County Highway District", "Thompson-Nicola Regional District": a body that runs a
    // service over a district, not the district.
    if (last === "district" && joinerAt < 0 && us.length >= 2 && SERVICE_DISTRICTS.test(us[us.length - 2]!.lower)) return candidate(us, ctx, "Group", 3, "org-head", "government");
    if (placeKindOfHead && !isDemonym(us[0]!.lower)) return candidate(us, ctx, "Place", 3, "place-head", placeKindOfHead);
  }
  if (isDemonym(us[0]!.lower) && us.length > 1 && !(us.length === 2 && givenNameDemonym(us[0]!.lower) && !(us[1]!.bits & W.common))) {
    const rest = classifySegment(us.slice(1), { ...ctx, sentenceFirst: -1 }, titleBefore);
    // "Kenyan Mercy Chepng'eno broke away": a nationality before two or three words shaped like a name is a person's
    // (not after "the": "the British Phonographic Industry").
    // (Nor past an abbreviation, a title's: "Syrian Pres. Bashar al-Assad".)
    if (rest && "rule" in rest && rest.rule === "name-shape" && layout.tokens[us[0]!.first - 1]?.lower !== "the" && !us.some((u) => /\.$/.test(u.text))) {
      [rest.score, rest.rule] = [2, "demonym-person"];
    }
    return rest;
  }
  if (initial && us.length > 1 && looksCommon(us[0]!.lower, layout.lowerWords) && !(us[0]!.bits & (NAME_BITS | PLACE_BITS))) {
    // "Standard Life, Europe's largest mutual life insurer,": the apposition says the common word is part of the name.
    // A gerund may open one: "Feeding America, the largest network of food banks,".
    const verb = us[0]!.bits & W.verb && !(us.length === 2 && /[a-z]ing$/.test(us[0]!.lower) && us[1]!.bits & PLACE_BITS);
    const group = us[0]!.bits & (W.date | W.preposition | W.conjunction) || verb ? null : groupOfApposition(us, layout);
    if (group) return candidate(us, ctx, "Group", 2, "group-apposition", group);
    return classifySegment(us.slice(1), { ...ctx, sentenceFirst: -1 }, titleBefore);
  }
  // "Conservative Graham Brady", "Beatle George Harrison": the name starts at the first name (not after a title:
  // "Deputy Oil Minister Basim Mohammed Khudair" keeps the given name the lexicon lacks).
  if (us.length >= 3 && !(us[0]!.bits & (W.firstName | W.person)) && !(titleBefore !== null && us[0]!.bits === 0)) {
    const at = us.findIndex((u, i) => i > 0 && i < us.length - 1 && u.bits & W.firstName && !(u.bits & W.common));
    if (at > 0) return classifySegment(us.slice(at), { ...ctx, sentenceFirst: -1 }, titleBefore);
  }
  // (Or a known first name before a surname that looks like a word: "Health Secretary Wes Streeting".)
  const givenThenSurname = us.length >= 2 && us[0]!.bits & W.firstName && !us.some((u) => u.joiner) && looksLikeName(us.slice(1), layout, true);
  if (titleBefore !== null && (looksLikeName(us, layout, HONORIFICS.has(titleBefore)) || givenThenSurname)) return titledPerson(us, ctx, titleBefore);
  // compromise's "Person" words are first or last names ("Sydney", "Kent"): alone they prove little.
  if (bits & W.person && us.length >= 2) return candidate(us, ctx, "Person", 2, "lexicon");
  const firstBits = us[0]!.bits;
  // (Or a surname's particles: "Ursula von der Leyen", "Charles de Gaulle".)
  // (Not a particle before a place the lexicon knows: a body "of" it.)
  const plainMiddle = us.slice(1, -1).every((u) => (u.joiner ? NAME_PARTICLES.test(u.lower) && !(us[us.length - 1]!.bits & PLACE_BITS) : !(u.bits & W.common)));
  // (A first name the lexicon lacks before a particle only surnames take: "Randy delos Santos", "Peter van der Merwe".)
  const surnameParticle = us.length >= 3 && us[1]!.joiner && /^(?:delos|dela|von|van|bin|ibn)$/.test(us[1]!.lower) && !(firstBits & (PLACE_BITS | W.org));
  if (us.length >= 2 && (firstBits & W.firstName || surnameParticle) && plainMiddle && !EVENT_HEADS.has(us[us.length - 1]!.lower) && looksLikeName(us.slice(1), layout, true)) {
    return candidate(us, ctx, "Person", 2, "first-name"); // (its gender from the given name: candidate())
  }
  if (us.length === 1) {
    const u = us[0]!;
    if (u.upper && u.text.length <= 6) {
      if (NON_ENTITY_ACRONYMS.has(u.text.replace(/\./g, "")) || DEMONYM_COUNTRY.has(u.lower)) return null;
      // "TITLE", "WAS", "PS2", "COX-2": shouting, products and models rather than organisations.
      if (/[\d-]/.test(u.text) || u.bits & W.common) return null;
      // "APIKUR, an association representing eight firms,": an apposition makes it sure, whatever the NER says.
      const described = groupContext(layout, u.first, u.last);
      return described ? candidate(us, ctx, "Group", 2, "acronym", described) : candidate(us, ctx, "Group", 1, "acronym");
    }
    if (KNOWN_SURNAMES.has(u.lower)) return candidate(us, ctx, "Person", 2, "lexicon"); // "Trump said", "Zelensky told"
    // "Analysts at Bernstein": a surname that is also a firm, where people work.
    if (firstBits & W.lastName && roleAtBefore(layout, u.first)) return candidate(us, ctx, "Group", 2, "group-apposition", "organisation");
    // "Smith, the company's chief executive,": a known surname the apposition confirms is sure.
    if (firstBits & W.lastName) return candidate(us, ctx, "Person", personContext(layout, u.first, u.last, 1) ? 2 : 1, "surname-lexicon");
  }
  // "Shares in Diageo fell", "shares of Tesla": a listed company, not a place one is in.
  // (Not a nationality before the company's trade: "shares in Anglo-Swedish drugmaker AstraZeneca".)
  const nationality = us.some((u) => isDemonym(u.lower) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ic)$/u.test(u.text));
  if (us.length <= 3 && /^(?:in|of)$/.test(layout.tokens[us[0]!.first - 1]?.lower ?? "") && /^shares$/.test(layout.tokens[us[0]!.first - 2]?.lower ?? "") && !nationality) {
    return candidate(us, ctx, "Group", 2, "group-apposition", "company");
  }
  const place = placeContext(layout, us[0]!.first, us[us.length - 1]!.last);
  // "analysts at Bernstein" is where they work, not where they are.
  if (place && us.length <= 3 && roleAtBefore(layout, us[0]!.first)) return candidate(us, ctx, "Group", 2, "group-apposition", "organisation");
  if (place && us.length <= 3) return candidate(us, ctx, "Place", 2, place);
  const group = groupOfApposition(us, layout);
  if (group) {
    const c = candidate(us, ctx, "Group", 2, "group-apposition", group);
    // "the Guardian newspaper" is the gazetteer's "The Guardian".
    const titled = group === "media" ? lookupGazetteer(`The ${text}`) : undefined;
    if (titled) c.canonical = titled.entry.names[0]!;
    return c;
  }
  // (Not part of a longer name, "Real Sociedad president", nor a possessive, read as the owner of its role elsewhere.)
  // (Or a club's, at a sentence's start too when no ordinary word: "Fluminense president Otávio Rangel", "Gloucester head
  // coach Rob Tennant".)
  // (After a sentence's capitalised conjunction or preposition too: "But Galatasaray coach Levent Karaca".)
  const before = layout.tokens[us[0]!.first - 1];
  const afterOpener = before !== undefined && us[0]!.first - 1 === layout.sentences[before.sentence]!.first && hasClass(before.lower, W.conjunction | W.preposition);
  if (us.length <= 2 && (!initial || !looksCommon(us[0]!.lower, layout.lowerWords)) && !(before?.cap && !initial && !afterOpener) && !us[us.length - 1]!.possessive
    && !us.some((u) => u.joiner || u.bits & (NAME_BITS | PLACE_BITS | W.common | W.demonym) || /-\p{Ll}/u.test(u.text) || isTitleHead(u.lower) || isTitleModifier(u.lower))
    && !(initial && hasClass(us[0]!.lower, W.verb | W.preposition | W.conjunction | W.adjective | W.noun))) {
    const last = us[us.length - 1]!.last;
    // (A spokesman at a sentence's start is as often a person's: "Huckabee spokeswoman Alice Stewart".)
    const spokesman = /^spokes(?:man|woman|person)$/.test(layout.tokens[last]?.lower ?? "");
    if (companyRoleAfter(layout, last) && !(initial && spokesman)) return candidate(us, ctx, "Group", 2, "role-owner", "organisation");
    if (ownedRoleAt(layout, last)) return candidate(us, ctx, "Group", 2, "role-owner", "club");
  }
  const person = personContext(layout, us[0]!.first, us[us.length - 1]!.last, us.length);
  // (After a role noun or a kin's "of", a name's shape is enough: "district magistrate Shrikant Shastri", "the brother
  // of Renatus Juma Lukuba", whose words no list knows.)
  // (A surname's particles may stand inside: "Teresita Ortigas de la Rama, the governor's wife".)
  const nameLike = looksLikeName(us.filter((u) => !u.joiner), layout, false)
    && !us.some((u) => (u.joiner && !(NAME_PARTICLES.test(u.lower) && person === "apposition")) || u.upper || EVENT_HEADS.has(u.lower) || u.bits & W.date);
  const personLike = person === "speaker" ? personShaped(us) : nameLike || ((person === "role-before" || person === "kin-of") && personShaped(us));
  // "His brother, Djordje,", "her mother, Halyna, 67,": a single unknown word between commas after a role, kin or with an age is a name too.
  // So is one right after someone's kin: "Musk's brother Kimbal, a Tesla board member,".
  const kinBefore = layout.tokens[us[0]!.first - 1];
  const ownKin = kinBefore !== undefined && !kinBefore.cap && KIN.has(kinBefore.lower) && /^(?:his|her|their)$|['’]s$/.test(layout.tokens[us[0]!.first - 2]?.lower ?? "");
  const soleName = us.length === 1 && us[0]!.bits === 0 && !initial && !us[0]!.possessive && (person === "apposition" || person === "age")
    && (kinBefore?.text === "," || ownKin) && (layout.tokens[us[0]!.last]?.text === "," || (ownKin && layout.tokens[us[0]!.last]?.word === true && !layout.tokens[us[0]!.last]!.cap)); // "and his son Masrour are"
  if (person && personLike && (us.length >= 2 || us[0]!.bits & NAME_BITS || soleName)) {
    return candidate(us, ctx, "Person", 2, person);
  }
  // "St. Louis", "St Helens", "Saint Petersburg": a saint's name, when no body's head ends it, names a place.
  if (us.length >= 2 && /^(?:st\.?|saint)$/.test(us[0]!.lower) && !us.some((u) => u.joiner || u.possessive)) return candidate(us, ctx, "Place", 1, "saint-place", "city");
  // At a sentence's start too when a later word is a known name and the first no ordinary word: "Elon Musk has accused".
  const namedAfterStart = initial && us.slice(1).some((u) => u.bits & NAME_BITS) && !looksCommon(us[0]!.lower, layout.lowerWords)
    && !/^(?:san|santa|santo|sao|st|los|las|new|fort|port|mount|lake|cape|north|south|east|west)$/.test(us[0]!.lower); // not "San Andreas"
  if (us.length >= 2 && us.length <= 3 && (!initial || namedAfterStart) && personShaped(us)) {
    // (Not where only a place stands, no given name among its words: "hit their home near Kani Masi".)
    const located = /^(?:near|outside)$/.test(layout.tokens[us[0]!.first - 1]?.lower ?? "") && !us.some((u) => u.bits & W.firstName);
    return located ? candidate(us, ctx, "Place", 2, "place-context") : candidate(us, ctx, "Person", 1, "name-shape");
  }
  const byPronoun = us.length <= 3 && !us.some((u) => u.joiner) ? pronounAfterSpeech(layout, us[us.length - 1]!.last) : null;
  if (byPronoun && (!initial || !looksCommon(us[0]!.lower, layout.lowerWords))) return candidate(us, ctx, byPronoun, 2, "speaker-pronoun");
  return candidate(us, ctx, null, 0, "unknown");
}

/** The kind of group an apposition after up to three plain words describes ("Ofwat, the industry regulator,"), or null. */
function groupOfApposition(us: readonly Unit[], layout: TextLayout): string | null {
  if (us.length > 3 || us.some((u) => u.joiner || u.bits & W.firstName)) return null;
  return groupContext(layout, us[0]!.first, us[us.length - 1]!.last);
}

/**
 * Two or three capitalised words that are nothing else: no ordinary English word, no place or
 * organisation word, and either a known name among them or none of them known at all
 * ("Andriy Shevchenko" yes; "Academy Awards", "Cold War", "Bayern Munich" no).
 */
function personShaped(us: readonly Unit[]): boolean {
  let named = false;
  let known = false;
  for (const u of us) {
    if (u.joiner) return false;
    if (u.upper || /\d/.test(u.text)) return false;
    const bits = u.bits;
    if (bits & (W.common | PLACE_BITS | W.org | W.team | W.demonym | W.role | W.date)) return false;
    if (orgHeadKind(u.lower) || placeHeadKind(u.lower) || isTitleHead(u.lower) || EVENT_HEADS.has(u.lower)) return false;
    if (bits & NAME_BITS) named = true;
    if (bits !== 0) known = true;
  }
  return named || !known;
}

/** Words before a place: "in Stanley Park", "at Victoria Park". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "to", "from", "into", "outside", "inside", "around", "across", "through", "the"]);

/** Heads of place names that are also surnames: "Mayor Linda Park", "Senator Ed Hill". */
const SURNAME_HEADS = new Set(["park", "hill", "wood", "woods", "field", "lake", "church", "bridge", "green", "ford", "brook", "banks", "hall",
  "marsh", "fields", "rivers", "lane", "ridge", "grove", "chambers", "bishop", "waters", "shore", "steel"]);

/** "Labour MP", "Labor leader": the party, not a minister's portfolio ("Labour Minister", "Labor Secretary"). */
const partyBeforeTitle = (us: readonly Unit[], j: number): boolean =>
  /^(?:labour|labor)$/.test(us[j]!.lower) && !/^(?:minister|ministers|secretary|commissioner|department|ministry)$/.test(us[j + 1]?.lower ?? "");

/** Index just past the title run starting at i, or i when none starts there. */
function titleRunEnd(us: readonly Unit[], i: number): number {
  let j = i;
  let lastHead = -1;
  while (j < us.length && !us[j]!.joiner && (isTitleHead(us[j]!.lower.replace(/\.$/, "")) || isTitleModifier(us[j]!.lower)) && !partyBeforeTitle(us, j)) {
    if (isTitleHead(us[j]!.lower.replace(/\.$/, ""))) lastHead = j;
    j++;
  }
  // "Peshmerga General Command", "the General Assembly", "General Motors": a body's head after the title word names no one.
  if (lastHead >= 0 && us[lastHead + 1] && !us[lastHead + 1]!.joiner && orgHeadKind(us[lastHead + 1]!.lower) !== undefined) return i;
  return lastHead >= 0 ? lastHead + 1 : i;
}

/** What an office is "of" in titles of the US kind: "Secretary of State", "Secretary of Homeland Security", "Chief of Staff". */
const OFFICE_DOMAINS = new Set(["state", "defense", "defence", "health", "energy", "commerce", "agriculture", "labor", "labour",
  "education", "transportation", "transport", "treasury", "interior", "staff", "homeland", "security", "veterans", "affairs",
  "justice", "housing", "war", "finance", "foreign", "trade", "navy", "army", "the"]);

/** Past "of State" after a title run ending at j, when a name follows: "Secretary of State Marco Rubio"; else j. */
function pastOfficeDomain(us: readonly Unit[], j: number): number {
  if (us[j]?.lower !== "of" || !us[j]!.joiner) return j;
  let e = j + 1;
  while (e < us.length && OFFICE_DOMAINS.has(us[e]!.lower) && (!us[e]!.joiner || us[e]!.lower === "the")) e++;
  // A name after the domain: not "President of the Kurdistan Region", nor a title ending its sequence.
  return e > j + 1 && us[e - 1]!.lower !== "the" && e < us.length && !us[e]!.joiner ? e : j;
}

/** A title run just before the segment being classified ("Iraqi Prime Minister" before "Haider al-Abadi"). */
interface TitleBefore { label: string; start: number; end: number; lastLower: string; of: Segment }

/**
 * Classifies us[from, end) and adds it to `out` with the title before it. A module-level function,
 * not a closure: tsx compiles with keepNames, which wraps every named closure on each call.
 */
function flushSegment(us: readonly Unit[], from: number, end: number, ctx: SequenceContext, titleBefore: TitleBefore | null, out: Candidate[]): Segment {
  if (end <= from) return null;
  const seg = classifySegment(us.slice(from, end), ctx, titleBefore ? titleBefore.lastLower : null);
  if (seg && !("demonym" in seg)) {
    // (Also a person read so from where the name stands, the title right before it: "Chinese President Xi Jinping said".)
    if (titleBefore && seg.type === "Person") {
      const of = titleBefore.of;
      seg.title = {
        label: titleBefore.label,
        start: titleBefore.start,
        end: titleBefore.end,
        ...(of && "demonym" in of && DEMONYM_COUNTRY.has(of.demonym) ? { of: { place: DEMONYM_COUNTRY.get(of.demonym)! }, ofStart: of.start } : {}),
        ...(of && !("demonym" in of) && of.type !== "Person" ? { of: { candidate: of } } : {}),
      };
    }
    out.push(seg);
  }
  return seg;
}

/** Splits a sequence at titles and classifies each part. */
export function classifySequence(us: readonly Unit[], ctx: SequenceContext): Candidate[] {
  const out: Candidate[] = [];
  let segStart = 0;
  let before: Segment = null;
  let i = 0;
  let titleBefore: TitleBefore | null = null;
  while (i < us.length) {
    let j = titleRunEnd(us, i);
    // "Ms King", "Mr Bishop": a title word ending the run after an honorific is the surname (see below).
    if (j - i === 2 && ADDRESS_HONORIFICS.has(us[i]!.lower) && isSurnameTitle(us[i + 1]!.lower) && (j >= us.length || us[j]!.joiner)) j = i + 1;
    if (j === i) {
      i++;
      continue;
    }
    j = pastOfficeDomain(us, j);
    // A title run: what precedes it is what it is a title of ("Kirkuk Gov.", "Iraqi Prime Minister").
    const trailing = j >= us.length || us[j]!.joiner;
    let k = j;
    while (k < us.length && !us[k]!.joiner && titleRunEnd(us, k) === k) k++;
    const headOfRest = k > j ? us[k - 1]!.lower : "";
    // "Mayor Linda Park": a first name then a head that is also a surname is a person after a title.
    const personAfterTitle = SURNAME_HEADS.has(headOfRest) && k - j === 2 && (us[j]!.bits & W.firstName) !== 0;
    // (Or a known body whose name opens with a title's word: "Ukraine's General Staff said".)
    const known = k > j && lookupGazetteer(ctx.layout.text.slice(us[i]!.start, us[k - 1]!.end)) !== undefined;
    if (!trailing && (known || orgHeadKind(headOfRest) || placeHeadKind(headOfRest)) && !personAfterTitle && !(ADDRESS_HONORIFICS.has(us[i]!.lower) && j - i === 1 && k - j <= 2)) {
      i = j; // "General Motors", "Prince Edward Island": a name, not a title
      continue;
    }
    // "Commission on Social Justice": a title word in a body's field is no title.
    // So is one after a body's head and "of": "US Department of Justice", "Ministry of Justice".
    const bodysField = i >= 2 && us[i - 1]!.joiner && /^(?:of|for)$/.test(us[i - 1]!.lower) && orgHeadKind(us[i - 2]!.lower) !== undefined;
    if (us.slice(0, i).some((u) => u.joiner && u.lower === "on") || bodysField) {
      i = j;
      continue;
    }
    if (trailing && i === segStart && j - i === 1 && titleBefore && ADDRESS_HONORIFICS.has(titleBefore.lastLower) && isSurnameTitle(us[i]!.lower)) {
      i = j; // "Ms King", "Mr Bishop": after an honorific, a title word ending the name is the surname
      continue;
    }
    // "Lahur Sheikh Jangi": "Sheikh" between a given name and a family name is part of the name.
    const given = us[segStart]!;
    if (!trailing && i === segStart + 1 && j - i === 1 && /^sheikh?$/.test(us[i]!.lower) && k > j && !given.upper && !given.possessive
      && (given.bits === 0 || given.bits & W.firstName) && !lookupGazetteer(given.text)) {
      const name = candidate(us.slice(segStart, k), ctx, "Person", 2, "sheikh-name");
      out.push(name);
      before = name;
      segStart = i = k;
      titleBefore = null;
      continue;
    }
    if (trailing && i > segStart && j - i === 1 && isSurnameTitle(us[i]!.lower) && us[segStart]!.bits & W.firstName) {
      i = j; // "John Major": a surname, not a title
      continue;
    }
    titleBefore = null;
    before = flushSegment(us, segStart, i, ctx, titleBefore, out);
    // "Energy Minister Prince Abdulaziz", "Health Secretary Dr Ayesha Khan": the office is the label, not the honorific after it.
    let labelLast = j - 1;
    while (labelLast > i && LABEL_HONORIFICS.has(us[labelLast]!.lower.replace(/\.$/, ""))) labelLast--;
    const label = ctx.layout.text.slice(us[i]!.start, us[labelLast]!.end);
    titleBefore = { label, start: us[i]!.start, end: us[j - 1]!.end, lastLower: us[j - 1]!.lower, of: before };
    segStart = j;
    if (trailing) {
      // "President of the Kurdistan Region": the title's object is not its holder.
      titleBefore = null;
      while (segStart < us.length && us[segStart]!.joiner) segStart++;
    }
    i = segStart;
  }
  flushSegment(us, segStart, us.length, ctx, titleBefore, out);
  return out;
}
