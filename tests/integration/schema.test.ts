// Schema and its versions on a real Neo4j: constraints and indexes exist after start-up, the
// version is recorded, an older (unversioned) graph is upgraded in order, a newer one is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema, MIGRATIONS, planMigrations, SCHEMA_VERSION, SchemaTooNewError } from "../../src/graph/index.ts";
import { graphDigest, kg, rows, testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
const storedVersion = async () => (await rows<{ v: number | null }>(driver, "OPTIONAL MATCH (v:SchemaVersion {id: 'kg'}) RETURN v.version AS v"))[0]!.v;

beforeAll(async () => {
  await wipeDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

describe("planMigrations", () => {
  it("runs nothing on an empty database, every later step in order on an old one, and refuses a newer one", () => {
    expect(planMigrations(null)).toEqual([]);
    expect(planMigrations(SCHEMA_VERSION)).toEqual([]);
    expect(planMigrations(1).map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
    const steps = [
      { version: 3, reason: "c", statements: [] },
      { version: 2, reason: "b", statements: [] },
    ];
    expect(planMigrations(1, 3, steps).map((m) => m.reason)).toEqual(["b", "c"]);
    expect(planMigrations(2, 3, steps).map((m) => m.reason)).toEqual(["c"]);
    expect(() => planMigrations(SCHEMA_VERSION + 1)).toThrow(SchemaTooNewError);
  });
});

describe("applySchema", () => {
  it("creates the constraints, indexes and full-text indexes, and records the version", async () => {
    const report = await applySchema(driver);
    expect(report).toMatchObject({ from: null, to: SCHEMA_VERSION, migrated: [] });
    expect(await storedVersion()).toBe(SCHEMA_VERSION);
    const constraints = (await rows<{ name: string }>(driver, "SHOW CONSTRAINTS YIELD name RETURN name")).map((c) => c.name);
    expect(constraints).toEqual(expect.arrayContaining(["document_id", "entity_id", "claim_id", "schema_version_id"]));
    const indexes = await rows<{ name: string; type: string }>(driver, "SHOW INDEXES YIELD name, type RETURN name, type");
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: "entity_names", type: "FULLTEXT" },
        { name: "claim_text", type: "FULLTEXT" },
        expect.objectContaining({ name: "document_date" }),
        expect.objectContaining({ name: "person_name" }),
      ]),
    );
    expect(await applySchema(driver)).toMatchObject({ from: SCHEMA_VERSION, migrated: [] });
  });

  it("upgrades a graph written before versions were recorded", async () => {
    const r = kg(["ingest", "data/seeds"]);
    expect(r.status, r.stderr).toBe(0);
    // Make it look like the walking skeleton wrote it: no version, no per-document names on mentions.
    await rows(driver, "MATCH (v:SchemaVersion) DELETE v");
    await rows(driver, "MATCH (:Entity)-[m:MENTIONED_IN]->() REMOVE m.name, m.aliases, m.kind");
    await rows(driver, "MATCH (e:Entity {name: 'Kurdistan Region'}) SET e.aliases = [i IN range(size(e.aliases) - 1, 0, -1) | e.aliases[i]]");

    const report = await applySchema(driver);
    expect(report).toMatchObject({ from: 1, to: SCHEMA_VERSION, migrated: [2, 3, 4] });
    expect(await storedVersion()).toBe(SCHEMA_VERSION);
    const unnamed = await rows(driver, "MATCH (:Entity)-[m:MENTIONED_IN]->() WHERE m.name IS NULL RETURN m");
    expect(unnamed).toEqual([]);
    const [region] = await rows<{ aliases: string[] }>(driver, "MATCH (e:Entity {name: 'Kurdistan Region'}) RETURN e.aliases AS aliases");
    expect(region!.aliases).toEqual([...region!.aliases].sort());

    // Once upgraded, ingesting again gives the graph a fresh ingest gives.
    expect(kg(["ingest", "data/seeds"]).status).toBe(0);
    const upgraded = await graphDigest(driver);
    await wipeDatabase(driver);
    expect(kg(["ingest", "data/seeds"]).status).toBe(0);
    expect(await graphDigest(driver)).toEqual(upgraded);
  });

  it("rebuilds a version-2 graph's full-text indexes eventually consistent, and search still finds what is stored", async () => {
    expect(kg(["ingest", "data/seeds"]).status).toBe(0);
    // Version 2 made its full-text indexes consistent within the writing transaction (no option).
    await rows(driver, "DROP INDEX entity_names");
    await rows(driver, "CREATE FULLTEXT INDEX entity_names FOR (n:Person|Group|Place) ON EACH [n.name, n.aliasText]");
    await rows(driver, "MATCH (v:SchemaVersion) SET v.version = 2");
    const fullText = () =>
      rows<{ name: string; eventual: boolean | null }>(
        driver,
        "SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, options.indexConfig.`fulltext.eventually_consistent` AS eventual ORDER BY name",
      );
    expect(await fullText()).toContainEqual({ name: "entity_names", eventual: false });

    expect(await applySchema(driver)).toMatchObject({ from: 2, to: SCHEMA_VERSION, migrated: [3, 4] });
    expect(await fullText()).toEqual([
      { name: "claim_text", eventual: true },
      { name: "entity_names", eventual: true },
    ]);
    const found = await rows<{ name: string }>(driver, "CALL db.index.fulltext.queryNodes('entity_names', 'Barzani') YIELD node RETURN node.name AS name");
    expect(found.map((f) => f.name)).toContain("Masoud Barzani");
  });

  it("gives a version-3 graph's entities the tallies of their mentions, as a fresh ingest does", async () => {
    await wipeDatabase(driver);
    expect(kg(["ingest", "data/seeds"]).status).toBe(0);
    const fresh = await graphDigest(driver);
    await rows(driver, "MATCH (e:Entity) REMOVE e.tally");
    await rows(driver, "MATCH (v:SchemaVersion) SET v.version = 3");
    expect(await graphDigest(driver)).not.toEqual(fresh);

    expect(await applySchema(driver)).toMatchObject({ from: 3, to: SCHEMA_VERSION, migrated: [4] });
    expect(await graphDigest(driver)).toEqual(fresh);
  });

  it("refuses a graph written by a newer kg, before changing anything", async () => {
    await rows(driver, "MERGE (v:SchemaVersion {id: 'kg'}) SET v.version = $v", { v: SCHEMA_VERSION + 7 });
    const before = await graphDigest(driver);
    await expect(applySchema(driver)).rejects.toBeInstanceOf(SchemaTooNewError);
    const r = kg(["ingest", "data/seeds"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`schema version ${SCHEMA_VERSION + 7}.*upgrade kg`));
    expect(await graphDigest(driver)).toEqual(before);
    await rows(driver, "MATCH (v:SchemaVersion) SET v.version = $v", { v: SCHEMA_VERSION });
  });
});
