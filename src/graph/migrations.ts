// Schema versions: the graph records which version of this model wrote it, in a single
// (:SchemaVersion {id: 'kg', version}) node. Older graphs are upgraded step by step, in order;
// a graph written by a newer kg is refused rather than half-understood.
import { KgError } from "../types/index.ts";
import type { Session } from "neo4j-driver";
import { ENTITY_FROM_MENTIONS } from "./entity-refresh.ts";
import { tallyEveryEntity } from "./entity-tallies.ts";

/** Thrown when the database's schema version is newer than this code's: upgrade kg, or use another database. */
export class SchemaTooNewError extends KgError {
  override name = "SchemaTooNewError";
}

export interface Migration {
  /** The version the graph is at once this step has run. */
  version: number;
  /** What changes and why, shown while it runs. */
  reason: string;
  /** Auto-commit statements (so they may batch with CALL ... IN TRANSACTIONS); each must be safe to re-run. */
  statements: string[];
  /** Work done in Node after the statements, for what Cypher alone cannot compute; safe to re-run too. */
  upgrade?: (session: Session) => Promise<void>;
}

/**
 * Version 1 is the walking skeleton's graph, which has no SchemaVersion node. Add a step here (and
 * bump nothing else) whenever stored data must change shape; schema.cypher holds the indexes of the
 * latest version and is applied after the steps.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    reason: "each MENTIONED_IN keeps the document's name, aliases, kind and coordinates for the entity; entities are derived from them",
    statements: [
      `MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document) WHERE m.name IS NULL
       CALL (e, m) {
         SET m.name = e.name, m.aliases = coalesce(e.aliases, []), m.kind = e.kind,
             m.geonamesId = e.geonamesId, m.countryCode = e.countryCode, m.lat = e.lat, m.lon = e.lon
       } IN TRANSACTIONS OF 5000 ROWS`,
      `MATCH (e:Entity)
       CALL (e) { ${ENTITY_FROM_MENTIONS} } IN TRANSACTIONS OF 1000 ROWS`,
    ],
  },
  {
    version: 3,
    reason: "the full-text indexes are rebuilt eventually consistent (updated after each commit, not inside it)",
    // schema.cypher, applied after the steps, creates them again with that option and waits for them.
    statements: ["DROP INDEX entity_names IF EXISTS", "DROP INDEX claim_text IF EXISTS"],
  },
  {
    version: 4,
    reason: "entities keep a tally of their mentions, so a write no longer re-reads every mention of the entities it touches",
    // The tally is JSON, which Cypher cannot build without plugins. The version also keeps an older kg,
    // which would not update tallies, from writing this graph.
    statements: [],
    upgrade: tallyEveryEntity,
  },
];

/** The version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 1);

/** A graph with data but no SchemaVersion node was written before versions were recorded. */
export const UNVERSIONED_GRAPH = 1;

/**
 * The steps that bring a graph at `stored` (null: empty database) to `target`, in order.
 * Refuses a graph newer than the code: its data may mean something this code does not know.
 */
export function planMigrations(stored: number | null, target = SCHEMA_VERSION, steps: readonly Migration[] = MIGRATIONS): Migration[] {
  if (stored === null) return [];
  if (stored > target) {
    throw new SchemaTooNewError(
      `the database holds a graph of schema version ${stored}, but this kg writes version ${target}: ` +
        `upgrade kg (git pull && npm install), or point NEO4J_URI at another database`,
    );
  }
  return [...steps].filter((m) => m.version > stored && m.version <= target).sort((a, b) => a.version - b.version);
}
