// Taking documents out of the graph: before a document is rewritten (same id, or same path with new
// content) and when its file is gone (`kg ingest --prune`). Entities are then re-derived from the
// mentions that remain, and go when none remain, so shared entities survive with the right counts.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { explainDriverError, runRead } from "./connection.ts";
import { DELETE_UNMENTIONED, REFRESH_ENTITIES } from "./entity-refresh.ts";

/** A document to clear: by id, and (when rewriting a file) by the path it is stored at. */
export interface DocumentRef {
  id: string;
  path: string | null;
}

const ENTITIES_OF_DOCUMENTS = `
UNWIND $docs AS doc
MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) WHERE d.id = doc.id OR d.path = doc.path
RETURN collect(DISTINCT e.id) AS ids`;

/** Deletes the documents' claims, mentions and relations; the Document nodes in $keep stay (to be rewritten). */
const CLEAR_DOCUMENTS = `
UNWIND $docs AS doc
MATCH (old:Document) WHERE old.id = doc.id OR old.path = doc.path
WITH DISTINCT old
CALL (old) { MATCH (c:Claim)-[:IN]->(old) DETACH DELETE c }
CALL (old) { MATCH (e:Entity)-[:MENTIONED_IN]->(old) MATCH (e)-[r]->(:Entity) WHERE r.document = old.id DELETE r }
CALL (old) { MATCH (:Entity)-[m:MENTIONED_IN]->(old) DELETE m }
WITH old WHERE NOT old.id IN $keep
DETACH DELETE old`;

/** Clears the documents inside `tx` and returns the ids of the entities they mentioned (to refresh afterwards). */
export async function clearDocuments(tx: ManagedTransaction, docs: DocumentRef[], keep: string[]): Promise<string[]> {
  const before = await tx.run(ENTITIES_OF_DOCUMENTS, { docs });
  await tx.run(CLEAR_DOCUMENTS, { docs, keep });
  return (before.records[0]?.get("ids") as string[] | undefined) ?? [];
}

/** Re-derives the entities from their remaining mentions; those left without any are deleted. */
export async function refreshEntities(tx: ManagedTransaction, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.run(DELETE_UNMENTIONED, { entityIds });
  await tx.run(REFRESH_ENTITIES, { entityIds });
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
        const touched = await clearDocuments(tx, docs, []);
        await refreshEntities(tx, touched);
        return found.records[0]!.get("n") as number;
      });
    } catch (e) {
      throw explainDriverError(e, "the configured server");
    } finally {
      await session.close();
    }
  }
  return deleted;
}

/** Every stored document's id and path (no text), for deciding which files are gone. */
export async function listStoredDocuments(driver: Driver): Promise<DocumentRef[]> {
  const result = await runRead(driver, "MATCH (d:Document) RETURN d.id AS id, d.path AS path ORDER BY d.path", {}, { maxRows: Number.MAX_SAFE_INTEGER, timeoutMs: 60_000 });
  return result.rows as unknown as DocumentRef[];
}
