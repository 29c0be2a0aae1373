// Tagged spans set right before they become claims: cues, sources and contents the tagger ran too far or
// cut too short, the source span of a relative clause, and tagged "speech" that tells how long or when alone.
// Pure: the claim context and the tagger's spans in.
import { speechActFromCue } from "../cues.ts";
import { AUXILIARIES, hasClass, W, WEEKDAY_NAMES } from "../lexicon.ts";
import { beforeTimePhrase, DASHES, isAside, type ClaimContext } from "../speaker.ts";
import type { TextLayout } from "../tokens.ts";
import type { Span } from "../../types/index.ts";
import type { TaggedAttribution, TaggedSpan } from "./assemble.ts";
import { isCueWord } from "./cue-words.ts";
import { secondVerbAt, TRAILING_APPOSITION } from "../content-bounds.ts";
import { isRoleNoun } from "../titles.ts";

const CHANNEL_NOUN = /^(?:statement|interview|tweet|letter|post|speech|video|email|e-mail)$/;

/** "in a statement", "on his video": a channel of three tokens from k, which a tagged cue may open with. */
export function channelPhraseAt(t: TextLayout["tokens"], k: number): boolean {
  return k >= 0 && /^(?:in|on|via)$/.test(t[k]?.lower ?? "") && /^(?:a|an|the|his|her|their|its)$/.test(t[k + 1]?.lower ?? "") && CHANNEL_NOUN.test(t[k + 2]?.lower ?? "");
}
const POSSESSIVES = new Set(["its", "his", "her", "their", "our", "my"]);

/**
 * A tagged cue or source that runs over what the tagger should have cut: "flipped his choice on the spot – saying" is
 * the cue "saying" (a participle after a dash or comma); "According to a readout from the PUK, the two discussed": the
 * source after "according to" ends at its comma; "raised its profit forecast for" (a verb that is no cue word with
 * its possessive object) tells an act, not speech: it loses its cue (and is dropped); "dismissing questions" is the
 * cue "dismissing" of the content "questions he did not like".
 */
