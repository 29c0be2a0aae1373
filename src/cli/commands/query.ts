// `kg query`: the named questions of the query pack (cypher/queries/*.cypher), read-only.
import type { Command } from "commander";
import { bindQueryParams, listQueries, loadQuery, readDefaults, runQuery, type QueryDefinition } from "../../graph/index.ts";
import { toCsv } from "../../graph/export/csv.ts";
import { BadInputError } from "../../types/index.ts";
import { openDatabase } from "../database.ts";
import { printTable, say } from "../output.ts";
import { parseParam } from "./cypher.ts";

interface QueryCliOptions {
  list?: boolean;
  param: Record<string, unknown>;
  json?: boolean;
  csv?: boolean;
  columns?: string[];
  limit: number;
  timeout: number;
}

/** Keeps only the asked-for columns, in the asked-for order; an unknown one is refused, naming the others. */
export function pickColumns(keys: string[], columns: string[] | undefined): string[] {
  if (!columns) return keys;
  const unknown = columns.filter((c) => !keys.includes(c));
  if (unknown.length) throw new BadInputError("--columns", `no column ${unknown.join(", ")}; this query returns ${keys.join(", ")}`);
  return columns;
}

const wholeNumber = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new BadInputError(name, `takes a whole number above 0, not '${v}'`);
  return n;
};

/** The pack as people read it: name, question, parameters with an example, example commands. */
export function describeQuery(q: QueryDefinition): string {
  const lines = [`${q.name}: ${q.question}`];
  for (const p of q.params) {
    const when = p.required ? "required" : `default ${JSON.stringify(p.default)}`;
    lines.push(`    --param ${p.name}=${p.example ?? "VALUE"}  (${p.type}, ${when}) ${p.description}`);
  }
  for (const e of q.examples) lines.push(`    e.g. ${e}`);
  return lines.join("\n");
}

function printList(json: boolean | undefined): void {
  const queries = listQueries();
  if (json) {
    const shown = queries.map(({ cypher: _cypher, ...rest }) => rest);
    process.stdout.write(JSON.stringify(shown, null, 2) + "\n");
  } else process.stdout.write(queries.map(describeQuery).join("\n\n") + "\n");
}

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("answer a named question from the query pack (cypher/queries/*.cypher); read-only")
    .argument("[name]", "the query to run (see --list)")
    .option("--list", "list the queries: the question each answers, its parameters and examples")
    .option("-p, --param <name=value>", "a query parameter (repeatable); entity names and aliases match in any case", parseParam, {})
    .option("--json", "print rows as a JSON array")
    .option("--csv", "print rows as CSV (lists joined with ' | ')")
    .option("--columns <names>", "only these columns, comma-separated, in this order", (v) => v.split(",").map((c) => c.trim()).filter(Boolean))
    .option("--limit <n>", "stop after this many rows", wholeNumber("--limit"), readDefaults.maxRows)
    .option("--timeout <ms>", "stop the query after this many milliseconds", wholeNumber("--timeout"), readDefaults.timeoutMs)
    .addHelpText(
      "after",
      `
Each query is a plain Cypher file in cypher/queries/ whose header names the question it answers
and its parameters; only those files can run (a name is a word, never a path). Queries run in a
read-only transaction with a time limit and a row limit, like 'kg cypher'.

Examples:
  npx kg query --list
  npx kg query claims --param name=Barzani
  npx kg query together --param a=Barzani --param b=Baghdad --json
  npx kg query timeline --param from=2017-09-25 --param to=2017-09-30 --csv > timeline.csv
  npx kg query central --limit 10 --columns entity,type,degree,documents`,
    )
    .action(async (name: string | undefined, o: QueryCliOptions) => {
      if (o.list) return printList(o.json);
      if (!name) throw new BadInputError("kg query", "give a query name, or --list to see them");
      if (o.json && o.csv) throw new BadInputError("kg query", "choose one of --json and --csv");
      // A bad name or parameter is refused before any database is opened (or started).
      bindQueryParams(loadQuery(name), o.param);
      const db = await openDatabase({ schema: false });
      try {
        const result = await runQuery(db.driver, name, o.param, { maxRows: o.limit, timeoutMs: o.timeout });
        const keys = pickColumns(result.keys, o.columns);
        const rows = result.rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));
        if (o.json) process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
        else if (o.csv) process.stdout.write(toCsv(keys, rows));
        else printTable(keys, rows);
        say(`${result.rows.length} row(s)${result.truncated ? `; stopped at ${o.limit} (use --limit to see more)` : ""}`);
      } finally {
        await db.close();
      }
    });
}
