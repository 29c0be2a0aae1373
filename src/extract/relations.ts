// Relations read from fixed news phrasings: ROLE ("Kirkuk Gov. Najm Eddine Karim", "the President of
// the Kurdistan Region, Masoud Barzani", "Ukraine's President Volodymyr Zelensky"), family ("Hero
// Talabani, the wife of Jalal Talabani") and AIDE_TO ("Barzani’s aide, Hemin Hawrami"). The words of ties are in
// ties.ts; whose a "his" or "her" is, in pronoun-ties.ts; the relations of sides and places, in affiliations.ts.
import { speechActFromCue } from "./cues.ts";
import { DEMONYM_COUNTRY, isDemonym, isMembersSeat, isPartySeat, isRoleNoun, isTitleHead, isTitleModifier } from "./titles.ts";
import { AUXILIARIES, hasClass, W } from "./lexicon.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention, RawRelation } from "./types.ts";
import { partyLetterAfter, partyNounAfter, partyNounBefore, partyWordBefore, pastBracket, stateOfTag } from "./party-letters.ts";
import { TRADE_UNIONS } from "./described-speakers.ts";
import { pronounTie } from "./pronoun-ties.ts";
import { AIDES, ARTICLES, chiefOfStaff, FAMILY, tieAt, tieOf, TIE_MODIFIERS, titleStart } from "./ties.ts";

/** Words of a body's standing before its name: "the main opposition Democratic Party", "the ruling AK Party". */
const BODY_STANDING = /^(?:main|opposition|ruling|governing|largest|biggest|far-right|far-left|centre-right|center-right|centre-left|center-left|hardline|nationalist|conservative|liberal|pro-kurdish|islamist)$/;
const LINKS = new Set(["of", "for", "at", "to", "in"]);

const BECOMES = new Set(["is", "was", "became", "becomes", "has", "had", "remains", "remained"]);
/** Verbs of leading a group, and the role they name: "who leads the Christian Democrats" is its leader. */
const LEADS: ReadonlyMap<string, string> = new Map([["leads", "leader"], ["led", "leader"], ["heads", "head"], ["headed", "head"],
  ["chairs", "chair"], ["chaired", "chair"], ["commands", "commander"], ["commanded", "commander"], ["founded", "founder"], ["runs", "head"]]);
const ROLE_ADVERBS = new Set(["also", "now", "currently", "still", "later", "long"]);
/**
 * A person described, not a position held: "India's richest man Azim Premji". Nor a tie between people
 * ("Bekele's Ethiopian colleague"), nor a form of address ("elections chief Lord Rennard").
 */
const DESCRIPTIONS = new Set(["man", "woman", "boy", "girl", "person", "star", "hero", "legend", "colleague", "friend", "successor",
  "predecessor", "lord", "lady", "winner", "villain", "icon", "favourite", "fan"]);
/** Posts held "in" a place that no title heads: "a senior official in Kirkuk", "a lawmaker in Baghdad". */
const PLACE_POSTS = /^(?:official|officials|officer|lawmaker|legislator|councillor|councilor|representative|delegate|envoy|politician|administrator|magistrate|coroner|sheriff)$/;
/** A US federal district's offices, which "U.S." before them does not make the country's. */
const DISTRICT_OFFICES = /^(?:attorney|(?:chief )?(?:district|magistrate|bankruptcy) judge|marshal)$/i;
/** Offices a nationality gives a title of its country: "Russian president", "Indian oil minister" (not "British actor"). */
const OFFICES_OF_STATE = /^(?:president|president-elect|premier|chancellor|minister|leader|ambassador|envoy|king|queen|monarch|emir|sultan|governor)$/;
const NO_ROLE_HEADS = new Set([...DESCRIPTIONS, "rival", "ally", "partner", "baron", "baroness",
  // Who buys from or uses a body holds no office in it: "A former FTX customer, Sunil Kavuri".
  "customer", "customers", "client", "clients", "passenger", "passengers", "shopper", "user", "users", "subscriber", "patient", "patients"]);
/** Belonging and sides are no role held: "a senior member of the Quorn", "a frequent critic of EU policy". */
const SIDES: ReadonlyMap<string, string> = new Map([["member", "MEMBER_OF"], ["activist", "MEMBER_OF"], ["critic", "OPPOSES"],
  ["opponent", "OPPOSES"], ["foe", "OPPOSES"], ["enemy", "OPPOSES"], ["adversary", "OPPOSES"], ["rival", "OPPOSES"],
  ["supporter", "ALLIED_WITH"], ["ally", "ALLIED_WITH"]]);
/** Words that open a clause, not a role phrase, after a name and its comma: "Kinnock, he has also become chairman". */
const CLAUSE_STARTS = new Set(["he", "she", "it", "they", "we", "i", "you", "and", "but", "or"]);
/** A head that describes a person rather than naming a position, singular or plural ("Academy Award winners"). */
const describesPerson = (w: string): boolean => DESCRIPTIONS.has(w) || (w.endsWith("s") && DESCRIPTIONS.has(w.slice(0, -1)));
/** A rank among others is no position held: "France's second best-paid actor", "the most senior judge", "the richest man". */
const superlative = (w: string): boolean => /^(?:best|worst|most|least)(?:-|$)/.test(w) || (/[^aeiou]est$/.test(w) && hasClass(w, W.adjective) && !isRoleNoun(w));
/** "England's black players, Wayne Rooney": a plural role is a group's, not the name's after it. */
const plural = (w: string): boolean => /[^s]s$/.test(w) && isRoleNoun(w.slice(0, -1));
/** Forms of address are no role: "In a speech to the Foreign Policy Centre Mr Straw said". */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mister", "fr", "rev", "reverend"]);
/** Titles of rank a person's name may carry after their office. */
const NOBLE_TITLES = new Set(["sheikh", "sheik", "prince", "princess", "emir", "lord", "lady", "king", "queen"]);
/** Words that open no role phrase after "is"/"was" or a comma: "was replaced as the member for", "no stranger to". */
const NOT_A_ROLE_START = new Set(["no", "not", "never", "as", "like"]);
/** Participles that may open a role: "acting head of", "elected chairman of". */
const ROLE_PARTICIPLES = new Set(["acting", "elected", "appointed", "retired", "designated", "founding", "managing", "presiding", "ruling", "outgoing", "incoming"]);

/** Ranks of nobility, no office held in the place they are "of". */
const NOBILITY = /^(?:lord|lady|baron|baroness|duke|duchess|earl|countess|viscount|viscountess|marquess|marchioness|prince|princess)$/;
/** Titles of those a country posts abroad: "ambassador in Baghdad" is not Baghdad's. */
const DIPLOMATS = /^(?:ambassador|consul|envoy|general|attache|attaché|charge|chargé)$/;

/** Offices a place's name modifies: "U.S. envoy", "London mayor" (not "US actor", "Brazil striker"). */
const PUBLIC_OFFICES = new Set(["envoy", "ambassador", "negotiator", "official", "officials", "minister", "president", "governor", "mayor",
  "spokesman", "spokeswoman", "spokesperson", "secretary", "senator", "diplomat", "commander", "premier", "chancellor", "consul", "representative", "lawmaker", "prosecutor",
  // A country's team: "England captain Ben Stokes", "Wales coach Warren Gatland", "England manager Gareth Southgate".
  "captain", "coach", "skipper", "manager", "boss"]);
/** Modifiers after a role's head: "professor emeritus", "president-elect" written apart. */
const POSTPOSED = new Set(["emeritus", "emerita", "elect", "designate"]);
/** Offices of a town or a region, written in lower case after its name: "Aurangabad district magistrate X". */
const PLACE_OFFICES = /^(?:magistrate|governor|mayor|councillor|councilor|commissioner|mp|mla|legislator|lawmaker|senator|administrator|collector|sheriff|coroner|spokesperson|spokesman|spokeswoman)$/;
/** Seats and heads' offices a place or a group before the title holds: "Ilemela MP X", "Leyte Rep. X", "Dayton Mayor X". */
const SEATS_OF_NAMES = /^(?:mp|mep|msp|mla|td|rep|representative|senator|sen|mayor|governor|gov|commissioner|councillor|councilor|chief|leader|chairman|chairwoman|chair|director|coach|manager|captain)$/;
/** A group's own units, after its possessive: "Northwestern University's law school", "the BBC's news department". */
const UNITS = new Set(["school", "department", "faculty", "college", "division", "unit", "office", "institute", "centre", "center", "board", "council", "committee"]);

/**
 * A group named by its proper name, every word capitalised ("IMF", "U.N."; not "Pakistani military"), or
 * a place's institution ("Sudan's army"): a modifier of a role after it ("Sudan's army chief").
 */
/** A portfolio before a role, which the lexicon may know as a verb: "transport spokesman", "finance spokesman", "party chairman". */
/** The fields of a ministry that "and" may join before its office: "mines and energy minister". */
const OFFICE_FIELDS = new Set(["mines", "energy", "trade", "industry", "environment", "climate", "culture", "media", "sport", "housing", "health",
  "social", "care", "education", "skills", "science", "technology", "justice", "home", "foreign", "finance", "economy", "agriculture", "fisheries",
  "food", "rural", "defence", "defense", "transport", "communities", "work", "pensions", "labour", "employment", "tourism", "infrastructure", "water"]);
const FIELDS = new Set(["transport", "finance", "party", "trade", "house", "store", "market", "board", "brand"]);

/** A group named by its proper name, words capitalised (a number may end it: "BBC Radio 2"), or "X's" and a lower-case word. */
function namedGroup(m: RawMention): boolean {
  return m.type === "Group" && (m.text.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w)) || /^\p{Lu}\S*['’]s \p{Ll}+$/u.test(m.text));
}

