// Speakers named by what they are: "the company said", "the airline announced", "the club said".
// Business and sports news name the organisation once or twice and then call it by its kind; such a
// claim is the organisation of that kind that spoke last in its paragraph, else the one that has spoken
// most before it ("Macrovision says ..., said the firm"), else the one the document has named most up
// to the claim, when it has named it at least twice (a single mention is too weak a clue: "AEG,
// Zanussi and Frigidaire" are an owner's brands), else the only one named earlier in the claim's own
// sentence ("Shares in Cairn Energy jumped after the firm said").
// Otherwise the words stay the speaker, never guessed. Pure: layout, mentions and claims in.
import { isDemonym } from "./titles.ts";
import { sentenceAt, type TextLayout } from "./tokens.ts";
import type { Span } from "../types/index.ts";
import type { RawClaim, RawMention } from "./types.ts";

/**
 * The groups a description may name: of these kinds (undefined: a group of no known kind) and, for an
 * institution, with the description's word in its name ("the ministry": Turkey's "Defence Ministry").
 */
interface Described { kinds: ReadonlySet<string | undefined>; named?: RegExp; unnamed?: RegExp; namedOnce?: boolean; onlyOneNamed?: boolean; sentenceOnly?: boolean }
// (Not a body whose name says it is none: "the airline" is not the "Norwegian Airline Pilots Association".)
const COMPANY: Described = { kinds: new Set(["company", "organisation", undefined]),
  unnamed: /\b(?:Association|Union|Federation|Confederation|Council|Committee|Commission|Party|Ministry|Department|Agency|Authority|Society|Institute|Foundation|League|Alliance|Coalition|Congress|Assembly|Parliament|Court|University|College|School|Hospital|Church)$/ };
/** Words of a council of trade unions' name, no "the council" ("Manchester Trades Union Council"). */
export const TRADE_UNIONS = /\b(?:trades?|unions?)\b/i;
const institution = (word: string): readonly [string, Described] =>
  // Named once is enough when it is the only one of its kind named before: "Sudan's army ... The army said".
  // (Or a body of states: "the UN refugee agency UNHCR ... the agency said", "the European Commission ... the commission".)
  [word, { kinds: new Set(["government", "organisation", "armed_force", "international", undefined]), named: new RegExp(`\\b${word}\\b`, "i"), onlyOneNamed: true }];
const DESCRIPTIONS: ReadonlyMap<string, Described> = new Map([
  // "the group said": a company, an organisation or a militant group ("Hezbollah denied ... the group said"), not a state's army.
  ["group", { kinds: new Set(["company", "media", "organisation", "armed_force", undefined]), unnamed: /^(?:armed forces|army|military|navy|air force)\b|\bpolice\b/i }],
  ...["company", "firm", "business", "bank", "lender", "insurer", "airline", "carrier", "carmaker", "retailer",
    "chipmaker", "supermarket", "broadcaster", "publisher", "operator", "giant", "label", "automaker", "drugmaker", "miner",
    "manufacturer", "conglomerate", "utility"].map((w) => [w, COMPANY] as const),
  // (Named once is enough when it is the only one named: "Manchester City beat Everton ... The club said".)
  ["club", { kinds: new Set(["club", "team"]), onlyOneNamed: true }],
  // "According to the organisation": a body of no trade named before ("the UN's Food & Agriculture Organisation").
  ...["organisation", "organization"].map((w) => [w, { kinds: new Set(["organisation", "international", undefined]) }] as const),
  // "the governing body confirmed": the federation or council a sport's story named before.
  ["body", { kinds: new Set(["organisation", "international", "government"]), unnamed: /\b(?:Ministry|Department|Party|Court|Police|Army)$/ }],
  // "The charity called on ...": a charity or aid group named before ("Médecins Sans Frontières (MSF) said").
  ["charity", { kinds: new Set(["organisation", "international"]), unnamed: /\b(?:Ministry|Department|Government|Party|Council|Court|Police|Army|University|Union)$/ }],
  // "the force said": the police force named before ("Greater Manchester Police").
  ["force", { kinds: new Set(["armed_force"]), named: /\bpolice\b/i, onlyOneNamed: true }],
  ["party", { kinds: new Set(["party"]) }],
  // "A spokesman for the alliance": NATO or another alliance of states named before.
  ["alliance", { kinds: new Set(["international"]), named: /\b(?:NATO|Nato|alliance|Alliance|pact|Pact)\b/ }],
  // "Ofcom has fined the BBC, the watchdog said": the one public body named before in its sentence, not a ministry or a
  // court (further back, "the US regulator" or "the watchdog" is as often one never named: 2 of 7 on BBC).
  ...["watchdog", "regulator"].map((w) => [w, { kinds: new Set(["government", "organisation", "international", undefined]), sentenceOnly: true,
    unnamed: /\b(?:Ministry|Department|Treasury|Office|Parliament|Senate|House|Congress|Court|Council|Cabinet|Government|Police|Army|Presidency|Embassy|Party|Bank)\b|^(?:White House|Downing Street|Kremlin|Pentagon|Elysee|Élysée)$/ }] as const),
  // "the Labour-run authority said": the council or another public body named before.
  ["authority", { kinds: new Set(["government"]) }],
  // "the union said": a trade union named before ("the Royal College of Nursing announced ... the union said").
  ["union", { kinds: new Set(["union", "organisation", undefined]), unnamed: /\b(?:European|African|Soviet)\b/, onlyOneNamed: true }],
  ...["ministry", "commission", "committee", "court", "army", "department", "embassy", "agency", "presidency", "institute", "foundation", "service", "board"].map(institution),
  // "the centre said": the Carter Center, the National Hurricane Center named before.
  ...["centre", "center"].map((w) => [w, { ...institution(w)[1], named: /\bcent(?:re|er)\b/i }] as const),
  // "the council": not a council of trade unions ("Manchester Trades Union Council").
  ["council", { ...institution("council")[1], unnamed: TRADE_UNIONS }],
]);

