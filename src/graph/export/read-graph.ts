// Reads the stored graph (or the part a query returned) into a graphology graph for export, read-only.
// Two shapes: `entities` is what the viewer draws (people, groups, places; typed relations, claim
// edges speaker → subject, optional co-mentions); `full` is every node and relationship as stored.
import { MultiDirectedGraph } from "graphology";
import neo4j, { type Driver } from "neo4j-driver";
import { runRead, type ReadResult } from "../connection.ts";

export const EXPORT_SHAPES = ["entities", "full"] as const;
export type ExportShape = (typeof EXPORT_SHAPES)[number];

export interface ExportReadOptions {
  shape: ExportShape;
  /** Only these nodes (by id) and the edges among them; null for the whole graph. */
  ids: string[] | null;
  /** Entities shape: add CO_MENTION edges weighted by shared documents (dense on large corpora). */
  coMentions: boolean;
  /**
   * Entities shape: each CLAIM edge also lists its claims' predicate and date (at most CLAIMS_PER_EDGE), as the API's
   * graph does, so the viewer's predicate and date filters work on a file. For the JSON formats; GEXF, GraphML and
   * CSV have no column for a list of records.
   */
  claimLists: boolean;
  timeoutMs: number;
}

/** Claims listed on one CLAIM edge, in a file and in the API's answers (edgeLimits.claimsPerEdge); the weight still counts every claim. */
export const CLAIMS_PER_EDGE = 200;

export type ExportGraph = MultiDirectedGraph<Record<string, unknown>, Record<string, unknown>>;

const ENTITY_TYPE = "[l IN labels(e) WHERE l IN ['Person', 'Group', 'Place']][0]";
const IN_IDS = (v: string) => `($ids IS NULL OR ${v}.id IN $ids)`;

const ENTITY_NODES = `
MATCH (e:Entity) WHERE ${IN_IDS("e")}
RETURN e.id AS id, ${ENTITY_TYPE} AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind,
       coalesce(e.mentionCount, 0) AS mentionCount, COUNT { (e)-[:MENTIONED_IN]->(:Document) } AS documents,
       e.geonamesId AS geonamesId, e.countryCode AS countryCode, e.lat AS lat, e.lon AS lon
ORDER BY id`;

/** One edge per (source, type, target), however many documents state it, as the viewer draws it. */
const ENTITY_RELATIONS = `
MATCH (a:Entity)-[r]->(b:Entity) WHERE ${IN_IDS("a")} AND ${IN_IDS("b")}
WITH a.id AS source, type(r) AS type, b.id AS target, count(r) AS weight, collect(DISTINCT r.label) AS labels
RETURN source, target, type, weight, labels`;

const CLAIM_EDGES = `
MATCH (a:Entity)-[:MADE]->(c:Claim)-[:ABOUT]->(b:Entity) WHERE a <> b AND ${IN_IDS("a")} AND ${IN_IDS("b")}
WITH a, b, c ORDER BY c.id
WITH a.id AS source, b.id AS target, collect(DISTINCT c) AS claims, collect(DISTINCT c.predicate) AS labels
RETURN source, target, 'CLAIM' AS type, size(claims) AS weight, labels,
       CASE WHEN $claimLists THEN [c IN claims[0..toInteger($claimsPerEdge)] | {predicate: c.predicate, date: coalesce(c.date, c.documentDate)}] END AS claims`;

const CO_MENTION_EDGES = `
MATCH (a:Entity)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(b:Entity)
WHERE a.id < b.id AND ${IN_IDS("a")} AND ${IN_IDS("b")}
RETURN a.id AS source, b.id AS target, 'CO_MENTION' AS type, count(DISTINCT d) AS weight, [] AS labels`;

const OTHER_NODES = `
CALL () {
  MATCH (d:Document) WHERE ${IN_IDS("d")}
  RETURN d.id AS id, 'Document' AS type, d.title AS label, properties(d) AS props
  UNION ALL
  MATCH (c:Claim) WHERE ${IN_IDS("c")}
  RETURN c.id AS id, 'Claim' AS type,
         coalesce(c.speakerName, '?') + ' ' + c.predicate + ': ' + left(coalesce(c.quote, c.text), 80) AS label, properties(c) AS props
}
RETURN id, type, label, props ORDER BY type, id`;

