// Who is speaking: the subject before a cue, found by walking back over comma-separated segments.
// "Kirkuk Gov. Najm Eddine Karim, a Kurd sacked by Baghdad ..., warned:" skips the apposition;
// "the official twitter account of al-Abadi posted" keeps al-Abadi; "Iraq’s Kurdish leadership"
// is a speaker in words, not Iraq.
import { objectAdjunctsStart, statementAside } from "./adjuncts.ts";
import { NAMING_VERB, speechActFromCue } from "./cues.ts";
import { describesAGroup } from "./described-speakers.ts";
import { AUXILIARIES, IRREGULAR_PASTS, W, WEEKDAY_NAMES, hasClass, wordClass } from "./lexicon.ts";
import type { TextLayout, Token } from "./tokens.ts";
import { QUOTE_MARK } from "./quotes.ts";
import type { RawMention } from "./types.ts";
import { isDemonym, isPartySeat, isRoleNoun, isTitleHead, isTitleModifier } from "./titles.ts";

export interface ClaimContext {
  layout: TextLayout;
  mentions: readonly RawMention[];
  /** Token index → mention index, or -1. */
  mentionAt: Int32Array;
  /** Token index → true when inside a quote. */
  quoted: Uint8Array;
}

export type SpeakerFound =
  /** `relative`: the token of "who"/"which" through which the name speaks ("Mike Lee, who declared"), PolNeAR's source span. */
  | { kind: "mentions"; mentions: number[]; first: number; relative?: number }
  | { kind: "words"; first: number; last: number; relative?: number }
  | { kind: "pronoun"; word: string; first: number };

const BOUNDARY = new Set([",", ";", ":", "(", ")", "—", "–", "“", "”", "\"", "«", "»"]);
const SKIP_BEFORE_CUE = new Set(["has", "have", "had", "also", "all", "both", "strongly", "reportedly", "repeatedly",
  "then", "later", "again", "previously", "already", "publicly", "privately", "firmly", "flatly", "angrily",
  "earlier", "separately", "once", "would", "will", "could", "may", "might", "did", "does", "do", "not", "never",
  "vehemently", "further", "quickly", "immediately", "formally", "officially", "recently", "now", "late", "early",
  "on", "today", "yesterday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "last",
  "night", "this", "week", "has also", "himself", "herself", "themselves", "had", "just", "has", "clearly", "openly",
  "explicitly", "specifically", "subsequently", "jointly", "each", "alone", "too", "however", "long", "since", "often",
  "always", "still", "even", "consistently", "frequently", "loudly", "initially", "first", "should", "must", "can"]);
/** Words between a speaker and its cue: SKIP_BEFORE_CUE and contracted negations ("He doesn't think"). */
const skippedBeforeCue = (lower: string): boolean => SKIP_BEFORE_CUE.has(lower) || /n['’]t$/.test(lower);
/** Words skipped before a cue that, capitalised inside a sentence, end a name: "Theresa May", "Access Now". */
const NAME_WORDS = new Set(["may", "will", "now", "long", "still", "even", "first", "ever", "can"]);
const PREPOSITIONS = new Set(["of", "in", "from", "by", "to", "for", "with", "against", "on", "at", "into", "near",
  "about", "over", "between", "across", "among", "toward", "towards", "during", "after", "before", "under", "through",
  "via", "like", "than", "within", "outside", "including", "around", "behind", "beyond", "despite", "amid", "upon"]);
/** "the account of al-Abadi", "Blair’s spokesman", "Bell’s speech": the mention speaks through these. */
const THROUGH = new Set(["account", "office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "camp",
  "statement", "website", "lawyer", "lawyers", "campaign", "government", "ministry", "press", "feed", "page",
  "representatives", "representative", "team", "channel", "statements", "report", "reports", "letter", "blog", "column",
  "memo", "tweet", "tweets", "speech", "remarks", "comments", "interview", "announcement", "message", "testimony",
  "research", "study", "survey", "poll", "analysis", "figures", "data", "posters", "advert", "adverts", "predictions", "forecast"]);
/** Whether a mention before "’s" speaks through this noun ("Blair’s spokesman", "Trump’s campaign"). */
export const speaksThrough = (lower: string): boolean => THROUGH.has(lower);
/** "before Agassi confirmed": a conjunction, not a preposition, when a verb follows. */
const SUBORDINATING = new Set(["before", "after", "since", "until", "as", "like"]);
const RELATIVE = new Set(["who", "which", "that", "whose", "whom", "where", "when"]);
/** A relative pronoun, not an acronym written like one: "the WHO said" is the World Health Organization. */
const isRelative = (token: Token | undefined): boolean => token !== undefined && RELATIVE.has(token.lower) && !/^[A-Z]{2,}$/.test(token.text);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);
const NP_STOP = new Set(["and", "or", "but", "as", "while", "if", "because", "since", "although", "though", "when",
  "where", "who", "which", "that", "whose", "meanwhile", "however", "also", "then", "so", "yet", "after", "before"]);
const DETERMINERS = new Set(["a", "an", "the"]);

