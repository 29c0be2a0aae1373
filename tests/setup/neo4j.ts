// Starts a throw-away real Neo4j for the integration and browser tests (port 7688 or
// KG_TEST_NEO4J_PORT, data in .kg/test-neo4j-<port>). Tests wipe it and the fault tests kill it,
// so it is always our own server, never the user's NEO4J_URI.
import { rmSync } from "node:fs";
import { startLocalServer, stopLocalServer } from "../../src/graph/index.ts";
import { testServerOptions } from "../helpers.ts";

const options = testServerOptions();

export async function setup(): Promise<void> {
  await stopLocalServer(options);
  rmSync(options.home, { recursive: true, force: true });
  const server = await startLocalServer(options, (line) => console.log(line));
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = "neo4j";
  process.env.NEO4J_PASSWORD = options.password;
}

export async function teardown(): Promise<void> {
  await stopLocalServer(options);
}
