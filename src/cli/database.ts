// Connects the CLI to Neo4j: the configured server (NEO4J_URI) or the project's local one,
// started on demand. Everything here is the database edge of the commands.
import type { Driver } from "neo4j-driver";
import {
  applySchema,
  connectionFromEnv,
  createDriver,
  localServerOptions,
  startLocalServer,
  verifyConnection,
  type StartedServer,
} from "../graph/index.ts";
import { say } from "./output.ts";

export interface Database {
  driver: Driver;
  uri: string;
  /** Set when this process started the local server (so it can stop it on exit). */
  startedLocal: StartedServer | null;
  close(): Promise<void>;
}

/** Opens the configured Neo4j, or starts the local one when NEO4J_URI is not set. */
export async function openDatabase({ schema = true } = {}): Promise<Database> {
  const settings = connectionFromEnv();
  let startedLocal: StartedServer | null = null;
  if (!process.env.NEO4J_URI) {
    const local = await startLocalServer(localServerOptions(), say);
    if (local.started) startedLocal = local;
  }
  const driver = createDriver(settings);
  try {
    await verifyConnection(driver, settings.uri);
    if (schema) await applySchema(driver, say);
  } catch (e) {
    // An open driver keeps the process alive: close it so the error ends the command.
    await driver.close();
    throw e;
  }
  return { driver, uri: settings.uri, startedLocal, close: () => driver.close() };
}

export function describeConnection(uri: string): string {
  const from = process.env.NEO4J_PASSWORD ? "NEO4J_PASSWORD" : "the local default 'kg-local-password' (set NEO4J_PASSWORD to change it)";
  return `Neo4j: ${uri}  user ${process.env.NEO4J_USER ?? "neo4j"}, password from ${from}`;
}
