// Orchestrates read → extract → resolve → store for a list of paths. The only place that knows
// every stage; each stage stays ignorant of the others' I/O.
import { relative } from "node:path";
import type { Driver } from "neo4j-driver";
import { listDocumentFiles, parseDocument, readDocumentBytes, defaults as parseDefaults } from "../documents/index.ts";
import { writeDocumentBatch } from "../graph/index.ts";
import { BadInputError, type DocumentExtraction, type DocumentMessage } from "../types/index.ts";
import { extractDocument } from "./extract-document.ts";

export interface IngestOptions {
  /** Documents written per transaction. */
  batchSize: number;
  /** Files above this size are refused. */
  maxBytes: number;
}
export const ingestDefaults: IngestOptions = { batchSize: 100, maxBytes: parseDefaults.maxBytes };

export interface IngestReport {
  files: number;
  ingested: number;
  failed: { file: string; reason: string }[];
  messages: { file: string; message: DocumentMessage }[];
}

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

/** Path as stored on the Document: relative to the working folder when inside it. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel;
}

/** Reads and extracts one file; bad input becomes a BadInputError naming the file. */
export async function extractFile(path: string, maxBytes: number): Promise<{ extraction: DocumentExtraction; messages: DocumentMessage[] }> {
  const bytes = await readDocumentBytes(path);
  const parsed = parseDocument(displayPath(path), bytes, { maxBytes });
  const extraction = extractDocument(parsed.document);
  return { extraction, messages: [...parsed.messages, ...extraction.messages] };
}

export async function ingestPaths(
  driver: Driver,
  paths: string[],
  options: Partial<IngestOptions> = {},
  onProgress: (p: IngestProgress) => void = () => {},
): Promise<IngestReport> {
  const { batchSize, maxBytes } = { ...ingestDefaults, ...options };
  const report: IngestReport = { files: 0, ingested: 0, failed: [], messages: [] };
  const files = await listDocumentFiles(paths, (e) => report.failed.push({ file: e.file, reason: e.reason }));
  report.files = files.length;
  let batch: DocumentExtraction[] = [];
  const flush = async () => {
    await writeDocumentBatch(driver, batch);
    report.ingested += batch.length;
    batch = [];
  };
  for (const [i, file] of files.entries()) {
    try {
      const { extraction, messages } = await extractFile(file, maxBytes);
      for (const message of messages) report.messages.push({ file: displayPath(file), message });
      batch.push(extraction);
    } catch (e) {
      // One unreadable or unexpected file must not stop the others; it is reported by name.
      const reason = e instanceof BadInputError ? e.reason : `extraction failed (${(e as Error).message})`;
      report.failed.push({ file: displayPath(file), reason });
    }
    if (batch.length >= batchSize) await flush();
    onProgress({ done: i + 1, total: files.length, file });
  }
  await flush();
  return report;
}