/** Kinds of group a description names when its name does not end in the description's word ("the company": "Siemens Energy"). */
const BUSINESS = new Set(["company", "organisation", undefined]);
const DESCRIBED_KINDS: ReadonlyMap<string, ReadonlySet<string | undefined>> = new Map([
  ...["company", "firm", "retailer", "supermarket", "bank", "airline", "carmaker", "broadcaster", "publisher"].map((w) => [w, BUSINESS] as const),
  ["club", new Set(["club"])], ["party", new Set(["party"])],
  // "the group's policy director": an organisation of any sort but a state's ("the group" is no ministry).
  ["group", new Set(["organisation", "international", "company", "armed_force", undefined])],
  // "The agency's director-general, Tedros": a public or international body named before (the World Health Organization).
  ...["agency", "regulator", "watchdog"].map((w) => [w, new Set(["international", "government", "organisation"])] as const),
  ...["organisation", "organization", "body"].map((w) => [w, new Set(["international", "organisation"])] as const)]);

/** The last group named before `before` that the description ("trust", "company") fits: by its last word, or by its kind. */
function lastDescribedGroup(mentions: readonly RawMention[], described: string, before: number): number | undefined {
  // By its last word first ("the agency": the Child Support Agency), else by its kind.
  let byHead: number | undefined;
  let byKind: number | undefined;
  mentions.forEach((x, k) => {
    if (x.type !== "Group" || x.end > before) return;
    // (Or a name's head before "of": "the college" is the Royal College of Physicians.)
    const words = x.text.toLowerCase().split(/\s+/);
    const head = (w: string | undefined): boolean => w === described || w === `${described}s`; // "the airline": Ethiopian Airlines
    // (Not a council of trade unions for "the council": "Manchester Trades Union Council".)
    if (described === "council" && TRADE_UNIONS.test(x.text)) return;
    if (head(words[words.length - 1]) || head(words[words.indexOf("of") - 1])) byHead = k;
    else if (DESCRIBED_KINDS.get(described)?.has(x.kind)) byKind = k;
  });
  return byHead ?? byKind;
}

/** No name, or a ministry's: a portfolio's words before a title ("Water Resources", "Cabinet Office" spokeswoman). */
const portfolioName = (m?: RawMention): boolean => m === undefined || (m.type === "Group" && m.kind === "government");

/**
 * Where the office starts after a verb of taking one at token k: "served as", "went on to serve as", "becomes", "was
 * appointed", "has since been named"; -1 for any other words.
 */
function officeVerbEnd(t: TextLayout["tokens"], k: number): number {
  while (/^(?:has|have|had|was|is|will|would|since|also|later|then|subsequently|been|be|went|on|to)$/.test(t[k]?.lower ?? "")) k++;
  const verb = t[k]?.lower ?? "";
  if (/^(?:served|serves|serve|serving)$/.test(verb)) return t[k + 1]?.lower === "as" ? k + 2 : -1;
  if (/^(?:became|becomes|become)$/.test(verb)) return k + 1;
  if (/^(?:appointed|named|elected|made)$/.test(verb)) return t[k + 1]?.lower === "as" ? k + 2 : k + 1;
  return -1;
}

/** The mention opens its sentence, past an article and capitalised title words: "The Greens", "Sen. X". */
export function opensSentence(layout: TextLayout, x: RawMention): boolean {
  const t = layout.tokens;
  const first = layout.sentences[x.sentence]!.first;
  let k = x.firstToken - 1;
  while (k >= first && t[k]!.word && (t[k]!.cap || ARTICLES.has(t[k]!.lower))) k--;
  return k < first;
}

/**
 * A party's seat is membership, not an office held of the party: "Labour MP X", "X, the Tory MP", "Republican
 * Senator X" are MEMBER_OF the party (the label keeps the seat); "Labour leader X" stays its ROLE. So is a
 * lawmaker's or a candidate's of a movement not known as a party: "Hezbollah lawmaker X", "Hamas candidate X".
 */
export function partySeatAsMembership(r: RawRelation, mentions: readonly RawMention[]): RawRelation {
  if (r.type !== "ROLE" || !("mention" in r.target) || r.label === undefined) return r;
  const party = mentions[r.target.mention]!;
  // (A movement known as one: a group of no known kind may be a constituency the recogniser took for one, "the Labour MP
  // for South West Norfolk"; and a board's seat is an office: "Lumora board member X".)
  const movement = (party.kind === "armed_force" || party.kind === "organisation" || party.kind === "union") && !/\bboard\b/i.test(r.label);
  // (Letters no list knows are a movement too, never a constituency: "ODM MP X", "UCP MLA X".)
  const letters = party.kind === undefined && /^[A-Z][A-Z&-]{1,7}$/.test(party.text) && !/activists?$/i.test(r.label);
  return party.type === "Group" && ((party.kind === "party" && isPartySeat(r.label)) || ((movement || letters) && isMembersSeat(r.label))) ? { ...r, type: "MEMBER_OF" } : r;
}

