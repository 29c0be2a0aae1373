// Within-document resolution: mentions → groups of mentions that name one entity. Same type only.
// Joined are: the same canonical key; a defined alias ("(PMF)", ", or ..."); an acronym and the name
// whose initials it spells; a person's surname ("Barzani", "al-Abadi", "Abadi") and the nearest
// full name that ends with it (of the same gender when an honorific tells: "Ms Doyle", "Mr Doyle"); a family name written first ("Yoon" of "Yoon Suk Yeol") and the one name it opens;
// a paternal surname ("Rocha" of "Ruben Rocha Moya") and the one name that has it before the maternal one;
// a group's first word ("Cairn") and the one group it opens ("Cairn Energy"); a group's last words ("Rovers") and the one
// group they end ("Ashford Rovers").
import { genericNameTail, organisationName, type RawMention } from "../extract/index.ts";
import type { DocumentMessage } from "../types/index.ts";
import { entityKey } from "./ids.ts";
import { NO_RESOLUTIONS, type ResolutionIndex } from "./overrides.ts";

/** Why a mention joined its group, and how sure the rule is. */
export interface JoinReason {
  rule: "same-name" | "defined-alias" | "acronym" | "surname" | "surname-ambiguous" | "family-name-first" | "paternal-surname" | "group-first-word" | "group-last-words";
  score: number;
}

// (And Irish, Welsh and Lebanese ones: "Ní Bhriain" of "Aoife Ní Bhriain", "ap Dafydd", "Abi Nader".)
const PARTICLES = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|bint|ibn|abu|abi|abou|de|da|di|du|del|della|dos|das|van|von|der|le|la|ni|nic|o|ua|ui|ap)$/;
/** Portuguese words of a generation after the family name: "Luiz Fernando de Araújo Neto" is "Araújo Neto". */
const GENERATIONS = /^(?:neto|filho|sobrinho|junior)$/;
/** Particles that are given names too ("Abi Morgan"): their short form is only ever the whole "Abi Nader", never "Nader". */
const GIVEN_NAME_PARTICLES = /^(?:abi|abou)$/;
const SMALL_WORDS = new Set(["of", "the", "and", "for", "&", "de", "du", "la", "le"]);

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]!];
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier mention stays the root so groups come out in text order.
    if (ra !== rb) ra < rb ? (this.parent[rb] = ra) : (this.parent[ra] = rb);
  }
}

/** The initials of a name, without its small words ("KRG") and, when it has "of", with it ("BOJ", "MOD"). */
function initials(key: string): string[] {
  const words = key.split(" ").filter((w) => w.length > 0);
  const without = words.filter((w) => !SMALL_WORDS.has(w)).map((w) => w[0]).join("");
  return words.includes("of") ? [without, words.filter((w) => w === "of" || !SMALL_WORDS.has(w)).map((w) => w[0]).join("")] : [without];
}

/** "masoud barzani" → ["barzani"]; "haider al abadi" → ["abadi", "al abadi"]; "luiz inacio lula da silva" → [..., "lula"]. */
function surnameForms(key: string): string[] {
  const words = key.split(" ");
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const forms = [last];
  const before = words[words.length - 2]!;
  if (words.length >= 3 && (PARTICLES.test(before) || GENERATIONS.test(last))) forms.push(`${before} ${last}`);
  // "luiz inacio lula da silva" → also "lula": the name before "da Silva" is what news calls him.
  if (words.length >= 4 && PARTICLES.test(before)) forms.push(words[words.length - 3]!);
  // "leo xiv", "charles iii": a regnal name goes by the name before its number.
  if (/^(?:ii|iii|iv|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi)$/.test(last) && words.length === 2) forms.push(before);
  return forms;
}

/** A short person form: one word, or a particle and one word ("al-Abadi"), or a surname and its generation ("Araújo Neto"). */
function isShortPersonKey(key: string): boolean {
  const words = key.split(" ");
  return words.length === 1 || (words.length === 2 && (PARTICLES.test(words[0]!) || GENERATIONS.test(words[1]!)));
}

/** A double-barrelled surname written alone ("Bankman-Fried"): one word with a hyphen, its key two words. */
const doubleBarrelled = (m: RawMention): boolean => !/\s/.test(m.text) && /\p{L}-\p{L}/u.test(m.text);

