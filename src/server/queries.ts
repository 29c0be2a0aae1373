// Every Cypher statement the HTTP API runs, as constants: all are reads, all take parameters, none interpolate input.
// Dated rows sort newest first with undated ones last. Integers for LIMIT go through toInteger() because JS numbers reach Neo4j as floats.

/** The one of Person | Group | Place an entity node carries besides Entity. */
const entityType = (v: string) => `[l IN labels(${v}) WHERE l IN ['Person', 'Group', 'Place']][0]`;

const claimFields = `
  c.id AS id, c.predicate AS predicate, c.cue AS cue, c.quote AS quote, c.text AS text, c.date AS date,
  d.id AS documentId, d.title AS documentTitle, coalesce(c.documentDate, d.date) AS documentDate,
  c.start AS start, c.end AS end, c.speakerName AS speakerName, speaker.id AS speakerId,
  c.cueStart AS cueStart, c.cueEnd AS cueEnd, c.speakerStart AS speakerStart, c.speakerEnd AS speakerEnd,
  c.channel AS channel, c.channelCue AS channelCue, c.stance AS stance, coalesce(c.negated, false) AS negated,
  head([(c)-[:TARGETS]->(t:Entity) | t.id]) AS targetId, head([(c)-[:TARGETS]->(t:Entity) | t.name]) AS targetName,
  windowStart, substring(d.text, windowStart, 2 * size(coalesce(c.text, '')) + 2) AS window,
  focus.starts AS focusStarts, focus.ends AS focusEnds`;

/**
 * A claim's sentence holds its cue, so it starts at most one sentence-length before the cue: the window from there
 * to a sentence-length after is enough to find it (claim-sentence.ts) without sending the whole document.
 */
const claimWindow = `
OPTIONAL MATCH (:Entity {id: $id})-[focus:MENTIONED_IN]->(d)
WITH c, d, speaker, focus, claimDate, coalesce(c.cueStart, c.start, 0) - size(coalesce(c.text, '')) - 1 AS windowFrom
WITH c, d, speaker, focus, claimDate, CASE WHEN windowFrom > 0 THEN windowFrom ELSE 0 END AS windowStart`;

// ---- /api/graph ----

/**
 * The most-mentioned entities; ties broken by id so the same database always gives the same graph. Ordering on the
 * bare property lets Neo4j walk the entity_mentions index from the top instead of sorting every entity (a coalesce()
 * here cost a full label scan per /api/graph); every entity has mentionCount, derived from its mentions.
 */
export const TOP_ENTITIES = `
MATCH (n:Entity) WHERE n.mentionCount IS NOT NULL
WITH n ORDER BY n.mentionCount DESC, n.id
LIMIT toInteger($limit)
RETURN n.id AS id, ${entityType("n")} AS type, n.name AS name, n.kind AS kind, n.mentionCount AS mentionCount`;

/** Typed relations among the chosen entities, one edge per (source, type, target) however many documents state it. */
export const RELATIONS_AMONG = `
MATCH (a:Entity) WHERE a.id IN $ids
MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids
WITH a.id AS source, b.id AS target, type(r) AS type, count(r) AS weight,
     [l IN collect(DISTINCT r.label) WHERE l IS NOT NULL AND l <> ''] AS labels
RETURN source, target, type, weight, labels[0..3] AS labels
LIMIT toInteger($maxRows)`;

/** Claims folded into speaker → about edges, weighted by how many claims, with each claim's predicate and date for filters. */
export const CLAIMS_AMONG = `
MATCH (s:Entity) WHERE s.id IN $ids
MATCH (s)-[:MADE]->(c:Claim)-[:ABOUT]->(o:Entity)
WHERE o.id IN $ids AND o <> s
WITH s, o, c ORDER BY c.id
WITH s.id AS source, o.id AS target, collect(DISTINCT c) AS claims
RETURN source, target, size(claims) AS weight,
       [c IN claims[0..toInteger($claimsPerEdge)] | {predicate: c.predicate, date: coalesce(c.date, c.documentDate)}] AS claims
LIMIT toInteger($maxRows)`;

