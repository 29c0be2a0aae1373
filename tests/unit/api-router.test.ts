// The API router with fake routes and a fake graph fingerprint (no database): parameters are checked before the
// fingerprint is read, and an answer past its TTL is served stale while exactly one request recomputes it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { DatabaseUnavailableError } from "../../src/types/index.ts";
import { joinChunks } from "../../src/server/graph-edges.ts";
import { GraphVersion } from "../../src/server/graph-version.ts";
import { IdParam, limitParam } from "../../src/server/params.ts";
import { QueryGate } from "../../src/server/query-gate.ts";
import { ResponseCache } from "../../src/server/response-cache.ts";
import { ApiRouter } from "../../src/server/router.ts";

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A router with one route, /api/thing/:id?limit=, whose answers say how many times it ran. */
async function setup() {
  let t = 0;
  const state = { now: () => t, advance: (ms: number) => (t += ms), down: false, fingerprints: 0, runs: 0, failNext: false, release: undefined as (() => void) | undefined };
  const responses = new ResponseCache({ maxBytes: 1e6, ttlMs: 1_000, staleMs: 10_000 }, state.now);
  const version = new GraphVersion(
    async () => {
      state.fingerprints++;
      if (state.down) throw new DatabaseUnavailableError("Neo4j is not reachable");
      return "v1";
    },
    60_000,
    () => responses.clear(),
    state.now,
  );
  const router = new ApiRouter({ responses, version }, new QueryGate()).get("/api/thing/:id", {
    params: z.object({ id: IdParam, limit: limitParam(10, 5) }),
    run: async ({ id, limit }) => {
      const run = ++state.runs;
      if (state.failNext) throw new Error("query failed");
      if (run > 1) await new Promise<void>((resolve) => (state.release = resolve));
      return { id, limit, run };
    },
  });
  const server = createServer((request, response) => void router.handle(request, response, new URL(request.url!, "http://localhost")));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const r = await fetch(base + path);
    return { status: r.status, cache: r.headers.get("x-cache"), body: (await r.json()) as Record<string, unknown> };
  };
  return { state, get };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("ApiRouter", () => {
  it("refuses bad parameters before reading the graph's fingerprint, so a 400 does not depend on Neo4j", async () => {
    const { state, get } = await setup();
    state.down = true;
    for (const path of ["/api/thing/x?limit=11", "/api/thing/x?other=1", "/api/thing/a%01b"]) {
      expect((await get(path)).status, path).toBe(400);
    }
    expect([state.fingerprints, state.runs]).toEqual([0, 0]);
    expect((await get("/api/thing/x")).status).toBe(503);
    expect(state.fingerprints).toBe(1);
  });

  it("keys the cache on validated parameters: an explicit default is the same answer", async () => {
    const { get } = await setup();
    expect((await get("/api/thing/x")).cache).toBe("miss");
    expect((await get("/api/thing/x?limit=5")).cache).toBe("hit");
    expect((await get("/api/thing/%78")).cache).toBe("hit");
  });

  it("serves an answer past its TTL at once, recomputing it once however many ask, then serves the new one", async () => {
    const { state, get } = await setup();
    expect((await get("/api/thing/x")).body.run).toBe(1);
    state.advance(1_500);
    const stale = await Promise.all([get("/api/thing/x"), get("/api/thing/x"), get("/api/thing/x")]);
    expect(stale.map((r) => [r.cache, r.body.run])).toEqual([["stale", 1], ["stale", 1], ["stale", 1]]);
    expect(state.runs).toBe(2);
    state.release!();
    await tick();
    expect(await get("/api/thing/x")).toMatchObject({ cache: "hit", body: { run: 2 } });
  });

  it("keeps serving the stale answer when the refresh fails, and recomputes once it is too old", async () => {
    const { state, get } = await setup();
    await get("/api/thing/x");
    state.advance(1_500);
    state.failNext = true;
    expect(await get("/api/thing/x")).toMatchObject({ cache: "stale", body: { run: 1 } });
    await tick();
    expect(await get("/api/thing/x")).toMatchObject({ cache: "stale", body: { run: 1 } });
    state.advance(10_000);
    expect((await get("/api/thing/x")).status).toBe(500);
  });
});

describe("joinChunks", () => {
  it("puts the edge lists back together from their rows in offset order, whatever order the rows came in", () => {
    const rows = joinChunks([
      { kind: "coMentions", offset: 2, edges: [{ source: "c", target: "d", weight: 1 }] },
      { kind: "relations", offset: 0, edges: [{ source: "a", target: "b", type: "ROLE", weight: 1, labels: [] }] },
      { kind: "coMentions", offset: 0, edges: [{ source: "a", target: "b", weight: 3 }, { source: "a", target: "c", weight: 2 }] },
    ]);
    expect(rows.coMentions.map((e) => e.weight)).toEqual([3, 2, 1]);
    expect([rows.relations.length, rows.claims.length]).toEqual([1, 0]);
  });
});