/** Words that make a longer name a business or an event of its own, not the short name's whole: "Barclays Capital". */
const OWN_BUSINESSES = /^(?:capital|readers|awards?|expo|festival|cup|foundation|trust|magazine|online|music|records|films|tv|radio|news|sport|sports|academy|stadium|arena|park)$/;

/** A company's legal form ending its name: "Inc.", "AG", "plc". */
const LEGAL_FORMS = /^(?:inc|ltd|plc|corp|llc|ag|sa|gmbh|nv|bv|spa|asa|ab)\.?$/;

export interface ResolvedGroups {
  /** Groups of mention indices, each in text order, groups ordered by first mention. */
  groups: number[][];
  keys: string[];
  /** For each mention joined to an earlier one by a rule, why. */
  reasons: Map<number, JoinReason>;
  messages: DocumentMessage[];
}

/**
 * `relatives`: mentions the text introduces as someone's kin ("his son Gurpreet Singh Walia", "X, the governor's wife"),
 * the sources of its family relations. A bare surname is the story's own person before them: in an obituary of
 * Harbhajan Singh Walia, "Walia" after "His son Gurpreet Singh Walia" is still the man it is about.
 */
export function resolveAliases(mentions: readonly RawMention[], overrides: ResolutionIndex = NO_RESOLUTIONS, relatives: ReadonlySet<number> = new Set()): ResolvedGroups {
  const n = mentions.length;
  const uf = new UnionFind(n);
  const keys = mentions.map((m) => entityKey(m.type, m.canonical ?? m.text));
  const messages: DocumentMessage[] = [];
  const reasons = new Map<number, JoinReason>();
  const join = (a: number, b: number, reason: JoinReason): void => {
    if (uf.find(a) === uf.find(b)) return;
    const ma = mentions[a]!;
    const mb = mentions[b]!;
    if (overrides.keptApart(ma.type, ma.canonical ?? ma.text, mb.canonical ?? mb.text)) return;
    uf.union(a, b);
    reasons.set(Math.max(a, b), reason);
  };

  // (Not two people of one surname the honorifics tell apart: "Mr Doyle" and "Ms Doyle".)
  const firstByKey = new Map<string, number[]>();
  const conflict = (a: RawMention, b: RawMention): boolean => a.gender !== undefined && b.gender !== undefined && a.gender !== b.gender;
  mentions.forEach((m, i) => {
    const k = `${m.type}|${keys[i]}`;
    const firsts = firstByKey.get(k) ?? [];
    const first = firsts.find((f) => !conflict(mentions[f]!, m));
    if (first === undefined) firstByKey.set(k, [...firsts, i]);
    else uf.union(first, i);
    if (m.aliasOf !== undefined && mentions[m.aliasOf]!.type === m.type) join(m.aliasOf, i, { rule: "defined-alias", score: 0.95 });
  });

  // Acronyms: "KRG" and "Kurdistan Regional Government" in the same document.
  const byInitials = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.type === "Person" || !keys[i]!.includes(" ")) return;
    for (const letters of initials(keys[i]!)) {
      const k = `${m.type}|${letters}`;
      const list = byInitials.get(k) ?? [];
      if (!list.some((j) => uf.find(j) === uf.find(i))) list.push(i);
      byInitials.set(k, list);
    }
  });
  mentions.forEach((m, i) => {
    if (m.type === "Person" || !/^[A-Z]{2,6}$/.test(m.text.replace(/\./g, ""))) return;
    const targets = byInitials.get(`${m.type}|${keys[i]!.replace(/ /g, "")}`);
    if (targets && targets.length === 1) join(targets[0]!, i, { rule: "acronym", score: 0.8 });
  });

  // A group's first words alone ("Atletico" after "Atletico Madrid", "Cairn" after "Cairn Energy"): the one group the
  // document names by them and words that end any company's or club's name; none when two do ("Deutsche Bank",
  // "Deutsche Telekom"), nor a business of its own ("Barclays Capital", "Ford Mustang"); unless one of the two is
  // incorporated by name before: "Northwind" after "Northwind Systems Inc." and its unit "Northwind Business Cloud".
  const groupsByFirst = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const words = keys[i]!.split(" ");
    if (m.type !== "Group") return;
    for (let d = 1; d < words.length; d++) {
      const first = words.slice(0, d).join(" ");
      groupsByFirst.set(first, [...(groupsByFirst.get(first) ?? []), i]);
    }
  });
  mentions.forEach((m, i) => {
    if (m.type !== "Group" || /^[A-Z]{2,}$/.test(m.text)) return;
    const candidates = groupsByFirst.get(keys[i]!) ?? [];
    const size = keys[i]!.split(" ").length;
    // (Or the rest says whose or with whom: "Reserve Bank" of "Reserve Bank of Australia", "Marsh" of "Marsh & McLennan".)
    const companies = candidates.filter((c) => keys[c]!.split(" ").slice(size).every(genericNameTail) || /^(?:of|&) /.test(keys[c]!.split(" ").slice(size).join(" ")));
    const oneGroup = new Set(candidates.map((c) => uf.find(c))).size === 1;
    const incorporated = companies.length > 0 && LEGAL_FORMS.test(keys[companies[0]!]!.split(" ").pop()!) && companies[0]! < i;
    if (new Set(companies.map((c) => uf.find(c))).size === 1 && (oneGroup || incorporated)) {
      join(companies[0]!, i, { rule: "group-first-word", score: 0.7 });
      return;
    }
    // A name a story gives whole first and then short ("Ardent Powertrain ... Ardent's chief executive", "Apex
    // Correctional Health ... a spokeswoman for Apex"): the one group it opens, when the short name never stood alone
    // before it, nor is the rest a business or an event of its own ("Barclays Capital", "Electronic Entertainment Expo").
    const first = candidates[0];
    const rest = first === undefined ? [] : keys[first]!.split(" ").slice(size);
    const shortBefore = mentions.some((o, j) => j < (first ?? 0) && o.type === "Group" && keys[j] === keys[i]);
    if (first !== undefined && first < i && oneGroup && companies.length === 0 && !shortBefore && !organisationName(keys[i]!)
      && !rest.some((w) => OWN_BUSINESSES.test(w))) {
      join(first, i, { rule: "group-first-word", score: 0.6 });
    }
  });

  // A group's last words alone ("Rovers" after "Ashford Rovers", "City Council" after "Eastbridge City Council"): the one
  // group the document names with them; none when two do ("Leeds United", "Manchester United"). Not a party, nor an
  // acronym ("Democrats" in a story of the Liberal Democrats may be America's).
  const groupsByTail = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const words = keys[i]!.split(" ");
    if (m.type !== "Group" || m.kind === "party" || words.length < 2) return;
    for (let d = 1; d < words.length; d++) {
      if (SMALL_WORDS.has(words[d]!)) break;
      const tail = words.slice(d).join(" ");
      const list = groupsByTail.get(tail) ?? [];
      if (!list.some((j) => uf.find(j) === uf.find(i))) list.push(i);
      groupsByTail.set(tail, list);
    }
  });
  mentions.forEach((m, i) => {
    // (Nor a company's own name: "Intel" is no short form of "Four Kings Intel".)
    if (m.type !== "Group" || m.kind === "party" || /^[A-Z]{2,}$/.test(m.text) || reasons.has(i) || organisationName(keys[i]!)) return;
    const candidates = groupsByTail.get(keys[i]!) ?? [];
    if (candidates.length === 1 && uf.find(candidates[0]!) !== uf.find(i)) join(candidates[0]!, i, { rule: "group-last-words", score: 0.7 });
  });

  // Surnames: each short form joins the full name mentioned last before it (or first after it).
  const fullBySurname = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.type !== "Person" || isShortPersonKey(keys[i]!) || doubleBarrelled(m)) return;
    // ("Sam Bankman-Fried" is also known by "bankman fried".)
    const written = m.text.split(/\s+/).pop()!;
    const forms = /\p{L}-\p{L}/u.test(written) ? [...surnameForms(keys[i]!), entityKey("Person", written)] : surnameForms(keys[i]!);
    for (const form of forms) {
      const list = fullBySurname.get(form) ?? [];
      list.push(i);
      fullBySurname.set(form, list);
    }
  });
  mentions.forEach((m, i) => {
    if (m.type !== "Person" || !(isShortPersonKey(keys[i]!) || doubleBarrelled(m))) return;
    const key = keys[i]!;
    const candidates = fullBySurname.get(key) ?? (GIVEN_NAME_PARTICLES.test(key.split(" ")[0]!) ? undefined : fullBySurname.get(key.replace(/^\S+ /, ""))) ?? [];
    if (candidates.length === 0) return;
    const roots = new Set(candidates.map((c) => uf.find(c)));
    // Short forms of one key are one group already ("Talabani" ... "Talabani"): joined to one full name once, never
    // to a second one ("Jalal Talabani" and his son "Qubad Talabani" stay two people).
    if (candidates.some((c) => uf.find(c) === uf.find(i))) return;
    // The full name of the same gender when the honorifics tell ("Ms Doyle" is Karen Doyle, not her husband Liam).
    // (Or any short form of its key does: "De la Rama told reporters ... De la Rama, 54, is a grandson of".)
    const gender = m.gender ?? mentions.find((x, j) => x.gender !== undefined && x.type === "Person" && uf.find(j) === uf.find(i))?.gender;
    const fitting = candidates.filter((c) => !conflict(mentions[c]!, { ...m, gender }));
    const fits = fitting.length > 0 ? fitting : candidates;
    // (Of those before it, one not introduced as another's kin, if any.)
    const unrelated = fits.filter((c) => c < i && !relatives.has(c));
    const pool = unrelated.length > 0 ? unrelated : fits;
    let chosen = pool[0]!;
    for (const c of pool) if (c < i) chosen = c;
    if (roots.size > 1) {
      messages.push({ severity: "info", rule: "surname-ambiguous", reason: `"${m.text}" could be ${roots.size} people; joined to "${mentions[chosen]!.text}", the nearest before it${unrelated.length > 0 && unrelated.length < fits.filter((c) => c < i).length ? " not introduced as another's kin" : ""}`, offset: m.start });
    }
    join(chosen, i, roots.size > 1 ? { rule: "surname-ambiguous", score: 0.5 } : { rule: "surname", score: 0.85 });
  });

  // A family name written first ("Yoon Suk Yeol", "Lee Jae-myung", "Xi Jinping"): a one-word form no full name ends
  // with joins the one person whose full name it opens; none when two do.
  const fullByFirst = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.type !== "Person" || isShortPersonKey(keys[i]!)) return;
    const first = keys[i]!.split(" ")[0]!;
    const list = fullByFirst.get(first) ?? [];
    list.push(i);
    fullByFirst.set(first, list);
  });
  mentions.forEach((m, i) => {
    const key = keys[i]!;
    if (m.type !== "Person" || key.includes(" ") || fullBySurname.has(key) || reasons.has(i)) return;
    const candidates = fullByFirst.get(key) ?? [];
    if (candidates.length > 0 && new Set(candidates.map((c) => uf.find(c))).size === 1) join(candidates[0]!, i, { rule: "family-name-first", score: 0.7 });
  });

  // A paternal surname before the maternal one ("Rocha" of "Ruben Rocha Moya", "Lopez" of "Andres Manuel Lopez Obrador"):
  // a one-word form no full name ends or opens joins the one person whose full name of three or four words has it
  // second to last; none when two do.
  const fullByPaternal = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const words = keys[i]!.split(" ");
    if (m.type !== "Person" || words.length < 3 || words.length > 4 || PARTICLES.test(words[words.length - 2]!) || words[words.length - 2]!.length < 3) return;
    const paternal = words[words.length - 2]!;
    fullByPaternal.set(paternal, [...(fullByPaternal.get(paternal) ?? []), i]);
  });
  mentions.forEach((m, i) => {
    const key = keys[i]!;
    if (m.type !== "Person" || key.includes(" ") || fullBySurname.has(key) || fullByFirst.has(key) || reasons.has(i)) return;
    const candidates = fullByPaternal.get(key) ?? [];
    if (candidates.length > 0 && new Set(candidates.map((c) => uf.find(c))).size === 1 && uf.find(candidates[0]!) !== uf.find(i)) {
      join(candidates[0]!, i, { rule: "paternal-surname", score: 0.7 });
    }
  });

  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const list = byRoot.get(r) ?? [];
    list.push(i);
    byRoot.set(r, list);
  }
  const groups = [...byRoot.values()].sort((a, b) => a[0]! - b[0]!);
  return { groups, keys, reasons, messages };
}
