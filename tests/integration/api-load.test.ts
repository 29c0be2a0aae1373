// The API under heavy requests, against the real Neo4j with a synthetic graph on which /api/graph?limit=5000 takes
// seconds: the query gate keeps heavy answers to their lane so light requests stay quick, and turns the overflow
// away with 503 busy and Retry-After instead of letting it pile up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorResponse } from "../../src/server/api-types.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { writeSyntheticGraph } from "../synthetic-graph.ts";
import { testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
const servers: RunningServer[] = [];

async function serve(gate: Parameters<typeof startServer>[0]["gate"]): Promise<RunningServer> {
  // Cache off: every request is computed, as a stream of distinct heavy requests would be.
  const server = await startServer({ driver, port: 0, host: "127.0.0.1", staticDir: "dist/viewer", cache: { maxBytes: 0 }, gate });
  servers.push(server);
  return server;
}
async function timed(server: RunningServer, path: string) {
  const started = performance.now();
  const response = await fetch(server.url + path);
  const text = await response.text();
  return { path, status: response.status, retryAfter: response.headers.get("retry-after"), text, ms: performance.now() - started, at: performance.now() };
}
/** The most the gate ran at once while `during` was pending, read every 5 ms. */
async function peakWhile<T>(server: RunningServer, during: Promise<T>): Promise<{ result: T; running: number; heavyRunning: number }> {
  let running = 0;
  let heavyRunning = 0;
  const timer = setInterval(() => {
    const s = server.gateStats();
    running = Math.max(running, s.running);
    heavyRunning = Math.max(heavyRunning, s.heavyRunning);
  }, 5);
  try {
    return { result: await during, running, heavyRunning };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  await wipeDatabase(driver);
  await writeSyntheticGraph(driver, { entities: 6000, documents: 200, perDocument: 40 });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await driver.close();
});

describe("the API with heavy requests running", () => {
  it("answers light requests quickly while four 5,000-node graphs are computed, two at a time", async () => {
    const server = await serve({ maxConcurrent: 4, maxHeavy: 2, maxWaitMs: 30_000 });
    // Warm: query plans compiled and the JIT run once, so the timings below are of the work, not of a cold start.
    await Promise.all([timed(server, "/api/graph?limit=4000"), timed(server, "/api/node/load-e0"), timed(server, "/api/neighbours/load-e0?limit=5")]);
    const started = performance.now();
    const heavy = Promise.all([5000, 4999, 4998, 4997].map((limit) => timed(server, `/api/graph?limit=${limit}`)));
    const light: Awaited<ReturnType<typeof timed>>[] = [];
    const lightLoop = (async () => {
      for (let i = 0; light.length < 40 && performance.now() - started < 60_000; i++) {
        for (const path of [`/api/node/load-e${i}`, `/api/neighbours/load-e${i}?limit=5`, "/api/health"]) light.push(await timed(server, path));
        if (server.gateStats().heavyRunning === 0 && i > 0) break;
      }
    })();
    const { result: heavyAnswers, heavyRunning, running } = await peakWhile(server, heavy);
    await lightLoop;
    const heavyDone = Math.min(...heavyAnswers.map((a) => a.at));
    const lightDuringHeavy = light.filter((a) => a.at < heavyDone);
    const lightMs = lightDuringHeavy.map((a) => a.ms).sort((a, b) => a - b);
    const slowestLight = lightMs.at(-1)!;
    const heavyMs = heavyAnswers.map((a) => Math.round(a.ms));
    console.log(`heavy /api/graph: ${heavyMs.join(", ")} ms; ${lightDuringHeavy.length} light requests meanwhile, median ${Math.round(lightMs[lightMs.length >> 1]!)} ms, slowest ${Math.round(slowestLight)} ms; peak ${running} running, ${heavyRunning} heavy`);
    for (const a of [...heavyAnswers, ...light]) expect(a.status, a.path).toBe(200);
    expect(heavyRunning).toBe(2);
    expect(running).toBeLessThanOrEqual(4);
    // Light requests are served while the heavy ones run, each in a fraction of one heavy answer's time.
    expect(lightDuringHeavy.length).toBeGreaterThanOrEqual(6);
    expect(slowestLight).toBeLessThan(Math.min(...heavyMs) / 2);
  });

  it("turns the overflow away at once with 503 busy and Retry-After, and /api/health still answers", async () => {
    const server = await serve({ maxConcurrent: 1, maxHeavy: 1, maxQueue: 1, maxWaitMs: 30_000 });
    const answers = Promise.all([5000, 4999, 4998, 4997].map((limit) => timed(server, `/api/graph?limit=${limit}`)));
    const health = await timed(server, "/api/health");
    const all = await answers;
    const refused = all.filter((a) => a.status === 503);
    const served = all.filter((a) => a.status === 200);
    expect(health.status).toBe(200);
    expect([served.length, refused.length]).toEqual([2, 2]);
    for (const a of refused) {
      expect(a.retryAfter).toBe("1");
      expect((JSON.parse(a.text) as ErrorResponse).error).toMatchObject({ code: "busy", message: expect.stringMatching(/busy/) });
      expect(a.at).toBeLessThan(Math.min(...served.map((s) => s.at)));
    }
    expect(server.gateStats()).toMatchObject({ running: 0, queued: 0, refused: 2 });
  });
});
