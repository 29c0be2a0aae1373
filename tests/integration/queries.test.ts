// The query pack (cypher/queries) against a real Neo4j holding the seed articles, plus one small
// hand-written document whose claims are known exactly (so disagreement and unsourced-claim logic is
// tested independently of how the extractor reads the seeds). Facts asserted on the seeds are the
// robust ones: Barzani's quote, Erdogan's title, who appears where.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteDocuments, queryNames, runQuery, writeDocumentBatch } from "../../src/graph/index.ts";
import { loadQuery } from "../../src/graph/query-pack.ts";
import { BadInputError, NotFoundError, type DocumentExtraction } from "../../src/types/index.ts";
import { kg, rows, testDriver, wipeDatabase } from "../helpers.ts";
import { parseDocument } from "../../src/documents/index.ts";
import { extractDocument } from "../../src/pipeline/extract-document.ts";

const driver = testDriver();
type Row = Record<string, unknown>;
const query = async (name: string, params: Record<string, unknown> = {}) => (await runQuery(driver, name, params)).rows as Row[];

/** A document the extractor never sees: Zed Quorn states, Mira Tann denies, engineers warn, all about the Vell Dam. */
function vellDamDocument(): DocumentExtraction {
  const text =
    "Vell dam row\n\nMinister Zed Quorn said the Vell Dam is safe. Mira Tann denied that the Vell Dam is safe. Engineers warned the Vell Dam could fail.\n" +
    "Tann Ford lies below it.\n";
  const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const sentence = (s: string) => ({ ...span(s), text: s });
  const [s1, s2, s3] = [
    sentence("Minister Zed Quorn said the Vell Dam is safe."),
    sentence("Mira Tann denied that the Vell Dam is safe."),
    sentence("Engineers warned the Vell Dam could fail."),
  ];
  const dam = [s1, s2, s3].map((s) => ({ ...span("Vell Dam", s.start), text: "Vell Dam" }));
  const claim = (id: string, speaker: string, speakerIsEntity: boolean, predicate: "states" | "denies" | "warns", cue: string, s: typeof s1) => ({
    id,
    speaker,
    speakerIsEntity,
    predicate,
    cue,
    text: s.text,
    quote: null,
    date: null,
    about: ["place_test_vell_dam"],
    evidence: { start: s.start, end: s.end },
  });
  return {
    document: { id: "doc_test_vell_dam", path: "synthetic/vell-dam.txt", date: "2020-01-02", title: "Vell dam row", text, bodyStart: 0 },
    entities: [
      { id: "person_test_zed_quorn", type: "Person", name: "Zed Quorn", aliases: [], mentions: [{ ...span("Zed Quorn"), text: "Zed Quorn" }] },
      { id: "person_test_mira_tann", type: "Person", name: "Mira Tann", aliases: [], mentions: [{ ...span("Mira Tann"), text: "Mira Tann" }] },
      { id: "place_test_vell_dam", type: "Place", name: "Vell Dam", aliases: [], kind: "dam", mentions: dam, countryCode: "GB", lat: 51.5, lon: -0.12 },
      { id: "place_test_tann_ford", type: "Place", name: "Tann Ford", aliases: [], mentions: [{ ...span("Tann Ford"), text: "Tann Ford" }] },
    ],
    claims: [
      claim("claim_test_states", "person_test_zed_quorn", true, "states", "said", s1),
      claim("claim_test_denies", "person_test_mira_tann", true, "denies", "denied", s2),
      claim("claim_test_warns", "Engineers", false, "warns", "warned", s3),
    ],
    relations: [],
    messages: [],
  };
}

beforeAll(async () => {
  await wipeDatabase(driver);
  const r = kg(["ingest", "data/seeds"]);
  expect(r.status, r.stderr).toBe(0);
  await writeDocumentBatch(driver, [vellDamDocument()]);
});
afterAll(async () => {
  await driver.close();
});