/** A word that names a group by what it is: "the club", "the company", "the ministry". */
export const describesAGroup = (lower: string): boolean => DESCRIPTIONS.has(lower);

/** "the Bank", capitalised as British news writes it: the central bank, or another bank of the state or the world, named once before will do. */
const THE_BANK: Described = { kinds: new Set(["government", "international"]), named: /\bBank\b/, namedOnce: true };

/** "the central bank": one named before, whatever kind the name's head gave it ("Reserve Bank of Australia" a company). */
const CENTRAL_BANK: Described = { kinds: new Set(["company", "government", "international", undefined]),
  named: /\b(?:Reserve Bank|Central Bank|National Bank|Bank of|Federal Reserve|Fed|ECB|Bundesbank|Banque de France|Riksbank|Norges Bank)\b/, namedOnce: true };

/** A group's name however written: "Lib Dems" and "the Liberal Democrats" are one party (the gazetteer's name). */
const nameOf = (m: RawMention): string => m.canonical ?? m.text;

/** Counts of the names of one kind of group, in text order, and the name given most (of equals, the latest). */
class Tally {
  private readonly counts = new Map<string, { count: number; last: number }>();
  best: { count: number; last: number } | undefined;
  /** How many different names were added. */
  get names(): number {
    return this.counts.size;
  }
  /** The mention added last. */
  latest = -1;

  /** How many times the name of mention m was added. */
  countOf(mentions: readonly RawMention[], m: number): number {
    return this.counts.get(nameOf(mentions[m]!))?.count ?? 0;
  }

  constructor(readonly described: Described) {}

  add(mentions: readonly RawMention[], m: number): void {
    const mention = mentions[m]!;
    if (!fitsDescription(this.described, mention)) return;
    const v = { count: (this.counts.get(nameOf(mention))?.count ?? 0) + 1, last: m };
    this.counts.set(nameOf(mention), v);
    this.latest = m;
    if (!this.best || v.count > this.best.count || (v.count === this.best.count && v.last > this.best.last)) this.best = v;
  }
}

/** Whether a mention is a group the description may name: of its kinds, named with its word where it needs one. */
function fitsDescription(described: Described, mention: RawMention): boolean {
  return mention.type === "Group" && described.kinds.has(mention.kind) && !(described.named && !described.named.test(mention.text))
    && !described.unnamed?.test(mention.text);
}

/** Descriptions of what an act is aimed at, besides the speakers' ("accused the government of", "urged the bloc to"). */
const TARGET_DESCRIPTIONS: ReadonlyMap<string, Described> = new Map([
  institution("government"),
  ["bloc", { kinds: new Set(["international"]) }],
  // "urged the council to": a city's council or the UN Security Council.
  ["council", { kinds: new Set(["government", "organisation", "international", undefined]), named: /\bcouncil\b/i, unnamed: TRADE_UNIONS }],
]);

