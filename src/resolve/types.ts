// One type per name within a document, between group and place. The recognisers type each mention from
// its own context, so a company can be a group where it "said" and a place where it opens a sentence
// ("Tesla's chief executive"); one article means one thing by one name, so its mentions take the type a
// curated list is sure of, else the type most of them have. Two sure types, or a tie, are left as they are.
// Persons are left out: a player's surname the NER takes for a club ("Drogba") outvotes the person.
import { foldName, type RawMention } from "../extract/index.ts";
import type { EntityType } from "../types/index.ts";

/** Scores at or above this are sure of their type, as are SURE_RULES': not outvoted. */
const SURE = 3;

/** Rules whose type comes from a curated list or the text's own layout. */
const SURE_RULES = new Set(["gazetteer", "lexicon", "dateline", "demonym", "institution"]);

/** The sure type, if one; else the type most mentions have; none on a tie. */
function winningType(ms: readonly RawMention[]): EntityType | null {
  // An acronym defined in brackets takes its long form's type, a guess: "Athletics Kenya (AK)" read as "Kenya".
  const sure = new Set(ms.filter((m) => (m.score >= SURE || SURE_RULES.has(m.rule)) && m.rule !== "acronym-defined").map((m) => m.type));
  if (sure.size > 1) return null;
  if (sure.size === 1) return [...sure][0]!;
  const places = ms.filter((m) => m.type === "Place").length;
  return places * 2 === ms.length ? null : places * 2 > ms.length ? "Place" : "Group";
}

/** The mentions, a name's groups and places retyped to the name's winning type of the two (kind dropped). */
export function agreeOnTypes(mentions: readonly RawMention[]): RawMention[] {
  const byName = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.type === "Person") return;
    const key = foldName(m.text);
    byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  const out = mentions.slice();
  for (const indices of byName.values()) {
    const ms = indices.map((i) => mentions[i]!);
    if (new Set(ms.map((m) => m.type)).size < 2) continue;
    const type = winningType(ms);
    if (!type) continue;
    for (const i of indices) {
      if (mentions[i]!.type === type) continue;
      const { kind: _kind, ...rest } = mentions[i]!;
      out[i] = { ...rest, type };
    }
  }
  return out;
}