describe("the query pack", () => {
  it("has the investigator's questions, each with a header that parses", () => {
    const names = queryNames();
    for (const n of ["claims", "timeline", "together", "paths", "central", "roles", "sides", "disagreements", "unsourced", "mentions", "places"]) {
      expect(names).toContain(n);
    }
    for (const n of names) {
      const q = loadQuery(n);
      expect(q.question.length, n).toBeGreaterThan(10);
      expect(q.examples.length, n).toBeGreaterThan(0);
      for (const p of q.params) expect(p.example, `${n} ${p.name}`).toBeTruthy();
    }
  });

  it("kg query --list shows every query with its question and parameters", () => {
    const r = kg(["query", "--list"]);
    expect(r.status, r.stderr).toBe(0);
    for (const n of queryNames()) expect(r.stdout).toMatch(new RegExp(`^${n}: `, "m"));
    expect(r.stdout).toMatch(/--param name=Barzani/);
  });
});

describe("claims: who said what about X", () => {
  it("finds Barzani's claims by alias, in any case, with quote, date and source document", async () => {
    const claims = await query("claims", { name: "barzani" });
    const quote = claims.find((c) => /We are immediately ready to engage in negotiations on independence with Baghdad/.test(String(c.quote)));
    expect(quote).toMatchObject({ entity: "Masoud Barzani", speaker: "Masoud Barzani", role: "by", published: "2017-09-27", path: "data/seeds/001_c5fc3b97b6c30a0d.txt" });
    expect(await query("claims", { name: "MASOUD BARZANI" })).toEqual(claims);
  });

  it("includes claims about the entity, naming their speaker", async () => {
    const about = await query("claims", { name: "Vell Dam" });
    expect(about.map((c) => [c.role, c.speaker, c.predicate]).sort()).toEqual([
      ["about", "Engineers", "warns"],
      ["about", "Mira Tann", "denies"],
      ["about", "Zed Quorn", "states"],
    ]);
  });
});

describe("timeline", () => {
  it("lists claims in date order within a range; a month counts whole", async () => {
    const september = await query("timeline", { from: "2017-09-25", to: "2017-09" });
    expect(september.length).toBeGreaterThan(0);
    const days = september.map((r) => String(r.day));
    expect(days).toEqual([...days].sort());
    for (const d of days) expect(d >= "2017-09-25" && d.startsWith("2017-09")).toBe(true);
  });

  it("counts a claim dated to a month ('last month') as the whole month", async () => {
    const month = vellDamDocument();
    month.document = { ...month.document, id: "doc_test_vell_month", path: "synthetic/vell-month.txt" };
    month.claims = [{ ...month.claims[2]!, id: "claim_test_month", date: "2019-12" }];
    await writeDocumentBatch(driver, [month]);
    try {
      const speakersFrom = async (from: string, to: string) =>
        (await query("timeline", { name: "vell dam", from, to })).filter((r) => r.claimId === "claim_test_month").map((r) => r.day);
      expect(await speakersFrom("2019-12-15", "2019-12-31")).toEqual(["2019-12"]);
      expect(await speakersFrom("2019-11-01", "2019-12-01")).toEqual(["2019-12"]);
      expect(await speakersFrom("2020-01-01", "2020-01-31")).toEqual([]);
      expect(await speakersFrom("2019-10-01", "2019-11-30")).toEqual([]);
    } finally {
      await deleteDocuments(driver, ["doc_test_vell_month"]);
    }
  });

  it("narrows to one entity", async () => {
    const vell = await query("timeline", { name: "vell dam", from: "2020" });
    expect(vell.map((r) => r.speaker).sort()).toEqual(["Engineers", "Mira Tann", "Zed Quorn"]);
    expect(vell.every((r) => r.day === "2020-01-02" && r.dateFrom === "article")).toBe(true);
  });
});

describe("together: where X and Y both appear", () => {
  it("gives the shared documents and the sentences naming both", async () => {
    const shared = await query("together", { a: "Barzani", b: "Baghdad" });
    expect(shared).toHaveLength(2);
    expect(shared[0]).toMatchObject({ a: "Masoud Barzani", b: "Baghdad", documentsTogether: 2 });
    const sentences = shared.flatMap((r) => r.sentences as string[]);
    expect(sentences.some((s) => /immediately ready to engage/.test(s) && /Barzani/.test(s))).toBe(true);
    expect(shared[0]!.sentencesTogether).toBe(sentences.length);
  });
});

