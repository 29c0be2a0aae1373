// Taking documents out of the graph: before a document is rewritten (same id, or same path with new
// content) and when its file is gone (`kg ingest --prune`). The cleared mentions are then taken out of
// their entities' tallies (entity-tallies.ts), and entities go when no mention remains, so shared
// entities survive with the right names and counts.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { explainDriverError, runRead } from "./connection.ts";
import { MENTION_FIELDS } from "./entity-refresh.ts";
import { updateEntities, type ClearedMention } from "./entity-tallies.ts";
import { planOnce } from "./plan-once.ts";
import { awaitSearchIndexes } from "./schema.ts";

/** A document to clear: by id, and (when rewriting a file) by the path it is stored at. */
export interface DocumentRef {
  id: string;
  path: string | null;
}

/**
 * Deletes the documents' claims, mentions and relations, returning each deleted mention with its
 * entity's id, name and stored tally (to take out of the tally afterwards, entity-tallies.ts); the
 * Document nodes in $keep stay (to be rewritten). One statement: a first load finds nothing here, at
 * the cost of two index seeks per document.
 */
export const CLEAR_DOCUMENTS = planOnce(`
UNWIND $docs AS doc
MATCH (old:Document) WHERE old.id = doc.id OR old.path = doc.path
WITH DISTINCT old
CALL (old) { MATCH (c:Claim)-[:IN]->(old) DETACH DELETE c }
CALL (old) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(old)
  CALL (e, old) { MATCH (e)-[r]->(:Entity) WHERE r.document = old.id DELETE r }
  // The write lock before the tally is read (Neo4j's lost-update idiom): another writer cannot change
  // the tally between this read and SET_ENTITIES, which removes the marker.
  SET e._writing = true
  WITH e, m, m {${MENTION_FIELDS}, entityId: e.id, entityName: e.name, tally: e.tally} AS mention
  DELETE m
  RETURN collect(mention) AS mentions
}
CALL (old) { WITH old WHERE NOT old.id IN $keep DETACH DELETE old }
UNWIND mentions AS mention
RETURN collect(mention) AS mentions`);

/** Clears the documents inside `tx` and returns the mentions it deleted. */
export async function clearDocuments(tx: ManagedTransaction, docs: DocumentRef[], keep: string[]): Promise<ClearedMention[]> {
  const cleared = await tx.run(CLEAR_DOCUMENTS, { docs, keep });
  return (cleared.records[0]?.get("mentions") as ClearedMention[] | undefined) ?? [];
}

/** Documents removed per transaction by deleteDocuments. */
const DELETE_BATCH = 100;

/** Deletes documents with everything that came from them; returns how many existed. */
export async function deleteDocuments(driver: Driver, ids: string[]): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    const docs = ids.slice(i, i + DELETE_BATCH).map((id) => ({ id, path: null }));
    const session = driver.session();
    try {
      deleted += await session.executeWrite(async (tx) => {
        const found = await tx.run("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN count(d) AS n", { ids: docs.map((d) => d.id) });
        const cleared = await clearDocuments(tx, docs, []);
        await updateEntities(tx, { cleared });
        return found.records[0]!.get("n") as number;
      });
    } catch (e) {
      throw explainDriverError(e, "the configured server");
    } finally {
      await session.close();
    }
  }
  if (deleted > 0) await awaitSearchIndexes(driver);
  return deleted;
}

/** Every stored document's id and path (no text), for deciding which files are gone. */
export async function listStoredDocuments(driver: Driver): Promise<DocumentRef[]> {
  const result = await runRead(driver, "MATCH (d:Document) RETURN d.id AS id, d.path AS path ORDER BY d.path", {}, { maxRows: Number.MAX_SAFE_INTEGER, timeoutMs: 60_000 });
  return result.rows as unknown as DocumentRef[];
}