export function extractRelations(layout: TextLayout, mentions: readonly RawMention[]): RawRelation[] {
  const t = layout.tokens;
  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    startsAt.set(m.firstToken, i);
    endsAt.set(m.lastToken, i);
  });
  const out: RawRelation[] = [];
  const span = (a: number, b: number) => ({ start: t[a]!.start, end: t[b - 1]!.end });
  const lower = (k: number): string => t[k]?.lower ?? "";
  const sameSentence = (a: number, b: number): boolean => t[a]?.sentence === t[b]?.sentence;
  const titleFirst = (x: RawMention): number => titleStart(t, x);
  /** The mention starting at j, or a titled person's after its title words ("former president Carlos Mendes"). */
  const personAfterTitle = (j: number): number | undefined => {
    for (let k = j; k < j + 4; k++) {
      const m = startsAt.get(k);
      // "the widow of Nirvana frontman Kurt Cobain": a band's or a group's role noun, then its person.
      // So is a place's title: "the wife of former US President Jimmy Carter".
      const end = m === undefined ? -1 : mentions[m]!.lastToken;
      let past = end;
      while (m !== undefined && past < end + 3 && t[past]?.word && (isTitleHead(lower(past)) || isTitleModifier(lower(past))) && (!t[past]!.cap || mentions[m]!.type === "Place")) past++;
      const after = past > end ? startsAt.get(past) : undefined;
      if (after !== undefined && mentions[after]!.type === "Person") return after;
      if (m !== undefined) return m;
      // ("the son of the late Iraqi President Jalal Talabani": past "late" and a demonym too.)
      if (!t[k]?.word || !(isTitleHead(lower(k)) || isTitleModifier(lower(k)) || isDemonym(lower(k)) || /^(?:former|late)$/.test(lower(k)))) return undefined;
    }
    return undefined;
  };

  /** "a spokeswoman for Chancellor Friedrich Merz" at k: a spokesman for a person (not for "Erdogan's AK Party"). */
  const spokesmanOfPerson = (k: number): boolean => {
    if (!/^spokes/.test(lower(k)) || lower(k + 1) !== "for") return false;
    const other = personAfterTitle(k + 2);
    return other !== undefined && mentions[other]!.type === "Person" && !mentions[other]!.possessive;
  };
  /** "Erdogan's (chief) spokesman" from k: the possessive person, the tie word and the index past it. */
  const personsTie = (k: number): { owner: number; type: string; end: number } | undefined => {
    const owner = startsAt.get(k);
    if (owner === undefined || mentions[owner]!.type !== "Person" || !mentions[owner]!.possessive) return undefined;
    let j = mentions[owner]!.lastToken;
    // (Past an age: "Jamie Ellery, Tom Ellery's 20-year-old son".)
    while (j < mentions[owner]!.lastToken + 2 && (TIE_MODIFIERS.has(lower(j)) || /^\d+-year-old$/.test(lower(j))) && tieAt(t, j) === undefined && !chiefOfStaffAt(j)) j++;
    // ("Mohsen Haji-Mirzaei, Pezeshkian's chief of staff,": three words.)
    if (chiefOfStaffAt(j) && sameSentence(k, j + 2)) return { owner, type: "AIDE_TO", end: j + 3 };
    const type = tieAt(t, j);
    return type !== undefined && sameSentence(k, j) ? { owner, type, end: j + 1 } : undefined;
  };
  /**
   * The person a kin's or an aide's "of"/"to" names, past the words that describe them: "the daughter of Oscar-winning
   * actress Marianne Doyle", "the grandson of the late shipping magnate Sir Geoffrey Pell", "an adviser to the Qatari
   * emir, Sheikh Tamim bin Hamad Al Thani" (one comma after a title); none past "and" or a clause.
   */
  const describedPersonAt = (j: number): number | undefined => {
    let commas = 0;
    for (let p = j; p < j + 7 && p < t.length && sameSentence(j, p); p++) {
      const found = startsAt.get(p);
      if (found !== undefined && mentions[found]!.type === "Person") return found;
      // (Past a nationality read as its country: "Qatari"; past a team or a party before a role: "former England seamer
      // Steve Hartley", "the late Labour MP X".)
      // (Or past a place's or a group's possessive before a title: "the son of Kecskemét's long-serving mayor, Gyula Halmai".)
      const before = found !== undefined && t[mentions[found]!.lastToken]?.word === true && !t[mentions[found]!.lastToken]!.cap && (!mentions[found]!.possessive || mentions[found]!.type !== "Person")
        && !hasClass(lower(mentions[found]!.lastToken), W.verb | W.preposition | W.conjunction) && !/^(?:who|which|that|whose)$/.test(lower(mentions[found]!.lastToken));
      if (before) {
        p = mentions[found]!.lastToken - 1;
        continue;
      }
      if (found !== undefined && !(mentions[found]!.type === "Place" && isDemonym(lower(p)))) return undefined;
      // (A name right after it: not "son of HP's co-founder, in Peter Burrows's book".)
      if (t[p]!.text === "," && commas === 0 && p > j && (isTitleHead(lower(p - 1)) || isRoleNoun(lower(p - 1))) && t[p + 1]?.cap) {
        commas++;
        continue;
      }
      if (!t[p]!.word || /^(?:and|or|who|which|that|whose|but)$/.test(lower(p))) return undefined;
    }
    return undefined;
  };

  /** After a role phrase starting at k: its label, the preposition's index and the target mention. */
  /** "the college's president", "the group's policy director": a role of the group that description names, last before it. */
  const describedRole = (k: number): { owner: number; end: number } | null => {
    const described = /^([a-z]+)['’]s$/.exec(lower(k))?.[1];
    if (!described || lower(k - 1) !== "the") return null;
    let j = k + 1;
    while (j < k + 4 && t[j]?.word && !t[j]!.cap && !isRoleNoun(lower(j))) j++;
    if (!isRoleNoun(lower(j)) || t[j]!.cap) return null;
    // The whole title ("the agency's chief accountant"), then no name: not "from Bosch, the carmaker's chief executive Helmut Panke said".
    while (t[j + 1]?.word && !t[j + 1]!.cap && !/^(?:of|for|at|in|on|and|or|to|with|from|since|who|which|said|says)$/.test(lower(j + 1))) j++;
    if (t[j + 1]?.cap) return null;
    // (Named in this sentence or the two before: further back, "the company" may be one never named.)
    const owner = lastDescribedGroup(mentions, described, t[k]!.start);
    return owner === undefined || mentions[owner]!.sentence < t[k]!.sentence - 2 ? null : { owner, end: j + 1 };
  };
  const rolePhrase = (k: number): { label: string; target: number; end: number; type?: string; seat?: number } | null => {
    // "Merz, who leads the center-right Christian Democrats": a verb of leading names the role.
    const led = lower(k) === "who" ? LEADS.get(lower(k + 1)) : undefined;
    if (led) {
      for (let j = k + 2; j < k + 6 && t[j]?.word && sameSentence(k, j); j++) {
        const g = startsAt.get(j);
        if (g !== undefined) {
          const group = mentions[g]!;
          // The group ends the phrase: not "who chairs the Commons trade committee", "the company Joy Division were signed to".
          const ends = /^(?:[,.;]|and|in|since|for|from|until|between)$/.test(lower(group.lastToken));
          return group.type === "Group" && !group.possessive && ends ? { label: led, target: g, end: group.lastToken } : null;
        }
        if (t[j]!.cap && !ARTICLES.has(lower(j))) return null;
      }
      return null;
    }
    // "Bernardin, who became archbishop of Cincinnati": the role is what follows the relative's verb.
    // (Or served as it: "Daniel Okafor, who served as Lumora's chief technology officer".)
    if (lower(k) === "who" && /^(?:served|serves)$/.test(lower(k + 1)) && lower(k + 2) === "as") k += 3;
    else if (lower(k) === "who" && BECOMES.has(lower(k + 1))) {
      k += lower(k + 2) === "been" ? 3 : 2;
      while (ROLE_ADVERBS.has(lower(k))) k++; // "who is also vice president of"
    }
    // (Nor a relative clause of another verb: "Mikey Madison, who won best actress for her role in Anora"; "WHO" is a name.)
    if (NOT_A_ROLE_START.has(lower(k)) || /^(?:who|whose|which)$/.test(t[k]?.text ?? "") || (!t[k]?.cap && /(?:ed|ing)$/.test(lower(k)) && !ROLE_PARTICIPLES.has(lower(k)))) return null;
    // "Rafael Grossi, told reporters in Vienna": the verb after the comma says, it names no role.
    if (!t[k]?.cap && speechActFromCue(lower(k)) !== undefined) return null;
    // "Johann Cruyff, currently a consultant at Barcelona": the adverb is no part of the role.
    while (ROLE_ADVERBS.has(lower(k))) k++;
    // "Trump was elected the 47th president of the United States": the office, not how or in which order it came.
    if (ROLE_PARTICIPLES.has(lower(k)) && ARTICLES.has(lower(k + 1))) k++;
    if (ARTICLES.has(lower(k)) || lower(k) === "another") k++;
    if (/^\d+(?:st|nd|rd|th)$/.test(lower(k))) k++;
    // Nor a clause: "Kinnock, he has also become chairman of", "George Bush, and the presidents of Sri Lanka".
    if (CLAUSE_STARTS.has(lower(k))) return null;
    // "Toby Harward, the UN's deputy humanitarian coordinator for Sudan": the possessive group's role.
    // Or the group's name as a modifier: "Kristalina Georgieva, IMF managing director", "Hans Kluge, WHO regional director for Europe".
    const owner = startsAt.get(k);
    const ownerEnd = owner === undefined ? -1 : possessiveRoleEnd(owner, true);
    if (owner !== undefined && ownerEnd > 0) {
      // "Condoleezza Rice, UN Secretary General Kofi Annan,": the title of the next name in a list.
      const holder = startsAt.get(ownerEnd);
      if (holder !== undefined && mentions[holder]!.type === "Person") return null;
      const label = layout.text.slice(t[mentions[owner]!.lastToken]!.start, t[ownerEnd - 1]!.end);
      // "Barbara Roche, Labour MP for Hornsey": the party's seat is the constituency's too. "Angela Brierley, the Labour
      // leader of Castlebury City Council": a party's member leads the council.
      const party = mentions[owner]!.kind === "party";
      const seatAt = party && isPartySeat(label) && lower(ownerEnd) === "for" ? ownerEnd + 1
        : party && lower(ownerEnd) === "of" ? (lower(ownerEnd + 1) === "the" ? ownerEnd + 2 : ownerEnd + 1) : -1;
      const seat = seatAt >= 0 ? startsAt.get(seatAt) : undefined;
      const seatOk = seat !== undefined && mentions[seat]!.type !== "Person" && !mentions[seat]!.possessive;
      // (Its member, whatever the role: MEMBER_OF the party.)
      const member = seatOk && !isPartySeat(label) ? { type: "MEMBER_OF" } : {};
      return { label, target: owner, end: seatOk ? mentions[seat]!.lastToken : ownerEnd, ...(seatOk ? { seat } : {}), ...member };
    }
    const first = k;
    // ("X, an analyst with Bank Sal Oppenheim": "with" the firm one works for, after the role.)
    const link = (j: number): boolean => LINKS.has(lower(j)) || lower(j) === "with";
    while (k < first + 6 && t[k]?.word && !link(k) && sameSentence(first, k)) k++;
    if (k === first || !link(k)) return null;
    // "Scrushy is the first chief executive to be tried for ...": a record set, no role held.
    if (lower(k) === "to" && /^(?:first|last|only|second|third|youngest|oldest)$/.test(lower(first))) return null;
    // "a professor emeritus at": a modifier after the head.
    const head = POSTPOSED.has(lower(k - 1)) && k - 2 >= first ? t[k - 2]! : t[k - 1]!;
    if (!(isRoleNoun(head.lower) || isTitleHead(head.lower)) || FAMILY.has(head.lower) || AIDES.has(head.lower) && lower(k) === "to") return null;
    // A description or a rank, not a position: "the villain at Twickenham", "the best striker in Europe", "the presidents
    // of Sri Lanka" (a plural is others'), "Yahoo's head of consumer services in the UK" (the possessive's role, read above).
    if (describesPerson(head.lower) || plural(head.lower) || t.slice(first, k).some((w, j) => (w.lower === "and" && ARTICLES.has(lower(first + j + 1))) || /['’]s$/.test(w.lower) || superlative(w.lower))) return null;
    let j = k + 1;
    for (let guard = 0; guard < 8 && j < t.length && sameSentence(first, j); guard++) {
      const m = startsAt.get(j);
      // "chief executive of Lagos-based Financial Derivatives Company": the place describes the company.
      // Also with a space: "co founder of Amsterdam based OneStat.com".
      const describing = m !== undefined && (/^[-‐‑]\p{Ll}/u.test(layout.text.slice(mentions[m]!.end, mentions[m]!.end + 2))
        || (mentions[m]!.type === "Place" && /^(?:based|headquartered)$/.test(lower(mentions[m]!.lastToken))));
      // "at Northwestern University's law school": a group's own unit is the group's.
      // Not a unit named in its own right ("the IMF's European Department").
      const unit = m !== undefined && mentions[m]!.type === "Group" && !startsAt.has(mentions[m]!.lastToken) && !t[mentions[m]!.lastToken]?.cap
        && (UNITS.has(lower(mentions[m]!.lastToken)) || UNITS.has(lower(mentions[m]!.lastToken + 1)));
      // (A trade practised in a place is no office of it: "a paediatric surgeon in London", "an accountant in Dallas".)
      const tradeIn = m !== undefined && mentions[m]!.type === "Place" && lower(k) === "in" && !isTitleHead(head.lower) && !PLACE_POSTS.test(head.lower);
      if (m !== undefined && !describing && !tradeIn && (!mentions[m]!.possessive || unit) && mentions[m]!.type !== "Person") {
        const type = SIDES.get(head.lower) ?? "ROLE";
        if (type === "MEMBER_OF" && mentions[m]!.type !== "Group") return null;
        // A side is taken with whom the link names (maybe after a possessive: "a member of Cherie Blair's Matrix
        // Chambers"), not "a long-time critic of aid to Kyiv".
        const named = ARTICLES.has(lower(k + 1)) ? k + 2 : k + 1;
        const owner = startsAt.get(named);
        if (type !== "ROLE" && j > named && !(owner !== undefined && mentions[owner]!.possessive && mentions[owner]!.lastToken === j)) return null;
        // (Nor the place or group of the side's title: "a close ally of Var senator Pierre Aubanel" is the senator's,
        // read in affiliations.ts.)
        const titled = type !== "ROLE" ? personAfterTitle(j) : undefined;
        if (titled !== undefined && titled !== m && mentions[titled]!.type === "Person") return null;
        // "Tom Barrack, the U.S. ambassador to Turkey": a diplomat is posted to the place, the office is the country's
        // named before it ("the British ambassador to Iraq", named by a demonym, is read where titles are).
        if (DIPLOMATS.test(head.lower) && /^(?:to|in|for)$/.test(lower(k))) {
          const sender = startsAt.get(first);
          if (sender === undefined || mentions[sender]!.type === "Person" || mentions[sender]!.lastToken > k - 1) return null;
          return { label: layout.text.slice(t[mentions[sender]!.lastToken]!.start, mentions[m]!.end), target: sender, end: mentions[m]!.lastToken, type };
        }
        return { label: layout.text.slice(t[first]!.start, t[k - 1]!.end), target: m, end: mentions[m]!.lastToken, type };
      }
      // "a cousin of Bafel Talabani and a former co-leader of the PUK": a person's relative, not the next group's role.
      if (m !== undefined && mentions[m]!.type === "Person" && !mentions[m]!.possessive) return null;
      if (m !== undefined) j = mentions[m]!.lastToken;
      else if (t[j]!.text === "," || t[j]!.text === ".") return null;
      // "the U.S. envoy to the coalition fighting Islamic State": a participle's object is not whose the role is.
      else if (/[a-z]ing$/.test(lower(j)) && !t[j]!.cap && t[j - 1]!.word && !ARTICLES.has(lower(j - 1)) && j > k + 1 && startsAt.has(j + 1)) return null;
      // "head of the DIW economic institute in Berlin": a place after an unnamed body is where it is, not whose the role is.
      // (Nor after a field: "a professor of international relations in Seoul" teaches there.)
      else if (/^(?:in|at|near)$/.test(lower(j)) && (t.slice(k + 1, j).some((w) => w.cap) || (lower(k) === "of" && lower(j) === "in" && j > k + 1 && t.slice(k + 1, j).every((w) => w.word && !w.cap)))
        && mentions[startsAt.get(ARTICLES.has(lower(j + 1)) ? j + 2 : j + 1) ?? -1]?.type === "Place") return null;
      else j++;
    }
    return null;
  };

  const chiefOfStaffAt = (k: number): boolean => chiefOfStaff(t, k);
  /** A portfolio's own name before a capitalised title: "Water Resources" in "Pakistan's Water Resources Minister, X". */
  const portfolioBeforeTitle = (k: number): boolean => {
    for (let j = k + 1; j <= k + 2; j++) {
      if (!t[j]?.word || (!t[j]!.cap && !isRoleNoun(lower(j)))) return false;
      // (Not a body with a role of its own: "Iran's Revolutionary Guards commander" commands the Guards.)
      if ((isTitleHead(lower(j)) || isRoleNoun(lower(j))) && !HONORIFICS.has(lower(j))) return [...Array(j - k).keys()].every((d) => portfolioName(mentions[startsAt.get(k + d) ?? -1]));
    }
    return false;
  };
  /**
   * "Ukraine's President", "the Greens' parliamentary leader", "Germany's finance minister": a group's or
   * place's possessive (mention g), then up to four role words ending in a role noun; the index past them, or -1.
   */
  const possessiveRoleEnd = (g: number, groupAsModifier = false, bare = false): number => {
    const owner = mentions[g]!;
    // As a modifier only a group's proper name: "IMF managing director", not "a Pakistani military analyst".
    // Or an institution named in lower case, with no article ("Iraqi government spokesman X"; not "a Pakistani military analyst").
    const institution = owner.rule === "institution" && !ARTICLES.has(lower(owner.firstToken - 1));
    if (owner.type === "Person" || !(owner.possessive || (groupAsModifier && (namedGroup(owner) || institution)))) return -1;
    let k = owner.lastToken;
    let end = -1;
    while (k < owner.lastToken + 4 && t[k]?.word && sameSentence(owner.firstToken, k)) {
      const w = lower(k);
      // Capitals only in a title ("Prime Minister") or a demonym ("Iraq's Kurdish leader"); no
      // "and", "after", "his" inside ("Labour's record and party leader Michael Howard").
      // (Or, after a possessive, a place the office is of: "Chadema's Victoria Zone chairman", "Golkar's North Sumatra treasurer".)
      const placeWord = owner.possessive && mentions.some((p) => p.type === "Place" && p.firstToken <= k && k < p.lastToken);
      if (t[k]!.cap && !isTitleHead(w) && !isTitleModifier(w) && !isDemonym(w) && !portfolioBeforeTitle(k) && !placeWord) break;
      // (But "and" between two fields of one office: "Brazil's mines and energy minister", "trade and industry secretary".)
      const fieldsJoined = w === "and" && k > owner.lastToken && OFFICE_FIELDS.has(lower(k - 1)) && OFFICE_FIELDS.has(lower(k + 1));
      if ((hasClass(w, W.preposition | W.conjunction) || ARTICLES.has(w)) && !fieldsJoined) break;
      if (superlative(w)) return -1; // "France's second best-paid actor"
      // Right before the name, after a group that is no possessive: a capitalised title is an office's ("Sport Secretary",
      // "Solicitor General"), and a verb ends the phrase ("Arab News said Labour Minister X", "Tories including leader X").
      if (bare && !owner.possessive && (t[k]!.cap || AUXILIARIES.has(w) || speechActFromCue(w) !== undefined
        || /^(?:also|stars|host|hosts)$/.test(w) || (/(?:ing|ed)$/.test(w) && !ROLE_PARTICIPLES.has(w))
        || (hasClass(w, W.verb) && !hasClass(w, W.noun | W.adjective | W.role) && !isRoleNoun(w) && !(FIELDS.has(w) && isRoleNoun(lower(k + 1)))))) break;
      if ((isRoleNoun(w) || isTitleHead(w)) && !FAMILY.has(w) && !HONORIFICS.has(w) && !NO_ROLE_HEADS.has(w) && !plural(w)) end = k + 1;
      k++;
    }
    return end;
  };
  const possessiveRole = (g: number, end: number, person: number, evidenceEnd: number): RawRelation => {
    // A noble title after an office is the holder's, not the role's: "Bangladesh's Prime Minister Sheikh Hasina".
    let labelEnd = end;
    while (labelEnd - 2 > mentions[g]!.lastToken && NOBLE_TITLES.has(lower(labelEnd - 1))) labelEnd--;
    return { type: "ROLE", source: person, target: { mention: g }, evidence: span(mentions[g]!.firstToken, evidenceEnd), label: layout.text.slice(t[mentions[g]!.lastToken]!.start, t[labelEnd - 1]!.end) };
  };

  mentions.forEach((m, i) => {
    if (m.type !== "Person") return;
    // "Ukraine's President Volodymyr Zelensky", "Germany's finance minister Lars Klingbeil" and, in
    // apposition, "the Greens' parliamentary leader, Katharina Dröge".
    // Or with the person's own title between: "Sudan's army chief, General Abdel Fattah al-Burhan".
    const titled = titleFirst(m);
    let possessiveOwner = -1;
    for (const first of titled === m.firstToken ? [m.firstToken] : [m.firstToken, titled]) {
      const roleEndsAt = t[first - 1]?.text === "," ? first - 1 : first;
      for (let k = roleEndsAt - 1; k >= Math.max(0, roleEndsAt - 11) && possessiveOwner < 0; k--) {
        const g = endsAt.get(k);
        // Also a group's name as a modifier after an article, in apposition: "A KDP spokesman, Mahmoud Mohammed,".
        // Also past adjectives ("A senior PKK commander,"), and an institution named in lower case ("Iraqi government spokesman X").
        let before = g === undefined ? -1 : mentions[g]!.firstToken - 1;
        while (before > 0 && before > (g === undefined ? 0 : mentions[g]!.firstToken - 3) && t[before]!.word && !t[before]!.cap && !ARTICLES.has(lower(before)) && hasClass(lower(before), W.adjective)) before--;
        // And right before the name, no comma: "IMF managing director Kristalina Georgieva", "EU foreign policy chief Kaja Kallas".
        const modifier = g !== undefined && ((t[roleEndsAt]?.text === "," && ARTICLES.has(lower(before))) || /['’]s \p{Ll}+$/u.test(mentions[g]!.text)
          || mentions[g]!.rule === "institution" || roleEndsAt === first);
        // "Ankara's CHP mayor, Mansur Yavaş", "Castlebury Central's Labour MP, Daniel Okafor": the place's seat, held for the party.
        const party = g === undefined ? undefined : mentions[g]!;
        const seatOf = party?.kind === "party" && !party.possessive ? endsAt.get(party.firstToken) : undefined;
        if (seatOf !== undefined && mentions[seatOf]!.type === "Place" && mentions[seatOf]!.possessive && roleEndsAt > party!.lastToken && roleEndsAt - party!.lastToken <= 2
          && t.slice(party!.lastToken, roleEndsAt).every((w) => w.word && (isTitleHead(w.lower.replace(/\.$/, "")) || isTitleModifier(w.lower) || isRoleNoun(w.lower)))) {
          const seat = layout.text.slice(t[party!.lastToken]!.start, t[roleEndsAt - 1]!.end);
          out.push({ type: "ROLE", source: i, target: { mention: seatOf }, evidence: span(mentions[seatOf]!.firstToken, m.lastToken), label: seat });
          out.push({ type: "MEMBER_OF", source: i, target: { mention: g! }, evidence: span(party!.firstToken, m.lastToken), label: seat });
          possessiveOwner = seatOf;
          continue;
        }
        // (Only right before the name, or before its comma, within the six words a role takes.)
        if (g !== undefined && roleEndsAt - mentions[g]!.lastToken > 5 && t[roleEndsAt]?.text !== ",") continue;
        // Also with the role's field after it, in apposition: "Unison's head of health, Helga Pile", "Somalia's Minister of
        // Commerce and Industry, X", "Qatar's minister of state for foreign affairs, X" (words, no one's name among them).
        const e = g === undefined ? -1 : possessiveRoleEnd(g, modifier, roleEndsAt === first);
        const field = e > 0 && t[roleEndsAt]?.text === "," && /^(?:of|for)$/.test(lower(e)) && roleEndsAt - e >= 2 && roleEndsAt - e <= 6
          && t.slice(e + 1, roleEndsAt).every((w, d) => w.word && (!w.cap || !mentions.some((p) => p.type === "Person" && p.firstToken <= e + 1 + d && e + 1 + d < p.lastToken)));
        if (g !== undefined && (e === roleEndsAt || field)) {
          out.push(possessiveRole(g, roleEndsAt, i, m.lastToken));
          possessiveOwner = g;
        }
      }
    }
    // Title before the name: "Iraqi Prime Minister Haider Al-Abadi", "Kirkuk Gov. Najm Eddine Karim".
    // (Or a name the recognisers found apart from the title, right before it: "Ilemela MP Gerald Kisusi Bulugu".)
    // (A seat or a head's office, not a portfolio's: "Sport Secretary", "Solicitor General" name no group.)
    const titleOwner = m.title && !m.title.of && SEATS_OF_NAMES.test(m.title.label.toLowerCase().split(/\s+/).pop()!.replace(/\.$/, "")) ? endsAt.get(titleFirst(m)) : undefined;
    const ownerBefore = titleOwner !== undefined && mentions[titleOwner]!.type !== "Person" && !mentions[titleOwner]!.possessive
      && !/^party-/.test(mentions[titleOwner]!.rule) && mentions[titleOwner]!.sentence === m.sentence ? { mention: titleOwner } : undefined;
    // ("U.S. Attorney X", "U.S. District Judge X": a federal district's office, not the country's; "of the Southern
    // District of New York" names it below.)
    const districtOffice = m.title !== undefined && DISTRICT_OFFICES.test(m.title.label) && m.title.of !== undefined && "mention" in m.title.of
      && /^(?:united states|u\.?s\.?a?\.?)$/i.test(mentions[m.title.of.mention]!.canonical ?? mentions[m.title.of.mention]!.text);
    const titleOf = districtOffice ? undefined : m.title?.of ?? ownerBefore;
    if (titleOf && !HONORIFICS.has(m.title!.label.toLowerCase().replace(/\.$/, ""))) {
      const of = titleOf;
      const start = "mention" in of ? Math.min(mentions[of.mention]!.start, m.title!.start) : Math.min(m.title!.ofStart ?? m.title!.start, m.title!.start);
      out.push({ type: "ROLE", source: i, target: of, evidence: { start, end: m.end }, label: m.title!.label });
    }
    // "Rep. Matt Gaetz (R-Fla.)", "Sen. Ted Cruz, R-Texas,": the party's letter after the name.
    const letter = partyLetterAfter(layout, m);
    const party = letter >= 0 ? startsAt.get(letter) : undefined;
    if (party !== undefined && mentions[party]!.rule === "party-letter") {
      out.push({ type: "MEMBER_OF", source: i, target: { mention: party }, evidence: span(m.firstToken, letter + 1), label: t[letter]!.text });
    }
    // "Sen. Marisol Arce, D-N.M.", "Sen. Ray Tolliver, I-Maine": the state that elected the senator.
    const tagged = stateOfTag(layout, m);
    if (tagged) out.push({ type: "ROLE", source: i, target: { place: tagged.state, words: tagged.words, kind: "region" }, evidence: span(titleFirst(m), tagged.token + 1), label: m.title!.label });
    // "Republican Senator Susan Collins", "Democratic state Rep. Carla Mendes": the party's adjective before the seat.
    const word = partyWordBefore(layout, m);
    const partyOfWord = word >= 0 ? startsAt.get(word) : undefined;
    if (partyOfWord !== undefined && mentions[partyOfWord]!.rule === "party-word") {
      out.push({ type: "MEMBER_OF", source: i, target: { mention: partyOfWord }, evidence: span(word, m.lastToken), label: t[word]!.text });
    }
    // "Hughes, a Milwaukee Democrat,", "Sheehan, the Democratic former governor", "The ranking Democrat, Sen. Luis Ortega,".
    for (const described of [partyNounAfter(layout, m), partyNounBefore(layout, m)]) {
      const party = described >= 0 ? startsAt.get(described) : undefined;
      if (party === undefined || mentions[party]!.rule !== "party-word") continue;
      out.push({ type: "MEMBER_OF", source: i, target: { mention: party }, evidence: span(Math.min(described, m.firstToken), Math.max(described + 1, m.lastToken)), label: t[described]!.text });
    }
    // (An apposition may follow the bracket: "Rep. Patrick McHenry (R-N.C.), a close ally of McCarthy,".)
    const after = pastBracket(layout, m);
    // "Detective Chief Inspector Lewis Hughes, of Greater Manchester Police, said": the title's group, or
    // without a title the group the person is of ("John Smith, of the Royal Society,").
    // Or with no comma before "of", when the group's name ends the phrase: "Dr Steven Nissen of the Cleveland Clinic told".
    // Or a title or role word before the name and "at" after it: "analyst Ray Neidl at Calyon Securities"; a titled
    // person "of" a place is that place's: "President Nestor Kirchner of Argentina".
    // ("Henrik Aslan, also of the SPD,": past an adverb after the comma.)
    const ofAt = t[after]?.text === "," ? (/^(?:also|too|both)$/.test(lower(after + 1)) && lower(after + 2) === "of" ? after + 2 : after + 1) : m.type === "Person" ? after : -1;
    const ownTitle = m.title && (!m.title.of || districtOffice) && !HONORIFICS.has(m.title.label.toLowerCase().replace(/\.$/, "")) ? m.title : undefined;
    const roleWord = m.firstToken - 1;
    const roleBefore = !m.title && t[roleWord]?.word && !t[roleWord]!.cap && isRoleNoun(lower(roleWord)) && !describesPerson(lower(roleWord))
      && !plural(lower(roleWord)) && !tieOf(lower(roleWord)) ? { label: t[roleWord]!.text, start: t[roleWord]!.start } : undefined;
    const link = lower(ofAt);
    if (ofAt >= 0 && (link === "of" || (link === "at" && (ownTitle || roleBefore)))) {
      // (Past a party's standing after "the": "of the ruling Bharatiya Janata Party", "of the liberal Democratic Party of Korea".)
      let at = ARTICLES.has(lower(ofAt + 1)) ? ofAt + 2 : ofAt + 1;
      if (lower(at - 1) === "the" && BODY_STANDING.test(lower(at)) && !t[at]!.cap && mentions[startsAt.get(at + 1) ?? -1]?.kind === "party") at++;
      const g = startsAt.get(at);
      const group = g === undefined ? undefined : mentions[g]!;
      // ("Masrour Barzani of the KDP will remain prime minister": before an auxiliary too.)
      const ends = ofAt > after ? /^[,.]$/ : /^(?:[,.]|said|says|told|tells|wrote|writes|who|added|warned|argued|will|would|has|had|is|was|could|should|must)$/;
      // (After a title, a verb ends it too: "Judge Harold Kim of the U.S. District Court ruled"; and after a party, whose
      // people are its members: "Carlos Menezes of the Brazilian Socialist Party (PSB) came third".)
      const verbEnds = (k: number): boolean => (ownTitle !== undefined || group?.kind === "party") && ofAt === after && t[k]?.word === true && !t[k]!.cap && hasClass(lower(k), W.verb) && !hasClass(lower(k), W.noun);
      // (Not a peer's seat or a royal's house: "Lord Irvine of Lairg", "Princess Marguerite of Romania".)
      const titleHead = ownTitle?.label.toLowerCase().split(/\s+/).pop()?.replace(/\.$/, "") ?? "";
      const office = group?.type === "Place" && link === "of" && isTitleHead(titleHead) && !NOBILITY.test(titleHead);
      // (A place ends the phrase before any verb: "President Nestor Kirchner of Argentina arrived in power".)
      const placeEnds = office && !t[group!.lastToken]?.cap && !/^(?:and|or|['’]s)$/.test(lower(group!.lastToken));
      // (Past the acronym the group's name defines: "Imamoglu, of the Republican People's Party (CHP), said".)
      // (Past its kind in lower case: "Eliyahu Katzir of the Religious Zionism party said".)
      const kindAfter = group?.type === "Group" && !group.possessive && !t[group.lastToken]?.cap && /^(?:party|movement|bloc|alliance|coalition|group|union)$/.test(lower(group.lastToken));
      const named = group ? group.lastToken + (kindAfter ? 1 : 0) : 0;
      const groupEnd = group && t[named]?.text === "(" && t[named + 2]?.text === ")" ? named + 3 : named;
      if (group && (group.type === "Group" || office) && !group.possessive && (ends.test(t[groupEnd]?.lower ?? "") || placeEnds || (group.type === "Group" && verbEnds(groupEnd)))) {
        const role = ownTitle ?? roleBefore;
        out.push({ type: role ? "ROLE" : "MEMBER_OF", source: i, target: { mention: g! }, evidence: { start: role ? role.start : m.start, end: group.end }, label: role ? role.label : "of" });
      }
    }
    // "Rosalía Treviño served as mayor of Fresnillo", "Kjetil Berg becomes managing director of Halvorsen Autolines", "Ollie
    // Hartley has been named Durham's red-ball captain": the sentence's subject takes an office by its verb.
    const office = m.type === "Person" && opensSentence(layout, m) ? officeVerbEnd(t, after) : -1;
    // (Not an award or a record: "was named player of the year by the Lawn Tennis Association", "became the youngest-ever".)
    const award = office > 0 && t.slice(office, office + 8).some((w, j) => w.lower === "of" && t[office + j + 1]?.lower === "the"
      && /^(?:year|season|month|match|tournament)$/.test(t[office + j + 2]?.lower ?? "")) || /-ever$/.test(lower(office + 1));
    const taken = office > 0 && !award ? rolePhrase(office) : null;
    if (taken) out.push({ type: taken.type ?? "ROLE", source: i, target: { mention: taken.target }, evidence: span(m.firstToken, taken.end), label: taken.label });
    // "X, the wife of Y", "X, the daughter of former president Y" / "X, director general of the British Chambers of Commerce" / "X is the commander of ... for Y"
    if (t[after]?.text === "," || lower(after) === "is" || lower(after) === "was") {
      // (Past an age: "Edith Calder, 91, Rafe Calder's mother".)
      let k = t[after]?.text === "," && /^\d{1,3}$/.test(t[after + 1]?.text ?? "") && t[after + 2]?.text === "," ? after + 3 : after + 1;
      // "Mendoza, whose husband, Raul Tello,": the kin the relative names, of the name before it.
      // (Or with no comma: "Carmen Rivas, whose son Jhonny was arrested".)
      // (Or past a description naming no one: "Moussa Traoré, a motorcycle-taxi driver whose brother Bakary", "Khalil
      // al-Hayya, Hamas's Gaza chief and lead negotiator, whose son Humam".)
      let whose = k;
      if (t[after]?.text === "," && lower(k) !== "whose") {
        let w = k;
        while (w < k + 10 && t[w]?.sentence === m.sentence && lower(w) !== "whose" && lower(w) !== "who" && mentions[startsAt.get(w) ?? -1]?.type !== "Person") w++;
        if (lower(w) === "whose" && (ARTICLES.has(lower(k)) || t[w - 1]?.text === ",")) whose = w;
      }
      const whoseTie = t[after]?.text === "," && lower(whose) === "whose" ? FAMILY.get(lower(whose + 1)) ?? (AIDES.has(lower(whose + 1)) ? "AIDE_TO" : undefined) : undefined;
      const kin = whoseTie ? (lower(whose + 2) === "," ? startsAt.get(whose + 3) ?? personAfterTitle(whose + 3) : startsAt.get(whose + 2)) : undefined;
      if (whoseTie && kin !== undefined && kin !== i && mentions[kin]!.type === "Person" && m.type === "Person") {
        out.push({ type: whoseTie, source: kin, target: { mention: i }, evidence: span(m.firstToken, mentions[kin]!.lastToken), label: lower(whose + 1) });
      }
      // (Also ", is a cousin of Y" after an apposition's comma: "whose secretary general, Farid Aliyev, is a cousin of Ahmed".)
      if (t[after]?.text === "," && /^(?:is|was)$/.test(lower(k)) && FAMILY.has(lower(k + 2))) k++;
      if (ARTICLES.has(lower(k))) k++;
      // ("X, a former adviser to Y": the label keeps it.)
      const former = /^(?:former|ex)$/.test(lower(k)) ? "former " : "";
      // "X, a senior adviser to Barzani": past the tie's modifiers.
      while (TIE_MODIFIERS.has(lower(k)) && AIDES.has(lower(k + 1)) && lower(k + 2) === "to") k++;
      // (And a kin's: "the elder brother of", "the 29-year-old daughter of".)
      while ((TIE_MODIFIERS.has(lower(k)) || /^\d+-year-old$/.test(lower(k))) && FAMILY.has(lower(k + 1)) && lower(k + 2) === "of") k++;
      const family = FAMILY.get(lower(k));
      const possessedTie = personsTie(k);
      const owned = t[after]?.text === "," ? describedRole(k) : null;
      if (family && lower(k + 1) === "of") {
        let j = k + 2;
        if (ARTICLES.has(lower(j))) j++;
        const titled = personAfterTitle(j);
        const other = titled !== undefined && mentions[titled]!.type === "Person" ? titled : describedPersonAt(j);
        if (other !== undefined && mentions[other]!.type === "Person") {
          out.push({ type: family, source: i, target: { mention: other }, evidence: span(m.firstToken, mentions[other]!.lastToken), label: former + lower(k) });
          // "the daughter of actress Marianne Doyle and the musician Rafe Calder": both parents.
          const second = family === "CHILD_OF" && lower(mentions[other]!.lastToken) === "and" ? describedPersonAt(mentions[other]!.lastToken + 1) : undefined;
          if (second !== undefined && second !== i && mentions[second]!.type === "Person") {
            out.push({ type: family, source: i, target: { mention: second }, evidence: span(m.firstToken, mentions[second]!.lastToken), label: former + lower(k) });
          }
        }
      } else if (AIDES.has(lower(k)) && (lower(k + 1) === "to" || spokesmanOfPerson(k))) {
        // (The person a group's title names: "a former adviser to KDP leader Masoud Barzani"; a spokesman "for" a person is
        // the person's: "a spokeswoman for Chancellor Friedrich Merz".)
        const other = personAfterTitle(k + 2) ?? describedPersonAt(k + 2);
        // (An adviser to a body holds a role there: "David Concannon, an adviser to OceanGate,".)
        const type = other === undefined ? undefined : mentions[other]!.type === "Person" ? "AIDE_TO" : mentions[other]!.type === "Group" && !mentions[other]!.possessive ? "ROLE" : undefined;
        if (type) out.push({ type, source: i, target: { mention: other! }, evidence: span(m.firstToken, mentions[other!]!.lastToken), label: former + lower(k) });
      } else if (possessedTie) {
        // "Ibrahim Kalin, Erdogan's spokesman and chief adviser": a person's aide or kin, in apposition.
        const { owner, type, end } = possessedTie;
        out.push({ type, source: i, target: { mention: owner }, evidence: span(m.firstToken, end), label: layout.text.slice(t[mentions[owner]!.lastToken]!.start, t[end - 1]!.end) });
      } else if (owned) {
        // "Misty Buswell, the group's policy director for the Middle East,": the group of that description named last before.
        const { owner, end } = owned;
        out.push({ type: "ROLE", source: i, target: { mention: owner }, evidence: span(m.firstToken, end), label: layout.text.slice(t[k + 1]!.start, t[end - 1]!.end) });
      } else {
        // (A verb after the comma is the name's only when the name opens the sentence: "The Trust, led by Sandra Pike, has been a critic of".)
        const role = /^(?:has|had|have|is|was)$/.test(lower(after + 1)) && !opensSentence(layout, m) ? null : rolePhrase(after + 1);
        if (role) out.push({ type: role.type ?? "ROLE", source: i, target: { mention: role.target }, evidence: span(m.firstToken, role.end), label: role.label });
        if (role?.seat !== undefined) out.push({ type: "ROLE", source: i, target: { mention: role.seat }, evidence: span(m.firstToken, role.end), label: role.label });
        // "Qubad Talabani, the deputy prime minister of the KRG and the son of the late PUK leader Jalal Talabani"
        let j = role ? role.end : -1;
        if (j >= 0 && lower(j) === "and") {
          j++;
          if (ARTICLES.has(lower(j))) j++;
          const tie = FAMILY.get(lower(j));
          if (tie && lower(j + 1) === "of") {
            // The first person within a few words: "the late PUK leader Jalal Talabani".
            let other: number | undefined;
            for (let p = j + 2; p < j + 9 && t[p]?.word && other === undefined; p++) {
              const o = startsAt.get(p);
              if (o !== undefined && mentions[o]!.type === "Person") other = o;
            }
            if (other !== undefined && other !== i) {
              out.push({ type: tie, source: i, target: { mention: other }, evidence: span(m.firstToken, mentions[other]!.lastToken), label: lower(j) });
            }
          }
        }
      }
    }
    // "Barzani’s aide, Hemin Hawrami" / "Talabani’s wife Hero"
    // Also past modifiers: "Masoud Barzani's senior adviser, Hemin Hawrami", "Putin's chief spokesman Dmitry Peskov".
    // (And "Masrour Barzani's chief of staff, Omed Sabah".)
    if (m.possessive) {
      let k = m.lastToken;
      while (k < m.lastToken + 2 && TIE_MODIFIERS.has(lower(k)) && tieAt(t, k) === undefined && !chiefOfStaffAt(k)) k++;
      if (chiefOfStaffAt(k)) k += 2;
      const j = t[k + 1]?.text === "," ? k + 2 : k + 1;
      // (Past the name's own title: "Barzani's nephew, Prime Minister Nechirvan Barzani,".)
      const other = startsAt.get(j) ?? (t[j]?.cap ? personAfterTitle(j) : undefined);
      // (A person's side or manager: "Shamir's ally Avi Ben-Haim", "Bennett's manager, Priya Shah"; a club's manager is its ROLE.)
      const side = m.type !== "Person" ? undefined : lower(k) === "ally" ? "ALLIED_WITH" : /^(?:rival|critic|opponent|foe)$/.test(lower(k)) ? "OPPOSES"
        : lower(k) === "manager" ? "AIDE_TO" : undefined;
      const type = chiefOfStaffAt(k - 2) ? "AIDE_TO" : tieAt(t, k) ?? side;
      if (other !== undefined && mentions[other]!.type === "Person" && type) {
        out.push({ type, source: other, target: { mention: i }, evidence: span(m.firstToken, mentions[other]!.lastToken), label: layout.text.slice(t[m.lastToken]!.start, t[k]!.end) });
      }
    }
    // "His spokesman, Avi Cohen" / "her husband Denis": whose the pronoun is (src/extract/pronoun-ties.ts).
    const byPronoun = pronounTie(layout, mentions, i, startsAt, endsAt);
    if (byPronoun) out.push(byPronoun);
    // The word before the name (or its comma), which may be a tie or a role: "His wife, X", "Its commander, X".
    const tie = t[titled - 1]?.text === "," ? titled - 2 : titled - 1;
    // "The husband of Health Minister Karen Doyle, businessman Liam Doyle,": the tie of the person named before the comma
    // (past a trade before the name).
    const comma = t[titled - 1]?.text === "," ? titled - 1 : isRoleNoun(lower(titled - 1)) && t[titled - 2]?.text === "," ? titled - 2 : -1;
    const tied = comma > 0 ? endsAt.get(comma) : undefined;
    if (tied !== undefined && mentions[tied]!.type === "Person") {
      const of = titleFirst(mentions[tied]!) - 1;
      const tiedType = lower(of) === "of" && ARTICLES.has(lower(of - 2)) ? tieOf(lower(of - 1)) : undefined;
      if (tiedType) out.push({ type: tiedType, source: i, target: { mention: tied }, evidence: span(of - 2, m.lastToken), label: lower(of - 1) });
    }
    // "The RSF has denied it. Its commander, Mohamed Hamdan Dagalo, said": "its" at a sentence's start is the
    // group that opened the sentence before (its subject); the role is the group's.
    // Inside the sentence, the group that opened it: "The ECB cut rates, but its president, Christine Lagarde, refused".
    // Also with modifiers before the role and a field after it: "Its chief negotiator, Thorsten Groeger", "Its head of research, Dr X".
    let head = tie;
    // (Or "for": "Its senior emergency officer for Europe, Catherine Smallwood".)
    for (let j = tie - 1; j >= tie - 3 && j > 1 && !isRoleNoun(lower(head)); j--) if (/^(?:of|for)$/.test(lower(j)) && isRoleNoun(lower(j - 1))) head = j - 1;
    let its = head - 1;
    // Or "their" after a group with a plural name: "The Liberal Democrats called for a debate. Their leader, Sir Ed Davey, said".
    const possessor = (k: number): boolean => lower(k) === "its" || lower(k) === "their" || lower(k) === "whose";
    // (Past the fields of the role too: "Its chief public affairs officer, Dustee Jenkins".)
    while (its > tie - 5 && its > 0 && t[its]!.word && !t[its]!.cap && !possessor(its) && (isTitleModifier(lower(its)) || isRoleNoun(lower(its))
      || !hasClass(lower(its), W.verb | W.preposition | W.conjunction))) its--;
    // "Galatasaray, whose coach, Okan Buruk,": the group the relative clause follows.
    const whoseGroup = lower(its) === "whose" && t[its - 1]?.text === "," ? endsAt.get(its - 1) : undefined;
    if (whoseGroup !== undefined && t[titled - 1]?.text === "," && mentions[whoseGroup]!.type === "Group" && (isRoleNoun(lower(head)) || AIDES.has(lower(head)))) {
      out.push({ type: "ROLE", source: i, target: { mention: whoseGroup }, evidence: span(its, m.lastToken), label: layout.text.slice(t[its + 1]!.start, t[tie]!.end) });
    }
    if (possessor(its) && lower(its) !== "whose" && t[titled - 1]?.text === ",") {
      const role = lower(head);
      const opening = its === layout.sentences[m.sentence]!.first;
      const previous = layout.sentences[opening ? m.sentence - 1 : m.sentence];
      // Its first name not a possessive's, at most four words in ("The UN's World Food Programme said").
      let subject = previous ? mentions.findIndex((x) => x.sentence === previous.index && x.firstToken <= previous.first + 4 && !x.possessive && x.lastToken < its) : -1;
      // (A name that modifies the subject gives way to the subject's name in apposition: "The United Nations
      // peacekeeping force in Lebanon, UNIFIL, urged ... Its spokesman".)
      if (subject >= 0 && t[mentions[subject]!.lastToken]?.word && !t[mentions[subject]!.lastToken]!.cap) {
        let comma = mentions[subject]!.lastToken;
        while (comma < mentions[subject]!.lastToken + 8 && t[comma]?.word) comma++;
        const named = t[comma]?.text === "," ? startsAt.get(comma + 1) : undefined;
        if (named !== undefined && mentions[named]!.type === "Group" && t[mentions[named]!.lastToken]?.text === ",") subject = named;
      }
      // Or the one body the sentence before names, wherever: "The typical bill will rise by £111, Ofgem said. Its chief executive, X,".
      const bodies = opening && subject < 0 && previous ? mentions.flatMap((x, k) => (x.sentence === previous.index && x.type === "Group" ? [k] : [])) : [];
      if (bodies.length > 0 && new Set(bodies.map((k) => mentions[k]!.canonical ?? mentions[k]!.text)).size === 1) subject = bodies[bodies.length - 1]!;
      if ((isRoleNoun(role) || AIDES.has(role)) && subject >= 0 && mentions[subject]!.type === "Group") {
        out.push({ type: "ROLE", source: i, target: { mention: subject }, evidence: span(its, m.lastToken), label: layout.text.slice(t[its + 1]!.start, t[tie]!.end) });
      }
    }
    // "The trust's chairman, Peter Okafor", "The company's chief executive, Christian Bruch": the group of that
    // description named last before ("the Hope Lane Trust", a company).
    // Also without the comma and past any modifier: "the party's election chief Alan Milburn", "The club's managing director".
    let whose = tie;
    // (A country's name may narrow the role: "The retailer's UK chief executive".)
    const narrowing = (k: number) => t[k]!.cap && (isDemonym(lower(k)) || mentions[startsAt.get(k) ?? -1]?.type === "Place");
    while (whose > tie - 4 && whose > 0 && t[whose]!.word && (!t[whose]!.cap || narrowing(whose)) && !/['’]s$/.test(lower(whose))) whose--;
    const described = /^([a-z]+)['’]s$/.exec(lower(whose))?.[1];
    // (The role's head may come before its field: "the company's vice-president of security, David Weston".)
    if (described && whose < tie && lower(whose - 1) === "the" && (isRoleNoun(lower(head)) || AIDES.has(lower(head)))) {
      const owner = lastDescribedGroup(mentions, described, t[whose]!.start);
      if (owner !== undefined) {
        out.push({ type: "ROLE", source: i, target: { mention: owner }, evidence: span(whose - 1, m.lastToken), label: layout.text.slice(t[whose + 1]!.start, t[tie]!.end) });
      }
    }
    // ""Justice has been served," party leader Lee Jae-myung told": a bare description before the role, the group of that
    // kind named last before (not "a party leader", nor "Labour party leader X", named there).
    const bare = lower(tie - 1);
    if (!described && DESCRIBED_KINDS.has(bare) && !t[tie - 1]!.cap && isRoleNoun(lower(tie)) && !/^(?:a|an)$/.test(lower(tie - 2))
      && !t[tie - 2]?.cap && !/['’]s$/.test(lower(tie - 2)) && mentions[startsAt.get(tie + 1) ?? -1] === m) {
      const owner = lastDescribedGroup(mentions, bare, t[tie - 1]!.start);
      if (owner !== undefined) out.push({ type: "ROLE", source: i, target: { mention: owner }, evidence: span(tie - 1, m.lastToken), label: layout.text.slice(t[tie]!.start, t[tie]!.end) });
    }
    // "U.S. envoy Steve Witkoff", "London mayor Sadiq Khan": a place, then a public office in lower case, then the name.
    if (!m.title && possessiveOwner < 0) {
      let k = m.firstToken;
      while (k > m.firstToken - 3 && k > 0 && !t[k - 1]!.cap && (PUBLIC_OFFICES.has(lower(k - 1)) || (k < m.firstToken && isTitleModifier(lower(k - 1))))) k--;
      const place = k < m.firstToken && PUBLIC_OFFICES.has(lower(m.firstToken - 1)) ? endsAt.get(k) : undefined;
      if (place !== undefined && mentions[place]!.type === "Place" && !mentions[place]!.possessive) {
        out.push({ type: "ROLE", source: i, target: { mention: place }, evidence: span(mentions[place]!.firstToken, m.lastToken), label: layout.text.slice(t[k]!.start, t[m.firstToken - 1]!.end) });
      }
    }
    // "The US Secretary of State, Marco Rubio": a place's or group's title before the comma.
    if (t[m.firstToken - 1]?.text === "," && possessiveOwner < 0) {
      let k = m.firstToken - 2;
      let head = false;
      // (And a field of office: "The US climate envoy, John Podesta".)
      while (k > 0 && k > m.firstToken - 8 && t[k]!.word && (isTitleHead(lower(k)) || isTitleModifier(lower(k)) || /^(?:of|state)$/.test(lower(k)) || (OFFICE_FIELDS.has(lower(k)) && !t[k]!.cap))) {
        head ||= isTitleHead(lower(k));
        k--;
      }
      const owner = endsAt.get(k + 1);
      // The phrase opens its sentence or follows "the" or a comma: not "as he begins his term as US President, Tony Blair has said".
      const opening = owner !== undefined && (mentions[owner]!.firstToken === layout.sentences[m.sentence]!.first || /^(?:the|,)$/.test(lower(mentions[owner]!.firstToken - 1)));
      if (head && opening && !mentions[owner]!.possessive && mentions[owner]!.type !== "Person" && lower(k + 1) !== "of") {
        out.push({ type: "ROLE", source: i, target: { mention: owner }, evidence: span(mentions[owner]!.firstToken, m.lastToken), label: layout.text.slice(t[k + 1]!.start, t[m.firstToken - 2]!.end) });
      }
    }
    // "the President of the Kurdistan Region, Masoud Barzani"
    // (Past the acronym the body's name defines: "The head of the KRG's Department of Foreign Relations (DFR), Safeen Dizayee".)
    // (Past the person's own title: "The head of the Sudanese Armed Forces, General Abdel Fattah al-Burhan".)
    let opens = m.firstToken;
    const ranked = m.title && !HONORIFICS.has(m.title.label.toLowerCase().replace(/\.$/, "")) ? m.title : undefined; // (not "Dame Judi Dench")
    while (ranked && opens > 0 && t[opens - 1]!.start >= ranked.start) opens--;
    if (t[opens - 1]?.text === ",") {
      const acronym = t[opens - 2]?.text === ")" && t[opens - 4]?.text === "(";
      let target = endsAt.get(acronym ? opens - 4 : opens - 1);
      // (Past where the place is: "the regent of Deli Serdang in North Sumatra, Ahmad Fauzi Siregar".)
      const within = target === undefined ? undefined : endsAt.get(mentions[target]!.firstToken - 1);
      if (within !== undefined && mentions[target!]!.type === "Place" && lower(mentions[target!]!.firstToken - 1) === "in" && mentions[within]!.type === "Place") target = within;
      if (target !== undefined && mentions[target]!.type !== "Person") {
        let k = mentions[target]!.firstToken - 1;
        // (Past the body's possessive owner: "the KRG's Department of Foreign Relations".)
        const possessor = mentions[endsAt.get(k + 1) ?? -1];
        if (possessor?.possessive && possessor.type !== "Person") k = possessor.firstToken - 1;
        // (Past its standing: "The leader of the main opposition Democratic Party, Lee Jae-myung".)
        while (k > 0 && !t[k]!.cap && BODY_STANDING.test(lower(k))) k--;
        if (lower(k) === "the") k--;
        // Not a plural: "Speaking to reporters in Doha, Khalil al-Hayya said".
        if (LINKS.has(lower(k)) && (isTitleHead(lower(k - 1)) || isRoleNoun(lower(k - 1))) && !plural(lower(k - 1))) {
          let a = k - 1;
          while (a > 0 && t[a - 1]!.word && (isTitleHead(lower(a - 1)) || /^(?:prime|vice|deputy|foreign|chief|former)$/.test(lower(a - 1)))) a--;
          // "The UN's humanitarian coordinator for Afghanistan, Indrika Ratwatte": the role is the possessive group's.
          let b = a;
          while (b > a - 3 && b > 0 && t[b - 1]!.word && !t[b - 1]!.cap && endsAt.get(b) === undefined) b--;
          const owner = endsAt.get(b);
          // "Russia's ambassador to Finland, X"; "the U.N. envoy for Iraq, X": a group's name as the modifier.
          // "The US consul general in Erbil, X", "The British ambassador in Baghdad, X": a diplomat is the country's, posted in the place.
          // (Or "to" and "for" it: "its ambassador to Qatar, X", "The U.S. special envoy for Sudan, X" are not Qatar's or Sudan's.)
          const posted = /^(?:in|to|for)$/.test(lower(k)) && DIPLOMATS.test(lower(k - 1));
          const country = posted && owner === undefined && b > 0 ? DEMONYM_COUNTRY.get(lower(b - 1)) : undefined;
          if (owner !== undefined && (mentions[owner]!.possessive || namedGroup(mentions[owner]!) || (posted && mentions[owner]!.type === "Place")) && mentions[owner]!.type !== "Person") {
            out.push({ type: "ROLE", source: i, target: { mention: owner }, evidence: span(mentions[owner]!.firstToken, m.lastToken), label: layout.text.slice(t[b]!.start, t[opens - 2]!.end) });
          } else if (country !== undefined) {
            out.push({ type: "ROLE", source: i, target: { place: country, words: span(b - 1, b) }, evidence: span(b - 1, m.lastToken), label: layout.text.slice(t[b]!.start, t[opens - 2]!.end) });
          } else if (!/^(?:its|their)$/.test(lower(b - 1)) && !posted) {
            // (Not "Its senior emergency officer for Europe, X": the role is the body's "its" names, read above.)
            const labelStart = ARTICLES.has(lower(a - 1)) ? a - 1 : a;
            out.push({ type: "ROLE", source: i, target: { mention: target }, evidence: span(labelStart, m.lastToken), label: layout.text.slice(t[a]!.start, t[k - 1]!.end) });
          }
        }
      }
    }
    // "A spokesman for Milei, Manuel Adorni,", "An aide to Mr Blair, John Prescott,": a person's aide named in apposition.
    const aided = t[m.firstToken - 1]?.text === "," ? endsAt.get(m.firstToken - 1) : undefined;
    if (aided !== undefined && aided !== i && mentions[aided]!.type === "Person") {
      // The word before its name, or before its title ("Mr Blair").
      const p = titleFirst(mentions[aided]!) - 1;
      if (/^(?:for|to)$/.test(lower(p)) && AIDES.has(lower(p - 1)) && ARTICLES.has(lower(p - 2)) && sameSentence(p, m.firstToken)) {
        out.push({ type: "AIDE_TO", source: i, target: { mention: aided }, evidence: span(p - 2, m.lastToken), label: lower(p - 1) });
      }
    }
    // "the Turkish ambassador, Anil Bora Inan,": a demonym's title in apposition before the name is the country's.
    // (Past an honorific of the name's own: "The Qatari emir, Sheikh Tamim bin Hamad Al Thani,".)
    const named = t[m.firstToken - 1]?.text === "," ? m.firstToken : titleFirst(m);
    if (t[named - 1]?.text === "," && endsAt.get(named - 1) === undefined && isTitleHead(lower(named - 2)) && !t[named - 2]!.cap) {
      let d = named - 2;
      while (d > m.firstToken - 5 && d > 0 && t[d - 1]!.word && !t[d - 1]!.cap && (isTitleHead(lower(d - 1)) || isTitleModifier(lower(d - 1)))) d--;
      const country = t[d - 1]?.cap ? DEMONYM_COUNTRY.get(lower(d - 1)) : undefined;
      if (country !== undefined && endsAt.get(d) === undefined) {
        out.push({ type: "ROLE", source: i, target: { place: country, words: span(d - 1, d) }, evidence: span(d - 1, m.lastToken), label: layout.text.slice(t[d]!.start, t[named - 2]!.end) });
      }
    }
    // "Labour leader Michael Howard": a group, a lower-case role, then the person.
    // (The name may stand in apposition: "Iran's Revolutionary Guards commander, Qassem Soleimani".)
    const nameFirst = t[m.firstToken - 1]?.text === "," && !t[m.firstToken - 2]?.cap && isRoleNoun(lower(m.firstToken - 2)) && !NO_ROLE_HEADS.has(lower(m.firstToken - 2))
      ? m.firstToken - 1 : m.firstToken;
    let k = nameFirst - 1;
    let roleEnd = -1;
    // (Within the name's sentence: not a headline's "Tory leader quits legal position" above "David McLetchie ...".)
    while (k > 0 && k > nameFirst - 5 && t[k]!.word && !t[k]!.cap && t[k]!.sentence === m.sentence) {
      if (roleEnd < 0 && isRoleNoun(lower(k))) roleEnd = k + 1;
      k--;
    }
    // (Or the acronym a group's name defines before the role: "Kurdistan Democratic Party (KDP) leader Masoud Barzani".)
    const acronym = t[k]?.text === ")" && t[k - 2]?.text === "(" ? endsAt.get(k) : undefined;
    const bracketed = acronym !== undefined && mentions[acronym]!.aliasOf !== undefined ? mentions[acronym]!.aliasOf : acronym;
    const group = t[k]?.sentence === m.sentence ? endsAt.get(k + 1) ?? bracketed : undefined;
    // No verb between the role and the name: "Merck head of research Peter Kim", not "A BBC spokeswoman said Andi Peters".
    // Nor an infinitive, nor a description ("ABC affiliates' refusal to air Steven Spielberg's", "Academy Award winners X").
    let noRoleBetween = roleEnd > 0 && describesPerson(lower(roleEnd - 1));
    for (let j = roleEnd; j > 0 && j < nameFirst; j++) if (speechActFromCue(lower(j)) || /ed$/.test(lower(j)) || lower(j) === "to") noRoleBetween = true;
    // (Nor a clause joined before the name's own role: "one of DOD's leaders but his lawyer, Antony Townsden,".)
    for (let j = k + 1; j < nameFirst; j++) if (/^(?:but|or|his|her|their|its|who|which|that)$/.test(lower(j))) noRoleBetween = true;
    // A possessive group ("The KRG's spokesman Safeen Dizayee") may have been read above.
    // The role's words right after the group: "Labour leader", "White House press secretary" (not "BBC said aide X").
    // (Or a modifier of the office before it: "SPD state chairwoman Anja Pfeiffer".)
    const modified = roleEnd === nameFirst && isTitleModifier(lower(k + 1)) && (isRoleNoun(lower(roleEnd - 1)) || isTitleHead(lower(roleEnd - 1)));
    const roleWords = roleEnd > 0 && (isRoleNoun(lower(k + 1)) || modified || (roleEnd === nameFirst && roleEnd - (k + 1) <= 3 && hasClass(lower(k + 1), W.noun)));
    // (Nor a portfolio inside a possessive's role: "The Liberal Democrats' Cabinet Office spokeswoman, Helen Marsh".)
    const insidePossessive = possessiveOwner >= 0 && group !== undefined && mentions[group]!.firstToken >= mentions[possessiveOwner]!.lastToken;
    // (Or a place's office: "Aurangabad district magistrate X", "Calgary city councillor X".)
    // (Not a body's branch there: "Its Kirkuk branch spokesperson, X".)
    const placesOffice = group !== undefined && mentions[group]!.type === "Place" && !mentions[group]!.possessive && roleEnd === nameFirst && PLACE_OFFICES.test(lower(roleEnd - 1))
      && !/^(?:its|their|his|her)$/.test(lower(mentions[group]!.firstToken - 1));
    // (Nor a possessive after the comma, whose own the next words are: "Istanbul mayor, Erdogan's main rival".)
    if (roleWords && !noRoleBetween && !m.possessive && group !== possessiveOwner && !insidePossessive && group !== undefined && (mentions[group]!.type === "Group" || placesOffice)) {
      // (From the bracket of an acronym no name before defines: "(Balco) president Victor Conte".)
      const from = group === acronym ? k - 2 : mentions[group]!.firstToken;
      out.push({ type: "ROLE", source: i, target: { mention: group }, evidence: span(from, m.lastToken), label: layout.text.slice(t[k + 1]!.start, t[nameFirst - 1]!.end) });
    }
    // "Russian leader Vladimir Putin", "North Korean leader Kim Jong Un": a nationality, a lower-case office of state, the
    // person (not a trade: "British actor Clive Owen" is no title of Britain's).
    const twoWords = k > 0 && t[k - 1]!.cap && t[k - 1]!.sentence === m.sentence ? DEMONYM_COUNTRY.get(`${lower(k - 1)} ${lower(k)}`) : undefined;
    const country = group === undefined && t[k]?.cap && t[k]!.sentence === m.sentence ? twoWords ?? DEMONYM_COUNTRY.get(lower(k)) : undefined;
    if (roleWords && !noRoleBetween && country !== undefined && nameFirst === m.firstToken && roleEnd === nameFirst && OFFICES_OF_STATE.test(lower(roleEnd - 1))) {
      // (A role once held says so: "former South African president Nelson Mandela".)
      const from = twoWords ? k - 1 : k;
      const former = /^(?:former|ex)$/.test(lower(from - 1)) ? "former " : "";
      out.push({ type: "ROLE", source: i, target: { place: country, words: span(from, k + 1) }, evidence: span(former ? from - 1 : from, m.lastToken), label: former + layout.text.slice(t[k + 1]!.start, t[nameFirst - 1]!.end) });
    }
  });
  return out;
}
