// `kg export`: the graph (or a pack query's part of it) as a file Gephi, Gephi Lite or the viewer opens.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import type { Command } from "commander";
import { EXPORT_FORMATS, EXPORT_SHAPES, exportDefaults, exportGraph, type ExportFile, type ExportFormat, type ExportShape } from "../../graph/export/index.ts";
import { BadInputError } from "../../types/index.ts";
import { openDatabase } from "../database.ts";
import { say } from "../output.ts";
import { parseParam } from "./cypher.ts";

interface ExportCliOptions {
  format?: string;
  out?: string;
  query?: string;
  param: Record<string, unknown>;
  shape: string;
  coMentions?: boolean;
  layout: boolean;
  timeout: number;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new BadInputError(option, `takes one of ${allowed.join(", ")}, not '${value}'`);
  return value as T;
}

/** --format, else the --out file's extension (.json, .gexf, .graphml), else json. */
export function chooseFormat(format: string | undefined, out: string | undefined): ExportFormat {
  if (format) return oneOf("--format", format, EXPORT_FORMATS);
  const ext = out ? extname(out).slice(1).toLowerCase() : "";
  return (EXPORT_FORMATS as readonly string[]).includes(ext) && ext !== "csv" ? (ext as ExportFormat) : exportDefaults.format;
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Where each file goes: --out itself, or for CSV FOLDER/nodes.csv or PREFIX-nodes.csv; null for stdout. */
export function outputPath(out: string | undefined, file: ExportFile): string | null {
  if (file.part === null) return out ?? null;
  if (!out) throw new BadInputError("--out", "CSV export writes two files (nodes and edges): give --out FOLDER/ or --out PREFIX");
  if (out.endsWith("/") || isFolder(out)) return join(out, `${file.part}.csv`);
  return `${out}${/[-_.]$/.test(out) ? "" : "-"}${file.part}.csv`;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the graph (or a query's part of it) as compact JSON for the viewer, graphology JSON, GEXF, GraphML or CSV for Gephi and Gephi Lite")
    .option("--format <format>", `one of ${EXPORT_FORMATS.join(", ")} (default: from --out's extension, else json)`)
    .option("--out <path>", "file to write (default: stdout); for csv a folder (nodes.csv, edges.csv) or a prefix")
    .option("--query <name>", "export only the nodes a pack query returns, and the edges among them (see kg query --list)")
    .option("-p, --param <name=value>", "a parameter for --query (repeatable)", parseParam, {})
    .option("--shape <shape>", "entities: people, groups, places with relation and claim edges (as the viewer draws); full: also documents and claims, every relationship as stored", exportDefaults.shape)
    .option("--co-mentions", "entities shape: add CO_MENTION edges weighted by shared documents (dense on large corpora)")
    .option("--no-layout", "leave out the x/y starting positions")
    .option("--timeout <ms>", "stop each read after this many milliseconds", (v) => Number(v), exportDefaults.timeoutMs)
    .addHelpText(
      "after",
      `
Nodes carry type (Person, Group, Place; Claim and Document in the full shape), name, label, aliases,
kind and counts; edges carry type (ROLE, SPOUSE_OF, ..., CLAIM, CO_MENTION; MADE, ABOUT, IN,
MENTIONED_IN in the full shape), label and weight. JSON is the compact graph file the viewer opens
(?graph=URL): graphology's serialised graph in columns, edges as node indices and attributes
dictionary-coded (docs/graph-file.md; decodeCompactGraph in src/graph/export/compact-graph.ts turns
it back). graphology is graphology's own serialised graph ({attributes, options, nodes: [{key,
attributes}], edges: [{key, source, target, attributes}]}), which graph.import() reads and the viewer
opens too; GEXF and GraphML open in Gephi and Gephi Lite; CSV is a
nodes table (Id, Label, ...) and an edges table (Source, Target, relation, Label, Weight, ...) for
Gephi's spreadsheet import. Reads run read-only.

Examples:
  npx kg export --out graph.gexf
  npx kg export --format graphology --out graph.graphology.json
  npx kg export --format graphml --shape full --out graph.graphml
  npx kg export --format csv --out exports/
  npx kg export --query together --param a=Barzani --param b=Baghdad --out barzani-baghdad.json`,
    )
    .action(async (o: ExportCliOptions) => {
      const format = chooseFormat(o.format, o.out);
      const shape = oneOf<ExportShape>("--shape", o.shape, EXPORT_SHAPES);
      if (o.query === undefined && Object.keys(o.param).length > 0) throw new BadInputError("--param", "is for --query; give --query NAME too");
      if (format === "csv") outputPath(o.out, { part: "nodes", content: "" });
      const db = await openDatabase({ schema: false });
      try {
        const { graph, files } = await exportGraph(db.driver, {
          format,
          shape,
          query: o.query ?? null,
          params: o.param,
          coMentions: o.coMentions ?? false,
          layout: o.layout,
          timeoutMs: o.timeout,
        });
        const written: string[] = [];
        for (const file of files) {
          const path = outputPath(o.out, file);
          if (path === null) process.stdout.write(file.content);
          else {
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.content);
            written.push(path);
          }
        }
        const where = written.length ? ` to ${written.join(" and ")}` : "";
        say(`exported ${graph.order} node(s) and ${graph.size} edge(s) (${shape} shape, ${format})${where}`);
      } finally {
        await db.close();
      }
    });
}
