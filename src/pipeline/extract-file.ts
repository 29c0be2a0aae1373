// One file in, one extraction out: read, decode, extract. Shared by the in-process path and the
// extraction workers, so both produce exactly the same records.
import { relative } from "node:path";
import { parseDocument, readDocumentBytes } from "../documents/index.ts";
import { BadInputError, type DocumentExtraction, type DocumentMessage } from "../types/index.ts";
import { defaultExtractionContext, extractDocument } from "./extract-document.ts";

/** Path as stored on the Document: relative to the working folder when inside it. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel;
}

/** Reads and extracts one file; bad input becomes a BadInputError naming the file. */
export function extractFile(
  path: string,
  maxBytes: number,
  { entitiesOnly = false }: { entitiesOnly?: boolean } = {},
): { extraction: DocumentExtraction; messages: DocumentMessage[] } {
  const bytes = readDocumentBytes(path, maxBytes);
  const parsed = parseDocument(displayPath(path), bytes, { maxBytes });
  const context = defaultExtractionContext();
  const extraction = extractDocument(parsed.document, entitiesOnly ? { ...context, extract: { ...context.extract, entitiesOnly } } : context);
  return { extraction, messages: [...parsed.messages, ...extraction.messages] };
}

/** What happened to one file: its extraction, or why it was refused. */
export type FileOutcome =
  | { ok: true; extraction: DocumentExtraction; messages: DocumentMessage[] }
  | { ok: false; reason: string };

/** extractFile that never throws: one unreadable or unexpected file must not stop the others. */
export function extractFileOutcome(path: string, maxBytes: number): FileOutcome {
  try {
    return { ok: true, ...extractFile(path, maxBytes) };
  } catch (e) {
    return { ok: false, reason: e instanceof BadInputError ? e.reason : `extraction failed (${(e as Error).message})` };
  }
}
