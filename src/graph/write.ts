// Writes extracted documents into Neo4j: one transaction per batch, a few UNWIND statements over
// the rows of write-rows.ts, parameters only. Re-writing a document first clears its mentions,
// claims and relations, so what the rewrite makes is new by construction: mentions, claims and
// their edges are CREATEd (no MERGE scanning the edges of popular entities); entities, which other
// documents share, and documents are MERGEd on their unique ids.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { DocumentExtraction } from "../types/index.ts";
import { explainDriverError } from "./connection.ts";
import { CLEAR_DOCUMENTS, clearDocuments } from "./document-removal.ts";
import { DELETE_UNMENTIONED, READ_MENTIONS, SET_ENTITIES } from "./entity-refresh.ts";
import { updateEntities, type StoredTally } from "./entity-tallies.ts";
import { planOnce } from "./plan-once.ts";
import { batchParameters, writeRows, type WriteRows } from "./write-rows.ts";

export { batchParameters } from "./write-rows.ts";

// The entity's own name, aliases and kind are derived afterwards from its tally, which this returns
// ('' for a node it creates; entity-tallies.ts). Setting the marker first takes the node's write lock
// (Neo4j's lost-update idiom), so no other writer changes the tally before SET_ENTITIES removes it.
const WRITE_ENTITIES = planOnce(`
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.tally = ''
SET e:$(row.type), e._writing = true
RETURN row.id AS id, row.name AS name, e.tally AS tally`);

// Each MENTIONED_IN keeps what this document called the entity. The document's old mentions are
// gone (clearDocuments), so each is created; a claim id is derived from its document's id
// (resolve/ids.ts), so a claim the batch writes cannot exist elsewhere (the unique constraint would refuse it).
const WRITE_DOCUMENTS = planOnce(`
UNWIND $documents AS doc
MERGE (d:Document {id: doc.id})
SET d.path = doc.props.path, d.date = doc.props.date, d.title = doc.props.title, d.text = doc.props.text
WITH d, doc
UNWIND doc.mentions AS row
MATCH (e:Entity {id: row.entityId})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.props, m.count = size(row.props.starts)`);

const WRITE_CLAIMS = planOnce(`
UNWIND $claims AS row
MATCH (d:Document {id: row.documentId})
CREATE (c:Claim {id: row.id})-[:IN]->(d)
SET c += row.props
WITH c, row
CALL (c, row) {
  UNWIND row.speakers AS id
  MATCH (s:Entity {id: id})
  CREATE (s)-[:MADE]->(c)
}
CALL (c, row) {
  UNWIND row.targets AS id
  MATCH (t:Entity {id: id})
  CREATE (c)-[:TARGETS]->(t)
}
CALL (c, row) {
  UNWIND row.about AS id
  MATCH (a:Entity {id: id})
  CREATE (c)-[:ABOUT]->(a)
}`);

// A relation starts at an entity of its document (write-rows.ts keeps only those), so clearing the
// document removed it and the rewrite creates it anew.
const WRITE_RELATIONS = planOnce(`
UNWIND $relations AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type) {document: row.documentId, start: row.start, end: row.end}]->(b)
SET r.label = row.label`);

/** Every statement a batch's transaction may run, by name (the plan test EXPLAINs each). */
export const WRITE_STATEMENTS = { CLEAR_DOCUMENTS, WRITE_ENTITIES, WRITE_DOCUMENTS, WRITE_CLAIMS, WRITE_RELATIONS, DELETE_UNMENTIONED, READ_MENTIONS, SET_ENTITIES };

async function writeInTransaction(tx: ManagedTransaction, rows: WriteRows): Promise<void> {
  // The statements are sent without waiting for each other's answers (Bolt pipelining; the server runs
  // them in order), so Node encodes the next statement's parameters while Neo4j runs the previous one.
  const cleared = clearDocuments(tx, rows.clear, rows.keep);
  const entities = tx.run(WRITE_ENTITIES, { entities: rows.entities });
  const written = [
    tx.run(WRITE_DOCUMENTS, { documents: rows.documents }),
    rows.claims.length > 0 ? tx.run(WRITE_CLAIMS, { claims: rows.claims }) : null,
    rows.relations.length > 0 ? tx.run(WRITE_RELATIONS, { relations: rows.relations }) : null,
  ];
  // The entities take the cleared mentions out of their tallies and the written ones in (and go when
  // no mention is left). Node works that out as soon as the first two answers are back, while Neo4j
  // still runs the writes, and queues the update behind them.
  const mentions = rows.documents.flatMap((d) => d.mentions.map(({ entityId, props }) => ({ entityId, ...props, count: props.starts.length })));
  const updated = Promise.all([cleared, entities]).then(([clearedMentions, stored]) =>
    updateEntities(tx, { cleared: clearedMentions, written: mentions, stored: stored.records.map((r) => r.toObject() as StoredTally) }),
  );
  await Promise.all([...written, updated]);
}

/** Writes one batch of documents atomically: all of it lands, or none of it. */
export async function writeDocumentBatch(driver: Driver, batch: DocumentExtraction[]): Promise<void> {
  if (batch.length === 0) return;
  const rows = writeRows(batchParameters(batch));
  const session = driver.session();
  try {
    await session.executeWrite((tx) => writeInTransaction(tx, rows));
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
