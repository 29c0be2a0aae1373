// Every Cypher statement the HTTP API runs, as constants: all are reads, all take parameters, none interpolate input.
// Dated rows sort newest first with undated ones last; ids break ties, so the same graph always gives the same answer. Integers for LIMIT go through toInteger() because JS numbers reach Neo4j as floats.

/** The one of Person | Group | Place an entity node carries besides Entity. */
const entityType = (v: string) => `[l IN labels(${v}) WHERE l IN ['Person', 'Group', 'Place']][0]`;

/** One claim as a map, from c, its document d, its speaker and the window computed by claimWindow. */
const claimMap = `{
  id: c.id, predicate: c.predicate, cue: c.cue, quote: c.quote, text: c.text, date: c.date,
  documentId: d.id, documentTitle: d.title, documentDate: coalesce(c.documentDate, d.date),
  start: c.start, end: c.end, speakerName: c.speakerName, speakerId: speaker.id,
  cueStart: c.cueStart, cueEnd: c.cueEnd, speakerStart: c.speakerStart, speakerEnd: c.speakerEnd,
  channel: c.channel, channelCue: c.channelCue, stance: c.stance, negated: coalesce(c.negated, false),
  targetId: head([(c)-[:TARGETS]->(t:Entity) | t.id]), targetName: coalesce(head([(c)-[:TARGETS]->(t:Entity) | t.name]), c.targetName),
  windowStart: windowStart, window: substring(d.text, windowStart, 2 * size(coalesce(c.text, '')) + 2),
  focusStarts: focus.starts, focusEnds: focus.ends
}`;

/**
 * A claim's sentence holds its cue, so it starts at most one sentence-length before the cue: the window from there
 * to a sentence-length after is enough to find it (claim-sentence.ts) without sending the whole document.
 * n is the entity the panel is about; its mentions in the claim's document become marks.
 */
const claimWindow = `
OPTIONAL MATCH (n)-[focus:MENTIONED_IN]->(d)
WITH c, d, speaker, focus, claimDate, coalesce(c.cueStart, c.start, 0) - size(coalesce(c.text, '')) - 1 AS windowFrom
WITH c, d, speaker, focus, claimDate, CASE WHEN windowFrom > 0 THEN windowFrom ELSE 0 END AS windowStart`;

/** Newest first, undated last, at most $maxRows, collected in that order. */
const collectClaims = (name: string) => `
WITH ${claimMap} AS claim, claimDate
ORDER BY claimDate IS NULL, claimDate DESC, claim.start, claim.id
LIMIT toInteger($maxRows)
RETURN collect(claim) AS ${name}`;

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

/**
 * The edges among the chosen entities ($ids), in one statement (one round trip), as three lists of at most
 * $maxRows + 1 entries, so the caller can tell a list was cut, each sent as rows (kind, offset, edges):
 * - relations: typed relations, one edge per (source, type, target) however many documents state it;
 * - claims: claims folded into speaker -> about edges, weighted by how many, with each claim's predicate and date
 *   for the viewer's filters;
 * - coMentions: pairs named in the same documents, weighted by how many, only the $coMentionRows strongest (a long
 *   document naming many entities would otherwise dominate the edge count); none when $coMentionRows is 0.
 */
