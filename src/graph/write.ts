// Writes extracted documents into Neo4j: one transaction per batch, UNWIND + MERGE, parameters only.
// Re-writing a document replaces its mentions, claims and relations, so re-running is safe.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { DocumentExtraction } from "../types/index.ts";
import { explainDriverError } from "./connection.ts";

/** Removes what an earlier ingest wrote for these documents, and documents replaced at the same path. */
const CLEAR_DOCUMENTS = `
UNWIND $docs AS doc
MATCH (old:Document) WHERE old.id = doc.id OR old.path = doc.path
WITH DISTINCT old
CALL (old) { MATCH (c:Claim)-[:IN]->(old) DETACH DELETE c }
CALL (old) { MATCH (e:Entity)-[:MENTIONED_IN]->(old) MATCH (e)-[r]->(:Entity) WHERE r.document = old.id DELETE r }
CALL (old) { MATCH (:Entity)-[m:MENTIONED_IN]->(old) DELETE m }
WITH old WHERE NOT old.id IN $ids
DETACH DELETE old`;

const WRITE_DOCUMENTS = `
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
SET d.path = doc.path, d.date = doc.date, d.title = doc.title, d.text = doc.text`;

const WRITE_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = [], e.kind = row.kind
SET e:$(row.type),
    e.kind = coalesce(e.kind, row.kind),
    e.aliases = reduce(acc = [], a IN e.aliases + row.aliases | CASE WHEN a IN acc OR a = e.name THEN acc ELSE acc + a END)
SET e.aliasText = reduce(t = '', a IN e.aliases | t + ' | ' + a)
WITH e, row
MATCH (d:Document {id: row.documentId})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.starts = row.starts, m.ends = row.ends, m.count = size(row.starts)`;

const WRITE_CLAIMS = `
UNWIND $claims AS row
MATCH (d:Document {id: row.documentId})
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.quote = row.quote, c.predicate = row.predicate, c.cue = row.cue,
    c.date = row.date, c.documentDate = d.date, c.start = row.start, c.end = row.end,
    c.cueStart = row.cueStart, c.cueEnd = row.cueEnd, c.speakerStart = row.speakerStart,
    c.speakerEnd = row.speakerEnd, c.speakerName = row.speakerName
MERGE (c)-[:IN]->(d)
WITH c, row
CALL (c, row) {
  MATCH (s:Entity {id: row.speakerId})
  MERGE (s)-[:MADE]->(c)
}
WITH c, row
UNWIND row.about AS aboutId
MATCH (a:Entity {id: aboutId})
MERGE (c)-[:ABOUT]->(a)`;

const WRITE_RELATIONS = `
UNWIND $relations AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {document: row.documentId, start: row.start, end: row.end}]->(b)
SET r.label = row.label`;

const UPDATE_MENTION_COUNTS = `
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
WITH e, sum(m.count) AS n
SET e.mentionCount = n
WITH e WHERE n = 0
DETACH DELETE e`;

/** Relationship types come from extraction; only plain upper-case names reach the dynamic type. */
const RELATION_TYPE = /^[A-Z][A-Z_]{0,39}$/;

/** Turns extraction records into the flat parameter rows the queries above expect. */
export function batchParameters(batch: DocumentExtraction[]) {
  const docs = batch.map(({ document: d }) => ({ id: d.id, path: d.path, date: d.date, title: d.title, text: d.text }));
  const entities = batch.flatMap(({ document, entities }) =>
    entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      kind: e.kind ?? null,
      aliases: e.aliases,
      documentId: document.id,
      starts: e.mentions.map((m) => m.start),
      ends: e.mentions.map((m) => m.end),
    })),
  );
  const entityNames = new Map(batch.flatMap(({ entities }) => entities.map((e) => [e.id, e.name] as const)));
  const claims = batch.flatMap(({ document, claims }) =>
    claims.map((c) => ({
      id: c.id,
      documentId: document.id,
      text: c.text,
      quote: c.quote,
      predicate: c.predicate,
      cue: c.cue,
      date: c.date,
      start: c.evidence.start,
      end: c.evidence.end,
      cueStart: c.cueSpan?.start ?? null,
      cueEnd: c.cueSpan?.end ?? null,
      speakerStart: c.speakerMention?.start ?? null,
      speakerEnd: c.speakerMention?.end ?? null,
      speakerId: c.speakerIsEntity ? c.speaker : null,
      speakerName: c.speakerIsEntity ? (entityNames.get(c.speaker) ?? c.speaker) : c.speaker,
      about: c.about,
    })),
  );
  const relations = batch.flatMap(({ document, relations }) =>
    relations
      .filter((r) => RELATION_TYPE.test(r.type))
      .map((r) => ({ type: r.type, source: r.source, target: r.target, label: r.label ?? null, documentId: document.id, start: r.evidence.start, end: r.evidence.end })),
  );
  return { docs, ids: docs.map((d) => d.id), entities, claims, relations, entityIds: [...new Set(entities.map((e) => e.id))] };
}

async function writeInTransaction(tx: ManagedTransaction, p: ReturnType<typeof batchParameters>): Promise<void> {
  // Entities whose mentions are cleared must have their counts recomputed (and go when none are left).
  const before = await tx.run(
    "UNWIND $ids AS id MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) WHERE d.id = id OR d.path IN $paths RETURN collect(DISTINCT e.id) AS ids",
    { ids: p.ids, paths: p.docs.map((d) => d.path) },
  );
  const touched = new Set<string>([...(before.records[0]?.get("ids") ?? []), ...p.entityIds]);
  await tx.run(CLEAR_DOCUMENTS, { docs: p.docs, ids: p.ids });
  await tx.run(WRITE_DOCUMENTS, { docs: p.docs });
  await tx.run(WRITE_ENTITIES, { entities: p.entities });
  await tx.run(WRITE_CLAIMS, { claims: p.claims });
  await tx.run(WRITE_RELATIONS, { relations: p.relations });
  await tx.run(UPDATE_MENTION_COUNTS, { entityIds: [...touched] });
}

/** Writes one batch of documents atomically: all of it lands, or none of it. */
export async function writeDocumentBatch(driver: Driver, batch: DocumentExtraction[]): Promise<void> {
  if (batch.length === 0) return;
  const params = batchParameters(batch);
  const session = driver.session();
  try {
    await session.executeWrite((tx) => writeInTransaction(tx, params));
  } catch (e) {
    throw explainDriverError(e, "the configured server");
  } finally {
    await session.close();
  }
}

export interface GraphCounts {
  documents: number;
  people: number;
  groups: number;
  places: number;
  claims: number;
  relations: number;
}

export async function countGraph(driver: Driver): Promise<GraphCounts> {
  const session = driver.session();
  try {
    const r = await session.run(`
      CALL () { MATCH (d:Document) RETURN count(d) AS documents }
      CALL () { MATCH (p:Person) RETURN count(p) AS people }
      CALL () { MATCH (g:Group) RETURN count(g) AS groups }
      CALL () { MATCH (p:Place) RETURN count(p) AS places }
      CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
      CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
      RETURN documents, people, groups, places, claims, relations`);
    return r.records[0]!.toObject() as GraphCounts;
  } catch (e) {
    throw explainDriverError(e, "the configured server");
  } finally {
    await session.close();
  }
}
