// Worker-thread entry: extracts the files the pool sends, one message per file, with the same
// extractFileOutcome the in-process path uses (the model loads once per worker, on the first file).
import { parentPort } from "node:worker_threads";
import { extractFileOutcome } from "./extract-file.ts";

export interface ExtractTask {
  seq: number;
  path: string;
  maxBytes: number;
}

parentPort!.on("message", (task: ExtractTask) => {
  parentPort!.postMessage({ seq: task.seq, outcome: extractFileOutcome(task.path, task.maxBytes) });
});
