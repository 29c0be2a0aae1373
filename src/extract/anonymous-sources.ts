// Anonymous sources of a named group: "A senior Hezbollah official, speaking on condition of
// anonymity, told AFP", "two Iraqi government sources said". The claim is not the group's own
// statement; the issue asks for such sources to be kept as they are written, never dropped and never
// guessed, so the speaker becomes the phrase's words (the group stays in the claim's `about`-able text).
// A spokesman speaks for the group and stays its claim. Pure: layout, mentions and claims in.
import type { TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention } from "./types.ts";

/** Heads of an anonymous source. */
const SOURCES = new Set(["official", "officials", "source", "sources", "insider", "insiders", "diplomat", "diplomats",
  // One of its people, not the group's voice: "a Peshmerga commander told Reuters".
  "commander", "commanders", "officer", "officers", "fighter", "fighters", "soldier", "soldiers", "member", "members",
  // Nor its staff, backers or elected members: "A Boeing engineer has told", "a Labour MP said".
  "engineer", "engineers", "employee", "employees", "worker", "workers", "staffer", "staffers", "whistleblower",
  "representative", "representatives", "executive", "executives", "manager", "managers", "lawyer", "lawyers",
  "adviser", "advisers", "advisor", "advisors", "aide", "aides", "analyst", "analysts", "researcher", "researchers",
  "scientist", "scientists", "negotiator", "negotiators", "investor", "investors", "shareholder", "shareholders",
  "activist", "activists", "supporter", "supporters", "mp", "mps", "lawmaker", "lawmakers", "senator", "senators",
  "councillor", "councillors", "candidate", "justices", "judges", "consultant", "consultants", "strategist", "strategists", "operative", "operatives"]);
/** Words that open one: "a senior ... official", "two ... sources", "several ... diplomats", "his ... representative". */
const OPENERS = new Set(["a", "an", "one", "two", "three", "four", "several", "some", "other", "many", "his", "her", "their"]);

/** A number, or a round count of many: "700", "1,200", "hundreds", "thousands", "dozens". */
const COUNT = /^(?:\d[\d,.]*|hundreds|thousands|dozens|scores)$/i;
/** Words before a number that keep it a count: "more than 700", "about 50", "at least 20". */
const APPROXIMATELY = /^(?:more|over|about|around|nearly|almost|some|least|roughly|up)$/;

/** Where a count's phrase starts: "more than 700", "at least 20", "thousands of" (k at the number or "thousands"). */
function countStart(t: TextLayout["tokens"], k: number): number {
  if (t[k - 1]?.lower === "than" && /^(?:more|fewer|less)$/.test(t[k - 2]?.lower ?? "")) return k - 2;
  if (t[k - 1]?.lower === "least" && t[k - 2]?.lower === "at") return k - 2;
  if (t[k - 1]?.lower === "to" && t[k - 2]?.lower === "up") return k - 2;
  return APPROXIMATELY.test(t[k - 1]?.lower ?? "") ? k - 1 : k;
}