/**
 * The one group a description names before offset `before`, other than `except` ("accused the union of": the BMA named
 * before; "urged the council to": the Security Council), or undefined when none or several fit.
 */
export function describedGroupBefore(mentions: readonly RawMention[], word: string, before: number, except: number): number | undefined {
  const described = TARGET_DESCRIPTIONS.get(word) ?? DESCRIPTIONS.get(word);
  if (!described) return undefined;
  const names = new Map<string, number>();
  const speaker = mentions[except] ? nameOf(mentions[except]!) : undefined;
  mentions.forEach((m, i) => {
    if (m.end <= before && fitsDescription(described, m) && nameOf(m) !== speaker) names.set(nameOf(m), i);
  });
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/** Without a group that has spoken, at least this many mentions before the claim make one the group a description names. */
const MIN_MENTIONS = 2;

/**
 * The claims with a description as their speaker ("The company") given to the organisation it names,
 * when one stands out. One pass in text order over the mentions and the claims that spoke before.
 */
export function resolveDescribedSpeakers(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  const lineAt = (offset: number): number => layout.sentences[sentenceAt(layout, offset)]!.line;
  const asked = claims.map((c, i) => ({ c, i, described: "mention" in c.speaker ? undefined : descriptionOf(c.speaker.words) }))
    .filter((q) => q.described !== undefined).sort((a, b) => a.c.cueSpan.start - b.c.cueSpan.start);
  if (asked.length === 0) return [...claims];
  const descriptions = [...new Set([...DESCRIPTIONS.values(), THE_BANK, CENTRAL_BANK])];
  const spoken = new Map(descriptions.map((d) => [d, new Tally(d)]));
  const named = new Map(descriptions.map((d) => [d, new Tally(d)]));
  const byEnd = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.end - mentions[b]!.end);
  // (Not a provider of figures: "according to LSEG data" makes LSEG no voice the company's "The company also announced" could be.)
  const figures = (c: RawClaim): boolean => c.sourceSpan !== undefined && /\b(?:data|figures|estimates|statistics|numbers)$/i.test(layout.text.slice(c.sourceSpan.start, c.sourceSpan.end));
  const speakers = claims.filter((c) => "mention" in c.speaker && !figures(c)).sort((a, b) => a.cueSpan.start - b.cueSpan.start);
  const out = [...claims];
  let nextMention = 0;
  let nextSpeaker = 0;
  for (const { c, i, described } of asked) {
    const speaker = c.speaker as { words: string; start: number; end: number };
    for (; nextMention < byEnd.length && mentions[byEnd[nextMention]!]!.end <= speaker.start; nextMention++) {
      for (const tally of named.values()) tally.add(mentions, byEnd[nextMention]!);
    }
    for (; nextSpeaker < speakers.length && speakers[nextSpeaker]!.cueSpan.start < c.cueSpan.start; nextSpeaker++) {
      const m = (speakers[nextSpeaker]!.speaker as { mention: number }).mention;
      if (mentions[m]!.end <= speaker.start) for (const tally of spoken.values()) tally.add(mentions, m);
    }
    // The group that spoke last in this paragraph ("The Liberal Democrats want ... They say ... The party
    // says"), else the one that has spoken most ("Macrovision says ..." then "said the firm"), else the most mentioned one.
    const voices = spoken.get(described!)!;
    const mentioned = named.get(described!)!.best;
    const here = voices.latest >= 0 && lineAt(mentions[voices.latest]!.start) === lineAt(c.cueSpan.start) ? voices.latest : undefined;
    // "The US firm", "the German carmaker": a modifier sets it apart from the groups spoken of before ("Fiat
    // did not comment ... an alliance with General Motors. The US firm agreed"): after one that spoke in the
    // paragraph, the group of that kind named last.
    const modified = spokenFor(speaker.words).trim().split(/\s+/).length >= 3;
    const latest = named.get(described!)!.latest;
    // (A spokesperson's group is the one of its kind this paragraph named, if only one: "Shares of Lynas Rare Earths
    // jumped. A company spokesperson did not respond", not the chamber of commerce quoted a paragraph before.)
    const line = lineAt(c.cueSpan.start);
    const voiceOf = /\b(?:spokes(?:man|woman|person)|representative)\b/i.test(speaker.words);
    const namedHere = voiceOf && latest >= 0 && lineAt(mentions[latest]!.start) === line
      && new Set(mentions.filter((m) => m.end <= speaker.start && lineAt(m.start) === line && fitsDescription(described!, m)).map((m) => m.text)).size === 1 ? latest : undefined;
    const once = described!.namedOnce || (described!.onlyOneNamed && named.get(described!)!.names === 1);
    // (The group the article is about outweighs one that spoke once: "Boeing" named four times, the machinists' union
    // quoted once, then "The company has said it will cut 10% of its workforce".)
    // (Not for a union: "the union said" after the union spoke is the union, however often "Boeing" is named.)
    const voice = voices.best && !(described !== DESCRIPTIONS.get("union") && mentioned && mentioned.count >= 3 && mentioned.count >= 2 * named.get(described!)!.countOf(mentions, voices.best.last) && voices.best.count < 2)
      ? voices.best.last : undefined;
    // (One introduced by the description's own word outweighs one named more: "Irish publishing group Independent News &
    // Media is buying a stake in Indian newspaper company Jagran ... the group announced".)
    const best = described!.sentenceOnly ? undefined : modified ? here ?? (latest >= 0 ? latest : undefined)
      : here ?? namedHere ?? voice ?? introducedAs(layout, mentions, described!, speaker.words, speaker.start)
        ?? (mentioned && mentioned.count >= (once ? 1 : MIN_MENTIONS) ? mentioned.last : undefined);
    const chosen = best ?? onlyOneInSentence(layout, mentions, described!, speaker.start, c.quote !== null ? c.evidence : undefined)
      ?? (described!.sentenceOnly && !modified ? subjectOfSentenceBefore(layout, mentions, described!, speaker.start) : undefined);
    if (chosen !== undefined) {
      out[i] = { ...c, speaker: { mention: chosen }, sourceSpan: c.sourceSpan ?? { start: speaker.start, end: speaker.end } };
      // A description its own sentence resolves speaks as its group from then on: "Shares in Vantor fell after the
      // chipmaker warned ... The company said" (not one resolved from further away, which a second guess would compound).
      if (best === undefined) for (const tally of spoken.values()) tally.add(mentions, chosen);
    }
  }
  return out;
}

