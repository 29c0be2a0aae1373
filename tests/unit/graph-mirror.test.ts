// The graph sigma renders beside the edge backdrop: the explorer's nodes, sharing their attribute objects and kept in
// step (added, dropped, moved by the layout), and only the edges the view asks for.
import { describe, expect, it } from "vitest";
import { buildGraph, mergeIntoGraph, type PlacedNode } from "../../src/viewer/graph-data.ts";
import { mirrorNodes } from "../../src/viewer/graph-mirror.ts";
import type { GraphEdge } from "../../src/server/api-types.ts";

const node = (id: string, x = 0): PlacedNode => ({ id, type: "Person", name: id, kind: null, mentionCount: 1, x, y: 0 });
const edge = (id: string, source: string, target: string): GraphEdge => ({ id, source, target, type: "CLAIM", weight: 1, label: null });

describe("mirrorNodes", () => {
  it("holds the explorer's nodes, none of its edges, and follows nodes added, moved and dropped", () => {
    const graph = buildGraph({ nodes: [node("a"), node("b")], edges: [edge("1", "a", "b")] });
    const mirror = mirrorNodes(graph);
    expect([mirror.graph.order, mirror.graph.size]).toEqual([2, 0]);
    expect(mirror.graph.getNodeAttributes("a")).toBe(graph.getNodeAttributes("a"));

    const events: string[] = [];
    mirror.graph.on("eachNodeAttributesUpdated", () => events.push("moved"));
    mergeIntoGraph(graph, { nodes: [node("c", 5)], edges: [edge("2", "c", "a")] });
    expect(mirror.graph.nodes().sort()).toEqual(["a", "b", "c"]);
    // An updater that returns new objects (not the layout's way, but allowed) leaves the mirror pointing at them.
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: attributes.x + 1 }), { attributes: ["x"] });
    expect(mirror.graph.getNodeAttribute("c", "x")).toBe(6);
    expect(events).toEqual(["moved"]);
    graph.dropNode("b");
    expect(mirror.graph.nodes().sort()).toEqual(["a", "c"]);

    mirror.kill();
    graph.addNode("d", { ...node("d"), x: 0, y: 0 });
    expect(mirror.graph.hasNode("d")).toBe(false);
  });

  it("shows exactly the edges asked for, with the explorer's ends and attributes", () => {
    const graph = buildGraph({ nodes: [node("a"), node("b"), node("c")], edges: [edge("1", "a", "b"), edge("2", "b", "c"), edge("3", "c", "a")] });
    const mirror = mirrorNodes(graph);
    mirror.showEdges(["1", "3", "missing"]);
    expect(mirror.graph.edges().sort()).toEqual(["1", "3"]);
    expect([mirror.graph.source("3"), mirror.graph.target("3")]).toEqual(["c", "a"]);
    expect(mirror.graph.getEdgeAttributes("1")).toBe(graph.getEdgeAttributes("1"));
    mirror.showEdges(["2"]);
    expect(mirror.graph.edges()).toEqual(["2"]);
    mirror.showEdges([]);
    expect(mirror.graph.size).toBe(0);
  });
});
