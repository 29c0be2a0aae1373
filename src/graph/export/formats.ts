// Serialises an export graph: the compact JSON the viewer's static mode opens (compact-graph.ts), graphology's own
// JSON (what graph.import() reads), GEXF through graphology-gexf, GraphML (graphml.ts), and CSV as two tables for Gephi.
import gexf from "graphology-gexf";
import { encodeCompactGraph } from "./compact-graph.ts";
import { toCsv } from "./csv.ts";
import { writeGraphml } from "./graphml.ts";
import type { ExportGraph } from "./read-graph.ts";

export const EXPORT_FORMATS = ["json", "graphology", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One output file; `part` names it among several (CSV's nodes and edges), null for a single file. */
export interface ExportFile {
  part: "nodes" | "edges" | null;
  content: string;
}

/** Columns first in the CSV tables, then every other attribute alphabetically. Gephi's importer
 * reads Id/Label and Source/Target; it would read a column called `type` on edges as the edge's
 * direction, so the relationship type goes in `relation` there. */
const NODE_COLUMNS = ["Id", "Label", "type", "name", "aliases", "kind"];
const EDGE_COLUMNS = ["Source", "Target", "relation", "Label", "Weight"];

function columnsOf(rows: Record<string, unknown>[], first: string[]): string[] {
  const rest = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!first.includes(k)) rest.add(k);
  return [...first, ...[...rest].sort()];
}

function csvTables(graph: ExportGraph): ExportFile[] {
  // `id` repeats the key, and Gephi would take it for a second Id column.
  const nodes = graph.mapNodes((key, { label, id: _id, ...a }) => ({ Id: key, Label: label, ...a }));
  const edges = graph.mapEdges((_key, { type, label, weight, ...a }, source, target) => ({
    Source: source,
    Target: target,
    relation: type,
    Label: label,
    Weight: weight ?? 1,
    ...a,
  }));
  return [
    { part: "nodes", content: toCsv(columnsOf(nodes, NODE_COLUMNS), nodes) },
    { part: "edges", content: toCsv(columnsOf(edges, EDGE_COLUMNS), edges) },
  ];
}

export function serialiseGraph(graph: ExportGraph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case "json":
      // Not indented: the columns would put every number on a line of its own.
      return [{ part: null, content: JSON.stringify(encodeCompactGraph(graph.export())) + "\n" }];
    case "graphology":
      return [{ part: null, content: JSON.stringify(graph.export(), null, 1) + "\n" }];
    case "gexf":
      return [{ part: null, content: gexf.write(graph) }];
    case "graphml":
      return [{ part: null, content: writeGraphml(graph) }];
    case "csv":
      return csvTables(graph);
  }
}
