// Text → tokens, sentences and lines, every one with exact UTF-16 offsets into the document text.
// One regex pass; sentence ends are decided from the tokens around each full stop.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Letters or digits, as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case: acronyms, datelines. */
  upper: boolean;
  /** A line break comes between the previous token and this one. */
  newline: boolean;
  /** Whitespace (or the start of the text) comes right before this token. */
  spaced: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  line: number;
}

export interface Line {
  start: number;
  end: number;
  /** Sentence range [first, last). */
  first: number;
  last: number;
  /** A short line without closing punctuation: a headline or sub-heading. */
  heading: boolean;
}

export interface TextLayout {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lines: Line[];
  /** Lower-case words that occur written in lower case somewhere in the document. */
  lowerWords: Set<string>;
}

// A US party and state tag is one token, its full stops no sentence's end: "Chuck Schumer, D-N.Y., said", "(D-Mass.)".
// So is a short name joined by "&": "M&S", "AT&T", "P&O" (and "M&S's").
const TOKEN = /[DRI]-(?:(?:\p{Lu}\.){2}|\p{Lu}\p{Ll}+\.)(?=[,)])|\p{Lu}{1,3}&\p{Lu}{1,3}(?:['’]s)?(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|\d+\.\d+(?![\p{L}\p{N}]|\.\d)|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:[-‐‑][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*|\.{3}|''|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const CAP_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}.&’'-]+$/u;
const LOWER_WORD = /^[\p{Ll}][\p{Ll}’'-]*$/u;

// The per-token tests above, decided from the characters for ASCII text (most of it) and by the
// regexes otherwise: a regex call per token and test is a good part of the layout's cost.
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

function asciiOnly(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 128) return false;
  return true;
}

function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? isDigit(c) || isUpperAscii(c) || isLowerAscii(c) : WORD_START.test(t);
}

function startsCapital(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? isUpperAscii(c) : CAP_START.test(t);
}

/** Two or more letters, all upper case (digits and . & ' - allowed): ALL_UPPER and two \p{Lu}. */
function allUpper(t: string): boolean {
  if (t.length < 2) return false;
  if (!asciiOnly(t)) return ALL_UPPER.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);
  let capitals = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isUpperAscii(c)) capitals++;
    else if (!(isDigit(c) || c === 46 || c === 38 || c === 39 || c === 45)) return false;
  }
  return capitals >= 2;
}

/** LOWER_WORD.test: a lower-case letter, then lower-case letters, apostrophes and hyphens. */
function lowerWord(t: string): boolean {
  if (!asciiOnly(t)) return LOWER_WORD.test(t);
  if (!isLowerAscii(t.charCodeAt(0))) return false;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!(isLowerAscii(c) || c === 39 || c === 45)) return false;
  }
  return true;
}

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "gov", "gen", "maj", "lt", "col", "sgt", "capt", "cpl", "pvt", "sen", "rep", "st", "jr", "sr",
  "prof", "rev", "adm", "brig", "cmdr", "cdr", "pres", "supt", "insp", "det", "const", "hon", "no", "vs", "etc", "inc", "ltd", "co",
  "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "gens", "e.g",
  "i.e", "approx", "dept", "univ", "ave", "blvd", "fig", "est",
]);

const CLOSERS = new Set(["”", "\"", "’", "'", ")", "]", "»"]);
const OPENERS = new Set(["“", "\"", "‘", "(", "[", "«"]);
const ENDERS = new Set([".", "!", "?", "...", "…"]);
const QUOTE_CLOSE = new Set(["”", "\"", "’", "'"]);
const HEADING_END = new Set([".", "!", "?", ":", ";", ",", "”", "\"", "’", ")", "…", "..."]);

