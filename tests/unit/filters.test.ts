// The viewer's claim filters: a date range keeps a claim dated to a month or a year ("last month") that overlaps it.
import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../src/server/api-types.ts";
import { computeVisibility, defaultFilters } from "../../src/viewer/filters.ts";
import { buildGraph, type PlacedNode } from "../../src/viewer/graph-data.ts";

const node = (id: string): PlacedNode => ({ id, type: "Person", name: id, kind: null, mentionCount: 1, x: 0, y: 0 });
const claimEdge = (id: string, date: string | null): GraphEdge =>
  ({ id, source: "a", target: "b", type: "CLAIM", weight: 1, label: null, claims: [{ predicate: "states", date }] }) as GraphEdge;

describe("computeVisibility: claim dates", () => {
  const graph = buildGraph({
    nodes: [node("a"), node("b")],
    edges: [claimEdge("day", "2017-09-03"), claimEdge("month", "2017-09"), claimEdge("year", "2016"), claimEdge("undated", null)],
  });
  const shown = (dateFrom: string, dateTo: string) => {
    const hidden = computeVisibility(graph, { ...defaultFilters(), dateFrom, dateTo }).hiddenEdges;
    return graph.edges().filter((e) => !hidden.has(e));
  };

  it("keeps a month or a year that overlaps the range, and no undated claim", () => {
    expect(shown("2017-09-10", "2017-09-30")).toEqual(["month"]);
    expect(shown("2017-09-01", "2017-09-05")).toEqual(["day", "month"]);
    expect(shown("2016-06-01", "2016-06-30")).toEqual(["year"]);
    expect(shown("2017-10-01", "")).toEqual([]);
  });
});
