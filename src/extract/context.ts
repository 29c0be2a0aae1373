// The words around an unknown name that tell what it is: "the town of Dokan" is a place,
// "Hero Talabani, the wife of" and "aide, Hemin Hawrami" are people.
import { orgHeadKind, PLACE_NOUNS } from "./heads.ts";
import { hasClass, W, wordClass } from "./lexicon.ts";
import { isDemonym, isTitleHead, ROLE_NOUNS } from "./titles.ts";

const isRoleNoun = (lower: string): boolean => ROLE_NOUNS.has(lower);
import type { TextLayout } from "./tokens.ts";

/** Kin before a name in apposition: "His brother, Djordje,". */
export const KIN: ReadonlySet<string> = new Set(["brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "uncle", "aunt", "cousin",
  "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower", "partner", "fiancee", "fiance",
  "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law"]);
/** Kin that tell a person's gender: "the governor's wife", "a grandson of". */
export const FEMALE_KIN = /^(?:wife|widow|daughter|sister|mother|niece|aunt|granddaughter|grandmother)$/;
export const MALE_KIN = /^(?:husband|widower|son|brother|father|nephew|uncle|grandson|grandfather)$/;
const APPOSITION_OPENERS = new Set(["a", "an", "the", "his", "her", "their", "its", "former", "then"]);
export const SPEECH_AFTER_NAME: ReadonlySet<string> = new Set(["said", "says", "told", "added", "warned", "tweeted", "wrote", "insisted", "explained",
  "announced", "confirmed", "denied", "claimed", "argued", "admitted", "stressed"]);
