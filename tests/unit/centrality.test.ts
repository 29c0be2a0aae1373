import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { pageRankScores } from "../../src/viewer/centrality.ts";
import type { KnowledgeGraph } from "../../src/viewer/graph-data.ts";

describe("pageRankScores", () => {
  it("ranks the hub first and lets rank flow both ways along an edge", () => {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    for (const id of ["hub", "a", "b", "c", "leaf"]) graph.addNode(id, {} as never);
    // Edges point away from the hub (speaker -> about): taken as directed, the hub would rank lowest.
    for (const id of ["a", "b", "c"]) graph.addEdge("hub", id, { weight: 1 } as never);
    graph.addEdge("c", "leaf", { weight: 1 } as never);
    const scores = pageRankScores(graph)!;
    expect(Object.values(scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Object.entries(scores).sort((x, y) => y[1] - x[1])[0]![0]).toBe("hub");
    expect(scores.c).toBeGreaterThan(scores.a!);
    expect(scores.leaf).toBeGreaterThan(0);
  });
});
