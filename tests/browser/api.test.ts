// The read-only JSON API against the real Neo4j with the seeds ingested: refusals and errors as JSON, the claim
// sentence marks, neighbours for expand-on-demand, and the shortest path between two entities.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorResponse, NeighboursResponse, NodeResponse, PathResponse, SearchResponse } from "../../src/server/api-types.ts";
import { startServer } from "../../src/server/index.ts";
import { kg, testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
let server: Awaited<ReturnType<typeof startServer>>;

async function get(path: string, init?: RequestInit): Promise<{ status: number; type: string | null; body: unknown }> {
  const response = await fetch(server.url + path, init);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}
async function idOf(name: string): Promise<string> {
  const { body } = await get(`/api/search?q=${encodeURIComponent(name)}`);
  const found = (body as SearchResponse).results.find((r) => r.name === name);
  if (!found) throw new Error(`seed entity ${name} not found`);
  return found.id;
}

beforeAll(async () => {
  await wipeDatabase(driver);
  const r = kg(["ingest", "data/seeds"]);
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  server = await startServer({ driver, port: 0, host: "127.0.0.1", staticDir: "dist/viewer" });
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

describe("API errors", () => {
  it("refuses POST with 405 and a JSON error", async () => {
    const r = await get("/api/graph", { method: "POST", body: "{}" });
    expect(r.status).toBe(405);
    expect(r.type).toMatch(/application\/json/);
    expect((r.body as ErrorResponse).error.code).toBe("method_not_allowed");
  });

  it("answers a bad limit with 400 and an unknown node with 404, both as JSON", async () => {
    for (const path of ["/api/graph?limit=abc", "/api/graph?limit=0", "/api/neighbours/x?limit=-1", "/api/path?from=a"]) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect((r.body as ErrorResponse).error.code, path).toBe("bad_request");
    }
    for (const path of ["/api/node/no-such-entity", "/api/neighbours/no-such-entity", "/api/path?from=no-such&to=other"]) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect((r.body as ErrorResponse).error.message, path).toMatch(/no entity/);
    }
  });
});

describe("claim sentences", () => {
  it("marks the speaker's mention inside the claim's sentence", async () => {
    const id = await idOf("Hemin Hawrami");
    const { body } = await get(`/api/node/${encodeURIComponent(id)}`);
    const claim = (body as NodeResponse).claimsMade[0]!;
    const speaker = claim.marks.find((m) => m.kind === "speaker")!;
    expect(claim.text.slice(speaker.start, speaker.end)).toBe("Hemin Hawrami");
    const cue = claim.marks.find((m) => m.kind === "cue")!;
    expect(claim.text.slice(cue.start, cue.end)).toBe("said");
    expect(claim.sentenceStart).toBeGreaterThan(0);
  });
});

describe("exploring", () => {
  it("returns an entity's neighbours and the edges among them, capped by limit", async () => {
    const id = await idOf("Masoud Barzani");
    const { status, body } = await get(`/api/neighbours/${encodeURIComponent(id)}?limit=5`);
    expect(status).toBe(200);
    const answer = body as NeighboursResponse;
    expect(answer.center).toBe(id);
    expect(answer.nodes[0]!.id).toBe(id);
    expect(answer.nodes.length).toBe(6);
    const ids = new Set(answer.nodes.map((n) => n.id));
    expect(answer.edges.length).toBeGreaterThan(0);
    for (const edge of answer.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    // A stated relation ranks first: Hawrami is Barzani's aide.
    expect(answer.nodes.map((n) => n.name)).toContain("Hemin Hawrami");
  });

  it("finds a shortest path whose edges chain from one entity to the other", async () => {
    const from = await idOf("Hemin Hawrami");
    const to = await idOf("Fuad Masum");
    const { status, body } = await get(`/api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(status).toBe(200);
    const path = body as PathResponse;
    expect(path.found).toBe(true);
    expect(path.nodes[0]!.id).toBe(from);
    expect(path.nodes.at(-1)!.id).toBe(to);
    expect(path.edges.length).toBe(path.nodes.length - 1);
    path.edges.forEach((edge, i) => {
      const ends = new Set([edge.source, edge.target]);
      expect(ends.has(path.nodes[i]!.id) && ends.has(path.nodes[i + 1]!.id)).toBe(true);
    });
  });
});
