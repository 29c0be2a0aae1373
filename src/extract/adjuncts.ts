// What may stand between a cue and its content: "told Reuters on Sunday that", "said in a
// statement:", "said on Twitter". Skipping these finds where the content starts; the date of the
// speech act is read from them.
import { SAY_FORMS, type Cue } from "./cues.ts";
import { hasClass, W, WEEKDAY_NAMES } from "./lexicon.ts";
import { QUOTE_MARK } from "./quotes.ts";
import type { ClaimContext } from "./speaker.ts";

const TIME_WORDS = new Set(["today", "yesterday", "tonight", "earlier", "later", "again", "also", "publicly",
  "previously", "repeatedly", "recently", "separately", "privately", "firmly", "late", "early", "overnight", "then", "afterwards", "afterward", "subsequently", "immediately"]);
const PERIODS = new Set(["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"]);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const MONTH_NAMES = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const MEDIA = new Set(["twitter", "facebook", "television", "tv", "radio", "instagram", "telegram", "youtube", "x"]);
const STATEMENT = new Set(["statement", "interview", "tweet", "tweets", "speech", "letter", "message", "post",
  "briefing", "address", "communique", "video", "broadcast", "report", "editorial", "article", "op-ed", "blog", "release",
  "filing", "memo", "newsletter", "notice", "testimony", "presentation", "submission", "prospectus", "circular",
  "call", "note", "email", "podcast", "column", "essay", "evidence", "debate"]);
/** A court's or an official's writings, channels only after "in" ("wrote in his decision that"): "said a decision had ..." is content. */
const WRITINGS = new Set(["decision", "ruling", "judgment", "judgement", "verdict", "opinion", "dissent", "order", "complaint",
  "lawsuit", "indictment", "motion", "brief"]);
/** Plural audiences told something: "told reporters", "told analysts on a call". */
const AUDIENCE_PLURALS = new Set(["reporters", "journalists", "lawmakers", "mps", "legislators", "supporters", "delegates",
  "analysts", "investors", "shareholders", "students", "voters", "employees", "staff", "workers", "diplomats", "donors",
  "listeners", "viewers", "colleagues", "senators", "troops", "soldiers", "residents"]);
const ADDRESSEES = new Set([...AUDIENCE_PLURALS, "parliament", "a", "an", "the", "state", "local", "news", "media", "agency", "broadcaster",
  "newspaper", "crowd"]);

/**
 * ", in a statement posted online,", ", in an interview with the BBC,": an aside on how the subject spoke,
 * tokens[a, end) after a comma; the statement word within four words of "in".
 */
export function statementAside(t: ClaimContext["layout"]["tokens"], a: number, end: number): boolean {
  if (t[a]?.lower !== "in" || !CHANNEL_DETERMINERS.has(t[a + 1]?.lower ?? "")) return false;
  for (let k = a + 2; k < Math.min(end, a + 5); k++) if (STATEMENT.has(t[k]!.lower)) return true;
  return false;
}

/** Prepositions of where a speaker spoke: "in court", "outside party headquarters". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "outside", "inside", "after", "before", "following", "during", "from"]);

/** Prepositions of the occasion a speaker spoke at: "after the hearing", "outside the court". */
const OCCASIONS = new Set(["after", "before", "following", "during", "outside", "ahead", "aboard"]);

/** Words before a channel: "in a statement", "in its annual report", "in his speech". */
const CHANNEL_DETERMINERS = new Set(["a", "an", "the", "its", "his", "her", "their", "our", "this", "that"]);

/** Heads of an audience told something: "told a shareholder meeting", "told a news conference". */
const AUDIENCES = new Set(["meeting", "conference", "briefing", "rally", "committee", "hearing", "gathering", "audience", "session",
  "seminar", "forum", "summit", "congress", "convention", "symposium", "assembly", "panel", "reception", "ceremony",
  "court", "jury", "inquiry", "tribunal", "trial", "inquest", "magistrates", "crowd", "chamber", "senate", "parliament",
  "council", "board", "investors", "shareholders", "analysts", "staff", "workers", "employees", "fans", "viewers",
  "listeners", "students", "members", "nation", "public"]);

