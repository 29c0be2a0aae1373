// Entity mention recognition for a whole document: capitalised sequences classified one by one,
// then document-level evidence settles what one sentence could not ("Soleimani" at the start of a
// sentence is the "Qassem Soleimani" named earlier; "(PMF)" is the group just named).
import type { DocumentMessage } from "../types/index.ts";
import { isCalendarWord } from "./dates.ts";
import { AUXILIARIES, hasClass, W } from "./lexicon.ts";
import { classifySequence, type Candidate } from "./classify.ts";
import { SPEECH_AFTER_NAME, townSlot } from "./context.ts";
import { findInstitutions } from "./institutions.ts";
import { ACRONYMS_IN_CONTEXT, lookupGazetteer } from "./gazetteer.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention } from "./types.ts";
import { sequencesOf } from "./units.ts";

const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|de|da|di|du|del|van|von|der|le|la) /;

const FOLDED = new Map<string, string>();

/** Lower case, no diacritics, hyphens and apostrophes folded: the key two spellings share. */
export function foldName(text: string): string {
  const cached = FOLDED.get(text);
  if (cached !== undefined) return cached;
  let s = /[^\x00-\x7f]/.test(text) ? text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’`]/g, "'") : text;
  s = s.toLowerCase().replace(/'s$/, "");
  if (/[.\s‐‑-]/.test(s)) s = s.replace(/\./g, "").replace(/[\s‐‑-]+/g, " ").trim();
  if (FOLDED.size > 100_000) FOLDED.clear(); // bounded: names repeat within and across documents
  FOLDED.set(text, s);
  return s;
}

/** Token indices of an all-caps dateline at the start of the body: "BAGHDAD/ SULAIMANIYAH:". */
function datelineTokens(layout: TextLayout): Set<number> {
  const found = new Set<number>();
  const t = layout.tokens;
  for (const line of layout.lines.slice(0, 3)) {
    const first = layout.sentences[line.first]!.first;
    const words: number[] = [];
    for (let k = first; k < first + 10 && k < t.length; k++) {
      const tok = t[k]!;
      if (tok.word && tok.upper) words.push(k);
      // (And the region or country after the town's comma: "BACOLOD CITY, Negros Occidental -", "BANJA LUKA, Bosnia and Herzegovina -".)
      // (Not its date: "LONDON, March 3 (Reuters) -".)
      else if (words.length > 0 && tok.word && (tok.cap || (tok.lower === "and" && t[k + 1]?.cap)) && !isCalendarWord(tok.lower) && !/^\d/.test(t[k + 1]?.text ?? "")
        && words.some((w) => t[w + 1]?.text === ",")) words.push(k);
      else if (tok.text === ":" || tok.text === "—" || tok.text === "–" || (tok.text === "-" && tok.spaced) || tok.text === "(") {
        if (words.length > 0) for (const w of words) found.add(w);
        break;
      } else if (tok.text !== "/" && tok.text !== ",") {
        // "ERBIL, Iraq (Reuters) -", "LONDON, March 3 (Reuters) -": the layout made the dateline a sentence of its own.
        const end = t[layout.sentences[tok.sentence]!.last - 1]!.text;
        if (tok.sentence === t[first]!.sentence && (end === "-" || end === "—" || end === "–" || end === ":")) for (const w of words) found.add(w);
        break;
      }
    }
    if (found.size > 0) break;
  }
  return found;
}

function surnameKeys(c: Candidate): string[] {
  const key = foldName(c.text);
  const words = key.split(" ");
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const keys = [last];
  // "Haider al-Abadi" → "al abadi" and "abadi"
  if (words.length >= 3 && PARTICLE_PREFIX.test(`${words[words.length - 2]} `)) keys.push(`${words[words.length - 2]} ${last}`);
  // "Sam Bankman-Fried" → "bankman fried": a double-barrelled surname goes whole.
  const written = c.text.split(/\s+/).pop()!;
  if (/\p{L}-\p{L}/u.test(written) && !written.includes(".")) keys.push(foldName(written));
  return keys;
}

/** "and", "or" or a comma at token k: a list goes on. */
function listWord(t: TextLayout["tokens"], k: number): boolean {
  return t[k]?.lower === "and" || t[k]?.lower === "or" || t[k]?.text === ",";
}

function propagate(layout: TextLayout, cands: Candidate[]): void {
  const votes = new Map<string, Candidate>();
  const surnames = new Map<string, Candidate>();
  /** Surnames two full names of different genders share: the surname alone takes neither's gender. */
  const sharedSurnames = new Set<string>();
  const companies = new Map<string, Candidate>();
  for (const c of cands) {
    if (!c.type || c.score < 2 || c.heading) continue;
    const key = foldName(c.text);
    const prev = votes.get(key);
    if (!prev || c.score > prev.score) votes.set(key, c);
    if (c.type === "Person") {
      for (const k of surnameKeys(c)) {
        const named = surnames.get(k);
        if (!named) surnames.set(k, c);
        else if (foldName(named.text) !== key && named.gender !== c.gender) sharedSurnames.add(k); // "Marina Silva", "Lula da Silva"
      }
    }
    // "Altria" after "Altria Group": a company's first word names it.
    if (c.type === "Group" && c.kind === "company" && key.includes(" ")) {
      const first = key.slice(0, key.indexOf(" "));
      if (!companies.has(first)) companies.set(first, c);
    }
  }
  const byFirst = new Map<number, Candidate>();
  const byLast = new Map<number, Candidate>();
  for (const c of cands) {
    byFirst.set(c.firstToken, c);
    byLast.set(c.lastToken, c);
  }
  for (const c of cands) {
    // A surname known by itself ("Trump") still takes the gender of the full name ("Donald Trump"), for "he" and "she".
    if (c.type === "Person" && !c.gender && c.score >= 2) {
      const full = surnames.get(foldName(c.text));
      if (full && full !== c && full.gender && !sharedSurnames.has(foldName(c.text))) c.gender = full.gender;
    }
    if (c.score >= 2) continue;
    const key = foldName(c.text);
    const vote = votes.get(key);
    const full = surnames.get(key) ?? surnames.get(key.replace(PARTICLE_PREFIX, ""));
    if (vote && vote.type) {
      c.type = vote.type;
      if (vote.kind) c.kind = vote.kind;
      if (vote.canonical) c.canonical = vote.canonical;
      c.score = 2;
      c.rule = "same-name";
    } else if (full && (c.type === null || c.type === "Person")) {
      c.type = "Person";
      c.score = 2;
      c.rule = "surname";
      if (full.gender && !sharedSurnames.has(key)) c.gender = full.gender;
    } else if (c.type === null && companies.has(key)) {
      c.type = "Group";
      c.kind = "company";
      c.score = 2;
      c.rule = "company-short";
    } else if (c.type === null) {
      // "Mosul and Hawija": an unknown name listed with a place is a place.
      const t = layout.tokens;
      const before = listWord(t, c.firstToken - 1) ? byLast.get(c.firstToken - 1) : undefined;
      const after = listWord(t, c.lastToken) ? byFirst.get(c.lastToken + 1) : undefined;
      if ((before?.type === "Place" && before.score >= 2) || (after?.type === "Place" && after.score >= 2)) {
        c.type = "Place";
        c.score = 1;
        c.rule = "listed-with-place";
      }
    }
  }
}

/** "Kurdistan Workers Party" and "PKK": some word of the name opens with a letter of the acronym. */
function sharesAnInitial(name: string, acronym: string): boolean {
  return name.split(/[\s-]+/).some((w) => w.length > 0 && acronym.includes(w[0]!.toUpperCase()));
}

/**
 * "The Medicines and Healthcare products Regulatory Agency (MHRA)": a name found as "Regulatory Agency" starts where the
 * acronym's first letters do, past lower-case words ("and", "products") between its capitalised ones.
 */
function extendToAcronym(layout: TextLayout, c: Candidate, acronym: string): void {
  const t = layout.tokens;
  const own = c.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  if (own.length === 0 || own.length >= acronym.length || !acronym.endsWith(own)) return;
  let need = acronym.slice(0, acronym.length - own.length);
  let start = c.firstToken;
  for (let j = c.firstToken - 1; j >= 0 && j > c.firstToken - 8 && need.length > 0; j--) {
    const w = t[j]!;
    if (!w.word || w.sentence !== t[c.firstToken]!.sentence) return;
    if (w.cap) {
      if (w.text[0] !== need[need.length - 1]) return;
      need = need.slice(0, -1);
      start = j;
    } else if (!/^[a-z]+$/.test(w.text)) return;
  }
  if (need.length > 0) return;
  // "Athletics Kenya (AK)" is a body, not the place; "New South Wales (NSW)" stays one.
  if (c.type === "Place" && t.slice(start, c.firstToken).some((w) => w.cap && !/^(?:New|North|South|East|West|Upper|Lower|Greater|Northern|Southern|Eastern|Western)$/.test(w.text))) c.type = "Group";
  c.firstToken = start;
  c.start = t[start]!.start;
  c.text = layout.text.slice(c.start, c.end);
}

/** "Popular Mobilization Forces (PMF)" and "Hashed Al-Shaabi, or Popular Mobilization Forces". */
function linkAliases(layout: TextLayout, cands: Candidate[]): Map<Candidate, Candidate> {
  const t = layout.tokens;
  const aliasOf = new Map<Candidate, Candidate>();
  const byFirst = new Map<number, Candidate>();
  for (const c of cands) byFirst.set(c.firstToken, c);
  for (const c of cands) {
    // "Mohamed Hamdan Dagalo, known as Hemedti", "..., better known as ...": the second name is the first's.
    const known = knownAsAt(t, c.lastToken);
    const nickname = known >= 0 ? byFirst.get(known) : undefined;
    if (nickname && nickname !== c) {
      // "JK, also known as Jason King": a person's name tells a person, whichever side the guess was on.
      if (nickname.type === "Person") c.type = "Person";
      nickname.type = c.type;
      aliasOf.set(nickname, c);
    }
    if (c.type !== "Group" && c.type !== "Place") continue;
    let k = c.lastToken;
    // "State Organization for Marketing of Oil (SOMO)": the name goes on through "of Oil" when the acronym's
    // letters are its capitalised words' initials.
    // Also through a list: "State Administration of Radio, Film and Television (SARFT)".
    if (t[k]?.lower === "of" && t[k + 1]?.cap && !t[k + 1]!.upper) {
      let j = k + 1;
      while (j < k + 10 && t[j] && (t[j]!.cap && t[j]!.word && !t[j]!.upper || /^(?:,|and|of|the|for)$/.test(t[j]!.lower))) j++;
      const words = layout.text.slice(c.start, t[j - 1]!.end).split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w));
      if (t[j]?.text === "(" && t[j + 1]?.upper && t[j + 2]?.text === ")" && t[j - 1]!.cap && words.map((w) => w[0]).join("") === t[j + 1]!.text) {
        c.end = t[j - 1]!.end;
        c.text = layout.text.slice(c.start, c.end);
        c.lastToken = j;
        k = j;
      }
    }
    if (t[k]?.text === "(" && t[k + 1]?.upper && t[k + 2]?.text === ")") {
      extendToAcronym(layout, c, t[k + 1]!.text);
      const acronym = byFirst.get(k + 1);
      // "JERUSALEM (AP)", "PARIS (AFP)": a dateline's agency, no acronym of the place (nor after its country: "RIYADH,
      // Saudi Arabia (AP)"); nor one sharing no initial with it.
      const agency = lookupGazetteer(t[k + 1]!.text)?.entry.kind === "media";
      if (acronym && acronym.score <= 3 && c.rule !== "dateline" && !agency && sharesAnInitial(c.text, t[k + 1]!.text)) {
        acronym.type = c.type;
        if (c.kind) acronym.kind = c.kind;
        acronym.score = 3;
        acronym.rule = "acronym-defined";
        aliasOf.set(acronym, c);
      }
    } else if (t[k]?.text === "," && t[k + 1]?.lower === "or") {
      const other = byFirst.get(k + 2);
      if (other && other.type === c.type && t[other.lastToken]?.text === ",") aliasOf.set(other, c);
    }
  }
  return aliasOf;
}

/** Where the name after ", (also|better|...) known as" starts, for a name ending before token k; else -1. */
function knownAsAt(t: TextLayout["tokens"], k: number): number {
  if (t[k]?.text !== "," && t[k]?.text !== "(") return -1;
  let j = k + 1;
  if (/^(?:also|better|widely|commonly|popularly|locally|simply)$/.test(t[j]?.lower ?? "")) j++;
  return t[j]?.lower === "known" && t[j + 1]?.lower === "as" ? j + 2 : -1;
}

/** Curated names a bare word stands for in American news only: "the Senate" of Chile is no US Senate. */
const US_NAMES = new Map([["Senate", "US Senate"]]);
const AMERICA_WORDS = new Set(["us", "u.s.", "usa", "u.s.a.", "america", "american", "americans", "washington"]);

/** Whether the text names the United States anywhere ("US", "American", "Washington", "United States"). */
function namesAmerica(layout: TextLayout): boolean {
  const t = layout.tokens;
  return t.some((w, k) => w.cap && (AMERICA_WORDS.has(w.lower) || (w.lower === "united" && t[k + 1]?.lower === "states")));
}

/** A candidate's curated name, unless its letters need a context the text lacks (gazetteer.ts). */
function outOfContext(c: Candidate, text: string): boolean {
  const context = ACRONYMS_IN_CONTEXT.get(c.text);
  return context !== undefined && c.rule !== "acronym-defined" && !context.test(text);
}

export interface MentionResult {
  mentions: RawMention[];
  messages: DocumentMessage[];
}

/** Whether the document writes the one word `name` inside a longer capitalised run: "Delta Airlines", "Chris Paterson". */
function inLongerName(layout: TextLayout, name: string): boolean {
  if (name.includes(" ")) return false;
  const t = layout.tokens;
  const capital = (k: number, sentence: number): boolean => t[k]?.cap === true && t[k]!.word && t[k]!.sentence === sentence;
  return t.some((w, k) => w.text === name && (capital(k - 1, w.sentence) || capital(k + 1, w.sentence)));
}

/**
 * A name the rules left untyped, or read as a person's by its shape alone, that the GeoNames table knows as a town and
 * its sentence puts where a town stands: in a town's slot (context.ts townSlot), as a person-shaped name of two words
 * or more, or opening its sentence as its subject.
 */
function readsAsTown(layout: TextLayout, c: Candidate, towns: ReadonlySet<string>, personWords: ReadonlySet<string>): boolean {
  if (c.possessive || !towns.has(foldName(c.text))) return false;
  const t = layout.tokens;
  // "escorted it to Bandar Abbas", "officials in São Paulo": a town of two words or more the rules read as a person's by
  // its first name or its shape, after a preposition of place, or anywhere when its first word is no given name ("São
  // Paulo has", "Ciudad Victoria"; not "Benito Juárez").
  if (c.type === "Person" && /^(?:first-name|name-shape)$/.test(c.rule) && !c.title && c.lastToken - c.firstToken >= 2
    && (/^(?:in|near|outside|around|to|from|into)$/.test(t[c.firstToken - 1]?.lower ?? "") || !hasClass(t[c.firstToken]!.lower, W.firstName))) return true;
  if (c.type !== null) return false;
  if (townSlot(layout, c.firstToken, c.lastToken)) return true;
  // "Lusaka has denied it": a town opening its sentence as its subject, a verb in the singular after it or a comma and a
  // lower-case word, and no word of a person's name nor of a longer name in the document. Not "Brent crude rose", a
  // club's "Chelsea have been criticised", a line-up's "Clichy, Lauren, Senderos", a speaker's "Gaya said", nor "Delta"
  // of "Delta Airlines".
  const after = t[c.lastToken];
  const subject = after?.text === "," ? t[c.lastToken + 1]?.cap === false
    : after?.word === true && hasClass(after.lower, W.verb) && !hasClass(after.lower, W.adjective | W.noun) && !/^(?:have|are|were)$/.test(after.lower)
      && !SPEECH_AFTER_NAME.has(after.lower);
  return c.rule === "unknown" && c.firstToken === layout.sentences[t[c.firstToken]!.sentence]!.first && subject
    && !foldName(c.text).split(" ").some((w) => personWords.has(w)) && !inLongerName(layout, c.text);
}

/**
 * `towns`: folded names of towns and cities (the GeoNames table, read at the edge); a name no rule typed is a town
 * when it is one of them and its sentence puts a town there (context.ts townSlot).
 */
export function recognizeMentions(layout: TextLayout, towns: ReadonlySet<string> = new Set()): MentionResult {
  const dateline = datelineTokens(layout);
  let cands: Candidate[] = [];
  for (const line of layout.lines) {
    for (let s = line.first; s < line.last; s++) {
      const sentence = layout.sentences[s]!;
      const found: Candidate[] = [];
      for (const seq of sequencesOf(layout, sentence.first, sentence.last)) {
        const ctx = { layout, sentenceFirst: sentence.first, heading: line.heading, dateline: seq.every((u) => dateline.has(u.first)) };
        found.push(...classifySequence(seq, ctx));
      }
      const institutions = findInstitutions(layout, sentence.first, sentence.last, line.heading);
      for (const c of found) {
        const inside = institutions.find((i) => c.start < i.end && i.start < c.end);
        if (!inside || c.type === "Place") cands.push(c);
      }
      cands.push(...institutions);
    }
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  propagate(layout, cands);
  const aliasOf = linkAliases(layout, cands);
  preferDefinedAcronyms(cands, aliasOf);

  const messages: DocumentMessage[] = [];
  let unknown = 0;
  // Words of the people the rules name, which no town opening a sentence may be ("Kobe" after "Kobe Bryant").
  const personWords = new Set(cands.filter((c) => c.type === "Person").flatMap((c) => foldName(c.text).split(" ")));
  cands = cands.filter((c) => {
    // "Solicitor General D. John Sauer": an initial alone names no one.
    if (c.type === "Person" && c.text.replace(/\.$/, "").length === 1) return false;
    if (readsAsTown(layout, c, towns, personWords)) {
      [c.type, c.kind, c.score, c.rule] = ["Place", "city", 2, "town-list"];
      delete c.gender;
      return true;
    }
    if (c.type === null) {
      if (c.rule === "initial-common") return false;
      if (unknown++ < 20) {
        messages.push({ severity: "info", rule: "mention-unclassified", reason: `"${c.text}" looks like a name but no rule says what it is; left out`, offset: c.start });
      }
      return false;
    }
    if (c.heading && c.score < 2) {
      messages.push({ severity: "info", rule: "mention-in-heading", reason: `"${c.text}" in a heading is not a known name; left out`, offset: c.start });
      return false;
    }
    return true;
  });
  if (unknown > 20) messages.push({ severity: "info", rule: "mention-unclassified", reason: `${unknown - 20} more unclassified names left out` });

  const index = new Map<Candidate, number>();
  cands.forEach((c, i) => index.set(c, i));
  // Read only when a candidate has such a name: most documents have none.
  const american = cands.some((c) => c.canonical !== undefined && US_NAMES.has(c.canonical)) && namesAmerica(layout);
  const mentions = cands.map((c): RawMention => {
    const m: RawMention = {
      start: c.start,
      end: c.end,
      text: c.text,
      type: c.type!,
      score: c.score,
      rule: c.rule,
      sentence: layout.tokens[c.firstToken]!.sentence,
      firstToken: c.firstToken,
      lastToken: c.lastToken,
      possessive: c.possessive,
    };
    if (c.kind) m.kind = c.kind;
    if (c.canonical && !outOfContext(c, layout.text)) m.canonical = american ? US_NAMES.get(c.canonical) ?? c.canonical : c.canonical;
    else if (c.canonical) delete m.kind; // ("FSA" in a story of UK finance is no armed force)
    if (c.gender) m.gender = c.gender;
    const alias = aliasOf.get(c);
    if (alias && index.has(alias)) m.aliasOf = index.get(alias)!;
    if (c.title) {
      const { label, start, end, of, ofStart } = c.title;
      m.title = { label, start, end };
      if (ofStart !== undefined) m.title.ofStart = ofStart;
      if (of && "place" in of) m.title.of = of;
      else if (of && index.has(of.candidate)) m.title.of = { mention: index.get(of.candidate)! };
    }
    return m;
  });
  return { mentions, messages };
}

/** Words after a subject that end its noun phrase: "McDonald's said", "Sainsbury's has". */
const AFTER_A_SUBJECT = new Set([...AUXILIARIES, "said", "says", "told", "tells", "added", "announced", "reported", "declined",
  "denied", "confirmed", "warned", "agreed", "insisted", "claimed", "also", "which", "who"]);

/**
 * "McDonald's said", "Ben & Jerry's, which ...": a name read as a possessive with nothing possessed after it
 * (punctuation, a verb) ends in its own "'s"; the mention takes it back and owns nothing. Not a place's, nor a
 * name the document also writes without "'s" ("than Verizon's." is Verizon's offer).
 */
export function keepNamesEndingInS(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const t = layout.tokens;
  const plain = new Set(mentions.filter((m) => !m.possessive).map((m) => foldName(m.text)));
  return mentions.map((m) => {
    // Not a person's either: "Sebastien Bruno's been with France" is "has".
    if (!m.possessive || (m.type !== "Group" && !(m.type === "Place" && m.kind === undefined)) || plain.has(foldName(m.text))) return m;
    const token = t[m.lastToken - 1]!;
    const next = t[m.lastToken];
    // (Or a preposition of place or time after it: "sold at Sotheby's in New York", a business named so.)
    const placed = next?.lower !== undefined && /^(?:in|on|at|for|with|by|from|and)$/.test(next.lower) && /^(?:at|from|by|with|to)$/.test(t[m.firstToken - 1]?.lower ?? "");
    const ownsNothing = m.type === "Place" ? placed : !next || next.sentence !== token.sentence || /^[,.;:)]$/.test(next.text) || (AFTER_A_SUBJECT.has(next.lower) && !next.cap) || placed;
    if (!ownsNothing || !/['’]s$/.test(token.text) || token.end !== m.end + 2) return m;
    // (A business in a town, not a ground: "at Sotheby's in New York", not "at St Mary's in their fifth-round tie".)
    const business = m.type === "Place" && next?.lower === "in" && t[m.lastToken + 1]?.cap === true && t[m.lastToken + 1]!.word;
    return { ...m, end: token.end, text: layout.text.slice(m.start, token.end), possessive: false, ...(business ? { type: "Group" as const, kind: "company" } : {}) };
  });
}

/**
 * "Parkinson's disease", "Down's syndrome": a name a condition is called after is no entity in the text; nor is a
 * storm's, wherever the document writes it ("Hurricane Milton ... Milton had weakened").
 */
export function withoutEponyms(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const t = layout.tokens;
  const storms = new Set(mentions.filter((m) => m.type === "Person" && /^(?:Hurricane|Storm|Typhoon|Cyclone)$/.test(t[m.firstToken - 1]?.text ?? "")).map((m) => foldName(m.text)));
  const keep = mentions.map((m) => !(m.possessive && /^(?:disease|syndrome)$/.test(t[m.lastToken]?.lower ?? "")) && !(m.type === "Person" && storms.has(foldName(m.text))));
  if (keep.every(Boolean)) return [...mentions];
  // Indices shift: links to a dropped mention go, the others are renumbered.
  const renumber = new Map<number, number>();
  mentions.forEach((_, i) => keep[i] && renumber.set(i, renumber.size));
  return mentions.filter((_, i) => keep[i]).map((m) => relinked(m, renumber));
}

/**
 * An acronym the document defines is that name throughout it, whatever a list says it usually stands for: after
 * "the Financial Services Authority (FSA)", "FSA" is not the Free Syrian Army.
 */
function preferDefinedAcronyms(cands: readonly Candidate[], aliasOf: ReadonlyMap<Candidate, Candidate>): void {
  for (const [acronym, full] of aliasOf) {
    if (acronym.rule !== "acronym-defined") continue;
    const name = full.canonical ?? full.text;
    for (const c of cands) {
      // Its letters elsewhere are that kind of body too: "SNSD candidate X" after "the Alliance of Independent Social
      // Democrats (SNSD)" is the party's candidate.
      if (c.text === acronym.text && c.canonical === undefined && c.kind === undefined && c.type === full.type && full.kind) c.kind = full.kind;
      // (A list's name the document's only rewords stays: "US Securities Exchange Commission (SEC)" is the SEC.)
      if (c.text !== acronym.text || c.canonical === undefined || sameWords(c.canonical, name)) continue;
      // (The full name, so resolution keys it there and not on the list's name for the letters.)
      c.canonical = name;
      c.rule = "acronym-defined";
      c.type = full.type;
      if (full.kind) c.kind = full.kind;
      else delete c.kind;
    }
  }
}

/** Whether two names share most of the words of the first: "Securities and Exchange Commission", "US Securities Exchange Commission". */
function sameWords(a: string, b: string): boolean {
  const words = (s: string): string[] => foldName(s).split(/\s+/).filter((w) => w.length > 2 && !/^(?:and|the|for)$/.test(w));
  const of = new Set(words(b));
  const mine = words(a);
  return mine.filter((w) => of.has(w)).length * 2 >= mine.length;
}

/** A copy of m with its links to other mentions (aliasOf, title.of) renumbered; a link to a mention not kept is dropped. */
/** Nouns of one person a pseudonym may name, with the gender they tell. */
const ONE_PERSON_NOUNS: ReadonlyMap<string, "male" | "female" | undefined> = new Map([
  ["man", "male"], ["boy", "male"], ["woman", "female"], ["girl", "female"], ["mother", "female"], ["father", "male"],
  ["person", undefined], ["teenager", undefined], ["witness", undefined], ["victim", undefined], ["survivor", undefined],
  ["seeker", undefined], ["refugee", undefined], ["migrant", undefined], ["patient", undefined], ["worker", undefined],
  ["soldier", undefined], ["officer", undefined], ["resident", undefined], ["student", undefined], ["child", undefined],
]);

/**
 * "a 34-year-old Sudanese man identified only as AB": a name given as a pseudonym to one person is a person's, whatever
 * its letters look like (an acronym reads as a group's).
 */
export function pseudonymsOfPeople(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const t = layout.tokens;
  return mentions.map((m) => {
    let k = m.firstToken - 1;
    if (t[k]?.lower !== "as") return m;
    k--;
    if (t[k]?.lower === "only" || t[k]?.lower === "simply") k--;
    if (!/^(?:identified|known|named|referred|described)$/.test(t[k]?.lower ?? "") && !(t[k]?.lower === "to" && t[k - 1]?.lower === "referred")) return m;
    for (let j = k - 1; j >= Math.max(0, k - 6) && t[j]!.sentence === m.sentence; j--) {
      if (!ONE_PERSON_NOUNS.has(t[j]!.lower)) continue;
      if (m.type === "Person") return m;
      const gender = ONE_PERSON_NOUNS.get(t[j]!.lower);
      const { kind: _kind, canonical: _canonical, ...rest } = m;
      return { ...rest, type: "Person", ...(gender ? { gender } : {}) };
    }
    return m;
  });
}

/**
 * "Shabana Mahmood said ... Ms Mahmood went further": a person's gender an honorific tells goes to the mentions of the
 * same surname that tell none, for "he" and "she"; not when the document gives the surname both genders ("Mr and Mrs Smith").
 */
export function shareGenders(mentions: readonly RawMention[]): RawMention[] {
  const surnames = mentions.map((m) => (m.type === "Person" ? foldName(m.text).split(" ").pop()! : ""));
  const genders = new Map<string, Set<"male" | "female">>();
  // (Only for a surname one full name holds: not "Ozzy Osbourne" after "his wife Sharon Osbourne".)
  const fullNames = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    if (m.type !== "Person") return;
    const names = fullNames.get(surnames[i]!) ?? new Set();
    if (/\s/.test(m.text.trim())) names.add(foldName(m.text));
    fullNames.set(surnames[i]!, names);
    if (m.gender) genders.set(surnames[i]!, (genders.get(surnames[i]!) ?? new Set()).add(m.gender));
  });
  return mentions.map((m, i) => {
    const known = m.type === "Person" && !m.gender && (fullNames.get(surnames[i]!)?.size ?? 0) <= 1 ? genders.get(surnames[i]!) : undefined;
    return known?.size === 1 ? { ...m, gender: [...known][0]! } : m;
  });
}

export function relinked(m: RawMention, renumber: ReadonlyMap<number, number>): RawMention {
  const copy: RawMention = { ...m };
  if (m.aliasOf !== undefined) {
    const to = renumber.get(m.aliasOf);
    if (to === undefined) delete copy.aliasOf;
    else copy.aliasOf = to;
  }
  if (m.title) {
    copy.title = { ...m.title };
    if (m.title.of && "mention" in m.title.of) {
      const to = renumber.get(m.title.of.mention);
      if (to === undefined) delete copy.title.of;
      else copy.title.of = { mention: to };
    }
  }
  return copy;
}
