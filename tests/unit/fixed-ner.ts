// A recogniser that always finds the spans it is given: tests of the rules that join, cut or retype the
// NER's spans, which must not hang on how one trained model reads one name.
import type { NerLabel, NerSpan } from "../../src/extract/ner/index.ts";

/** Each span (label, words, confidence) where its words first stand after the span before. */
export function fixedNer(spans: readonly (readonly [NerLabel, string, number])[]): (text: string, start: number) => NerSpan[] {
  return (text, start) => {
    let from = start;
    return spans.map(([label, words, score]) => {
      const at = text.indexOf(words, from);
      if (at < 0) throw new Error(`fixedNer: "${words}" is not in the text`);
      from = at + words.length;
      return { start: at, end: at + words.length, text: words, label, score };
    });
  };
}
