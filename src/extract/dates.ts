// Dates of speech acts relative to the document date: "on Sunday" in an article of Wednesday
// 2017-09-27 is 2017-09-24 (the last Sunday on or before it), "earlier today" the date itself.
// Vague spans ("this week", "last month") give null, as does a document without a date.
import type { Token } from "./tokens.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const TODAY = new Set(["today", "tonight"]);
const DAY_PARTS = new Set(["morning", "afternoon", "evening"]);

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

/**
 * The first date expression among tokens[first, last), resolved against the document date;
 * null when there is none, it is vague, or the document has no date.
 */
export function resolveDate(tokens: readonly Token[], first: number, last: number, docDate: string | null): string | null {
  if (docDate === null) return null;
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.lower;
    const prev = tokens[k - 1]?.lower;
    const weekday = WEEKDAYS.indexOf(w);
    if (weekday >= 0) {
      if (prev === "next" || prev === "last" || prev === "this") return null;
      const docWeekday = parseIso(docDate).getUTCDay();
      return addDays(docDate, -((docWeekday - weekday + 7) % 7));
    }
    if (TODAY.has(w)) return docDate;
    if (w === "yesterday") return addDays(docDate, -1);
    if (w === "night" && prev === "last") return addDays(docDate, -1);
    if (DAY_PARTS.has(w) && prev === "this") return docDate;
    const month = MONTHS[w];
    if (month !== undefined && (w !== "may" || tokens[k]!.cap)) {
      let j = k + 1;
      if (tokens[j]?.text === ".") j++;
      const day = Number(tokens[j]?.text);
      if (Number.isInteger(day) && day >= 1 && day <= 31) {
        const year = tokens[j + 1]?.text === "," ? Number(tokens[j + 2]?.text) : NaN;
        return monthDay(docDate, month, day, Number.isInteger(year) && year > 1900 ? year : undefined);
      }
      const before = Number(prev);
      if (Number.isInteger(before) && before >= 1 && before <= 31) return monthDay(docDate, month, before);
    }
  }
  return null;
}
