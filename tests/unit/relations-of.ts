// The relations of a text as extraction and resolution make them, for the relation tests: ends and labels as words.
import { parseDocument } from "../../src/documents/index.ts";
import { extractMentionsAndClaims, type ExtractOptions } from "../../src/extract/index.ts";
import { loadNerModelFile } from "../../src/extract/ner/load-file.ts";
import { loadPlacesFile } from "../../src/pipeline/extract-document.ts";
import { resolveDocument } from "../../src/resolve/index.ts";

const ner = loadNerModelFile();
const { towns } = loadPlacesFile();

/** The document and extraction of `text` as a document's body, with the NER, as extraction runs. */
export function extractBody(text: string, recogniser: ExtractOptions["ner"] = ner) {
  const document = parseDocument("t.txt", new TextEncoder().encode(`Headline\n\n${text}`)).document;
  return { document, x: extractMentionsAndClaims(document, { ner: recogniser, towns }) };
}

/** [source, type, target, label] of each relation of these types, the ends as the mentions' words. */
export function relationsOf(text: string, types: readonly string[], recogniser?: ExtractOptions["ner"]) {
  const { x } = extractBody(text, recogniser);
  return x.relations.filter((r) => types.includes(r.type))
    .map((r) => [x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place, r.label ?? ""]);
}

/** [source, type, target] of each resolved relation, by the entities' names. */
export function resolvedRelationsOf(text: string) {
  const { document, x } = extractBody(text);
  const resolved = resolveDocument(document, x);
  const name = new Map(resolved.entities.map((e) => [e.id, e.name]));
  return resolved.relations.map((r) => [name.get(r.source), r.type, name.get(r.target)]);
}

/** Each claim's speaker: the mention's words, else the speaker's own words. */
export function speakersOf(text: string) {
  const { document, x } = extractBody(text);
  return x.claims.map((c) => ("mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : document.text.slice(c.speaker.start, c.speaker.end)));
}

/** The resolved speaker of each claim, by the entity's name (or the speaker's own words). */
export function resolvedSpeakersOf(text: string) {
  const { document, x } = extractBody(text);
  const resolved = resolveDocument(document, x);
  const name = new Map(resolved.entities.map((e) => [e.id, e.name]));
  return resolved.claims.map((c) => name.get(c.speaker) ?? c.speaker);
}
