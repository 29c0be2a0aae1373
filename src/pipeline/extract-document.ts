// The extraction pipeline for one document: extract (text → raw records), then resolve (raw records →
// entities with stable ids). This is what the CLI and ingest call. It is also the edge where the two
// files extraction needs are read, once per process: the trained NER and attribution models (data/models),
// the reviewed resolution overrides (data/resolutions.json) and the GeoNames places table
// (data/geo/places.json); the stages get them as values.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractMentionsAndClaims, type ExtractOptions } from "../extract/index.ts";
import { loadAttributionModelFile } from "../extract/attribution/load-model.ts";
import { loadNerModelFile } from "../extract/ner/load-file.ts";
import { indexPlaces, indexResolutions, townNames, NO_PLACES, NO_RESOLUTIONS, parseResolutions, resolveDocument, type ResolveOptions } from "../resolve/index.ts";
import { BadInputError, type DocumentExtraction, type DocumentRecord } from "../types/index.ts";

export const DEFAULT_RESOLUTIONS_PATH = fileURLToPath(new URL("../../data/resolutions.json", import.meta.url));
export const DEFAULT_PLACES_PATH = fileURLToPath(new URL("../../data/geo/places.json", import.meta.url));

export interface ExtractionContext {
  extract: ExtractOptions;
  resolve: Partial<ResolveOptions>;
}

/** The reviewed overrides file; a missing file means no overrides, a malformed one is an error. */
export function loadResolutionsFile(path = DEFAULT_RESOLUTIONS_PATH): ResolveOptions["resolutions"] {
  if (!existsSync(path)) return NO_RESOLUTIONS;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new BadInputError(path, `not valid JSON (${(e as Error).message}); fix or remove the file`);
  }
  const parsed = parseResolutions(json);
  if (!parsed.ok) throw new BadInputError(path, `${parsed.message}; expected {merge: [{type, names, into}], split: [{type, names}]}`);
  return indexResolutions(parsed.value);
}

/**
 * The GeoNames places table: the index resolution locates places with, and the folded town names recognition knows.
 * Without the file places carry no coordinates and only the word lists know towns.
 */
export function loadPlacesFile(path = DEFAULT_PLACES_PATH): { places: ResolveOptions["places"]; towns: ReadonlySet<string> } {
  if (!existsSync(path)) return { places: NO_PLACES, towns: new Set() };
  try {
    const json = JSON.parse(readFileSync(path, "utf8"));
    return { places: indexPlaces(json), towns: townNames(json) };
  } catch (e) {
    throw new BadInputError(path, `${(e as Error).message}; rebuild it with 'tsx scripts/build-places.ts'`);
  }
}

let defaultContext: ExtractionContext | undefined;

/** The model and overrides from data/, loaded on first use and shared by every later document. */
export function defaultExtractionContext(): ExtractionContext {
  if (!defaultContext) {
    const { places, towns } = loadPlacesFile();
    defaultContext = { extract: { ner: loadNerModelFile(), attribution: loadAttributionModelFile(), towns }, resolve: { resolutions: loadResolutionsFile(), places } };
  }
  return defaultContext;
}

/** Entities, claims, relations and messages of one document. Deterministic for a given context. */
export function extractDocument(document: DocumentRecord, context: ExtractionContext = defaultExtractionContext()): DocumentExtraction {
  return resolveDocument(document, extractMentionsAndClaims(document, context.extract), context.resolve);
}
