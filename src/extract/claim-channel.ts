// The channel a claim went out on, named next to its cue ("said in a statement he tweeted", "told Rudaw TV",
// "said on Twitter") or in its attribution ("issued a statement calling on"), normalised to CHANNELS with the
// words kept. Part of describeClaim (claim-attributes.ts).
import type { Channel, Span } from "../types/index.ts";
import type { Doc } from "./claim-attributes.ts";

/** Channel words: a platform beats a form when both are named ("a statement he tweeted" is twitter). */
const PLATFORM: ReadonlyMap<string, Channel> = new Map([
  ["twitter", "twitter"], ["tweet", "twitter"], ["tweets", "twitter"], ["tweeted", "twitter"], ["tweeting", "twitter"],
  ["facebook", "facebook"], ["instagram", "social_media"], ["telegram", "social_media"], ["youtube", "social_media"],
  ["tiktok", "social_media"], ["whatsapp", "social_media"], ["television", "television"], ["tv", "television"],
  ["televised", "television"], ["radio", "radio"],
]);
const FORM: ReadonlyMap<string, Channel> = new Map([
  ["statement", "statement"], ["statements", "statement"], ["communique", "statement"], ["communiqué", "statement"],
  ["release", "statement"], ["filing", "statement"], ["interview", "interview"], ["interviews", "interview"], ["conference", "press"],
  ["briefing", "press"], ["reporters", "press"], ["journalists", "press"], ["speech", "speech"], ["address", "speech"],
  ["letter", "letter"], ["op-ed", "article"], ["column", "article"], ["editorial", "article"], ["article", "article"],
  ["post", "social_media"], ["posts", "social_media"], ["note", "letter"], ["email", "letter"], ["call", "press"],
  ["memo", "letter"], ["podcast", "radio"], ["newspaper", "interview"], ["magazine", "interview"], ["agency", "interview"], ["report", "statement"],
  ["channel", "television"], ["broadcaster", "television"], ["station", "television"], ["message", "statement"],
]);
/** Words kept with a channel word as its phrase: "in a joint statement", "issued a statement", "told reporters". */
const CHANNEL_LEAD = new Set(["in", "on", "at", "via", "through", "during", "a", "an", "the", "his", "her", "its", "audio",
  "their", "joint", "brief", "short", "written", "separate", "new", "press", "news", "state", "live",
  "televised", "social", "media", "issued", "posted", "released", "published", "gave", "sent", "told", "to", "with",
  "public", "national", "local", "regional", "private", "satellite", "state-run", "state-owned", "online", "weekly", "daily",
  "regulatory", "stock", "exchange", "annual", "quarterly", "official", "formal", "court", "nightly", "video", "blog", "emailed", "monthly", "earnings", "latest", "recent", "final", "first", "interim"]);
/** Words of order kept only right before the channel's noun: "in a later post" (not "earlier on ZDF", "later told"). */
const ORDER_LEAD = /^(?:later|earlier|second|subsequent)$/;
/** Before these, a capitalised word is the outlet's name: "on ZDF public television", "a Holcim statement". */
const OUTLET_BEFORE = new Set(["on", "told", "the", "a", "an", "to", "in"]);

/** A platform named as a company, which may be the speaker or its employer ("Twitter said", "Facebook chief executive"). */
const NAMED_PLATFORM = /^(?:twitter|facebook|instagram|telegram|youtube|tiktok|whatsapp)$/;
const PLATFORM_LEAD = /^(?:on|via|through|to|a|an|the|his|her|its|their|official|own|in)$/;
const PLATFORM_THING = /^(?:accounts?|posts?|pages?|feeds?|videos?|messages?|live|statement|story|stories|thread|broadcast|channel|update|group)$/;

/** The platform's name is how it was said: "on Twitter", "took to Facebook", "a Telegram post", "its Twitter account". */
function inAdjunct(t: Doc["t"], k: number): boolean {
  return PLATFORM_LEAD.test(t[k - 1]?.lower ?? "") || PLATFORM_THING.test(t[k + 1]?.lower ?? "");
}

