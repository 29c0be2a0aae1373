// `kg export` against a real Neo4j holding the seeds: every format is written by the CLI and read
// back (GEXF and GraphML with the graphology libraries, compact JSON decoded and graphology JSON with graph.import,
// both by the viewer's static mode too, CSV by hand).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCompactGraph } from "../../src/graph/export/compact-graph.ts";
import { parseExport } from "../../src/viewer/static-source.ts";
import { kg, rows, testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();
const out = mkdtempSync(join(tmpdir(), "kg-export-"));
let entityCount = 0;
let barzaniId = "";
let barzaniMentions = 0;

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\n") record.push(field.replace(/\r$/, "")), records.push(record), (record = []), (field = "");
    else field += c;
  }
  const [header, ...body] = records;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

function exportTo(args: string[]): void {
  const r = kg(["export", ...args]);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/exported \d+ node\(s\) and \d+ edge\(s\)/);
}

beforeAll(async () => {
  await wipeDatabase(driver);
  const r = kg(["ingest", "data/seeds"]);
  expect(r.status, r.stderr).toBe(0);
  entityCount = (await rows<{ n: number }>(driver, "MATCH (e:Entity) RETURN count(e) AS n"))[0]!.n;
  const [barzani] = await rows<{ id: string; n: number }>(driver, "MATCH (p:Person {name: 'Masoud Barzani'}) RETURN p.id AS id, p.mentionCount AS n");
  barzaniId = barzani!.id;
  barzaniMentions = barzani!.n;
});
afterAll(async () => {
  await driver.close();
});

function expectBarzani(graph: MultiDirectedGraph) {
  expect(graph.order).toBe(entityCount);
  const barzani = graph.getNodeAttributes(barzaniId);
  expect(barzani).toMatchObject({ type: "Person", name: "Masoud Barzani", label: "Masoud Barzani" });
  const roles = graph.outEdges(barzaniId).filter((e) => graph.getEdgeAttribute(e, "type") === "ROLE");
  expect(roles.length).toBeGreaterThan(0);
  expect(graph.getEdgeAttribute(roles[0]!, "label")).toBe("President");
  return barzani;
}

