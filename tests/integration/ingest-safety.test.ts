// Ingest that can be trusted, on a real Neo4j: the same corpus gives the same graph (content hash),
// a new file adds, a changed file replaces only its own document, --prune removes what is gone,
// and a Neo4j killed mid-ingest leaves no half-written document and a re-run completes the graph.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localServerPid, startLocalServer } from "../../src/graph/index.ts";
import {
  BBC, bbcCorpus, cleanDigestOf, documentShapes, graphDigest, kg, kgInBackground, rows, testDriver, testServerOptions, waitForDocuments,
  wipeDatabase, type GraphDigest,
} from "../helpers.ts";

const driver = testDriver();
const SEEDS = ["data/seeds/000_cef581ca98d7b430.txt", "data/seeds/001_c5fc3b97b6c30a0d.txt"];
// A BBC article about Iraq's economy: it shares Iraq, Baghdad and Kirkuk with the seeds.
const IRAQ_ECONOMY = join(BBC, "business_284.txt");

function ingest(...args: string[]) {
  const r = kg(["ingest", ...args]);
  expect(r.status, r.stderr).toBe(0);
  return r;
}

/** Ingests `files` into an empty database and returns the digest: what a clean run gives. */
async function cleanDigest(dir: string): Promise<GraphDigest> {
  await wipeDatabase(driver);
  ingest(dir);
  return graphDigest(driver);
}

function corpus(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-corpus-"));
  for (const f of files) copyFileSync(f, join(dir, f.split("/").pop()!));
  return dir;
}

