// Export: the graph, or the part a pack query returns, as compact JSON (the viewer's), graphology JSON, GEXF, GraphML or CSV.
import type { Driver } from "neo4j-driver";
import { readDefaults } from "../connection.ts";
import { runQuery } from "../query-pack.ts";
import { serialiseGraph, type ExportFile, type ExportFormat } from "./formats.ts";
import { assignPositions } from "./positions.ts";
import { idsInRows, readExportGraph, type ExportGraph, type ExportShape } from "./read-graph.ts";

export { EXPORT_FORMATS, serialiseGraph, type ExportFile, type ExportFormat } from "./formats.ts";
export { EXPORT_SHAPES, idsInRows, readExportGraph, type ExportGraph, type ExportShape } from "./read-graph.ts";
export { writeGraphml } from "./graphml.ts";
export { decodeCompactGraph, encodeCompactGraph, isCompactGraph, validateCompactGraph, type CompactGraph } from "./compact-graph.ts";
export { toCsv } from "./csv.ts";

export interface ExportOptions {
  format: ExportFormat;
  shape: ExportShape;
  /** A pack query whose result (the nodes its rows name) is exported instead of the whole graph. */
  query: string | null;
  params: Record<string, unknown>;
  coMentions: boolean;
  /** Give nodes x/y (circle, then a short ForceAtlas2) so viewers draw them at once. */
  layout: boolean;
  timeoutMs: number;
}

export const exportDefaults: ExportOptions = {
  format: "json",
  shape: "entities",
  query: null,
  params: {},
  coMentions: false,
  layout: true,
  timeoutMs: 60_000,
};

export async function exportGraph(driver: Driver, options: Partial<ExportOptions> = {}): Promise<{ graph: ExportGraph; files: ExportFile[] }> {
  const o = { ...exportDefaults, ...options };
  let ids: string[] | null = null;
  if (o.query) {
    const result = await runQuery(driver, o.query, o.params, { maxRows: Number.MAX_SAFE_INTEGER, timeoutMs: Math.max(o.timeoutMs, readDefaults.timeoutMs) });
    ids = idsInRows(result.rows);
  }
  const claimLists = o.format === "json" || o.format === "graphology";
  const graph = await readExportGraph(driver, { shape: o.shape, ids, coMentions: o.coMentions, claimLists, timeoutMs: o.timeoutMs });
  if (o.layout) assignPositions(graph);
  return { graph, files: serialiseGraph(graph, o.format) };
}
