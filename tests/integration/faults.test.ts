// Faults on a real Neo4j: the kg process killed mid-ingest, Neo4j absent, a wrong password, a malformed NEO4J_URI,
// a full disk, and the API with Neo4j down. Each ends in a clear error and a graph with no half-written document;
// fail-fast is checked by counting connection attempts (no retry loop), and the seconds each took are printed.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema, createDriver, startLocalServer, stopLocalServer, type Driver } from "../../src/graph/index.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import {
  bbcCorpus, cleanDigestOf, closedPort, documentShapes, graphDigest, kg, kgInBackground, rows, testDriver, testServerOptions, waitForDocuments,
  wipeDatabase, type DocumentShapes,
} from "../helpers.ts";

const driver = testDriver();
afterAll(async () => {
  await driver.close();
});

const documentCount = async (d: Driver = driver) => (await rows<{ n: number }>(d, "MATCH (d:Document) RETURN count(d) AS n"))[0]!.n;

/** Every stored document is exactly as a clean run writes it: none is half-written. */
function expectWholeDocuments(after: DocumentShapes, clean: DocumentShapes): void {
  for (const [id, shape] of after) expect(shape, id).toEqual(clean.get(id));
}

/** A figure for the report, not an assertion: the machine is shared, so wall time says little on its own. */
const report = (line: string) => process.stderr.write(`faults: ${line}\n`);

/** Runs kg in the background (this process stays free to serve a test listener) and says how long it took. */
async function timedKg(label: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  const r = await kgInBackground(args, env).done;
  report(`${label}: exit ${r.status} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return r;
}

/** A listener that counts connections and either hangs up at once or never answers (a dead or hung server). */
async function countingListener(behaviour: "hang-up" | "silent"): Promise<{ port: number; connections: () => number; close(): Promise<void> }> {
  let connections = 0;
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    connections++;
    sockets.push(socket);
    if (behaviour === "hang-up") socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    connections: () => connections,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

describe("the kg process killed mid-ingest", () => {
  it(
    "SIGKILL of `kg ingest` leaves whole documents only, and re-running the same command gives the clean graph",
    async () => {
      const args = ["ingest", bbcCorpus(300), "--batch-size", "20"];
      const clean = await cleanDigestOf(driver, args);
      const cleanShapes = await documentShapes(driver);

      await wipeDatabase(driver);
      const run = kgInBackground(args);
      await waitForDocuments(driver, 40);
      run.child.kill("SIGKILL");
      const killed = await run.done;
      expect(killed.status).toBe(-1); // ended by the signal, not by itself

      const after = await documentShapes(driver);
      expect(after.size).toBeGreaterThanOrEqual(40);
      expect(after.size).toBeLessThan(cleanShapes.size);
      expectWholeDocuments(after, cleanShapes);

      const rerun = kg(args);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(await graphDigest(driver)).toEqual(clean);
    },
    600_000,
  );
});

describe("Neo4j absent or refusing: a clear error, exit 3, nothing written, no retry loop", () => {
  const seeds = ["ingest", "data/seeds"];

  it("nothing listens on the port", async () => {
    const before = await documentCount();
    const port = await closedPort();
    const r = await timedKg("ingest, nothing on the port", seeds, { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`Neo4j is not reachable at bolt://127.0.0.1:${port}`);
    expect(r.stderr).toMatch(/npx kg neo4j start' or set NEO4J_URI/);
    expect(await documentCount()).toBe(before);
  });

  it("a server that hangs up: one connection attempt, not the driver's 15 s of retries", async () => {
    const listener = await countingListener("hang-up");
    try {
      const r = await timedKg("ingest, server hangs up", seeds, { NEO4J_URI: `bolt://127.0.0.1:${listener.port}` });
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/Neo4j is not reachable/);
      expect(listener.connections()).toBe(1);
    } finally {
      await listener.close();
    }
  });

  it("a wrong password", async () => {
    const before = await documentCount();
    const r = await timedKg("ingest, wrong password", seeds, { NEO4J_PASSWORD: "not-the-password" });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/refused the credentials: check NEO4J_USER and NEO4J_PASSWORD/);
    expect(await documentCount()).toBe(before);
  });

  it.each(["http://127.0.0.1:7474", "neo4j://", "bolt://host:notaport", "neo4j+s//missing-colon"])("a malformed NEO4J_URI %j (exit 1)", (uri) => {
    const r = kg(seeds, { NEO4J_URI: uri });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`NEO4J_URI: '${uri}'`);
    expect(r.stderr).toMatch(/use bolt:\/\/host:7687 for one server, or neo4j:\/\/host:7687/);
  });
});

