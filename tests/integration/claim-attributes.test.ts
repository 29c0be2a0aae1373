// Claim target, channel, stance and negation (issue #4) in a real Neo4j: the seed articles ingested with the
// real CLI, plus one hand-written document with a negated speech act (the seeds have none), then read back
// with Cypher, the `targets` query of the pack and the viewer's JSON API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQuery, writeDocumentBatch } from "../../src/graph/index.ts";
import type { NodeResponse, SearchResponse } from "../../src/server/api-types.ts";
import { startServer } from "../../src/server/index.ts";
import type { DocumentExtraction } from "../../src/types/index.ts";
import { kg, rows, testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
let server: Awaited<ReturnType<typeof startServer>>;
type Row = Record<string, unknown>;

/** Mira Tann did not say that the Vell Dam is safe, and urged Zed Quorn to close it: a negated claim and a targeted one. */
function negatedClaimDocument(): DocumentExtraction {
  const text = "Vell dam row\n\nMira Tann did not say the Vell Dam was safe. Mira Tann urged Zed Quorn in a letter to close it.\n";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const mentions = (s: string) => [...text.matchAll(new RegExp(s, "g"))].map((m) => ({ start: m.index, end: m.index + s.length, text: s }));
  const base = { speaker: "person_test_mira_tann", speakerIsEntity: true, quote: null, date: null, about: [] };
  return {
    document: { id: "doc_test_negated", path: "synthetic/negated.txt", date: "2020-01-02", title: "Vell dam row", text, bodyStart: 0 },
    entities: [
      { id: "person_test_mira_tann", type: "Person", name: "Mira Tann", aliases: [], mentions: mentions("Mira Tann") },
      { id: "person_test_zed_quorn", type: "Person", name: "Zed Quorn", aliases: [], mentions: mentions("Zed Quorn") },
    ],
    claims: [
      { ...base, id: "claim_test_not_said", predicate: "states", cue: "did not say", text: "Mira Tann did not say the Vell Dam was safe.", evidence: span("the Vell Dam was safe"), cueSpan: span("did not say"), target: null, channel: null, channelCue: null, stance: null, negated: true },
      { ...base, id: "claim_test_urged", predicate: "urges", cue: "urged", text: "Mira Tann urged Zed Quorn in a letter to close it.", evidence: span("Zed Quorn in a letter to close it"), cueSpan: span("urged"), target: "person_test_zed_quorn", targetMention: span("Zed Quorn"), channel: "letter", channelCue: "in a letter", channelSpan: span("in a letter"), stance: null, negated: false },
    ],
    relations: [],
    messages: [],
  };
}

async function nodeNamed(name: string): Promise<NodeResponse> {
  const search = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(name)}`)).json()) as SearchResponse;
  const id = search.results.find((r) => r.name === name)?.id;
  expect(id, name).toBeTruthy();
  return (await (await fetch(`${server.url}/api/node/${encodeURIComponent(id!)}`)).json()) as NodeResponse;
}

beforeAll(async () => {
  await wipeDatabase(driver);
  const r = kg(["ingest", "data/seeds"]);
  expect(r.status, r.stderr).toBe(0);
  await writeDocumentBatch(driver, [negatedClaimDocument()]);
  server = await startServer({ driver, port: 0, host: "127.0.0.1", staticDir: "dist/viewer" });
});
afterAll(async () => {
  await server?.close();
  await driver.close();
});

describe("claim attributes in the graph", () => {
  it("links a claim to the entity it is aimed at, with the target's words as provenance", async () => {
    const urged = await rows<{ speaker: string; predicate: string; words: string }>(driver, `
      MATCH (s:Entity)-[:MADE]->(c:Claim)-[:TARGETS]->(:Entity {name: 'Erbil'}), (c)-[:IN]->(d:Document)
      RETURN s.name AS speaker, c.predicate AS predicate, substring(d.text, c.targetStart, c.targetEnd - c.targetStart) AS words
      ORDER BY speaker`);
    expect(urged).toEqual([
      { speaker: "European Union", predicate: "urges", words: "Erbil" },
      { speaker: "United Nations", predicate: "urges", words: "Erbil" },
      { speaker: "United States", predicate: "urges", words: "Erbil" },
    ]);
    const rejected = await rows(driver, `
      MATCH (c:Claim {predicate: 'rejects'})-[:TARGETS]->(t:Entity)
      RETURN c.speakerName AS speaker, t.name AS target, c.stance AS stance`);
    expect(rejected).toContainEqual({ speaker: "Iraq’s Kurdish leadership", target: "Government of Iraq", stance: "oppose" });
  });

  it("keeps a group of people no entity names as the target's words, with no TARGETS edge", async () => {
    const words = await rows(driver, `
      MATCH (s:Entity)-[:MADE]->(c:Claim)-[:IN]->(d:Document) WHERE c.targetName = 'Kurdish authorities'
      RETURN s.name AS speaker, c.predicate AS predicate, substring(d.text, c.targetStart, c.targetEnd - c.targetStart) AS words,
             count { (c)-[:TARGETS]->() } AS edges`);
    expect(words).toEqual([{ speaker: "Haider al-Abadi", predicate: "demands", words: "Kurdish authorities", edges: 0 }]);
    // An entity target's name is on the claim too, as the speaker's is.
    const [named] = await rows(driver, "MATCH (c:Claim)-[:TARGETS]->(t:Entity) WHERE c.targetName <> t.name RETURN count(c) AS n");
    expect(named).toEqual({ n: 0 });
  });

  it("keeps the channel normalised and its words, which are the document's own characters", async () => {
    const channels = await rows<{ quote: string | null; channel: string; cue: string; words: string }>(driver, `
      MATCH (c:Claim)-[:IN]->(d:Document) WHERE c.channel IS NOT NULL
      RETURN c.quote AS quote, c.channel AS channel, c.channelCue AS cue,
             substring(d.text, c.channelStart, c.channelEnd - c.channelStart) AS words`);
    for (const c of channels) expect(c.words).toBe(c.cue);
    expect(channels.find((c) => c.quote?.startsWith("We are immediately ready"))).toMatchObject({ channel: "twitter", cue: "in a statement he tweeted" });
    expect(channels.find((c) => c.quote?.startsWith("We are trying to tone"))).toMatchObject({ channel: "press", cue: "told reporters" });
    expect(channels.map((c) => c.cue)).toContain("told Reuters");
  });

  it("stores negated on every claim, true only where the speech act is negated", async () => {
    const [counts] = await rows<{ missing: number; negated: string[] }>(driver, `
      MATCH (c:Claim)
      RETURN count(CASE WHEN c.negated IS NULL THEN 1 END) AS missing, collect(CASE WHEN c.negated THEN c.id END) AS negated`);
    expect(counts).toEqual({ missing: 0, negated: ["claim_test_not_said"] });
  });

  it("writes a document's targets once however often it is written", async () => {
    await writeDocumentBatch(driver, [negatedClaimDocument()]);
    const [r] = await rows(driver, "MATCH (:Claim {id: 'claim_test_urged'})-[t:TARGETS]->(e:Entity) RETURN count(t) AS edges, collect(e.name) AS names");
    expect(r).toEqual({ edges: 1, names: ["Zed Quorn"] });
  });
});

describe("the targets query", () => {
  it("says who urged what of Erbil", async () => {
    const r = (await runQuery(driver, "targets", { name: "erbil" })).rows as Row[];
    expect(r.map((x) => [x.target, x.speaker, x.predicate, x.negated])).toEqual([
      ["Erbil", "European Union", "urges", false],
      ["Erbil", "United Nations", "urges", false],
      ["Erbil", "United States", "urges", false],
    ]);
    for (const x of r) expect(String(x.what)).toMatch(/^Erbil to cancel the referendum/);
  });

  it("finds a target given by its words, in any case", async () => {
    const r = (await runQuery(driver, "targets", { name: "kurdish authorities" })).rows as Row[];
    expect(r.map((x) => [x.target, x.speaker, x.predicate, x.targetId])).toEqual([["Kurdish authorities", "Haider al-Abadi", "demands", null]]);
    const all = (await runQuery(driver, "targets", {})).rows as Row[];
    expect(all.map((x) => x.target)).toEqual(expect.arrayContaining(["Erbil", "Government of Iraq", "Kurdish authorities"]));
  });

  it("filters by speech act and returns stance and channel", async () => {
    const rejections = (await runQuery(driver, "targets", { predicate: "rejects" })).rows as Row[];
    expect(rejections.find((x) => x.speaker === "Iraq’s Kurdish leadership")).toMatchObject({ target: "Government of Iraq", stance: "oppose" });
    expect(rejections.every((x) => x.predicate === "rejects")).toBe(true);
    const [letter] = (await runQuery(driver, "targets", { name: "Zed Quorn" })).rows as Row[];
    expect(letter).toMatchObject({ speaker: "Mira Tann", predicate: "urges", channel: "letter", channelWords: "in a letter", negated: false });
  });
});

describe("the viewer's claim rows", () => {
  it("carry target, channel, stance and negation", async () => {
    const barzani = await nodeNamed("Masoud Barzani");
    expect(barzani.claimsMade.find((c) => c.quote?.startsWith("We are immediately ready"))).toMatchObject({ channel: "twitter", channelCue: "in a statement he tweeted", negated: false, targetId: null });
    const erbil = await nodeNamed("Erbil");
    const urges = erbil.claimsAbout.filter((c) => c.predicate === "urges");
    expect(urges.length).toBe(3);
    for (const c of urges) expect(c).toMatchObject({ targetName: "Erbil", stance: null });
    const abadi = await nodeNamed("Haider al-Abadi");
    expect(abadi.claimsMade.find((c) => c.predicate === "demands")).toMatchObject({ targetName: "Kurdish authorities", targetId: null });
    const tann = await nodeNamed("Mira Tann");
    expect(tann.claimsMade.find((c) => c.id === "claim_test_not_said")).toMatchObject({ negated: true, targetId: null });
  });
});
