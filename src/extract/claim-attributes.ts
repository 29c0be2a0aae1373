// What issue #4 asks of a claim once it is found: whom the act is aimed at ("urged Erbil to ...",
// "rejected the Iraqi government demand"), the channel it went out on ("in a statement he tweeted",
// "told Rudaw TV"), the speaker's explicit stance, and whether the speech act itself is negated
// ("did not say", "never denied"). Read from the claim's spans, so it works whatever found the claim.
import type { Channel, Span, Stance } from "../types/index.ts";
import type { Token, TextLayout } from "./tokens.ts";
import type { RawClaim, RawClaimAttributes, RawMention } from "./types.ts";

/** Verbs whose object is the act's target; "told X" is an audience, so not here. */
const AIMED = /^(?:urg|appeal|call|ask|demand|warn|threaten|caution|reject|dismiss|oppos|condemn|critici[sz]|attack|denounc|blast|slam|mock|ridicul|disput|refut|blam|accus|deni|deny|defend|prais|thank|congratulat|welcom|back|support|endors|hail|applaud|commend|pledg|promis)/;
/** The head of a noun phrase that belongs to someone: "the Iraqi government demand", "a warning from X". */
const OWNED = new Set(["demand", "demands", "call", "calls", "request", "requests", "proposal", "proposals", "offer",
  "offers", "plan", "plans", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "warning",
  "warnings", "threat", "threats", "ultimatum", "statement", "statements", "report", "reports", "decision", "move",
  "charge", "charges", "criticism", "appeal", "request", "invitation", "initiative", "bid", "conditions", "terms"]);
const OPPOSE = /^(?:reject|dismiss|oppos|condemn|critici[sz]|attack|denounc|blast|slam|mock|ridicul|disput|refut|blam|accus|threaten)/;
const SUPPORT = /^(?:support|back|endors|prais|welcom|hail|applaud|congratulat|thank|defend|commend|accept|recogni[sz])/;
const NEUTRAL = new Set(["neutral", "impartial", "neutrality"]);
/** Words that may stand between a negation and the cue verb: "did not publicly say", "has never". */
const AUXILIARIES = new Set(["has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
  "did", "does", "do", "also", "ever", "yet", "publicly", "explicitly", "specifically", "directly", "actually",
  "been", "is", "was", "are", "were", "to", "be"]);
const NEGATORS = new Set(["not", "never", "neither", "nor", "declined", "refused", "refuses", "declines", "failed", "fails"]);
const SKIP_AFTER_CUE = new Set(["on", "also", "again", "today", "yesterday", "sunday", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "publicly", "strongly", "firmly", "repeatedly", "flatly", "openly", "all", "both"]);
/** Words that end the noun phrase after the verb: "rejected any negotiations until ...". */
const NP_ENDS = new Set(["with", "in", "on", "at", "until", "and", "or", "but", "to", "for", "about", "over", "against",
  "as", "because", "after", "before", "while", "since", "into", "that", "which", "who", "is", "was", "are", "were"]);
const DETERMINERS = new Set(["the", "a", "an", "any", "all", "its", "their", "his", "her", "that"]);

/** Channel words: a platform beats a form when both are named ("a statement he tweeted" is twitter). */
const PLATFORM: ReadonlyMap<string, Channel> = new Map([
  ["twitter", "twitter"], ["tweet", "twitter"], ["tweets", "twitter"], ["tweeted", "twitter"], ["tweeting", "twitter"],
  ["facebook", "facebook"], ["instagram", "social_media"], ["telegram", "social_media"], ["youtube", "social_media"],
  ["tiktok", "social_media"], ["whatsapp", "social_media"], ["television", "television"], ["tv", "television"],
  ["televised", "television"], ["radio", "radio"],
]);
const FORM: ReadonlyMap<string, Channel> = new Map([
  ["statement", "statement"], ["statements", "statement"], ["communique", "statement"], ["communiqué", "statement"],
  ["release", "statement"], ["interview", "interview"], ["interviews", "interview"], ["conference", "press"],
  ["briefing", "press"], ["reporters", "press"], ["journalists", "press"], ["speech", "speech"], ["address", "speech"],
  ["letter", "letter"], ["op-ed", "article"], ["column", "article"], ["editorial", "article"], ["article", "article"],
]);
/** Words kept with a channel word as its phrase: "in a joint statement", "issued a statement", "told reporters". */
const CHANNEL_LEAD = new Set(["in", "on", "at", "via", "through", "during", "a", "an", "the", "his", "her", "its",
  "their", "joint", "brief", "short", "written", "official", "separate", "new", "press", "news", "state", "live",
  "televised", "social", "media", "issued", "posted", "released", "published", "gave", "sent", "told", "to", "with"]);