export function tokenize(text: string, from = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    // Two apostrophes stand for a straight double quote in some wire copy (''like this''): one token, read as one.
    const t = m[0] === "''" ? '"' : m[0];
    const start = m.index;
    const word = startsWord(t);
    let newline = false;
    for (let i = prevEnd; i < start; i++) {
      if (text.charCodeAt(i) === 10) {
        newline = true;
        break;
      }
    }
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + m[0].length,
      word,
      cap: word && startsCapital(t),
      upper: word && allUpper(t),
      newline: newline || tokens.length === 0,
      spaced: start > prevEnd || start === from,
      sentence: 0,
    });
    prevEnd = start + m[0].length;
  }
  return tokens;
}

function endsSentence(tokens: Token[], i: number): number {
  // Returns the index of the last token of the sentence ending at tokens[i], or -1.
  const t = tokens[i]!;
  if (!ENDERS.has(t.text)) return -1;
  const prev = tokens[i - 1];
  if (t.text === "." && prev?.word && !t.spaced) {
    // ("No. 10", but "the candidate said no. But he said ...": "no." abbreviates only before a number.)
    if (ABBREVIATIONS.has(prev.lower) && (prev.lower !== "no" || /^\d/.test(tokens[i + 1]?.text ?? ""))) return -1;
    // An initial: "J. Smith"; not a letter after a lower-case word ("he wrote on X.", "Plan B.", "vitamin C.").
    const beforePrev = tokens[i - 2];
    // (Before a closing quote mark the letter ends the sentence: '... since Prisoner Cell Block H." Labour had ...'.)
    const closesQuote = CLOSERS.has(tokens[i + 1]?.text ?? "") && !tokens[i + 1]!.spaced && tokens[i + 1]!.text !== ")";
    // (Though after a preposition when a name of two words follows: "depend on N. Chandrababu Naidu's party".)
    const initialOfName = /^(?:on|by|and|with|to|from|of|for|as|at|between)$/.test(beforePrev?.lower ?? "") && tokens[i + 1]?.cap === true
      && tokens[i + 2]?.cap === true && tokens[i + 2]!.word && tokens[i + 1]!.word;
    if (prev.text.length === 1 && prev.cap && (!(beforePrev?.word && !beforePrev.cap) || initialOfName) && !closesQuote) return -1;
  }
  let j = i;
  while (j + 1 < tokens.length && CLOSERS.has(tokens[j + 1]!.text) && !tokens[j + 1]!.spaced) j++;
  const next = tokens[j + 1];
  if (!next || next.newline) return j;
  if (!next.spaced) return -1; // "$527.6m", "3.5%"
  // '“What more does the world want from us?” Aoun said': a quoted question and its speaker are one sentence.
  if (j > i && t.text !== "." && next.cap && speakerOfQuoteAt(tokens, j + 1)) return -1;
  if (next.cap || /^\p{N}/u.test(next.text) || OPENERS.has(next.text)) return j;
  // "... for far too long'. 'The days of ...": a straight single quote opening a capitalised sentence.
  if (next.text === "'" && tokens[j + 2]?.cap && !tokens[j + 2]!.spaced) return j;
  // "... he said. ''In this particular case ...'': two apostrophes standing for a double quote (wire copy).
  if (next.text === "'" && tokens[j + 2]?.text === "'" && !tokens[j + 2]!.spaced && tokens[j + 3]?.cap && !tokens[j + 3]!.spaced) return j;
  return -1;
}

/** Verbs of saying that follow a quote and its speaker ('“Why?” Smith asked'). */
const SPEECH_AFTER_QUOTE = new Set(["said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
  "exclaimed", "shouted", "wondered", "tweeted", "recalled", "insisted", "demanded", "warned"]);
/** What may follow such a verb when the quote before is its content: "said during a meeting", "said on Tuesday." */
const AFTER_QUOTE_VERB = new Set([",", ".", ":", ";", "in", "on", "at", "during", "after", "before", "when", "while", "as", "according",
  "yesterday", "today", "last", "earlier", "later", "from", "outside", "afterwards", "again", "to", "in", "with",
  // What it was said of: '“...?” Lichtman said about McCain's effort'.
  "about", "of"]);

/**
 * From `k`, a speaker of a few words and a verb of saying with nothing of its own after it: '“What more does the world
 * want?” Aoun said during a meeting' (not '“...?” Mr Kennedy also said students want action', whose verb has its own content).
 */