describe("paths between X and Y", () => {
  it("connects Barzani and al-Abadi through entities and claims only", async () => {
    const paths = await query("paths", { a: "Barzani", b: "al-abadi" });
    expect(paths.length).toBeGreaterThan(0);
    const [barzani] = await rows<{ id: string }>(driver, "MATCH (p:Person {name: 'Masoud Barzani'}) RETURN p.id AS id");
    for (const p of paths) {
      const ids = p.nodeIds as string[];
      expect(ids[0]).toBe(barzani!.id);
      expect(ids.at(-1)).toMatch(/^person_/);
      expect(p.relations as string[]).not.toContain("MENTIONED_IN");
      expect(p.relations as string[]).not.toContain("IN");
      expect(p.steps).toBe(paths[0]!.steps);
      expect(String(p.path)).toMatch(/^Masoud Barzani .* Haider al-Abadi$/i);
    }
  });
});

describe("central entities", () => {
  it("ranks by degree and filters by type", async () => {
    const all = await query("central");
    const degrees = all.map((r) => r.degree as number);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(all.find((r) => r.entity === "Masoud Barzani")!.degree as number).toBeGreaterThan(0);
    const people = await query("central", { type: "person" });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((r) => r.type === "Person")).toBe(true);
  });
});

describe("roles", () => {
  it("lists people by title with where they hold it and the words that say so", async () => {
    const presidents = await query("roles", { role: "president" });
    const erdogan = presidents.find((r) => r.person === "Recep Tayyip Erdogan");
    expect(erdogan).toMatchObject({ role: "President", holdsItIn: "Turkey", inType: "Place" });
    expect((erdogan!.evidence as string[]).join(" ")).toMatch(/President Recep Tayyip Erdogan/);
    expect(presidents.every((r) => /president/i.test(String(r.role)))).toBe(true);
    const inTurkey = await query("roles", { name: "TURKEY" });
    expect(inTurkey.map((r) => r.person)).toContain("Recep Tayyip Erdogan");
  });
});

describe("disagreements and unsourced claims", () => {
  it("pairs a denial with a statement about the same target by another speaker", async () => {
    expect(await query("disagreements", { name: "Vell Dam" })).toEqual([
      expect.objectContaining({ about: "Vell Dam", rejecting: "Mira Tann", rejects: "denies", asserting: "Zed Quorn", asserts: "states" }),
    ]);
    for (const r of await query("disagreements")) {
      expect(["rejects", "denies"]).toContain(r.rejects);
      expect(["states", "demands", "urges", "pledges"]).toContain(r.asserts);
      expect(r.rejecting).not.toEqual(r.asserting);
    }
  });

  it("lists claims without a named source, with the words used for the source", async () => {
    expect(await query("unsourced", { name: "vell dam" })).toEqual([
      expect.objectContaining({ source: "Engineers", predicate: "warns", claim: "Engineers warned the Vell Dam could fail.", about: ["Vell Dam"] }),
    ]);
    const all = await query("unsourced");
    expect(all.some((r) => /official/i.test(String(r.source)))).toBe(true);
    const made = await rows<{ n: number }>(driver, "UNWIND $ids AS id MATCH (:Entity)-[:MADE]->(c:Claim {id: id}) RETURN count(c) AS n", {
      ids: all.map((r) => r.claimId),
    });
    expect(made[0]!.n).toBe(0);
  });
});

describe("mentions", () => {
  it("returns every mention with its offsets and sentence", async () => {
    const mentions = await query("mentions", { name: "Barzani" });
    const [stored] = await rows<{ n: number }>(driver, "MATCH (:Person {name: 'Masoud Barzani'})-[m:MENTIONED_IN]->() RETURN sum(m.count) AS n");
    expect(mentions).toHaveLength(stored!.n);
    const texts = new Map((await rows<{ id: string; text: string }>(driver, "MATCH (d:Document) RETURN d.id AS id, d.text AS text")).map((d) => [d.id, d.text]));
    for (const m of mentions) {
      expect(texts.get(m.documentId as string)!.slice(m.start as number, m.end as number)).toBe(m.mention);
      expect(m.sentence as string).toContain(m.mention as string);
    }
    expect(mentions.some((m) => /immediately ready/.test(m.sentence as string))).toBe(true);
  });
});

