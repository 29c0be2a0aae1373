import type { Command } from "commander";
import { countGraph, type GraphCounts } from "../../graph/index.ts";
import { ingestDefaults, ingestPaths, type IngestReport } from "../../pipeline/ingest.ts";
import { openDatabase, type Database } from "../database.ts";
import { progressReporter, say } from "../output.ts";

export interface IngestCliOptions {
  batchSize: number;
  maxBytes: number;
  prune?: boolean;
  workers?: number;
}

/** Ingests and prints what happened; shared by `kg ingest` and `kg start`. */
export async function runIngest(db: Database, paths: string[], o: IngestCliOptions): Promise<{ report: IngestReport; counts: GraphCounts }> {
  const report = await ingestPaths(db.driver, paths, { batchSize: o.batchSize, maxBytes: o.maxBytes, prune: o.prune ?? false, workers: o.workers ?? ingestDefaults.workers }, progressReporter("ingest"), (r) =>
    say(`kg: Neo4j could not be reached; trying the batch again in ${r.delayMs / 1000}s (attempt ${r.attempt} of ${r.of})`),
  );
  for (const { file, reason } of report.failed) say(`kg: ${file}: ${reason}`);
  for (const { file, message } of report.messages) {
    if (message.severity !== "info") say(`kg: ${file}: ${message.severity}: ${message.reason} [${message.rule}]`);
  }
  const unshown = report.messageCounts.warning + report.messageCounts.fatal - report.messages.length;
  if (unshown > 0) say(`kg: ${unshown} more warning(s) not shown`);
  const counts = await countGraph(db.driver);
  say(`ingested ${report.ingested} of ${report.files} file(s)${report.failed.length ? `, ${report.failed.length} refused` : ""}`);
  if (o.prune) say(`pruned ${report.pruned} document(s) whose files are gone`);
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
    .option("--workers <n>", "extraction threads (1: extract on the main thread)", positiveInt("--workers"), ingestDefaults.workers)
    .option("--prune", "also delete stored documents under these paths whose files are gone (and entities no longer mentioned)")
    .addHelpText(
      "after",
      `
Re-running is safe: a document's id is the hash of its bytes, and writing it again replaces its
mentions, claims and relations. A file whose content changed replaces the document at that path.
Bad files (empty, binary, not UTF-8, too large, missing) are reported by name and skipped; the exit
code is non-zero only when nothing could be ingested (or, with --prune, pruned).
Each batch is one transaction: if Neo4j goes away mid-run, no document is half-written, and
re-running the same command completes the graph. Extraction runs on --workers threads (default:
the machine's cores); documents are written in file order, so the graph does not depend on it. A
batch that loses Neo4j is retried by the driver for 15 s, then tried again (after 2 s, then 4 s) only
if Neo4j answers again; otherwise ingest stops (exit 3). A Neo4j that is not reachable at the start
or refuses the password stops it at once, and a full disk at the batch Neo4j cannot write, without
retries (exit 3), with what to do.

Examples:
  npx kg ingest data/
  npx kg ingest ../shared/data/bbc --batch-size 500
  npx kg ingest ../shared/data/bbc --workers 1   # extract on one core only
  npx kg ingest --prune data/          # after deleting files from data/`,
    )
    .action(async (paths: string[], o: IngestCliOptions) => {
      const db = await openDatabase();
      try {
        const { report } = await runIngest(db, paths, o);
        if (report.ingested === 0 && report.pruned === 0) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