const ALL_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Claim OR a:Document) AND (b:Entity OR b:Claim OR b:Document) AND ${IN_IDS("a")} AND ${IN_IDS("b")}
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props`;

/** Export reads everything it asks for; a cut-short answer would be a silently partial file. */
async function readAll(driver: Driver, cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<Record<string, unknown>[]> {
  const result: ReadResult = await runRead(driver, cypher, params, { maxRows: Number.MAX_SAFE_INTEGER, timeoutMs });
  return result.rows;
}

/** Only places found in the gazetteer have these; the others leave them out rather than carry nulls. */
const GEO = ["geonamesId", "countryCode", "lat", "lon"];

function entityAttributes(row: Record<string, unknown>): Record<string, unknown> {
  const attributes: Record<string, unknown> = { ...row, label: row.name };
  for (const key of GEO) if (row[key] === null) delete attributes[key];
  return attributes;
}

/** Properties kept off exported nodes: whole article texts would swamp Gephi's tables. */
const LEFT_OUT = new Set(["text"]);

export async function readExportGraph(driver: Driver, o: ExportReadOptions): Promise<ExportGraph> {
  const graph: ExportGraph = new MultiDirectedGraph();
  const params = { ids: o.ids, claimLists: o.claimLists, claimsPerEdge: CLAIMS_PER_EDGE };
  for (const row of await readAll(driver, ENTITY_NODES, params, o.timeoutMs)) graph.addNode(row.id as string, entityAttributes(row));

  if (o.shape === "entities") {
    const edgeQueries = [ENTITY_RELATIONS, CLAIM_EDGES, ...(o.coMentions ? [CO_MENTION_EDGES] : [])];
    for (const cypher of edgeQueries) {
      for (const row of await readAll(driver, cypher, params, o.timeoutMs)) {
        const labels = (row.labels as (string | null)[]).filter((l): l is string => !!l);
        const key = `${row.type}:${row.source}->${row.target}`;
        graph.addDirectedEdgeWithKey(key, row.source as string, row.target as string, {
          type: row.type,
          weight: row.weight,
          label: labels.length ? labels.join(", ") : null,
          ...(row.claims ? { claims: row.claims } : {}),
        });
      }
    }
    return graph;
  }

  for (const row of await readAll(driver, OTHER_NODES, params, o.timeoutMs)) {
    const props = Object.fromEntries(Object.entries(row.props as Record<string, unknown>).filter(([k]) => !LEFT_OUT.has(k)));
    graph.addNode(row.id as string, { ...props, type: row.type, label: row.label });
  }
  for (const row of await readAll(driver, ALL_RELATIONSHIPS, params, o.timeoutMs)) {
    const props = row.props as Record<string, unknown>;
    // Relations between entities repeat per document and span; the rest are one per pair.
    const where = props.document === undefined ? "" : `@${props.document}:${props.start}-${props.end}`;
    const key = `${row.type}:${row.source}->${row.target}${where}`;
    graph.addDirectedEdgeWithKey(key, row.source as string, row.target as string, { ...props, type: row.type, label: props.label ?? row.type });
  }
  return graph;
}

/**
 * The node ids a query's rows point at: id strings anywhere in the rows (ids that match no node are
 * simply not found), and the nodes and paths a query returns whole.
 */
export function idsInRows(rows: readonly Record<string, unknown>[]): string[] {
  const ids = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === "string") ids.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (neo4j.isNode(v as never)) visit((v as { properties: Record<string, unknown> }).properties.id);
    else if (neo4j.isPath(v as never)) {
      for (const s of (v as { segments: { start: unknown; end: unknown }[] }).segments) {
        visit(s.start);
        visit(s.end);
      }
    } else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  return [...ids].sort();
}
