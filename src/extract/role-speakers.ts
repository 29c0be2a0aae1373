// Speakers named by a role: "the prime minister said", "the KRG president said". News introduces a
// person once with a title ("Prime Minister Tony Blair", "Masoud Barzani, the president of the
// Kurdistan Region") and then calls them by the role alone; such a claim is that person's when the
// document gives the role to exactly one person. Otherwise the role stays the speaker's words
// ("The KRG president" is not the KRG), never guessed. Pure: layout, mentions and relations in.
import { DEMONYM_COUNTRY, isRoleNoun, isTitleHead, isTitleModifier } from "./titles.ts";
import { tokenRange, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention, RawRelation } from "./types.ts";

/** Role heads that name one person in a story's context; "spokesman" or "official" name one of many. */
const ONE_HOLDER = new Set(["president", "minister", "premier", "chancellor", "governor", "mayor", "secretary", "leader",
  "chairman", "chairwoman", "executive", "ceo", "king", "queen", "pope", "coach", "manager", "boss", "captain",
  "commissioner", "ambassador", "envoy", "commander", "senator", "president-elect", "secretary-general", "director-general",
  "prosecutor", "judge"]);
const isRoleWord = (lower: string): boolean => isTitleHead(lower) || isTitleModifier(lower) || isRoleNoun(lower);
/** Words that make a different role: the deputy prime minister is not "the prime minister". */
const RESTRICTIVE = new Set(["deputy", "vice", "former", "shadow", "acting", "assistant", "junior", "first", "co", "ex", "interim"]);
/** Modifiers that name the holder now, no other role: "the new king" is the king. */
const TIMELESS = new Set(["new", "current", "incumbent", "sitting", "present"]);
/** Honorific titles, which give no role: "Mr Blair". */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "reverend"]);