/**
 * The "that" closing an addressee and its adjuncts ("investors in a letter on Monday that"), when it
 * comes within fourteen words with no verb, quote, comma (but a place's), "to" or "for" before it ("asked for an inquiry to
 * look into claims that" asks no one), and is not a noun's ("claims that"); else `k`.
 */
function addresseeBeforeThat(ctx: ClaimContext, k: number, limit: number): number {
  const t = ctx.layout.tokens;
  for (let j = k; j < limit && j < k + 14; j++) {
    const w = t[j]!;
    if (w.lower === "that") return j > k ? j : k;
    // "told an audience at the company's headquarters in Cupertino, California, that": a place's commas.
    const placeComma = w.text === "," && ((ctx.mentionAt[j - 1] ?? -1) >= 0 && ctx.mentions[ctx.mentionAt[j - 1]!]!.type === "Place");
    // "told his Turkish counterpart, Hakan Fidan, in a phone call that": the commas around a person named in apposition.
    const before = ctx.mentions[ctx.mentionAt[j - 1] ?? -1];
    const after = ctx.mentions[ctx.mentionAt[j + 1] ?? -1];
    const personComma = w.text === "," && ((after?.type === "Person" && after.firstToken === j + 1) || (before?.type === "Person" && before.lastToken === j));
    if (placeComma || personComma) continue;
    if (w.text === "(" && t[j + 2]?.text === ")") { // "the Kurdistan Regional Government (KRG) that"
      j += 2;
      continue;
    }
    // A noun's "that" ("claims that"), not a compound's first word ("news agency that"); "Fox News that" is a name.
    if (!w.word || ctx.quoted[j] || w.lower === "to" || w.lower === "for" || (THAT_NOUNS.has(w.lower) && !w.cap && t[j + 1]?.lower === "that")) return k;
    // "told visiting US Secretary of State Marco Rubio that": a modifier of the addressee, no verb.
    // (Not an adjective after an article: "from an undisclosed location that".)
    // (Nor a noun after an article and its modifier: "at a victory party in Brooklyn that".)
    const adjective = /^(?:a|an|the)$/.test(t[j - 1]?.lower ?? "") || (/^(?:a|an|the)$/.test(t[j - 2]?.lower ?? "") && t[j - 1]!.word && !t[j - 1]!.cap);
    // (An -ing word right before its "that" is the addressee's noun or the act written: "told a Labour Party gathering
    // that", "wrote to ministers warning that", cues.ts.)
    if (/^[a-z]{3,}ing$/.test(w.lower) && t[j + 1]?.lower === "that") continue;
    // (A past in "-ed", not a noun ending so: "from his hospital bed that".)
    if (!w.cap && !adjective && !ADDRESSEE_MODIFIERS.has(w.lower) && (/^[a-z]{3,}ed$/.test(w.lower) || (hasClass(w.lower, W.verb) && !hasClass(w.lower, W.noun)))) return k;
  }
  return k;
}

/** Sentence adverbs set off by commas between a cue and its "that": "warned, however, that". */
const ASIDE_ADVERBS = new Set(["however", "though", "too", "also", "again", "meanwhile", "nevertheless", "moreover", "separately", "instead", "previously", "later"]);


/** What an outlet told is: "Bild newspaper", "Der Spiegel magazine". */
const OUTLET_KINDS = new Set(["newspaper", "magazine", "daily", "weekly", "television", "tv", "radio", "channel", "website", "broadcaster", "agency"]);

const ADDRESSEE_MODIFIERS = new Set(["visiting", "outgoing", "incoming", "former", "fellow", "retired", "acting", "state", "public"]);