beforeAll(async () => {
  await wipeDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

describe("idempotent", () => {
  it("ingesting the same corpus twice gives the same graph, to the byte", async () => {
    ingest("data/seeds");
    const first = await graphDigest(driver);
    ingest("data/seeds");
    expect(await graphDigest(driver)).toEqual(first);
    expect(first.nodes).toBeGreaterThan(30);
  });
});

describe("incremental", () => {
  it("a new file adds its document and leaves the graph as a clean ingest of all files would be", async () => {
    const dir = corpus(SEEDS);
    await wipeDatabase(driver);
    ingest(dir);
    copyFileSync(IRAQ_ECONOMY, join(dir, "iraq-economy.txt"));
    ingest(dir);
    const incremental = await graphDigest(driver);
    const [docs] = await rows<{ n: number }>(driver, "MATCH (d:Document) RETURN count(d) AS n");
    expect(docs!.n).toBe(3);
    expect(incremental).toEqual(await cleanDigest(dir));
  });

  it("a changed file replaces that document's mentions, claims and relations and nothing else", async () => {
    const dir = corpus([...SEEDS, IRAQ_ECONOMY]);
    const changed = join(dir, "000_cef581ca98d7b430.txt");
    await wipeDatabase(driver);
    ingest(dir);
    const [before] = await rows<{ id: string }>(driver, "MATCH (d:Document) WHERE d.path ENDS WITH '000_cef581ca98d7b430.txt' RETURN d.id AS id");
    // Drop the paragraph naming Hero and Jalal Talabani, the only place they appear.
    const text = readFileSync(changed, "utf8");
    const paragraph = text.split("\n").find((l) => l.includes("Hero Talabani"))!;
    writeFileSync(changed, text.replace(paragraph + "\n", ""));
    ingest(dir);

    const docs = await rows<{ id: string; path: string }>(driver, "MATCH (d:Document) RETURN d.id AS id, d.path AS path");
    expect(docs).toHaveLength(3);
    expect(docs.map((d) => d.id)).not.toContain(before!.id);
    const talabani = await rows(driver, "MATCH (e:Entity) WHERE e.name CONTAINS 'Talabani' RETURN e.name");
    expect(talabani).toEqual([]);
    const orphans = await rows(driver, "MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->() RETURN e.name");
    expect(orphans).toEqual([]);
    expect(await graphDigest(driver)).toEqual(await cleanDigest(dir));
  });

  it("--prune removes documents whose files are gone and entities no longer mentioned; shared entities survive", async () => {
    const dir = corpus([...SEEDS, IRAQ_ECONOMY]);
    const elsewhere = corpus([join(BBC, "sport_001.txt")]);
    await wipeDatabase(driver);
    ingest(dir);
    ingest(elsewhere);
    const doc = (name: string) => `MATCH (d:Document) WHERE d.path ENDS WITH '${name}' RETURN d.id AS id`;
    const [economy] = await rows<{ id: string }>(driver, doc("business_284.txt"));
    const only = await rows<{ id: string }>(
      driver,
      "MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document {id: $id}) WHERE COUNT { (e)-[:MENTIONED_IN]->() } = 1 RETURN e.id AS id",
      { id: economy!.id },
    );
    const shared = await rows<{ id: string }>(
      driver,
      "MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document {id: $id}) WHERE COUNT { (e)-[:MENTIONED_IN]->() } > 1 RETURN e.id AS id",
      { id: economy!.id },
    );
    expect(only.length).toBeGreaterThan(0);
    expect(shared.map((s) => s.id)).toEqual(expect.arrayContaining([expect.stringMatching(/^place_/)]));

    rmSync(join(dir, "business_284.txt"));
    rmSync(join(elsewhere, "sport_001.txt")); // gone too, but outside the pruned path: it stays
    const r = ingest("--prune", dir);
    expect(r.stderr).toMatch(/pruned 1 document\(s\)/);

    expect(await rows(driver, doc("business_284.txt"))).toEqual([]);
    expect(await rows(driver, doc("sport_001.txt"))).toHaveLength(1);
    expect(await rows(driver, "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id", { ids: only.map((o) => o.id) })).toEqual([]);
    const survivors = await rows<{ id: string; count: number; sum: number }>(
      driver,
      "MATCH (e:Entity)-[m:MENTIONED_IN]->() WHERE e.id IN $ids RETURN e.id AS id, e.mentionCount AS count, sum(m.count) AS sum",
      { ids: shared.map((s) => s.id) },
    );
    expect(survivors).toHaveLength(shared.length);
    for (const s of survivors) expect(s.count).toBe(s.sum);

    // The same as ingesting what is left from scratch (with the file outside the pruned path back).
    const pruned = await graphDigest(driver);
    copyFileSync(join(BBC, "sport_001.txt"), join(elsewhere, "sport_001.txt"));
    await wipeDatabase(driver);
    ingest(dir);
    ingest(elsewhere);
    expect(pruned).toEqual(await graphDigest(driver));
  });
});

describe("several writers at once", () => {
  it(
    "four `kg ingest` processes over parts of a corpus, then over changed parts, give the graph one process gives",
    async () => {
      // 80 BBC articles dealt into four folders: the parts share entities (UK, BBC, London...), so the
      // writers' small batches update the same entity nodes and their tallies at the same time.
      const all = bbcCorpus(80);
      const root = mkdtempSync(join(tmpdir(), "kg-parts-"));
      const names = readdirSync(all).sort();
      const parts = [0, 1, 2, 3].map((p) => join(root, `part${p}`));
      for (const part of parts) mkdirSync(part);
      names.forEach((name, i) => copyFileSync(join(all, name), join(parts[i % 4]!, name)));
      const atOnce = async () => {
        const runs = parts.map((part) => kgInBackground(["ingest", part, "--batch-size", "2"]));
        for (const r of await Promise.all(runs.map((run) => run.done))) expect(r.status, r.stderr).toBe(0);
      };

      await wipeDatabase(driver);
      await atOnce();
      const together = await graphDigest(driver);
      // cleanDigestOf leaves the graph one process makes of the corpus, which the second round changes.
      expect(together).toEqual(await cleanDigestOf(driver, ["ingest", root]));

      // Every third file changes: the writers clear old documents (taking their mentions out of the
      // tallies of shared entities) while the others add mentions to the same entities.
      names.forEach((name, i) => {
        if (i % 3 !== 0) return;
        const file = join(parts[i % 4]!, name);
        writeFileSync(file, readFileSync(file, "utf8").split("\n").slice(0, 4).join("\n") + "\nThe BBC said the UK and London were named again.\n");
      });
      await atOnce();
      const changedTogether = await graphDigest(driver);
      expect(changedTogether).not.toEqual(together);
      expect(changedTogether).toEqual(await cleanDigestOf(driver, ["ingest", root]));
      // The writers' lock markers (write.ts) are gone with their transactions.
      expect(await rows(driver, "MATCH (e:Entity) WHERE e._writing IS NOT NULL RETURN e.id")).toEqual([]);
    },
    600_000,
  );
});

describe("atomic per batch", () => {
  const server = testServerOptions();
  it(
    "a Neo4j killed mid-ingest leaves no half-written document, and re-running completes the graph",
    async () => {
      const args = ["ingest", bbcCorpus(300), "--batch-size", "20"];

      const clean = await cleanDigestOf(driver, args);
      const perDocument = await documentShapes(driver);

      await wipeDatabase(driver);
      const run = kgInBackground(args);
      // Kill once two batches are in, well before the ~15 batches are done.
      await waitForDocuments(driver, 40);
      process.kill(localServerPid(server)!, "SIGKILL");
      const killed = await run.done;
      expect(killed.status).not.toBe(0);
      expect(killed.stderr).toMatch(/not reachable/);
      expect(killed.stderr).toMatch(/re-run the same 'kg ingest'/);

      await startLocalServer(server);
      const after = await documentShapes(driver);
      expect(after.size).toBeGreaterThanOrEqual(40);
      expect(after.size).toBeLessThan(perDocument.size);
      for (const [id, shape] of after) expect(shape, id).toEqual(perDocument.get(id));
      const bare = await rows(driver, "MATCH (d:Document) WHERE NOT EXISTS { (:Entity)-[:MENTIONED_IN]->(d) } RETURN d.path");
      expect(bare).toEqual([]);

      const rerun = kg(args);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(await graphDigest(driver)).toEqual(clean);
    },
    600_000,
  );
});
