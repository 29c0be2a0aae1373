// Family and aide ties to a person named by a role: "The mayor's wife, Linda Harris" is the wife of
// the one person the document makes mayor (role-speakers.ts), as "Barzani's aide, Hemin Hawrami" is
// Barzani's (relations.ts). No tie when the role has no single holder. Pure: layout and mentions in.
import { tieOf } from "./ties.ts";
import type { RoleHolders } from "./role-speakers.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention, RawRelation } from "./types.ts";

export function roleTies(layout: TextLayout, mentions: readonly RawMention[], holderOf: RoleHolders): RawRelation[] {
  const t = layout.tokens;
  const out: RawRelation[] = [];
  mentions.forEach((m, i) => {
    if (m.type !== "Person") return;
    // Or after the name: "Teresita de la Rama, the governor's wife,".
    const after = m.lastToken;
    if (t[after]?.text === "," && t[after + 1]?.lower === "the") {
      let owner = after + 2;
      while (owner < after + 5 && t[owner]?.word && !t[owner]!.cap && !/['’]s$/.test(t[owner]!.lower)) owner++;
      const word = t[owner + 1]?.lower ?? "";
      const type = tieOf(word);
      if (type && /['’]s$/.test(t[owner]?.lower ?? "") && !t[owner]!.cap && /^(?:,|\.|;)$/.test(t[owner + 2]?.text ?? "")) {
        const holder = holderOf(after + 1, owner + 1, m.start, true);
        if (holder !== undefined && mentions[holder]!.text !== m.text) {
          out.push({ type, source: i, target: { mention: holder }, evidence: { start: m.start, end: t[owner + 1]!.end }, label: word });
        }
      }
    }
    const tie = t[m.firstToken - 1]?.text === "," ? m.firstToken - 2 : m.firstToken - 1;
    const word = t[tie]?.lower ?? "";
    const type = tieOf(word);
    const owner = tie - 1;
    if (!type || !/['’]s$/.test(t[owner]?.lower ?? "") || t[owner]!.cap) return;
    // The role phrase opens with "the" at most four words before the possessive: "the prime minister's".
    let first = owner;
    while (first > owner - 4 && first > 0 && t[first]!.lower !== "the") first--;
    if (t[first]!.lower !== "the") return;
    const holder = holderOf(first, owner + 1, m.start, true);
    if (holder === undefined || mentions[holder]!.text === m.text) return;
    out.push({
      type,
      source: i,
      target: { mention: holder },
      evidence: { start: t[first]!.start, end: m.end },
      label: word,
    });
  });
  return out;
}
