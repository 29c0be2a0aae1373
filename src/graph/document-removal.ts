// Taking documents out of the graph: before a document is rewritten (same id, or same path with new
// content) and when its file is gone (`kg ingest --prune`). Entities are then re-derived from the
// mentions that remain, and go when none remain, so shared entities survive with the right counts.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { explainDriverError, runRead } from "./connection.ts";
import { DELETE_UNMENTIONED, REFRESH_ENTITIES } from "./entity-refresh.ts";
import { planOnce } from "./plan-once.ts";
import { awaitSearchIndexes } from "./schema.ts";

/** A document to clear: by id, and (when rewriting a file) by the path it is stored at. */
export interface DocumentRef {
  id: string;
  path: string | null;
}

/**
 * Deletes the documents' claims, mentions and relations, returning the ids of the entities they
 * mentioned (to re-derive afterwards); the Document nodes in $keep stay (to be rewritten). One
 * statement: a first load finds nothing here, at the cost of two index seeks per document.
 */
export const CLEAR_DOCUMENTS = planOnce(`
UNWIND $docs AS doc
MATCH (old:Document) WHERE old.id = doc.id OR old.path = doc.path
WITH DISTINCT old
CALL (old) { MATCH (c:Claim)-[:IN]->(old) DETACH DELETE c }
CALL (old) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(old)
  CALL (e, old) { MATCH (e)-[r]->(:Entity) WHERE r.document = old.id DELETE r }
  DELETE m
  RETURN collect(e.id) AS mentioned
}
CALL (old) { WITH old WHERE NOT old.id IN $keep DETACH DELETE old }
UNWIND mentioned AS id
RETURN collect(DISTINCT id) AS ids`);

/** Clears the documents inside `tx` and returns the ids of the entities they mentioned (to refresh afterwards). */
export async function clearDocuments(tx: ManagedTransaction, docs: DocumentRef[], keep: string[]): Promise<string[]> {
  const cleared = await tx.run(CLEAR_DOCUMENTS, { docs, keep });
  return (cleared.records[0]?.get("ids") as string[] | undefined) ?? [];
}

/**
 * Re-derives the entities from their remaining mentions. Only cleared entities can be left without
 * any (and are then deleted): the `written` ones have just been given a mention.
 */
export async function refreshEntities(tx: ManagedTransaction, written: string[], cleared: string[] = []): Promise<void> {
  const writtenSet = new Set(written);
  const orphanCandidates = cleared.filter((id) => !writtenSet.has(id));
  if (orphanCandidates.length > 0) await tx.run(DELETE_UNMENTIONED, { entityIds: orphanCandidates });
  const entityIds = [...new Set([...written, ...cleared])];
  if (entityIds.length > 0) await tx.run(REFRESH_ENTITIES, { entityIds });
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
        await refreshEntities(tx, [], touched);
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
