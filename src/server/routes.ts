// The API endpoints: validate parameters with zod, run the read queries, shape the JSON.
import { z } from "zod";
import { runRead, type Driver } from "../graph/connection.ts";
import { DatabaseUnavailableError, NotFoundError } from "../types/index.ts";
import type { ClaimView, DocumentResponse, GraphNode, GraphResponse, NodeResponse, SearchResponse, SearchResult } from "./api-types.ts";
import { placeSentence, type ClaimOffsets } from "./claim-sentence.ts";
import { addExploreRoutes } from "./explore-routes.ts";
import { edgeLimits, edgesAmong, rowsAs, type Read } from "./graph-edges.ts";
import { GRAPH_FINGERPRINT, GraphVersion } from "./graph-version.ts";
import * as queries from "./queries.ts";
import { ResponseCache, responseCacheDefaults, type ResponseCacheOptions } from "./response-cache.ts";
import { IdParam, limitParam } from "./params.ts";
import { QueryGate } from "./query-gate.ts";
import { ApiRouter } from "./router.ts";

/** Bounds on what one request may ask of the database. */
export const apiLimits = {
  maxGraphNodes: 5000,
  defaultGraphNodes: 300,
  /** A larger /api/graph runs in the query gate's heavy lane (query-gate.ts). */
  heavyGraphNodes: 1000,
  coMentionsPerNode: edgeLimits.coMentionsPerNode,
  maxEdgeRows: edgeLimits.maxEdgeRows,
  maxSearchResults: 50,
  /** Documents, claims and relations listed for one node. */
  maxNodeRows: 500,
  maxMentionRows: 20_000,
  timeoutMs: 10_000,
} as const;

const GraphParams = z.object({
  limit: limitParam(apiLimits.maxGraphNodes, apiLimits.defaultGraphNodes),
});
const SearchParams = z.object({
  q: z.string({ error: "give a search text in q" }).trim().min(1, "give a search text in q").max(200, "is longer than 200 characters"),
  limit: limitParam(apiLimits.maxSearchResults, 10),
});
const IdParams = z.object({ id: IdParam });
const NoParams = z.object({});

/** What any one query of a request may take: every route reads through these, so one heavy request cannot hold the database. */
export interface ApiReadBounds {
  /** Neo4j stops a query after this long (the request then answers 500 with the reason). */
  timeoutMs: number;
  /** No query returns more rows, nor a list in a row longer (the $maxRows parameter), than this, whatever a route asks for. */
  maxRows: number;
  /** /api/health asks Neo4j for one row within this. */
  healthTimeoutMs: number;
}
export const apiReadBounds: ApiReadBounds = { timeoutMs: apiLimits.timeoutMs, maxRows: apiLimits.maxMentionRows, healthTimeoutMs: 2_000 };

export function createApiRouter(
  driver: Driver,
  bounds: Partial<ApiReadBounds> = {},
  cacheOptions: Partial<ResponseCacheOptions> = {},
  gate: QueryGate = new QueryGate(),
): ApiRouter {
  const b = { ...apiReadBounds, ...bounds };
  const read = (cypher: string, params: Record<string, unknown>, maxRows: number) => {
    const listCap = typeof params.maxRows === "number" ? { maxRows: Math.min(params.maxRows, b.maxRows) } : {};
    return runRead(driver, cypher, { ...params, ...listCap }, { timeoutMs: b.timeoutMs, maxRows: Math.min(maxRows, b.maxRows) });
  };
  const c = { ...responseCacheDefaults, ...cacheOptions };
  const responses = new ResponseCache(c);
  const fingerprint = async () => {
    const { rows } = await runRead(driver, GRAPH_FINGERPRINT, {}, { timeoutMs: b.healthTimeoutMs, maxRows: 1 });
    return JSON.stringify(rows[0]);
  };
  const version = new GraphVersion(fingerprint, c.versionCheckMs, () => responses.clear());

  const router = new ApiRouter({ responses, version }, gate)
    // Healthy means Neo4j answers: with it down this is a prompt 503, which is what a load balancer needs.
    .get("/api/health", {
      params: NoParams,
      run: async () => {
        await runRead(driver, "RETURN 1 AS ok", {}, { timeoutMs: b.healthTimeoutMs, maxRows: 1 });
        return { ok: true };
      },
      cache: false,
      gated: false,
    })
    .get("/api/graph", { params: GraphParams, run: ({ limit }) => graphNeighbourhood(read, limit), heavy: ({ limit }) => limit > apiLimits.heavyGraphNodes })
    .get("/api/search", { params: SearchParams, run: (p) => searchEntities(read, p) })
    .get("/api/node/:id", { params: IdParams, run: ({ id }) => nodeDetails(read, id) })
    .get("/api/document/:id", { params: IdParams, run: ({ id }) => documentWithMentions(read, id) });
  return addExploreRoutes(router, read);
}

async function graphNeighbourhood(read: Read, limit: number): Promise<GraphResponse> {
  const nodes = rowsAs<GraphNode>(await read(queries.TOP_ENTITIES, { limit }, limit));
  const { edges, warnings } = await edgesAmong(read, nodes.map((n) => n.id));
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
  const [row] = rowsAs<Omit<NodeResponse, "claimsMade" | "claimsAbout"> & { claimsMade: RawClaim[]; claimsAbout: RawClaim[] }>(
    await read(queries.NODE_DETAILS, { id, maxRows: apiLimits.maxNodeRows }, 1),
  );
  if (!row) throw new NotFoundError(`no entity with id '${id}'`);
  return { ...row, claimsMade: row.claimsMade.map(claimView), claimsAbout: row.claimsAbout.map(claimView) };
}

async function documentWithMentions(read: Read, id: string): Promise<DocumentResponse> {
  const [row] = rowsAs<DocumentResponse>(await read(queries.DOCUMENT_WITH_MENTIONS, { id, maxRows: apiLimits.maxMentionRows }, 1));
  if (!row) throw new NotFoundError(`no document with id '${id}'`);
  return row;
}

type RawClaim = ClaimView & ClaimOffsets;

/** Claims come with document offsets and a window of text; the view keeps the sentence and marks relative to it. */
function claimView(row: RawClaim): ClaimView {
  const { cueStart: _cs, cueEnd: _ce, speakerStart: _ss, speakerEnd: _se, window: _w, windowStart: _ws, focusStarts: _fs, focusEnds: _fe, ...view } = row;
  return { ...view, ...placeSentence(row) };
}

