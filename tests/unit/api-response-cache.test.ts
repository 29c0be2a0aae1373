// The API's answer cache on its own, with a clock the test moves: byte bound, least-recently-used order, age limit,
// graph versions, and how often the graph's fingerprint is read.
import { describe, expect, it } from "vitest";
import { GraphVersion } from "../../src/server/graph-version.ts";
import { ResponseCache, SerialisedAnswer } from "../../src/server/response-cache.ts";
import { acceptsGzip } from "../../src/server/respond.ts";

const answer = (bytes: number) => new SerialisedAnswer(Buffer.alloc(bytes, "x"));

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("ResponseCache", () => {
  it("evicts the least recently used answers to stay within its bytes", () => {
    const cache = new ResponseCache({ maxBytes: 1000, ttlMs: 60_000 });
    for (const key of ["a", "b", "c", "d"]) cache.set(key, "v", answer(240));
    expect(cache.get("a", "v")).toBeDefined(); // a is now the most recent
    cache.set("e", "v", answer(240));
    expect(cache.get("b", "v")).toBeUndefined();
    expect(cache.get("a", "v")).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
  });

  it("does not keep an answer larger than a quarter of the cache", () => {
    const cache = new ResponseCache({ maxBytes: 1000, ttlMs: 60_000 });
    cache.set("big", "v", answer(300));
    expect(cache.get("big", "v")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it("forgets answers older than the TTL and answers from another graph version", () => {
    const c = clock();
    const cache = new ResponseCache({ maxBytes: 10_000, ttlMs: 1_000 }, c.now);
    cache.set("a", "v1", answer(10));
    cache.set("b", "v1", answer(10));
    c.advance(1_000);
    expect(cache.get("a", "v1")).toBeDefined();
    c.advance(1);
    expect(cache.get("a", "v1")).toBeUndefined();
    expect(cache.get("b", "v2")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, entries: 0, bytes: 0 });
  });

  it("serves an answer up to staleMs past its TTL as stale, then forgets it", () => {
    const c = clock();
    const cache = new ResponseCache({ maxBytes: 10_000, ttlMs: 1_000, staleMs: 500 }, c.now);
    cache.set("a", "v1", answer(10));
    c.advance(1_000);
    expect(cache.get("a", "v1")?.fresh).toBe(true);
    c.advance(500);
    expect(cache.get("a", "v1")?.fresh).toBe(false);
    expect(cache.get("a", "v2")).toBeUndefined(); // a changed graph is never served stale
    cache.set("b", "v1", answer(10));
    c.advance(1_501);
    expect(cache.get("b", "v1")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ hits: 1, stale: 1, misses: 2, entries: 0 });
  });

  it("is off with maxBytes 0", () => {
    const cache = new ResponseCache({ maxBytes: 0, ttlMs: 1_000 });
    cache.set("a", "v", answer(1));
    expect(cache.enabled).toBe(false);
    expect(cache.get("a", "v")).toBeUndefined();
  });
});

describe("GraphVersion", () => {
  it("reads the fingerprint at most once per interval, once for concurrent callers, and reports a change", async () => {
    const c = clock();
    let reads = 0;
    let fingerprint = "10 nodes";
    let changes = 0;
    const version = new GraphVersion(async () => (reads++, fingerprint), 2_000, () => changes++, c.now);
    expect(await Promise.all([version.current(), version.current()])).toEqual(["10 nodes", "10 nodes"]);
    expect(reads).toBe(1);
    fingerprint = "11 nodes";
    c.advance(1_999);
    expect(await version.current()).toBe("10 nodes");
    c.advance(1);
    expect(await version.current()).toBe("11 nodes");
    expect([reads, changes]).toEqual([2, 1]);
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding with its q-values", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