export function tidyCueAndSource(ctx: ClaimContext, a: TaggedAttribution): TaggedAttribution {
  const t = ctx.layout.tokens;
  let cue = a.cue;
  for (let j = cue.last - 2; j > cue.first; j--) {
    if ((t[j]!.text === "," || DASHES.has(t[j]!.text)) && /[a-z]{2}ing$/.test(t[j + 1]!.lower)) {
      cue = { ...cue, first: j + 1 };
      break;
    }
  }
  if (POSSESSIVES.has(t[cue.first + 1]?.lower ?? "") && cue.last - cue.first > 2 && !isCueWord(t[cue.first]!.lower) && speechActFromCue(t[cue.first]!.lower) === undefined) {
    return { ...a, cue: { ...cue, last: cue.first } };
  }
  // "A club | statement said": a document's noun after its source's words belongs to the source.
  if (a.source && a.source.last === cue.first && cue.last - cue.first === 2 && /^(?:statement|letter|memo)$/.test(t[cue.first]!.lower)
    && speechActFromCue(t[cue.first + 1]!.lower) !== undefined) {
    return { ...a, source: { ...a.source, last: cue.first + 1 }, cue: { ...cue, first: cue.first + 1 } };
  }
  // "declined to say on Monday whether": the day after the verb is no part of the cue.
  if (cue.last - cue.first >= 3 && t[cue.last - 2]!.lower === "on" && WEEKDAY_NAMES.has(t[cue.last - 1]!.lower)) cue = { ...cue, last: cue.last - 2 };
  // "with Washington's envoy saying": a noun before the participle is the source's head, not the cue's ("with the
  // Hamas-run health ministry saying": each noun in turn).
  const last = t[cue.last - 1]!;
  // (Or a past after a possessive source: "Boeing's | machinists voted".)
  // (Or a verb of saying: "people familiar with the group's | plans said".)
  const afterPossessive = (/[a-z]ed$/.test(last.lower) || speechActFromCue(last.lower) !== undefined) && /['’]s$/.test(t[cue.first - 1]?.text ?? "") && (/[^s]s$/.test(t[cue.first]!.lower) || isRoleNoun(t[cue.first]!.lower));
  if (a.source && a.source.last === cue.first && cue.last - cue.first >= 2 && cue.last - cue.first <= 3 && ((/[a-z]ing$/.test(last.lower) && speechActFromCue(last.lower) !== undefined) || afterPossessive)) {
    const noun = t[cue.first]!;
    // (A possessive's noun is the source's head, though a cue word elsewhere: "the group's plans said".)
    if (noun.word && !noun.cap && ((!isCueWord(noun.lower) && speechActFromCue(noun.lower) === undefined) || afterPossessive) && !AUXILIARIES.has(noun.lower) && !/ly$/.test(noun.lower)
      && (isRoleNoun(noun.lower) || hasClass(noun.lower, W.noun) || afterPossessive || !hasClass(noun.lower, W.verb | W.adjective | W.preposition))) {
      return tidyCueAndSource(ctx, { ...a, source: { ...a.source, last: cue.first + 1 }, cue: { ...cue, first: cue.first + 1 } });
    }
  }
  // "in a statement credited him for": the channel before the verb is no part of the cue.
  if (channelPhraseAt(t, cue.first) && cue.last > cue.first + 3) {
    cue = { ...cue, first: cue.first + 3 };
  }
  // "dismissing questions | he did not like": the verb's object noun opens the content.
  let content = a.content;
  const verbWord = t[cue.first]!.lower;
  if (content && content.first === cue.last && cue.last - cue.first === 2 && /(?:ing|ed)$/.test(verbWord) && speechActFromCue(verbWord) !== undefined
    && !t[cue.first + 1]!.cap && hasClass(t[cue.first + 1]!.lower.replace(/s$/, ""), W.noun) && !isCueWord(t[cue.first + 1]!.lower)) {
    cue = { ...cue, last: cue.first + 1 };
    content = { ...content, first: cue.last };
  }
  const sentence = ctx.layout.sentences[t[cue.first]!.sentence]!;
  /** Where the sentence's words end, past its closing full stop (not a quote's). */
  const wordsEnd = (): number => {
    let end = sentence.last;
    while (end > sentence.first && !t[end - 1]!.word && !ctx.quoted[end - 1]) end--;
    return end;
  };
  // "preferred to state that, as with other issues, the government's instinct was ...": a content the tagger ended
  // at the aside right after "that" runs past it to the sentence's end.
  if (content && content.first === cue.last && content.last === content.first + 1 && t[content.first]!.lower === "that" && t[content.last]?.text === ",") {
    const end = wordsEnd();
    // (The aside closed by a comma, a clause after it: not "denied that, saying he was happy ...".)
    const closed = t.slice(content.last + 2, end).some((w) => w.text === ",") && !/ing$/.test(t[content.last + 1]?.lower ?? "");
    if (closed) content = { ...content, last: end };
  }
  // "are hoping that Isinbayeva's main rival, fellow Russian Svetlana Feofanova, will also take part": a content the
  // tagger ended after an apposition, its verb still to come, runs on to the sentence's end.
  if (content && content.first >= cue.last && t[cue.first]!.word && t[content.last]?.text === "," && AUXILIARIES.has(t[content.last + 1]?.lower ?? "")) {
    const inside = t.slice(content.first, content.last);
    if (inside.some((w) => w.text === ",") && !inside.some((w, i) => AUXILIARIES.has(w.lower) || ctx.quoted[content!.first + i])) {
      content = { ...content, last: Math.max(content.last, wordsEnd()) };
    }
  }
  // "dismissed the plans as "too little, too late" and repeated his call": the subject's second verb ends the object.
  if (content && content.first >= cue.last) {
    for (let j = content.first + 1; j < content.last - 1; j++) {
      if (!secondVerbAt(ctx, content.first, j)) continue;
      content = { ...content, last: ctx.layout.tokens[j - 1]!.text === "," ? j - 1 : j }; // "the police, and will review"
      break;
    }
  }
  // "Her husband, Saeed Abedini, was free ..., the president told her": a content before its source and cue at the
  // sentence's end runs from the sentence's start (the tagger began it past the apposition).
  if (content && a.source && content.last <= a.source.first && a.source.last <= cue.first && t[content.last]?.text === "," && content.first > sentence.first) {
    let from = sentence.first;
    while (from < content.first && !t[from]!.word && !ctx.quoted[from]) from++;
    let plain = true;
    for (let k = from; k < content.first && plain; k++) plain = !ctx.quoted[k] && !isCueWord(t[k]!.lower) && t[k]!.text !== ":";
    if (plain && from < content.first) content = { ...content, first: from };
  }
  let source = a.source;
  // "The feud has prompted a Labour donor to say he will refuse": who was prompted to speak is the source, the verb of
  // saying after "to" the cue; what prompted it speaks nothing.
  const prompt = AUXILIARIES.has(t[cue.first]!.lower) ? cue.first + 1 : cue.first;
  if (cue.last - prompt >= 4 && /^(?:prompted|prompting|led|leading|forced|caused|encouraged|persuaded|moved|pushed)$/.test(t[prompt]!.lower)) {
    const to = cue.last - 2;
    if (t[to]!.lower === "to" && to > prompt + 1 && speechActFromCue(t[cue.last - 1]!.lower) !== undefined && t.slice(prompt + 1, to).every((w, i) => w.word && !ctx.quoted[prompt + 1 + i])) {
      source = { kind: "source", first: prompt + 1, last: to };
      cue = { ...cue, first: cue.last - 1 };
    }
  }
  // "..., said the report, the highest total sold to date.": the writer's comment on what was said closes no part of the source.
  if (source && source.first >= cue.last) {
    for (let k = source.first + 1; k < source.last - 2; k++) {
      if (t[k]!.text === "," && !ctx.quoted[k] && TRAILING_APPOSITION.test(`${t[k + 1]!.lower} ${t[k + 2]!.lower}`)) {
        source = { ...source, last: k };
        // (Nor is the comment the content: what was said is the clause before the cue.)
        if ((!content || content.first >= k) && t[cue.first - 1]?.text === "," && cue.first - 1 > sentence.first) content = { kind: "content", first: sentence.first, last: cue.first - 1 };
        break;
      }
    }
  }
  // "Syrian government pounds Eastern Ghouta; UN says": a semicolon closes a clause of its own, no part of the source.
  if (source && source.last <= cue.first) {
    for (let k = source.last - 2; k > source.first; k--) {
      if (t[k]!.text === ";" && !ctx.quoted[k]) {
        source = { ...source, first: k + 1 };
        break;
      }
    }
  }
  // "Anti hunt organisations, for whom the ban is the culmination of years of campaigning, say": a source the tagger
  // found inside a relative clause of "for whom" is the noun phrase the clause describes.
  // (Only when a comma closes the clause before the cue: not ", in which Clinton expressed confidence".)
  if (source && source.last <= cue.first && t.slice(source.last - 1, cue.first).some((w) => w.text === ",")) {
    let open = source.first - 1;
    while (open > sentence.first + 2 && t[open]!.text !== "," && !ctx.quoted[open]) open--;
    if (t[open]?.text === "," && open > sentence.first && /^(?:for|to|of|in|by|with|from|among)$/.test(t[open + 1]?.lower ?? "") && /^(?:whom|which)$/.test(t[open + 2]?.lower ?? "")) {
      let from = open - 1;
      while (from > sentence.first && t[from - 1]!.word && !ctx.quoted[from - 1]) from--;
      source = { ...source, first: from, last: open };
    }
  }
  // "The group which represents university vice chancellors, Universities UK, said": the name in apposition to a
  // description with a relative clause of its own is the source.
  if (source && source.last <= cue.first && t.slice(source.first + 1, source.first + 4).some((w) => /^(?:which|who|that)$/.test(w.lower))) {
    let end = source.last;
    while (end > source.first && t[end - 1]!.text === ",") end--;
    let comma = end - 1;
    while (comma > source.first && t[comma - 1]!.cap && t[comma - 1]!.word) comma--;
    if (comma > source.first + 3 && t[comma - 1]!.text === "," && comma < end) source = { ...source, first: comma, last: end };
  }
  if (source && source.first === cue.last && t[cue.last - 1]?.lower === "to" && t[cue.last - 2]?.lower === "according") {
    for (let k = source.first + 1; k < source.last; k++) {
      if (t[k]!.text === "," && !ctx.quoted[k]) {
        source = { ...source, last: k };
        break;
      }
    }
  }
  // "Sentencing him, Judge Philip Statman said": an opening participle's phrase is no part of the source.
  if (source && /^[A-Za-z]{3,}ing$/.test(t[source.first]!.text) && source.first === sentence.first) {
    for (let k = source.first + 1; k < source.last - 1 && k <= source.first + 6; k++) {
      if (t[k]!.text !== ",") continue;
      if (t[k + 1]!.cap || /^(?:the|a|an)$/.test(t[k + 1]!.lower)) source = { ...source, first: k + 1 };
      break;
    }
  }
  // "A federal judge on Tuesday ordered": the day before the cue is when, not who.
  if (source && source.last === cue.first) {
    let before = beforeTimePhrase(t, source.first, source.last);
    // (And the participle the time closed: "A USA Today/Suffolk University poll released this week found".)
    if (before < source.last && before - 1 > source.first && /^(?:released|published|issued|conducted)$/.test(t[before - 1]!.lower)) before--;
    // (And an adverb before it: "Wells Fargo just this month announced".)
    if (before < source.last && before - 1 > source.first && /^(?:just|only|also|earlier|later)$/.test(t[before - 1]!.lower)) before--;
    if (before > source.first && before < source.last) source = { ...source, last: before };
  }
  // "Zelenskiy thanked the allies but warned": the subject's first verb and what follows it up to "but" are no source.
  if (source && source.last === cue.first && /^(?:but|and)$/.test(t[source.last - 1]!.lower)) {
    const verb = t.slice(source.first + 1, source.last - 1).findIndex((w) => w.word && !w.cap && (/[a-z]ed$/.test(w.lower) || AUXILIARIES.has(w.lower)));
    if (verb >= 0) source = { ...source, last: source.first + 1 + verb };
  }
  // "4% of those questioned thought": a participle after the source's last word qualifies it (a reduced relative).
  if (source && source.last === cue.first && cue.last - cue.first >= 2 && /[a-z]ed$/.test(t[cue.first]!.lower) && isCueWord(t[cue.first + 1]!.lower)
    && /^(?:those|people|voters|respondents|adults|americans|members|officials|men|women)$/.test(t[source.last - 1]!.lower)) {
    source = { ...source, last: source.last + 1 };
    cue = { ...cue, first: cue.first + 1 };
  }
  // "The Bank remains concerned about": the linking verb is the cue's, not the source's.
  if (source && source.last === cue.first && source.last - source.first >= 2 && /^(?:remains?|seems?|appears?|became|becomes|is|are|was|were)$/.test(t[source.last - 1]!.lower)) {
    source = { ...source, last: source.last - 1 };
  }
  // "Supporters of abortion rights, on the other hand, argued": the aside is no part of the source.
  if (source && source.last <= cue.first) {
    let end = source.last;
    while (end > source.first && t[end - 1]!.text === ",") end--;
    let comma = end - 1;
    while (comma > source.first && comma >= end - 5 && t[comma]!.text !== ",") comma--;
    if (comma > source.first && t[comma]!.text === "," && isAside(t.slice(comma + 1, end).map((w) => w.lower).join(" "))) source = { ...source, last: comma };
    // "The foreign secretary meanwhile said": an adverb of the sentence after the subject.
    else if (source.last - source.first >= 2 && /^(?:meanwhile|however|though|too|instead|also)$/.test(t[source.last - 1]!.lower)) source = { ...source, last: source.last - 1 };
  }
  return cue === a.cue && source === a.source && content === a.content ? a : { ...a, cue, source, content };
}

/**
 * "Pierre de Vos, a professor ..., who likened the campaign to": the "who" (or "which") right before a cue, past its
 * auxiliaries and adverbs, is the source span, as PolNeAR marks it and the rules give it.
 */
export function relativeSourceSpan(t: TextLayout["tokens"], source: TaggedSpan, cue: TaggedSpan): Span | undefined {
  let k = cue.first - 1;
  while (k > source.first && (AUXILIARIES.has(t[k]!.lower) || /ly$/.test(t[k]!.lower))) k--;
  // (Within the source or after it, past an apposition's comma: the rules' subject is the name before it.)
  const clause = k >= source.first && (k <= source.last || t[k - 1]?.text === ",");
  return clause && k > 0 && /^(?:who|which)$/.test(t[k]!.lower) ? { start: t[k]!.start, end: t[k]!.end } : undefined;
}

const HOW_LONG = /^(?:for\s+)?(?:more than|nearly|almost|about|over|just|some)?\s*(?:\d+|an?|one|two|three|four|five|ten|twenty|thirty|forty|several|a few)\s+(?:minutes?|hours?|seconds?|days?)$/i;
const WHEN_ONLY = /^(?:the (?:next|following) (?:day|morning|week)|later|afterwards|yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year|night)|(?:shortly|just|soon|hours|minutes|moments) (?:before|after) (?:midnight|noon|dawn|dusk))$/i;

