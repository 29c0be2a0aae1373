// The timeline over claim dates: a bar per day (per month when the dates span more than four months) with the
// claims dated then, and two sliders that set the date range filter. Moving a slider greys the bars outside the
// range at once; the graph is filtered, and the date fields show the range, when it is let go.
import { element } from "./element.ts";

/** Up to this many days between the first and last claim date, a bar per day; beyond, a bar per month. */
const DAILY_UP_TO = 120;
const WIDTH = 160;
const HEIGHT = 26;
const SVG = "http://www.w3.org/2000/svg";

export interface Bucket {
  /** The first and last date (YYYY-MM-DD) the bar covers. */
  from: string;
  to: string;
  count: number;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const lastOfMonth = (month: string) => day(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)));

/** Bars from the first to the last date, empty ones included, so the axis is time. Dates are YYYY-MM-DD. */
export function timelineBuckets(dates: readonly string[]): Bucket[] {
  if (dates.length === 0) return [];
  const sorted = [...dates].sort();
  const first = new Date(`${sorted[0]}T00:00:00Z`);
  const last = new Date(`${sorted.at(-1)}T00:00:00Z`);
  const daily = (last.getTime() - first.getTime()) / 86_400_000 <= DAILY_UP_TO;
  const buckets: Bucket[] = [];
  const index = new Map<string, Bucket>();
  for (const at = new Date(first); at <= last; daily ? at.setUTCDate(at.getUTCDate() + 1) : at.setUTCMonth(at.getUTCMonth() + 1, 1)) {
    const key = daily ? day(at) : day(at).slice(0, 7);
    const bucket = daily ? { from: key, to: key, count: 0 } : { from: `${key}-01`, to: lastOfMonth(key), count: 0 };
    buckets.push(bucket);
    index.set(key, bucket);
  }
  for (const date of sorted) index.get(daily ? date : date.slice(0, 7))!.count++;
  return buckets;
}

/** The timeline for `dates`, its range `from`–`to` (YYYY-MM-DD or "" for open); `onRange` gets the chosen bounds. */
export function renderTimeline(dates: readonly string[], from: string, to: string, onRange: (from: string, to: string) => void): HTMLElement | null {
  const buckets = timelineBuckets(dates);
  if (buckets.length < 2) return null;
  const last = buckets.length - 1;
  const startIndex = from ? buckets.findIndex((b) => b.to >= from) : 0;
  const endIndex = to ? buckets.filter((b) => b.from <= to).length - 1 : last;
  const max = Math.max(...buckets.map((b) => b.count));
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", String(WIDTH));
  svg.setAttribute("height", String(HEIGHT));
  svg.setAttribute("aria-hidden", "true");
  const width = WIDTH / buckets.length;
  const bars = buckets.map((bucket, i) => {
    const bar = document.createElementNS(SVG, "rect");
    const height = bucket.count ? Math.max(2, (HEIGHT * bucket.count) / max) : 0;
    bar.setAttribute("x", String(i * width));
    bar.setAttribute("y", String(HEIGHT - height));
    bar.setAttribute("width", String(Math.max(1, width - 1)));
    bar.setAttribute("height", String(height));
    const title = document.createElementNS(SVG, "title");
    title.textContent = `${bucket.from === bucket.to ? bucket.from : bucket.from.slice(0, 7)}: ${bucket.count} claim${bucket.count === 1 ? "" : "s"}`;
    bar.append(title);
    svg.append(bar);
    return bar;
  });
  const slider = (testId: string, label: string, value: number) =>
    element("input", { testId, attributes: { type: "range", min: "0", max: String(last), step: "1", value: String(value), "aria-label": label } });
  const start = slider("timeline-from", "claims from", Math.max(0, startIndex));
  const end = slider("timeline-to", "claims to", endIndex < 0 ? last : endIndex);
  const show = () => {
    const [a, b] = [Number(start.value), Number(end.value)].sort((x, y) => x - y) as [number, number];
    bars.forEach((bar, i) => bar.classList.toggle("outside", i < a || i > b));
    return [a, b] as const;
  };
  const apply = () => {
    const [a, b] = show();
    // A bound at the end of the timeline is left open, so claims dated later (or added later) are not cut off.
    onRange(a === 0 ? "" : buckets[a]!.from, b === last ? "" : buckets[b]!.to);
  };
  for (const input of [start, end]) {
    input.addEventListener("input", show);
    input.addEventListener("change", apply);
  }
  show();
  return element("div", { className: "timeline", testId: "timeline", title: "Claims per day or month: drag the sliders to set the date range" }, [
    svg as unknown as HTMLElement,
    element("div", { className: "timeline-sliders" }, [start, end]),
  ]);
}