function speakerOfQuoteAt(tokens: readonly Token[], k: number): boolean {
  // Past an apposition between commas: '“...?” Will Estrada, the chairman for the exurb, said of the encounter'.
  let reach = k + 4;
  const comma = tokens.slice(k, k + 4).findIndex((w) => w.text === ",");
  if (comma > 0) {
    let close = k + comma + 1;
    while (close < k + 20 && tokens[close] && !tokens[close]!.newline && tokens[close]!.text !== "," && tokens[close]!.text !== ".") close++;
    if (tokens[close]?.text === ",") reach = close + 2;
  }
  for (let j = k; j < reach && tokens[j] && !tokens[j]!.newline; j++) {
    if (!SPEECH_AFTER_QUOTE.has(tokens[j]!.lower)) continue;
    const after = tokens[j + 1];
    // Not a verb that opens the next quote: '...?" LTA chief executive, John Crowther, added: "...'.
    if (after && /^[:,]$/.test(after.text) && /^(?:["“«]|'')$/.test(tokens[j + 2]?.text ?? "")) return false;
    if (!after || after.newline || AFTER_QUOTE_VERB.has(after.lower)) return true;
    // "told reporters.", "asked the crowd,": an addressee, then the sentence or clause ends.
    return /^(?:told|tells|asked|asks)$/.test(tokens[j]!.lower) && [j + 2, j + 3, j + 4].some((x) => /^[.,:]$/.test(tokens[x]?.text ?? "") && tokens.slice(j + 1, x).every((w) => w.word && w.lower !== "that"));
  }
  return false;
}

const DATELINE_DASHES = new Set(["—", "–", "-", "--"]);

/**
 * The dash or colon ending a dateline at tokens[i] ("BEIRUT —", "WASHINGTON, D.C. –", "LONDON (Reuters) -", "MAPUTO -",
 * "ERBIL, Iraq (Reuters) -", "BAGHDAD/ SULAIMANIYAH:"): capitals, commas, full stops, a place or date after a comma
 * and an agency in brackets on the same line; -1 when there is none.
 */
function datelineEnd(tokens: Token[], i: number): number {
  if (!tokens[i]!.upper) return -1;
  let agency = false;
  let comma = false;
  for (let k = i + 1; k < tokens.length && k < i + 12; k++) {
    const t = tokens[k]!;
    if (t.newline) return -1;
    if (t.text === "(") agency = true;
    // "BAGHDAD/ SULAIMANIYAH:": capitals alone before a colon, a word of four letters or more ("UK: Shares fell" is a heading).
    if (t.text === ":") {
      const words = tokens.slice(i, k);
      return !agency && !comma && words.every((w) => w.upper || w.text === "/") && words.some((w) => w.text.length >= 4) && tokens[k + 1]?.cap && !tokens[k + 1]!.newline ? k : -1;
    }
    if (t.text === "/" && tokens[k + 1]?.upper) continue;
    // A hyphen only after an agency ("LONDON (Reuters) -") or a place with a word of five letters or more
    // ("MAPUTO -", "THE HAGUE -"), not in "US - China talks" or "NATO - The alliance"; the text goes on capitalised.
    const hyphenOk = agency || tokens.slice(i, k).some((w) => w.upper && w.text.length >= 5);
    if (DATELINE_DASHES.has(t.text)) return (hyphenOk || t.text === "—" || t.text === "–") && tokens[k + 1]?.cap && !tokens[k + 1]!.newline ? k : -1;
    const bracketed = (t.text === "(" || t.text === ")") || (tokens[k - 1]?.text === "(" && t.cap);
    // After a comma, a state, country or date: "ERBIL, Iraq (Reuters) -", "LONDON, March 3 (Reuters) -".
    const placeOrDate = comma && !agency && (t.cap || /^\d{1,2}$/.test(t.text));
    if (t.text === ",") comma = true;
    if (!(t.upper || t.text === "," || t.text === "." || bracketed || placeOrDate || (t.word && t.text.length <= 2 && t.cap))) return -1;
  }
  return -1;
}

/** Tokenises the text from `from` and splits it into lines and sentences. */
export function layoutText(text: string, from = 0): TextLayout {
  const tokens = tokenize(text, from);
  const sentences: Sentence[] = [];
  const lines: Line[] = [];
  const lowerWords = new Set<string>();
  let sentenceFirst = 0;
  let lineFirstSentence = 0;

  const closeSentence = (last: number): void => {
    if (last <= sentenceFirst) return;
    sentences.push({
      index: sentences.length,
      start: tokens[sentenceFirst]!.start,
      end: tokens[last - 1]!.end,
      first: sentenceFirst,
      last,
      line: lines.length,
    });
    for (let k = sentenceFirst; k < last; k++) tokens[k]!.sentence = sentences.length - 1;
    sentenceFirst = last;
  };
  const closeLine = (): void => {
    if (sentences.length <= lineFirstSentence) return;
    const first = sentences[lineFirstSentence]!;
    const lastSentence = sentences[sentences.length - 1]!;
    const lastToken = tokens[lastSentence.last - 1]!;
    let words = 0;
    for (let k = first.first; k < lastSentence.last && words <= 14; k++) if (tokens[k]!.word) words++;
    lines.push({
      start: first.start,
      end: lastSentence.end,
      first: lineFirstSentence,
      last: sentences.length,
      // (Also one ending in a quoted word: 'Ministers unveil AI bill as tech firms warn of "innovation chill"'.)
      heading: words <= 14 && (!HEADING_END.has(lastToken.text) || (QUOTE_CLOSE.has(lastToken.text) && tokens[lastSentence.last - 2]?.word === true && !QUOTE_CLOSE.has(tokens[first.first]!.text) && !/^[“"‘']/.test(tokens[first.first]!.text))),
    });
    lineFirstSentence = sentences.length;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.newline && i > sentenceFirst) {
      closeSentence(i);
      closeLine();
    }
    if (t.word && lowerWord(t.text)) lowerWords.add(t.lower);
    // "BEIRUT — Israeli air strikes killed ...": a dateline opening a paragraph is a sentence of its own.
    if (i === sentenceFirst && sentences.length === lineFirstSentence) {
      const dash = datelineEnd(tokens, i);
      if (dash > i) {
        closeSentence(dash + 1);
        i = dash;
        continue;
      }
    }
    const last = endsSentence(tokens, i);
    if (last >= 0 && (tokens[last + 1] === undefined || !tokens[last + 1]!.newline)) {
      i = last;
      closeSentence(last + 1);
    }
  }
  closeSentence(tokens.length);
  closeLine();
  return { text, tokens, sentences, lines, lowerWords };
}

/** First token at or after `offset`, searching from token `from` (binary search: tokens are in text order). */
export function firstTokenAt(tokens: readonly Token[], from: number, offset: number): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding the character at `offset` (that of the first token at or after it). */
export function sentenceAt(layout: TextLayout, offset: number): number {
  const t = layout.tokens;
  return t[Math.min(firstTokenAt(t, 0, offset), t.length - 1)]!.sentence;
}

/** Token range [first, last) of the tokens starting inside the characters [start, end). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const first = firstTokenAt(tokens, 0, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return [first, last];
}

/** A sign that belongs to the number right before it ("8%"), which trimming a span's trailing punctuation keeps. */
export function closesNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.text === "%" && !t.spaced && /\d$/.test(tokens[k - 1]?.text ?? "");
}

/** Token k is a ")" whose "(" opens after token `from`: "... the Citizens Coalition for Change (CCC)." keeps it. */
export function closesBracket(tokens: readonly Token[], from: number, k: number): boolean {
  if (tokens[k]?.text !== ")") return false;
  for (let j = k - 1; j > from; j--) {
    if (tokens[j]!.text === ")") return false;
    if (tokens[j]!.text === "(") return true;
  }
  return false;
}
