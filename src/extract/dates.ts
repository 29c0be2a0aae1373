// Dates of speech acts relative to the document date, as ISO 8601 dates at the precision the text
// gives: "on Sunday" in an article of Wednesday 2017-09-27 is 2017-09-24 (the last Sunday on or
// before it), "earlier today" the date itself, "three days ago" 2017-09-24; "last month" and "in
// August" are the month (2017-08), "last year" and "in 2015" the year. Spans vaguer than a month
// that are no calendar year ("this week", "recently") give null, as does a document without a date.
import type { Token } from "./tokens.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const TODAY = new Set(["today", "tonight"]);
const DAY_PARTS = new Set(["morning", "afternoon", "evening"]);

/** A month's or a weekday's name, in lower case, full or abbreviated, with or without its dot ("march", "sept.", "monday"). */
export function isCalendarWord(lower: string): boolean {
  const word = lower.replace(/\.$/, "");
  return Object.hasOwn(MONTHS, word) || WEEKDAYS.includes(word);
}

function parseIso(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = parseIso(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The day a month and day of month name in an article of `docDate`: this year, or last year if that is later than the article. */
function monthDay(docDate: string, month: number, day: number, year?: number): string | null {
  const docYear = Number(docDate.slice(0, 4));
  let y = year ?? docYear;
  if (!validDay(y, month, day)) return null;
  let date = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (year === undefined && date > addDays(docDate, 7)) {
    y -= 1;
    if (!validDay(y, month, day)) return null;
    date = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return date;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** Words that open a relative clause, whose month or year dates something else. */
const RELATIVES = new Set(["who", "whom", "whose", "which", "that", "when"]);
/** Words before a month or year name that make it the time of the act: "in August", "in early 2015". */
const PERIOD_PREPOSITIONS = new Set(["in", "during", "early", "late", "mid", "last", "this"]);

function month(year: number, m: number): string {
  return `${year}-${String(m).padStart(2, "0")}`;
}

/** A month named without a day: of the given year, else the last such month on or before the document's. */
function monthOnly(docDate: string, m: number, year?: number): string {
  const docYear = Number(docDate.slice(0, 4));
  if (year !== undefined) return month(year, m);
  return month(m > Number(docDate.slice(5, 7)) ? docYear - 1 : docYear, m);
}

/** "last month", "earlier this year": a month or a year relative to the document's; null for others ("this week"). */
function relativePeriod(docDate: string, which: string, unit: string): string | null {
  const y = Number(docDate.slice(0, 4));
  const m = Number(docDate.slice(5, 7));
  if (unit === "month") return which === "this" ? month(y, m) : which === "last" ? (m === 1 ? month(y - 1, 12) : month(y, m - 1)) : null;
  if (unit === "year") return which === "this" ? String(y) : which === "last" ? String(y - 1) : null;
  return null;
}

/** Prepositions before a date an object names, not the date of an act. */
const OBJECT_DATE_PREPOSITIONS = new Set(["for", "until", "till", "by", "before", "after", "from", "since"]);

/**
 * The first date expression among tokens[first, last), resolved against the document date at the
 * precision written (YYYY-MM-DD, YYYY-MM or YYYY); null when there is none, it is vague, or the
 * document has no date. `actDatesOnly` skips the dates an object names ("for February 11", "in December").
 */
export function resolveDate(tokens: readonly Token[], first: number, last: number, docDate: string | null, actDatesOnly = false): string | null {
  if (docDate === null) return null;
  // A month or a year in a relative clause closed before the act dates something else: "Smith, who took
  // office in 2015, said", "Mr Saakashvili, elected president in January, has urged" (not "Lina Khan,
  // chair of the FTC, warned in July", nor "Smith, who said in March that").
  let relativeUntil = -1;
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.lower;
    if (k >= relativeUntil && (RELATIVES.has(w) || (w === "," && /ed$/.test(tokens[k + 1]?.lower ?? "")))) {
      let close = k + 1;
      while (close < last && tokens[close]!.text !== ",") close++;
      if (close < last) relativeUntil = close;
    }
    const inRelative = k < relativeUntil;
    const prev = tokens[k - 1]?.lower;
    // With `actDatesOnly`, not what an object names: "a day of action for February 11", "a further cut in December".
    if (actDatesOnly && (OBJECT_DATE_PREPOSITIONS.has(prev ?? "") || (MONTHS[w] !== undefined && prev === "in"))) continue;
    // Not a paper's name: "The Sunday Times", "the Mail on Sunday".
    const paper = (tokens[k + 1]?.cap && tokens[k + 1]!.sentence === tokens[k]!.sentence && !/^\d/.test(tokens[k + 1]!.text) && MONTHS[tokens[k + 1]!.lower] === undefined)
      || (prev === "on" && tokens[k - 2]?.lower === "mail");
    // (Nor a day in a relative clause closed before the act: "Trump, who plans to visit the area on Friday, called".)
    const weekday = paper || inRelative ? -1 : WEEKDAYS.indexOf(w);
    if (weekday >= 0) {
      if (prev === "next" || prev === "this") return null;
      const docWeekday = parseIso(docDate).getUTCDay();
      // "last Thursday": the one before the article's day, a week back when the article is of a Thursday.
      const back = (docWeekday - weekday + 7) % 7;
      return addDays(docDate, -(prev === "last" && back === 0 ? 7 : back));
    }
    // Not a name: "told Radio 4's Today programme".
    const midSentence = tokens[k - 1] !== undefined && tokens[k - 1]!.sentence === tokens[k]!.sentence && tokens[k - 1]!.word;
    if (TODAY.has(w) && !(tokens[k]!.cap && midSentence)) return docDate;
    if (w === "yesterday") return addDays(docDate, -1);
    if (w === "night" && prev === "last") return addDays(docDate, -1);
    if (DAY_PARTS.has(w) && prev === "this") return docDate;
    if ((w === "month" || w === "year") && (prev === "last" || prev === "this") && !inRelative) return relativePeriod(docDate, prev, w);
    // "three days ago"; "days ago" without a number is vague.
    if (w === "ago" && tokens[k - 1]?.lower.startsWith("day")) {
      const n = NUMBER_WORDS[tokens[k - 2]?.lower ?? ""] ?? Number(tokens[k - 2]?.text);
      if (Number.isInteger(n) && n >= 1 && n <= 31) return addDays(docDate, -n);
    }
    const named = MONTHS[w];
    if (named !== undefined && (w !== "may" || tokens[k]!.cap)) {
      let j = k + 1;
      if (tokens[j]?.text === ".") j++;
      const day = Number(tokens[j]?.text);
      if (Number.isInteger(day) && day >= 1 && day <= 31) {
        const year = tokens[j + 1]?.text === "," ? Number(tokens[j + 2]?.text) : NaN;
        return monthDay(docDate, named, day, Number.isInteger(year) && year > 1900 ? year : undefined);
      }
      // "12 February" and "12 February 2024", as British and European copy write it.
      const before = Number(prev);
      const yearAfter = /^\d{4}$/.test(tokens[j]?.text ?? "") ? Number(tokens[j]!.text) : undefined;
      if (Number.isInteger(before) && before >= 1 && before <= 31) return monthDay(docDate, named, before, yearAfter !== undefined && yearAfter > 1900 ? yearAfter : undefined);
      // "in August", "in March 2015", "last September"; not "next May" nor a month used as a name.
      if (tokens[k]!.cap && PERIOD_PREPOSITIONS.has(prev ?? "") && !inRelative) {
        const year = Number(tokens[j]?.text);
        return monthOnly(docDate, named, /^\d{4}$/.test(tokens[j]?.text ?? "") && year > 1900 ? year : undefined);
      }
    }
    // "in 2015", "in early 2015": a year up to the document's.
    if (/^\d{4}$/.test(w) && PERIOD_PREPOSITIONS.has(prev ?? "") && prev !== "last" && prev !== "this" && !inRelative) {
      const year = Number(w);
      if (year > 1900 && year <= Number(docDate.slice(0, 4))) return w;
    }
  }
  return null;
}