const BEFORE_CONTENT = new Set(["that", "on", "last", "this", "week", "month", "yesterday", "today", "earlier", "in", "a",
  "statement", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", ","]);

/** "the town of X", "the province of X", "X province": a rule name, or null. */
export function placeContext(layout: TextLayout, first: number, last: number): string | null {
  const t = layout.tokens;
  if (t[first - 1]?.lower === "of" && t[first - 2] && PLACE_NOUNS.has(t[first - 2]!.lower)) return "place-context";
  const next = t[last];
  if (next && !next.cap && next.word && PLACE_NOUNS.has(next.lower) && next.lower !== "area" && next.lower !== "border") {
    return "place-context";
  }
  // "over the Kursk and Belgorod regions", "in the Zap, Metina and Avashin areas": names listed before a plural of places.
  const plural = (k: number): boolean => !t[k]?.cap && /^(?:regions|provinces|districts|counties|states|territories|governorates|villages|towns|cities|islands|areas|valleys)$/.test(t[k]?.lower ?? "");
  // (Not a noun opening the sentence: "Member states of the WHO", "Neighbouring countries".)
  const commonOpener = last - first === 1 && (isRoleNoun(t[first]!.lower) || hasClass(t[first]!.lower, W.adjective));
  let k = last;
  while (k < last + 12 && (t[k]?.text === "," || t[k]?.lower === "and") && t[k + 1]?.cap && t[k + 1]!.word) {
    k++;
    while (t[k]?.cap && t[k]!.word && t[k]!.sentence === t[first]!.sentence) k++;
  }
  if (!commonOpener && plural(k) && t[k]!.sentence === t[first]!.sentence) return "place-context";
  // "the Santa Clara, California-based company": a town, then the state or country it is in.
  const based = next?.text === "," ? /^(.+)-based$/.exec(t[last + 1]?.lower ?? "") : null;
  if (based && hasClass(based[1]!, W.country | W.region)) return "place-context";
  return null;
}

/** Compass words of a country's part: "in southern Lebanon", "in north-eastern Syria". */
const COMPASS = /^(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)$/;

/**
 * "Bint Jbeil in southern Lebanon", "El Obeid, the capital of North Kordofan": words after a name that only a town
 * has, whatever its words look like; true or false.
 */
export function townContext(layout: TextLayout, last: number): boolean {
  const t = layout.tokens;
  const same = (k: number): boolean => t[k]?.sentence === t[last - 1]!.sentence;
  if (t[last]?.lower === "in" && COMPASS.test(t[last + 1]?.lower ?? "") && t[last + 2]?.cap && same(last + 2)) return true;

  // ("Pokrovsk, in the eastern Donetsk region", "Jepara, a town in Central Java"; and the first of two such:
  // "Avdiivka and Pokrovsk, in the eastern Donetsk region".)
  const inRegion = (k: number): boolean => t[k]?.text === "," && same(k + 3)
    && ((t[k + 1]?.lower === "in" && (COMPASS.test(t[k + 2]?.lower ?? "") || (t[k + 2]?.lower === "the" && COMPASS.test(t[k + 3]?.lower ?? ""))))
      || (/^(?:a|the)$/.test(t[k + 1]?.lower ?? "") && /^(?:town|city|village)$/.test(t[k + 2]?.lower ?? "") && /^(?:in|of)$/.test(t[k + 3]?.lower ?? "")));
  if (inRegion(last)) return true;
  // "Moneymore, Co Londonderry": an Irish county after the comma.
  if (t[last]?.text === "," && /^Co\.?$/.test(t[last + 1]?.text ?? "") && t[last + 2]?.cap && same(last + 2)) return true;
  if (t[last]?.lower === "and" && t[last + 1]?.cap && (inRegion(last + 2) || (t[last + 2]?.cap && inRegion(last + 3)))) return true;
  return t[last]?.text === "," && t[last + 1]?.lower === "the" && t[last + 2]?.lower === "capital" && t[last + 3]?.lower === "of" && same(last + 3);
}

/** Kinds of region written after a region's name: "Hasakah province", "Kyotera District". */
const REGION_KINDS = /^(?:province|district|state|region|county|governorate|prefecture|division|oblast|department)$/;
/** Offices held of a town, written "<office> of <town>" or "<office> for <town>". */
const TOWN_OFFICES = /^(?:mayor|governor|regent|councillor|councilor|mp|mla|lawmaker|legislator|deputy|senator|representative)$/;

/**
 * Where a sentence puts a town: "in Gaya", "near Darbhanga", "outside Fresnillo", "the mayor of Juiz de Fora", "Jehanabad
 * district". For the names a table of towns knows and no rule typed: its words alone would be too weak ("Chelsea",
 * "Bath", "Delta" are clubs and firms as often), the slot alone too ("in Harmony").
 */
export function townSlot(layout: TextLayout, first: number, last: number): boolean {
  const t = layout.tokens;
  // (Not a first name: "drafted in David dal Maso" is no town of Panama.)
  if (hasClass(t[first]!.lower, W.firstName)) return false;
  // (Nor a word of the language: "in Spring next year", "seen in Bride and Prejudice".)
  if (last - first === 1 && hasClass(t[first]!.lower, W.common | W.noun | W.adjective | W.verb | W.role)) return false;
  const before = t[first - 1]?.lower ?? "";
  if (/^(?:in|near|outside|around)$/.test(before)) return true;
  if (/^(?:of|for)$/.test(before) && TOWN_OFFICES.test(t[first - 2]?.lower ?? "")) return true;
  return /^(?:district|municipality|town|city|township|sub-district)$/.test(t[last]?.text ?? "");
}

/** "the governor of X", "the mayor of X", "regent of X", "the MP for X": offices only a place has, right before its name (token `first`). */
export function placeOfficeBefore(layout: TextLayout, first: number): boolean {
  const t = layout.tokens;
  if (t[first - 1]?.lower === "of" && /^(?:governor|mayor|regent|premier|prefect|governorship|mayoralty)$/.test(t[first - 2]?.lower ?? "")) return true;
  // ("The MP for Sittingbourne and Sheppey": a seat, the second of two names too.)
  const seat = (k: number) => t[k]?.lower === "for" && /^(?:mp|mps|msp|mla|mep)$/.test(t[k - 1]?.lower ?? "");
  return seat(first - 1) || (t[first - 1]?.lower === "and" && t[first - 2]?.cap === true && seat(first - 3));
}

/**
 * "Kasensero in Kyotera District", "Nabinagar in Bihar's Aurangabad district", "Ambalangoda in Galle District": a word
 * before "in" and a region named with its kind (for one word only: "Maria Gonzalez in Hidalgo County" is a person).
 */
export function inNamedRegion(layout: TextLayout, last: number): boolean {
  const t = layout.tokens;
  if (t[last]?.lower !== "in" || !t[last + 1]?.cap) return false;
  let k = last + 1;
  while (k < last + 5 && t[k]?.cap && t[k]!.word && t[k]!.sentence === t[last]!.sentence && !REGION_KINDS.test(t[k]!.lower)) k++;
  // (Not a court's district: "sued Trump in U.S. District Court".)
  return k > last + 1 && REGION_KINDS.test(t[k]?.lower ?? "") && t[k]!.sentence === t[last]!.sentence && !t[k + 1]?.cap;
}

/** "Fujitsu said it ...", "Irons said he ...": the pronoun after a speech verb tells person from group. */
export function pronounAfterSpeech(layout: TextLayout, last: number): "Person" | "Group" | null {
  const t = layout.tokens;
  if (!SPEECH_AFTER_NAME.has(t[last]?.lower ?? "")) return null;
  for (let k = last + 1; k < last + 7 && k < t.length; k++) {
    const w = t[k]!.lower;
    if (w === "he" || w === "she" || w === "his" || w === "her") return "Person";
    if (w === "it" || w === "its") return "Group";
    if (!BEFORE_CONTENT.has(w)) return null;
  }
  return null;
}

/** What an apposition calls an organisation: "Ofwat, the industry regulator,", "Unite, Britain's biggest union,". */
const GROUP_DESCRIPTIONS: ReadonlyMap<string, string> = new Map([
  ...["regulator", "watchdog", "charity", "thinktank", "think-tank", "body", "agency", "ministry", "organisation",
    "organization", "union", "institute", "association", "federation", "network", "office"].map((w) => [w, "organisation"] as const),
  ...["company", "firm", "group", "bank", "lender", "insurer", "airline", "carrier", "carmaker", "automaker", "drugmaker", "miner", "retailer", "chain",
    "supermarket", "broadcaster", "publisher", "operator", "giant", "maker", "manufacturer", "conglomerate", "startup",
    "developer", "producer", "exporter", "supplier", "newspaper", "daily", "outlet", "platform",
    "site", "website", "studio", "label", "consultancy", "fund", "utility", "broker", "homebuilder", "housebuilder", "builder",
    "shipper", "brewer", "distributor", "importer", "crusher", "refiner", "chipmaker", "start-up", "contractor", "marketer", "subsidiary",
    "arm", "unit", "division", "affiliate"].map((w) => [w, "company"] as const),
  ...["gang", "cartel", "syndicate"].map((w) => [w, "organisation"] as const),
  ...["party", "movement", "alliance", "coalition", "faction", "bloc"].map((w) => [w, "party"] as const),
  ...["militia", "army"].map((w) => [w, "armed_force"] as const),
  ["mission", "international"],
  ["club", "club"],
]);
/** Kinds of group written just before a name ("the charity Oxfam"); none is a person's trade ("the producer"). */
const GROUP_KINDS_BEFORE_NAMES: ReadonlyMap<string, string> = new Map([
  ...["journal", "magazine", "newspaper", "tabloid", "broadcaster", "website", "channel"].map((w) => [w, "media"] as const),
  ...["regulator", "watchdog", "charity", "thinktank", "think-tank", "agency", "union"].map((w) => [w, "organisation"] as const),
  ...["company", "firm", "bank", "lender", "insurer", "airline", "carmaker", "retailer", "supermarket", "chain", "conglomerate", "start-up", "startup"].map((w) => [w, "company"] as const),
  ["party", "party"], ["militia", "armed_force"],
  // After a plural possessive only (below): "residents' group Save Our Fields", "parents' group X".
  ["group", "organisation"],
]);
const GROUP_APPOSITION_OPENERS = new Set(["a", "an", "the", "its", "his", "her", "their", "another"]);

/** "an analyst at X", "Analysts at X" opening a sentence: a role noun (maybe plural) and "at" right before the name at `first`. */
export function roleAtBefore(layout: TextLayout, first: number): boolean {
  const t = layout.tokens;
  const role = t[first - 2]?.lower ?? "";
  const opensSentence = layout.sentences[t[first - 2]?.sentence ?? 0]?.first === first - 2;
  return t[first - 1]?.lower === "at" && (!t[first - 2]!.cap || opensSentence) && (isRoleNoun(role) || (role.endsWith("s") && isRoleNoun(role.slice(0, -1))));
}

/**
 * "Ofwat, the industry regulator,", "Unite, Britain's biggest union, said": an apposition that describes an
 * organisation; the kind of group it names, or null.
 */
export function groupContext(layout: TextLayout, first: number, last: number): string | null {
  const t = layout.tokens;
  const sentence = t[last - 1]!.sentence;
  // "an analyst at Jefferies", "analysts at Bernstein", "partner at BDO Stoy Hayward": where one holding a role works (not "actor with Walliams").
  if (roleAtBefore(layout, first) && t[first - 1]!.sentence === sentence
    && !hasClass(t[first]!.lower, W.country | W.city | W.region | W.place)) return "organisation";
  // "the former chief executive of Alameda Research", "the founder of Synthara": a firm's office, of a name no place's.
  // (Not a modifier of a trade after it, "of Nordic telecoms group TeliaSonera", nor an owner: "of Lee's POW! Entertainment".)
  // (And one's members: "a Dutch member of Renew Europe, said", "a member of the Athletes' Commission".)
  const of = t[first - 1]?.lower === "of" ? first - 1 : t[first - 1]?.lower === "the" && t[first - 2]?.lower === "of" ? first - 2 : -1;
  if (of > 0 && /^(?:executive|ceo|founder|co-founder|chairman|chairwoman|boss|owner|member|members)$/.test(t[of - 1]?.lower ?? "") && !t[of - 1]!.cap
    && t[of]!.sentence === sentence && !hasClass(t[first]!.lower, W.country | W.city | W.region | W.place | W.demonym | W.firstName)
    && !/['’]s?$/.test(t[last - 1]!.text) && !(t[last]?.word && !t[last]!.cap && !/^(?:and|who|which|since|until|from|in)$/.test(t[last]!.lower))) return "organisation";
  // "Columbus-based Pryor Lindgren", "the Newark-based firm Russo Feld": what is based somewhere is a group, whatever
  // its name's shape (not "a London-based analyst, John Smith", "London-based Levy's novel", "a Florida-based Republican
  // strategist").
  const basedAt = (k: number): boolean => inSentence(t, k, sentence) && /^\p{Lu}[\p{L}.]*-based$/u.test(t[k]!.text);
  const named = !/['’]s?$/.test(t[last - 1]!.text) && !hasClass(t[first]!.lower, W.common | W.demonym) && !(t[last]?.word && isRoleNoun(t[last]!.lower));
  if ((basedAt(first - 1) && named) || (!t[first - 1]?.cap && GROUP_DESCRIPTIONS.get(t[first - 1]?.lower ?? "") === "company"
    && (basedAt(first - 2) || (t[first - 2]?.word && !t[first - 2]!.cap && basedAt(first - 3))))) return "company";
  // "the journal Nature Medicine", "the charity Oxfam": the kind of group just before the name, after an article.
  const kindBefore = t[first - 1];
  // Or after a nationality and maybe a trade: "Brazilian construction firm Odebrecht", "Swiss bank UBS".
  // (Or after a seat: "London-based artificial intelligence start-up Synthara", a trade of up to two words.)
  // (Or after a plural possessive: "Local residents' group Save Our Fields".)
  const pluralPossessive = (k: number): boolean => /^['’]$/.test(t[k]?.text ?? "") && /[^s]s$/.test(t[k - 1]?.lower ?? "") && t[k - 1]!.sentence === sentence;
  const opensKind = (k: number): boolean => (GROUP_APPOSITION_OPENERS.has(t[k]?.lower ?? "") && kindBefore?.lower !== "group") || pluralPossessive(k) || (t[k]?.sentence === sentence
    && ((t[k]!.cap && isDemonym(t[k]!.lower)) || /^\p{Lu}\p{L}+-based$/u.test(t[k]!.text)));
  // (The sentence's first word too, capitalised, when it is an ordinary one: "Maritime security firm Ambrey said",
  // "Research firm Zorvat said".)
  const start = layout.sentences[sentence]!.first;
  const tradeWord = (k: number): boolean => t[k]?.word === true && (!t[k]!.cap || (k === start && hasClass(t[k]!.lower, W.common | W.adjective | W.noun)
    && !hasClass(t[k]!.lower, W.firstName | W.lastName | W.person | W.country | W.city | W.region | W.place | W.org))) && !GROUP_APPOSITION_OPENERS.has(t[k]!.lower);
  // (A "group" is one after its trade: "the haulage group Sule Transport", not "the group" alone.)
  // (Or a preposition: "the co-founder of crypto lender Halden Digital".)
  const opensTrade = (k: number): boolean => opensKind(k) || k === start - 1 || (kindBefore?.lower === "group" && GROUP_APPOSITION_OPENERS.has(t[k]?.lower ?? "") && t[k]!.sentence === sentence)
    || (/^(?:of|for|at|from|by|with)$/.test(t[k]?.lower ?? "") && t[k]!.sentence === sentence);
  const trade = tradeWord(first - 2) && (opensTrade(first - 3) || (tradeWord(first - 3) && opensTrade(first - 4)));
  if (kindBefore && !kindBefore.cap && kindBefore.sentence === sentence && GROUP_KINDS_BEFORE_NAMES.has(kindBefore.lower)
    && (opensKind(first - 2) || trade) && !hasClass(t[first]!.lower, W.firstName | W.lastName | W.person)) {
    return GROUP_KINDS_BEFORE_NAMES.get(kindBefore.lower)!;
  }
  // "the Vereinigung Cockpit union", "the Gorran movement": a name between "the" and the kind of group it is.
  // (Not a modifier of another body: "the City watchdog", "the Anfield club", "the Conservative party".)
  // (And an outlet: "told the Handelsblatt newspaper", "the Kompas daily".)
  if (t[first - 1]?.lower === "the" && t[first - 2]?.lower !== "of" && t[last]?.sentence === sentence && /^(?:newspaper|daily|magazine|broadcaster|tabloid)$/.test(t[last]?.lower ?? "") && !t[last]!.cap
    && !hasClass(t[first]!.lower, W.country | W.city | W.region | W.place | W.demonym)) return "media";
  if (t[first - 1]?.lower === "the" && t[last]?.sentence === sentence && /^(?:union|movement|militia|faction|chain)$/.test(t[last]?.lower ?? "") && !t[last]!.cap
    && !(last - first === 1 && hasClass(t[first]!.lower, W.common))) { // not "the Pop movement"
    // (A union of its own kind, so "the company" later is never it.)
    return t[last]!.lower === "union" ? "union" : GROUP_DESCRIPTIONS.get(t[last]!.lower) ?? null;
  }
  // Or a description before the name: "The drug's maker, Novo Nordisk,", "Its parent company, Alphabet,".
  // Past the place it works in: "The United Nations mission in Iraq, UNAMI,".
  let head = first - 2;
  let p = head;
  while (p > 0 && p > head - 3 && t[p]!.cap) p--;
  if (p < head && /^(?:in|to|for)$/.test(t[p]!.lower) && hasClass(t[head]!.lower, W.country | W.city | W.region | W.place)) head = p - 1;
  // (A trade that is a person's job too, before two or three words no list knows, leaves it open: "its legendary
  // publisher, Ghassan Tueni,".)
  const personToo = /^(?:publisher|producer|developer|builder|broker|contractor|operator|distributor|supplier|marketer|importer|exporter)$/.test(t[head]?.lower ?? "")
    && last - first >= 2 && last - first <= 3 && t.slice(first, last).every((w) => w.cap && !w.upper && wordClass(w.lower) === 0);
  const described = t[first - 1]?.text === "," && t[last]?.text === "," && !personToo ? GROUP_DESCRIPTIONS.get(t[head]?.lower ?? "") : undefined;
  if (described) {
    for (let k = head - 1; k >= Math.max(0, head - 4) && inSentence(t, k, sentence) && t[k]!.word; k--) {
      // Not the object of a role's preposition: "The head of the union, Frank Werneke," names the head (but
      // "the work of a drugs charity, Addaction," the charity).
      if (GROUP_APPOSITION_OPENERS.has(t[k]!.lower) && /^(?:of|at|for)$/.test(t[k - 1]?.lower ?? "") && isRoleNoun(t[k - 2]?.lower ?? "")) break;
      if (GROUP_APPOSITION_OPENERS.has(t[k]!.lower) || /['’]s$/.test(t[k]!.text)) return described;
    }
  }
  if (!inSentence(t, last + 1, sentence) || t[last]!.text !== ",") return null;
  if (/^\d/.test(t[first - 1]?.text ?? "")) return null; // "Il Sole 24 Ore": the name began before the number
  let k = last + 1;
  const opener = t[k]!;
  // "Universities Scotland, which represents university principals,": what only a body does.
  // (An event runs too: "CES, which runs from 6 to 9 January,".)
  if (opener.lower === "which" && /^(?:represents|runs|owns|operates|manages|publishes|employs|campaigns|lobbies)$/.test(t[k + 1]?.lower ?? "")
    && !/^(?:from|until|till|through|between|for)$/.test(t[k + 2]?.lower ?? "")) return "organisation";
  // ("Volvo Cars, which is based in Gothenburg,": only a body is based or headquartered somewhere.)
  if (opener.lower === "which" && /^(?:is|was)$/.test(t[k + 1]?.lower ?? "") && /^(?:based|headquartered)$/.test(t[k + 2]?.lower ?? "")) return "organisation";
  if (!GROUP_APPOSITION_OPENERS.has(opener.lower) && !(opener.cap && /['’]s$/.test(opener.text))) return null;
  // The head is the last word before the comma or a clause: "the godfather of the group" is no group.
  // Past a demonym: "BMW, the German carmaker,"; or a compound: "Mandiant, the Google-owned security firm,".
  const modifier = (w: string): boolean => isDemonym(w) || /^\p{L}+-(?:owned|based|backed|listed|funded|run|controlled|led)$/u.test(w);
  // (And a town before its state's: "Quillon, a Memphis, Tennessee-based freight broker,".)
  const townOfSeat = (k: number): boolean => t[k]!.cap && t[k + 1]?.text === "," && /-based$/.test(t[k + 2]?.lower ?? "");
  for (k++; k < last + 7 && inSentence(t, k, sentence) && t[k]!.word && (!t[k]!.cap || modifier(t[k]!.lower) || townOfSeat(k)) && t[k]!.lower !== "of"; k++) {
    if (townOfSeat(k)) k++;
    const after = t[k + 1];
    // "APIKUR, an association representing eight firms,": the head before what it does.
    if (!after || after.sentence !== sentence || !/^(?:,|that|which|based|in|of|at|said|says|representing|founded|owned|backed|run|funded|whose|made|comprising|consisting)$/.test(after.lower)) continue;
    const kind = GROUP_DESCRIPTIONS.get(t[k]!.lower) ?? (orgHeadKind(t[k]!.lower) === "company" ? "company" : undefined);
    if (kind) return kind;
  }
  return null;
}

/**
 * After a seat's token ("Cuiabá-based"), a group: a name ("Columbus-based Pryor Lindgren") or, within four lower-case
 * words, a kind of group ("the Cuiabá-based grains and cotton producer", "Minneapolis-based retailer").
 */
export function groupAfterSeat(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const sentence = t[k - 1]!.sentence;
  if (inSentence(t, k, sentence) && t[k]!.cap && t[k]!.word) return true;
  for (let j = k; j < k + 4 && inSentence(t, j, sentence) && t[j]!.word && !t[j]!.cap; j++) {
    if (GROUP_DESCRIPTIONS.has(t[j]!.lower) || GROUP_KINDS_BEFORE_NAMES.has(t[j]!.lower)) return true;
  }
  return false;
}

/** Token k exists and lies in the given sentence. (Not a closure: tsx's keepNames wraps those on every call.) */
function inSentence(t: TextLayout["tokens"], k: number, sentence: number): boolean {
  return k >= 0 && k < t.length && t[k]!.sentence === sentence;
}

/** Apposition, a role noun before, or a speech verb after: a rule name, or null. */
export function personContext(layout: TextLayout, first: number, last: number, units: number): string | null {
  const t = layout.tokens;
  const sentence = t[first]!.sentence;
  // "X, the wife of", "X, a Kurdish leader", "X, director general of", "X, 45,"
  if (inSentence(t, last, sentence) && t[last]!.text === ",") {
    let k = last + 1;
    if (inSentence(t, k, sentence) && /^\d{1,3}$/.test(t[k]!.text) && t[k + 1]?.text === ",") return "age";
    if (inSentence(t, k, sentence) && APPOSITION_OPENERS.has(t[k]!.lower)) k++;
    for (let n = 0; n < 4 && inSentence(t, k, sentence) && t[k]!.word; n++, k++) {
      // (Or kin of someone: "Abul Kashem Bhuiyan, the father-in-law of X".)
      // (Or someone's kin: "X, the governor's wife,", "X, Bhuiyan's younger son,".)
      const kinOf = KIN.has(t[k]!.lower) && (t[k + 1]?.lower === "of" || (n > 0 && /['’]s$/.test(t[k - 1]!.text)) || /['’]s$/.test(t[k - 2]?.text ?? ""));
      if (!t[k]!.cap && (isRoleNoun(t[k]!.lower) || kinOf)) return "apposition";
      if (t[k]!.lower === "of" || t[k]!.lower === "who") break;
    }
  }
  // "aide, Hemin Hawrami", "spokeswoman Sandra Gidley"
  if (inSentence(t, first - 1, sentence)) {
    const prev = t[first - 1]!;
    if (prev.text === "," && inSentence(t, first - 2, sentence) && !t[first - 2]!.cap && (isRoleNoun(t[first - 2]!.lower) || KIN.has(t[first - 2]!.lower))) return "apposition";
    // "the younger brother of Renatus Juma Lukuba": a kin's "of" names a person.
    // (The name ends there: not "daughter of House Democratic Leader Nancy Pelosi" nor "the son of Grand Ole Opry veteran
    // Earl Kessler", where the words describe the kin named after them.)
    const describes = t[last]?.word && !t[last]!.cap && t[last + 1]?.cap && inSentence(t, last + 1, sentence);
    if (prev.lower === "of" && KIN.has(t[first - 2]?.lower ?? "") && inSentence(t, first - 2, sentence) && units >= 2 && !t[last]?.cap && !describes) return "kin-of";
    // (Or an office's head: "district magistrate Shrikant Shastri".)
    if (prev.word && !prev.cap && (isRoleNoun(prev.lower) || isTitleHead(prev.lower)) && units >= 2) return "role-before";
    // "his son Masrour", "her husband Denis": a name right after a kin noun of a person named before.
    if (prev.word && !prev.cap && KIN.has(prev.lower) && /^(?:his|her|their)$/.test(t[first - 2]?.lower ?? "") && inSentence(t, first - 2, sentence)) return "apposition";
  }
  // (Not after a preposition of place: "Officials in São Paulo said" is the officials' word; the name is where they are.)
  if (/^(?:in|at|from|near|outside|inside|across)$/.test(t[first - 1]?.lower ?? "")) return null;
  if (units >= 2 && inSentence(t, last, sentence) && SPEECH_AFTER_NAME.has(t[last]!.lower)) return "speaker";
  if (units >= 2 && inSentence(t, last + 1, sentence) && t[last]!.text === "," && SPEECH_AFTER_NAME.has(t[last + 1]!.lower)) return "speaker";
  return null;
}
