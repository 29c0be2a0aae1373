import type { Command } from "commander";
import { readDefaults, runRead } from "../../graph/index.ts";
import { KgError } from "../../types/index.ts";
import { openDatabase } from "../database.ts";
import { printTable, say } from "../output.ts";

/** `--param name=value`: the value is read as JSON when it parses (numbers, lists), else as text. */
export function parseParam(raw: string, acc: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = raw.indexOf("=");
  if (eq <= 0) throw new KgError(`--param takes name=value, not '${raw}'`);
  const name = raw.slice(0, eq);
  const value = raw.slice(eq + 1);
  let parsed: unknown = value;
  try {
    parsed = JSON.parse(value);
  } catch {
    /* plain text */
  }
  return { ...acc, [name]: parsed };
}

export function registerCypher(program: Command): void {
  program
    .command("cypher")
    .description("run a read-only Cypher query (writes are refused) and print the rows")
    .argument("<query>", "the Cypher query; use $name placeholders for values")
    .option("-p, --param <name=value>", "a query parameter (repeatable); JSON values are parsed", parseParam, {})
    .option("--json", "print rows as a JSON array instead of a table")
    .option("--limit <n>", "stop after this many rows", (v) => Number(v), readDefaults.maxRows)
    .option("--timeout <ms>", "stop the query after this many milliseconds", (v) => Number(v), readDefaults.timeoutMs)
    .addHelpText(
      "after",
      `
The query runs in a read-only transaction: CREATE, MERGE, SET, DELETE, LOAD CSV and admin
procedures are refused with exit code 1.

Examples:
  npx kg cypher "MATCH (p:Person) RETURN p.name ORDER BY p.name"
  npx kg cypher "MATCH (p:Person {name: \\$name})-[:MADE]->(c:Claim) RETURN c.predicate, c.quote" --param name="Masoud Barzani"
  npx kg cypher "MATCH (d:Document) RETURN d.title, d.date" --json`,
    )
    .action(async (query: string, o: { param: Record<string, unknown>; json?: boolean; limit: number; timeout: number }) => {
      const db = await openDatabase({ schema: false });
      try {
        const result = await runRead(db.driver, query, o.param, { maxRows: o.limit, timeoutMs: o.timeout });
        if (o.json) process.stdout.write(JSON.stringify(result.rows, null, 2) + "\n");
        else printTable(result.keys, result.rows);
        if (result.truncated) say(`(stopped at ${o.limit} rows; use --limit to see more)`);
      } finally {
        await db.close();
      }
    });
}
