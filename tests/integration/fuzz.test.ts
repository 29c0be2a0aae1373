// Bad input, generated: over a thousand files that are empty, binary, mis-encoded, huge, in other
// scripts or full of quote and Cypher characters. Each is ingested or refused by name; the
// process ends, and the graph stays consistent.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kg, rows, testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), "kg-fuzz-"));
const refusedReason = new Map<string, RegExp>();
const accepted = new Set<string>();

/** A deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const NAMES = [
  'Robert "Bobby" O\'Neil',
  "Ahmed \\ Backslash",
  "MATCH (n) DETACH DELETE n",
  "Jane'); DROP TABLE x; --",
  "Karim `Backtick` Saleh",
  "{name: $injected}",
  "<img src=x onerror=alert(1)>",
];
const SCRIPTS = [
  "قال رئيس الوزراء العراقي حيدر العبادي إن الاستفتاء غير قانوني.",
  "Serokê Herêma Kurdistanê Mesûd Barzanî got ku referandûm dê bê kirin.",
  "سەرۆکی هەرێمی کوردستان مەسعود بارزانی ڕایگەیاند.",
  "Президент заявил, что переговоры продолжатся.",
  "中国外交部发言人表示反对。",
];

function write(name: string, content: string | Uint8Array, refused?: RegExp): void {
  writeFileSync(join(dir, name), content);
  if (refused) refusedReason.set(name, refused);
  else accepted.add(name);
}

beforeAll(async () => {
  await wipeDatabase(driver);
  const random = rng(20171015);
  write("empty.txt", "", /empty/);
  write("whitespace.txt", " \n\t\n   \r\n", /empty/);
  write("utf16.txt", Buffer.from("\ufeffKurdish leaders met in Dokan.", "utf16le"), /UTF-16/);
  write("latin1.txt", Buffer.from("Caf\xe9 talks in Erbil", "latin1"), /not valid UTF-8/);
  write("huge-line.txt", "word ".repeat(10_000_000), /above the limit/); // 50 MB on one line
  write("page.txt", "<html><head><title>Kirkuk</title><script>alert(1)</script></head><body><p>Iraqi President Fuad Masum said on Sunday that talks would resume.</p></body></html>");
  write("bad-date.txt", " date 2017-13-45 Barzani said the vote was binding.");
  write("half-date.txt", "date: yesterday\nThe Peshmerga said they would hold Kirkuk.");
  for (let i = 0; i < 200; i++) {
    const bytes = new Uint8Array(64 + Math.floor(random() * 512)).map(() => Math.floor(random() * 256));
    bytes[3] = 0; // binary files carry NUL bytes
    write(`binary-${i}.txt`, bytes, /binary/);
  }
  for (let i = 0; i < 200; i++) {
    // Invalid UTF-8: a lone continuation byte in otherwise plain text.
    write(`invalid-${i}.txt`, Buffer.concat([Buffer.from(`Report ${i} from Baghdad `), Buffer.from([0x80 + (i % 64)]), Buffer.from(" ends.")]), /not valid UTF-8/);
  }
  for (let i = 0; i < 300; i++) {
    const name = NAMES[i % NAMES.length]!;
    const script = SCRIPTS[i % SCRIPTS.length]!;
    const date = i % 3 === 0 ? ` date 2017-${String((i % 12) + 1).padStart(2, "0")}-1${i % 10} ` : "";
    write(`names-${i}.txt`, `${date}Statement ${i}\n\n${name} told Reuters on Monday: “We will not leave ${name}.” ${script}\n`);
  }
  mkdirSync(join(dir, "tiny"));
  for (let i = 0; i < 400; i++) write(join("tiny", `t${i}.txt`), i % 2 ? `Kirkuk ${i}.` : `${i}`);
});

afterAll(async () => {
  await driver.close();
});

describe("ingest of generated bad and odd input", () => {
  let stderr = "";

  it("ends, ingests the good files and refuses each bad one by name and reason", { timeout: 600_000 }, async () => {
    expect(accepted.size + refusedReason.size).toBeGreaterThanOrEqual(1000);
    const r = kg(["ingest", dir, "--batch-size", "200"]);
    stderr = r.stderr;
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    for (const [name, reason] of refusedReason) {
      const line = stderr.split("\n").find((l) => l.includes(`${name}:`));
      expect(line, `no error line for ${name}`).toBeDefined();
      expect(line).toMatch(reason);
    }
    const stored = new Set((await rows<{ path: string }>(driver, "MATCH (d:Document) RETURN d.path AS path")).map((d) => d.path));
    expect(stored.size).toBe(accepted.size);
    for (const name of accepted) expect(stored.has(join(dir, name)), `${name} not stored`).toBe(true);
  });

  it("keeps the graph consistent: no orphan mentions or claims, no duplicate entities", async () => {
    const [c] = await rows<{ orphanEntities: number; claimsWithoutDocument: number; duplicateNames: number; emptyMentions: number }>(
      driver,
      `CALL () { MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->(:Document) RETURN count(e) AS orphanEntities }
       CALL () { MATCH (c:Claim) WHERE NOT (c)-[:IN]->(:Document) RETURN count(c) AS claimsWithoutDocument }
       CALL () { MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS duplicateNames }
       CALL () { MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) WHERE size(m.starts) = 0 RETURN count(m) AS emptyMentions }
       RETURN orphanEntities, claimsWithoutDocument, duplicateNames, emptyMentions`,
    );
    expect(c).toEqual({ orphanEntities: 0, claimsWithoutDocument: 0, duplicateNames: 0, emptyMentions: 0 });
  });

  it("stores names with quotes, backslashes and Cypher syntax as plain text", async () => {
    const texts = await rows<{ text: string }>(driver, "MATCH (d:Document) WHERE d.path ENDS WITH 'names-2.txt' RETURN d.text AS text");
    expect(texts[0]!.text).toContain("MATCH (n) DETACH DELETE n");
    const [{ n }] = (await rows<{ n: number }>(driver, "MATCH (d:Document) RETURN count(d) AS n")) as [{ n: number }];
    expect(n).toBeGreaterThan(500);
  });

  it("keeps every mention offset inside its document's text", async () => {
    const bad = await rows(
      driver,
      `MATCH (:Entity)-[m:MENTIONED_IN]->(d:Document)
       UNWIND range(0, size(m.starts) - 1) AS i
       WITH d, m.starts[i] AS s, m.ends[i] AS e WHERE s < 0 OR e > size(d.text) OR s >= e
       RETURN d.path AS path, s, e LIMIT 5`,
    );
    expect(bad).toEqual([]);
  });
});