/** A word opening a clause of its own before the cue's: "when", "because"; "after"/"before" not before a determiner ("after the meeting"). */
function opensAClause(t: Doc["t"], k: number): boolean {
  const w = t[k]!.lower;
  if (w === "after" || w === "before") return !/^(?:a|an|the|his|her|its|their|this|that|last|next)$/.test(t[k + 1]?.lower ?? "");
  return w === "when" || w === "because" || w === "although" || w === "though" || w === "whereas";
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
export function channelOf(doc: Doc, cueFirst: number, cueLast: number, inSentence: (k: number) => boolean, inContent: (k: number) => boolean): ChannelFound | null {
  const { t } = doc;
  const after: number[] = [];
  for (let k = cueFirst; k < cueLast + 10 && inSentence(k); k++) {
    if (inContent(k) || /^[“”"‘;:]$/.test(t[k]!.text)) break;
    if (t[k]!.text === "," && !/^(?:in|on|at|via)$/.test(t[k + 1]?.lower ?? "")) break;
    after.push(k);
  }
  const before: number[] = [];
  // Only the cue's own clause: "His remarks, made to reporters ..., came hours after X said" gives X no channel.
  for (let k = cueFirst - 1; inSentence(k) && !inContent(k) && !opensAClause(t, k); k--) before.unshift(k);
  // "said that ..., in a speech marking the anniversary": a channel right after the content.
  const trailing: number[] = [];
  let k = cueLast;
  while (inSentence(k) && !inContent(k) && k < cueLast + 12) k++;
  while (inSentence(k) && inContent(k)) k++;
  // Or right after an act's object: "thanked Kenya in a post on X", "congratulated him on Twitter"; or after "according
  // to": 'urged senators to pass the bill "without further delay," according to a statement from press secretary X'.
  const past = /^[,”"]$/.test(t[k]?.text ?? "") ? (t[k + 1]?.text === "," ? k + 2 : k + 1) : k;
  const according = t[past]?.lower === "according" && t[past + 1]?.lower === "to" ? past + 2 : -1;
  const from = according >= 0 ? according : t[k]?.text === "," && t[k + 1]?.lower === "in" ? k + 1 : /^(?:in|on)$/.test(t[k]?.lower ?? "") ? k : -1;
  if (from >= 0 && inSentence(from)) for (let j = from; j < from + 6 && inSentence(j); j++) trailing.push(j);
  return channelIn(doc, after) ?? channelIn(doc, before) ?? channelIn(doc, trailing);
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
    while (start > tokens[0]! && from - start < 4) {
      const prev = t[start - 1]!;
      if (prev.lower === "to" && t[start - 2]?.lower === "according") break; // "according to a statement": the cue's own words
      if (!CHANNEL_LEAD.has(prev.lower) && !(prev.cap && OUTLET_BEFORE.has(t[start - 2]?.lower ?? "")) && !(ORDER_LEAD.test(prev.lower) && start === from)) break;
      start--;
    }
    let end = to;
    if (/^(?:account|accounts|feed|page|channel)$/.test(t[end + 1]?.lower ?? "") && tokens.includes(end + 1)) end++; // "its Twitter account"
    first = first < 0 ? start : Math.min(first, start);
    last = Math.max(last, end);
  };
  for (const k of tokens) {
    const w = t[k]!.lower;
    const m = mentionAt[k]!;
    const leadAt = t[k - 1]?.lower === "the" ? k - 2 : k - 1;
    const lead = t[leadAt]?.lower ?? "";
    // "according to Reuters": the outlet is the source, not a channel.
    const outlet = /^(?:told|on|to|with)$/.test(lead) && !(lead === "to" && t[leadAt - 1]?.lower === "according");
    if (m >= 0 && outlet && mentions[m]!.firstToken === k && mentions[m]!.kind === "media") {
      // "told Reuters" is an interview; "told Rudaw TV" names the medium.
      let end = mentions[m]!.lastToken - 1;
      const nextWord = t[end + 1]?.lower ?? "";
      if (PLATFORM.has(nextWord) && tokens.includes(end + 1)) end++;
      const words = doc.text.slice(t[k]!.start, t[end]!.end).toLowerCase();
      const platform = /\b(?:tv|television)\b/.test(words) ? "television" : /\bradio\b/.test(words) ? "radio" : null;
      take(platform ?? "interview", platform !== null, k, end);
      continue;
    }
    // "on X", the platform formerly Twitter, only as the object of "on" or of "took to".
    const platform = PLATFORM.get(w) ?? (t[k]!.text === "X" && (t[k - 1]?.lower === "on" || (t[k - 1]?.lower === "to" && /^(?:took|takes|take|taking)$/.test(t[k - 2]?.lower ?? ""))) ? "twitter" : undefined)
      ?? (t[k]!.text === "Truth" && t[k + 1]?.text === "Social" ? "social_media" : undefined) // Trump's platform
      ?? (w === "social" && t[k - 1]?.lower === "on" && /^(?:media|networks?)$/.test(t[k + 1]?.lower ?? "") ? "social_media" : undefined); // "said on social media"
    // "the television presenter Jeremy Clarkson": a person's trade, no channel.
    const trade = /^(?:presenter|host|reporter|journalist|star|personality|critic|producer|executive|chef|comedian|actor|actress)s?$/.test(t[k + 1]?.lower ?? "");
    // ("in a televised debate": the adjective's noun closes the channel's words.)
    const platformEnd = t[k]!.text === "Truth" || w === "social" || (w === "televised" && t[k + 1]?.word === true && !t[k + 1]!.cap) ? k + 1 : k;
    if (platform && !trade && !(NAMED_PLATFORM.test(w) && !inAdjunct(t, k))) take(platform, true, k, platformEnd); // also when named as an entity: "on Twitter"
    // "told 9News", "told WTVO", "told France Info": an outlet by its shape, which no list knows.
    if ((m < 0 || mentions[m]!.type !== "Person") && lead === "told" && leadAt === k - 1 && /^[\p{Lu}\d]/u.test(t[k]!.text)) {
      const next = t[k + 1]?.text ?? "";
      const outletShape = /^\d+\p{L}*News$/u.test(t[k]!.text) || /^[WK][A-Z]{2,3}(?:-TV)?$/.test(t[k]!.text) || /^(?:Info|News|TV|Radio|FM)$/.test(next);
      if (outletShape) {
        const end = /^(?:Info|News|TV|Radio|FM)$/.test(next) ? k + 1 : k;
        take(/\bTV\b/.test(doc.text.slice(t[k]!.start, t[end]!.end)) ? "television" : "interview", false, k, end);
        continue;
      }
    }
    if (m >= 0) continue;
    const form = FORM.get(w);
    if (!form) continue;
    // Ambiguous nouns count only as the head of an adjunct: "in a televised address", "told reporters", "a news conference".
    const before = t[k - 1]?.lower ?? "";
    if (w === "address" && !/^(?:a|an|televised|radio|his|her|national|video|nightly|weekly|new|year|year['’]s)$/.test(before)) continue;
    if ((w === "reporters" || w === "journalists") && !/^(?:told|to|with)$/.test(before)) continue;
    if (w === "conference" && !/^(?:press|news)$/.test(before)) continue;
    if (w === "release" && before !== "press") continue;
    // "on a call with analysts", "a conference call"; not the verb ("not to call the operation an invasion").
    if (w === "call" && !/^(?:a|an|the|his|her|its|their|phone|telephone|conference|earnings|video|investor|media)$/.test(before)) continue;
    // "said in a report published on Monday", "in its annual report": only as the head of "in ..." (not "the report said").
    const inA = (j: number): boolean => t[j]?.lower === "in" && /^(?:a|an|the|its|his|her|their|this)$/.test(t[j + 1]?.lower ?? "") && t.slice(j + 2, k).every((x) => x.word && !x.cap);
    if (w === "report" && ![k - 2, k - 3, k - 4].some(inA)) continue;
    // "In an audio message, Prigozhin said", "said in a video message": a message only as the head of "in ..." (a video
    // one on social media).
    if (w === "message") {
      if (![k - 2, k - 3, k - 4].some(inA)) continue;
      take(/^(?:video|audio|recorded|online|telegram)$/.test(before) ? "social_media" : "statement", false, k, k);
      continue;
    }
    // "asked about the letter", "questions over his statement": the topic, not how it was said.
    const topicAt = /^(?:a|an|the|his|her|its|their|this|that)$/.test(before) ? k - 2 : k - 1;
    if (/^(?:about|over|regarding|concerning|of)$/.test(t[topicAt]?.lower ?? "")) continue;
    // "told the Bild newspaper", "told state news agency INA"; not "the newspaper said", "according to a newspaper" (the source).
    const toldIt = (j: number): boolean => /^(?:told|tell|tells|telling|to|with)$/.test(t[j]?.lower ?? "") && t[j - 1]?.lower !== "according";
    // (So are "told the state-run Al Iraqiya channel", "told public broadcaster NHK"; not "the channel said".)
    // (Looked for only after an outlet's noun: this loop runs over every token of the cue's clause.)
    const outletNoun = /^(?:newspaper|magazine|agency|channel|broadcaster|station)$/.test(w);
    const toldAt = outletNoun ? [k - 1, k - 2, k - 3, k - 4, k - 5].find((j) => toldIt(j) && t.slice(j, k).every((x) => x.word)) : undefined;
    if (outletNoun && toldAt === undefined) continue;
    // (Its words from "told": "told the state-run Al Iraqiya channel".)
    // (Only after telling or speaking to it: not "as your train pulls in to the station".)
    if (toldAt !== undefined && /^(?:channel|broadcaster|station)$/.test(w)) {
      const told = /^tel(?:l|ls|ling)$|^told$/.test(t[toldAt]!.lower) || /^(?:said|says|spoke|speaks|speaking|talking|talked)$/.test(t[toldAt - 1]?.lower ?? "");
      if (told) take(form, false, toldAt, k);
      continue;
    }
    // "in a post", "a social media post"; not "refuses to quit his post".
    if ((w === "post" || w === "posts") && !/^(?:a|media|online|blog|facebook|instagram|later|separate|second|subsequent|earlier|new)$/.test(before)) continue;
    take(before === "blog" ? "article" : form, false, k, k); // a blog post is the company's article
  }
  if (!best || first < 0) return null;
  const found: { channel: Channel } = best;
  return { channel: found.channel, span: { start: t[first]!.start, end: t[last]!.end } };
}
