// Building the viewer's graph: partial answers (an edge whose end is missing, an edge given twice) are skipped, and
// a large part (where the adjacency is prepared as hash tables) gives the same graph.
import { describe, expect, it } from "vitest";
import { buildGraph, mergeIntoGraph, type PlacedNode } from "../../src/viewer/graph-data.ts";
import type { GraphEdge } from "../../src/server/api-types.ts";

const node = (id: string): PlacedNode => ({ id, type: "Person", name: id, kind: null, mentionCount: 1, x: 0, y: 0 });
const edge = (id: string, source: string, target: string): GraphEdge => ({ id, source, target, type: "CLAIM", weight: 1, label: null });

describe("buildGraph and mergeIntoGraph", () => {
  it("skip edges with a missing end or a key already there", () => {
    const graph = buildGraph({ nodes: [node("a"), node("b")], edges: [edge("1", "a", "b"), edge("1", "b", "a"), edge("2", "a", "missing")] });
    expect([graph.order, graph.size, graph.source("1")]).toEqual([2, 1, "a"]);
    expect(mergeIntoGraph(graph, { nodes: [node("a"), node("c")], edges: [edge("3", "c", "a"), edge("1", "c", "b")] })).toEqual(["c"]);
    expect(graph.edges().sort()).toEqual(["1", "3"]);
  });

  it("builds a large part with every edge and its neighbours", () => {
    const nodes = Array.from({ length: 50 }, (_, i) => node(`n${i}`));
    const edges = Array.from({ length: 3000 }, (_, i) => edge(`e${i}`, `n${i % 50}`, `n${(i * 7 + 1) % 50}`));
    const graph = buildGraph({ nodes, edges });
    expect(graph.size).toBe(3000);
    expect(graph.outNeighbors("n0").sort()).toEqual([...new Set(edges.filter((e) => e.source === "n0").map((e) => e.target))].sort());
    expect(Object.keys((graph as unknown as { _nodes: Map<string, { out: object }> })._nodes.get("n0")!.out).every((k) => k.startsWith("n"))).toBe(true);
  });
});
