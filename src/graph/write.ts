// Writes extracted documents into Neo4j: one transaction per batch, UNWIND + MERGE, parameters only.
// Re-writing a document replaces its mentions, claims and relations, so re-running is safe.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { DocumentExtraction } from "../types/index.ts";
import { explainDriverError } from "./connection.ts";
import { clearDocuments, refreshEntities } from "./document-removal.ts";

const WRITE_DOCUMENTS = `
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
SET d.path = doc.path, d.date = doc.date, d.title = doc.title, d.text = doc.text`;

// The entity's own name, aliases and kind are derived from all its mentions afterwards (entity-refresh.ts);
// each MENTIONED_IN keeps what this document called it.
const WRITE_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = [], e.aliasText = '', e.mentionCount = 0
SET e:$(row.type)
WITH e, row
MATCH (d:Document {id: row.documentId})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.starts = row.starts, m.ends = row.ends, m.count = size(row.starts),
    m.name = row.name, m.aliases = row.aliases, m.kind = row.kind,
    m.geonamesId = row.geonamesId, m.countryCode = row.countryCode, m.lat = row.lat, m.lon = row.lon`;

const WRITE_CLAIMS = `
UNWIND $claims AS row
MATCH (d:Document {id: row.documentId})
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.quote = row.quote, c.predicate = row.predicate, c.cue = row.cue,
    c.date = row.date, c.documentDate = d.date, c.start = row.start, c.end = row.end,
    c.cueStart = row.cueStart, c.cueEnd = row.cueEnd, c.speakerStart = row.speakerStart,
    c.speakerEnd = row.speakerEnd, c.speakerName = row.speakerName,
    c.channel = row.channel, c.channelCue = row.channelCue, c.channelStart = row.channelStart, c.channelEnd = row.channelEnd,
    c.stance = row.stance, c.negated = row.negated, c.targetStart = row.targetStart, c.targetEnd = row.targetEnd
MERGE (c)-[:IN]->(d)
WITH c, row
CALL (c, row) {
  MATCH (s:Entity {id: row.speakerId})
  MERGE (s)-[:MADE]->(c)
}
WITH c, row
CALL (c, row) {
  MATCH (t:Entity {id: row.targetId})
  MERGE (c)-[:TARGETS]->(t)
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
      geonamesId: e.geonamesId ?? null,
      countryCode: e.countryCode ?? null,
      lat: e.lat ?? null,
      lon: e.lon ?? null,
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
      targetId: c.target ?? null,
      targetStart: c.targetMention?.start ?? null,
      targetEnd: c.targetMention?.end ?? null,
      channel: c.channel ?? null,
      channelCue: c.channelCue ?? null,
      channelStart: c.channelSpan?.start ?? null,
      channelEnd: c.channelSpan?.end ?? null,
      stance: c.stance ?? null,
      negated: c.negated ?? false,
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
  // Entities whose mentions are cleared must be re-derived (and go when no mention is left).
  const cleared = await clearDocuments(tx, p.docs.map((d) => ({ id: d.id, path: d.path })), p.ids);
  await tx.run(WRITE_DOCUMENTS, { docs: p.docs });
  await tx.run(WRITE_ENTITIES, { entities: p.entities });
  await tx.run(WRITE_CLAIMS, { claims: p.claims });
  await tx.run(WRITE_RELATIONS, { relations: p.relations });
  await refreshEntities(tx, [...new Set([...cleared, ...p.entityIds])]);
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
