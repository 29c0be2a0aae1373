// The extraction pipeline for one document: extract (text → raw records), then resolve (raw records →
// entities with stable ids). This is what the CLI and ingest call.
import { extractMentionsAndClaims } from "../extract/index.ts";
import { resolveDocument } from "../resolve/index.ts";
import type { DocumentExtraction, DocumentRecord } from "../types/index.ts";

/** Entities, claims, relations and messages of one document. Pure and deterministic. */
export function extractDocument(document: DocumentRecord): DocumentExtraction {
  return resolveDocument(document, extractMentionsAndClaims(document));
}
