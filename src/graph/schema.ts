// Applies cypher/schema.cypher: each statement in its own transaction, all of them idempotent.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { explainDriverError } from "./connection.ts";

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

export async function applySchema(driver: Driver): Promise<number> {
  const statements = cypherStatements(readFileSync(SCHEMA_FILE, "utf8"));
  const session = driver.session();
  try {
    for (const statement of statements) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } catch (e) {
    throw explainDriverError(e, "the configured server");
  } finally {
    await session.close();
  }
  return statements.length;
}
