// What a node's size stands for: its degree (links drawn) or its PageRank (how central its neighbours are, too).
import { MultiUndirectedGraph } from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { KnowledgeGraph } from "./graph-data.ts";

export type SizeBy = "degree" | "pagerank";
export const SIZE_BY: readonly SizeBy[] = ["degree", "pagerank"];

/**
 * PageRank over the graph taken as undirected and weighted: co-mention edges have no direction and a claim or a role
 * links both ends, so rank flows both ways. Null when it does not converge (the caller falls back to degree).
 */
export function pageRankScores(graph: KnowledgeGraph): Record<string, number> | null {
  const view = new MultiUndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source !== target) view.addEdge(source, target, { weight: Math.max(Number(attributes.weight) || 1, 1e-6) });
  });
  try {
    return pagerank(view, { getEdgeWeight: "weight", maxIterations: 200 });
  } catch {
    return null;
  }
}
