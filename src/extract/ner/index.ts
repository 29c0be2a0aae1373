// Statistical named-entity recogniser: an averaged perceptron trained on CoNLL-2003 (see
// scripts/train-ner.ts). Pure functions: load a parsed model object, then find PER / ORG / LOC /
// MISC spans in text, with offsets into the text. Loading the file from disk is in load-file.ts.
import { decodeNerModel, type DecodedModel } from "./model.ts";
import { decodeDocument, spanConfidence, type ScoredSentence } from "./decode.ts";
import { scoreDocument } from "./static-scores.ts";
import { BIO_TAGS, tagIdSpans, type NerLabel } from "./tags.ts";
import { splitSentences, tokenize, type Token } from "./tokenize.ts";

export { NER_LABELS, type NerLabel } from "./tags.ts";
export { tokenize, splitSentences, type Token } from "./tokenize.ts";
export type { NerModelJson } from "./model.ts";

/** A loaded model, ready for prediction (immutable). */
export type NerModel = Readonly<DecodedModel>;

/** One entity mention: text.slice(start, end) === text. */
export interface NerSpan {
  start: number;
  end: number;
  text: string;
  label: NerLabel;
  /** Confidence in (0, 1]: the lowest probability of the chosen tags inside the span (temperature-scaled softmax). */
  score?: number;
}

export interface NerLoadOptions {
  /**
   * Beam width for decoding: 1 is greedy (fastest), 2–3 trade speed for accuracy (on CoNLL dev:
   * beam 2 +0.5 F1 for about 15% more time, beam 3 +0.6 F1 for about 35% more). Default: the
   * width the model was trained and selected with.
   */
  beam?: number;
}

/** Builds a model from the parsed JSON of a model file (data/models/ner.json); throws if it is not one. */
export function loadNerModel(json: unknown, options: NerLoadOptions = {}): NerModel {
  const decoded = decodeNerModel(json);
  if (options.beam !== undefined) {
    if (!Number.isInteger(options.beam) || options.beam < 1 || options.beam > 16) {
      throw new Error(`ner: beam must be an integer from 1 to 16 (got ${options.beam})`);
    }
    decoded.beam = options.beam;
  }
  return Object.freeze(decoded);
}

function tagSentences(model: NerModel, sentences: readonly (readonly string[])[], withConfidence = false): { resolved: ScoredSentence[]; tags: Uint8Array[]; confidence?: Float32Array[] } {
  const resolved = scoreDocument(model.weights, model.resources, sentences);
  // Greedy decoding scores each token once: its confidences are kept then, not recomputed per span.
  if (withConfidence && model.beam === 1) {
    const out: Float32Array[] = [];
    const tags = decodeDocument(model.weights, resolved, 1, { temperature: model.temperature, out });
    return { resolved, tags, confidence: out };
  }
  return { resolved, tags: decodeDocument(model.weights, resolved, model.beam) };
}

/** BIO tags for pre-tokenised sentences of one document (CoNLL-style tokens), e.g. for evaluation. */
export function predictDocumentTags(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagSentences(model, sentences).tags.map((tags) => Array.from(tags, (t) => BIO_TAGS[t]!));
}

/**
 * Entity spans in text[start, end), with offsets into the whole text. The range is read as one
 * document: words seen elsewhere in it (in lowercase, after a title) inform each other.
 */
export function recognizeEntities(model: NerModel, text: string, start = 0, end = text.length): NerSpan[] {
  const sentences: Token[][] = splitSentences(text, tokenize(text, start, end));
  const words: string[][] = [];
  for (const s of sentences) {
    const w: string[] = new Array(s.length);
    for (let i = 0; i < s.length; i++) w[i] = s[i]!.norm;
    words.push(w);
  }
  const { resolved, tags, confidence } = tagSentences(model, words, true);
  const spans: NerSpan[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const tokens = sentences[k]!;
    for (const sp of tagIdSpans(tags[k]!)) {
      const from = tokens[sp.start]!.start;
      const to = tokens[sp.end - 1]!.end;
      let score = 1;
      if (confidence) for (let i = sp.start; i < sp.end; i++) score = Math.min(score, confidence[k]![i]!);
      else score = spanConfidence(model.weights, resolved[k]!, tags[k]!, sp.start, sp.end, model.temperature);
      spans.push({ start: from, end: to, text: text.slice(from, to), label: sp.label, score: Number(score.toFixed(3)) });
    }
  }
  return spans;
}