/**
 * The body opening the sentence before, its subject, for a description read only near its naming: "Ireland's Data
 * Protection Commission fined TikTok ... The regulator said".
 */
function subjectOfSentenceBefore(layout: TextLayout, mentions: readonly RawMention[], described: Described, before: number): number | undefined {
  const sentence = sentenceAt(layout, before);
  const previous = layout.sentences[sentence - 1];
  if (!previous || layout.lines[previous.line]!.heading) return undefined;
  const t = layout.tokens;
  // (Past "The" and a country's possessive: "Ireland's Data Protection Commission".)
  let k = previous.first;
  if (t[k]?.lower === "the") k++;
  const owner = mentions.findIndex((m) => m.firstToken === k && m.possessive);
  if (owner >= 0) k = mentions[owner]!.lastToken;
  const m = mentions.findIndex((x) => x.firstToken === k && !x.possessive);
  // (Not the first of a list: "The FCA and the Treasury met.")
  if (m < 0 || /^(?:and|or|,)$/.test(t[mentions[m]!.lastToken]?.lower ?? "")) return undefined;
  return fitsDescription(described, mentions[m]!) ? m : undefined;
}

/**
 * The last group named before `before` right after the description's own word, once is enough: "Low-cost airline
 * Ryanair cancelled ... The airline blamed", "Dutch chip equipment maker ASML".
 */
function introducedAs(layout: TextLayout, mentions: readonly RawMention[], described: Described, words: string, before: number): number | undefined {
  const head = words.trim().toLowerCase().split(/\s+/).pop()!;
  const t = layout.tokens;
  // (The word before the name says what it is, whatever its name holds: "the UN refugee agency UNHCR".)
  const tally = new Tally({ ...described, named: undefined });
  let found: number | undefined;
  mentions.forEach((m, i) => {
    if (m.end > before || t[m.firstToken - 1]?.lower !== head || t[m.firstToken - 1]!.cap) return;
    const seen = tally.latest;
    tally.add(mentions, i);
    if (tally.latest !== seen) found = i;
  });
  return found;
}

/**
 * The one group the description may name earlier in its own sentence, outside its quote and not the medium: "Shares in Nvidia
 * fell even though the chipmaker reported". Two or more ("Google bought YouTube, the company said") leave the words.
 */