/** The claims whose speaker is a group named inside an anonymous source's phrase, with the phrase's words as the speaker. */
export function keepAnonymousSources(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  const t = layout.tokens;
  return claims.map((c) => {
    // (Also a speaker given by the words of a name alone: "One engineer in Dallas said" read as "Dallas".)
    const speaker = c.speaker;
    const index = "mention" in speaker ? speaker.mention : mentions.findIndex((x) => x.start === speaker.start && x.end === speaker.end);
    if (index < 0) return c;
    // (An acronym in brackets is read with its name: "A senior Kurdistan Democratic Party (KDP) official".)
    const bracketed = t[mentions[index]!.firstToken - 1]?.text === "(" && t[mentions[index]!.lastToken]?.text === ")"
      ? mentions.find((x) => x.lastToken === mentions[index]!.firstToken - 1) : undefined;
    const m = bracketed ?? mentions[index]!;
    if (m.type === "Person" || m.possessive) return c;
    const after = sourceBefore(layout, m);
    if (after >= 0 && t[m.lastToken - 1]!.end <= c.cueSpan.start) {
      const [start, end] = [t[after]!.start, m.end];
      return { ...c, speaker: { words: layout.text.slice(start, end), start, end }, sourceSpan: c.sourceSpan ?? { start, end } };
    }
    // Before the name: an opener, then at most two lower-case words ("a senior", "two high-ranking"); a headline, which
    // drops its articles, needs none ("Boeing whistleblower tells senators of safety shortcuts").
    const sentence = layout.sentences[m.sentence]!;
    // (A first line ending in a quoted word is a headline too: 'Boeing whistleblower tells senators of safety "shortcuts"'.)
    const headline = (layout.lines[sentence.line]!.heading || sentence.line === 0) && m.firstToken === sentence.first;
    let first = m.firstToken - 1;
    while (first > m.firstToken - 3 && first >= 0 && t[first]!.word && !t[first]!.cap && !OPENERS.has(t[first]!.lower) && !COUNT.test(t[first]!.text)) first--;
    // A count opens one too: "More than 700 OpenAI employees", "thousands of Google workers".
    if (first >= 0 && COUNT.test(t[first]!.text)) first = countStart(t, first);
    // "OPEC sources told Reuters", "Iraqi government sources said": a plural head opening the sentence needs no opener.
    const bare = m.firstToken === sentence.first && PLURAL_SOURCES.test(t[pastName(t, m.lastToken)]?.lower ?? "");
    if (headline || bare) first = m.firstToken;
    else if (first < 0 || !(OPENERS.has(t[first]!.lower) || COUNT.test(t[first]!.text) || APPROXIMATELY.test(t[first]!.lower)) || t[first]!.sentence !== m.sentence) return c;
    // "several Republicans, including ...", "some Democrats": a count of a party's members is some of them, not the party.
    // (A count, not an article: "a tactic Democrats hope", "a wider Lib Dems policy" are no members; "a dozen" is a count.)
    const article = /^(?:a|an|his|her|their)$/.test(t[first]!.lower) && !/^(?:dozen|few|handful|couple|number|majority|minority|group)$/.test(t[first + 1]?.lower ?? "");
    if (!headline && m.kind === "party" && /[^s]s$/.test(m.text) && m.firstToken - first <= 2 && !article) {
      const [start, end] = [t[first]!.start, m.end];
      return { ...c, speaker: { words: layout.text.slice(start, end), start, end }, sourceSpan: c.sourceSpan ?? { start, end } };
    }
    // After it (and a "+": "OPEC+ sources"): at most two lower-case words, then the head.
    let head = pastName(t, m.lastToken);
    while (head < m.lastToken + 2 && t[head]?.word && !t[head]!.cap && !SOURCES.has(t[head]!.lower)) head++;
    // (The cue not between the name and the head; after both, or before both: "..., said a senior KRG official who".)
    if (!SOURCES.has(t[head]?.lower ?? "") || (m.start < c.cueSpan.start && t[head]!.end > c.cueSpan.start)) return c;
    const start = t[first]!.start;
    const end = t[head]!.end;
    return { ...c, speaker: { words: layout.text.slice(start, end), start, end }, sourceSpan: c.sourceSpan ?? { start, end } };
  });
}

/** Plural heads of anonymous sources that open a sentence alone: "OPEC sources said". */
const PLURAL_SOURCES = /^(?:sources|officials|diplomats|insiders)$/;

/** The token after a name's end, past a "+" ("OPEC+", "G7+") or its acronym in brackets ("Kurdistan Democratic Party (KDP)"). */
const pastName = (t: TextLayout["tokens"], k: number): number =>
  t[k]?.text === "+" ? k + 1 : t[k]?.text === "(" && t[k + 1]?.upper && t[k + 2]?.text === ")" ? k + 3 : k;

/**
 * "A senior official in the Shi'ite Coordination Framework said": where an anonymous source's phrase (an opener, at
 * most two lower-case words, the head, a preposition, maybe "the" and one more word) ends in the group's name, its
 * first token; else -1.
 */
function sourceBefore(layout: TextLayout, m: RawMention): number {
  const t = layout.tokens;
  let k = m.firstToken - 1;
  if (k >= 0 && t[k]!.word && t[k]!.lower !== "the" && !/^(?:in|at|from|of|within|inside|with|close)$/.test(t[k]!.lower)) k--; // one modifier: "the Shi'ite ..."
  if (t[k]?.lower === "the") k--;
  if (!/^(?:in|at|from|within|inside)$/.test(t[k]?.lower ?? "")) return -1;
  const head = k - 1;
  // "Some within the LDP worry", "Many in the party fear": some of its people, unnamed, opening the sentence.
  if (/^(?:some|many|others|several|few)$/.test(t[head]?.lower ?? "") && layout.sentences[m.sentence]!.first === head) return head;
  if (!SOURCES.has(t[head]?.lower ?? "")) return -1;
  let first = head - 1;
  while (first > head - 3 && first >= 0 && t[first]!.word && !t[first]!.cap && !OPENERS.has(t[first]!.lower)) first--;
  return first >= 0 && OPENERS.has(t[first]!.lower) && t[first]!.sentence === m.sentence ? first : -1;
}