const THAT_NOUNS = new Set(["claims", "claim", "reports", "report", "allegations", "suggestions", "fears", "concerns", "rumours",
  "rumors", "news", "speculation", "evidence", "assurances", "assurance", "promises", "warnings", "signs", "hopes", "belief", "view"]);

/** Lower-case nouns that end a possessed addressee: "GMTV's Sunday programme", "the company's shareholders". */
const ADDRESSEE_HEADS = new Set([...OUTLET_KINDS, ...AUDIENCE_PLURALS, ...AUDIENCES, "programme", "program", "show", "podcast",
  "bulletin", "edition", "series", "broadcast", "interview", "website", "blog", "channel", "newsletter", "correspondent", "reporter",
  "interviewer", "editor"]);

/**
 * End of what follows a possessive addressee: "told Radio 4's World at One he thought" stops before "he", "told BBC
 * Radio 4's Today programme Mr Blair had" before "Mr": capitalised words, "at", "of", "the", "with" before them, up to a head noun
 * ("the company's annual meeting").
 */
function possessedAddresseeEnd(ctx: ClaimContext, from: number, limit: number): number {
  const t = ctx.layout.tokens;
  let k = from;
  while (k < limit && k < from + 6 && t[k]!.word && !ctx.quoted[k]) {
    const w = t[k]!;
    if (ADDRESSEE_HEADS.has(w.lower)) return k + 1;
    if (w.cap || (/^(?:at|of|the|with)$/.test(w.lower) && t[k + 1]?.cap)) k++; // "Breakfast with Frost", "the World at One"
    else {
      // "the company's annual general meeting", "USA TODAY's weekly video newsmaker series": modifiers before the head.
      for (let j = k + 1; j < limit && j < k + 4 && t[j]!.word && !t[j]!.cap; j++) if (ADDRESSEE_HEADS.has(t[j]!.lower)) return j + 1;
      break;
    }
  }
  return k;
}

/** Spans of time after "for": "warned for months that", "for some time". */
const DURATION = /^(?:days|weeks|months|years|decades|time|while|year|decade)$/;

/** What opens the content after "told the Guardian" (not "told the Biblical story of"). */
const CLAUSE_OPENERS = /^(?:that|the|a|an|he|she|they|it|we|i|his|her|their|its|there|this|these)$/;