describe("the API with Neo4j down answers 503 JSON at once", () => {
  const staticDir = "dist/viewer";

  async function get(server: RunningServer, path: string) {
    const started = performance.now();
    const response = await fetch(server.url + path);
    const body = (await response.json()) as { error?: { code: string; message: string } };
    return { status: response.status, body, ms: Math.round(performance.now() - started) };
  }

  it("nothing listens on the port: /api/health and /api/graph are 503 database_unavailable", async () => {
    const down = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}`, user: "neo4j", password: "x" });
    const server = await startServer({ driver: down, port: 0, host: "127.0.0.1", staticDir });
    try {
      for (const path of ["/api/health", "/api/graph", "/api/search?q=iraq"]) {
        const r = await get(server, path);
        report(`API ${path} with Neo4j down: ${r.status} after ${r.ms} ms`);
        expect(r.status).toBe(503);
        expect(r.body.error?.code).toBe("database_unavailable");
        expect(r.body.error?.message).toMatch(/not reachable/);
      }
    } finally {
      await server.close();
      await down.close();
    }
  });

  it("a server that hangs up is tried once per query, not retried for 15 s", async () => {
    const listener = await countingListener("hang-up");
    const down = createDriver({ uri: `bolt://127.0.0.1:${listener.port}`, user: "neo4j", password: "x" });
    const server = await startServer({ driver: down, port: 0, host: "127.0.0.1", staticDir });
    try {
      expect((await get(server, "/api/health")).status).toBe(503);
      expect(listener.connections()).toBe(1);
      expect((await get(server, "/api/graph")).status).toBe(503);
      expect(listener.connections()).toBe(2);
    } finally {
      await server.close();
      await down.close();
      await listener.close();
    }
  });

  it("a server that accepts but never answers is bounded by the connection timeouts", async () => {
    const listener = await countingListener("silent");
    // The TCP connect succeeds, so the bound is the acquisition timeout (10 s by default), made short here.
    const hung = createDriver({ uri: `bolt://127.0.0.1:${listener.port}`, user: "neo4j", password: "x" }, { connectionTimeoutMs: 1_000, connectionAcquisitionTimeoutMs: 1_500 });
    const server = await startServer({ driver: hung, port: 0, host: "127.0.0.1", staticDir });
    try {
      const r = await get(server, "/api/health");
      report(`API /api/health against a silent server (acquisition timeout 1.5 s): ${r.status} after ${r.ms} ms`);
      expect(r.status).toBe(503);
      expect(listener.connections()).toBe(1);
    } finally {
      await server.close();
      await hung.close();
      await listener.close();
    }
  });
});

describe("neo4j:// (routing) against the single real server", () => {
  it("discovers the routing table, reads in READ sessions, refuses writes there, and ingests in WRITE sessions", async () => {
    const routed = { NEO4J_URI: process.env.NEO4J_URI!.replace(/^bolt:/, "neo4j:") };
    const r = kg(["cypher", "MATCH (d:Document) RETURN count(d) AS n", "--json"], routed);
    expect(r.status, r.stderr).toBe(0);
    const refused = kg(["cypher", "CREATE (:Scratch) RETURN 1"], routed);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/only reads are allowed/);

    const viaBolt = await cleanDigestOf(driver, ["ingest", "data/seeds"]);
    await wipeDatabase(driver);
    const ingest = kg(["ingest", "data/seeds"], routed);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(await graphDigest(driver)).toEqual(viaBolt);
  });
});

describe("a full disk under Neo4j", () => {
  // A real full disk: Neo4j's data and logs on a 200 MB tmpfs, filled with a file but for 100 KB. Mounting needs
  // root (CI runs as root); the test server is stopped meanwhile. Not checked here: restarting that Neo4j after
  // freeing the space did not come back within 180 s on the shared machine, so the re-run after it is untested.
  const normal = testServerOptions();
  const onTmpfs = { ...normal, home: join(process.cwd(), ".kg", `full-disk-${normal.boltPort}`) };
  const filler = join(onTmpfs.home, "filler");
  const args = ["ingest", bbcCorpus(40), "--batch-size", "10"];

  beforeAll(async () => {
    if (process.getuid?.() !== 0) throw new Error("the full-disk test mounts a tmpfs and needs root (as CI runs)");
    await stopLocalServer(normal);
    mkdirSync(onTmpfs.home, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=200m", "tmpfs", onTmpfs.home]);
    await startLocalServer(onTmpfs);
  }, 600_000);

  afterAll(async () => {
    await stopLocalServer(onTmpfs);
    // Lazy: a Neo4j still closing its files must not leave the test server down.
    execFileSync("umount", ["--lazy", onTmpfs.home]);
    rmSync(onTmpfs.home, { recursive: true, force: true });
    // A fresh store: the launcher cannot restart an existing one ("Old password and new password cannot be the
    // same"), and the other test files wipe the database anyway.
    rmSync(normal.home, { recursive: true, force: true });
    await startLocalServer(normal);
  }, 600_000);

  it(
    "ingest stops at the first batch with exit 3 and an error naming the disk and what to do",
    async () => {
      const fresh = testDriver();
      try {
        await applySchema(fresh);
        expect(await documentCount(fresh)).toBe(0);
      } finally {
        await fresh.close();
      }
      const free = Number(execFileSync("df", ["--output=avail", "-B1", onTmpfs.home], { encoding: "utf8" }).trim().split("\n")[1]);
      execFileSync("fallocate", ["-l", String(free - 100 * 1024), filler]);

      const r = await timedKg("ingest, disk full", args);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/could not write its transaction log|stopped after a critical error/);
      expect(r.stderr).toMatch(/disk is probably full .*free space on the volume that holds Neo4j's data and logs, restart Neo4j/);
      expect(r.stderr).not.toMatch(/internal error/);
      // It was the disk: Neo4j says so, in debug.log or, when that cannot grow any more, on the launcher's output.
      const logs = ["kg-neo4j.log", join("data", "logs", "debug.log")].map((f) => readFileSync(join(onTmpfs.home, f), "utf8")).join("\n");
      expect(logs).toMatch(/No space left on device/);
    },
    600_000,
  );
});