/** Returns a function describing claims of one document: the token → mention index is built once. */
export function claimDescriber(layout: TextLayout, mentions: readonly RawMention[]): (claim: RawClaim) => RawClaimAttributes {
  const t = layout.tokens;
  const mentionAt = new Int32Array(t.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.firstToken; k < m.lastToken; k++) mentionAt[k] = i;
  });
  return (claim) => describe({ t, text: layout.text, mentions, mentionAt }, claim);
}

/** One claim's attributes; for many claims of a document use claimDescriber. */
export function describeClaim(layout: TextLayout, mentions: readonly RawMention[], claim: RawClaim): RawClaimAttributes {
  return claimDescriber(layout, mentions)(claim);
}

interface Doc {
  t: readonly Token[];
  text: string;
  mentions: readonly RawMention[];
  mentionAt: Int32Array;
}

/** Index of the first token starting at or after `offset`. */
function tokenAt(t: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function describe(doc: Doc, claim: RawClaim): RawClaimAttributes {
  const { t } = doc;
  const cueFirst = tokenAt(t, claim.cueSpan.start);
  const cueLast = Math.max(cueFirst + 1, tokenAt(t, claim.cueSpan.end));
  // The verb is the cue's last word, or its first in "calling on", "according to", "appealed to".
  const verb = /^(?:on|to|for)$/.test(t[cueLast - 1]!.lower) && cueLast - 1 > cueFirst ? cueLast - 2 : cueLast - 1;
  const sentence = t[cueFirst]!.sentence;
  const inSentence = (k: number): boolean => k >= 0 && k < t.length && t[k]!.sentence === sentence;
  const inContent = (k: number): boolean => t[k]!.start >= claim.evidence.start && t[k]!.end <= claim.evidence.end;
  const negated = isNegated(t, cueFirst, verb, inSentence);
  const verbWord = t[verb]!.lower;
  const speaker = "mention" in claim.speaker ? claim.speaker.mention : -1;
  const target = AIMED.test(verbWord) ? targetAfter(doc, cueLast, inSentence, speaker) : null;
  const channel = channelOf(doc, cueFirst, cueLast, inSentence, inContent);
  let stance: Stance | null = null;
  if (!negated) {
    if (OPPOSE.test(verbWord) || (claim.predicate === "denies" && target !== null)) stance = "oppose";
    else if (SUPPORT.test(verbWord) && claim.predicate !== "denies") stance = "support";
    else stance = stanceInContent(t, tokenAt(t, claim.evidence.start), inSentence);
  }
  return { target, channel: channel?.channel ?? null, channelSpan: channel?.span ?? null, stance, negated };
}

/** "did not say", "has never denied", "declined to confirm", "didn't say": the speech act is negated. */
function isNegated(t: readonly Token[], cueFirst: number, verb: number, inSentence: (k: number) => boolean): boolean {
  for (let k = verb - 1; k >= cueFirst - 5 && inSentence(k); k--) {
    const w = t[k]!.lower;
    if (NEGATORS.has(w) || /n[’']t$/.test(w) || w === "cannot") return true;
    if (!AUXILIARIES.has(w) && !/ly$/.test(w) && k < cueFirst) return false;
  }
  return false;
}

/**
 * The entity the act is aimed at, right after the verb: its object ("urged Erbil to"), the owner of the object
 * ("rejected Baghdad's demand", "rejected the Iraqi government demand", "a warning from X"), or the subject of a
 * demanded that-clause ("demanded that Kurdish authorities cancel").
 */
function targetAfter(doc: Doc, from: number, inSentence: (k: number) => boolean, speaker: number): number | null {
  const { t, mentionAt } = doc;
  let k = from;
  for (let guard = 0; guard < 4 && inSentence(k); guard++) {
    const w = t[k]!.lower;
    if (SKIP_AFTER_CUE.has(w) || /ly$/.test(w)) k++;
    else break;
  }
  if (t[k]?.lower === "that" || t[k]?.lower === "to" || t[k]?.lower === "for") k++;
  if (inSentence(k) && DETERMINERS.has(t[k]!.lower)) k++;
  // The noun phrase runs to its head; a mention in it (or after "from"/"by"/"of" its head) owns it.
  for (let j = k; j < k + 6 && inSentence(j); j++) {
    const m = mentionAt[j]!;
    if (m >= 0) return m === speaker ? null : m;
    const w = t[j]!.lower;
    if (OWNED.has(w)) {
      let n = j + 1;
      if (!/^(?:from|by|of)$/.test(t[n]?.lower ?? "")) return null;
      n++;
      if (inSentence(n) && DETERMINERS.has(t[n]!.lower)) n++;
      const owner = inSentence(n) ? mentionAt[n]! : -1;
      return owner >= 0 && owner !== speaker ? owner : null;
    }
    // Stop at anything that cannot be inside the noun phrase before its head.
    if (!t[j]!.word || !/^[\p{Ll}]/u.test(t[j]!.text) || NP_ENDS.has(w)) return null;
  }
  return null;
}

/** "it supports", "he would not accept", "we will remain neutral": a stance stated at the head of the content. */
function stanceInContent(t: readonly Token[], first: number, inSentence: (k: number) => boolean): Stance | null {
  let k = first;
  if (/^[“"‘]$/.test(t[k]?.text ?? "")) k++;
  if (!/^(?:it|he|she|they|we|i)$/.test(t[k]?.lower ?? "")) return null;
  let not = false;
  for (k++; k < first + 6 && inSentence(k); k++) {
    const w = t[k]!.lower;
    if (w === "not" || w === "never" || /n[’']t$/.test(w)) not = true;
    else if (NEUTRAL.has(w)) return "neutral";
    else if (OPPOSE.test(w)) return not ? null : "oppose";
    else if (SUPPORT.test(w)) return not ? "oppose" : "support";
    else if (!AUXILIARIES.has(w) && !/^(?:remain|remains|stay|stays|fully|strongly|firmly|still|continue|continues|to)$/.test(w)) return null;
  }
  return null;
}

interface ChannelFound {
  channel: Channel;
  span: Span;
}

/**
 * The channel named next to the cue ("said in a statement he tweeted", "told Rudaw TV", "said on Twitter"),
 * else before it in the attribution ("issued a statement calling on", "the official twitter account of X
 * posted"); never inside the content or a quote.
 */
function channelOf(doc: Doc, cueFirst: number, cueLast: number, inSentence: (k: number) => boolean, inContent: (k: number) => boolean): ChannelFound | null {
  const { t } = doc;
  const after: number[] = [];
  for (let k = cueFirst; k < cueLast + 10 && inSentence(k); k++) {
    if (inContent(k) || /^[“”"‘;:]$/.test(t[k]!.text)) break;
    if (t[k]!.text === "," && !/^(?:in|on|at|via)$/.test(t[k + 1]?.lower ?? "")) break;
    after.push(k);
  }
  const before: number[] = [];
  for (let k = cueFirst - 1; inSentence(k) && !inContent(k); k--) before.unshift(k);
  return channelIn(doc, after) ?? channelIn(doc, before);
}

function channelIn(doc: Doc, tokens: readonly number[]): ChannelFound | null {
  const { t, mentions, mentionAt } = doc;
  let best: { channel: Channel; platform: boolean } | null = null;
  let first = -1;
  let last = -1;
  const take = (channel: Channel, platform: boolean, from: number, to: number): void => {
    // Phrases far apart are different adjuncts: keep the nearest one's words.
    if (first >= 0 && from - last > 4) return;
    if (!best || (platform && !best.platform)) best = { channel, platform };
    let start = from;
    while (start > tokens[0]! && CHANNEL_LEAD.has(t[start - 1]!.lower) && from - start < 4) start--;
    let end = to;
    if (/^(?:account|accounts|feed|page|channel)$/.test(t[end + 1]?.lower ?? "") && tokens.includes(end + 1)) end++; // "its Twitter account"
    first = first < 0 ? start : Math.min(first, start);
    last = Math.max(last, end);
  };
  for (const k of tokens) {
    const w = t[k]!.lower;
    const m = mentionAt[k]!;
    const lead = t[k - 1]?.lower === "the" ? t[k - 2]?.lower : t[k - 1]?.lower;
    if (m >= 0 && /^(?:told|on|to|with)$/.test(lead ?? "") && mentions[m]!.firstToken === k && mentions[m]!.kind === "media") {
      // "told Reuters" is an interview; "told Rudaw TV" names the medium.
      let end = mentions[m]!.lastToken - 1;
      const nextWord = t[end + 1]?.lower ?? "";
      if (PLATFORM.has(nextWord) && tokens.includes(end + 1)) end++;
      const words = doc.text.slice(t[k]!.start, t[end]!.end).toLowerCase();
      const platform = /\b(?:tv|television)\b/.test(words) ? "television" : /\bradio\b/.test(words) ? "radio" : null;
      take(platform ?? "interview", platform !== null, k, end);
      continue;
    }
    const platform = PLATFORM.get(w);
    if (platform) take(platform, true, k, k); // also when named as an entity: "on Twitter"
    if (m >= 0) continue;
    const form = FORM.get(w);
    if (!form) continue;
    // Ambiguous nouns count only as the head of an adjunct: "in a televised address", "told reporters", "a news conference".
    const before = t[k - 1]?.lower ?? "";
    if (w === "address" && !/^(?:a|an|televised|radio|his|her|national)$/.test(before)) continue;
    if ((w === "reporters" || w === "journalists") && !/^(?:told|to|with)$/.test(before)) continue;
    if (w === "conference" && !/^(?:press|news)$/.test(before)) continue;
    if (w === "release" && before !== "press") continue;
    take(form, false, k, k);
  }
  if (!best || first < 0) return null;
  const found: { channel: Channel } = best;
  return { channel: found.channel, span: { start: t[first]!.start, end: t[last]!.end } };
}
