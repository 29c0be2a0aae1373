// Direct quotes: “curly”, "straight", ''doubled'' and «guillemets», found per paragraph (‘single’ ones where
// a paragraph has no other, or closed by their own punctuation). A quote left open and
// followed by a new opening mark ends before it: news copy often runs a quote over several
// paragraphs and reopens it without closing the previous one.

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the end of the quoted text when it is never closed). */
  close: number;
  /** The quoted text, without the marks: [start, end). */
  start: number;
  end: number;
  closed: boolean;
}

const OPEN_BEFORE = /[\s([{—–\-/“‘]/;

function trimmedEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** A token that is a quote mark, straight or curly, double or single. */
export const QUOTE_MARK = /^[“”"‘’']$/;

/** Quotes inside text[from, to) (one paragraph); `singles`: also ‘single’ ones (in headlines only a quoted clause, else scare quotes). */
export function findQuotes(text: string, from: number, to: number, singles = true): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openWidth = 1;
  for (let i = from; i < to; i++) {
    // Most characters are no quote mark: " ' « » “ ” „ are told by their code, without a string per character.
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201e)) continue;
    const c = text[i]!;
    // Two apostrophes stand for a straight double quote in some wire copy (''like this'').
    const width = c === "'" && text[i + 1] === "'" && i + 1 < to ? 2 : 1;
    let opening: boolean;
    if (c === "“" || c === "«" || c === "„") opening = true;
    else if (c === "”" || c === "»") opening = false;
    else if (c === '"' || width === 2) {
      const before = i === from ? " " : text[i - 1]!;
      const after = i + width < to ? text[i + width]! : " ";
      if (OPEN_BEFORE.test(before) && !/\s/.test(after)) opening = true;
      else if (!/\s/.test(before)) opening = false;
      else opening = open < 0;
    } else continue;
    if (opening) {
      if (open >= 0) {
        const end = trimmedEnd(text, open + openWidth, i);
        addQuote(quotes, open, openWidth, end, end, false);
      }
      open = i;
      openWidth = width;
    } else if (open >= 0) {
      addQuote(quotes, open, openWidth, i + width, i, true);
      open = -1;
    }
    i += width - 1;
  }
  if (open >= 0) {
    const end = trimmedEnd(text, open + openWidth, to);
    addQuote(quotes, open, openWidth, end, end, false);
  }
  if (singles && quotes.length === 0) return singleQuotes(text, from, to);
  // Beside double quotes, a single-quoted sentence closed by its own punctuation ('..., she told MPs.'), as British
  // papers mix them: no apostrophe closes after a comma or a full stop. In a headline, one closed by a comma or a
  // question or exclamation mark ("'We are running out of time,' says WHO chief"); its other single quotes are scare quotes.
  const closing = singles ? /[,.?!]/ : /[,?!]/;
  const strong = singleQuotes(text, from, to).filter((q) => q.closed && closing.test(text[q.end - 1]!) && !quotes.some((d) => q.open < d.close && d.open < q.close));
  return strong.length === 0 ? quotes : [...quotes, ...strong].sort((a, b) => a.open - b.open);
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * ‘Single’ or 'single' quotes, as British papers write them, in a paragraph with no double ones: an
 * opening mark before a word, a closing one after a word and before a space or punctuation, five
 * words at least between them (two after a colon; fewer are scare quotes or titles), so apostrophes ("don't", "Kurds' demands", "rock 'n' roll") are none.
 */
function singleQuotes(text: string, from: number, to: number): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== "'" && c !== "‘" && c !== "’") continue;
    const before = i === from ? " " : text[i - 1]!;
    const after = i + 1 < to ? text[i + 1]! : " ";
    if (open < 0) {
      if (c !== "’" && OPEN_BEFORE.test(before) && LETTER.test(after)) open = i;
    } else if (c !== "‘" && !/\s/.test(before) && !LETTER.test(after)) {
      // A closing mark after fewer words closes a scare quote ('card-not-present'), no quotation.
      const afterColon = /:\s*$/.test(text.slice(Math.max(from, open - 3), open)); // "He added: ‘We shall never surrender.’"
      if (wordCount(text, open + 1, i) >= (afterColon ? 2 : 5)) addQuote(quotes, open, 1, i + 1, i, true);
      open = -1;
    }
  }
  return quotes;
}

/** The quote opened at `open` (its mark `openWidth` long), unless it is empty. */
function addQuote(quotes: Quote[], open: number, openWidth: number, close: number, end: number, closed: boolean): void {
  const start = open + openWidth;
  if (end > start) quotes.push({ open, close, start, end, closed });
}

/** Number of words in text[start, end). */
export function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = /\s/.test(text[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