/** A content that only tells how long or when: "for more than 45 minutes", "shortly before midnight". */
export const tellsOnlyWhen = (words: string): boolean => HOW_LONG.test(words) || WHEN_ONLY.test(words);

const AUDIENCE_ONLY = /^(?:his |her |their )?(?:supporters|reporters|journalists|the crowd|crowds|delegates|voters|activists|party members|staff)(?:\s+(?:in|at|outside)\s+(?:the\s+)?\p{Lu}[\p{L} ]*)?$/iu;

/** A content that only names who heard it: "conceded in a speech to supporters in Manhattan". */
export const namesOnlyAnAudience = (words: string): boolean => AUDIENCE_ONLY.test(words);

/**
 * A tagged claim that tells no speech: "spoke for more than 45 minutes" (how long), "He apologized the next day" (when),
 * "Growing sharper as he spoke, Mr. Trump continued" (a clause of time, its content the main clause's).
 */
export function noSaying(ctx: ClaimContext, source: TaggedSpan, cue: TaggedSpan, content: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  const words = ctx.layout.text.slice(t[content.first]!.start, t[content.last - 1]!.end).replace(/[.,]$/, "").trim();
  if (tellsOnlyWhen(words)) return true;
  // "has recently been set up to tackle", "set up an online petition that": founding something tells no speech.
  if (/\bset up$|\bset up\s/i.test(ctx.layout.text.slice(t[cue.first]!.start, t[cue.last - 1]!.end))) return true;
  // "survived a confidence vote": a noun the tagger took for a cue modifies the noun after it, the object of a verb that
  // tells no speech.
  const next = t[cue.last];
  const modifier = cue.last - cue.first >= 3 && /^(?:a|an|the)$/.test(t[cue.last - 2]!.lower) && content.first === cue.last && next?.word === true && !next.cap
    && !isCueWord(t[cue.first]!.lower) && speechActFromCue(t[cue.first]!.lower) === undefined && hasClass(next.lower, W.common)
    && !/ly$|^(?:never|not|that|to|of|about|on|over|for|against|with|from|in|by|at|as|and|or|but|which|who|whether|if|while|when|after|before|since|because|despite|during|until|last|this|yesterday|today)$/.test(next.lower);
  if (modifier) return true;
  const subordinate = /^(?:as|while|when|whenever)$/.test(t[source.first - 1]?.lower ?? "") && source.last === cue.first;
  return subordinate && /^(?:spoke|speaks|speaking|talked|talks|spoke out)$/.test(ctx.layout.text.slice(t[cue.first]!.start, t[cue.last - 1]!.end).toLowerCase()) && t[cue.last]?.text === ",";
}
