// Family and aide ties to a person named by a role: "The mayor's wife, Linda Harris" is the wife of
// the one person the document makes mayor (role-speakers.ts), as "Barzani's aide, Hemin Hawrami" is
// Barzani's (relations.ts); so is a side taken ("Yulo, a long-time rival of the governor"). No tie when
// the role has no single holder. Pure: layout and mentions in.
import { sideOf } from "./affiliations.ts";
import { hasClass, W } from "./lexicon.ts";
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
      // (Its end, or another office joined: "the governor's wife and vice mayor of Bago City".)
      if (type && /['’]s$/.test(t[owner]?.lower ?? "") && !t[owner]!.cap && /^(?:,|\.|;|and)$/.test(t[owner + 2]?.text ?? "")) {
        const holder = holderOf(after + 1, owner + 1, m.start, true);
        if (holder !== undefined && mentions[holder]!.text !== m.text) {
          out.push({ type, source: i, target: { mention: holder }, evidence: { start: m.start, end: t[owner + 1]!.end }, label: word });
        }
      }
    }
    const side = sideOfRole(layout, m, holderOf);
    if (side && mentions[side.holder]!.text !== m.text) {
      out.push({ type: side.type, source: i, target: { mention: side.holder }, evidence: { start: m.start, end: side.end }, label: side.label });
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

/**
 * "Yulo, a long-time rival of the governor", "Romero is a close ally of the mayor", "has been a staunch supporter of the
 * president", "one of the president's closest allies": the side a person takes toward a role's one holder.
 */
function sideOfRole(layout: TextLayout, m: RawMention, holderOf: RoleHolders): { type: string; holder: number; end: number; label: string } | undefined {
  const t = layout.tokens;
  const lower = (k: number): string => t[k]?.lower ?? "";
  let k = m.lastToken;
  if (lower(k) === ",") k += lower(k + 1) === "who" ? 2 : 1;
  if (/^(?:has|had|have)$/.test(lower(k)) && lower(k + 1) === "been") k += 2;
  else if (/^(?:is|was|remains|remained)$/.test(lower(k))) k++;
  if (k === m.lastToken) return undefined;
  // ("one of the president's closest allies": the side's owner before it, in the plural.)
  const oneOf = lower(k) === "one" && lower(k + 1) === "of";
  if (oneOf) k += 2;
  if (!/^(?:a|an|the)$/.test(lower(k))) return undefined;
  const from = k + 1;
  if (oneOf) {
    let owner = from;
    while (owner < from + 4 && t[owner]?.word && !t[owner]!.cap && !/['’]s$/.test(lower(owner))) owner++;
    let n = owner + 1;
    while (n < owner + 3 && t[n]?.word && !t[n]!.cap && !sideOf(lower(n))) n++;
    const type = sideOf(lower(n));
    const holder = type && /['’]s$/.test(lower(owner)) ? holderOf(k, owner + 1, m.start, true) : undefined;
    return type && holder !== undefined ? { type, holder, end: t[n]!.end, label: layout.text.slice(t[from]!.start, t[n]!.end) } : undefined;
  }
  let n = from;
  while (n < from + 3 && t[n]?.word && !t[n]!.cap && !sideOf(lower(n))) n++;
  const type = sideOf(lower(n));
  if (!type || lower(n + 1) !== "of" || lower(n + 2) !== "the") return undefined;
  let last = n + 3;
  while (last < n + 6 && t[last]?.word && !t[last]!.cap) last++;
  // (The role phrase ends the side: "a close ally of the mayor," not "a critic of the mayor's budget".)
  for (let end = last; end > n + 3; end--) {
    const holder = t[end]?.word && !hasClass(lower(end), W.preposition | W.conjunction) ? undefined : holderOf(n + 2, end, m.start);
    if (holder !== undefined) return { type, holder, end: t[end - 1]!.end, label: layout.text.slice(t[from]!.start, t[n]!.end) };
  }
  return undefined;
}
