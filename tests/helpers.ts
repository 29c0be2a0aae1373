// Shared by the integration and browser tests: the real CLI as a subprocess, and the test database.
import { spawnSync } from "node:child_process";
import { createDriver, connectionFromEnv, type Driver } from "../src/graph/index.ts";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `kg` exactly as a user would (bin/kg.js), against the test database in the environment. */
export function kg(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, ["bin/kg.js", ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 300_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function testDriver(): Driver {
  return createDriver(connectionFromEnv());
}

export async function wipeDatabase(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

export async function rows<T = Record<string, unknown>>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const r = await driver.executeQuery(cypher, params);
  return r.records.map((rec) => rec.toObject() as T);
}
