// Stage 1: read and normalise documents. Offers file listing/reading (I/O) and pure parsing.
export { parseDocument, documentIdOf, defaults, type ParseOptions, type ParsedDocument } from "./parse.ts";
export { listDocumentFiles, readDocumentBytes } from "./read.ts";