describe("places", () => {
  it("lists places with coordinates when known and null otherwise", async () => {
    const places = await query("places");
    expect(places.find((p) => p.place === "Vell Dam")).toMatchObject({ lat: 51.5, lon: -0.12, country: "GB", documents: 1, mentions: 3 });
    expect(places.find((p) => p.place === "Tann Ford")).toMatchObject({ lat: null, lon: null, country: null });
    const [kirkuk] = await rows<{ lat: number | null }>(driver, "MATCH (p:Place {name: 'Kirkuk'}) RETURN p.lat AS lat");
    expect(places.find((p) => p.place === "Kirkuk")).toMatchObject({ lat: kirkuk!.lat, kind: "city" });
    const mentions = places.map((p) => p.mentions as number);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });
});

describe("find", () => {
  it("finds entities by part of a name or alias", async () => {
    expect((await query("find", { text: "ABADI" })).map((r) => r.name)).toEqual([expect.stringMatching(/^Haider al-Abadi$/i)]);
  });
});

describe("kg query on the command line", () => {
  it("prints JSON and CSV", () => {
    const json = kg(["query", "claims", "--param", "name=Barzani", "--json"]);
    expect(json.status, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as Row[]).some((c) => /immediately ready/.test(String(c.quote)))).toBe(true);
    const csv = kg(["query", "roles", "--param", "role=president", "--csv"]);
    expect(csv.status, csv.stderr).toBe(0);
    const [header, ...lines] = csv.stdout.trim().split("\r\n");
    expect(header).toMatch(/^role,person,holdsItIn,/);
    expect(lines.some((l) => /^President,Recep Tayyip Erdogan,Turkey,/.test(l))).toBe(true);
  });

  it.each([
    [["../schema"], /not a query name/],
    [["claims/../../cypher/schema"], /not a query name/],
    [["/etc/passwd"], /not a query name/],
    [["no-such-query"], /no query 'no-such-query'.*claims/],
    [["claims"], /needs --param name=Barzani/],
    [["claims", "--param", "who=Barzani"], /no parameter 'who'/],
    [["timeline", "--param", "from=yesterday"], /ISO date/],
  ])("refuses %j with a message that says what to do", (args, message) => {
    const r = kg(["query", ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it("refuses bad names and parameters with error classes, not just text", async () => {
    await expect(runQuery(driver, "../schema")).rejects.toBeInstanceOf(BadInputError);
    await expect(runQuery(driver, "nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(runQuery(driver, "claims", {})).rejects.toBeInstanceOf(BadInputError);
  });
});

describe("sides: membership, alliance, opposition and place", () => {
  // Read by the real extractor from a text the seeds lack, then stored like any document.
  beforeAll(async () => {
    const text = "Sides\n\nFinland joined the European Union in 1995. Gulbuddin Hekmatyar, a long-time rival of Ahmad Shah Masood, returned to Kabul. Clashes broke out in Basra in southern Iraq on Sunday.\n";
    const document = parseDocument("synthetic/sides.txt", new TextEncoder().encode(text)).document;
    await writeDocumentBatch(driver, [extractDocument(document)]);
  });

  it("lists what a document states X belongs to, opposes or lies in, either way round, with its words", async () => {
    const finland = await query("sides", { name: "finland" });
    expect(finland).toEqual([expect.objectContaining({ source: "Finland", relation: "MEMBER_OF", target: "European Union", words: ["joined"], documents: 1 })]);
    expect((finland[0]!.evidence as string[])[0]).toBe("Finland joined the European Union");
    const masood = await query("sides", { name: "Ahmad Shah Masood", type: "opposes" });
    expect(masood.map((r) => [r.source, r.relation, r.target, r.words])).toEqual([["Gulbuddin Hekmatyar", "OPPOSES", "Ahmad Shah Masood", ["long-time rival"]]]);
    const inIraq = await query("sides", { name: "Iraq", type: "LOCATED_IN" });
    expect(inIraq.map((r) => [r.source, r.target])).toContainEqual(["Basra", "Iraq"]);
    expect(await query("sides", { name: "Iraq", type: "ALLIED_WITH" })).toEqual([]);
  });
});