function verbLike(lower: string, prev: string): boolean {
  if (DETERMINERS.has(prev) || prev === "his" || prev === "her" || prev === "their" || prev === "its" || prev === "one") return false; // "The judge", "One engineer"
  if (/[^s]s$/.test(lower) && lower.length > 3 && /^(?:several|many|some|other|both|two|three|four|five|six)$/.test(prev)) return false; // "several delegates"
  if (/ing$/.test(lower) && (/[a-z]{2}est$/.test(prev) || /['’]s$/.test(prev))) return false; // "the country's largest teaching union"
  if (hasClass(lower, W.verb) && !isRoleNoun(lower)) return !hasClass(lower, W.demonym);
  // "Sales rose, said a spokeswoman": the flower the lexicon knows is, in news, the past of "rise".
  return lower === "rose";
}

/** The first token of mention m's title and what it is a title of ("German Chancellor" of Friedrich Merz), else of m. */
function titleFirst(ctx: ClaimContext, m: number): number {
  const { title, firstToken } = ctx.mentions[m]!;
  const t = ctx.layout.tokens;
  let k = firstToken;
  if (title) while (k > 0 && t[k - 1]!.start >= Math.min(title.start, title.ofStart ?? title.start)) k--;
  return k;
}

/** The mention whose name or title ("Professor Dimie Ogoina", "Prime Minister Viktor Orban") starts at token k, else -1. */
function titledMentionAt(ctx: ClaimContext, k: number): number {
  let first = -1;
  for (let j = k; j < k + 6 && j < ctx.layout.tokens.length; j++) {
    const m = ctx.mentionAt[j]!;
    // (A body's name may open the title: "Senate Minority Leader Harry Reid".)
    if (m >= 0 && first < 0 && ctx.mentions[m]!.type !== "Person" && ctx.mentions[m]!.firstToken === k) {
      first = m;
      j = ctx.mentions[m]!.lastToken - 1;
      continue;
    }
    if (m >= 0) {
      const titleAfterBody = first >= 0 && titleFirst(ctx, m) === ctx.mentions[first]!.lastToken;
      return titleFirst(ctx, m) === k || ctx.mentions[m]!.firstToken === k || titleAfterBody ? m : first;
    }
    if (!ctx.layout.tokens[j]!.cap) return first;
  }
  return first;
}

/** Nouns of a tie to a person: "an associate of X", "a friend of X". */
const TIES = new Set(["associate", "associates", "ally", "allies", "friend", "friends", "colleague", "colleagues", "relative",
  "relatives", "supporter", "supporters", "critic", "critics", "rival", "confidant", "protege", "protégé"]);

/** Words opening an aside that narrows the subject down: ", particularly in eastern England,". */
/** Nouns of a manner of speaking: ", in characteristically blunt style,", ", in a rare show of anger,". */
const MANNER = new Set(["style", "tone", "manner", "fashion", "terms", "show", "voice", "mood", "words"]);
const NARROWING = new Set(["particularly", "especially", "mainly", "mostly", "notably", "largely", "chiefly", "primarily", "including",
  // A comparison: "Hillary Clinton, like Obama, has encouraged".
  "like", "unlike"]);
/** Compass words before a place: "forces in northeast Syria". */
const COMPASS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
  "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "central", "northeastern",
  "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"]);

/** Plural heads whose "close to the X, Name," names the X: "Sources close to the governor, Najmaldin Karim,". */
const PLURAL_HEADS = /^(?:sources|people|those|friends|aides|officials|allies|relatives|associates|supporters|advisers|advisors|members)$/;

/**
 * "Sources close to the governor, Najmaldin Karim, said": a name in apposition to a preposition's object, after a
 * plural head (after "A spokesman for the president, X," the name is mostly the spokesman's).
 */
function objectApposition(ctx: ClaimContext, m: number): boolean {
  const t = ctx.layout.tokens;
  const before = titleFirst(ctx, m) - 1;
  if (!(t[before]?.text === "," && isRoleNoun(t[before - 1]?.lower ?? "") && DETERMINERS.has(t[before - 2]?.lower ?? "") && PREPOSITIONS.has(t[before - 3]?.lower ?? ""))) return false;
  for (let k = before - 4; k >= before - 6 && k >= 0 && t[k]!.word; k--) if (PLURAL_HEADS.test(t[k]!.lower)) return true;
  return false;
}

/**
 * "The MP for Sittingbourne and Sheppey said": a later name of a list is read where the list begins. From `k`, the
 * token before mention m (past a determiner), the token before the list's first name (past its determiner).
 */
export function listOpening(ctx: ClaimContext, m: number, k: number): number {
  const t = ctx.layout.tokens;
  for (let guard = 0; guard < 6 && k > 0 && (/^(?:and|or)$/.test(t[k]!.lower) || (guard > 0 && t[k]!.text === ",")); guard++) {
    const before = ctx.mentionAt[k - 1] ?? -1;
    // (Of one type: "training in Holland and Ferguson said" joins two clauses.)
    if (before < 0 || ctx.mentions[before]!.lastToken !== k || ctx.mentions[before]!.type !== ctx.mentions[m]!.type) break;
    k = ctx.mentions[before]!.firstToken - 1;
    if (k >= 0 && DETERMINERS.has(t[k]!.lower)) k--;
  }
  return k;
}

/** Participles that make a name before them modify the noun after: "the Labour-run authority", "the Hamas-led ministry". */
export const COMPOUND_PARTICIPLE = /^(?:run|led|backed|owned|controlled|based|dominated|held|allied|aligned|funded|linked)$/i;

/** Whether mention m can be a subject: not a possessive modifier, not the object of a preposition, not quoted. */
export function eligible(ctx: ClaimContext, m: number, segEnd: number): boolean {
  const { layout, mentions, quoted } = ctx;
  const t = layout.tokens;
  const mention = mentions[m]!;
  if (quoted[mention.firstToken]) return false;
  if (mention.possessive && !THROUGH.has(t[mention.lastToken]?.lower ?? "")) return false;
  // "The Labour-run authority said": a name inside a compound that modifies the speaker's noun is not the speaker.
  const token = t[mention.lastToken - 1]!;
  const rest = layout.text.slice(mention.end, token.end);
  if (mention.end < token.end && rest.startsWith("-") && COMPOUND_PARTICIPLE.test(rest.slice(1))) return false;
  // "A representative for the Swift family", "the Biden campaign", "a Harris aide": a person's name modifying a body
  // of people, or one of them, is not that person.
  if (modifiesPeopleOfAPerson(t, mention) && !t[mention.lastToken]!.cap) return false;
  // "a former aide to Transport Secretary Laura Bennett": the word before the title.
  let k = titleFirst(ctx, m) - 1;
  // "A close associate of former Yukos boss Mikhail Khodorkovsky has told": a role the rules took for no title,
  // after "of" and a lower-case noun of a tie, belongs to the phrase the tie heads.
  let j = k;
  while (j > 0 && j > k - 4 && t[j]!.word && (isRoleNoun(t[j]!.lower) || /^(?:former|ex)$/.test(t[j]!.lower) || t[j]!.cap)) j--;
  if (j < k && t[j]!.lower === "of" && !t[j - 1]?.cap && (TIES.has(t[j - 1]?.lower ?? "") || isRoleNoun(t[j - 1]?.lower ?? ""))) return false;
  // "An executive at US insurance firm Marsh & McLennan": the workplace described between a role's preposition and its
  // name, as "an executive at Marsh" (not a voice: "a spokesman for insurance firm X").
  let d = k;
  while (d > k - 4 && d > 0 && t[d]!.word && !PREPOSITIONS.has(t[d]!.lower) && !DETERMINERS.has(t[d]!.lower) && !isRoleNoun(t[d]!.lower)) d--;
  if (d < k && mention.type !== "Person" && /^(?:at|of|with|for)$/.test(t[d]!.lower) && !t[d - 1]?.cap && isRoleNoun(t[d - 1]?.lower ?? "") && !THROUGH.has(t[d - 1]?.lower ?? "")) return false;
  // "forces in northeast Syria", "rebels in the war-torn north of": a compass word before the place.
  while (k > 0 && mention.type === "Place" && COMPASS.has(t[k]!.lower)) k--;
  if (k >= 0 && DETERMINERS.has(t[k]!.lower)) k--;
  k = listOpening(ctx, m, k);
  const subordinating = SUBORDINATING.has(t[k]?.lower ?? "") && mention.lastToken >= segEnd;
  if (k >= 0 && PREPOSITIONS.has(t[k]!.lower) && !subordinating) {
    let h = k - 1;
    if (h >= 0 && t[h]!.text === "’s") h--;
    // ("A statement by Hamas": a document's author after "by".)
    const byAuthor = t[k]!.lower === "by" && /^(?:statement|statements|report|reports|letter|memo|message|announcement)$/.test(t[h]?.lower ?? "") && mention.lastToken >= segEnd;
    if (!(h >= 0 && (((t[k]!.lower === "of" || t[k]!.lower === "for" || t[k]!.lower === "from") && THROUGH.has(t[h]!.lower)) || byAuthor))) return false;
    // "Reports from Russia say": what comes from a place is its press's, not its government's.
    if (mention.type === "Place" && t[k]!.lower === "from") return false;
  }
  if (objectApposition(ctx, m)) return false;
  // A place is a speaker only as the head: "Washington has ...", not "Kirkuk officials said".
  if (mention.type === "Place") {
    for (let j = mention.lastToken; j < segEnd; j++) if (!skippedBeforeCue(t[j]!.lower)) return false;
  }
  return true;
}

function mentionsIn(ctx: ClaimContext, a: number, b: number): number[] {
  const found: number[] = [];
  for (let k = a; k < b; k++) {
    const m = ctx.mentionAt[k]!;
    if (m >= 0 && (found.length === 0 || found[found.length - 1] !== m) && ctx.mentions[m]!.lastToken <= b) found.push(m);
  }
  return found;
}

/** A competition's name, which a club's description may open: "the Premier League club", "the Championship side". */
const COMPETITION = /\b(?:League|Liga|Cup|Championship|Division|Conference|Premiership|Bundesliga|Ligue 1|Serie A)$/;

function best(ctx: ClaimContext, ms: number[], segEnd: number): number | undefined {
  const t = ctx.layout.tokens;
  // (Nor a group before the role of the person who speaks: "The Easyjet founder said"; "the Downing Street spokesman" speaks for it.)
  const headOf = (m: number): string => t[ctx.mentions[m]!.lastToken]?.lower ?? "";
  // (Past an adverb before the cue: "The Labour MP later said".)
  // (Or past the seat's place: "the Labour MP for Birkenhead asked".)
  const seatOf = (k: number): number => (/^(?:for|of)$/.test(t[k]?.lower ?? "") && ctx.mentionAt[k + 1]! >= 0 ? ctx.mentionAt[k + 1]! : -1);
  const adverbsFrom = (k: number): boolean => {
    if (seatOf(k) >= 0) k = ctx.mentions[seatOf(k)]!.lastToken;
    for (let j = k; j < segEnd; j++) if (!/^(?:later|also|then|now|too|earlier|previously|once|\p{Ll}+ly)$/u.test(t[j]!.text)) return false;
    return true;
  };
  const roleAfter = (m: number): boolean => ctx.mentions[m]!.type === "Group" && ctx.mentions[m]!.lastToken < segEnd
    && (!t[ctx.mentions[m]!.lastToken]!.cap || isPartySeat(headOf(m))) && adverbsFrom(ctx.mentions[m]!.lastToken + 1) && isRoleNoun(headOf(m)) && !THROUGH.has(headOf(m));
  // (Nor the seat's place: "Birkenhead" in "the Labour MP for Birkenhead said".)
  const roles = new Set(ms.filter(roleAfter));
  const seats = new Set([...roles].map((m) => seatOf(ctx.mentions[m]!.lastToken + 1)));
  const ok = ms.filter((m) => eligible(ctx, m, segEnd) && !roles.has(m) && !seats.has(m)
    && !(COMPETITION.test(ctx.mentions[m]!.text) && /^(?:club|side|team)$/.test(headOf(m))));
  // The name right before the cue is its subject: "supporters of Jair Bolsonaro rallied after the Supreme Court rejected".
  // Not a name after "of" or "from" ("Mark Tuffy of THX told"): only after a subordinating word or none.
  const before = (m: number): string => {
    const k = ctx.mentions[m]!.firstToken - 1;
    return (DETERMINERS.has(t[k]?.lower ?? "") ? t[k - 1]?.lower : t[k]?.lower) ?? "";
  };
  const adjacent = ok.find((m) => ctx.mentions[m]!.lastToken === segEnd && ctx.mentions[m]!.type !== "Place"
    && (SUBORDINATING.has(before(m)) || /^(?:when|while|because)$/.test(before(m))));
  if (adjacent !== undefined) return adjacent;
  const of = (type: string): number | undefined => ok.filter((m) => ctx.mentions[m]!.type === type).pop();
  return of("Person") ?? of("Group") ?? of("Place");
}

export function segmentStart(ctx: ClaimContext, sentenceFirst: number, end: number): number {
  const t = ctx.layout.tokens;
  let a = end;
  for (;;) {
    while (a > sentenceFirst && !BOUNDARY.has(t[a - 1]!.text)) a--;
    // "who lost his World Boxing Council (WBC) title": a parenthesis inside the phrase is part of it.
    if (a - 1 <= sentenceFirst || t[a - 1]!.text !== ")" || a === end) return a;
    let open = a - 2;
    while (open > sentenceFirst && t[open]!.text !== "(" && t[open]!.text !== ")") open--;
    if (t[open]!.text !== "(" || open === sentenceFirst) return a;
    a = open;
  }
}

/**
 * The subject a sentence opens with when it is a body named by its words ("Britain's competition watchdog
 * has opened ...", "The state oil company said") and the pronoun at `pronoun` comes after its verb: first and last token.
 */
function openingBody(ctx: ClaimContext, sentenceFirst: number, pronoun: number): { first: number; last: number } | null {
  const t = ctx.layout.tokens;
  let k = sentenceFirst;
  while (k < pronoun && k < sentenceFirst + 7 && t[k]!.word && !ctx.quoted[k] && !AUXILIARIES.has(t[k]!.lower) && !(k > sentenceFirst && verbLike(t[k]!.lower, t[k - 1]!.lower))) k++;
  if (k === sentenceFirst || k >= pronoun || !(AUXILIARIES.has(t[k]!.lower) || verbLike(t[k]!.lower, t[k - 1]!.lower))) return null;
  const opener = t[sentenceFirst]!;
  const possessor = ctx.mentions[ctx.mentionAt[sentenceFirst] ?? -1];
  if (!(DETERMINERS.has(opener.lower) || possessor?.possessive) || !BODY_HEAD.test(t[k - 1]!.lower)) return null;
  return { first: sentenceFirst, last: k };
}
/** Where token k lies in ", a/an/the <words> ," closing before `before`: the closing comma; else -1. */
function appositionClose(t: TextLayout["tokens"], k: number, before: number): number {
  let open = k - 1;
  while (open > 0 && t[open]!.word && !t[open]!.cap) open--;
  if (t[open]?.text !== "," || open + 1 >= k || !DETERMINERS.has(t[open + 1]!.lower)) return -1;
  for (let close = k + 1; close < before && close < k + 8; close++) if (t[close]!.text === ",") return close;
  return -1;
}

/**
 * The plural noun phrase opening the sentence of a "they" in a relative clause ("Kurdish lawmakers walked out ... in
 * protest at a draft budget that they said would cut"), or the sentence before a "they" that opens its own; else null.
 */
export function pluralSubjectForThey(ctx: ClaimContext, pronoun: number): { first: number; last: number } | null {
  const t = ctx.layout.tokens;
  const sentence = t[pronoun]!.sentence;
  // "The researchers, led by Dr Lena Fischer of the University of Vienna, tested 250 bottles. They found": a "they"
  // opening a sentence is the plural subject opening the one before, not a group named inside it.
  if (pronoun === ctx.layout.sentences[sentence]!.first && sentence > 0 && ctx.layout.sentences[sentence - 1]!.line === ctx.layout.sentences[sentence]!.line) {
    const subject = pluralSubjectAt(ctx, ctx.layout.sentences[sentence - 1]!.first, pronoun);
    if (subject && t[subject.last]?.text === ",") return subject;
    // "Researchers at the IARC and Imperial College London analysed ... They found": people where they work.
    return subject ? null : peopleAtGroups(ctx, ctx.layout.sentences[sentence - 1]!.first, pronoun);
  }
  // '“He was a kind and loving son,” they said.' after "The victim's family paid tribute to him": the plural or the
  // family that opened the sentence before, when the quote opens this one.
  const opening = ctx.layout.sentences[sentence]!.first;
  const previous = ctx.layout.sentences[sentence - 1];
  if (/^[“"]$/.test(t[opening]!.text) && pronoun > opening + 1 && previous && previous.line === ctx.layout.sentences[sentence]!.line) {
    const subject = pluralSubjectAt(ctx, previous.first, previous.last) ?? familyAt(ctx, previous.first);
    if (subject) return subject;
  }
  if (!/^(?:that|which)$/.test(t[pronoun - 1]?.lower ?? "")) return null;
  return pluralSubjectAt(ctx, ctx.layout.sentences[sentence]!.first, pronoun);
}

/** "The victim's family paid tribute", "His parents said": kin together opening a sentence at `first`, before its verb. */
function familyAt(ctx: ClaimContext, first: number): { first: number; last: number } | null {
  const t = ctx.layout.tokens;
  let k = /^(?:the|his|her|their)$/.test(t[first]!.lower) ? first + 1 : first;
  if (/['’]s$/.test(t[k]!.text) && t[k]!.word && !t[k]!.cap) k++;
  if (!/^(?:family|relatives|parents|friends|colleagues|neighbours|neighbors)$/.test(t[k]?.lower ?? "") || ctx.mentionAt[k]! >= 0) return null;
  return t[k + 1]?.word && !t[k + 1]!.cap && verbLike(t[k + 1]!.lower, t[k]!.lower) ? { first, last: k + 1 } : null;
}

/** Plural nouns of people who speak for where they work: "scientists", "analysts", "economists", "officials". */
export const PEOPLE_PLURAL = /^[a-z]{3,}(?:ists|ysts|ians|ers|ors|officials|experts|staff)$/;

/** "Researchers at X and Y" opening at `first`, then a verb: people named by the groups they work at; else null. */
function peopleAtGroups(ctx: ClaimContext, first: number, limit: number): { first: number; last: number } | null {
  const t = ctx.layout.tokens;
  let k = DETERMINERS.has(t[first]!.lower) ? first + 1 : first;
  if (!PEOPLE_PLURAL.test(t[k]!.lower) || !/^(?:at|from)$/.test(t[k + 1]?.lower ?? "")) return null;
  k += 2;
  for (;;) {
    if (t[k]?.lower === "the") k++;
    const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
    if (!m || m.type !== "Group") return null;
    k = m.lastToken;
    if (t[k]?.text === "(" && t[k + 2]?.text === ")") k += 3; // "(IARC)"
    if (t[k]?.lower !== "and") break;
    k++;
  }
  return k < limit && t[k]!.word && !t[k]!.cap && verbLike(t[k]!.lower, "") ? { first, last: k } : null;
}

/** The plural noun phrase opening at `first` (before `limit`): its words, no name among them, then a verb or a comma; else null. */
function pluralSubjectAt(ctx: ClaimContext, first: number, limit: number): { first: number; last: number } | null {
  const t = ctx.layout.tokens;
  let k = first;
  while (k < limit && k < first + 4 && t[k]!.word && ctx.mentionAt[k]! < 0 && !ctx.quoted[k] && !(k > first && verbLike(t[k]!.lower, t[k - 1]!.lower))) k++;
  const head = t[k - 1];
  // (Or a team of people, which news calls "they": "The team, led by Matthew Campen, analysed ... They found".)
  const plural = /[^s']s$/.test(head?.lower ?? "") || (PEOPLE_COLLECTIVE.test(head?.lower ?? "") && DETERMINERS.has(t[first]!.lower));
  if (k === first || !head || !plural || head.cap || !(t[k]!.text === "," || AUXILIARIES.has(t[k]!.lower) || verbLike(t[k]!.lower, head.lower))) return null;
  return { first, last: k };
}
const PEOPLE_COLLECTIVE = /^(?:team|crew|panel)$/;

/**
 * The body an "it" at token `pronoun` speaks for, where the memory's antecedent `m` is none, or is named in an
 * earlier sentence while this one opens with a country's body: "Iraq's foreign ministry summoned ... to protest
 * what it described as", not the PKK named before.
 */
export function bodyForIt(ctx: ClaimContext, pronoun: number, m: number | undefined): { first: number; last: number } | null {
  const t = ctx.layout.tokens;
  const sentenceFirst = ctx.layout.sentences[t[pronoun]!.sentence]!.first;
  if (m !== undefined) {
    const possessor = ctx.mentions[ctx.mentionAt[sentenceFirst] ?? -1];
    if (ctx.mentions[m]!.sentence === t[pronoun]!.sentence || !possessor?.possessive || possessor.type !== "Place") return null;
  }
  return openingBody(ctx, sentenceFirst, pronoun);
}
const BODY_HEAD = /^(?:ministry|regulator|watchdog|agency|company|firm|authority|commission|government|army|military|council|committee|court|department|bank|group|office|administration|carrier|airline|broadcaster|lender|insurer|retailer|carmaker|giant)$/;

const PERIODS = /^(?:week|month|year|weekend|night|morning|afternoon|evening|summer|spring|autumn|winter|decade|quarter)$/;

/** Past a time phrase ending at `end`: "the Institute for Public Policy Research earlier this year estimated", "A study last year found". */
export function beforeTimePhrase(t: TextLayout["tokens"], sentenceFirst: number, end: number): number {
  const w = (k: number): string => (k >= sentenceFirst ? t[k]!.lower : "");
  if (PERIODS.test(w(end - 1)) && /^(?:this|last|next|that)$/.test(w(end - 2))) return /^(?:earlier|later)$/.test(w(end - 3)) ? end - 3 : end - 2;
  if (WEEKDAY_NAMES.has(w(end - 1)) && /^(?:on|last)$/.test(w(end - 2))) return end - 2;
  // "Capital Economics, which has in the past predicted": "in the past", "in recent years".
  if (w(end - 3) === "in" && ((w(end - 2) === "the" && w(end - 1) === "past") || (w(end - 2) === "recent" && /^(?:days|weeks|months|years)$/.test(w(end - 1))))) return end - 3;
  return end;
}

/** Mention m (with its title) is a participle's object: "After meeting Barzani, the minister said" (not "After the ruling Carla Ferstman, ..."). */
/** The word before mention m, its title and the capitalised words and determiners before them, not before `floor`. */
function wordBeforeName(ctx: ClaimContext, m: number, floor: number): number {
  const t = ctx.layout.tokens;
  let k = titleFirst(ctx, m) - 1;
  while (k >= floor && t[k]!.word && (t[k]!.cap || DETERMINERS.has(t[k]!.lower))) k--;
  return k;
}

/** A name right after a preposition, past its title and the capitalised words before it ("to Labour MP X"). */
function prepositionObject(ctx: ClaimContext, m: number): boolean {
  return /^(?:to|from|with|by|for|against)$/.test(ctx.layout.tokens[wordBeforeName(ctx, m, 1)]?.lower ?? "");
}

function participleObject(ctx: ClaimContext, sentenceFirst: number, m: number): boolean {
  const t = ctx.layout.tokens;
  const segment = segmentStart(ctx, sentenceFirst, titleFirst(ctx, m));
  const k = wordBeforeName(ctx, m, segment);
  const w = t[k]?.lower ?? "";
  return k >= segment && /ing$/.test(w) && !DETERMINERS.has(t[k - 1]?.lower ?? "") && !PREPOSITIONS.has(w) && !/^(?:following|regarding|concerning|according)$/.test(w);
}

/** A verb after a subject that says it is one: "Rosneft now owns Yugansk and Russia has said" is no list. */
const SINGULAR_VERBS = new Set(["has", "is", "was", "says", "does"]);

/**
 * The names of a subject ending at `end` that holds the chosen mention: all of a list ("The EU, the UN,
 * and the United States", also without the serial comma), else the chosen one alone. A list takes no
 * singular verb and follows no possessive: in "China's Baoshan Iron and Steel Co. said" the names are
 * the halves of one.
 */
function listedSubject(ctx: ClaimContext, sentenceFirst: number, chosen: number, end: number): number[] {
  const t = ctx.layout.tokens;
  if (SINGULAR_VERBS.has(t[end]?.lower ?? "")) return [chosen];
  const all = listedBefore(ctx, sentenceFirst, listEnd(ctx, chosen, end));
  // After a possessive ("China's Baoshan Iron and Steel Co.") the names are parts of one.
  const owner = ctx.mentionAt[ctx.mentions[all[0]!]!.firstToken - 1] ?? -1;
  // (Not a list in apposition to a count: "two companies, Norway's DNO and Gulf Keystone, said".)
  const counted = owner >= 0 && t[ctx.mentions[owner]!.firstToken - 1]?.text === ","
    && [3, 4].some((d) => /^(?:two|three|four|five|both)$/.test(t[ctx.mentions[owner]!.firstToken - d]?.lower ?? "")); // "Two key allies,"
  // (Nor a list of three or more: "Lebanon's Middle East Airlines, Egypt Air and Royal Jordanian all said".)
  return owner >= 0 && ctx.mentions[owner]!.possessive && !counted && all.length < 3 ? [chosen] : all;
}

/** The last name of a list that the chosen mention opens and that ends the subject at `end`; else the chosen one. */
function listEnd(ctx: ClaimContext, chosen: number, end: number): number {
  const t = ctx.layout.tokens;
  let last = chosen;
  for (let k = ctx.mentions[chosen]!.lastToken, guard = 0; guard < 8 && k < end; guard++) {
    if (t[k]!.text !== "," && t[k]!.lower !== "and" && t[k]!.lower !== "or") return chosen;
    while (k < end && (t[k]!.text === "," || t[k]!.lower === "and" || t[k]!.lower === "or" || DETERMINERS.has(t[k]!.lower))) k++;
    const m = ctx.mentionAt[k] ?? -1;
    if (m < 0 || ctx.mentions[m]!.firstToken !== k || !eligible(ctx, m, end)) return chosen;
    last = m;
    k = ctx.mentions[m]!.lastToken;
  }
  return ctx.mentions[last]!.lastToken === end ? last : chosen;
}

/** The mentions listed before the chosen one: "The EU, the UN, and [the United States]". */
function listedBefore(ctx: ClaimContext, sentenceFirst: number, chosen: number): number[] {
  const t = ctx.layout.tokens;
  const all = [chosen];
  // "Its president of global affairs, Nick Clegg, and chief legal officer, Jennifer Newstead, said": two people, each
  // named after their role.
  let r = ctx.mentions[chosen]!.firstToken - 1;
  if (t[r]?.text === ",") {
    r--;
    const roleEnd = r;
    while (r > sentenceFirst && r > roleEnd - 4 && t[r]!.word && !t[r]!.cap && t[r]!.lower !== "and") r--;
    const before = ctx.mentions[ctx.mentionAt[r - 2] ?? -1];
    if (r < roleEnd && isRoleNoun(t[roleEnd]!.lower) && t[r]?.lower === "and" && t[r - 1]?.text === "," && before?.type === "Person" && before.lastToken === r - 1
      && t[before.firstToken - 1]?.text === ",") return [ctx.mentionAt[r - 2]!, chosen];
    // "The Swiss National Bank and the financial regulator, Finma, said": a body, then another described before its name.
    const body = ctx.mentions[ctx.mentionAt[r - 1] ?? -1];
    if (r < roleEnd - 1 && t[r]?.lower === "and" && DETERMINERS.has(t[r + 1]!.lower) && (describesAGroup(t[roleEnd]!.lower) || GROUP_DESCRIPTION.test(t[roleEnd]!.lower)) && ctx.mentions[chosen]!.type === "Group"
      && body?.type === "Group" && body.lastToken === r && eligible(ctx, ctx.mentionAt[r - 1]!, r)) return [ctx.mentionAt[r - 1]!, chosen];
  }
  // "Emmanuel Macron and German Chancellor Friedrich Merz": the title before the last name.
  // Not after "Mr": "allies of Mr Blair and Mr Brown said" holds no subject, and honorifics say little.
  const title = ctx.mentions[chosen]!.title;
  const honorific = title !== undefined && /^(?:mr|mrs|ms|miss|dr|sir)\.?$/i.test(title.label);
  let k = Math.max((honorific ? ctx.mentions[chosen]!.firstToken : titleFirst(ctx, chosen)) - 1, sentenceFirst - 1);
  // Past a possessive owner: "Nitish Kumar's Janata Dal (United) and Chandrababu Naidu's Telugu Desam Party".
  const pastOwner = (j: number): number => {
    const owner = ctx.mentions[ctx.mentionAt[j] ?? -1];
    return owner?.possessive && owner.lastToken === j + 1 && ctx.mentions[chosen]!.type === "Group" ? owner.firstToken - 1 : j;
  };
  k = pastOwner(k);
  // Past a role in lower case too: "President Joe Biden and first lady Jill Biden said".
  // (Or a capitalised title the rules gave no name: "Chinese President Xi Jinping".)
  // (Not an honorific, which says little: "Lawyers for Mr Fawcett and Mr McDonald denied".)
  const titleWord = (w: Token): boolean => !w.cap || (isTitleHead(w.lower) && !/^(?:mr|mrs|ms|miss|dr|sir)\.?$/.test(w.lower));
  for (let n = 0; n < 3 && k > sentenceFirst && t[k]!.word && !honorific && titleWord(t[k]!) && (isRoleNoun(t[k]!.lower) || isTitleHead(t[k]!.lower) || isTitleModifier(t[k]!.lower)); n++) k--;
  // And the nationality before the title: "U.S. President Donald Trump and North Korean leader Kim Jong Un", "and
  // Chinese President Xi Jinping".
  for (let n = 0; n < 2 && k > sentenceFirst && t[k]!.cap && (isDemonym(t[k]!.lower) || (n === 1 && COMPASS.has(t[k]!.lower))); n++) k--;
  // Or a body's description: "The African Union and the regional bloc Ecowas condemned".
  if (ctx.mentions[chosen]!.type === "Group" && t[k]?.word && !t[k]!.cap && GROUP_DESCRIPTION.test(t[k]!.lower)) {
    for (let n = 0; n < 3 && k > sentenceFirst && t[k]!.word && !t[k]!.cap && !DETERMINERS.has(t[k]!.lower) && !/^(?:and|or)$/.test(t[k]!.lower); n++) k--;
  }
  if (k >= 0 && DETERMINERS.has(t[k]!.lower)) k--;
  if (k < sentenceFirst || (t[k]!.lower !== "and" && t[k]!.lower !== "or")) return all;
  k--;
  // "..., and Benitez said": a comma before "and" after one name is a new clause; lists of two have none.
  const serialComma = t[k]?.text === ",";
  while (k >= sentenceFirst) {
    if (t[k]!.text === ",") k--;
    // "The Kurdistan Democratic Party (KDP) and the Patriotic Union of Kurdistan (PUK)": past the acronym.
    if (t[k]?.text === ")" && t[k - 2]?.text === "(") k -= 3;
    const m = ctx.mentionAt[k]!;
    // (Not the object of a preposition: "the FA Cup defeat at Newcastle and manager Jose Mourinho said".)
    if (m < 0 || ctx.mentions[m]!.lastToken !== k + 1 || !eligible(ctx, m, k + 1)) break;
    all.unshift(m);
    k = pastOwner(ctx.mentions[m]!.firstToken - 1);
    if (k >= 0 && DETERMINERS.has(t[k]!.lower)) k--;
    if (k < sentenceFirst || t[k]!.text !== ",") break;
  }
  return serialComma && all.length === 2 ? [chosen] : all;
}

/**
 * ", whose chief executive, Leora Cruddas, told": the person named after "whose" and its role words (no verb among
 * them) and a comma, closed by another comma before `limit`; the mention, or -1.
 */
function whoseRoleName(ctx: ClaimContext, whose: number, limit: number): number {
  const t = ctx.layout.tokens;
  if (t[whose]?.lower !== "whose") return -1;
  let k = whose + 1;
  let role = false;
  for (; k < limit && k <= whose + 4 && t[k]!.word && !t[k]!.cap; k++) if (isRoleNoun(t[k]!.lower) || isTitleHead(t[k]!.lower)) role = true;
  // (Titled too: ", whose chair, Professor Dimie Ogoina, said".)
  const m = t[k]?.text === "," ? titledMentionAt(ctx, k + 1) : -1;
  if (!role || m < 0 || ctx.mentions[m]!.type !== "Person") return -1;
  return t[ctx.mentions[m]!.lastToken]?.text === "," && ctx.mentions[m]!.lastToken < limit ? m : -1;
}

/**
 * The comma before ", which|who ... X, Y and Z" ending at `end`, when the clause's only commas are
 * those of a list of names; else -1. (A clause without commas is stepped over by findSubject itself.)
 */
function relativeWithList(ctx: ClaimContext, sentenceFirst: number, end: number): number {
  const t = ctx.layout.tokens;
  let listCommas = 0;
  for (let k = end - 1; k > sentenceFirst; k--) {
    const w = t[k]!;
    if (ctx.quoted[k] || w.text === ";" || w.text === ":") return -1;
    if (w.text === ",") {
      // (Not ", whose leader, Sharon Graham, said": a name in apposition, the clause's subject; findSubject reads it.)
      if (isRelative(t[k + 1]) && t[k + 1]!.lower !== "that") return listCommas > 0 && whoseRoleName(ctx, k + 1, end + 1) < 0 ? k : -1;
      if (!t[k + 1]!.cap && t[k + 1]!.lower !== "and") return -1; // a list of names: "Hungary, Poland and ..."
      listCommas++;
    }
  }
  return -1;
}

/**
 * The comma before ", which|who ..." ending at `end` when the clause's only commas enclose a name in apposition:
 * "Turkey, which regards the SDF's main component, the People's Protection Units (YPG), as an extension of the PKK,".
 * Else -1.
 */
function relativeWithApposition(ctx: ClaimContext, sentenceFirst: number, end: number): number {
  const t = ctx.layout.tokens;
  let relative = -1;
  for (let k = end - 1; k > sentenceFirst + 1 && k > end - 40 && relative < 0; k--) {
    if (ctx.quoted[k] || t[k]!.text === ";" || t[k]!.text === ":") return -1;
    if (/^(?:which|who)$/.test(t[k]!.lower) && t[k - 1]!.text === ",") relative = k;
  }
  if (relative < 0) return -1;
  let appositions = 0;
  for (let k = relative + 1; k < end; k++) {
    if (t[k]!.text !== ",") continue;
    // A name, its article and acronym, closed by a comma.
    let j = DETERMINERS.has(t[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    const m = ctx.mentionAt[j] ?? -1;
    if (m < 0 || ctx.mentions[m]!.firstToken !== j || ctx.mentions[m]!.type === "Place") return -1;
    j = ctx.mentions[m]!.lastToken;
    if (t[j]?.text === "(" && t[j + 2]?.text === ")") j += 3;
    if (t[j]?.text !== "," || j >= end) return -1;
    appositions++;
    k = j;
  }
  return appositions > 0 ? relative - 1 : -1;
}

/** Nouns describing a body before its name: "the regional bloc Ecowas", "the financial regulator, Finma". */
const GROUP_DESCRIPTION = /^(?:bloc|regulator|watchdog|body|group|alliance|organisation|organization|agency|union|company|firm|party|militia|coalition)$/;

/** A US party and state tag: "D-N.Y.", "R-Texas", "I-Vt." (one token, tokens.ts). */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** Dashes that enclose a description: "X - then adviser to Y - said". */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "--"]);
/** Bodies of people a person's name may modify: "the Swift family", "the Biden campaign", "the Trump administration". */
const PEOPLE_OF_A_PERSON = /^(?:family|families|campaign|camp|estate|foundation|administration|government|team|aides?|advis[eo]rs?|ally|allies|staffers?|supporters|officials?)$/;
/** A person's name that modifies a body of people after it ("the Biden campaign", "the Trump administration"). */
export function modifiesPeopleOfAPerson(t: TextLayout["tokens"], mention: RawMention): boolean {
  return mention.type === "Person" && PEOPLE_OF_A_PERSON.test(t[mention.lastToken]?.lower ?? "");
}
const IRREGULAR_PARTICIPLES = new Set(["held", "kept", "left", "built", "sent", "caught", "brought", "found", "made", "told", "put", "set", "hit", "born", "led", "struck", "sold", "bought", "won", "lost", "paid", "run"]);
const POSSESSIVE_DETERMINERS = new Set(["its", "his", "her", "their"]);
/** Pronouns that can only be subjects. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const QUESTION_WORDS = new Set(["whether", "if", "why", "how", "what", "when", "where"]);

/** Token `k`, or the one before the acronym in brackets that `k` closes: "the Kurdistan Regional Government (KRG), which". */
export function pastAcronym(t: TextLayout["tokens"], k: number, sentenceFirst: number): number {
  return t[k]?.text === ")" && t[k - 2]?.text === "(" && k - 3 >= sentenceFirst ? k - 3 : k;
}

/** The speaker of the cue starting at token `cue`, looking back within the sentence. */
export function findSubject(ctx: ClaimContext, sentenceFirst: number, cue: number): SpeakerFound | null {
  const found = nameBeforeWhoseClause(ctx, sentenceFirst, cue) ?? nameBeforeAside(ctx, sentenceFirst, cue, true) ?? subjectOf(ctx, sentenceFirst, cue);
  if (!found || found.kind === "pronoun" || found.relative !== undefined) return found;
  // "Senator Bernie Sanders of Vermont, who had opposed", "Wal-Mart v. Dukes, which denied": whatever read the subject
  // past the relative pronoun right before the cue, the name speaks through it, as written.
  const t = ctx.layout.tokens;
  const k = pastCuePrefix(t, found.first, cue);
  return k > found.first && /^(?:who|which)$/.test(t[k]!.lower) && !ctx.quoted[k] ? { ...found, relative: k } : found;
}

/** The token before the cue at `cue` past the auxiliaries and adverbs it takes ("has repeatedly"), not before `floor`. */
function pastCuePrefix(t: TextLayout["tokens"], floor: number, cue: number): number {
  let k = cue - 1;
  while (k > floor && skippedBeforeCue(t[k]!.lower)) k--;
  return k;
}

/**
 * "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said": a person or
 * group, then a relative clause of "whose" with a verb of its own (commas and all) closed by the comma before the cue.
 */
function nameBeforeWhoseClause(ctx: ClaimContext, sentenceFirst: number, cue: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  const k = pastCuePrefix(t, sentenceFirst, cue);
  if (t[k]?.text !== ",") return null;
  for (let j = k - 1; j > sentenceFirst + 1 && j > k - 30; j--) {
    if (ctx.quoted[j] || (!t[j]!.word && t[j]!.text !== ",")) return null;
    if (t[j]!.lower !== "whose" || t[j - 1]!.text !== ",") continue;
    // (Not "whose chief executive, Leora Cruddas, told": a clause with no verb of its own names the speaker.)
    let verb = false;
    // (A past the lexicon lacks too: "whose Social Democrats slumped to their worst result".)
    for (let i = j + 2; i < k && !verb; i++) verb = !t[i]!.cap && (AUXILIARIES.has(t[i]!.lower) || verbLike(t[i]!.lower, t[i - 1]!.lower) || (/[a-z][^e]ed$/.test(t[i]!.lower) && !isRoleNoun(t[i]!.lower)) || IRREGULAR_PASTS.has(t[i]!.lower));
    const m = verb ? ctx.mentionAt[j - 2] ?? -1 : -1;
    // Or a noun its determiner opens the sentence with: "The firm, whose finance chief is now based in the US, filed ... and sought".
    if (verb && m < 0 && j - 3 === sentenceFirst && /^(?:the|this)$/.test(t[j - 3]!.lower) && t[j - 2]!.word && !t[j - 2]!.cap && (hasClass(t[j - 2]!.lower, W.noun) || !hasClass(t[j - 2]!.lower, W.verb))) {
      return { kind: "words", first: j - 3, last: j - 1 };
    }
    return m >= 0 && ctx.mentions[m]!.lastToken === j - 1 && ctx.mentions[m]!.type !== "Place"
      ? { kind: "mentions", mentions: [m], first: ctx.mentions[m]!.firstToken } : null;
  }
  return null;
}

/**
 * The person whose apposition ends at token `end` ("Alan Berger, a gynecologist from Englewood, New Jersey"): a
 * person's name followed by a comma, then only words that name and place (no verb) up to `end`; or -1.
 */
export function personBeforeApposition(ctx: ClaimContext, sentenceFirst: number, end: number): number {
  const t = ctx.layout.tokens;
  for (let k = end - 1; k >= sentenceFirst && k >= end - 15; k--) {
    const m = ctx.mentionAt[k]!;
    if (m >= 0 && ctx.mentions[m]!.type === "Person" && ctx.mentions[m]!.lastToken === k + 1) return t[k + 1]?.text === "," ? m : -1;
    if (ctx.quoted[k] || (!t[k]!.word && t[k]!.text !== ",") || (m < 0 && !t[k]!.cap && verbLike(t[k]!.lower, t[k - 1]?.lower ?? ""))) return -1;
  }
  return -1;
}

function subjectOf(ctx: ClaimContext, sentenceFirst: number, cue: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  let end = cue;
  // Not a capitalised word that is also a name's: "Guitarist Brian May has said", "Access Now said".
  // And past an aside among the auxiliaries: "Amorim did, however, confirm".
  for (let round = 0; round < 2; round++) {
    while (end > sentenceFirst && skippedBeforeCue(t[end - 1]!.lower) && !(t[end - 1]!.cap && end - 1 > sentenceFirst && NAME_WORDS.has(t[end - 1]!.lower))) end--;
    const aside = end - 3 > sentenceFirst && t[end - 1]!.text === "," && t[end - 3]!.text === "," && /^(?:however|though|too|also|again|then|indeed)$/.test(t[end - 2]!.lower);
    if (!aside || !skippedBeforeCue(t[end - 4]!.lower)) break;
    end -= 3;
  }
  const beforeTime = beforeTimePhrase(t, sentenceFirst, end);
  // And the auxiliaries before the time: "which has in the past predicted".
  if (beforeTime < end) for (end = beforeTime; end > sentenceFirst && AUXILIARIES.has(t[end - 1]!.lower); end--);
  // "a Kurdish leader who said": the subject is before the relative pronoun; "drew fire from Ted Cruz,
  // who insists": the name right before it, even as the object of a preposition.
  if (end > sentenceFirst && isRelative(t[end - 1]) && t[end - 1]!.lower !== "that") {
    end--;
    let k = pastAcronym(t, t[end - 1]?.text === "," ? end - 2 : end - 1, sentenceFirst);
    // "Sen. Rand Paul, R-Ky., who has opposed": past the party tag to the person it tags.
    if (PARTY_TAG.test(t[k]?.text ?? "") && t[k - 1]?.text === "," && ctx.mentions[ctx.mentionAt[k - 2] ?? -1]?.type === "Person") k -= 2;
    const m = k >= sentenceFirst ? ctx.mentionAt[k]! : -1;
    // Not a group after a preposition, "who" right after it: in "Dr Tom Bailey, a neurologist at King's College
    // London who was not involved, said" the relative is the neurologist's.
    let p = m >= 0 ? ctx.mentions[m]!.firstToken - 1 : -1;
    if (p > sentenceFirst && DETERMINERS.has(t[p]!.lower)) p--;
    // (A relative that speaks is the group's: "overturned by the Court of Appeal who said".)
    const groupInPhrase = m >= 0 && k === end - 1 && t[end]!.lower === "who" && ctx.mentions[m]!.type === "Group" && PREPOSITIONS.has(t[p]?.lower ?? "")
      && speechActFromCue(t[cue]?.lower ?? "") === undefined;
    if (m >= 0 && !groupInPhrase && ctx.mentions[m]!.lastToken === k + 1 && ctx.mentions[m]!.type !== "Place" && !ctx.quoted[k]) return { kind: "mentions", mentions: [m], first: ctx.mentions[m]!.firstToken, relative: end };
    // "Alan Berger, a gynecologist from Englewood, New Jersey, who said": a place ends the person's apposition.
    const person = m >= 0 && ctx.mentions[m]!.type === "Place" && t[end]!.lower === "who" ? personBeforeApposition(ctx, sentenceFirst, ctx.mentions[m]!.firstToken) : -1;
    if (person >= 0) return { kind: "mentions", mentions: [person], first: ctx.mentions[person]!.firstToken, relative: end };
    // "not paying an architect who said": the noun phrase a determiner opens right before the relative pronoun.
    // Also before a comma: "the leak of the report, which concluded that".
    if (m < 0) {
      const np = t[end - 1]?.text === "," ? end - 1 : end;
      for (let d = np - 1; d >= Math.max(sentenceFirst, np - 4) && t[d]!.word && !ctx.quoted[d] && !PREPOSITIONS.has(t[d]!.lower) && !/[a-z]{3}ing$/.test(t[d]!.lower); d--) {
        if (!/^(?:a|an|the)$/.test(t[d]!.lower)) continue;
        // Not the object of a preposition before "who" ("stewards from the Swan Hunter shipyard, who said"), nor a phrase
        // holding a name, which the steps below read ("an REM spokesman, who added").
        const object = np < end && t[end]!.lower === "who" && PREPOSITIONS.has(t[d - 1]?.lower ?? "");
        if (d < np - 1 && !object && t.slice(d, np).every((_, i) => ctx.mentionAt[d + i]! < 0)) {
          // "Chuck Schumer, a New Yorker who did not endorse him": the person the apposition describes.
          const described = personDescribedBy(ctx, d);
          if (described >= 0) return { kind: "mentions", mentions: [described], first: ctx.mentions[described]!.firstToken, relative: end };
          return { kind: "words", first: d, last: np, relative: end };
        }
        break;
      }
      // "objections from residents who say", "drew criticism from unions, who said": a bare plural after a preposition is
      // who speaks, not the phrase it ends.
      const plural = t[np - 1];
      if ((np === end || t[np]?.text === ",") && plural?.word && !plural.cap && !ctx.quoted[np - 1] && /[^s]s$/.test(plural.lower) && (hasClass(plural.lower, W.noun) || !hasClass(plural.lower, W.verb))
        && PREPOSITIONS.has(t[np - 2]?.lower ?? "") && ctx.mentionAt[np - 1]! < 0) return { kind: "words", first: np - 1, last: np, relative: end };
    }
  }
  // "blamed Diana for the problems in her marriage and she has mocked": a subject pronoun right before
  // the cue is its subject, whatever names come before it.
  // Not in a question put to the speaker: "Asked whether he thought ..., he said".
  // Also before an adverb: "In an upbeat report, he slightly increased borrowing but insisted".
  const p = end - 1 > sentenceFirst && /ly$/.test(t[end - 1]!.lower) && !t[end - 1]!.cap ? end - 2 : end - 1;
  // (But "what it called “a flagrant violation”" is the pronoun's naming.)
  const naming = t[p - 1]?.lower === "what" && NAMING_VERB.test(t[cue]?.lower ?? "");
  if (p >= sentenceFirst && SUBJECT_PRONOUNS.has(t[p]!.lower) && !ctx.quoted[p] && (!QUESTION_WORDS.has(t[p - 1]?.lower ?? "") || naming)) {
    return { kind: "pronoun", word: t[p]!.lower, first: p };
  }
  let steppedComma = false;
  for (let round = 0; round < 6 && end > sentenceFirst; round++) {
    if (t[end - 1]!.text === ",") {
      end--;
      steppedComma = true;
      // ", which operates in Hungary, Poland and the Czech Republic,": a relative clause holding a list.
      const relative = Math.max(relativeWithList(ctx, sentenceFirst, end), relativeWithApposition(ctx, sentenceFirst, end));
      if (relative > 0) end = relative;
      continue;
    }
    if (DASHES.has(t[end - 1]!.text)) {
      // "Andrei Illarionov - then economic adviser to President Vladimir Putin - told": the name before the dashes.
      let k = end - 2;
      while (k > sentenceFirst && k > end - 40 && !DASHES.has(t[k]!.text)) k--;
      // Names alone between the dashes are the speakers: "At least one consumer group - Caspian - has claimed".
      let onlyNames = true;
      for (let j = k + 1, depth = 0; j < end - 1 && onlyNames; j++) {
        depth += t[j]!.text === "(" ? 1 : t[j]!.text === ")" ? -1 : 0;
        onlyNames = depth > 0 || ctx.mentionAt[j]! >= 0 || /^(?:,|and|\))$/.test(t[j]!.lower);
      }
      const opened = k > sentenceFirst && DASHES.has(t[k]!.text) && !onlyNames;
      const m = opened ? ctx.mentionAt[k - 1]! : -1;
      if (m >= 0 && eligible(ctx, m, k)) return { kind: "mentions", mentions: [m], first: ctx.mentions[m]!.firstToken };
      if (opened) {
        end = k;
        continue;
      }
    }
    // "a teacher who asked not to be named told": the condition of anonymity belongs to the subject.
    const anonymous = anonymityClause(t, sentenceFirst, end);
    if (anonymous >= 0) {
      end = anonymous;
      continue;
    }
    if (t[end - 1]!.text === ")") {
      // "The Popular Mobilization Forces (PMF) denied": step over the parenthesis.
      let k = end - 1;
      while (k > sentenceFirst && t[k]!.text !== "(") k--;
      if (k > sentenceFirst) {
        end = k;
        // Like a closing comma: "Jeff Joseph, from the Consumer Electronics Association (CEA) told".
        steppedComma = true;
        continue;
      }
    }
    const a = segmentStart(ctx, sentenceFirst, end);
    // "Chuck Schumer, D-N.Y., said": a party and state tag after the name; "Sarah Whitfield, 47, said": an age.
    const age = /^\d{1,3}$/.test(t[a]!.text) && ctx.mentions[ctx.mentionAt[a - 2] ?? -1]?.type === "Person";
    if (steppedComma && a > sentenceFirst && t[a - 1]!.text === "," && end - a === 1 && (PARTY_TAG.test(t[a]!.text) || age)) {
      end = a - 1;
      continue;
    }
    // ", for example," / ", in fact,": an aside between the subject and its cue.
    if (steppedComma && a > sentenceFirst && t[a - 1]!.text === "," && end - a <= 4 && ASIDES.has(t.slice(a, end).map((w) => w.lower).join(" "))) {
      end = a - 1;
      continue;
    }
    // Only what follows the last verb can be the subject of this cue, unless that verb opens a
    // relative clause: "officials who met Barzani said" has the subject "officials".
    let from = a;
    let k = end - 1;
    while (k >= a) {
      const m = ctx.mentionAt[k]!;
      if (m >= 0) {
        k = ctx.mentions[m]!.firstToken - 1;
        continue;
      }
      const w = t[k]!;
      // "Travellers arriving in Egypt say": a participle between a plural noun and a preposition is inside the phrase.
      // (So is a name taken: "A hacking group calling itself ShadowKite claimed".)
      if (k > a && (reducedRelative(ctx.layout, k) || (/^(?:calling|called)$/.test(w.lower) && /^(?:itself|themselves)$/.test(t[k + 1]?.lower ?? "")))) {
        k--;
        continue;
      }
      // (A noun the lexicon also knows as a verb right before the cue heads the subject: "the organizer of a pro-Trump rally said".)
      // (Also after a name that modifies it: "the Premier League club confirmed".)
      const modifier = ctx.mentions[ctx.mentionAt[k - 1] ?? -1];
      const determined = DETERMINERS.has(t[k - 2]?.lower ?? "") || (modifier?.lastToken === k && DETERMINERS.has(t[modifier.firstToken - 1]?.lower ?? ""));
      const headNoun = k === end - 1 && hasClass(w.lower, W.common) && !/(?:s|ed)$/.test(w.lower) && determined
        && (speechActFromCue(t[end]?.lower ?? "") !== undefined || (AUXILIARIES.has(t[end]?.lower ?? "") && speechActFromCue(t[cue]?.lower ?? "") !== undefined)
          || t.slice(end, cue).some((x) => WEEKDAY_NAMES.has(x.lower) || /^(?:week|month|year|weekend)$/.test(x.lower))); // "A Boeing engineer has told", "A federal judge on Friday said / struck down", "report this week said"
      // (And a past tense the lexicon lacks after a relative pronoun: "Several former customers who attended the trial said",
      // or an office's verb it takes for a noun: "Mark Warner, a Democrat who chairs the Senate Intelligence Committee, said".)
      const relativeVerb = (/[^e]ed$/.test(w.lower) && isRelative(t[k - 1]))
        || (t[k - 1]?.lower === "who" && /^[a-z]+s$/.test(w.lower) && isRoleNoun(w.lower.slice(0, -1)));
      // (Nor a plural noun that modifies the noun after it: "The UN human rights office said", "arms inspectors".)
      const compound = k < end - 1 && nounModifierAt(t, k);
      if (!w.cap && (verbLike(w.lower, t[k - 1]?.lower ?? "") || relativeVerb) && !headNoun && !compound && !nounAfterName(ctx, k) && !modifiesATitle(t, k) && !modifiesAnAgent(t, k, end) && !nounAfterDeterminer(t, k, a)) {
        let j = k - 1;
        while (j > a && j >= k - 3 && skippedBeforeCue(t[j]!.lower)) j--;
        if (j > a && isRelative(t[j])) {
          end = j;
          k = j - 1;
          continue;
        }
        from = k + 1;
        break;
      }
      k--;
    }
    // ", which has posted record losses," / ", known for his work with the Beatles," / ", a Kurd sacked by Baghdad,"
    const afterComma = a > sentenceFirst && t[a - 1]!.text === ",";
    const relative = afterComma && steppedComma && isRelative(t[a]) && t[a]!.lower !== "that";
    // ", held hostage in Chechnya for four weeks,", ", known as Hemedti,": a participle, its preposition up to two words on.
    // ", representing a group of ten claimants,", ", citing security concerns,": an -ing form takes its object.
    // Also after an adverb of time: ", now retired in Cambridge,".
    // Or any "-ly" adverb: ", formerly managed by Mourinho at Porto,".
    const p = (/^(?:now|then|once|later|recently|newly|long)$/.test(t[a]!.lower) || (/[a-z]ly$/.test(t[a]!.lower) && !hasClass(t[a]!.lower, W.adjective))) && a + 1 < end ? a + 1 : a;
    // (", released alongside the decision,".)
    const participle = afterComma && steppedComma && !t[p]!.cap && (/(?:ed|en|wn|ing)$/.test(t[p]!.lower) || IRREGULAR_PARTICIPLES.has(t[p]!.lower))
      && (PREPOSITIONS.has(t[p + 1]?.lower ?? "") || t[p + 1]?.lower === "alongside" || t[p + 1]?.lower === "as" || (t[p + 1]?.word === true && PREPOSITIONS.has(t[p + 2]?.lower ?? ""))
        || (t[p]!.lower === "asked" && QUESTION_WORDS.has(t[p + 1]?.lower ?? "")) // ", asked whether he would fire Powell,"
        // ", published a month after the disaster,", ", released last week,": when, past a count of time.
        || (/ed$/.test(t[p]!.lower) && /^(?:a|an|two|three|four|last|this|earlier)$/.test(t[p + 1]?.lower ?? "") && /^(?:days?|weeks?|months?|years?|hours?)$/.test(t[p + 2]?.lower ?? ""))
        || (/ing$/.test(t[p]!.lower) && t[p]!.lower.length > 5));
    // ", a Kurd sacked by Baghdad,", ", head of ...,", ", UK economist for Capital Economics,": a description of the name before.
    const before = ctx.mentions[ctx.mentionAt[a - 2] ?? -1];
    // Capitalised after a person: "Linda Knox, Director of the Scottish Local Authority Management Centre, said".
    // (Or a party's seat: "Tony Banks, Labour MP for West Ham, said".)
    const roleNear = steppedComma && [a, a + 1, a + 2].some((k) => k < end && (!t[k]!.cap || (before?.type === "Person" && (k === a || isPartySeat(t[k]!.lower)))) && isRoleNoun(t[k]!.lower));
    // ", from Goldman Sachs,", ", in Pakistan for a visit," (after a person, its closing comma forgotten: "X, from Exane BNP Paribas told")
    // ", in its Securities and Exchange Commission quarterly report,"
    // ", for the Home Office,": whom a lawyer or an adviser acts for.
    const affiliation = (steppedComma || before?.type === "Person") && (t[a]!.lower === "from" || t[a]!.lower === "of" || t[a]!.lower === "at"
      || (t[a]!.lower === "for" && (ctx.mentionAt[a + 1]! >= 0 || DETERMINERS.has(t[a + 1]?.lower ?? "")))
      || (t[a]!.lower === "in" && (ctx.mentions[ctx.mentionAt[a + 1] ?? -1]?.type === "Place" || POSSESSIVE_DETERMINERS.has(t[a + 1]?.lower ?? ""))));
    // "The EU, the UN and the United States have urged": names listed after the comma describe nothing.
    const opening = ctx.mentionAt[DETERMINERS.has(t[a]!.lower) ? a + 1 : a] ?? -1;
    const listed = opening >= 0 && listEnd(ctx, opening, end) !== opening && !SINGULAR_VERBS.has(t[end]?.lower ?? "");
    // ", one of the company's directors,": one of a group, a description too.
    const oneOf = (t[a]!.lower === "one" || t[a]!.lower === "another") && t[a + 1]?.lower === "of";
    // Closed by a comma before the cue, or after a person ("Anais Faraj, an analyst at Nomura told"): "In a post
    // on X, formerly Twitter, the campaign group Transparency First wrote" has the subject after the comma.
    // "..., the London Stock Exchange (LSE) has said": a name alone after the determiner is the subject itself.
    const named = ctx.mentions[ctx.mentionAt[a + 1] ?? -1];
    // So is "the SFA" with no comma after it, after a person: "... towards referee Nick Walsh, the SFA said".
    const nameAlone = named !== undefined && named.firstToken === a + 1 && named.lastToken === end && named.type !== "Place"
      && (t[end]?.text === "(" || (!steppedComma && named.type === "Group"));
    // ", Russia's biggest oil producer,", ", OpenAI's largest backer,": a possessive name and lower-case words.
    // (Titled too: ", Prime Minister Viktor Orban's chief of staff,".)
    const owner = ctx.mentions[titledMentionAt(ctx, a)];
    const possessive = steppedComma && owner !== undefined && owner.possessive === true
      && end - owner.lastToken >= 1 && end - owner.lastToken <= 6 && t.slice(owner.lastToken + 1, end).every((w) => w.word && !w.cap); // "Europe's biggest airline by passenger numbers"
    // (Not a group's description after a person: "Chelsea have signed Estevao Willian, the club confirmed".)
    const groupAfterPerson = before?.type === "Person" && DETERMINERS.has(t[a]!.lower) && describesAGroup(t[end - 1]!.lower)
      && t.slice(a + 1, end - 1).every((w) => !isRoleNoun(w.lower) && !PREPOSITIONS.has(w.lower)); // not "the godfather of the group"
    // "Writing in the journal Science, a team led by ... said": the phrase before the comma opens the sentence with a
    // participle; the words after it are the subject, describing nothing before.
    // (Not a person closing a phrase of "Speaking after ...", the comma forgotten: "Speaking after the inquiry was announced
    // Bob Neill, leader of ..., said"; but the object of "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said".)
    const openedByParticiple = afterComma && /^[A-Z][a-z]+ing$/.test(t[sentenceFirst]!.text) && segmentStart(ctx, sentenceFirst, a - 1) === sentenceFirst
      && !(before?.type === "Person" && PREPOSITIONS.has(t[sentenceFirst + 1]?.lower ?? ""));
    // (Also after an adverb of time: "Former striker Lee Dunmore, now a pundit, told".)
    const described = afterComma && !listed && !groupAfterPerson && !openedByParticiple && (((DETERMINERS.has(t[a]!.lower) || (p > a && DETERMINERS.has(t[p]!.lower))) && !nameAlone && (steppedComma || before?.type === "Person")) || (!t[a]!.cap && isRoleNoun(t[a]!.lower)) || roleNear || affiliation || oneOf || possessive);
    // "The group, in a statement posted online, said": how it spoke, whoever it is.
    // ", particularly in eastern England,": an aside that narrows the subject down.
    // ", in characteristically blunt style,": the manner of speaking.
    const manner = afterComma && steppedComma && t[a]!.lower === "in" && t.slice(a + 1, Math.min(end, a + 5)).some((w) => MANNER.has(w.lower));
    const narrowing = afterComma && steppedComma && (NARROWING.has(t[a]!.lower) || manner);
    // "..., whose chief executive, Leora Cruddas, told": the cue is the relative clause's own verb, its subject the name.
    const owned = relative ? whoseRoleName(ctx, a, cue) : -1;
    if (owned >= 0) return { kind: "mentions", mentions: [owned], first: ctx.mentions[owned]!.firstToken };
    if (relative || participle || narrowing || (afterComma && steppedComma && statementAside(t, a, end))) {
      end = a - 1;
      continue;
    }
    // "At the company's event in Cupertino, California, chief executive Tim Cook described": a title and a name after
    // a place are the subject, not an apposition to the place.
    const titled = ctx.mentionAt[end - 1] ?? -1;
    if (described && before?.type === "Place" && titled >= 0 && ctx.mentions[titled]!.type === "Person" && ctx.mentions[titled]!.lastToken === end
      && ctx.mentions[titled]!.firstToken > a && eligible(ctx, titled, end)) {
      return { kind: "mentions", mentions: [titled], first: ctx.mentions[titled]!.firstToken };
    }
    if (described) {
      // "The Patriotic Union of Kurdistan (PUK), the junior partner ..., has criticised": past the acronym.
      let prevEnd = pastAcronym(t, a - 2, sentenceFirst) + 1;
      // "Sarah Jones, 41, a primary school teacher from Leeds, said": past the age.
      if (/^\d{1,3}$/.test(t[prevEnd - 1]?.text ?? "") && t[prevEnd - 2]?.text === "," && ctx.mentions[ctx.mentionAt[prevEnd - 3] ?? -1]?.type === "Person") prevEnd -= 2;
      const m = ctx.mentionAt[prevEnd - 1] ?? -1;
      // (Not a preposition's object before the subject, its comma closing an opening phrase: "But in a written
      // response to Labour MP Gordon Prentice, the government said".)
      if (m >= 0 && eligible(ctx, m, prevEnd) && !participleObject(ctx, sentenceFirst, m) && (steppedComma || !prepositionObject(ctx, m))) {
        end = prevEnd;
        continue;
      }
      // "Dan Ives of Wedbush Securities, a long-time Tesla bull, said": the person whose affiliation the group is.
      if (m >= 0) {
        let p = ctx.mentions[m]!.firstToken - 1;
        if (DETERMINERS.has(t[p]?.lower ?? "")) p--;
        const person = /^(?:of|at|from)$/.test(t[p]?.lower ?? "") ? ctx.mentionAt[p - 1] ?? -1 : -1;
        if (person >= 0 && ctx.mentions[person]!.type === "Person" && ctx.mentions[person]!.lastToken === p && eligible(ctx, person, p)) {
          end = p;
          continue;
        }
        // "Doctors at the Saudi Maternity Hospital, the last working hospital in the city, said": people of the body.
        const people = t[p - 1];
        if (person < 0 && /^(?:at|from)$/.test(t[p]?.lower ?? "") && people?.word && /[^s]s$/.test(people.lower) && hasClass(people.lower, W.noun) && !hasClass(people.lower, W.verb)) {
          end = prevEnd;
          continue;
        }
      }
      // "Biogen, in its quarterly report, said" with no name recognised: the words before the description.
      // (Or a role's: "Raed al-Saleh, head of the White Helmets, appealed", a name opening the sentence, all capitalised.)
      const nameOpening = roleNear && prevEnd - sentenceFirst >= 2 && prevEnd - sentenceFirst <= 4
        && t.slice(sentenceFirst, prevEnd).every((w) => w.word && (w.cap || /^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(w.text)));
      if (m < 0 && ((affiliation && t[prevEnd - 1]?.cap) || nameOpening)) {
        end = prevEnd;
        continue;
      }
      // "The company, the world's largest miner by market value, had warned": a common noun the determiner opens the
      // sentence with, described after it, is the subject (who "the company" is, the whole document tells).
      // (Or a name no list knows: "The FCPE, the largest, said".)
      const unknownName = (w: Token): boolean => w.cap && (w.upper || wordClass(w.lower) === 0);
      if (m < 0 && steppedComma && !affiliation && prevEnd - sentenceFirst >= 2 && prevEnd - sentenceFirst <= 3 && /^(?:the|this|that)$/.test(t[sentenceFirst]!.lower)
        && t.slice(sentenceFirst + 1, prevEnd).every((w) => w.word && (unknownName(w) || (!w.cap && !/(?:ed|ing|ly)$/.test(w.lower) && (!hasClass(w.lower, W.verb) || hasClass(w.lower, W.noun)) && !AUXILIARIES.has(w.lower))))) {
        end = prevEnd;
        continue;
      }
      // "Johannes Winkel, head of the CDU's youth wing, the Junge Union, said": an apposition to a description.
      const before2 = segmentStart(ctx, sentenceFirst, prevEnd);
      // Also after a name that is the description's object: "X, the leader of HTS, the group that led the offensive, told".
      if ((m < 0 || !eligible(ctx, m, prevEnd)) && steppedComma && DETERMINERS.has(t[a]!.lower) && before2 > sentenceFirst && t[before2 - 1]!.text === ","
        && [before2, before2 + 1, before2 + 2].some((k) => k < prevEnd && !t[k]!.cap && isRoleNoun(t[k]!.lower))) {
        end = prevEnd;
        continue;
      }
    }
    // The name is the object's apposition: the subject is before it ("Sources close to the governor, X, said").
    const alone = ctx.mentionAt[a] ?? -1;
    // "Mr Johnson, MP for Henley on Thames, Oxfordshire, said": a place after a place is where that one is; so is one
    // after a body ("David Paige of the University of California, Los Angeles, said").
    const region = alone >= 0 ? ctx.mentions[alone]! : undefined;
    if (region?.type === "Place" && region.firstToken === a && region.lastToken === end && afterComma && t[end]?.text === ","
      && /^(?:Place|Group)$/.test(ctx.mentions[ctx.mentionAt[a - 2] ?? -1]?.type ?? "")) {
      end = a - 1;
      continue;
    }
    // "Cllr Priya Shah, Labour, said": a person's party between commas.
    const party = region?.type === "Group" && region.kind === "party" && region.firstToken === a && region.lastToken === end && afterComma && t[end]?.text === ","
      && ctx.mentions[ctx.mentionAt[a - 2] ?? -1]?.type === "Person" && ctx.mentions[ctx.mentionAt[a - 2]!]!.lastToken === a - 1;
    if (party || (steppedComma && alone >= 0 && ctx.mentions[alone]!.firstToken === a && ctx.mentions[alone]!.lastToken === end && objectApposition(ctx, alone))) {
      end = a - 1;
      continue;
    }
    const picked = best(ctx, mentionsIn(ctx, from, end), end);
    if (picked !== undefined) {
      const all = listedSubject(ctx, sentenceFirst, picked, end);
      return { kind: "mentions", mentions: all, first: ctx.mentions[all[0]!]!.firstToken };
    }
    return wordsBefore(ctx, from, end);
  }
  return null;
}

/** "the Italian food group at the centre of ...", "The New Generation party": a noun two or three words after a determiner, with no verb between, is no verb. */
function nounAfterDeterminer(t: TextLayout["tokens"], k: number, from: number): boolean {
  // (Or a group's head the lexicon knows only as a verb or not at all: "The New Generation party said".)
  if (!(hasClass(t[k]!.lower, W.noun) || /^(?:party|group|union|movement|alliance|coalition|front|bloc)$/.test(t[k]!.lower)) || /(?:ed|ing)$/.test(t[k]!.lower)) return false;
  for (let j = k - 1; j >= from && j >= k - 3; j--) {
    if (/^(?:the|a|an|its|their|his|her)$/.test(t[j]!.lower)) return j < k - 1;
    if (!t[j]!.word || AUXILIARIES.has(t[j]!.lower)) return false;
  }
  return false;
}

/**
 * "Kaduna state police spokesman Mansir Hassan": after a name, a word before one or two lower-case words
 * ending in a role noun that titles the next name modifies it (not "Falconer met activists, telling").
 */
function modifiesARole(t: TextLayout["tokens"], k: number): boolean {
  if (!t[k - 1]?.cap) return false;
  for (let j = k + 1; j <= k + 2; j++) {
    const w = t[j];
    if (!w?.word || w.cap) return false;
    if ((isRoleNoun(w.lower) || isTitleHead(w.lower)) && t[j + 1]?.cap) return true;
  }
  return false;
}

/** Where "who asked not to be named", "who declined to be identified" starts when it ends at `end`, else -1. */
function anonymityClause(t: TextLayout["tokens"], sentenceFirst: number, end: number): number {
  if (!/^(?:named|identified)$/.test(t[end - 1]?.lower ?? "") || t[end - 2]?.lower !== "be" || t[end - 3]?.lower !== "to") return -1;
  for (let k = end - 4; k >= Math.max(sentenceFirst, end - 14); k--) if (t[k]!.lower === "who") return k; // "who inspected it in 2022 and asked not to be named"
  return -1;
}

/** "The marathon world record holder": a verb-like word before an agent noun (before `end`) modifies it. */
function modifiesAnAgent(t: TextLayout["tokens"], k: number, end: number): boolean {
  const next = t[k + 1];
  // "a former care worker", "the aid worker": after a determiner, a word before a role noun.
  if (k + 1 < end && next?.word && !next.cap && isRoleNoun(next.lower) && /^(?:a|an|the|former|retired|senior|his|her|their)$/.test(t[k - 1]?.lower ?? "")) return true;
  return k + 1 < end && next !== undefined && next.word && !next.cap && /(?:er|or|ist)$/.test(next.lower) && (hasClass(next.lower, W.noun) || wordClass(next.lower) === 0)
    && !NOT_AGENTS.has(next.lower);
}
/** Words in "-er"/"-or" that name no agent ("has neither admitted", "the summer break"). */
const NOT_AGENTS = new Set(["neither", "either", "other", "further", "together", "never", "ever", "over", "under", "after", "rather",
  "later", "former", "latter", "order", "matter", "number", "water", "power", "paper", "letter", "quarter", "summer", "winter", "border",
  "error", "sector", "factor", "floor", "door", "color", "colour", "labour", "labor", "favour", "honour", "humour", "rumour", "tumour"]);

/** "finance minister", "trade secretary", "finance ministry": a title's modifier right before its head, no verb. */
function modifiesATitle(t: TextLayout["tokens"], k: number): boolean {
  const next = t[k + 1]?.lower ?? "";
  // Or an office's field: "Baghdad's finance ministry has said".
  return isTitleModifier(t[k]!.lower) && (isRoleNoun(next) || isTitleHead(next) || /^(?:ministry|department|office|directorate|committee)$/.test(next));
}

/**
 * "officials working for the ministry", "travellers arriving in Egypt": a participle between a plural
 * common noun (capitalised only opening the sentence) and a preposition, inside a noun phrase.
 */
function reducedRelative(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  const w = t[k]!;
  const head = t[k - 1];
  // "a study published on Thursday in the journal X found", "An Angus Reid Institute survey released this week found": a
  // document's coming out.
  const when = PREPOSITIONS.has(t[k + 1]?.lower ?? "") || /^(?:this|last|earlier|yesterday|today|alongside)$/.test(t[k + 1]?.lower ?? "");
  if (!w.cap && when && head?.word && MADE_PUBLIC.test(w.lower) && DOCUMENT_HEADS.test(head.lower)) return true;
  if (w.cap || !/(?:ing|ed)$/.test(w.lower) || !PREPOSITIONS.has(t[k + 1]?.lower ?? "") || !head?.word) return false;
  if (head.cap && layout.sentences[head.sentence]!.first !== k - 1) return false;
  const singular = head.lower.slice(0, -1);
  const people = /(?:ers|ors|ists|ians|ents|ants)$/.test(head.lower); // "travellers", "residents", "protesters"
  // (Or one person's role before an -ing: "One GOP consultant working on a rival campaign".)
  // (Not a noun in -ing after a title's adjective: "an extraordinary general meeting to call on".)
  if (/ing$/.test(w.lower) && isRoleNoun(head.lower) && !head.cap && !hasClass(head.lower, W.adjective)) return true;
  return head.lower.length > 3 && /[^s]s$/.test(head.lower) && !hasClass(head.lower, W.verb) && !PRONOUNS.has(head.lower) && (people || isRoleNoun(singular) || hasClass(singular, W.common) || hasClass(head.lower, W.noun));
}

/** Verbs that can only be speech: a noun phrase before a coordinated one of them is its speaker. */
const PLAIN_SAYING = /^(?:said|says|told|tells|added|insisted|warned|urged|promised|pledged|vowed|denied|stressed|explained|claimed|argued|admitted|announced|confirmed|wrote|tweeted)$/;

/** Documents that speak: "a study published in ... found". */
const DOCUMENT_HEADS = /^(?:study|studies|report|reports|survey|poll|analysis|paper|review|research|assessment|audit|letter|statement|document)$/;
/** Participles of a document's coming out: "a report published on Monday by", "a study ... released in". */
const MADE_PUBLIC = /^(?:published|released|issued|compiled|conducted|commissioned)$/;

/**
 * Nouns that modify the noun after them, though they read as verbs: "human rights office", "arms inspectors", "Russian
 * state media", "aid workers", "rescue teams".
 */
const NOUN_MODIFIERS = /^(?:rights|arms|weapons|drugs|sports|savings|sales|goods|emissions|customs|affairs|relations|operations|communications|services|state|aid|rescue|search|trade)$/;

/** Token k is such a noun before the noun it modifies (not before "and", a preposition or a determiner: "commissioner for human rights and"). */
function nounModifierAt(t: TextLayout["tokens"], k: number): boolean {
  const next = t[k + 1];
  return NOUN_MODIFIERS.test(t[k]!.lower) && next !== undefined && next.word && !next.cap && !hasClass(next.lower, W.conjunction | W.preposition) && !AUXILIARIES.has(next.lower)
    && !DETERMINERS.has(next.lower) && !POSSESSIVE_DETERMINERS.has(next.lower);
}

/** Works named by who made them: "a report by Oxfam", "a study by researchers at X". */
const WORKS_BY = /^(?:study|studies|report|reports|survey|poll|research|analysis|review|paper|figures|data|statement|letter|book|film|documentary|article|investigation|comments|remarks)$/;

/**
 * Where a list of names of one type and kind ending at token a (the name there, past its determiner, and the names
 * before it joined by commas, "and" or "or") begins, past the first name's determiner; `a` itself when none ends there.
 */
function listStart(ctx: ClaimContext, a: number): number {
  const t = ctx.layout.tokens;
  const next = ctx.mentions[ctx.mentionAt[DETERMINERS.has(t[a]?.lower ?? "") ? a + 1 : a] ?? -1];
  let start = a;
  for (let k = a; next && /^(?:and|or|,)$/.test(t[k - 1]?.lower ?? ""); ) {
    const listed = ctx.mentions[ctx.mentionAt[k - 2] ?? -1];
    if (!listed || listed.lastToken !== k - 1 || listed.type !== next.type || listed.kind !== next.kind || listed.sentence !== next.sentence) break;
    start = k = DETERMINERS.has(t[listed.firstToken - 1]?.lower ?? "") ? listed.firstToken - 1 : listed.firstToken;
  }
  return start;
}

/** The noun a name modifies after an article, no verb: "An Angus Reid Institute survey released this week found", "A US report". */
function nounAfterName(ctx: ClaimContext, k: number): boolean {
  const t = ctx.layout.tokens;
  const named = ctx.mentions[ctx.mentionAt[k - 1] ?? -1];
  return named?.lastToken === k && named.type !== "Person" && DETERMINERS.has(t[named.firstToken - 1]?.lower ?? "")
    && (hasClass(t[k]!.lower, W.noun) || (hasClass(t[k]!.lower, W.common) && !/(?:ed|ing|s)$/.test(t[k]!.lower) && !AUXILIARIES.has(t[k]!.lower))) // not "The ministry summoned", "says", "are"
    // (Then its participle or its verb: not "The Russian government put the subsidiary up for sale".)
    && (/^[a-z]+(?:ed|en)$/.test(t[k + 1]?.text ?? "") || AUXILIARIES.has(t[k + 1]?.lower ?? "") || speechActFromCue(t[k + 1]?.lower ?? "") !== undefined);
}

/** Short nouns for people the lexicon lacks: "one fan told Cadena SER", "a GP said". */
const SHORT_PERSON_NOUNS = new Set(["fan", "cop", "gp"]);

/** The noun phrase ending right before `end`: "a Kurdish security official", "Iraq’s central authorities". */
export function wordsBefore(ctx: ClaimContext, from: number, end: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  let a = end;
  for (let steps = 0; a > from && steps < 14; steps++) {
    const w = t[a - 1]!;
    // A list of names of one type and kind (not "In Cairo, Egypt and Qatar") after "from" or "of", past the commas that
    // end a segment: "Mediators from the United States, Saudi Arabia, Egypt and the United Arab Emirates" (not "the
    // operator with services in the UK, Ireland and Germany").
    // (Not past an auxiliary: "Labour and the Conservatives are still telephoning the millions of people who".)
    const opening = /^(?:and|or|,)$/.test(w.lower) && a < end && !t.slice(a, end).some((x) => AUXILIARIES.has(x.lower)) ? listStart(ctx, a) : a;
    const afterFrom = /^(?:from|of)$/.test(t[opening - 1]?.lower ?? "");
    if (opening < a && (afterFrom || opening >= from)) {
      a = opening;
      if (afterFrom) from = Math.min(from, ctx.layout.sentences[t[opening]!.sentence]!.first);
      continue;
    }
    // Not a sign inside a name: "the board of Ben & Jerry's"; nor a plural's apostrophe: "The machinists' union".
    const pluralPossessive = /^['’]$/.test(w.text) && !w.spaced && /s$/.test(t[a - 2]?.lower ?? "") && t[a - 2]!.word;
    if ((!w.word && !(w.text === "&" && ctx.mentionAt[a - 1]! >= 0) && !pluralPossessive) || NP_STOP.has(w.lower) || ctx.quoted[a - 1]) break;
    // A name is one unit: "a senior official at the State Organization for Marketing of Oil".
    const named = ctx.mentions[ctx.mentionAt[a - 1] ?? -1];
    if (named && named.firstToken < a - 1 && named.firstToken >= from) {
      a = named.firstToken;
      continue;
    }
    // "Authorities in Philadelphia": a preposition inside the phrase, after a noun.
    // (A capitalised word opening the phrase is a noun, though it looks like a verb: "Reports from Russia say".)
    const afterNoun = a - 2 >= from && t[a - 2]!.word && (!verbLike(t[a - 2]!.lower, t[a - 3]?.lower ?? "") || reducedRelative(ctx.layout, a - 2) || (a - 2 === from && t[a - 2]!.cap)) && !PREPOSITIONS.has(t[a - 2]!.lower);
    if (PREPOSITIONS.has(w.lower) && !afterNoun) break;
    // A "by" only after a work or its participle ("a report by Oxfam", "figures gathered by"), not after a place: "dubbed
    // Britain's Guantanamo Bay by civil rights campaigners".
    // (Nor a measure of a superlative: "the world's biggest airline by some measures".)
    const measure = t.slice(Math.max(from, a - 5), a - 1).some((x) => /^(?:biggest|largest|smallest|best|worst|richest|oldest|most|second|third)$/.test(x.lower));
    if (w.lower === "by" && !WORKS_BY.test(t[a - 2]?.lower ?? "") && !/[a-z](?:ed|en)$/.test(t[a - 2]?.lower ?? "") && !measure) break;
    // ("A hacking group calling itself ShadowKite": the name it takes is in the phrase.)
    if (/^(?:itself|themselves)$/.test(w.lower) && /^(?:calling|called)$/.test(t[a - 2]?.lower ?? "") && a - 2 > from) {
      a -= 2;
      continue;
    }
    if (!w.cap && verbLike(w.lower, t[a - 2]?.lower ?? "") && a < end && !reducedRelative(ctx.layout, a - 1) && !nounAfterName(ctx, a - 1) && !modifiesATitle(t, a - 1) && !modifiesAnAgent(t, a - 1, end)
      && !nounModifierAt(t, a - 1)) break;
    // A past tense the lexicon lacks, before its object: "Jane Smith, a candidate, descended the steps ... to declare".
    // The words after it are its object, not a subject.
    if (!w.cap && /[^e]ed$/.test(w.lower) && a < end && (DETERMINERS.has(t[a]!.lower) || POSSESSIVE_DETERMINERS.has(t[a]!.lower))) return null;
    a--;
  }
  // "The British and French governments", "Edinburgh and Glasgow airports": two peoples' adjectives or two places share the noun.
  const onePlace = (k: number): boolean => {
    const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
    return m?.type === "Place" && m.firstToken === k && m.lastToken === k + 1;
  };
  const modifier = (k: number): boolean => t[k]!.cap && (isDemonym(t[k]!.lower) || onePlace(k));
  if (a >= from + 2 && a < end - 1 && /^(?:and|or)$/.test(t[a - 1]!.lower) && modifier(a) && modifier(a - 2) && !ctx.quoted[a - 2]) {
    a -= 2;
    if (a > from && /^(?:the|a)$/.test(t[a - 1]!.lower)) a--;
  }
  while (a < end && (PREPOSITIONS.has(t[a]!.lower))) a++;
  // "is perhaps a crucial functionality for those who", "are geared up for enthusiasts who want": words right after an
  // auxiliary are what it says of its subject.
  if (a > from && a < end && AUXILIARIES.has(t[a - 1]!.lower) && !t[a]!.cap && !DETERMINERS.has(t[a]!.lower)) return null;
  // ", a decision Kurdish leaders denounced": the noun that takes up the clause before is no part of the speaker.
  a = pastResumptiveNoun(t, a, end);
  if (a >= end) return null;
  if (end - a === 1 && PRONOUNS.has(t[a]!.lower.replace(/['’].*$/, ""))) return { kind: "pronoun", word: t[a]!.lower.replace(/['’].*$/, ""), first: a };
  const head = t[end - 1]!.lower;
  // An adverb ends no subject; "family", "ally", "assembly", "rally" are nouns.
  if (PRONOUNS.has(head) || (/ly$/.test(head) && !hasClass(head, W.noun | W.common)) || PREPOSITIONS.has(head) || DETERMINERS.has(head)) return null;
  // A short head must be a noun ("one fan told"), or the name of where the speakers work: "Economists at ING".
  const workplace = ctx.mentionAt[end - 1]! >= 0 && t[end - 2]?.lower === "at";
  if (!(hasClass(head, W.common) || isRoleNoun(head) || head.endsWith("s") || head.length > 3 || SHORT_PERSON_NOUNS.has(head) || workplace)) return null;
  return { kind: "words", first: a, last: end };
}

/** Past ", a decision" opening the words [first, end) of a speaker: ", a decision Kurdish leaders denounced" is Kurdish leaders'. */
export function pastResumptiveNoun(t: TextLayout["tokens"], first: number, end: number): number {
  if (end - first > 2 && /^(?:a|an)$/.test(t[first]!.lower) && RESUMPTIVE_NOUNS.has(t[first + 1]!.lower) && t[first - 1]?.text === ",") return first + 2;
  // "In a joint statement the firms said": where they spoke, its comma left out.
  for (let k = first + 1; k < end - 1 && k <= first + 3; k++) {
    if (/^(?:statement|letter|interview|note|report|release|message|speech|address|article|column|blog|video|post)$/.test(t[k]!.lower) && /^(?:the|its|their|his|her)$/.test(t[k + 1]!.lower)
      && /^(?:a|an|the|its|their|his|her)$/.test(t[first]!.lower)) return k + 1; // "In his New Year message the Liberal Democrat leader said"
  }
  return first;
}

/** Nouns that take up the clause before them: ", a decision Kurdish leaders denounced", ", a charge the party denies". */
const RESUMPTIVE_NOUNS = new Set(["decision", "charge", "claim", "allegation", "accusation", "move", "step", "ruling", "suggestion", "view", "verdict", "figure", "finding", "plan", "proposal"]);

/** Whether tokens [from, to) hold a lower-case verb: an auxiliary, an "-ed" form or a word the lexicon knows as a verb. */
function holdsAVerb(t: TextLayout["tokens"], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = t[k]!;
    if (w.word && !w.cap && (AUXILIARIES.has(w.lower) || /ed$/.test(w.lower) || verbLike(w.lower, t[k - 1]?.lower ?? ""))) return true;
  }
  return false;
}

/**
 * The subject at `first` opens a condition, and so speaks nothing: "if even the smallest thing doesn't feel right",
 * "Unless the authorities agree to" (but "even if the coach admitted" concedes what follows).
 */
export function conditionSubjectAt(t: TextLayout["tokens"], first: number): boolean {
  const before = t[first - 1]?.lower === "even" ? first - 2 : first - 1;
  return /^(?:if|unless)$/.test(t[before]?.lower ?? "") && t[before - 1]?.lower !== "even";
}

/**
 * Whether tokens[from, to) read as a clause, as the content before an inverted "..., said X" must:
 * a quote, an auxiliary, or a verb outside a ", who ..." clause. "Masoud Barzani, the Kurdish leader"
 * is none, so in "Masoud Barzani, the Kurdish leader, said the vote went ahead" the speaker is Barzani.
 */
export function readsAsClause(ctx: ClaimContext, from: number, to: number, scareQuotes = false): boolean {
  const t = ctx.layout.tokens;
  let inRelative = false;
  for (let k = from; k < to; k++) {
    const w = t[k]!;
    if (ctx.quoted[k]) {
      // (With `scareQuotes`, a quoted run of a few words is a noun's: 'a "special military operation" in eastern Ukraine'.)
      let end = k;
      while (end < to && ctx.quoted[end]) end++;
      if (!scareQuotes || end - k > 6 || end >= to) return true;
      k = end - 1;
      continue;
    }
    // ", who ...", and a participle's aside after a noun phrase: "The former police chief, dubbed Robocop for his style, said".
    if (w.text === ",") inRelative = isRelative(t[k + 1]) || (k + 1 < to && k > from && /(?:ed|en)$/.test(t[k + 1]!.lower) && !t[k + 1]!.cap && !holdsAVerb(t, from, k));
    if (inRelative || w.cap || !w.word) continue;
    if (AUXILIARIES.has(w.lower) || verbLike(w.lower, t[k - 1]?.lower ?? "") || (/ed$/.test(w.lower) && !isRoleNoun(w.lower))) return true;
  }
  return false;
}

/** The person an apposition opening at token `first` describes: "Chuck Schumer, a New Yorker who ..."; else -1. */
export function personDescribedBy(ctx: ClaimContext, first: number): number {
  const t = ctx.layout.tokens;
  if (t[first - 1]?.text !== "," || !/^(?:a|an)$/.test(t[first]?.lower ?? "")) return -1;
  const m = ctx.mentionAt[first - 2] ?? -1;
  return m >= 0 && ctx.mentions[m]!.type === "Person" && ctx.mentions[m]!.lastToken === first - 1 ? m : -1;
}

/**
 * Where an act's object [from, to) ends before the act's own date and channel ("thanked Kenya in a post on X on
 * Sunday"); `to` for a quote, a "that"/"to"/"if" clause or anything else that reads as a clause.
 */
export function actObjectEnd(ctx: ClaimContext, from: number, to: number): number {
  const t = ctx.layout.tokens;
  if (from >= to || ctx.quoted[from] || /^(?:that|to|if|whether)$/.test(t[from]!.lower) || readsAsClause(ctx, from, to, true)) return to;
  const end = objectAdjunctsStart(t, from, to);
  // (Not the comma that closed an apposition before them: 'his "hero", Nelson Mandela, in his speech'.)
  return end < to && end - 1 > from && t[end - 1]!.text === "," ? end - 1 : end;
}

/** A person named after role words that follow token k ("chief Asian strategist Eddie Wong"), or -1. */
function personAfterRole(ctx: ClaimContext, k: number, limit: number): number {
  const t = ctx.layout.tokens;
  let j = k;
  let role = false;
  while (j < limit && j < k + 5 && ctx.mentionAt[j]! < 0 && t[j]!.word) {
    const w = t[j]!.lower;
    // Role words: lower-case nouns and modifiers ("economics correspondent"), titles, demonyms; no "on", "and", "the".
    if (hasClass(w, W.preposition | W.conjunction) || DETERMINERS.has(w) || /ly$/.test(w)) return -1;
    if (t[j]!.cap && !(isTitleHead(w) || isTitleModifier(w) || isDemonym(w))) return -1;
    role = true;
    j++;
  }
  // "said Ofwat's chief executive, David Black.": the name in apposition to the role words, closing the sentence.
  const apposed = t[j]?.text === "," ? ctx.mentionAt[j + 1] ?? -1 : -1;
  if (role && apposed >= 0 && ctx.mentions[apposed]!.type === "Person" && ctx.mentions[apposed]!.firstToken === j + 1 && ctx.mentions[apposed]!.lastToken >= limit - 1) return apposed;
  const m = ctx.mentionAt[j] ?? -1;
  return role && m >= 0 && ctx.mentions[m]!.type === "Person" && ctx.mentions[m]!.firstToken === j ? m : -1;
}

/** The speaker named right after a cue: "according to X", "said Mr Smith". */
export function speakerAfter(ctx: ClaimContext, k: number, limit: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  let a = k;
  if (a < limit && DETERMINERS.has(t[a]!.lower)) a++;
  // "said 9/11 widow Terry Strada": a date as a modifier.
  if (/^\d+$/.test(t[a]?.text ?? "") && t[a + 1]?.text === "/" && /^\d+$/.test(t[a + 2]?.text ?? "") && a + 3 < limit) {
    const person = personAfterRole(ctx, a + 3, limit);
    if (person >= 0) return { kind: "mentions", mentions: [person], first: ctx.mentions[person]!.firstToken };
  }
  // "according to a spokesperson for Avon and Somerset Police": the body a spokesperson speaks for.
  if (/^(?:spokes(?:man|woman|person)|representative)$/.test(t[a]?.lower ?? "") && /^(?:for|from|at)$/.test(t[a + 1]?.lower ?? "")) {
    const body = ctx.mentionAt[DETERMINERS.has(t[a + 2]?.lower ?? "") ? a + 3 : a + 2] ?? -1;
    if (body >= 0 && ctx.mentions[body]!.type === "Group") return { kind: "mentions", mentions: [body], first: ctx.mentions[body]!.firstToken };
  }
  // "said Mr Smith", "said Foreign Minister Sergei Lavrov": titles are not part of the mention.
  while (a < limit - 1 && ctx.mentionAt[a]! < 0 && (isTitleHead(t[a]!.lower) || isTitleModifier(t[a]!.lower) || t[a]!.text === ".")) a++;
  const m = ctx.mentionAt[a] ?? -1;
  // "said ABN Amro chief Asian strategist Eddie Wong": the person after the group's role words.
  // Also after a one-word "person" that is the group the NER mistook ("said Biarritz chairman Marcel Martin"),
  // or after any possessive ("says Total Film's Jamie Graham").
  const oneWord = m >= 0 && ctx.mentions[m]!.lastToken - ctx.mentions[m]!.firstToken === 1;
  const possessive = m >= 0 && ctx.mentions[m]!.possessive;
  const holder = m >= 0 && (ctx.mentions[m]!.type !== "Person" || oneWord || possessive) ? personAfterRole(ctx, ctx.mentions[m]!.lastToken, limit) : -1;
  if (holder >= 0) return { kind: "mentions", mentions: [holder], first: ctx.mentions[holder]!.firstToken };
  // The person right after the possessive.
  const next = possessive ? ctx.mentionAt[ctx.mentions[m]!.lastToken] ?? -1 : -1;
  if (next >= 0 && ctx.mentions[next]!.type === "Person") return { kind: "mentions", mentions: [next], first: ctx.mentions[next]!.firstToken };
  // "according to the UN refugee agency UNHCR": the group named after a body's lower-case description.
  if (m >= 0) {
    let j = ctx.mentions[m]!.lastToken;
    while (j < limit && j < ctx.mentions[m]!.lastToken + 3 && t[j]!.word && !t[j]!.cap && !PREPOSITIONS.has(t[j]!.lower) && !AUXILIARIES.has(t[j]!.lower)) j++;
    const named = j > ctx.mentions[m]!.lastToken && /^(?:agency|body|organisation|organization|group|watchdog|regulator|commission|office|programme|fund)$/.test(t[j - 1]!.lower)
      ? ctx.mentionAt[j] ?? -1 : -1;
    if (named >= 0 && ctx.mentions[named]!.type === "Group") return { kind: "mentions", mentions: [named], first: ctx.mentions[named]!.firstToken };
  }
  if (m >= 0 && ctx.mentions[m]!.type !== "Place" || (m >= 0 && ctx.mentions[m]!.lastToken >= limit - 1)) {
    return { kind: "mentions", mentions: [m], first: ctx.mentions[m]!.firstToken };
  }
  // "according to a round-up of ultimate gizmos compiled by Stuff Magazine": the agent of the work is its voice.
  for (let j = k + 1; j < limit - 1 && j < k + 14 && (t[j]!.word || t[j]!.text === "-") && !ctx.quoted[j]; j++) {
    let agent = ctx.mentionAt[j + 1] ?? -1;
    // (Past a country's possessive: "released by India's Aircraft Accident Investigation Bureau".)
    if (agent >= 0 && ctx.mentions[agent]!.possessive && ctx.mentions[agent]!.type === "Place") agent = ctx.mentionAt[ctx.mentions[agent]!.lastToken] ?? -1;
    // Or "satellite data from the National Institute for Space Research", "the research by the Licensed Taxi Drivers
    // Association", "a readout from the PUK": whose figures or words they are.
    const source = ((t[j]!.lower === "from" || t[j]!.lower === "by") && /^(?:data|figures|statistics|research|estimates|numbers|survey|report|analysis|study|readout|statement|transcript|letter)$/.test(t[j - 1]!.lower))
      || (t[j]!.lower === "in" && /^(?:reports?|an? (?:article|interview)|comments)$/.test(t[j - 1]!.lower)); // "reports in the Hollywood Reporter"
    const agentAt = source && DETERMINERS.has(t[j + 1]?.lower ?? "") ? ctx.mentionAt[j + 2] ?? -1 : agent;
    if (source && agentAt >= 0 && ctx.mentions[agentAt]!.type !== "Place") {
      return { kind: "mentions", mentions: [agentAt], first: ctx.mentions[agentAt]!.firstToken };
    }
    if (t[j]!.lower === "by" && /(?:ed|out)$/.test(t[j - 1]!.lower) && agent >= 0 && ctx.mentions[agent]!.type !== "Place") {
      return { kind: "mentions", mentions: [agent], first: ctx.mentions[agent]!.firstToken };
    }
    // "a report published on Monday by the Bank of England": the agent after the participle's time.
    const agentAfterThe = DETERMINERS.has(t[j + 1]?.lower ?? "") ? ctx.mentionAt[j + 2] ?? -1 : agent;
    const participleBefore = t.slice(k, j).some((w) => MADE_PUBLIC.test(w.lower));
    if (t[j]!.lower === "by" && participleBefore && agentAfterThe >= 0 && ctx.mentions[agentAfterThe]!.type !== "Place") {
      return { kind: "mentions", mentions: [agentAfterThe], first: ctx.mentions[agentAfterThe]!.firstToken };
    }
  }
  let b = k;
  // No speaker's noun phrase holds an auxiliary: after "X, the Kurdish leader, said" the words "the vote would go ahead" are the content.
  while (b < limit && (t[b]!.word || t[b]!.text === ".") && !NP_STOP.has(t[b]!.lower) && !AUXILIARIES.has(t[b]!.lower) && b < k + 8) {
    // Nor a finite verb: in "X, the organizer of a rally, said the city's rules increased ..." the words after "said" are the content.
    // ("figures released by", "one analyst quoted by": a participle before its preposition stays in the phrase.)
    // (Or a past tense not in -ed: "Critics, including some local residents, said alerts came too late".)
    // ("the group's response amounted to a rejection": a past that takes no object before its "to".)
    const finite = ((/[^e]ed$/.test(t[b]!.lower) && (!PREPOSITIONS.has(t[b + 1]?.lower ?? "") || (t[b + 1]!.lower === "to" && INTRANSITIVE_BEFORE_TO.test(t[b]!.lower)))) || IRREGULAR_PASTS.has(t[b]!.lower)) && t[b]!.lower !== "hundred" && !isRoleNoun(t[b]!.lower)
      && t[b + 1]?.lower !== "out";
    if (b > k && finite && !t[b]!.cap && !DETERMINERS.has(t[b - 1]!.lower) && t[b - 1]!.word && !t[b - 1]!.cap && !/ly$/.test(t[b - 1]!.lower)) break;
    // "According to blog analysis firm Technorati the number of blogs ...": a determiner right after a name or a noun opens the
    // content's subject, the comma left out.
    const nounBefore = t[b - 1]?.word === true && !/^(?:all|most|some|many|both|half|each|of|and|or|to|for)$/.test(t[b - 1]!.lower)
      && (ctx.mentionAt[b - 1]! >= 0 || t[b - 1]!.cap || !hasClass(t[b - 1]!.lower, W.preposition | W.verb | W.adjective));
    // (Not a name in apposition: "local newspaper the Daily Telegraph", "message analysts the Radicati Group".)
    if (b > k + 1 && /^(?:the|most|some|many|all|several)$/.test(t[b]!.lower) && !t[b]!.cap && !t[b + 1]?.cap && nounBefore && !PREPOSITIONS.has(t[b - 1]!.lower) && !DETERMINERS.has(t[b - 1]!.lower)) break;
    b++;
  }
  while (b > k && t[b - 1]!.text === ".") b--;
  // "a study of more than 78,000 adults published in the journal Neurology": the study, without where it came out.
  if (b - 1 > k && MADE_PUBLIC.test(t[b - 1]!.lower) && PREPOSITIONS.has(t[b]?.lower ?? "")) b--;
  // Not inside a name: "a study published on Wednesday in the New England Journal of Medicine".
  const cutName = b > k ? ctx.mentionAt[b - 1] ?? -1 : -1;
  if (cutName >= 0 && ctx.mentions[cutName]!.lastToken > b && ctx.mentions[cutName]!.lastToken <= limit) b = ctx.mentions[cutName]!.lastToken;
  // "said Rangers manager Alex McLeish of Novo's punishment": a person named before a preposition; what follows is the topic.
  for (let j = k; j < b; j++) {
    const m = ctx.mentionAt[j]!;
    if (m >= 0 && ctx.mentions[m]!.type === "Person" && TOPIC_PREPOSITIONS.has(t[ctx.mentions[m]!.lastToken]?.lower ?? "")) {
      return { kind: "mentions", mentions: [m], first: ctx.mentions[m]!.firstToken };
    }
  }
  // "said Diageo North America president Ivan Menezes": the person closing the phrase.
  const last = ctx.mentionAt[b - 1] ?? -1;
  if (last >= 0 && ctx.mentions[last]!.type === "Person" && ctx.mentions[last]!.lastToken === b) {
    return { kind: "mentions", mentions: [last], first: ctx.mentions[last]!.firstToken };
  }
  if (b === k) return null;
  if (b - k === 1 && PRONOUNS.has(t[k]!.lower)) return { kind: "pronoun", word: t[k]!.lower, first: k };
  // "said her son, Andrea Milko Skofic": a person in apposition closing the sentence is the one the words describe (or
  // closed by a comma: "said the director, Maya Osei, in a post on X").
  const named = t[b]?.text === "," ? ctx.mentionAt[b + 1] ?? -1 : -1;
  if (named >= 0 && ctx.mentions[named]!.type === "Person" && (ctx.mentions[named]!.lastToken >= limit - 1 || t[ctx.mentions[named]!.lastToken]?.text === ",")) {
    return { kind: "mentions", mentions: [named], first: ctx.mentions[named]!.firstToken };
  }
  return { kind: "words", first: k, last: b };
}

/** Prepositions after a trailing speaker's name that open the topic: "said Alex McLeish of Novo's punishment". */
const TOPIC_PREPOSITIONS = new Set(["of", "about", "after", "on"]);

export const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "or"]);

/** The token before a cue past "also" and -ly adverbs: "and" in "and repeatedly said", "Maher" in "Maher also adding". */
export function beforeAdverbs(ctx: ClaimContext, sentenceFirst: number, cueFirst: number): number {
  const t = ctx.layout.tokens;
  let k = cueFirst - 1;
  while (k > sentenceFirst && (t[k]!.lower === "also" || /ly$/.test(t[k]!.lower))) k--;
  return k;
}

/**
 * The "and" of a coordinated verb ("defended the route and said ...", "but also warned"): the token
 * before the cue past "also" and -ly adverbs, when it is a coordinator after the sentence's first token; else -1.
 */
export function coordinatorBefore(ctx: ClaimContext, sentenceFirst: number, cueFirst: number): number {
  const k = beforeAdverbs(ctx, sentenceFirst, cueFirst);
  return k > sentenceFirst && COORDINATORS.has(ctx.layout.tokens[k]!.lower) ? k : -1;
}

/** Whether the lower-cased words are an aside set off by commas: "for example", "on the other hand". */
export const isAside = (words: string): boolean => ASIDES.has(words);

/** Asides set off by commas between a subject and its cue: "Will Rogers, for example, said". */
const ASIDES = new Set(["for example", "for instance", "in fact", "of course", "in turn", "in particular", "too",
  "in contrast", "by contrast", "in addition", "in response", "meanwhile", "however", "though", "instead", "indeed", "on the other hand",
  "in other words", "on the contrary", "at the same time", "for his part", "for her part", "for their part", "for its part", "in the meantime"]);

/** Words that open a clause before the main one: "While celebrating ..., Trump mocked". */
const OPENS_A_CLAUSE = new Set(["while", "after", "before", "when", "since", "although", "though", "despite", "having", "as", "if", "once", "upon"]);

/**
 * "The truck market is improving, Eurotunnel said, but warned that": a speaker set between commas after a
 * clause, its cue right before the comma at `before - 1`, is the subject of the verb after `before`.
 */
function invertedSpeakerBefore(ctx: ClaimContext, sentenceFirst: number, before: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  if (t[before - 1]?.text !== ",") return null;
  for (let k = before - 2; k >= Math.max(sentenceFirst + 2, before - 5) && t[k]!.word && !ctx.quoted[k]; k--) {
    if (speechActFromCue(t[k]!.lower) === undefined) continue;
    const found = findSubject(ctx, sentenceFirst, k);
    let from = found ? found.first : -1;
    while (from > sentenceFirst && t[from - 1]!.word && !t[from - 1]!.cap && isRoleNoun(t[from - 1]!.lower)) from--; // "bank governor"
    return found && t[from - 1]?.text === "," ? found : null;
  }
  return null;
}

/** Words of time between an aside and its verb ("..., last year proposed", "..., on Monday said"); adverbs in -ly too. */
const TIME_BEFORE_VERB = /^(?:last|this|next|year|week|month|on|earlier|later|then|also|now)$/;

/**
 * "Trump, whose views have upset even members of his party, last year proposed a ban ..., citing", "Trump, in a
 * freewheeling style, spoke for 45 minutes, criticizing": a person or group opening the sentence, an aside between
 * commas after it, then the main verb: the name is the verb's subject. With `verbAtBefore` (findSubject), the verb is
 * the cue at `before` itself, right after the aside's comma, and a conjunction may open the sentence.
 */
function nameBeforeAside(ctx: ClaimContext, sentenceFirst: number, before: number, verbAtBefore = false): SpeakerFound | null {
  const t = ctx.layout.tokens;
  // (Past a conjunction opening the sentence: "But Chris Christie, eager all evening to jab senators, attacked".)
  if (verbAtBefore && /^(?:but|and|yet|so|still)$/.test(t[sentenceFirst]?.lower ?? "")) sentenceFirst++;
  // (And past its article: "The Greens, now in opposition, accused".)
  if (t[sentenceFirst]?.lower === "the" && (ctx.mentionAt[sentenceFirst] ?? -1) < 0 && (ctx.mentionAt[sentenceFirst + 1] ?? -1) >= 0) sentenceFirst++;
  // (Or a person's title: "Outgoing Chancellor Olaf Scholz, whose Social Democrats slumped ..., conceded".)
  // (A word before the title too: "Outgoing", "Former".)
  const titled = titledMentionAt(ctx, sentenceFirst) >= 0 || !t[sentenceFirst]?.word || OPENS_A_CLAUSE.has(t[sentenceFirst]!.lower)
    ? titledMentionAt(ctx, sentenceFirst) : titledMentionAt(ctx, sentenceFirst + 1);
  const m = ctx.mentions[titled]?.type === "Person" ? titled : ctx.mentionAt[sentenceFirst]! >= 0 ? ctx.mentionAt[sentenceFirst]! : -1;
  const name = ctx.mentions[m];
  // (Past the acronym it defines: "The Economic Freedom Fighters (EFF), led by Julius Malema, refused".)
  const nameEnd = name && t[name.lastToken]?.text === "(" && t[name.lastToken + 2]?.text === ")" ? name.lastToken + 3 : name?.lastToken ?? 0;
  if (!name || (name.firstToken !== sentenceFirst && m !== titled) || name.type === "Place" || t[nameEnd]?.text !== "," || ctx.quoted[sentenceFirst]) return null;
  // Not a list of names: "Trump, Clinton and Sanders said" (but "Peter Magyar, Ms Varga's former husband," describes him).
  const honorific = /^(?:mr|mrs|ms|miss|dr)$/.test(t[nameEnd + 1]?.lower ?? "") ? 1 : 0;
  const owner = ctx.mentions[ctx.mentionAt[nameEnd + 1 + honorific] ?? -1];
  // (Nor is a lawmaker's party and state: "Harry Reid, Democrat of Nevada, accused".)
  const partyOf = /^(?:democrat|republican|independent)$/.test(t[nameEnd + 1]?.lower ?? "") && /^(?:of|from)$/.test(t[nameEnd + 2]?.lower ?? "");
  if (!owner?.possessive && !partyOf && (ctx.mentionAt[nameEnd + 1]! >= 0 || t[nameEnd + 1]?.cap)) return null;
  for (let k = nameEnd + 2; k < before && k < nameEnd + 30; k++) {
    // A nickname in quotes stays in the aside: 'Jimmy Chérizier, a former police officer known as "Barbecue", told'.
    if (QUOTE_MARK.test(t[k]!.text) && /^(?:as|dubbed|nicknamed|called)$/.test(t[k - 1]!.lower)) {
      let close = k + 1;
      while (close < k + 4 && t[close]?.word) close++;
      if (close > k + 1 && QUOTE_MARK.test(t[close]?.text ?? "")) {
        k = close;
        continue;
      }
    }
    if (ctx.quoted[k] || (!t[k]!.word && t[k]!.text !== ",")) return null;
    if (t[k]!.text !== ",") continue;
    let verb = k + 1;
    while (verb < before && (TIME_BEFORE_VERB.test(t[verb]!.lower) || WEEKDAY_NAMES.has(t[verb]!.lower) || /[a-z]ly$/.test(t[verb]!.lower))) verb++;
    if (verbAtBefore) {
      if (verb === before) return { kind: "mentions", mentions: [m], first: sentenceFirst };
      continue;
    }
    const w = t[verb];
    if (verb >= before || !w?.word || w.cap || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || !(verbLike(w.lower, t[verb - 1]!.lower) || /(?:ed|aid|oke|ote)$/.test(w.lower))) continue;
    return { kind: "mentions", mentions: [m], first: sentenceFirst };
  }
  return null;
}

/**
 * The subject of the sentence's main verb, before token `before`: the speaker of a participle after
 * a comma ("Trump attacked Clinton on Monday, saying ..." is Trump's claim, not Clinton's).
 */
export function mainSubject(ctx: ClaimContext, sentenceFirst: number, before: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  // "Shares rose after the company reported record revenue and forecast growth": the subject of the clause "and" is in.
  // (Not for a participle after a comma: "Trump was defensive when ..., after he designed a clubhouse, saying" is Trump's.)
  const coordinated = COORDINATORS.has(t[before]?.lower ?? "");
  for (let k = before - 1; coordinated && k > sentenceFirst && t[k]!.text !== "," && !ctx.quoted[k]; k--) {
    // (Or a bare plural: "hours after rebels swept into Damascus and declared".)
    const plural = t[k + 1]!.word && !t[k + 1]!.cap && /[^s]s$/.test(t[k + 1]!.lower) && hasClass(t[k + 1]!.lower, W.noun) && !hasClass(t[k + 1]!.lower, W.verb);
    if (SUBORDINATORS.has(t[k]!.lower) && (DETERMINERS.has(t[k + 1]!.lower) || SUBJECT_PRONOUNS.has(t[k + 1]!.lower) || ctx.mentionAt[k + 1]! >= 0 || plural)) {
      const inner = findSubjectOfClause(ctx, k + 1, before);
      if (inner) return inner;
      break;
    }
  }
  // "Jindal signed an order ..., while Mike Huckabee, the former governor, proposed ... and said": the subject of the
  // clause ", while" opens (past its commas and quotes), not of the sentence.
  for (let k = before - 1; coordinated && k > sentenceFirst + 1; k--) {
    // (Also after "the": "..., while the U.S. State Department said it was concerned and blamed Russia".)
    const named = ctx.mentionAt[k + 1]! >= 0 || (t[k + 1]?.lower === "the" && (ctx.mentionAt[k + 2] ?? -1) >= 0);
    if (ctx.quoted[k] || t[k - 1]!.text !== "," || !/^(?:while|whereas)$/.test(t[k]!.lower) || !named) continue;
    const inner = mainSubject(ctx, k + 1, before);
    if (inner) return inner;
    break;
  }
  const inverted = invertedSpeakerBefore(ctx, sentenceFirst, before);
  if (inverted) return inverted;
  const named = nameBeforeAside(ctx, sentenceFirst, before);
  if (named) return named;
  // "In a statement carried by its television, the group said ... and described": an opening phrase
  // (or clause) before a comma holds no subject of a verb after it.
  // So does an opening participle's: "Rallying hundreds of service workers ..., Hillary Clinton tried ... and promised".
  let opener = sentenceFirst;
  while (opener < before && !t[opener]!.word) opener++;
  let from = opener + 1;
  // One opening phrase after another: "On Thursday, after remaining neutral ..., Warren appeared ... and endorsed".
  for (let phrase = opener, n = 0; n < 3; n++) {
    const participleOpens = /[a-z]{3}ing$/.test(t[phrase]!.lower) && ctx.mentionAt[phrase]! < 0 && (hasClass(t[phrase]!.lower, W.verb) || !hasClass(t[phrase]!.lower, W.noun));
    if (!PREPOSITIONS.has(t[phrase]!.lower) && !OPENS_A_CLAUSE.has(t[phrase]!.lower) && !participleOpens) break;
    let comma = phrase + 1;
    while (comma < before && comma < phrase + 20 && t[comma]!.text !== "," && !ctx.quoted[comma]) comma++;
    if (t[comma]?.text !== "," || comma >= before - 1) break;
    from = comma + 1;
    phrase = comma + 1;
  }
  // "US Customs claimed ... but his lawyer, Antony Townsden, told the BBC ... and added": the clause "but" opens has its own subject.
  for (let k = before - 1; k > from; k--) {
    if (ctx.quoted[k]) break;
    const next = t[k + 1]?.lower ?? "";
    if (t[k]!.lower === "but" && (DETERMINERS.has(next) || POSSESSIVE_DETERMINERS.has(next) || SUBJECT_PRONOUNS.has(next) || ctx.mentionAt[k + 1]! >= 0)) {
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < before; k++) {
    if (ctx.mentionAt[k]! >= 0 || ctx.quoted[k] || t[k]!.cap) continue;
    if (t[k]!.text === ",") {
      // "A KDP official, who requested anonymity to speak freely, dismissed ... and said": past the relative clause.
      // (Or "whose": "Olaf Scholz, whose Social Democrats slumped to ..., conceded defeat and said".)
      if (/^(?:who|which|whose)$/.test(t[k + 1]?.lower ?? "") && k + 1 < before) {
        let close = k + 2;
        while (close < before && t[close]!.text !== ",") close++;
        // The main verb right after it: "Shahid Malik, who is on Labour's NEC, accepted ... but said".
        const verb = t[close + 1];
        if (close + 1 < before && verb?.word && !verb.cap && !PREPOSITIONS.has(verb.lower) && !DETERMINERS.has(verb.lower)) return findSubject(ctx, sentenceFirst, close + 1);
        if (close < before) k = close;
      }
      continue;
    }
    // A verb of saying counts though the word lists lack it: "The mayor defended the route and said".
    // Or a past tense the lexicon lacks right after a person's name: "Judge Eleanor Marsh remanded Hargreaves ... and warned".
    // Or after a pronoun and maybe an adverb: "In an upbeat report, he slightly increased borrowing but insisted".
    const subjectAt = /ly$/.test(t[k - 1]!.lower) ? k - 2 : k - 1;
    // Also after a group's name: "Analysts at Moody's downgraded the firm's credit rating, citing ...".
    // And after a name in apposition: "The director, Chris Fowler, apologised to passengers and said".
    // (After an adverb too: "The RFU recently fined X and imposed".)
    const named = ctx.mentions[ctx.mentionAt[t[k - 1]!.text === "," ? k - 2 : subjectAt] ?? -1];
    // Or after a noun phrase opening the clause: "the 30-year-old singer apologised to fans and said".
    const np = from === opener + 1 ? opener : from;
    // (Its place may follow it: "The U.S. consulate in Erbil congratulated the region and urged".)
    const placeAt = ctx.mentions[ctx.mentionAt[k - 1] ?? -1];
    const headEnd = placeAt?.type === "Place" && placeAt.lastToken === k && /^(?:in|at)$/.test(t[placeAt.firstToken - 1]?.lower ?? "") ? placeAt.firstToken - 1 : k;
    const nounPhrase = coordinated && PLAIN_SAYING.test(t[before + 1]?.lower ?? "") && headEnd - np >= 2 && headEnd - np <= 4 && /^(?:the|a|an)$/.test(t[np]!.lower)
      // (A country's name may modify it: "The U.S. consulate congratulated the region and urged".)
      && t.slice(np + 1, headEnd).every((w, i) => w.word && (!w.cap || ctx.mentions[ctx.mentionAt[np + 1 + i] ?? -1]?.type === "Place") && !AUXILIARIES.has(w.lower) && !PREPOSITIONS.has(w.lower) && !verbLike(w.lower, ""));
    const pastAfterName = (/[^e]ed$/.test(t[k]!.lower) || IRREGULAR_PASTS.has(t[k]!.lower)) && ((named !== undefined && named.type !== "Place") || (t[k - 1]!.cap && /['’]s$/.test(t[k - 1]!.text) && k - 1 > sentenceFirst)
      || SUBJECT_PRONOUNS.has(t[subjectAt]?.lower ?? "") || t[subjectAt]?.lower === "it" || nounPhrase); // "It apologised to customers and said"
    // (A present of a cue's verb after a name too: "Prof Etzioni criticises the US for overlooking those reports, suggesting".)
    const presentAfterName = /[^s]s$/.test(t[k]!.lower) && named?.type === "Person" && speechActFromCue(t[k]!.lower.replace(/s$/, "d")) !== undefined;
    const verb = verbLike(t[k]!.lower, t[k - 1]!.lower) || pastAfterName || presentAfterName
      || (speechActFromCue(t[k]!.lower) !== undefined && !DETERMINERS.has(t[k - 1]!.lower) && !/^(?:those|these|his|her|its|their|our|such)$/.test(t[k - 1]!.lower));
    // (Nor a role right before a name: "Head coach Brendon McCullum defended ..., saying".)
    if (!verb || PREPOSITIONS.has(t[k]!.lower) || NP_STOP.has(t[k]!.lower) || modifiesATitle(t, k) || modifiesARole(t, k)
      || (nounModifierAt(t, k) && k + 1 < before) // "the human rights office"
      || (isRoleNoun(t[k]!.lower) && ctx.mentions[ctx.mentionAt[k + 1] ?? -1]?.type === "Person")
      // (Nor a role's modifier before the name in apposition: "The United Nations' human rights chief, Volker Türk, said ... and demanded".)
      || (isRoleNoun(t[k + 1]?.lower ?? "") && t[k + 2]?.text === "," && ctx.mentions[ctx.mentionAt[k + 3] ?? -1]?.type === "Person")) continue;
    // "the main opposition party rejected the result": a noun that can be a verb, before the clause's past tense.
    const modifier = t[k - 1]!.word && !t[k - 1]!.cap && !AUXILIARIES.has(t[k - 1]!.lower) && !SUBJECT_PRONOUNS.has(t[k - 1]!.lower) && !PREPOSITIONS.has(t[k - 1]!.lower) && !/ly$/.test(t[k - 1]!.lower);
    // (Also before a verb of saying or the day of the verb: "A federal judge said ..., calling", "A federal judge on Friday struck down".)
    const next = t[k + 1]?.lower ?? "";
    const verbNext = /[^e]ed$/.test(next) || (speechActFromCue(next) !== undefined && /(?:ed|aid|old|ote)$/.test(next)) || (next === "on" && WEEKDAY_NAMES.has(t[k + 2]?.lower ?? ""));
    if (modifier && verbNext && speechActFromCue(t[k]!.lower) === undefined && !t[k + 1]!.cap && k + 1 < before && !/(?:ed|s)$/.test(t[k]!.lower) && !AUXILIARIES.has(t[k]!.lower)) continue;
    // "The United Nations peacekeeping force in Lebanon, UNIFIL, said ... and urged": a noun in -ing after a name.
    if (/ing$/.test(t[k]!.lower) && ctx.mentionAt[k - 1]! >= 0 && t[k + 1]?.word && !t[k + 1]!.cap && !PREPOSITIONS.has(t[k + 1]!.lower) && !DETERMINERS.has(t[k + 1]!.lower)) continue;
    // "APIKUR, an association representing eight firms, said ... and demanded": a participle inside an apposition.
    const appositionEnd = /ing$/.test(t[k]!.lower) ? appositionClose(t, k, before) : -1;
    if (appositionEnd >= 0) {
      k = appositionEnd;
      continue;
    }
    // "The KDP, the largest party in parliament, said ... but accused": after a superlative, a noun.
    if (/est$/.test(t[k - 1]!.lower) && t[k - 1]!.lower.length > 4 && !hasClass(t[k - 1]!.lower, W.verb)) continue;
    // "During his day of questioning in the trial Mr Ebbers played down ...": a verb-like word after a
    // preposition (not the "to" of an infinitive) is inside a phrase; the main verb comes later.
    if (PREPOSITIONS.has(t[k - 1]!.lower) && t[k - 1]!.lower !== "to") continue;
    const found = findSubject(ctx, sentenceFirst, k);
    if (found || !OPENS_A_CLAUSE.has(t[sentenceFirst]!.lower)) return found;
    // "While celebrating victories on Tuesday, Trump mocked ...": the opening clause has no subject; the main one follows its comma.
    while (k < before && t[k]!.text !== ",") k++;
  }
  return null;
}

const SUBORDINATORS = new Set(["after", "when", "because", "since", "before", "while", "although", "though", "until", "once"]);

/** The subject of the first verb of a clause opening at `from` (before `before`), or null. */
function findSubjectOfClause(ctx: ClaimContext, from: number, before: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  for (let k = from + 1; k < before && k < from + 8; k++) {
    if (ctx.mentionAt[k]! >= 0 || ctx.quoted[k] || t[k]!.cap || !t[k]!.word) continue;
    if (verbLike(t[k]!.lower, t[k - 1]!.lower) || /[^e]ed$/.test(t[k]!.lower)) return findSubject(ctx, from, k);
  }
  return null;
}

/** Pasts before "to" that are finite verbs, never a participle of a noun phrase ("figures provided to" is one). */
const INTRANSITIVE_BEFORE_TO = /^(?:amounted|belonged|happened|seemed|appeared|failed|tried|wanted|refused|agreed|decided|planned|pointed|objected|reacted|responded|contributed|led|returned|turned|rose|fell|jumped|climbed)$/;

/** Verbs of saying whose speaker may follow them ("..., said Fiorina, adding"); after "attacked", "told" or "urged" a name is the object. */
const INVERTING = new Set(["said", "says", "added", "adds", "explained", "explains", "continued", "continues", "wrote", "writes",
  "argued", "argues", "noted", "notes", "insisted", "insists", "warned", "warns", "claimed", "claims", "recalled", "recalls",
  "asked", "asks", "stressed", "stresses", "admitted", "admits", "conceded", "concedes", "declared", "declares", "announced", "announces"]);

/**
 * The speaker of a participle after a comma at token `comma`: of the verb of saying right before the
 * comma ("Fiorina said, adding that ..."; "..., said Fiorina, adding"), else the main clause's subject.
 */
export function participleSubject(ctx: ClaimContext, sentenceFirst: number, comma: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  // The verb of saying right before the comma, or before its time: "Araqchi said on Friday, dismissing ...".
  let before = comma - 1;
  while (before > sentenceFirst && before > comma - 4 && (WEEKDAY_NAMES.has(t[before]!.lower) || /^(?:on|yesterday|today|tonight|earlier|later|last|this|week|night|morning|evening)$/.test(t[before]!.lower))) before--;
  // (A verb's form, not a noun's: not "taking over BBC Radio 1's flagship chart show on Sunday, adding".)
  const verbForm = (k: number): boolean => /(?:ed|aid|old|ote|s)$/.test(t[k]!.lower) && !DETERMINERS.has(t[k - 1]?.lower ?? "") && !/['’]s?$/.test(t[k - 1]?.text ?? "");
  // Or before the channel it used: "..., the ECB said in a statement, adding".
  for (let a = comma - 3; a >= comma - 5 && a > sentenceFirst; a--) {
    if (statementAside(t, a, comma) && speechActFromCue(t[a - 1]!.lower)) before = a - 1;
  }
  // Or before whom it told: '"...," he told reporters, adding', "told the BBC, adding".
  for (let back = 1; back <= 3 && before - back > sentenceFirst && !speechActFromCue(t[before]!.lower); back++) {
    const told = t[before - back]!;
    const addressee = t.slice(before - back + 1, before + 1).every((w, i) => ctx.mentionAt[before - back + 1 + i]! >= 0 || DETERMINERS.has(w.lower) || /^(?:reporters|journalists|lawmakers|supporters|parliament|mps)$/.test(w.lower));
    if (/^(?:told|tells|telling)$/.test(told.lower) && addressee) before -= back;
  }
  if (!speechActFromCue(t[before]!.lower) || !verbForm(before)) before = comma - 1;
  // (Not a name's word: "entering the United States, citing"; nor a noun after a number: "over the 9/11 attacks, arguing".)
  const noun = /[^s]s$/.test(t[before]!.lower) && /^\d/.test(t[before - 1]?.text ?? "");
  // (Nor a statement's noun: "The RSF denied the accusations in a statement, describing them as" is the RSF's.)
  // (Or a demonstrative's: "for overlooking those reports, suggesting".)
  const determined = DETERMINERS.has(t[before - 1]?.lower ?? "") || /^(?:those|these|this|that|his|her|its|their|our|such|some|many|several)$/.test(t[before - 1]?.lower ?? "");
  // (And a verb's form, or one after an auxiliary, "he will argue, while suggesting": not the noun of "declined to comment on
  // the ransom claim, citing".)
  if (before > sentenceFirst && !ctx.quoted[before] && ctx.mentionAt[before]! < 0 && speechActFromCue(t[before]!.lower) && (verbForm(before) || AUXILIARIES.has(t[before - 1]?.lower ?? "")) && !noun && !determined) {
    const found = findSubject(ctx, sentenceFirst, before);
    if (found) return found;
  }
  // An aside between the subject and its verb: "after several outlets, citing unnamed sources, reported that".
  let close = comma + 2;
  while (close < t.length && close < comma + 10 && t[close]!.word && !ctx.quoted[close]) close++;
  const verbAfter = t[close + 1];
  if (t[close]?.text === "," && verbAfter?.word && !verbAfter.cap && (speechActFromCue(verbAfter.lower) !== undefined || AUXILIARIES.has(verbAfter.lower))) {
    const found = findSubject(ctx, sentenceFirst, comma);
    if (found) return found;
  }
  const m = before >= sentenceFirst ? ctx.mentionAt[before]! : -1;
  if (m >= 0 && ctx.mentions[m]!.lastToken === before + 1 && ctx.mentions[m]!.type !== "Place" && !ctx.quoted[before]
    && INVERTING.has(t[ctx.mentions[m]!.firstToken - 1]?.lower ?? "")) {
    return { kind: "mentions", mentions: [m], first: ctx.mentions[m]!.firstToken };
  }
  // "The deal comes two weeks after Iraq's Ministry of Finance halted transfers, saying": a clause of time or cause
  // naming its subject, right before the participle's comma, is its act.
  // (Also a person in apposition to a role: "after its director, Lukas Brenner, walked out of the premiere, accusing".)
  for (let k = comma - 3; k > sentenceFirst + 1 && k > comma - 20; k--) {
    if (!/^(?:after|before|when|since|because|until)$/.test(t[k]!.lower) || ctx.quoted[k]) continue;
    const apposed = POSSESSIVE_DETERMINERS.has(t[k + 1]?.lower ?? "") && isRoleNoun(t[k + 2]?.lower ?? "") && t[k + 3]?.text === ",";
    const named = ctx.mentionAt[apposed ? k + 4 : k + 1] ?? -1;
    const owner = named >= 0 && ctx.mentions[named]!.possessive ? ctx.mentionAt[ctx.mentions[named]!.lastToken] ?? -1 : named;
    const closed = apposed && named >= 0 && owner === named && ctx.mentions[named]!.type === "Person" && t[ctx.mentions[named]!.lastToken]?.text === ",";
    if (apposed && !closed) break;
    const verb = owner >= 0 ? t[ctx.mentions[owner]!.lastToken + (closed ? 1 : 0)] : undefined;
    if (owner >= 0 && ctx.mentions[owner]!.type !== "Place" && verb?.word && /^[a-z]+ed$/.test(verb.lower)) {
      return { kind: "mentions", mentions: [owner], first: ctx.mentions[owner]!.firstToken };
    }
    break;
  }
  // "Collins said she was concerned, while Johnson defended the plan, saying ...", "..., though last week he used stronger
  // language, saying": the clause nearest the participle.
  for (let k = comma - 2; k > sentenceFirst + 1; k--) {
    // (", and the ACLU of Ohio has already sued the city over the rules, saying": the ACLU's.)
    if (t[k - 1]!.text !== "," || !/^(?:while|whereas|but|and|though|although)$/.test(t[k]!.lower) || ctx.quoted[k]) continue;
    // (Not the last of a list of subjects: "The EU, the UN, and the United States have all urged ..., arguing".)
    if (t[k]!.lower === "and") {
      const whole = mainSubject(ctx, sentenceFirst, comma);
      const next = ctx.mentionAt[DETERMINERS.has(t[k + 1]?.lower ?? "") ? k + 2 : k + 1] ?? -1;
      if (whole?.kind === "mentions" && next >= 0 && whole.mentions.includes(next)) break;
    }
    const found = mainSubject(ctx, k + 1, comma);
    if (found) return found;
    break;
  }
  return mainSubject(ctx, sentenceFirst, comma);
}
