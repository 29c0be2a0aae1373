// Starts a throw-away real Neo4j for the test run (port 7688 or KG_TEST_NEO4J_PORT, data in
// .kg/test-neo4j-<port>), or uses KG_TEST_NEO4J_URI when given. Tests wipe this database, so it is never the user's NEO4J_URI.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { localServerOptions, startLocalServer, stopLocalServer } from "../../src/graph/index.ts";

const boltPort = Number(process.env.KG_TEST_NEO4J_PORT ?? 7688);
const options = {
  ...localServerOptions(),
  // One folder per port, so test runs on different ports never share a store.
  home: join(process.cwd(), ".kg", `test-neo4j-${boltPort}`),
  boltPort,
  password: "kg-test-password",
  heap: "1g",
};

export async function setup(): Promise<void> {
  if (process.env.KG_TEST_NEO4J_URI) {
    process.env.NEO4J_URI = process.env.KG_TEST_NEO4J_URI;
    return;
  }
  await stopLocalServer(options);
  rmSync(options.home, { recursive: true, force: true });
  const server = await startLocalServer(options, (line) => console.log(line));
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = "neo4j";
  process.env.NEO4J_PASSWORD = options.password;
}

export async function teardown(): Promise<void> {
  if (!process.env.KG_TEST_NEO4J_URI) await stopLocalServer(options);
}
