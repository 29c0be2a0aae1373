import type { Command } from "commander";
import { bulkImportDefaults, bulkImportPaths } from "../../pipeline/bulk-ingest.ts";
import { progressReporter, say } from "../output.ts";

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} takes a whole number above 0, not '${v}'`);
  return n;
};

interface ImportCliOptions {
  workers: number;
  maxBytes: number;
  csvDir?: string;
  keepCsv?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("first load of a large corpus into a fresh local Neo4j: parallel extraction, then neo4j-admin's bulk importer")
    .argument("<paths...>", "text files or folders (searched recursively for .txt/.md files)")
    .option("--workers <n>", "extraction threads", positiveInt("--workers"), bulkImportDefaults.workers)
    .option("--max-bytes <n>", "refuse files larger than this", positiveInt("--max-bytes"), bulkImportDefaults.maxBytes)
    .option("--csv-dir <dir>", "where the CSV files for neo4j-admin go (default: <KG_NEO4J_HOME>/import)")
    .option("--keep-csv", "keep the CSV files after the import")
    .addHelpText(
      "after",
      `
Builds the same graph as 'kg ingest' on the same files, several times faster: documents are
extracted on every core into CSV files, the local Neo4j is stopped, 'neo4j-admin database import
full' writes the store (the entities already derived from their mentions), and the server is
started again with the schema applied. Only for the local Neo4j (not a NEO4J_URI server) and only into an
empty database: it is refused otherwise. Later additions go through 'kg ingest'.

Examples:
  npx kg import ../shared/data/bbc
  KG_NEO4J_HOME=.kg/big npx kg import corpus/ --workers 2`,
    )
    .action(async (paths: string[], o: ImportCliOptions) => {
      const report = await bulkImportPaths(paths, { workers: o.workers, maxBytes: o.maxBytes, csvDir: o.csvDir, keepCsv: o.keepCsv ?? false }, progressReporter("extract"), say);
      for (const { file, reason } of report.failed) say(`kg: ${file}: ${reason}`);
      for (const { file, message } of report.messages) say(`kg: ${file}: ${message.severity}: ${message.reason} [${message.rule}]`);
      const s = report.seconds;
      say(
        `imported ${report.imported} of ${report.files} file(s)${report.duplicates ? ` (${report.duplicates} repeated another file's content)` : ""}` +
          `${report.failed.length ? `, ${report.failed.length} refused` : ""}: ${report.rows.nodes} nodes and ${report.rows.relationships} relationships ` +
          `(extract ${s.extract.toFixed(1)}s, import ${s.import.toFixed(1)}s, server start and schema ${s.finish.toFixed(1)}s)`,
      );
      const c = report.counts;
      say(`graph: ${c.documents} documents, ${c.people} people, ${c.groups} groups, ${c.places} places, ${c.claims} claims, ${c.relations} relations`);
      if (report.imported === 0) process.exitCode = 1;
    });
}
