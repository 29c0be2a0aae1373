// Extraction on several cores: a small supervisor over worker threads that streams files through
// and hands results back in file order, so whatever is written from them is the same as a
// sequential run. At most `window` files are between "sent to a worker" and "handed on", so the
// corpus is never held in memory however fast the workers are compared with the consumer.
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { KgError } from "../types/index.ts";
import { extractFileOutcome, type FileOutcome } from "./extract-file.ts";
import type { ExtractTask } from "./extract-worker.ts";

export interface ExtractPoolOptions {
  /** Worker threads; 1 extracts in this thread, as before the pool existed. */
  workers: number;
  maxBytes: number;
  /** Files in flight or waiting to be handed on; default 8 per worker. */
  window?: number;
}

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

export interface ExtractedFile {
  /** Position in the input list. */
  index: number;
  file: string;
  outcome: FileOutcome;
}

// The project runs TypeScript through tsx with no build step. A worker does what bin/kg.js does:
// registers tsx's loader (`--import tsx` in execArgv does not reach a worker's entry on Node 20),
// then imports the TypeScript entry; both by absolute URL so any working folder works.
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href.replace(/\.cjs$/, ".mjs");
const WORKER_ENTRY = new URL("./extract-worker.ts", import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_ENTRY)}); })`;
/** Tasks queued per worker, so a worker never waits for the next message. */
const DEPTH = 2;

/** Yields every file's outcome in input order. */
export async function* extractInOrder(files: readonly string[], o: ExtractPoolOptions): AsyncGenerator<ExtractedFile> {
  if (o.workers <= 1) {
    for (const [index, file] of files.entries()) {
      // One turn of the event loop per file, so a consumer's pending I/O (a Neo4j write) goes on meanwhile.
      await new Promise<void>((r) => setImmediate(r));
      yield { index, file, outcome: extractFileOutcome(file, o.maxBytes) };
    }
    return;
  }
  const window = Math.max(o.window ?? o.workers * 8, o.workers * DEPTH);
  const workers = Array.from({ length: Math.min(o.workers, Math.max(1, files.length)) }, () => ({
    thread: new Worker(BOOTSTRAP, { eval: true }),
    busy: 0,
  }));
  const finished = new Map<number, FileOutcome>();
  let failure: Error | null = null;
  let wake: () => void = () => {};
  let sent = 0;
  let emitted = 0;
  for (const w of workers) {
    w.thread.on("message", (m: { seq: number; outcome: FileOutcome }) => {
      w.busy--;
      finished.set(m.seq, m.outcome);
      dispatch();
      wake();
    });
    w.thread.on("error", (e) => {
      failure ??= new KgError(`an extraction worker failed: ${e.message}`);
      wake();
    });
    w.thread.on("exit", (code) => {
      if (code !== 0) failure ??= new KgError(`an extraction worker stopped (exit code ${code})`);
      wake();
    });
  }
  const dispatch = () => {
    while (sent < files.length && sent - emitted < window) {
      const idle = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (idle.busy >= DEPTH) return;
      idle.busy++;
      idle.thread.postMessage({ seq: sent, path: files[sent]!, maxBytes: o.maxBytes } satisfies ExtractTask);
      sent++;
    }
  };
  try {
    while (emitted < files.length) {
      dispatch();
      while (!finished.has(emitted) && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      const outcome = finished.get(emitted)!;
      finished.delete(emitted);
      yield { index: emitted, file: files[emitted]!, outcome };
      emitted++;
    }
  } finally {
    for (const w of workers) w.thread.removeAllListeners("exit");
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }
}
