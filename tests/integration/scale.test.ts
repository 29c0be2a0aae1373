// Scale paths on a real Neo4j: extraction on a worker pool and the bulk importer (neo4j-admin) must
// build exactly the graph of a sequential `kg ingest` of the same files (graphDigest: every node,
// label, property and relationship).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphDigest, kg, testDriver, testServerOptions, wipeDatabase, type CliResult, type GraphDigest } from "../helpers.ts";

let driver = testDriver();
const BBC = "/work/shared/data/bbc";
// Seeds, twenty business articles, and two pairs of BBC files with the same content (the later path wins).
const FILES = [
  "data/seeds/000_cef581ca98d7b430.txt",
  "data/seeds/001_c5fc3b97b6c30a0d.txt",
  ...Array.from({ length: 20 }, (_, i) => join(BBC, `business_${String(i + 1).padStart(3, "0")}.txt`)),
  join(BBC, "entertainment_129.txt"),
  join(BBC, "entertainment_261.txt"),
  join(BBC, "politics_107.txt"),
  join(BBC, "politics_342.txt"),
];
let dir: string;

// kg import works on the local server's store: point it at the test server's home and port, with no NEO4J_URI.
const server = testServerOptions();
const localEnv = { NEO4J_URI: undefined, KG_NEO4J_HOME: server.home, KG_NEO4J_BOLT_PORT: String(server.boltPort), NEO4J_PASSWORD: server.password, KG_NEO4J_HEAP: server.heap };

// kg import stops and restarts the server, and two ingests of 26 files run in one test: minutes on a
// loaded machine, so a longer leash than kg()'s and the default test timeout.
const IMPORT_TIMEOUT_MS = 900_000;
function kgImport(args: string[], env: NodeJS.ProcessEnv): CliResult {
  const r = spawnSync(process.execPath, ["bin/kg.js", "import", ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: IMPORT_TIMEOUT_MS });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-scale-"));
  for (const f of FILES) copyFileSync(f, join(dir, basename(f)));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

async function ingestDigest(...args: string[]): Promise<GraphDigest> {
  await wipeDatabase(driver);
  const r = kg(["ingest", dir, ...args]);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/ingested 26 of 26 file/);
  return graphDigest(driver);
}

describe("ingest at scale", () => {
  let sequential: GraphDigest;

  it("extracting on two worker threads gives the graph of extracting on the main thread", async () => {
    sequential = await ingestDigest("--workers", "1");
    expect(sequential.nodes).toBeGreaterThan(300);
    const parallel = await ingestDigest("--workers", "2", "--batch-size", "7");
    expect(parallel).toEqual(sequential);
  }, IMPORT_TIMEOUT_MS);

  it("kg import (neo4j-admin bulk import) into an empty database gives the graph of kg ingest", async () => {
    await wipeDatabase(driver);
    const r = kgImport([dir, "--workers", "2"], localEnv);
    expect(r.status, r.stderr).toBe(0);
    // A new store starts its transaction ids again: the old driver's bookmarks would wait for ids that never come.
    await driver.close();
    driver = testDriver();
    expect(r.stderr).toMatch(/imported 24 of 26 file\(s\) \(2 repeated another file's content\)/);
    expect(await graphDigest(driver)).toEqual(sequential);
    const schema = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    expect(schema.records[0]!.get("names")).toEqual(expect.arrayContaining(["document_id", "entity_id", "claim_id"]));
  }, IMPORT_TIMEOUT_MS);

  it("kg import refuses a database that holds documents, and a remote NEO4J_URI, without changing the graph", async () => {
    const before = await graphDigest(driver);
    const again = kgImport([dir], localEnv);
    expect(again.status, again.stderr).toBe(1);
    expect(again.stderr).toMatch(/is not empty \(24 documents/);
    const remote = kgImport([dir], {}); // the test environment sets NEO4J_URI
    expect(remote.status, remote.stderr).toBe(1);
    expect(remote.stderr).toMatch(/cannot load a remote server/);
    expect(await graphDigest(driver)).toEqual(before);
  }, IMPORT_TIMEOUT_MS);
});