interface Role {
  /** Who holds it: the last word of the name, lower case ("blair"). */
  holder: string;
  /** The holder's first word ("tony"), so "Cherie Blair" is not "Tony Blair". */
  given: string;
  head: string;
  /** Lower-case words of the title and of what it is a title of. */
  words: Set<string>;
  /** Initials of what it is a title of ("kr" for "Kurdistan Region"). */
  initials: string;
  /** The holder's gender, when known: "Ms Doyle" is the minister Karen Doyle, "Mr Doyle" her husband. */
  gender?: "male" | "female";
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** Titles US news abbreviates before a name, as the role is written without one: "Gov. Ellen Marsh" is "the governor". */
const ABBREVIATED_HEADS: ReadonlyMap<string, string> = new Map([["gov", "governor"], ["sen", "senator"], ["pres", "president"]]);

function roleOf(mentions: readonly RawMention[], mention: number, label: string, of: string): Role | null {
  const words = wordsOf(label);
  const written = words[words.length - 1];
  const head = written === undefined ? undefined : ABBREVIATED_HEADS.get(written) ?? written;
  if (!head || HONORIFICS.has(head) || !ONE_HOLDER.has(head)) return null;
  const ofWords = wordsOf(of);
  const name = wordsOf(mentions[mention]!.text);
  const gender = mentions[mention]!.gender;
  return { holder: name[name.length - 1] ?? "", given: name.length > 1 ? name[0]! : "", head, words: new Set([...words, ...ofWords]), initials: ofWords.map((w) => w[0]).join(""), ...(gender ? { gender } : {}) };
}

/** The roles the document gives its people: titles before names, ROLE relations, appositions ("Blair, the prime minister,"). */
function rolesOf(layout: TextLayout, mentions: readonly RawMention[], relations: readonly RawRelation[]): Role[] {
  const t = layout.tokens;
  const textOf = (of: RawRelation["target"] | undefined): string => (!of ? "" : "mention" in of ? mentions[of.mention]!.text : of.place);
  const roles: Array<Role | null> = [];
  mentions.forEach((m, i) => {
    if (m.type !== "Person") return;
    if (m.title) roles.push(roleOf(mentions, i, m.title.label, textOf(m.title.of)));
    // "England coach Sven-Goran Eriksson", "Lib Dem leader Charles Kennedy": a lower-case role right before the name.
    let a = m.firstToken - 1;
    if (a > 0 && !t[a]!.cap && ONE_HOLDER.has(t[a]!.lower)) {
      while (a > m.firstToken - 5 && t[a - 1]?.word && t[a - 1]!.sentence === m.sentence && !/^(?:the|a|an)$/.test(t[a - 1]!.lower) && !/['’]s$/.test(t[a - 1]!.lower)) a--;
      roles.push(roleOf(mentions, i, layout.text.slice(t[a]!.start, t[m.firstToken - 1]!.end), ""));
    }
    // "Tony Blair, the prime minister, said": an apposition of a role with no "of".
    let k = m.lastToken;
    if (t[k]?.text !== "," || t[k + 1]?.lower !== "the") return;
    k += 2;
    const first = k;
    while (k < first + 4 && t[k]?.word && !t[k]!.cap) k++;
    if (k > first && (t[k]?.text === "," || t[k]?.text === ".")) roles.push(roleOf(mentions, i, layout.text.slice(t[first]!.start, t[k - 1]!.end), ""));
  });
  // (A role once held stays one: "ex Conservative chancellor Ken Clarke" is no "chancellor" the story speaks of.)
  const once = (r: RawRelation): string => (/(?:^|\s)(ex|former)[\s-]/i.exec(layout.text.slice(Math.max(0, r.evidence.start - 8), r.evidence.end))?.[1]?.toLowerCase() ?? "");
  for (const r of relations) if (r.type === "ROLE" && r.label) roles.push(roleOf(mentions, r.source, `${once(r)} ${r.label}`.trim(), textOf(r.target)));
  return roles.filter((r): r is Role => r !== null);
}

/** Whether a word before the role head fits a role: a word of it, the initials of what it is of ("KRG"), or a demonym of it. */
function fits(role: Role, modifier: string): boolean {
  if (role.words.has(modifier)) return true;
  if (role.initials.length >= 2 && modifier.startsWith(role.initials)) return true;
  const country = DEMONYM_COUNTRY.get(modifier);
  if (country !== undefined && wordsOf(country).every((w) => role.words.has(w))) return true;
  // "Kurdish" of "Kurdistan", "Iraqi" of "Iraq": the first four letters.
  return modifier.length >= 4 && [...role.words].some((w) => w.length >= 4 && w.slice(0, 4) === modifier.slice(0, 4));
}

/** "the Scottish Executive" is a body; "the chief executive" a person. */
const namesABody = (head: string, before: string | undefined): boolean => head === "executive" && before !== "chief";

/**
 * The role phrase of tokens [first, last): "the" (after words such as "later"), modifiers, a head that
 * names one holder; its modifiers and head, or null.
 */
function rolePhrase(layout: TextLayout, first: number, last: number, possessive = false): { modifiers: string[]; head: string } | null {
  const t = layout.tokens;
  let k = first;
  while (k < last && t[k]!.lower !== "the") k++;
  if (k >= last - 1 || k > first + 2) return null;
  const words: string[] = [];
  for (let j = k + 1; j < last; j++) {
    // "the mayor's": a possessive ends the phrase when asked for one.
    const own = possessive && j === last - 1 && /['’]s$/.test(t[j]!.lower);
    if (!t[j]!.word || (/['’]s$/.test(t[j]!.lower) && !own)) return null;
    words.push(own ? t[j]!.lower.slice(0, -2) : t[j]!.lower);
  }
  if (possessive && !/['’]s$/.test(t[last - 1]?.lower ?? "")) return null;
  const head = words.pop()!;
  return ONE_HOLDER.has(head) && !namesABody(head, words[words.length - 1]) ? { modifiers: words, head } : null;
}

/**
 * The person a role phrase of tokens [first, last) names, by its last mention before offset `before`;
 * or undefined. `possessive`: the phrase ends in "'s" ("the mayor's wife").
 */
export type RoleHolders = (first: number, last: number, before: number, possessive?: boolean) => number | undefined;

/** The holders of the document's roles, found lazily: the roles are read at the first role phrase asked about. */
export function roleHolders(layout: TextLayout, mentions: readonly RawMention[], relations: readonly RawRelation[]): RoleHolders {
  let roles: Role[] | undefined;
  return (first, last, before, possessive = false) => {
    const phrase = rolePhrase(layout, first, last, possessive);
    if (!phrase) return undefined;
    roles ??= rolesOf(layout, mentions, relations);
    const matching = roles.filter((r) => r.head === phrase.head && phrase.modifiers.every((m) => TIMELESS.has(m) || fits(r, m))
      && [...r.words].every((w) => !RESTRICTIVE.has(w) || phrase.modifiers.includes(w)));
    if (new Set(matching.map((r) => r.holder)).size !== 1) return undefined;
    // The holder's last mention before the claim, else its first (mentions are in text order): the
    // surname alone or with the holder's own first name ("Blair", "Tony Blair", not "Cherie Blair").
    const holder = matching[0]!.holder;
    const given = matching.find((r) => r.given)?.given ?? "";
    const gender = matching.find((r) => r.gender)?.gender;
    let lastBefore = -1;
    let firstOf = -1;
    mentions.forEach((m, i) => {
      const words = wordsOf(m.text);
      if (m.type !== "Person" || words[words.length - 1] !== holder || (words.length > 1 && given && words[0] !== given)) return;
      if (gender && m.gender && m.gender !== gender) return; // "Mr Doyle", the minister's husband
      if (firstOf < 0) firstOf = i;
      if (m.start < before) lastBefore = i;
    });
    return lastBefore >= 0 ? lastBefore : firstOf >= 0 ? firstOf : undefined;
  };
}

/** "A spokesman for the minister", "The minister's spokesman": the one person the document gives that role speaks through them. */
function spokesmanFor(t: TextLayout["tokens"], first: number, last: number, before: number, holderOf: RoleHolders): number | undefined {
  const spokesman = (k: number): boolean => /^(?:spokesman|spokeswoman|spokesperson)$/.test(t[k]?.lower ?? "");
  if (/^(?:a|the)$/.test(t[first]?.lower ?? "") && spokesman(first + 1) && t[first + 2]?.lower === "for") return holderOf(first + 3, last, before);
  if (spokesman(last - 1) && /['’]s$/.test(t[last - 2]?.text ?? "")) return holderOf(first, last - 1, before, true);
  return undefined;
}

/** A lower-case role of up to three words after token k, then a capitalised name ending before the cue; its tokens. */
function titledNameAfter(t: TextLayout["tokens"], k: number, cueStart: number): { first: number; last: number } | undefined {
  let j = k;
  while (j < k + 3 && t[j]?.word && !t[j]!.cap && isRoleWord(t[j]!.lower)) j++;
  if (j === k || !t[j]?.cap || !t[j]!.word) return undefined;
  let end = j;
  while (end < j + 3 && t[end]?.cap && t[end]!.word) end++;
  return t[end] !== undefined && t[end]!.start <= cueStart && t[end]!.sentence === t[k]!.sentence && (!t[end]!.word || t[end]!.start === cueStart) ? { first: j, last: end } : undefined;
}

/**
 * The claims with role speakers resolved: a speaker's words that are a role phrase ("The prime
 * minister") become the one person the document gives that role, and a name inside a role phrase
 * ("The KRG president", where the tagger or rules took "KRG") becomes that person or the phrase's words.
 * The source span stays the phrase as written.
 */
export function resolveRoleSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[], holderOf: RoleHolders): RawClaim[] {
  const t = layout.tokens;
  return claims.map((c) => {
    if (!("mention" in c.speaker)) {
      const [first, last] = tokenRange(t, c.speaker.start, c.speaker.end);
      const holder = holderOf(first, last, c.cueSpan.start) ?? spokesmanFor(t, first, last, c.cueSpan.start, holderOf);
      return holder === undefined ? c : { ...c, speaker: { mention: holder }, sourceSpan: c.sourceSpan ?? { start: c.speaker.start, end: c.speaker.end } };
    }
    // "the KRG president": the group or place named inside a role phrase is not the speaker.
    const m = mentions[c.speaker.mention]!;
    if (m.type === "Person") return c;
    // A party's word describing a person is not the speaker: "Bob Corker, a Tennessee Republican who has met", "Evan
    // Bayh, a moderate Indiana Democrat who declined".
    if (m.rule === "party-word") {
      // (The nearest person before it, its comma opening the apposition.)
      let described = c.speaker.mention - 1;
      while (described >= 0 && !(mentions[described]!.type === "Person" && t[mentions[described]!.lastToken]?.text === ",")) described--;
      const near = described >= 0 && mentions[described]!.sentence === m.sentence && m.firstToken - mentions[described]!.lastToken <= 6;
      if (near) return { ...c, speaker: { mention: described } };
    }
    // Nor a club before its player's role and a name the recognisers missed ("Barca midfielder Deco, ... agreed"): the
    // phrase's words are.
    const holderWords = titledNameAfter(t, m.lastToken, c.cueSpan.start);
    if (holderWords !== undefined && !m.possessive && !mentions.some((o) => o.firstToken === holderWords.first)) {
      const span = { start: m.start, end: t[holderWords.last - 1]!.end };
      return { ...c, speaker: { words: layout.text.slice(span.start, span.end), ...span }, sourceSpan: c.sourceSpan ?? span };
    }
    if (t[m.firstToken - 1]?.lower !== "the") return c;
    let end = m.lastToken;
    while (end < m.lastToken + 3 && t[end]?.word && !t[end]!.cap && !ONE_HOLDER.has(t[end]!.lower)) end++;
    // The phrase ends at its head: the cue or punctuation follows ("the KRG president said", "said the KRG president.").
    const next = t[end + 1];
    if (!ONE_HOLDER.has(t[end]?.lower ?? "") || (next?.word && next.start !== c.cueSpan.start)) return c;
    if (namesABody(t[end]!.lower, t[end - 1]!.lower)) return c; // "the Health and Safety Executive" stays the group
    const span = { start: t[m.firstToken - 1]!.start, end: t[end]!.end };
    if (c.sourceSpan && (c.sourceSpan.start > span.start || c.sourceSpan.end < span.end)) return c;
    const holder = holderOf(m.firstToken - 1, end + 1, c.cueSpan.start);
    return { ...c, speaker: holder === undefined ? { words: layout.text.slice(span.start, span.end), ...span } : { mention: holder }, sourceSpan: c.sourceSpan ?? span };
  });
}
