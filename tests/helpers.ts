// Shared by the integration and browser tests: the real CLI as a subprocess, and the test database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDriver, connectionFromEnv, localServerOptions, type Driver, type LocalServerOptions } from "../src/graph/index.ts";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `kg` exactly as a user would (bin/kg.js), against the test database in the environment. */
export function kg(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, ["bin/kg.js", ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 300_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function testDriver(): Driver {
  return createDriver(connectionFromEnv());
}

export async function wipeDatabase(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

export async function rows<T = Record<string, unknown>>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const r = await driver.executeQuery(cypher, params);
  return r.records.map((rec) => rec.toObject() as T);
}

/** Runs `kg` in the background, for tests that act while it runs (e.g. kill Neo4j mid-ingest). */
export function kgInBackground(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, ["bin/kg.js", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) => child.on("close", (code) => resolve({ status: code ?? -1, stdout, stderr })));
  return { child, done };
}

/** The local server the test setup starts (tests/setup/neo4j.ts uses the same options), for tests that stop and restart it. */
export function testServerOptions(): LocalServerOptions {
  const boltPort = Number(process.env.KG_TEST_NEO4J_PORT ?? 7688);
  return { ...localServerOptions(), home: join(process.cwd(), ".kg", `test-neo4j-${boltPort}`), boltPort, password: "kg-test-password", heap: "1g" };
}

/** JSON with object keys sorted, so equal content always gives equal text. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

export interface GraphDigest {
  nodes: number;
  relationships: number;
  /** sha256 over every node (labels, properties) and relationship (type, end ids, properties), sorted. */
  hash: string;
}

/** A content hash of the whole graph: equal digests mean the same nodes, labels, properties and relationships. */
export async function graphDigest(driver: Driver): Promise<GraphDigest> {
  const nodes = (await rows<{ labels: string[]; props: Record<string, unknown> }>(driver, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")).map(
    (n) => stableJson({ labels: [...n.labels].sort(), props: n.props }),
  );
  const rels = (
    await rows<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
      driver,
      "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props",
    )
  ).map((r) => stableJson(r));
  const hash = createHash("sha256");
  for (const line of [...nodes.sort(), "--", ...rels.sort()]) hash.update(line + "\n");
  return { nodes: nodes.length, relationships: rels.length, hash: hash.digest("hex") };
}

export const BBC = "/work/shared/data/bbc";

/** A temporary folder with the first `count` BBC articles by name: the corpus the fault tests interrupt. */
export function bbcCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `kg-bbc${count}-`));
  for (const f of readdirSync(BBC).filter((f) => f.endsWith(".txt")).sort().slice(0, count)) copyFileSync(join(BBC, f), join(dir, f));
  return dir;
}

/** Runs `kg <args>` on an empty database and returns the digest: what a clean, uninterrupted run gives. */
export async function cleanDigestOf(driver: Driver, args: string[]): Promise<GraphDigest> {
  await wipeDatabase(driver);
  const r = kg(args);
  if (r.status !== 0) throw new Error(`kg ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return graphDigest(driver);
}

export type DocumentShapes = Map<string, { mentions: number; claims: number }>;

/** Per document: how many mentions and claims it has; a half-written document would differ from a clean run. */
export async function documentShapes(driver: Driver): Promise<DocumentShapes> {
  const shapes = await rows<{ id: string; mentions: number; claims: number }>(
    driver,
    `MATCH (d:Document)
     RETURN d.id AS id, COUNT { (:Entity)-[:MENTIONED_IN]->(d) } AS mentions, COUNT { (:Claim)-[:IN]->(d) } AS claims`,
  );
  return new Map(shapes.map((s) => [s.id, { mentions: s.mentions, claims: s.claims }]));
}

/** Polls until the database holds at least `count` documents (an ingest running elsewhere is under way). */
export async function waitForDocuments(driver: Driver, count: number): Promise<void> {
  while ((await rows<{ n: number }>(driver, "MATCH (d:Document) RETURN count(d) AS n"))[0]!.n < count) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A port that refuses connections: bound once to learn a free number, then closed. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
