// Turns the /api/graph answer into a graphology graph, keeping the data as the server gave it (plus x, y).
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode, GraphResponse } from "../server/api-types.ts";

export type NodeAttributes = GraphNode & { x: number; y: number };
export type EdgeAttributes = GraphEdge;
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(response: GraphResponse): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (const node of response.nodes) {
    if (!graph.hasNode(node.id)) graph.addNode(node.id, { ...node, x: 0, y: 0 });
  }
  for (const edge of response.edges) {
    // The server only returns edges among the returned nodes; this guards against a partial answer.
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
  }
  return graph;
}
