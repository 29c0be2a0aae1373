// The API's answer cache against the real Neo4j: repeated requests are served from it, equal URLs share an entry,
// gzip is offered to clients that accept it, and an ingest that changes the graph changes the answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphResponse } from "../../src/server/api-types.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { kgInBackground, testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
const servers: RunningServer[] = [];

async function get(server: RunningServer, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url + path, { headers });
  return { status: response.status, cache: response.headers.get("x-cache"), encoding: response.headers.get("content-encoding"), text: await response.text() };
}
async function serve(cache: Parameters<typeof startServer>[0]["cache"]): Promise<RunningServer> {
  const server = await startServer({ driver, port: 0, host: "127.0.0.1", staticDir: "dist/viewer", cache });
  servers.push(server);
  return server;
}
/** In a child process without blocking this one, whose event loop serves the API under test. */
async function ingest(path: string): Promise<void> {
  const r = await kgInBackground(["ingest", path]).done;
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
}

beforeAll(async () => {
  await wipeDatabase(driver);
  await ingest("data/seeds/000_cef581ca98d7b430.txt");
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await driver.close();
});

describe("the answer cache", () => {
  it("serves a repeated request from the cache, the same bytes, and never caches /api/health", async () => {
    const server = await serve({});
    const first = await get(server, "/api/graph");
    const second = await get(server, "/api/graph");
    expect(first.status).toBe(200);
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(second.text).toBe(first.text);
    expect((JSON.parse(first.text) as GraphResponse).nodes.length).toBeGreaterThan(0);
    expect((await get(server, "/api/health")).cache).toBe("off");
    expect(server.cacheStats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it("keys on the normalised URL: parameter order and percent-encoding do not make new entries", async () => {
    const server = await serve({});
    expect((await get(server, "/api/search?q=barzani&limit=5")).cache).toBe("miss");
    expect((await get(server, "/api/search?limit=5&q=barzani")).cache).toBe("hit");
    expect((await get(server, "/api/search?limit=5&q=%62arzani")).cache).toBe("hit");
    expect((await get(server, "/api/search?q=barzani&limit=6")).cache).toBe("miss");
  });

  it("gzips a large answer for a client that accepts it, and only then", async () => {
    const server = await serve({});
    const plain = await get(server, "/api/graph");
    const zipped = await get(server, "/api/graph", { "Accept-Encoding": "gzip" });
    const refused = await get(server, "/api/graph", { "Accept-Encoding": "gzip;q=0, identity" });
    expect(plain.text.length).toBeGreaterThan(1400);
    expect(zipped.encoding).toBe("gzip");
    expect(zipped.text).toBe(plain.text); // fetch undoes the gzip
    expect(refused.encoding).toBeNull();
  });

  it("answers from the new graph once an ingest changed it, and from the cache within the check interval", async () => {
    const watching = await serve({ versionCheckMs: 0 });
    const stale = await serve({ versionCheckMs: 600_000, ttlMs: 600_000 });
    const before = await get(watching, "/api/graph");
    await get(stale, "/api/graph");
    await ingest("data/seeds/001_c5fc3b97b6c30a0d.txt");

    const after = await get(watching, "/api/graph");
    expect(after.cache).toBe("miss");
    expect(after.text).not.toBe(before.text);
    // The new answer is what a server without a cache computes.
    const uncached = await get(await serve({ maxBytes: 0 }), "/api/graph");
    expect(uncached.cache).toBe("off");
    expect(JSON.parse(after.text)).toEqual(JSON.parse(uncached.text));
    // A server that looks at the graph every ten minutes still answers from its cache: staleness is bounded by that interval and the TTL.
    const cached = await get(stale, "/api/graph");
    expect(cached.cache).toBe("hit");
    expect(cached.text).toBe(before.text);
  });
});
