// The claims of a text as extraction makes them, for the claim tests: speaker, cue, content and source as words.
import { parseDocument } from "../../src/documents/index.ts";
import { loadAttributionModelFile } from "../../src/extract/attribution/load-model.ts";
import { extractMentionsAndClaims, type ExtractOptions } from "../../src/extract/index.ts";
import { loadNerModelFile } from "../../src/extract/ner/load-file.ts";

export const attribution = loadAttributionModelFile();

/** The claims of `text` as a document's body; `ner`: with the NER model too, as extraction runs (or with the recogniser given). */
export function claimsOf(text: string, ner: boolean | ExtractOptions["ner"] = false) {
  return claimsOfDocument(`Headline\n\n${text}`, ner);
}

/** The claims of a whole document's bytes as written (a date line, a headline, the body). */
export function claimsOfDocument(file: string, ner: boolean | ExtractOptions["ner"] = true) {
  const document = parseDocument("t.txt", new TextEncoder().encode(file)).document;
  const recogniser = ner === true ? loadNerModelFile() : ner === false ? undefined : ner;
  const x = extractMentionsAndClaims(document, recogniser ? { attribution, ner: recogniser } : { attribution });
  const at = (s: { start: number; end: number } | undefined) => (s ? document.text.slice(s.start, s.end) : undefined);
  return x.claims.map((c) => ({
    cue: at(c.cueSpan), content: at(c.evidence), source: at(c.sourceSpan), predicate: c.predicate, negated: c.attributes?.negated, date: c.date,
    speaker: "mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : c.speaker.words,
  }));
}
