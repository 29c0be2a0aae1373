// Keeping entity nodes derived from their mentions without re-reading them: each entity node keeps the
// tally of its MENTIONED_IN edges (entity-from-mentions.ts); a batch takes the cleared documents'
// mentions out of it, adds the written ones, and sets the properties derived from the result. Only an
// entity whose tally is missing or does not add up is tallied from its mentions again.
import type { ManagedTransaction, Session } from "neo4j-driver";
import { deriveEntity, emptyTally, parseTally, serializeTally, tallyMention, untallyMention, type EntityMention, type MentionTally } from "./entity-from-mentions.ts";
import { DELETE_UNMENTIONED, READ_MENTIONS, SET_ENTITIES } from "./entity-refresh.ts";

/** A mention CLEAR_DOCUMENTS deleted, with its entity's id, name and stored tally. */
export interface ClearedMention extends EntityMention {
  entityId: string;
  entityName: string;
  tally: string | null;
}

/** A mention the batch wrote. */
export interface WrittenMention extends EntityMention {
  entityId: string;
}

/** An entity's tally as stored: '' for a node this batch created, null when the node has none. */
export interface StoredTally {
  id: string;
  name: string;
  tally: string | null;
}

export interface EntityChanges {
  /** Mentions deleted by clearing documents. */
  cleared?: readonly ClearedMention[];
  /** Mentions written by the batch. */
  written?: readonly WrittenMention[];
  /** What the written entities' nodes kept before the batch (WRITE_ENTITIES's answer). */
  stored?: readonly StoredTally[];
}

/**
 * The new tallies of the entities with known tallies, and those to tally from their mentions, with the
 * node's own name (kept when no mention names it).
 */
export function applyMentionChanges({ cleared = [], written = [], stored = [] }: EntityChanges) {
  const tallies = new Map<string, { name: string; tally: MentionTally }>();
  const untallied = new Map<string, string>();
  const start = ({ id, name, tally }: StoredTally) => {
    if (tallies.has(id) || untallied.has(id)) return;
    const parsed = tally === "" ? emptyTally() : tally === null ? null : parseTally(tally);
    if (parsed) tallies.set(id, { name, tally: parsed });
    else untallied.set(id, name);
  };
  for (const m of cleared) start({ id: m.entityId, name: m.entityName, tally: m.tally });
  for (const s of stored) start(s);
  for (const m of cleared) {
    const entity = tallies.get(m.entityId);
    if (entity) untallyMention(entity.tally, m);
  }
  // A tally that goes below zero does not match the edges (edited by hand?): count those again.
  for (const [id, { name, tally }] of tallies) {
    if (tally.mentionCount >= 0) continue;
    tallies.delete(id);
    untallied.set(id, name);
  }
  for (const m of written) {
    const entity = tallies.get(m.entityId);
    if (entity) tallyMention(entity.tally, m);
  }
  const writtenIds = new Set(written.map((m) => m.entityId));
  // Only a cleared entity can be left unmentioned: a written one has just been given a mention.
  const orphanCandidates = [...new Set(cleared.map((m) => m.entityId))].filter((id) => !writtenIds.has(id));
  return { tallies, untallied, orphanCandidates };
}

const entityRow = (id: string, name: string, tally: MentionTally) => ({ id, props: { ...deriveEntity(tally, name), tally: serializeTally(tally) } });

/** Tallies entities (by id, with the node's own name) from their mentions and sets what derives from the tallies. */
async function tallyFromMentions(tx: ManagedTransaction, names: ReadonlyMap<string, string>) {
  const read = await tx.run(READ_MENTIONS, { entityIds: [...names.keys()] });
  return read.records.map((r) => {
    const id = r.get("id") as string;
    return entityRow(id, names.get(id) ?? id, (r.get("mentions") as EntityMention[]).reduce(tallyMention, emptyTally()));
  });
}

/** Entities tallied per transaction by tallyEveryEntity. */
const TALLY_PAGE = 1000;

/** Gives every entity node the tally of its mentions (the upgrade to schema version 4); safe to re-run. */
export async function tallyEveryEntity(session: Session): Promise<void> {
  let after = "";
  for (;;) {
    const page = await session.run(`MATCH (e:Entity) WHERE e.id > $after RETURN e.id AS id, e.name AS name ORDER BY e.id LIMIT ${TALLY_PAGE}`, { after });
    if (page.records.length === 0) return;
    const names = new Map(page.records.map((r) => [r.get("id") as string, r.get("name") as string]));
    await session.executeWrite(async (tx) => tx.run(SET_ENTITIES, { entities: await tallyFromMentions(tx, names) }));
    after = page.records.at(-1)!.get("id") as string;
  }
}

/**
 * Brings the touched entities up to date inside `tx`, after the batch's writes: deletes those no
 * document mentions any more and sets the others' derived properties and tallies.
 */
export async function updateEntities(tx: ManagedTransaction, changes: EntityChanges): Promise<void> {
  const { tallies, untallied, orphanCandidates } = applyMentionChanges(changes);
  const rows = [...tallies].map(([id, { name, tally }]) => entityRow(id, name, tally));
  // The statements run in the order sent: an orphan is deleted before SET_ENTITIES would match it.
  const pending = [orphanCandidates.length > 0 ? tx.run(DELETE_UNMENTIONED, { entityIds: orphanCandidates }) : null];
  if (untallied.size > 0) rows.push(...(await tallyFromMentions(tx, untallied)));
  if (rows.length > 0) pending.push(tx.run(SET_ENTITIES, { entities: rows }));
  await Promise.all(pending);
}
