// Tokenizer and sentence splitter for raw news text, shaped like CoNLL-2003 (Reuters, PTB-like)
// tokenisation so a model trained on CoNLL sees familiar tokens: punctuation split off,
// possessive 's and n't split off, hyphenated words and abbreviations (U.S., Gen.) kept whole.
// Offsets are UTF-16 indices into the input; `norm` is the form the model sees (straight quotes,
// "--" for dashes), so curly typography costs nothing.

export interface Token {
  /** Offsets into the text: text.slice(start, end) is the token as written. */
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** The CoNLL-like form the model reads: “ ” → ", ’ → ', — → --, … → ... */
  norm: string;
}

const SEG = "[\\p{L}\\p{N}\\p{M}]+";
// Joiners inside a word: hyphens and apostrophes (al-Abadi, O'Brien), & (AT&T), a period before a
// lowercase letter or digit (3.5, reuters.com) or after a one-letter segment (U.S, U.S.-led), and , : / between
// digits (1,000 10:30 1/2).
const JOIN =
  "(?:[-\\u2010\\u2011'\\u2019&]|\\.(?=[\\p{Ll}\\p{N}])|(?<=(?<![\\p{L}\\p{N}\\p{M}])\\p{L})\\.-?(?=\\p{L})|(?<=\\p{N})[,:/](?=\\p{N}))";
const WORD = new RegExp(`${SEG}(?:${JOIN}${SEG})*`, "uy");
const SPACE = /[\s\u200b-\u200d\u2060]/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const CLITIC = /(?<=.)(?:['\u2019](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)|[nN]['\u2019][tT])$/u;

/** Abbreviations that keep their period (titles, months, company forms, a few Latin ones). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "Mr Mrs Ms Dr Prof Sr Jr St Mt Ft Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Brig Gov Sen Rep Rev Hon Pres " +
    "Supt Insp Det Amb Atty Messrs Mme Mlle Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues " +
    "Wed Thu Thur Thurs Fri Sat Sun Inc Corp Co Ltd Bros Dept Univ Assn No Nos Vol Fig approx est vs etc al"
  ).split(" "),
);

const DOUBLE_QUOTES = new Set(["\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "\u301d", "\u301e", '"']);
const SINGLE_QUOTES = new Set(["\u2018", "\u2019", "\u201a", "\u201b", "`", "'"]);

function normalisePunct(s: string): string {
  if (s.length === 1) {
    if (DOUBLE_QUOTES.has(s)) return '"';
    if (SINGLE_QUOTES.has(s)) return "'";
    if (s === "\u2014" || s === "\u2013" || s === "\u2015") return "--";
    if (s === "\u2026") return "...";
    return s;
  }
  if (s === "``" || s === "''") return '"';
  if (s[0] === ".") return "...";
  return "--";
}

function normaliseWord(s: string): string {
  return s.includes("\u2019") || s.includes("\u2010") || s.includes("\u2011")
    ? s.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, "-")
    : s;
}

/** SPACE.test for one character, without the regex for ASCII. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

function push(tokens: Token[], text: string, start: number, end: number, norm?: string): void {
  const raw = text.slice(start, end);
  tokens.push({ start, end, text: raw, norm: norm ?? raw });
}

/** Tokens of text[start, end), with offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let j = Math.min(i + m[0].length, end);
      let word = text.slice(i, j);
      if (text[j] === "." && j < end) {
        const base = word.replace(/\.$/, "");
        if (ABBREVIATIONS.has(base) || SINGLE_CAPITAL.test(base) || INITIALISM.test(base)) {
          j++;
          word += ".";
        }
      }
      // A clitic starts with an apostrophe: most words have none, and need no regex.
      const clitic = word.includes("'") || word.includes("\u2019") ? CLITIC.exec(word) : null;
      if (clitic) {
        const cut = j - clitic[0].length;
        push(tokens, text, i, cut, normaliseWord(text.slice(i, cut)));
        push(tokens, text, cut, j, normaliseWord(clitic[0]));
      } else push(tokens, text, i, j, normaliseWord(word));
      i = j;
      continue;
    }
    // Punctuation: runs of dots or hyphens are one token; a surrogate pair stays whole.
    let j = i + 1;
    if (ch === "." || ch === "-" || ch === "`" || ch === "'") {
      while (j < end && text[j] === ch) j++;
      if (ch === "'" && j - i !== 2) j = i + 1;
    } else if (ch >= "\ud800" && ch <= "\udbff" && j < end) j++;
    push(tokens, text, i, j, normalisePunct(text.slice(i, j)));
    i = j;
  }
  return tokens;
}

const TERMINAL = new Set([".", "!", "?", "..."]);
const CLOSERS = new Set(['"', "'", ")", "]", "}"]);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"'(\[]/u;

/**
 * Sentences as runs of tokens. A sentence ends at a line break (news text puts each paragraph,
 * headline and caption on its own line) or after . ! ? (with any closing quote or bracket glued to
 * it) when the next token could start a sentence. Titles and abbreviations keep their period in
 * the token, so "Gen. Qassem Soleimani" is not split.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let terminated = false;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (current.length > 0) {
      const prev = current[current.length - 1]!;
      const gap = text.slice(prev.end, tok.start);
      const glued = gap.length === 0;
      let cut = gap.includes("\n");
      if (!cut && terminated) {
        if (glued && CLOSERS.has(tok.norm)) cut = false;
        else cut = STARTS_SENTENCE.test(tok.norm);
      }
      if (cut) {
        sentences.push(current);
        current = [];
        terminated = false;
      }
    }
    current.push(tok);
    if (TERMINAL.has(tok.norm) || tok.norm === "!" || tok.norm === "?") terminated = true;
    else if (!CLOSERS.has(tok.norm)) terminated = false;
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
