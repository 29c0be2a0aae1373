// Turns API answers into a graphology graph, keeping the data as the server gave it (plus x, y); later answers
// (expand, path) are merged in, never replacing what is there.
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode } from "../server/api-types.ts";

export type NodeAttributes = GraphNode & { x: number; y: number };
export type EdgeAttributes = GraphEdge;
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** A node that may come with a position (a static graph file laid out already). */
export type PlacedNode = GraphNode & { x?: number; y?: number };

export interface GraphPart {
  nodes: PlacedNode[];
  edges: GraphEdge[];
}

/** True when every node came with a position, so the graph needs no layout. */
export const isPlaced = (part: GraphPart) => part.nodes.length > 0 && part.nodes.every((node) => node.x !== undefined && node.y !== undefined);

export function buildGraph(part: GraphPart): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  mergeIntoGraph(graph, part);
  return graph;
}

/**
 * Adds the nodes and edges the graph lacks; new nodes start on a small circle around `near` (an existing node),
 * so an expansion grows out of the node it came from. Returns the ids of the added nodes.
 */
export function mergeIntoGraph(graph: KnowledgeGraph, part: GraphPart, near?: string): string[] {
  const added = part.nodes.filter((node) => !graph.hasNode(node.id));
  const centre = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  const radius = 5 + Math.sqrt(added.length);
  added.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, added.length);
    graph.addNode(node.id, { ...node, x: node.x ?? centre.x + radius * Math.cos(angle), y: node.y ?? centre.y + radius * Math.sin(angle) });
  });
  for (const edge of part.edges) {
    // Guards against a partial answer: an edge is only kept when both its ends are in the graph.
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
  }
  return added.map((node) => node.id);
}