/**
 * Pairs of chosen entities named in the same documents, weighted by how many; only the strongest pairs come back,
 * since a long document naming many entities would otherwise dominate the edge count.
 */
export const CO_MENTIONS_AMONG = `
MATCH (a:Entity) WHERE a.id IN $ids
MATCH (a)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(b:Entity)
WHERE a.id < b.id AND b.id IN $ids
WITH a.id AS source, b.id AS target, count(DISTINCT d) AS weight
ORDER BY weight DESC, source, target
LIMIT toInteger($maxRows)
RETURN source, target, weight`;

// ---- /api/search ----

export const SEARCH_FULLTEXT = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node:Entity
RETURN node.id AS id, node.name AS name, ${entityType("node")} AS type, node.kind AS kind, score
ORDER BY score DESC, coalesce(node.mentionCount, 0) DESC
LIMIT toInteger($limit)`;

/** Used when the full-text index is missing or refuses the query. */
export const SEARCH_CONTAINS = `
MATCH (n:Entity)
WHERE toLower(n.name) CONTAINS toLower($text)
   OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($text))
RETURN n.id AS id, n.name AS name, ${entityType("n")} AS type, n.kind AS kind,
       CASE WHEN toLower(n.name) STARTS WITH toLower($text) THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, coalesce(n.mentionCount, 0) DESC, n.name
LIMIT toInteger($limit)`;

// ---- /api/node/:id ----

export const NODE_BY_ID = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, ${entityType("n")} AS type, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.kind AS kind, coalesce(n.mentionCount, 0) AS mentionCount`;

export const NODE_DOCUMENTS = `
MATCH (n:Entity {id: $id})-[:MENTIONED_IN]->(d:Document)
RETURN d.id AS id, d.title AS title, d.date AS date, d.path AS path
ORDER BY d.date IS NULL, d.date DESC, d.title`;

export const NODE_CLAIMS_MADE = `
MATCH (speaker:Entity {id: $id})-[:MADE]->(c:Claim)
OPTIONAL MATCH (c)-[:IN]->(d:Document)
WITH c, d, speaker, coalesce(c.date, c.documentDate, d.date) AS claimDate${claimWindow}
RETURN ${claimFields}
ORDER BY claimDate IS NULL, claimDate DESC, c.start`;

export const NODE_CLAIMS_ABOUT = `
MATCH (c:Claim)-[:ABOUT]->(:Entity {id: $id})
OPTIONAL MATCH (c)-[:IN]->(d:Document)
OPTIONAL MATCH (speaker:Entity)-[:MADE]->(c)
WITH c, d, speaker, coalesce(c.date, c.documentDate, d.date) AS claimDate${claimWindow}
RETURN ${claimFields}
ORDER BY claimDate IS NULL, claimDate DESC, c.start`;

/** The lists above stop at the API's row bound; these are the entity's totals, for the panel's headings. */
export const NODE_TOTALS = `
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)-[:MENTIONED_IN]->(:Document) } AS documents, COUNT { (n)-[:MADE]->(:Claim) } AS claimsMade,
       COUNT { (:Claim)-[:ABOUT]->(n) } AS claimsAbout`;

export const NODE_RELATIONS = `
MATCH (n:Entity {id: $id})-[r]-(o:Entity)
RETURN DISTINCT type(r) AS type, r.label AS label,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, o.id AS otherId, o.name AS otherName
ORDER BY type, otherName`;

// ---- /api/document/:id ----

export const DOCUMENT_BY_ID = `
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.date AS date, d.path AS path, d.text AS text`;

/** One row per mention span; MENTIONED_IN keeps the spans as two parallel lists. */
export const DOCUMENT_MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document {id: $id})
UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
RETURN e.id AS entityId, e.name AS name, ${entityType("e")} AS type, m.starts[i] AS start, m.ends[i] AS end
ORDER BY start, end DESC`;
