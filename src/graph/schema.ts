// Brings the database to this code's schema: migration steps for an older graph (in order, the
// version recorded after each), then cypher/schema.cypher (each statement idempotent, one per
// transaction), then the version. A graph written by a newer kg is refused before anything changes.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Driver, Session } from "neo4j-driver";
import { KgError } from "../types/index.ts";
import { explainDriverError, isTransient } from "./connection.ts";
import { planMigrations, SCHEMA_VERSION, UNVERSIONED_GRAPH } from "./migrations.ts";

const SCHEMA_FILE = fileURLToPath(new URL("../../cypher/schema.cypher", import.meta.url));

/** Splits a .cypher file into statements, dropping // comment lines. */
export function cypherStatements(source: string): string[] {
  return source
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface SchemaReport {
  /** Version found: null for an empty database. */
  from: number | null;
  to: number;
  /** Versions of the migration steps that ran. */
  migrated: number[];
  statements: number;
}

const READ_VERSION = `
OPTIONAL MATCH (v:SchemaVersion {id: 'kg'})
RETURN v.version AS version, EXISTS { MATCH (n) WHERE n:Document OR n:Entity OR n:Claim } AS hasData`;

const WRITE_VERSION = "MERGE (v:SchemaVersion {id: 'kg'}) SET v.version = $version";

/** The version recorded in the database; UNVERSIONED_GRAPH for a graph from before versions; null when empty. */
export async function readSchemaVersion(session: Session): Promise<number | null> {
  const r = await session.run(READ_VERSION);
  const version = r.records[0]?.get("version") as number | null;
  if (version !== null && version !== undefined) return version;
  return r.records[0]?.get("hasData") ? UNVERSIONED_GRAPH : null;
}

/** How long a schema statement is retried after transient failures. */
const SCHEMA_RETRY_MS = 15_000;

/** Another process created the same index or constraint between this one's IF NOT EXISTS check and its own creation. */
const createdMeanwhile = (e: unknown) => (e as { code?: string }).code === "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";

/**
 * Runs an auto-commit schema statement, again after a transient failure: several `kg ingest`
 * processes starting at once apply the schema together, and their schema locks can deadlock.
 */
async function runSchemaStatement(session: Session, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const until = Date.now() + SCHEMA_RETRY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await session.run(cypher, params);
      return;
    } catch (e) {
      if (createdMeanwhile(e)) return;
      if (!isTransient(e) || Date.now() > until) throw e;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * attempt) * (0.5 + Math.random())));
    }
  }
}

/** indexWaitSeconds: how long to wait for the indexes to come online before failing. */
export async function applySchema(driver: Driver, log: (line: string) => void = () => {}, { indexWaitSeconds = 60 } = {}): Promise<SchemaReport> {
  const statements = cypherStatements(readFileSync(SCHEMA_FILE, "utf8"));
  const session = driver.session();
  try {
    const from = await readSchemaVersion(session);
    const steps = planMigrations(from);
    for (const step of steps) {
      log(`Upgrading the graph to schema version ${step.version}: ${step.reason}...`);
      for (const statement of step.statements) await runSchemaStatement(session, statement);
      await step.upgrade?.(session);
      await runSchemaStatement(session, WRITE_VERSION, { version: step.version });
    }
    for (const statement of statements) await runSchemaStatement(session, statement);
    await session.run("CALL db.awaitIndexes($seconds)", { seconds: indexWaitSeconds });
    await runSchemaStatement(session, WRITE_VERSION, { version: SCHEMA_VERSION });
    return { from, to: SCHEMA_VERSION, migrated: steps.map((s) => s.version), statements: statements.length };
  } catch (e) {
    if (e instanceof KgError) throw e;
    throw explainDriverError(e, "the configured server");
  } finally {
    await session.close();
  }
}

/**
 * Waits until the eventually consistent full-text indexes (schema.cypher) have taken in every committed
 * write, so a search run after an ingest or removal returns finds what it wrote.
 */
export async function awaitSearchIndexes(driver: Driver): Promise<void> {
  try {
    await driver.executeQuery("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()");
  } catch (e) {
    throw explainDriverError(e, "the configured server");
  }
}
