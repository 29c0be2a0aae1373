// The API endpoints: validate parameters with zod, run the read queries, shape the JSON.
import { z } from "zod";
import { runRead, type Driver, type ReadResult } from "../graph/connection.ts";
import { DatabaseUnavailableError, NotFoundError } from "../types/index.ts";
import type {
  ClaimView, DocumentResponse, DocumentSummary, GraphEdge, GraphNode, GraphResponse, MentionView, NodeDetails,
  NodeResponse, RelationView, SearchResponse, SearchResult,
} from "./api-types.ts";
import * as queries from "./queries.ts";
import { ApiRouter } from "./router.ts";

/** Bounds on what one request may ask of the database. */
export const apiLimits = {
  maxGraphNodes: 5000,
  defaultGraphNodes: 300,
  /** Co-mention edges kept per node requested (the strongest ones). */
  coMentionsPerNode: 4,
  maxEdgeRows: 20_000,
  maxSearchResults: 50,
  /** Documents, claims and relations listed for one node. */
  maxNodeRows: 500,
  maxMentionRows: 20_000,
  timeoutMs: 10_000,
} as const;

const GraphParams = z.object({
  limit: z.coerce.number().int().min(1).max(apiLimits.maxGraphNodes).default(apiLimits.defaultGraphNodes),
});
const SearchParams = z.object({
  q: z.string().trim().min(1, "give a search text in q").max(200),
  limit: z.coerce.number().int().min(1).max(apiLimits.maxSearchResults).default(10),
});
const IdParams = z.object({ id: z.string().min(1).max(1000) });

export function createApiRouter(driver: Driver): ApiRouter {
  const read = (cypher: string, params: Record<string, unknown>, maxRows: number) =>
    runRead(driver, cypher, params, { timeoutMs: apiLimits.timeoutMs, maxRows });

  return new ApiRouter()
    .get("/api/health", async () => ({ ok: true }))
    .get("/api/graph", async ({ query }) => graphNeighbourhood(read, GraphParams.parse(queryObject(query)).limit))
    .get("/api/search", async ({ query }) => searchEntities(read, SearchParams.parse(queryObject(query))))
    .get("/api/node/:id", async ({ params }) => nodeDetails(read, IdParams.parse(params).id))
    .get("/api/document/:id", async ({ params }) => documentWithMentions(read, IdParams.parse(params).id));
}

type Read = (cypher: string, params: Record<string, unknown>, maxRows: number) => Promise<ReadResult>;

async function graphNeighbourhood(read: Read, limit: number): Promise<GraphResponse> {
  const warnings: string[] = [];
  const nodes = rowsAs<GraphNode>(await read(queries.TOP_ENTITIES, { limit }, limit));
  const ids = nodes.map((n) => n.id);
  const maxRows = apiLimits.maxEdgeRows;
  const coMentionRows = Math.min(maxRows, limit * apiLimits.coMentionsPerNode);
  const [relations, claims, coMentions] = await Promise.all([
    read(queries.RELATIONS_AMONG, { ids, maxRows }, maxRows),
    read(queries.CLAIMS_AMONG, { ids, maxRows }, maxRows),
    // Co-mentions are context, not facts: if they take too long the graph is still useful without them.
    read(queries.CO_MENTIONS_AMONG, { ids, maxRows: coMentionRows }, coMentionRows).catch((e: unknown) => {
      if (e instanceof DatabaseUnavailableError) throw e;
      warnings.push(`co-mention edges left out: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }),
  ]);
  const edges: GraphEdge[] = [];
  for (const r of rowsAs<{ source: string; target: string; type: string; weight: number; labels: string[] }>(relations)) {
    edges.push({ id: `${r.type}:${r.source}->${r.target}`, source: r.source, target: r.target, type: r.type, weight: r.weight, label: r.labels.join("; ") || null });
  }
  for (const c of rowsAs<{ source: string; target: string; weight: number }>(claims)) {
    edges.push({ id: `CLAIM:${c.source}->${c.target}`, source: c.source, target: c.target, type: "CLAIM", weight: c.weight, label: `${c.weight} claim${c.weight === 1 ? "" : "s"}` });
  }
  if (coMentions) {
    for (const c of rowsAs<{ source: string; target: string; weight: number }>(coMentions)) {
      edges.push({ id: `CO_MENTION:${c.source}--${c.target}`, source: c.source, target: c.target, type: "CO_MENTION", weight: c.weight, label: null });
    }
    if (coMentions.rows.length >= coMentionRows) warnings.push(`only the ${coMentionRows} strongest co-mention edges are shown`);
  }
  if (relations.truncated || claims.truncated) warnings.push(`relation or claim edges were cut at ${maxRows} rows`);
  return { nodes, edges, warnings };
}

async function searchEntities(read: Read, { q, limit }: { q: string; limit: number }): Promise<SearchResponse> {
  try {
    const result = await read(queries.SEARCH_FULLTEXT, { query: luceneQuery(q), limit }, limit);
    return { results: rowsAs<SearchResult>(result) };
  } catch (e) {
    // A missing index or a query Lucene cannot parse falls back to a plain substring match.
    if (e instanceof DatabaseUnavailableError) throw e;
    const result = await read(queries.SEARCH_CONTAINS, { text: q, limit }, limit);
    return { results: rowsAs<SearchResult>(result) };
  }
}

/** Each word must match, as itself or as a prefix ("barz" finds "Barzani"); Lucene syntax in the input is escaped. */
export function luceneQuery(text: string): string {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const escaped = words.map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&"));
  return escaped.map((w) => `(${w} OR ${w}*)`).join(" AND ");
}

async function nodeDetails(read: Read, id: string): Promise<NodeResponse> {
  const [node] = rowsAs<NodeDetails>(await read(queries.NODE_BY_ID, { id }, 1));
  if (!node) throw new NotFoundError(`no entity with id '${id}'`);
  const max = apiLimits.maxNodeRows;
  const [documents, claimsMade, claimsAbout, relations] = await Promise.all([
    read(queries.NODE_DOCUMENTS, { id }, max),
    read(queries.NODE_CLAIMS_MADE, { id }, max),
    read(queries.NODE_CLAIMS_ABOUT, { id }, max),
    read(queries.NODE_RELATIONS, { id }, max),
  ]);
  return {
    node,
    documents: rowsAs<DocumentSummary>(documents),
    claimsMade: rowsAs<ClaimView>(claimsMade),
    claimsAbout: rowsAs<ClaimView>(claimsAbout),
    relations: rowsAs<RelationView>(relations),
  };
}

async function documentWithMentions(read: Read, id: string): Promise<DocumentResponse> {
  const [document] = rowsAs<DocumentResponse["document"]>(await read(queries.DOCUMENT_BY_ID, { id }, 1));
  if (!document) throw new NotFoundError(`no document with id '${id}'`);
  const mentions = await read(queries.DOCUMENT_MENTIONS, { id }, apiLimits.maxMentionRows);
  return { document, mentions: rowsAs<MentionView>(mentions) };
}

/** The query's column names are the API's field names, so rows are the response objects. */
function rowsAs<T>(result: ReadResult): T[] {
  return result.rows as T[];
}

/** Missing parameters become undefined so zod defaults apply. */
function queryObject(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query);
}
