// The documents an evaluation's gold file describes, each extracted and named by its file's base name (how gold
// files name them), for `kg eval seeds`, `kg eval claims --seeds` and `kg eval relations`.
import { basename } from "node:path";
import { listDocumentFiles } from "../documents/index.ts";
import type { NamedExtraction } from "../eval/relations.ts";
import { extractFile, ingestDefaults } from "../pipeline/ingest.ts";
import { say } from "./output.ts";

export async function extractNamed(paths: readonly string[]): Promise<NamedExtraction[]> {
  const files = await listDocumentFiles([...paths], (e) => say(`kg: ${e.file}: ${e.reason}`));
  return files.map((file) => ({ document: basename(file), extraction: extractFile(file, ingestDefaults.maxBytes).extraction }));
}
