// Claims measured against PolNeAR (Political News Attribution Relations, brat standoff): how well our
// claims' source (speakerMention), cue (cueSpan) and content (evidence) spans match the annotated
// Source, Cue and Content spans, exactly and by overlap, and how many whole attributions we find.
// Pure: annotation text and extracted claims come in as values; the CLI reads the files.
// Offsets of the .ann files are UTF-16 code units of the text file, as JS strings index them
// (checked on every span of dev and train: text.slice(start, end) is the annotated text).
import type { ClaimRecord, Span } from "../types/index.ts";

/** A possibly discontinuous span ("start end;start end" in brat), fragments in text order. */
export interface GoldSpan {
  fragments: Span[];
  text: string;
}

export interface GoldAttribution {
  source?: GoldSpan;
  cue?: GoldSpan;
  content?: GoldSpan;
}

/** Our side of one attribution: a claim's speaker mention, cue and content spans. */
export interface PredictedAttribution {
  source?: Span;
  cue?: Span;
  content: Span;
}

export const SPAN_KINDS = ["source", "cue", "content"] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** The attributions of one brat .ann file; T lines of other labels ("Attribution") are ignored. */
export function parseBratAttributions(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; span: GoldSpan }>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const fragments = t[3]!.split(";").map((f) => {
        const [start, end] = f.trim().split(/\s+/).map(Number);
        return { start: start!, end: end! };
      });
      fragments.sort((a, b) => a.start - b.start);
      spans.set(t[1]!, { label: t[2]!, span: { fragments, text: t[4]! } });
    } else if (/^E\d+\t/.test(line)) events.push(line.split("\t")[1] ?? "");
  }
  const out: GoldAttribution[] = [];
  for (const event of events) {
    const a: GoldAttribution = {};
    for (const arg of event.trim().split(/\s+/)) {
      const [role, id] = arg.split(":");
      const span = spans.get(id ?? "")?.span;
      if (!span) continue;
      if (role === "Source") a.source = span;
      else if (role === "Cue") a.cue = span;
      else if (role === "Content") a.content = span;
    }
    if (a.source || a.cue || a.content) out.push(a);
  }
  return out;
}

/**
 * One predicted attribution per cue and source, as PolNeAR has one attribution per cue: the claims of
 * a quote split around its cue, or of a paragraph of quotes after one cue, are one attribution whose
 * content runs from the first claim's to the last one's (PolNeAR marks such content as one span).
 */
export function predictedFromClaims(claims: readonly ClaimRecord[]): PredictedAttribution[] {
  const byCue = new Map<string, PredictedAttribution>();
  for (const c of claims) {
    const key = [c.speakerMention, c.cueSpan].map((s) => (s ? `${s.start}-${s.end}` : "")).join("|");
    const seen = byCue.get(key);
    if (seen && c.cueSpan) {
      seen.content = { start: Math.min(seen.content.start, c.evidence.start), end: Math.max(seen.content.end, c.evidence.end) };
      continue;
    }
    byCue.set(key + (c.cueSpan ? "" : `|${c.evidence.start}`), { content: { ...c.evidence }, ...(c.speakerMention ? { source: c.speakerMention } : {}), ...(c.cueSpan ? { cue: c.cueSpan } : {}) });
  }
  return [...byCue.values()];
}

function overlapChars(gold: GoldSpan, s: Span): number {
  let n = 0;
  for (const f of gold.fragments) n += Math.max(0, Math.min(f.end, s.end) - Math.max(f.start, s.start));
  return n;
}

function exactly(gold: GoldSpan, s: Span): boolean {
  return gold.fragments[0]!.start === s.start && gold.fragments[gold.fragments.length - 1]!.end === s.end;
}

export interface Count {
  gold: number;
  predicted: number;
  /** Pairs matched one-to-one. */
  matched: number;
}

export interface Miss {
  document: string;
  kind: SpanKind | "attribution";
  /** "missed" (gold not found) or "false" (ours not in the gold). */
  error: "missed" | "false";
  text: string;
  /** For a missed attribution, what it was: source | cue | content. */
  detail?: string;
}

/**
 * One-to-one matching of gold items to predicted ones, best overlap first, so a predicted span
 * cannot claim two gold spans and a repeated prediction is a false positive.
 */
function matchOneToOne<G, P>(gold: readonly G[], predicted: readonly P[], score: (g: G, p: P) => number): Array<number | undefined> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const s = score(g, p);
    if (s > 0) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const byGold: Array<number | undefined> = new Array(gold.length).fill(undefined);
  const taken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (byGold[i] !== undefined || taken.has(j)) continue;
    byGold[i] = j;
    taken.add(j);
  }
  return byGold;
}