/** Index of the first token after the adjuncts following `cue` (before `limit`). */
export function skipAdjuncts(ctx: ClaimContext, cue: Cue, limit: number): number {
  const t = ctx.layout.tokens;
  const word = (k: number): string => (k < limit ? t[k]!.lower : "");
  // "his podcast", "his Truth Social platform", "its Telegram channel", "her X account": up to two capitalised words,
  // then the channel's noun; the index past it, or -1.
  const channelEnd = (from: number): number => {
    let j = from;
    while (j < limit && j < from + 2 && t[j]!.cap && !ctx.quoted[j]) j++;
    return /^(?:podcast|show|programme|program|blog|website|channel|platform|account|page|feed|site)$/.test(word(j)) ? j + 1 : -1;
  };
  let k = cue.last;
  if (cue.addressee) {
    // "said to media representatives:", "said to reporters that": "to" opens the addressee of a verb of saying.
    if (word(k) === "to" && SAY_FORMS.has(t[cue.last - 1]!.lower)) {
      k++;
      // The addressee up to the colon or "that" opening the content: "said to media representatives:".
      for (let j = k; j < limit && j < k + 6 && t[j]!.word && !ctx.quoted[j]; j++) {
        if (word(j + 1) === "that" || t[j + 1]?.text === ":") {
          k = j + 1;
          break;
        }
      }
    }
    // "told Reuters", "told reporters", "told the BBC", "told state television"
    const m = ctx.mentionAt[k] ?? -1;
    if (m >= 0) {
      k = ctx.mentions[m]!.lastToken;
      // "asked Italy and France for help": both are addressed.
      while ((word(k) === "and" || word(k) === "or") && (ctx.mentionAt[k + 1] ?? -1) >= 0 && !ctx.mentions[m]!.possessive) k = ctx.mentions[ctx.mentionAt[k + 1]!]!.lastToken;
      if (OUTLET_KINDS.has(word(k))) k++; // "told Der Spiegel magazine"
      // "told GMTV's Sunday programme": the addressee goes on after a possessive.
      if (ctx.mentions[m]!.possessive) {
        // "told CBS's “Face the Nation” that": a programme's title in quotes, up to the "that" after it.
        let j = k;
        while (j < limit && j < k + 10 && (t[j]!.word || QUOTE_MARK.test(t[j]!.text)) && t[j]!.lower !== "that") j++;
        if (word(j) === "that" && t.slice(k, j).some((w) => QUOTE_MARK.test(w.text))) k = j;
        else k = possessedAddresseeEnd(ctx, k, limit);
      }
    } else if (word(k) === "the" && t[k + 1]?.cap && t[k + 1]!.word && !ctx.quoted[k + 1] && (CLAUSE_OPENERS.test(word(k + 2)) || OUTLET_KINDS.has(word(k + 2)))) {
      // "told the Guardian the officer had fired", "told the Gazette she would": a paper named with its article, no name
      // the recogniser knew (and its kind and name after it: "told the Sun newspaper", "told the Argentine newspaper Clarin").
      k += 2;
      if (OUTLET_KINDS.has(word(k))) {
        k++;
        while (k < limit && t[k]!.cap && t[k]!.word && !ctx.quoted[k]) k++;
      }
    } else {
      const from = k;
      // "told reporters the Kurds ...": after a plural addressee a determiner opens the content.
      while (k < limit && ADDRESSEES.has(word(k)) && !(k > from && (AUDIENCE_PLURALS.has(word(k - 1)) || /^(?:parliament|crowd|media)$/.test(word(k - 1))))) k++;
      if (k > from && OUTLET_KINDS.has(word(k))) k++; // "told state television last week that"
      const m2 = ctx.mentionAt[k] ?? -1;
      // "telling Bild newspaper it would help", "told Der Spiegel magazine": an outlet by its kind, named or not.
      let outlet = k;
      while (outlet < limit && outlet < k + 3 && t[outlet]!.cap && !ctx.quoted[outlet]) outlet++;
      if (outlet > k && OUTLET_KINDS.has(word(outlet))) k = outlet + 1;
      else if (outlet > k && t[outlet]?.text === ":") k = outlet; // "told Daily Record: “...”"
      else if (m2 >= 0) k = ctx.mentions[m2]!.lastToken;
      else if (k > from) {
        // "told a shareholder meeting", "told a parliamentary committee": an audience after its modifiers.
        let j = k;
        // (Not past the "that" opening the content: "told reporters that staff were crying".)
        while (j < limit && j < k + 3 && t[j]!.word && !AUDIENCES.has(word(j)) && word(j) !== "that") j++;
        if (AUDIENCES.has(word(j))) {
          k = j + 1;
          // "told a rally of about 1,000 union workers that", "told a news conference at Cairo airport:"
          for (let i = k; i < limit && i < k + 10 && !ctx.quoted[i] && word(i) !== ","; i++) {
            if (word(i) === "that" || word(i) === ":") {
              k = i;
              break;
            }
          }
        }
      }
    }
    if (word(k) === "news" && OUTLET_KINDS.has(word(k + 1))) k += 2; // "told the Reuters news agency:"
    // "told investors in a letter on Monday that", "told the club's website that": any addressee, up to a "that" before any verb.
    if (word(k) !== "that" && word(k) !== ":") k = Math.max(k, addresseeBeforeThat(ctx, cue.last, limit));
  }
  // "said after the hearing: “...”", "told reporters outside the court that": the occasion, up to the ":" or "that" it ends at.
  const occasionEnd = (from: number): number => {
    for (let j = from + 2; j < limit && j < from + 6; j++) {
      if (word(j) === "that" || t[j]!.text === ":") return j;
      if (!t[j]!.word || ctx.quoted[j]) return 0;
    }
    return 0;
  };
  // "said outside court that", "argued in mitigation that", "told supporters outside party headquarters in Ankara that":
  // where or at what they spoke, a phrase of no verb up to its "that".
  const placeBeforeThat = (from: number): number => {
    // (Not "reported at least 20 victims at a centre that".)
    if (!PLACE_PREPOSITIONS.has(word(from)) || !t[from + 1]?.word || ctx.quoted[from + 1] || word(from + 1) === "least") return 0;
    const that = addresseeBeforeThat(ctx, from + 1, limit);
    // (Not a relative "that": "in the city that never sleeps".)
    const after = t[that + 1];
    const relative = !after || /^(?:never|always|also|still|is|was|has|had|will|would|can|could|may|might)$/.test(after.lower) || (!after.cap && hasClass(after.lower, W.verb) && !hasClass(after.lower, W.noun));
    return word(that) === "that" && that >= from + 2 && that - from <= 8 && !relative ? that : 0;
  };
  // "warned the Kurdistan Regional Government (KRG) that", "assured investors that": whom the act is aimed at.
  if (!cue.addressee && /^(?:warn|assur|remind|inform|notif|promis|reassur|persuad|convinc)/.test(t[cue.last - 1]!.lower) && word(k) !== "that") {
    const that = addresseeBeforeThat(ctx, k, limit);
    if (word(that) === "that") k = that;
  }
  let placed = 0;
  for (let guard = 0; guard < 8 && k < limit; guard++) {
    const w = word(k);
    const next = word(k + 1);
    // "called for early elections": "early" and "late" before a noun are its adjectives, not the time of speaking.
    const adjective = (w === "early" || w === "late") && !/^(?:on|in|last|this|next|yesterday|today|tonight|that|,)$/.test(next) && !WEEKDAY_NAMES.has(next) && !MONTHS.test(next);
    if ((WEEKDAY_NAMES.has(w) || TIME_WORDS.has(w)) && !adjective) {
      k++;
      if (WEEKDAY_NAMES.has(w) && /^(?:morning|afternoon|evening|night)$/.test(word(k))) k++; // "on Tuesday evening"
    }
    else if ((w === "on" || w === "late" || w === "early") && (WEEKDAY_NAMES.has(next) || MONTHS.test(next) || next === "on")) k++;
    else if (w === "on" && /^\d{1,2}$/.test(next) && MONTHS.test(word(k + 2)) && t[k + 2]!.cap) k += /^\d{4}$/.test(word(k + 3)) ? 4 : 3; // "said on 12 February 2024 that"
    else if ((w === "this" || w === "last" || w === "next") && (PERIODS.has(next) || MONTH_NAMES.has(next) || WEEKDAY_NAMES.has(next))) k += 2;
    else if (MONTHS.test(w) && t[k]!.cap && (t[k + 1]?.text === "." || /^\d{1,2}$/.test(t[k + 1]?.text ?? ""))) {
      k++;
      if (word(k) === ".") k++;
      if (/^\d{1,2}$/.test(word(k))) k++;
    } else if (w === "in" && (MONTH_NAMES.has(next) || /^\d{4}$/.test(next)) && (next !== "may" || t[k + 1]!.cap)) {
      k += 2; // "warned in July that", "said in 2015"
      if (/^\d{4}$/.test(word(k))) k++;
    } else if (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|several)$/.test(w) && /^(?:days?|weeks?|months?|years?)$/.test(next) && word(k + 2) === "ago") k += 3; // "said two days ago that"
    else if (w === "at" && next === "the" && /^(?:time|weekend)$/.test(word(k + 2)) && word(k + 3) !== "of") k += 3; // "said at the time"
    else if (w === "within" && /^(?:hours|minutes|days|weeks|moments)$/.test(next) && (word(k + 2) === "that" || word(k + 2) === ",")) k += 2; // "said within hours that"
    else if (w === "for" && DURATION.test(next) && word(k + 2) === "that") k += 2; // "have warned for months that"
    else if (w === "for" && /^(?:some|many|several|a|the|two|three|four|five|ten)$/.test(next) && DURATION.test(word(k + 2)) && word(k + 3) === "that") k += 3; // "for some time that", "for the past year"
    else if (w === "on" && MEDIA.has(next)) k += 2;
    else if (w === "on" && CHANNEL_DETERMINERS.has(next) && channelEnd(k + 2) > 0) k = channelEnd(k + 2); // "said on his podcast that", "on his Truth Social platform"
    else if (w === "by" && /^(?:phone|telephone|email|e-mail|text|letter|video)$/.test(next)) k += next === "video" && word(k + 2) === "link" ? 3 : 2; // "told Reuters by phone"
    else if (w === "on" && next === "truth" && word(k + 2) === "social") k += 3; // Trump's platform
    else if (w === "on" && next === "social" && /^(?:media|networks?)$/.test(word(k + 2))) k += 3; // "said on social media that"
    else if (w === "on" && next === "state" && MEDIA.has(word(k + 2))) k += 3;
    else if ((w === "in" || w === "at") && (CHANNEL_DETERMINERS.has(next) || (w === "in" && next === "written"))) {
      // "in a statement", "in a televised address", "at a news conference", "in its latest Beige Book report",
      // "in written evidence published on Thursday that"
      let j = next === "written" ? k + 1 : k + 2;
      // "at a launch event in Seoul", "at a rally": an occasion after "at".
      // ("in a televised debate late Sunday", not "in the debate spin room".)
      const debate = (i: number): boolean => word(i) === "debate" && (!t[i + 1]?.word || /^(?:that|on|late|last|this|earlier|in|at|with|against|when)$/.test(word(i + 1)));
      const channelWord = (i: number): boolean => (STATEMENT.has(word(i)) && word(i) !== "debate") || debate(i) || word(i) === "conference" || (w === "in" && WRITINGS.has(word(i)))
        || (w === "at" && (word(i) === "event" || AUDIENCES.has(word(i))));
      while (j < limit && j < k + 6 && !channelWord(j)) j++;
      if (j < limit && channelWord(j)) {
        while (j + 1 < limit && STATEMENT.has(word(j + 1))) j++; // "in his nightly video address"
        k = j + 1;
        // "in an interview with ZDF television that", "in a statement to parliament that": its addressee, up to "that";
        // "in a televised speech from an undisclosed location that": where it came from.
        if (word(k) === "with" || word(k) === "to" || word(k) === "from") {
          const that = addresseeBeforeThat(ctx, k + 1, limit);
          // "..., the automaker said in a filing with the National Highway Traffic Safety Administration.": a name to the
          // end, no content after it (the content is before the speaker).
          const nameToEnd = word(that) !== "that" && limit - k <= 12 && t.slice(k + 1, limit).every((w, i) => (ctx.mentionAt[k + 1 + i] ?? -1) >= 0 || (w.word && !w.cap && /^(?:the|its|his|her|their|us|federal|state)$/.test(w.lower)));
          k = nameToEnd ? limit : Math.max(k, that);
        }
        // "in a video posted to the platform that", "in a statement released on Sunday that",
        // "in the seven page complaint, filed on 13 December, that", "in a confidential report seen by Reuters that".
        else {
          const p = word(k) === "," ? k + 1 : k;
          if (/^(?:posted|released|published|shared|uploaded|issued|filed|lodged|submitted|sent|signed|dated|carried|broadcast|aired|circulated|distributed|seen|obtained|reviewed|read)$/.test(word(p))
            && /^(?:to|on|online|by|late|earlier|in|with|at|last|this|through|via)$/.test(word(p + 1))) {
            let that = p + 2;
            while (that < limit && that < p + 10 && word(that) !== "that" && (t[that]!.word || t[that]!.text === ",") && !ctx.quoted[that]) that++;
            // "..., the family said in a statement sent to the AFP news agency.": to the end, the content before the speaker.
            if (word(that) === "that" || that >= limit) k = that;
          }
        }
      } else if ((placed = placeBeforeThat(k)) > 0) k = placed; // "in mitigation that", "in the courtroom that"
      else break;
    } else if (w === "in" && (ctx.mentionAt[k + 1] ?? -1) >= 0 && ctx.mentions[ctx.mentionAt[k + 1]!]!.type === "Place") {
      k = ctx.mentions[ctx.mentionAt[k + 1]!]!.lastToken; // "said in Baghdad"
    } else if ((w === "to" || w === "with") && (next === "reporters" || next === "journalists")) k += 2;
    else if (w === "to" && /^(?:confirmed|confirms|said|says|explained|admitted|revealed|stressed|insisted|announced|declared|denied|denies|suggested|complained|boasted|conceded|confided|indicated|signalled|signaled)$/.test(t[cue.last - 1]!.lower)
      && (CHANNEL_DETERMINERS.has(next) || t[k + 1]?.cap) && word(addresseeBeforeThat(ctx, k + 1, limit)) === "that") {
      k = addresseeBeforeThat(ctx, k + 1, limit); // "confirmed to the European Parliament last month that"
    } else if (w === "to" && /^(?:wrote|writes|write|writing)$/.test(t[cue.last - 1]!.lower) && (CHANNEL_DETERMINERS.has(next) || t[k + 1]?.cap || /^[a-z]+[^s']s$/.test(next))) {
      // "wrote to the court that ...": whom they wrote to; "Several victims also wrote to the court." says nothing.
      // (Also a bare plural: "wrote to ministers warning that".)
      const that = addresseeBeforeThat(ctx, k + 1, limit);
      k = word(that) === "that" ? that : limit;
    }
    else if (STATEMENT.has(w) && (t[k - 1]?.lower === "posted" || t[k - 1]?.lower === "issued")) k++;
    else if ((w === "a" || w === "an") && STATEMENT.has(next)) k += 2;
    else if (OCCASIONS.has(w) && (CHANNEL_DETERMINERS.has(next) || (w === "aboard" && t[k + 1]!.cap)) && occasionEnd(k) > 0) k = occasionEnd(k);
    else if (w === ",") {
      // "reported on Tuesday, citing unnamed officials, that": the source it cites, up to its "that"; or a time
      // between commas: "told Fox News on Tuesday, before the ruling, that".
      if (next === "citing" || next === "quoting" || /^(?:before|after|during|following|ahead)$/.test(next)) {
        let j = k + 2;
        while (j < limit && j < k + 12 && !(t[j]!.text === "," && word(j + 1) === "that") && !ctx.quoted[j]) j++;
        if (t[j]?.text === "," && word(j + 1) === "that") {
          k = j + 1;
          continue;
        }
      }
      // ", on Sunday, that": a comma between adjuncts; not the comma before a participle.
      if (/ing$/.test(next) || next === "" || next === "and" || next === "but") break;
      if (WEEKDAY_NAMES.has(next) || next === "on" || next === "in" || next === "that" || next === "earlier") k++;
      else if (ASIDE_ADVERBS.has(next) && word(k + 2) === ",") k += 2; // "warned, however, that"
      else if (/^[a-z]{3,}ly$/.test(next) && word(k + 2) === "," && word(k + 3) === "that") k += 2; // "claimed, falsely, that"
      else break;
    } else if ((placed = placeBeforeThat(k)) > 0) k = placed;
    else break;
  }
  if (word(k) === "that" || t[k]?.text === ":" || (t[k]?.text === "," && k + 1 < limit && /^[“"]$/.test(t[k + 1]!.text))) k++;
  else if (word(k) === "for" && /^call/.test(t[cue.first]!.lower) && cue.last === cue.first + 1) k++; // "called on Wednesday for"
  return k;
}

/** Parts of the day after a weekday: "on Sunday evening". */
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);

/**
 * Where a date adjunct ending at `to` starts, or -1: "on Sunday (evening)", "yesterday", "last week", "earlier this
 * month". Not a day of the month ("an election on 5 May", "the friendly on 17 November" date the thing named), nor
 * "this year", "later this year" or a period after a preposition or number ("from 3.9% this year", "than last year").
 */
function dateAdjunctStart(t: ClaimContext["layout"]["tokens"], from: number, to: number): number {
  let k = to - 1;
  if (k > from && DAY_PARTS.has(t[k]!.lower) && WEEKDAY_NAMES.has(t[k - 1]!.lower)) k--;
  const w = t[k]?.lower ?? "";
  if (/^(?:yesterday|today)$/.test(w)) return k > from && /^(?:late|early|earlier)$/.test(t[k - 1]!.lower) ? k - 1 : k;
  if (PERIODS.has(w)) {
    const start = t[k - 1]?.lower === "last" ? k - 1 : t[k - 1]?.lower === "this" && t[k - 2]?.lower === "earlier" ? k - 2 : -1;
    const before = t[start - 1];
    return start > from && before !== undefined && before.word && !/^\d/.test(before.text) && !hasClass(before.lower, W.preposition) && before.lower !== "than" ? start : -1;
  }
  if (!WEEKDAY_NAMES.has(w) || k - 1 <= from || t[k - 1]!.lower !== "on") return -1;
  return k - 2 > from && /^(?:late|early)$/.test(t[k - 2]!.lower) ? k - 2 : k - 1;
}

/** Where a channel adjunct ending at `to` starts ("in a post on X", "in a statement", "on Twitter", "on state television"), or -1. */
function channelAdjunctStart(t: ClaimContext["layout"]["tokens"], from: number, to: number): number {
  let end = to;
  // "... on X", "... on Twitter": the platform, alone or after the post it names.
  if (end - 2 >= from && t[end - 2]!.lower === "on" && MEDIA.has(t[end - 1]!.lower) && (t[end - 1]!.cap || t[end - 1]!.lower === "television")) {
    if (!STATEMENT.has(t[end - 3]?.lower ?? "")) return end - 2 > from ? end - 2 : -1;
    end -= 2;
  }
  if (end - 3 >= from && t[end - 3]!.lower === "on" && t[end - 1]!.lower === "television") return end - 3 > from ? end - 3 : -1; // "on state television"
  if (!STATEMENT.has(t[end - 1]?.lower ?? "")) return -1;
  // "in a (joint|televised|...) statement": "in", a determiner, up to two modifiers, the statement word.
  for (let k = end - 2; k >= Math.max(from + 1, end - 5); k--) {
    if (t[k]!.lower === "in" && CHANNEL_DETERMINERS.has(t[k + 1]?.lower ?? "")) return k;
    if (!t[k]!.word) return -1;
  }
  return -1;
}

/**
 * Where the adjuncts of time and channel closing an act's object start: "thanked Kenya in a post on X on
 * Sunday", "condemned the attack on Monday" (the act's, not the object's); `to` when there are none. Only
 * for a noun phrase object (no "that"- or "to"-clause, nothing that reads as a clause).
 */
export function objectAdjunctsStart(t: ClaimContext["layout"]["tokens"], from: number, to: number): number {
  // "after his winner on Wednesday", "the tsunami, which ravaged Asia on Sunday": a phrase inside the object may own the date.
  // (And a participle's aside: "expectations, fuelled by the outperformance of Google on Tuesday".)
  for (let k = from; k < to; k++) {
    if (/^(?:after|before|since|during|which|who|when|where|while)$/.test(t[k]!.lower)) return to;
    if (t[k]!.text === "," && /[a-z](?:ed|en|ing)$/.test(t[k + 1]?.lower ?? "")) return to;
  }
  let end = to;
  for (;;) {
    const start = Math.max(dateAdjunctStart(t, from, end), channelAdjunctStart(t, from, end));
    if (start <= from) return end;
    end = start;
  }
}