describe("kg export", () => {
  it("writes the compact JSON, which decodes to the graph graph.import() reads and the viewer opens", () => {
    const file = join(out, "graph.json");
    exportTo(["--format", "json", "--out", file]);
    const data = JSON.parse(readFileSync(file, "utf8"));
    expect(data).toMatchObject({ format: "kg-compact-graph", version: 1, edges: { keys: "type:source->target" } });
    expect(data.nodes.keys).toHaveLength(entityCount);
    const graph = new MultiDirectedGraph();
    graph.import(decodeCompactGraph(data));
    expect(expectBarzani(graph)).toMatchObject({ aliases: ["Barzani"], kind: null, mentionCount: barzaniMentions });
    expect(typeof graph.getNodeAttribute(barzaniId, "x")).toBe("number");
    const types = new Set(graph.mapEdges((_e, a) => a.type));
    expect(types).toContain("CLAIM");
    // The viewer's static mode (?graph=FILE) reads the same file.
    const { response, aliases } = parseExport(data);
    expect(response.nodes.find((n) => n.id === barzaniId)).toMatchObject({ type: "Person", name: "Masoud Barzani", mentionCount: barzaniMentions });
    expect(aliases.get(barzaniId)).toEqual(["Barzani"]);
    expect(response.edges.some((e) => e.source === barzaniId && e.type === "ROLE" && e.label === "President")).toBe(true);
    // Claim edges list their claims' predicates and dates, so the static viewer's claim filters have them.
    const claimEdges = response.edges.filter((e) => e.type === "CLAIM");
    expect(claimEdges.length).toBeGreaterThan(0);
    for (const edge of claimEdges) {
      expect(edge.claims).toHaveLength(edge.weight);
      for (const claim of edge.claims!) expect(claim.predicate).toMatch(/^[a-z]+$/);
    }
    expect(claimEdges.some((e) => e.claims!.some((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.date ?? "")))).toBe(true);
  });

  it("writes graphology's own serialised JSON with --format graphology, the same graph as the compact file", () => {
    const file = join(out, "graph.graphology.json");
    exportTo(["--format", "graphology", "--out", file]);
    const data = JSON.parse(readFileSync(file, "utf8"));
    expect(Object.keys(data).sort()).toEqual(["attributes", "edges", "nodes", "options"]);
    const graph = new MultiDirectedGraph();
    graph.import(data);
    expectBarzani(graph);
    // Two exports: Neo4j may return the edges in another order, so they are compared by key.
    const compact = decodeCompactGraph(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")));
    const byKey = (items: { key?: string }[]) => [...items].sort((a, b) => String(a.key).localeCompare(String(b.key)));
    expect(byKey(compact.nodes)).toEqual(byKey(data.nodes));
    expect(byKey(compact.edges)).toEqual(byKey(data.edges));
  });

  it("writes GEXF that graphology-gexf parses back, aliases included", () => {
    const file = join(out, "graph.gexf");
    exportTo(["--out", file]); // the format comes from the extension
    const graph = gexf.parse(MultiDirectedGraph, readFileSync(file, "utf8"));
    expect(expectBarzani(graph).aliases).toEqual(["Barzani"]);
  });

  it("writes GraphML that graphology-graphml parses back", () => {
    const file = join(out, "graph.graphml");
    exportTo(["--format", "graphml", "--out", file]);
    const graph = graphml.parse(MultiDirectedGraph, readFileSync(file, "utf8"));
    expect(expectBarzani(graph)).toMatchObject({ aliases: "Barzani", mentionCount: barzaniMentions });
  });

  it("writes nodes.csv and edges.csv into a folder, in Gephi's column names", () => {
    const dir = join(out, "csv") + "/";
    exportTo(["--format", "csv", "--out", dir]);
    const nodes = parseCsv(readFileSync(join(dir, "nodes.csv"), "utf8"));
    const edges = parseCsv(readFileSync(join(dir, "edges.csv"), "utf8"));
    expect(nodes).toHaveLength(entityCount);
    expect(nodes.find((n) => n.Id === barzaniId)).toMatchObject({ Label: "Masoud Barzani", type: "Person", aliases: "Barzani" });
    expect(edges.find((e) => e.Source === barzaniId && e.relation === "ROLE")).toMatchObject({ Label: "President", Weight: "1" });
  });

  it("writes CSV with a prefix, and refuses CSV without --out", () => {
    exportTo(["--format", "csv", "--out", join(out, "seeds")]);
    expect(parseCsv(readFileSync(join(out, "seeds-nodes.csv"), "utf8"))).toHaveLength(entityCount);
    const r = kg(["export", "--format", "csv"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--out FOLDER\/ or --out PREFIX/);
  });

  it("the full shape has documents, claims and every stored relationship", async () => {
    const file = join(out, "full.json");
    exportTo(["--shape", "full", "--out", file]);
    const graph = new MultiDirectedGraph();
    graph.import(decodeCompactGraph(JSON.parse(readFileSync(file, "utf8"))));
    const [counts] = await rows<{ nodes: number; rels: number }>(
      driver,
      `CALL () { MATCH (n) WHERE n:Entity OR n:Claim OR n:Document RETURN count(n) AS nodes }
       CALL () { MATCH (a)-[r]->(b) WHERE NOT a:SchemaVersion RETURN count(r) AS rels }
       RETURN nodes, rels`,
    );
    expect(graph.order).toBe(counts!.nodes);
    expect(graph.size).toBe(counts!.rels);
    const types = new Set(graph.mapNodes((_n, a) => a.type));
    expect([...types].sort()).toEqual(["Claim", "Document", "Group", "Person", "Place"]);
    expect(graph.mapNodes((_n, a) => a).some((a) => a.type === "Document" && "text" in a)).toBe(false);
    const quote = graph.mapNodes((_n, a) => a).find((a) => /immediately ready to engage/.test(String(a.quote)));
    expect(quote).toMatchObject({ type: "Claim", predicate: "states" });
  });

  it("exports only what a pack query returns", () => {
    const file = join(out, "together.json");
    exportTo(["--query", "together", "--param", "a=Barzani", "--param", "b=Baghdad", "--shape", "full", "--out", file]);
    const graph = new MultiDirectedGraph();
    graph.import(decodeCompactGraph(JSON.parse(readFileSync(file, "utf8"))));
    const names = graph.mapNodes((_n, a) => (a.type === "Document" ? "Document" : a.name)).sort();
    expect(names).toEqual(["Baghdad", "Document", "Document", "Masoud Barzani"]);
    expect(new Set(graph.mapEdges((_e, a) => a.type))).toEqual(new Set(["MENTIONED_IN"]));
  });
});
