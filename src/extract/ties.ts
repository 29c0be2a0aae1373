// The words of ties between people, shared by the relation readers: kin ("wife", "son", "nephew") and aides
// ("aide", "lawyer", "chief of staff"), and where a titled name starts.
import type { Token } from "./tokens.ts";
import type { RawMention } from "./types.ts";

export const FAMILY: ReadonlyMap<string, string> = new Map([
  ["wife", "SPOUSE_OF"], ["husband", "SPOUSE_OF"], ["widow", "SPOUSE_OF"], ["widower", "SPOUSE_OF"],
  ["son", "CHILD_OF"], ["daughter", "CHILD_OF"], ["father", "PARENT_OF"], ["mother", "PARENT_OF"],
  ["brother", "SIBLING_OF"], ["sister", "SIBLING_OF"],
  // Kin further out, one relation whose label says which: "His nephew, Prime Minister Nechirvan Barzani".
  ...["nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "stepmother", "stepfather",
    "stepson", "stepdaughter", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "father-in-law", "mother-in-law",
    "half-brother", "half-sister", "stepbrother", "stepsister"].map((w) => [w, "RELATIVE_OF"] as const),
]);
export const AIDES: ReadonlySet<string> = new Set(["aide", "aides", "adviser", "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson", "deputy", "secretary",
  "lawyer", "attorney", "solicitor", "barrister", "counsel", "agent", "publicist"]);
/** Words before a tie that keep it one ("senior adviser", "chief spokesman"; "former adviser", a tie that was, its label says so). */
export const TIE_MODIFIERS: ReadonlySet<string> = new Set(["senior", "chief", "top", "longtime", "long-time", "close", "personal", "special",
  "security", "press", "legal", "political", "policy", "media", "business", "communications", "diplomatic", "campaign",
  "principal", "eldest", "youngest", "elder", "younger", "former", "ex", "lead", "closest", "older", "oldest", "twin", "late", "estranged",
  "first", "second"]);
/** The tie a word names: "aide", "lawyer" AIDE_TO; "wife" SPOUSE_OF, "son" CHILD_OF, ...; undefined for other words. */
export const tieOf = (word: string): string | undefined => (AIDES.has(word) ? "AIDE_TO" : FAMILY.get(word));
/** The tie token k names, a politician's staff too: "Nic Giolla's campaign manager, Eoin Daly", "her campaign coordinator". */
export const tieAt = (t: readonly Token[], k: number): string | undefined =>
  tieOf(t[k]?.lower ?? "") ?? (STAFFS.test(t[k - 1]?.lower ?? "") && /^(?:manager|director|coordinator|chief|spokesman|spokeswoman)$/.test(t[k]?.lower ?? "") ? "AIDE_TO" : undefined);
/** A politician's staff by what they run: "her campaign manager", "Castellano's former legislative director". */
const STAFFS = /^(?:campaign|legislative)$/;
/** Articles and possessives that may open a role or relation phrase. */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "its", "their"]);
/** "chief of staff" starting at token k: an aide's tie of three words. */
export const chiefOfStaff = (t: readonly Token[], k: number): boolean => t[k]?.lower === "chief" && t[k + 1]?.lower === "of" && t[k + 2]?.lower === "staff";
/** The first token of mention x's own title ("Prime Minister" of "Prime Minister Nechirvan Barzani"), else of its name. */
export function titleStart(t: readonly Token[], x: RawMention): number {
  let k = x.firstToken;
  if (x.title) while (k > 0 && t[k - 1]!.start >= x.title.start) k--;
  return k;
}
