// The edges among a set of entities, as /api/graph, /api/neighbours and the viewer's expansion all need them:
// stated relations, claims folded per (speaker, about), and the strongest co-mentions.
import type { ReadResult } from "../graph/connection.ts";
import { CLAIMS_PER_EDGE } from "../graph/export/read-graph.ts";
import { DatabaseUnavailableError } from "../types/index.ts";
import type { EdgeClaim, GraphEdge } from "./api-types.ts";
import * as queries from "./queries.ts";

export type Read = (cypher: string, params: Record<string, unknown>, maxRows: number) => Promise<ReadResult>;

export const edgeLimits = {
  maxEdgeRows: 20_000,
  /** Co-mention edges kept per entity asked about (the strongest ones). */
  coMentionsPerNode: 4,
  /** Claims listed on one CLAIM edge for the viewer's filters; the weight still counts them all. */
  claimsPerEdge: CLAIMS_PER_EDGE,
  /**
   * Edges per result row of EDGES_AMONG: small rows are decoded between other requests' work. Since CLAIM edges list
   * up to claimsPerEdge claims, a row of 1,000 edges held the event loop up to ~0.5 s in a 5,000-node graph; 200 ~0.25 s.
   */
  edgesPerRow: 200,
} as const;

/** Edge ids are stable across requests so the viewer can merge answers: `TYPE:source->target`, `CO_MENTION:a--b`. */
export const relationEdgeId = (type: string, source: string, target: string) => `${type}:${source}->${target}`;
export const coMentionEdgeId = (a: string, b: string) => (a < b ? `CO_MENTION:${a}--${b}` : `CO_MENTION:${b}--${a}`);

interface EdgeRows {
  relations: { source: string; target: string; type: string; weight: number; labels: string[] }[];
  claims: { source: string; target: string; weight: number; claims: EdgeClaim[] }[];
  coMentions: { source: string; target: string; weight: number }[];
}

export async function edgesAmong(read: Read, ids: string[]): Promise<{ edges: GraphEdge[]; warnings: string[] }> {
  const warnings: string[] = [];
  const maxRows = edgeLimits.maxEdgeRows;
  const coMentionRows = Math.min(maxRows, ids.length * edgeLimits.coMentionsPerNode);
  const params = { ids, maxRows, claimsPerEdge: edgeLimits.claimsPerEdge, chunk: edgeLimits.edgesPerRow };
  const edgeRows = async (coMentions: number) =>
    joinChunks(rowsAs<EdgeChunk>(await read(queries.EDGES_AMONG, { ...params, coMentionRows: coMentions }, 3 * Math.ceil((maxRows + 1) / edgeLimits.edgesPerRow))));
  let rows: EdgeRows;
  try {
    rows = await edgeRows(coMentionRows);
  } catch (e) {
    // Co-mentions are context, not facts and the costliest part: if the whole takes too long, the graph is still useful without them.
    if (e instanceof DatabaseUnavailableError) throw e;
    warnings.push(`co-mention edges left out: ${e instanceof Error ? e.message : String(e)}`);
    rows = await edgeRows(0);
  }
  const edges: GraphEdge[] = [];
  for (const r of rows.relations.slice(0, maxRows)) {
    edges.push({ id: relationEdgeId(r.type, r.source, r.target), source: r.source, target: r.target, type: r.type, weight: r.weight, label: r.labels.join("; ") || null });
  }
  for (const c of rows.claims.slice(0, maxRows)) {
    edges.push({
      id: relationEdgeId("CLAIM", c.source, c.target), source: c.source, target: c.target, type: "CLAIM", weight: c.weight,
      label: `${c.weight} claim${c.weight === 1 ? "" : "s"}`, claims: c.claims,
    });
  }
  for (const c of rows.coMentions) {
    edges.push({ id: coMentionEdgeId(c.source, c.target), source: c.source, target: c.target, type: "CO_MENTION", weight: c.weight, label: null });
  }
  if (rows.coMentions.length >= coMentionRows && coMentionRows > 0) warnings.push(`only the ${coMentionRows} strongest co-mention edges are shown`);
  if (rows.relations.length > maxRows || rows.claims.length > maxRows) warnings.push(`relation or claim edges were cut at ${maxRows} rows`);
  return { edges, warnings };
}

type EdgeChunk = { [K in keyof EdgeRows]: { kind: K; offset: number; edges: EdgeRows[K] } }[keyof EdgeRows];

/** The three lists put back together from their rows, in offset order. */
export function joinChunks(chunks: EdgeChunk[]): EdgeRows {
  const rows: EdgeRows = { relations: [], claims: [], coMentions: [] };
  for (const chunk of [...chunks].sort((a, b) => a.offset - b.offset)) (rows[chunk.kind] as unknown[]).push(...chunk.edges);
  return rows;
}

/** The query's column names are the API's field names, so rows are the response objects. */
export function rowsAs<T>(result: ReadResult): T[] {
  return result.rows as T[];
}
