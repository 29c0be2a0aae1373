import type { Command } from "commander";
import { countGraph, type GraphCounts } from "../../graph/index.ts";
import { ingestDefaults, ingestPaths, type IngestReport } from "../../pipeline/ingest.ts";
import { openDatabase, type Database } from "../database.ts";
import { progressReporter, say } from "../output.ts";

export interface IngestCliOptions {
  batchSize: number;
  maxBytes: number;
}

/** Ingests and prints what happened; shared by `kg ingest` and `kg start`. */
export async function runIngest(db: Database, paths: string[], o: IngestCliOptions): Promise<{ report: IngestReport; counts: GraphCounts }> {
  const report = await ingestPaths(db.driver, paths, { batchSize: o.batchSize, maxBytes: o.maxBytes }, progressReporter("ingest"));
  for (const { file, reason } of report.failed) say(`kg: ${file}: ${reason}`);
  for (const { file, message } of report.messages) {
    if (message.severity !== "info") say(`kg: ${file}: ${message.severity}: ${message.reason} [${message.rule}]`);
  }
  const counts = await countGraph(db.driver);
  say(`ingested ${report.ingested} of ${report.files} file(s)${report.failed.length ? `, ${report.failed.length} refused` : ""}`);
  say(
    `graph: ${counts.documents} documents, ${counts.people} people, ${counts.groups} groups, ${counts.places} places, ` +
      `${counts.claims} claims, ${counts.relations} relations`,
  );
  return { report, counts };
}

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} takes a whole number above 0, not '${v}'`);
  return n;
};

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read documents, extract people, groups, places, claims and relations, and store them in Neo4j")
    .argument("<paths...>", "text files or folders (searched recursively for .txt/.md files)")
    .option("--batch-size <n>", "documents written per transaction", positiveInt("--batch-size"), ingestDefaults.batchSize)
    .option("--max-bytes <n>", "refuse files larger than this", positiveInt("--max-bytes"), ingestDefaults.maxBytes)
    .addHelpText(
      "after",
      `
Re-running is safe: a document's id is the hash of its bytes, and writing it again replaces its
mentions, claims and relations. A file whose content changed replaces the document at that path.
Bad files (empty, binary, not UTF-8, too large, missing) are reported by name and skipped; the exit
code is non-zero only when nothing could be ingested.

Examples:
  npx kg ingest data/
  npx kg ingest ../shared/data/bbc --batch-size 500`,
    )
    .action(async (paths: string[], o: IngestCliOptions) => {
      const db = await openDatabase();
      try {
        const { report } = await runIngest(db, paths, o);
        if (report.ingested === 0) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
