// The first load of a large corpus (`kg import`): extract on every core into neo4j-admin CSV files,
// import them into a fresh local database with the server stopped, then start it and apply the
// schema. The graph is the one `kg ingest` would build from the same files (same rows, same order).
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { documentIdOf, listDocumentFiles, defaults as parseDefaults } from "../documents/index.ts";
import { BulkCsvWriter, finishImportedGraph } from "../graph/bulk-import.ts";
import {
  countGraph,
  createDriver,
  connectionFromEnv,
  localDatabaseDir,
  localServerOptions,
  runLocalImport,
  startLocalServer,
  stopLocalServer,
  type GraphCounts,
  type LocalServerOptions,
} from "../graph/index.ts";
import { KgError, type DocumentExtraction, type DocumentMessage } from "../types/index.ts";
import { displayPath } from "./extract-file.ts";
import { defaultWorkers, extractInOrder } from "./extract-pool.ts";
import type { IngestProgress } from "./ingest.ts";
import { MessageLog } from "./message-log.ts";

export interface BulkImportOptions {
  workers: number;
  maxBytes: number;
  /** Documents per group of rows: the same grouping as the online batches, so edges follow the same rules. */
  batchSize: number;
  /** Where the CSV files go; default <local Neo4j home>/import. */
  csvDir?: string;
  /** Keep the CSV files after the import (they are deleted otherwise). */
  keepCsv: boolean;
}
export const bulkImportDefaults: BulkImportOptions = { workers: defaultWorkers(), maxBytes: parseDefaults.maxBytes, batchSize: 100, keepCsv: false };

export interface BulkImportReport {
  files: number;
  imported: number;
  /** Files whose content another, later file repeats: as with `kg ingest`, the later path is kept. */
  duplicates: number;
  failed: { file: string; reason: string }[];
  messages: { file: string; message: DocumentMessage }[];
  messageCounts: Record<DocumentMessage["severity"], number>;
  /** Rows written to the CSV files. */
  rows: { nodes: number; relationships: number };
  counts: GraphCounts;
  /**
   * Wall-clock seconds of each phase: extract (and write the CSV files), import (neo4j-admin), finish
   * (all that follows), which is start (the server), emptyArrays (put back), schema (with index population) and the count.
   */
  seconds: { extract: number; import: number; finish: number; start: number; emptyArrays: number; schema: number };
}

/** Refuses a remote server or a local database that already holds documents. */
async function ensureFreshLocalDatabase(server: LocalServerOptions, log: (line: string) => void): Promise<void> {
  if (process.env.NEO4J_URI) {
    throw new KgError(
      `kg import writes the store files of the local Neo4j and cannot load a remote server (NEO4J_URI=${process.env.NEO4J_URI}); use 'kg ingest' there`,
    );
  }
  if (!existsSync(localDatabaseDir(server))) return;
  await startLocalServer(server, log);
  const driver = createDriver(connectionFromEnv());
  try {
    const counts = await countGraph(driver);
    const held = counts.documents + counts.people + counts.groups + counts.places + counts.claims;
    if (held > 0) {
      throw new KgError(
        `the local database in ${server.home} is not empty (${counts.documents} documents, ${held - counts.documents} entities and claims); ` +
          `kg import only loads a fresh database: use 'kg ingest' to add documents, or set KG_NEO4J_HOME to a new folder`,
      );
    }
  } finally {
    await driver.close();
  }
}

/** Keeps, of files with the same content (same document id), only the last: what a sequential ingest ends with. */
function lastOfEachContent(files: string[]): string[] {
  const last = new Map<string, number>();
  files.forEach((f, i) => {
    try {
      last.set(documentIdOf(readFileSync(f)), i);
    } catch {
      last.set(`unreadable:${f}`, i); // extraction reports it by name
    }
  });
  const keep = new Set(last.values());
  return files.filter((_, i) => keep.has(i));
}

export async function bulkImportPaths(
  paths: string[],
  options: Partial<BulkImportOptions> = {},
  onProgress: (p: IngestProgress) => void = () => {},
  log: (line: string) => void = () => {},
): Promise<BulkImportReport> {
  const o = { ...bulkImportDefaults, ...options };
  const server = localServerOptions();
  await ensureFreshLocalDatabase(server, log);
  const messages = new MessageLog();
  const failed: BulkImportReport["failed"] = [];
  const listed = await listDocumentFiles(paths, (e) => failed.push({ file: e.file, reason: e.reason }));
  const files = lastOfEachContent(listed);

  const t0 = performance.now();
  const csvDir = o.csvDir ?? join(server.home, "import");
  const writer = new BulkCsvWriter(csvDir);
  let batch: DocumentExtraction[] = [];
  let imported = 0;
  for await (const { index, file, outcome } of extractInOrder(files, { workers: o.workers, maxBytes: o.maxBytes })) {
    if (outcome.ok) {
      for (const message of outcome.messages) messages.add(displayPath(file), message);
      batch.push(outcome.extraction);
    } else {
      failed.push({ file: displayPath(file), reason: outcome.reason });
    }
    if (batch.length >= o.batchSize || index === files.length - 1) {
      writer.add(batch);
      imported += batch.length;
      batch = [];
    }
    onProgress({ done: index + 1, total: files.length, file });
  }
  const args = writer.finish();
  const t1 = performance.now();

  await stopLocalServer(server);
  log(`Importing ${writer.counts.nodes} nodes and ${writer.counts.relationships} relationships with neo4j-admin...`);
  runLocalImport(server, args);
  const t2 = performance.now();
  if (!o.keepCsv) rmSync(csvDir, { recursive: true, force: true });

  await startLocalServer(server, log);
  const started = performance.now();
  const driver = createDriver(connectionFromEnv());
  try {
    const finished = await finishImportedGraph(driver, writer.emptyArrayFixes(), log);
    const counts = await countGraph(driver);
    const t3 = performance.now();
    return {
      files: listed.length,
      imported,
      duplicates: listed.length - files.length,
      failed,
      messages: messages.kept,
      messageCounts: messages.counts,
      rows: writer.counts,
      counts,
      seconds: { extract: (t1 - t0) / 1000, import: (t2 - t1) / 1000, finish: (t3 - t2) / 1000, start: (started - t2) / 1000, ...finished },
    };
  } finally {
    await driver.close();
  }
}