function onlyOneInSentence(layout: TextLayout, mentions: readonly RawMention[], described: Described, before: number, quote: Span | undefined): number | undefined {
  const tally = new Tally(described);
  const sentence = layout.sentences[sentenceAt(layout, before)]!;
  const sentenceStart = layout.tokens[sentence.first]!.start;
  const names = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.start < sentenceStart || m.end > before || (quote && m.start >= quote.start && m.end <= quote.end)) return;
    // Not where it was said: "In a statement posted on Telegram, the group said"; nor an opponent: "for Saturday's FA Cup
    // tie against Wrexham, the club said".
    if (/^(?:on|via|through|over|against|v|vs|versus)$/i.test(layout.tokens[m.firstToken - 1]?.text ?? "")) return;
    const seen = tally.latest;
    tally.add(mentions, i);
    if (tally.latest !== seen) names.add(m.text);
  });
  return names.size === 1 ? tally.latest : undefined;
}

/**
 * The description a spokesperson or a statement speaks for, as "the <word>": "A spokeswoman for the council", "a company
 * spokesman", "A club statement"
 * ("Honda's spokesperson" is Honda, speaker.ts); the words themselves otherwise.
 */
function spokenFor(words: string): string {
  const w = words.trim().toLowerCase();
  const forThe = /^(?:a|an|the)\s+(?:spokes(?:man|woman|person)|representative)\s+(?:for|from)\s+the\s+([a-z]+)$/.exec(w);
  const before = /^(?:a|an|the)\s+([a-z]+)\s+(?:spokes(?:man|woman|person)|statement)$/.exec(w);
  return forThe ? `the ${forThe[1]}` : before ? `the ${before[1]}` : words;
}

/** The groups a description may name ("the company"), or undefined for other words. */
function descriptionOf(text: string): Described | undefined {
  const words = spokenFor(text);
  const w = words.toLowerCase().split(/\s+/);
  // "the company", and with a nationality, a size, a trade or a seat: "the Japanese carmaker", "the giant retailer", "the oil
  // giant", "the Munich-based company".
  const described = w.length === 2 || (w.length === 3 && (isDemonym(w[1]!) || SIZES.has(w[1]!) || TRADES.has(w[1]!) || w[1] === "us" || w[1] === "uk" || /^[a-z]+-(?:based|run|led|owned|backed|controlled)$/.test(w[1]!)))
    || (w.length === 4 && /^(?:south|north)$/.test(w[1]!) && isDemonym(w[2]!)) // "the South Korean company"
    || (w.length === 4 && isDemonym(w[1]!) && TRADES.has(w[2]!)) // "the Swiss food group"
    || (w.length === 4 && TRADES_OF_TWO.has(`${w[1]} ${w[2]}`)); // "the consumer goods giant"
  // ("the central bank": the one named before, "The Reserve Bank of Australia kept its cash rate ...".)
  if (words.trim() === "the Bank" || words.trim() === "The Bank") return THE_BANK;
  if (/^the central bank$/i.test(words.trim())) return CENTRAL_BANK;
  // (Or a possessive of the people just named: "Pilots at Nordavia will walk out ..., their union said".)
  return described && /^(?:the|their)$/.test(w[0]!) ? DESCRIPTIONS.get(w[w.length - 1]!) : undefined;
}

const TRADES = new Set(["oil", "energy", "tech", "technology", "mining", "drinks", "food", "telecoms", "media", "software",
  "chemicals", "drugs", "pharmaceutical", "pharmaceuticals", "retail", "fashion", "steel", "engineering", "defence", "defense",
  "construction", "travel", "tobacco", "banking", "insurance", "internet", "search", "games", "car", "aerospace", "utility",
  "gas", "chip", "property", "investment", "shipping", "logistics", "entertainment", "e-commerce", "social", "streaming",
  // "the militant group", "the rights group"
  "militant", "armed", "rebel", "islamist", "jihadist", "extremist", "campaign", "advocacy", "rights", "lobby", "pressure", "consumer",
  // "the paramilitary group", "the aid group", "the medical charity"
  "paramilitary", "separatist", "insurgent", "aid", "humanitarian", "medical", "environmental", "conservation"]);
const TRADES_OF_TWO = new Set(["consumer goods", "financial services", "private equity", "asset management", "fast food",
  "real estate", "health care", "mobile phone", "credit card", "food delivery", "budget airline", "oil services"]);
const SIZES = new Set(["giant", "largest", "biggest", "big", "small", "troubled", "struggling", "state-owned", "state-run"]);
