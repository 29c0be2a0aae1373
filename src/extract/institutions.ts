// A country's government, parliament and armed forces, named in lower case: "the Iraqi government",
// "Iraq’s Parliament", "the central government of Iraq", "Iraqi forces". Each becomes a Group with a
// canonical name ("Government of Iraq") so every way of writing it resolves to one entity.
import { lookupGazetteer } from "./gazetteer.ts";
import type { Candidate } from "./classify.ts";
import { W, hasClass } from "./lexicon.ts";
import { DEMONYM_COUNTRY } from "./titles.ts";
import type { TextLayout, Token } from "./tokens.ts";

interface Institution {
  name: string;
  kind: string;
}
const INSTITUTIONS: ReadonlyMap<string, Institution> = new Map<string, Institution>([
  ...["government", "authorities", "cabinet", "administration", "regime"].map((w): [string, Institution] => [w, { name: "Government", kind: "government" }]),
  ...["parliament", "legislature"].map((w): [string, Institution] => [w, { name: "Parliament", kind: "government" }]),
  ...["army", "forces", "military", "troops", "soldiers"].map((w): [string, Institution] => [w, { name: "Armed forces", kind: "armed_force" }]),
  ["bank", { name: "Central Bank", kind: "government" }], // only after "central": "Nigeria's central bank"
]);
/** A central bank by its own name, so "Japan's central bank" is the "Bank of Japan" named elsewhere. */
const CENTRAL_BANKS: ReadonlyMap<string, string> = new Map([
  ["Japan", "Bank of Japan"], ["United Kingdom", "Bank of England"], ["United States", "Federal Reserve"], ["China", "People's Bank of China"],
  ["India", "Reserve Bank of India"], ["Canada", "Bank of Canada"], ["Australia", "Reserve Bank of Australia"], ["Switzerland", "Swiss National Bank"],
  ["Germany", "Bundesbank"], ["France", "Banque de France"], ["South Korea", "Bank of Korea"], ["New Zealand", "Reserve Bank of New Zealand"],
  ["Sweden", "Riksbank"], ["Norway", "Norges Bank"], ["Mexico", "Bank of Mexico"], ["Israel", "Bank of Israel"], ["Italy", "Bank of Italy"],
  ["Spain", "Bank of Spain"], ["South Africa", "South African Reserve Bank"], ["Indonesia", "Bank Indonesia"], ["Thailand", "Bank of Thailand"],
]);
const QUALIFIERS = new Set(["central", "federal", "national", "interim", "new", "transitional", "regular", "security", "armed", "special"]);

/** The country a token names, as a demonym ("Iraqi") or a country name ("Iraq", "US"). */
function countryOf(t: Token): string | null {
  if (!t.cap) return null;
  const demonym = DEMONYM_COUNTRY.get(t.lower);
  if (demonym && (t.lower !== "us" || t.text === "US")) return demonym;
  const base = t.text.replace(/['’]s$/, "");
  const hit = lookupGazetteer(base);
  if (hit) return hit.entry.type === "Place" && hit.entry.kind === "country" ? hit.entry.names[0]! : null;
  return hasClass(base.toLowerCase(), W.country) ? base : null;
}

function make(layout: TextLayout, first: number, last: number, country: string, head: string, heading: boolean): Candidate {
  const institution = INSTITUTIONS.get(head)!;
  const start = layout.tokens[first]!.start;
  const end = layout.tokens[last - 1]!.end;
  return {
    start,
    end,
    text: layout.text.slice(start, end),
    type: "Group",
    kind: institution.kind,
    score: 3,
    rule: "institution",
    firstToken: first,
    lastToken: last,
    possessive: false,
    canonical: (head === "bank" ? CENTRAL_BANKS.get(country) : undefined) ?? `${institution.name} of ${country}`,
    heading,
  };
}

/** Institution mentions in token range [first, last). */
export function findInstitutions(layout: TextLayout, first: number, last: number, heading: boolean): Candidate[] {
  const t = layout.tokens;
  const out: Candidate[] = [];
  for (let k = first; k < last; k++) {
    const tok = t[k]!;
    if (!tok.word) continue;
    // "the Kurdistan Region government", "the Kurdish regional government": the KRG in lower case (capitalised, the gazetteer has it).
    const kurdish = (tok.lower === "kurdistan" || tok.lower === "kurdish") && /^(?:region|regional)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.text === "government";
    if (kurdish && k + 3 <= last) {
      out.push({ ...make(layout, k, k + 3, "", "government", heading), canonical: "Kurdistan Regional Government" });
      k += 2;
      continue;
    }
    // "Iraqi government", "Iraq’s central authorities", "US troops"
    const country = countryOf(tok);
    if (country) {
      const possessive = /['’]s$/.test(tok.text);
      const isDemonym = DEMONYM_COUNTRY.has(tok.lower);
      if (!possessive && !isDemonym) continue;
      let h = k + 1;
      while (h < last && h < k + 3 && QUALIFIERS.has(t[h]!.lower)) h++;
      // (Not inside a name the gazetteer knows: the "Free Syrian Army" is no army of Syria's.)
      const named = k > 0 && t[k - 1]!.cap && t[k - 1]!.sentence === tok.sentence && lookupGazetteer(layout.text.slice(t[k - 1]!.start, t[h]?.end ?? 0)) !== undefined;
      if (h < last && !named && INSTITUTIONS.has(t[h]!.lower) && (t[h]!.lower !== "bank" || t[h - 1]!.lower === "central")) {
        out.push(make(layout, k, h + 1, country, t[h]!.lower, heading));
        k = h;
      }
      continue;
    }
    // "government of Iraq" (not a name's head: "the Civil Aviation Administration of China")
    const namesHead = tok.lower !== "bank" && tok.cap && t[k - 1]?.cap === true && t[k - 1]!.word && t[k - 1]!.sentence === tok.sentence && k - 1 !== layout.sentences[tok.sentence]!.first;
    if (INSTITUTIONS.has(tok.lower) && !namesHead && (tok.lower !== "bank" || t[k - 1]?.lower === "central") && t[k + 1]?.lower === "of" && k + 2 < last) {
      const c = countryOf(t[k + 2]!);
      if (c && !/['’]s$/.test(t[k + 2]!.text)) {
        out.push(make(layout, k, k + 3, c, tok.lower, heading));
        k += 2;
      }
    }
  }
  return out;
}