export const MEASURES = ["source exact", "source overlap", "cue exact", "cue overlap", "content exact", "content overlap",
  "attribution (source+content overlap)", "attribution (cue+content overlap)"] as const;
export type Measure = (typeof MEASURES)[number];

export interface DocumentScore {
  counts: Record<Measure, Count>;
  misses: Miss[];
}

function uniqueSpans(spans: ReadonlyArray<GoldSpan | undefined>): GoldSpan[] {
  const seen = new Map<string, GoldSpan>();
  for (const s of spans) if (s) seen.set(s.fragments.map((f) => `${f.start}-${f.end}`).join(";"), s);
  return [...seen.values()];
}

function uniquePredicted(spans: ReadonlyArray<Span | undefined>): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) if (s) seen.set(`${s.start}-${s.end}`, s);
  return [...seen.values()];
}

/** Scores one document: span measures per kind (distinct spans), and whole attributions. */
export function scoreDocument(document: string, text: string, gold: readonly GoldAttribution[], predicted: readonly PredictedAttribution[]): DocumentScore {
  const counts = {} as Record<Measure, Count>;
  const misses: Miss[] = [];
  const clip = (s: Span): string => text.slice(s.start, s.end).replace(/\s+/g, " ");
  for (const kind of SPAN_KINDS) {
    const g = uniqueSpans(gold.map((a) => a[kind]));
    const p = uniquePredicted(predicted.map((a) => a[kind]));
    const exact = matchOneToOne(g, p, (x, y) => (exactly(x, y) ? 1 : 0));
    const overlap = matchOneToOne(g, p, (x, y) => overlapChars(x, y));
    counts[`${kind} exact`] = { gold: g.length, predicted: p.length, matched: exact.filter((j) => j !== undefined).length };
    counts[`${kind} overlap`] = { gold: g.length, predicted: p.length, matched: overlap.filter((j) => j !== undefined).length };
    g.forEach((x, i) => { if (overlap[i] === undefined) misses.push({ document, kind, error: "missed", text: x.text }); });
    const used = new Set(overlap);
    p.forEach((y, j) => { if (!used.has(j)) misses.push({ document, kind, error: "false", text: clip(y) }); });
  }
  const attribution = (by: "source" | "cue"): Array<number | undefined> =>
    matchOneToOne(gold, predicted, (g, p) => {
      if (!g.content || !g[by] || !p[by]) return 0;
      const content = overlapChars(g.content, p.content);
      const other = overlapChars(g[by]!, p[by]!);
      return content > 0 && other > 0 ? content + other : 0;
    });
  const bySource = attribution("source");
  const byCue = attribution("cue");
  counts["attribution (source+content overlap)"] = { gold: gold.length, predicted: predicted.length, matched: bySource.filter((j) => j !== undefined).length };
  counts["attribution (cue+content overlap)"] = { gold: gold.length, predicted: predicted.length, matched: byCue.filter((j) => j !== undefined).length };
  gold.forEach((g, i) => {
    if (bySource[i] !== undefined) return;
    const detail = `${g.source?.text ?? "(no source)"} | ${g.cue?.text ?? "(no cue)"}`;
    misses.push({ document, kind: "attribution", error: "missed", text: g.content?.text.replace(/\s+/g, " ") ?? "", detail });
  });
  const used = new Set(bySource);
  predicted.forEach((p, j) => {
    if (used.has(j)) return;
    misses.push({ document, kind: "attribution", error: "false", text: clip(p.content), detail: `${p.source ? clip(p.source) : "(no source)"} | ${p.cue ? clip(p.cue) : "(no cue)"}` });
  });
  return { counts, misses };
}

export interface PolnearResult {
  documents: number;
  counts: Record<Measure, Count>;
  misses: Miss[];
}

/** Sums document scores (micro-averaged: every span counts once, whatever its document). */
export function sumScores(scores: readonly DocumentScore[]): PolnearResult {
  const counts = {} as Record<Measure, Count>;
  for (const m of MEASURES) counts[m] = { gold: 0, predicted: 0, matched: 0 };
  for (const s of scores) for (const m of MEASURES) {
    counts[m].gold += s.counts[m].gold;
    counts[m].predicted += s.counts[m].predicted;
    counts[m].matched += s.counts[m].matched;
  }
  return { documents: scores.length, counts, misses: scores.flatMap((s) => s.misses) };
}

export function prf(c: Count): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const recall = c.gold === 0 ? 0 : c.matched / c.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