export const EDGES_AMONG = `
CALL () {
  MATCH (a:Entity) WHERE a.id IN $ids
  MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids
  WITH a.id AS source, b.id AS target, type(r) AS type, count(r) AS weight,
       [l IN collect(DISTINCT r.label) WHERE l IS NOT NULL AND l <> ''] AS labels
  LIMIT toInteger($maxRows) + 1
  RETURN collect({source: source, target: target, type: type, weight: weight, labels: labels[0..3]}) AS relations
}
CALL () {
  MATCH (s:Entity) WHERE s.id IN $ids
  MATCH (s)-[:MADE]->(c:Claim)-[:ABOUT]->(o:Entity)
  WHERE o.id IN $ids AND o <> s
  WITH s, o, c ORDER BY c.id
  WITH s.id AS source, o.id AS target, collect(DISTINCT c) AS claims
  LIMIT toInteger($maxRows) + 1
  RETURN collect({source: source, target: target, weight: size(claims),
    claims: [c IN claims[0..toInteger($claimsPerEdge)] | {predicate: c.predicate, date: coalesce(c.date, c.documentDate)}]}) AS claims
}
CALL () {
  MATCH (a:Entity) WHERE $coMentionRows > 0 AND a.id IN $ids
  MATCH (a)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(b:Entity)
  WHERE a.id < b.id AND b.id IN $ids
  WITH a.id AS source, b.id AS target, count(DISTINCT d) AS weight
  ORDER BY weight DESC, source, target
  LIMIT toInteger($coMentionRows)
  RETURN collect({source: source, target: target, weight: weight}) AS coMentions
}
// The lists leave in rows of at most $chunk edges: the driver decodes a row in one go, and one row of 20,000 edges
// held the event loop for 0.25 s. Empty lists give no rows.
UNWIND [['relations', relations], ['claims', claims], ['coMentions', coMentions]] AS part
UNWIND range(0, size(part[1]) - 1, toInteger($chunk)) AS offset
RETURN part[0] AS kind, offset, part[1][offset..offset + toInteger($chunk)] AS edges`;

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

/**
 * An entity with its documents, the claims it made and those about it, and its stated relations, in one statement:
 * each query is a round trip to Neo4j, and on a loaded server those cost more than the reading itself.
 * No row when the entity does not exist; each list holds at most $maxRows.
 */
export const NODE_DETAILS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[:MENTIONED_IN]->(d:Document)
  WITH d ORDER BY d.date IS NULL, d.date DESC, d.title, d.id
  LIMIT toInteger($maxRows)
  RETURN collect({id: d.id, title: d.title, date: d.date, path: d.path}) AS documents
}
CALL (n) {
  MATCH (n)-[:MADE]->(c:Claim)
  OPTIONAL MATCH (c)-[:IN]->(d:Document)
  WITH n, c, d, n AS speaker, coalesce(c.date, c.documentDate, d.date) AS claimDate${claimWindow}${collectClaims("claimsMade")}
}
CALL (n) {
  MATCH (c:Claim)-[:ABOUT]->(n)
  OPTIONAL MATCH (c)-[:IN]->(d:Document)
  OPTIONAL MATCH (speaker:Entity)-[:MADE]->(c)
  WITH n, c, d, speaker, coalesce(c.date, c.documentDate, d.date) AS claimDate${claimWindow}${collectClaims("claimsAbout")}
}
CALL (n) {
  MATCH (n)-[r]-(o:Entity)
  WITH DISTINCT type(r) AS type, r.label AS label, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       o.id AS otherId, o.name AS otherName
  ORDER BY type, otherName, otherId, direction
  LIMIT toInteger($maxRows)
  RETURN collect({type: type, label: label, direction: direction, otherId: otherId, otherName: otherName}) AS relations
}
RETURN {id: n.id, type: ${entityType("n")}, name: n.name, aliases: coalesce(n.aliases, []),
        kind: n.kind, mentionCount: coalesce(n.mentionCount, 0)} AS node,
       documents, claimsMade, claimsAbout, relations,
       // The lists stop at $maxRows; the totals are for the panel's headings ("Claims made (1234, 500 listed)").
       {documents: COUNT { (n)-[:MENTIONED_IN]->(:Document) }, claimsMade: COUNT { (n)-[:MADE]->(:Claim) },
        claimsAbout: COUNT { (:Claim)-[:ABOUT]->(n) }} AS totals`;

// ---- /api/document/:id ----

/** A document and one entry per mention span (MENTIONED_IN keeps the spans as two parallel lists); no row when absent. */
export const DOCUMENT_WITH_MENTIONS = `
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
  UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
  WITH e, m.starts[i] AS start, m.ends[i] AS end
  ORDER BY start, end DESC
  LIMIT toInteger($maxRows)
  RETURN collect({entityId: e.id, name: e.name, type: ${entityType("e")}, start: start, end: end}) AS mentions
}
RETURN {id: d.id, title: d.title, date: d.date, path: d.path, text: d.text} AS document, mentions`;
