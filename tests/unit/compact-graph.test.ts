// The compact graph file (kg export --format json): decode(encode(g)) is g for every kind of attribute, and the
// viewer reads the compact and the graphology form of one graph alike; damaged files are refused with a reason.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { decodeCompactGraph, DERIVED_EDGE_KEYS, encodeCompactGraph, validateCompactGraph } from "../../src/graph/export/compact-graph.ts";
import { parseExport } from "../../src/viewer/graph-file.ts";
import { generateGraph } from "../../scripts/bench-viewer-graphs.ts";

/** Attributes of every kind: repeated and unique strings, numbers, null, lists, objects, some left out. */
function sampleGraph(): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  graph.addNode("p1", { id: "p1", type: "Person", name: "Masoud Barzani", aliases: ["Barzani"], kind: null, mentionCount: 3, x: 1.25, y: -2.5 });
  graph.addNode("g1", { id: "g1", type: "Group", name: "KDP", aliases: [], kind: "party", mentionCount: 1, x: 0.1, y: 7 });
  graph.addNode("pl1", { id: "pl1", type: "Place", name: "Erbil", aliases: [], mentionCount: 2, geonamesId: 95446, lat: 36.19, lon: 44.01, x: -3, y: 0 });
  graph.addNode("bare");
  graph.addDirectedEdgeWithKey("ROLE:p1->g1", "p1", "g1", { type: "ROLE", weight: 1, label: "President" });
  graph.addDirectedEdgeWithKey("CLAIM:p1->pl1", "p1", "pl1", { type: "CLAIM", weight: 2, label: "states", claims: [{ predicate: "states", date: "2005-01-02" }] });
  graph.addDirectedEdgeWithKey("CLAIM:g1->p1", "g1", "p1", { type: "CLAIM", weight: 1, label: null });
  graph.addDirectedEdgeWithKey("CLAIM:p1->p1", "p1", "p1", { type: "CLAIM", weight: 1, label: "warns", extra: { nested: [1, "two"] } });
  return graph;
}

describe("the compact graph file", () => {
  it("decodes to the graph it encoded (graphology's serialised form, key for key)", () => {
    const graph = sampleGraph();
    const file = encodeCompactGraph(graph.export());
    expect(file.edges.keys).toBe(DERIVED_EDGE_KEYS);
    const decoded = decodeCompactGraph(JSON.parse(JSON.stringify(file)));
    expect(decoded).toEqual(graph.export());
    const again = new MultiDirectedGraph();
    again.import(decoded);
    expect(again.export()).toEqual(graph.export());
  });

  it("keeps edge keys that are not derived from type and ends", () => {
    const graph = sampleGraph();
    graph.addDirectedEdgeWithKey("MENTIONED_IN:p1->g1@doc1:0-7", "p1", "g1", { type: "MENTIONED_IN" });
    const file = encodeCompactGraph(graph.export());
    expect(Array.isArray(file.edges.keys)).toBe(true);
    expect(decodeCompactGraph(JSON.parse(JSON.stringify(file)))).toEqual(graph.export());
  });

  it("dictionary-codes repeated values and stores each edge end as a node index", () => {
    const file = encodeCompactGraph(generateGraph({ nodes: 200, edges: 2000, seed: 7 }) as never);
    expect(file.edges.attributes.type).toHaveProperty("dictionary");
    expect(file.nodes.attributes.x).toHaveProperty("values");
    expect(file.edges.source.every((i) => Number.isInteger(i) && i < 200)).toBe(true);
  });

  it("gives the viewer the same graph from the compact and the graphology form", () => {
    const graph = sampleGraph();
    const fromCompact = parseExport(JSON.parse(JSON.stringify(encodeCompactGraph(graph.export()))));
    const fromGraphology = parseExport(JSON.parse(JSON.stringify(graph.export())));
    expect(fromCompact).toEqual(fromGraphology);
    expect(fromCompact.response.edges.find((e) => e.id === "CLAIM:p1->pl1")).toMatchObject({ weight: 2, claims: [{ predicate: "states", date: "2005-01-02" }] });
    expect(fromCompact.aliases.get("p1")).toEqual(["Barzani"]);
  });

  it("refuses a damaged file and says what is wrong", () => {
    const good = () => JSON.parse(JSON.stringify(encodeCompactGraph(sampleGraph().export())));
    const outOfRange = good();
    outOfRange.edges.target[1] = 99;
    expect(() => validateCompactGraph(outOfRange)).toThrow(/edges\.target\[1\] is 99/);
    const short = good();
    short.edges.attributes.weight.codes.pop();
    expect(() => validateCompactGraph(short)).toThrow(/edges\.attributes\.weight\.codes has 3 entries, not 4/);
    const newer = { ...good(), version: 2 };
    expect(() => validateCompactGraph(newer)).toThrow(/version 2 is not supported/);
    const noNodes = { ...good(), nodes: undefined };
    expect(() => validateCompactGraph(noNodes)).toThrow(/not a compact graph file: nodes/);
    expect(() => parseExport(outOfRange)).toThrow(/the graph file is damaged/);
  });
});
