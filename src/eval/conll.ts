// CoNLL-2003 reading and entity-level evaluation, as pure functions (text in, numbers out).
// Scoring is exact match on (sentence, start, end, type), like the conlleval script; the overall
// score is over PER, ORG and LOC, with MISC reported on its own line.
import { NER_LABELS, bioSpans, iob1ToBio, type NerLabel } from "../extract/ner/tags.ts";

export interface ConllSentence {
  tokens: string[];
  /** Gold tags in BIO (converted from the file's IOB1). */
  tags: string[];
  /** Index of the document (-DOCSTART- block) the sentence belongs to. */
  doc: number;
}

/** Reads `token POS chunk NER` lines (IOB1), blank lines between sentences, -DOCSTART- between documents. */
export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let doc = -1;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags: iob1ToBio(tags), doc: Math.max(doc, 0) });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      flush();
      doc++;
      continue;
    }
    tokens.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return sentences;
}

/** Sentences grouped by document, in order. */
export function groupByDocument(sentences: readonly ConllSentence[]): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let last = Number.NaN;
  for (const s of sentences) {
    if (s.doc !== last) docs.push([]);
    docs[docs.length - 1]!.push(s);
    last = s.doc;
  }
  return docs;
}

/** Predicts BIO tags for every sentence of one document (the tokens of each sentence). */
export type NerPredictFn = (document: readonly (readonly string[])[]) => string[][];

export interface PrfCounts {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerEvaluation {
  byType: Record<NerLabel, PrfCounts>;
  /** Over PER, ORG and LOC. */
  overall: PrfCounts;
  /** Over all four types, as conlleval reports it. */
  all: PrfCounts;
  sentences: number;
  tokens: number;
}

function prf(gold: number, predicted: number, correct: number): PrfCounts {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

/** Scores predicted BIO tags against gold BIO tags, sentence by sentence. */
export function scoreTags(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): NerEvaluation {
  const counts = Object.fromEntries(NER_LABELS.map((l) => [l, { gold: 0, predicted: 0, correct: 0 }])) as Record<
    NerLabel,
    { gold: number; predicted: number; correct: number }
  >;
  let tokens = 0;
  gold.forEach((goldTags, s) => {
    const predTags = predicted[s] ?? [];
    if (predTags.length !== goldTags.length) {
      throw new Error(`eval: sentence ${s} has ${goldTags.length} gold tags but ${predTags.length} predicted`);
    }
    tokens += goldTags.length;
    const goldSpans = bioSpans(goldTags);
    const key = (sp: { start: number; end: number; label: string }) => `${sp.start}:${sp.end}:${sp.label}`;
    const goldKeys = new Set(goldSpans.map(key));
    for (const sp of goldSpans) counts[sp.label].gold++;
    for (const sp of bioSpans(predTags)) {
      counts[sp.label].predicted++;
      if (goldKeys.has(key(sp))) counts[sp.label].correct++;
    }
  });
  const sum = (labels: readonly NerLabel[]) =>
    prf(...(["gold", "predicted", "correct"] as const).map((f) => labels.reduce((a, l) => a + counts[l][f], 0)) as [number, number, number]);
  return {
    byType: Object.fromEntries(NER_LABELS.map((l) => [l, prf(counts[l].gold, counts[l].predicted, counts[l].correct)])) as Record<NerLabel, PrfCounts>,
    overall: sum(["PER", "ORG", "LOC"]),
    all: sum(NER_LABELS),
    sentences: gold.length,
    tokens,
  };
}

/** Runs a predictor document by document over gold sentences and scores it. */
export function evaluateNer(goldSentences: readonly ConllSentence[], predict: NerPredictFn): NerEvaluation {
  const predicted: string[][] = [];
  for (const doc of groupByDocument(goldSentences)) predicted.push(...predict(doc.map((s) => s.tokens)));
  return scoreTags(goldSentences.map((s) => s.tags), predicted);
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

/** A text table of P/R/F1 per type, one column group per system: ours and a baseline side by side. */
export function formatNerTable(systems: readonly { name: string; evaluation: NerEvaluation }[]): string {
  const rows: [string, (e: NerEvaluation) => PrfCounts][] = [
    ["PER", (e) => e.byType.PER],
    ["ORG", (e) => e.byType.ORG],
    ["LOC", (e) => e.byType.LOC],
    ["overall (PER/ORG/LOC)", (e) => e.overall],
    ["MISC", (e) => e.byType.MISC],
    ["all four types", (e) => e.all],
  ];
  const width = 22;
  const group = (name: string) => name.slice(0, 26).padEnd(26);
  const lines = [
    "".padEnd(width) + systems.map((s) => " | " + group(s.name)).join(""),
    "type".padEnd(width) + systems.map(() => " | " + "     P      R     F1  gold".padEnd(26)).join(""),
  ];
  lines.push("-".repeat(lines[1]!.length));
  for (const [label, pick] of rows) {
    const cells = systems.map((s) => {
      const c = pick(s.evaluation);
      return ` | ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} ${String(c.gold).padStart(5)}`.padEnd(29);
    });
    lines.push(label.padEnd(width) + cells.join(""));
  }
  return lines.join("\n");
}
