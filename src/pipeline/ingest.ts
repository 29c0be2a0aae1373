// Orchestrates read → extract → resolve → store for a list of paths. The only place that knows
// every stage; each stage stays ignorant of the others' I/O.
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Driver } from "neo4j-driver";
import { listDocumentFiles, parseDocument, readDocumentBytes, defaults as parseDefaults } from "../documents/index.ts";
import { DatabaseStorageError, deleteDocuments, listStoredDocuments, writeDocumentBatch } from "../graph/index.ts";
import { BadInputError, DatabaseUnavailableError, type DocumentExtraction, type DocumentMessage } from "../types/index.ts";
import { extractDocument } from "./extract-document.ts";

export interface IngestOptions {
  /** Documents written per transaction. */
  batchSize: number;
  /** Files above this size are refused. */
  maxBytes: number;
  /** After ingesting, delete stored documents under the given paths whose files are gone. */
  prune: boolean;
  /** Extra attempts at a batch when Neo4j cannot be reached (the driver already retries transient errors). */
  retries: number;
  /** Wait before the first extra attempt; doubles with each one. */
  retryDelayMs: number;
}
export const ingestDefaults: IngestOptions = { batchSize: 100, maxBytes: parseDefaults.maxBytes, prune: false, retries: 2, retryDelayMs: 2_000 };

export interface IngestReport {
  files: number;
  ingested: number;
  /** Documents deleted by --prune because their files are gone. */
  pruned: number;
  failed: { file: string; reason: string }[];
  messages: { file: string; message: DocumentMessage }[];
}

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

/** Told before a batch is tried again after Neo4j could not be reached. */
export interface RetryNotice {
  attempt: number;
  of: number;
  delayMs: number;
  reason: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Path as stored on the Document: relative to the working folder when inside it. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel;
}

/** Reads and extracts one file; bad input becomes a BadInputError naming the file. */
export async function extractFile(path: string, maxBytes: number): Promise<{ extraction: DocumentExtraction; messages: DocumentMessage[] }> {
  const bytes = await readDocumentBytes(path, maxBytes);
  const parsed = parseDocument(displayPath(path), bytes, { maxBytes });
  const extraction = extractDocument(parsed.document);
  return { extraction, messages: [...parsed.messages, ...extraction.messages] };
}

/**
 * Writes a batch, trying again when the connection is lost; the batch is one transaction either way. The driver
 * has already retried for its maxTransactionRetryTime, so an extra attempt is made only when the server answers
 * again; a full disk is never retried.
 */
async function writeWithRetry(driver: Driver, batch: DocumentExtraction[], o: IngestOptions, onRetry: (n: RetryNotice) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeDocumentBatch(driver, batch);
    } catch (e) {
      if (!(e instanceof DatabaseUnavailableError) || e instanceof DatabaseStorageError || attempt > o.retries) throw e;
      const delayMs = o.retryDelayMs * 2 ** (attempt - 1);
      onRetry({ attempt: attempt + 1, of: o.retries + 1, delayMs, reason: e.message });
      await sleep(delayMs);
      if (!(await driver.verifyConnectivity().then(() => true, () => false))) throw e;
    }
  }
}

export async function ingestPaths(
  driver: Driver,
  paths: string[],
  options: Partial<IngestOptions> = {},
  onProgress: (p: IngestProgress) => void = () => {},
  onRetry: (n: RetryNotice) => void = () => {},
): Promise<IngestReport> {
  const o = { ...ingestDefaults, ...options };
  const report: IngestReport = { files: 0, ingested: 0, pruned: 0, failed: [], messages: [] };
  const files = await listDocumentFiles(paths, (e) => report.failed.push({ file: e.file, reason: e.reason }));
  report.files = files.length;
  const written = new Set<string>();
  let batch: DocumentExtraction[] = [];
  const flush = async () => {
    try {
      await writeWithRetry(driver, batch, o, onRetry);
    } catch (e) {
      if (!(e instanceof DatabaseUnavailableError) || batch.length === 0) throw e;
      throw new DatabaseUnavailableError(
        `${e.message}\nThe batch of ${batch.length} document(s) starting at ${batch[0]!.document.path} was not written (each batch is one ` +
          `transaction, so no document is half-written); ${report.ingested} document(s) before it were. Start Neo4j and re-run the same 'kg ingest' to complete it.`,
      );
    }
    for (const b of batch) written.add(b.document.id);
    report.ingested += batch.length;
    batch = [];
  };
  for (const [i, file] of files.entries()) {
    try {
      const { extraction, messages } = await extractFile(file, o.maxBytes);
      for (const message of messages) report.messages.push({ file: displayPath(file), message });
      batch.push(extraction);
    } catch (e) {
      // One unreadable or unexpected file must not stop the others; it is reported by name.
      const reason = e instanceof BadInputError ? e.reason : `extraction failed (${(e as Error).message})`;
      report.failed.push({ file: displayPath(file), reason });
    }
    if (batch.length >= o.batchSize) await flush();
    onProgress({ done: i + 1, total: files.length, file });
  }
  await flush();
  if (o.prune) report.pruned = await pruneMissingDocuments(driver, paths, written);
  return report;
}

/** True when `path` is `root` or inside it. */
function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Deletes stored documents under `paths` whose files no longer exist (stored paths are relative to
 * the folder ingest ran in). Documents just written are kept even if stored under another path.
 */
export async function pruneMissingDocuments(driver: Driver, paths: string[], keep: ReadonlySet<string> = new Set()): Promise<number> {
  const roots = paths.map((p) => resolve(p));
  const gone = (await listStoredDocuments(driver)).filter((d) => {
    if (d.path === null || keep.has(d.id)) return false;
    const abs = resolve(d.path);
    return roots.some((root) => isWithin(abs, root)) && !existsSync(abs);
  });
  return deleteDocuments(driver, gone.map((d) => d.id));
}
