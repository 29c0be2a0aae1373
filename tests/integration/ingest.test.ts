// The walking skeleton against a real Neo4j: the kg CLI ingests the seeds, re-runs safely,
// refuses bad files by name without touching the graph, and answers read-only queries.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kg, rows, testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
const BBC = "../shared/data/bbc";

async function graphFingerprint() {
  return rows(
    driver,
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (e:Entity) RETURN collect(e.id + ':' + e.name + ':' + e.mentionCount) AS entities }
     CALL () { MATCH (c:Claim) RETURN collect(c.id) AS claims }
     RETURN nodes, rels, entities, claims`,
  ).then(([r]) => ({ ...r!, entities: [...(r!.entities as string[])].sort(), claims: [...(r!.claims as string[])].sort() }));
}

beforeAll(async () => {
  await wipeDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

describe("kg ingest on the seed articles", () => {
  let first: Awaited<ReturnType<typeof graphFingerprint>>;

  it("stores the people, places, groups and claims of the seeds and prints counts", async () => {
    const r = kg(["ingest", "data/seeds"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/ingested 2 of 2 file/);
    expect(r.stderr).toMatch(/graph: 2 documents, \d+ people, \d+ groups, \d+ places, \d+ claims, \d+ relations/);

    const people = (await rows<{ name: string }>(driver, "MATCH (p:Person) RETURN p.name AS name")).map((p) => p.name);
    expect(people).toContain("Masoud Barzani");
    expect(people.some((n) => /^Haider al-Abadi$/i.test(n))).toBe(true);
    const places = (await rows<{ name: string }>(driver, "MATCH (p:Place) RETURN p.name AS name")).map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(["Kirkuk", "Baghdad"]));
    const groups = (await rows<{ name: string }>(driver, "MATCH (g:Group) RETURN g.name AS name")).map((g) => g.name);
    expect(groups.some((g) => /Peshmerga/.test(g))).toBe(true);

    // Barzani appears in both articles: one node, mentioned in two documents.
    const [barzani] = await rows<{ docs: number }>(
      driver,
      "MATCH (p:Person {name: 'Masoud Barzani'})-[:MENTIONED_IN]->(d:Document) RETURN count(d) AS docs",
    );
    expect(barzani!.docs).toBe(2);

    const speakers = await rows<{ name: string; quote: string | null }>(
      driver,
      "MATCH (p:Person)-[:MADE]->(c:Claim)-[:IN]->(:Document) RETURN p.name AS name, c.quote AS quote",
    );
    expect(speakers.some((s) => s.name === "Masoud Barzani" && /immediately ready to engage in negotiations/.test(s.quote ?? ""))).toBe(true);
    expect(speakers.some((s) => /al-Abadi/i.test(s.name) && /make war on our Kurdish citizens|Oil revenues/.test(s.quote ?? ""))).toBe(true);
    first = await graphFingerprint();
  });

  it("every mention offset points at the mention's text in the stored document", async () => {
    const mentions = await rows<{ text: string; starts: number[]; ends: number[]; name: string; aliases: string[] }>(
      driver,
      "MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document) RETURN d.text AS text, m.starts AS starts, m.ends AS ends, e.name AS name, e.aliases AS aliases",
    );
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) {
      m.starts.forEach((s, i) => {
        const surface = m.text.slice(s, m.ends[i]);
        expect(surface.length).toBeGreaterThan(0);
        expect(surface).not.toMatch(/^\s|\s$/);
      });
    }
  });

  it("re-running the same ingest gives the same graph (no duplicates)", async () => {
    const r = kg(["ingest", "data/seeds"]);
    expect(r.status, r.stderr).toBe(0);
    expect(await graphFingerprint()).toEqual(first);
  });

  it("refuses bad files by name, ingests the rest, and leaves the graph as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-bad-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    const r = kg(["ingest", join(dir, "empty.txt"), join(dir, "binary.txt"), join(dir, "latin1.txt"), join(dir, "missing.txt"), "data/seeds"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: file is empty/);
    expect(r.stderr).toMatch(/binary\.txt: file is binary/);
    expect(r.stderr).toMatch(/latin1\.txt: file is not valid UTF-8/);
    expect(r.stderr).toMatch(/missing\.txt: no such file or folder/);
    expect(await graphFingerprint()).toEqual(first);

    const onlyBad = kg(["ingest", join(dir, "empty.txt")]);
    expect(onlyBad.status).toBe(1);
    expect(await graphFingerprint()).toEqual(first);
  });

  it("a document without a date line is ingested with an unknown date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-plain-"));
    const file = join(dir, "plain.txt");
    writeFileSync(file, "Talks stall\n\nTurkish President Recep Tayyip Erdogan said on Monday that Ankara would respond.\n");
    const r = kg(["ingest", file]);
    expect(r.status, r.stderr).toBe(0);
    const [doc] = await rows<{ date: string | null; title: string }>(driver, "MATCH (d:Document) WHERE d.path ENDS WITH 'plain.txt' RETURN d.date AS date, d.title AS title");
    expect(doc).toEqual({ date: null, title: "Talks stall" });
  });
});

describe("kg cypher", () => {
  it("prints rows of a read query", () => {
    const r = kg(["cypher", "MATCH (p:Person) RETURN p.name AS name ORDER BY name", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const names = (JSON.parse(r.stdout) as { name: string }[]).map((x) => x.name);
    expect(names).toContain("Masoud Barzani");
  });

  it("passes parameters", () => {
    const r = kg(["cypher", "MATCH (p:Person {name: $name}) RETURN p.name AS name", "--param", "name=Masoud Barzani", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ name: "Masoud Barzani" }]);
  });

  it.each([
    ["CREATE (x:Person {name: 'Intruder'})"],
    ["MATCH (p:Person) SET p.name = 'x'"],
    ["MERGE (x:Group {id: 'g'})"],
    ["MATCH (n) DETACH DELETE n"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ["CALL dbms.listConfig()"],
  ])("refuses %s", async (query) => {
    const before = await graphFingerprint();
    const r = kg(["cypher", query]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kg: .*(read|allowed)/i);
    expect(await graphFingerprint()).toEqual(before);
  });
});

describe("kg extract --jsonl", () => {
  it("prints one JSON object per document in the documented shape", () => {
    const r = kg(["extract", "data/seeds", "--jsonl"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(Object.keys(line.document).sort()).toEqual(["date", "id", "path", "title"]);
      expect(Array.isArray(line.entities) && Array.isArray(line.claims) && Array.isArray(line.relations)).toBe(true);
    }
    expect(lines[0].document.date).toBe("2017-10-15");
    const ids = lines.map((l) => new Set(l.entities.filter((e: { name: string }) => e.name === "Masoud Barzani").map((e: { id: string }) => e.id)));
    expect([...ids[0]!]).toEqual([...ids[1]!]);
  });

  it("stops quietly when its reader closes the pipe early (| head)", () => {
    const files = readdirSync(BBC).filter((f) => f.startsWith("business_0")).slice(0, 30).map((f) => join(BBC, f));
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" bin/kg.js extract ${files.join(" ")} --jsonl | head -c 100 >/dev/null`], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
});
