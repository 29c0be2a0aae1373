// Malformed requests are refused with a 400 naming the problem before the cache and before any query: with Neo4j
// down (a closed port) they still get their 400, and a listener that counts connections sees none from them.
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver, type Driver } from "../../src/graph/index.ts";
import type { ErrorResponse } from "../../src/server/api-types.ts";
import { MAX_QUERY_CHARS } from "../../src/server/params.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { closedPort } from "../helpers.ts";

/** Each malformed request and a word its error message must contain (the parameter or the problem). */
const MALFORMED: [string, RegExp][] = [
  ["/api/graph?limit=abc", /limit: must be a whole number from 1 to 5000/],
  ["/api/graph?limit=0", /limit/],
  ["/api/graph?limit=5001", /limit/],
  ["/api/graph?limit=2.5", /limit/],
  ["/api/graph?colour=red", /unknown parameter 'colour'.*'limit'/],
  ["/api/graph?limit=1&limit=2", /'limit' is given more than once/],
  ["/api/search", /q: give a search text/],
  ["/api/search?q=iraq&limit=51", /limit/],
  [`/api/search?q=${"x".repeat(MAX_QUERY_CHARS)}`, /query string is \d+ characters/],
  ["/api/node/a%00b", /id: must not contain control characters/],
  [`/api/node/${"x".repeat(1001)}`, /id: is longer than 1000/],
  ["/api/node/x?id=y", /'id' is given more than once/],
  ["/api/document/%E0%A4%A", /not valid percent-encoding/],
  ["/api/neighbours/x?limit=-1", /limit/],
  ["/api/path?from=a", /to: is required/],
  ["/api/path?from=a&to=a", /same entity/],
  ["/api/health?verbose=1", /unknown parameter 'verbose'/],
];

async function get(server: RunningServer, path: string) {
  const response = await fetch(server.url + path);
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as ErrorResponse };
}

describe("request validation comes before the cache and the database", () => {
  let down: Driver;
  let server: RunningServer;
  beforeAll(async () => {
    down = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}`, user: "neo4j", password: "x" });
    server = await startServer({ driver: down, port: 0, host: "127.0.0.1", staticDir: "dist/viewer" });
  });
  afterAll(async () => {
    await server.close();
    await down.close();
  });

  it("answers every malformed request 400 JSON naming the problem while Neo4j is unreachable", async () => {
    for (const [path, message] of MALFORMED) {
      const r = await get(server, path);
      expect(r.status, path).toBe(400);
      expect(r.type, path).toMatch(/application\/json/);
      expect(r.body.error.code, path).toBe("bad_request");
      expect(r.body.error.message, path).toMatch(message);
    }
  });

  it("still answers a well-formed request 503: the database is really down", async () => {
    const r = await get(server, "/api/graph?limit=10");
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe("database_unavailable");
  });

  it("opens no connection to the database for a malformed request", async () => {
    let connections = 0;
    const sockets: Socket[] = [];
    const listener: Server = createServer((socket) => {
      connections++;
      sockets.push(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const driver = createDriver({ uri: `bolt://127.0.0.1:${(listener.address() as { port: number }).port}`, user: "neo4j", password: "x" });
    const counted = await startServer({ driver, port: 0, host: "127.0.0.1", staticDir: "dist/viewer" });
    try {
      for (const [path] of MALFORMED) expect((await get(counted, path)).status, path).toBe(400);
      expect(connections).toBe(0);
      expect((await get(counted, "/api/graph")).status).toBe(503);
      expect(connections).toBeGreaterThan(0);
    } finally {
      await counted.close();
      await driver.close();
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => listener.close(resolve));
    }
  });
});
