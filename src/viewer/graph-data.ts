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
  if (part.edges.length > 1000) adjacencyAsDictionaries(graph, added.map((node) => node.id));
  for (const edge of part.edges) {
    // Guards against a partial answer: an edge is only kept when both its ends are in the graph, and only once.
    // Graphology checks both itself (and throws); checking first as well cost a third of a large build.
    try {
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
    } catch (error) {
      if (!(error instanceof Error && /^(NotFound|Usage)GraphError$/.test(error.name))) throw error;
    }
  }
  return added.map((node) => node.id);
}

/**
 * Graphology keeps each node's neighbours in plain objects keyed by neighbour id ({in, out}); every new key gives
 * such an object a new V8 hidden class, which made adding 100k edges cost ~1 s. Deleting a property that is not
 * the last one added turns an object into a hash table at once: the same edges then take half the time.
 */
function adjacencyAsDictionaries(graph: KnowledgeGraph, nodes: string[]): void {
  // Graphology's internal node table; a version without it is simply left as it is.
  const table = (graph as unknown as { _nodes?: Map<string, { in?: object; out?: object }> })._nodes;
  if (!(table instanceof Map)) return;
  for (const node of nodes) {
    const data = table.get(node);
    for (const adjacency of [data?.in, data?.out] as Record<string, unknown>[]) {
      if (!adjacency || Object.keys(adjacency).length > 0) continue;
      // Added in this order and the first deleted first: deleting the last one added would only undo its addition.
      adjacency["\0a"] = 0;
      adjacency["\0b"] = 0;
      delete adjacency["\0a"];
      delete adjacency["\0b"];
    }
  }
}
