// The graph sigma renders when the edge backdrop draws most edges (edge-backdrop.ts): the explorer's nodes, sharing
// their attribute objects, kept in step as nodes are added, dropped or moved (the layout worker), and only the edges
// the view chooses to show through sigma.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "./graph-data.ts";

export interface GraphMirror {
  graph: KnowledgeGraph;
  /** Makes the mirror's edges exactly `wanted` (keys of the explorer graph's edges); the rest are dropped. */
  showEdges(wanted: Iterable<string>): void;
  kill(): void;
}

export function mirrorNodes(source: KnowledgeGraph): GraphMirror {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  source.forEachNode((node, attributes) => graph.addNode(node, attributes));

  // Node events of the explorer graph, replayed on the mirror (whose listener is sigma). Attributes are re-pointed
  // rather than copied: an updater may have returned new objects.
  const listeners = {
    nodeAdded: ({ key, attributes }: { key: string; attributes: NodeAttributes }) => {
      if (!graph.hasNode(key)) graph.addNode(key, attributes);
    },
    nodeDropped: ({ key }: { key: string }) => {
      if (graph.hasNode(key)) graph.dropNode(key);
    },
    nodeAttributesUpdated: ({ key }: { key: string }) => {
      if (graph.hasNode(key)) graph.replaceNodeAttributes(key, source.getNodeAttributes(key));
    },
    eachNodeAttributesUpdated: ({ hints }: { hints?: { attributes?: (keyof NodeAttributes)[] } }) => {
      graph.updateEachNodeAttributes((node) => source.getNodeAttributes(node), hints?.attributes ? { attributes: hints.attributes } : undefined);
    },
  };
  for (const [event, listener] of Object.entries(listeners)) source.on(event as "nodeAdded", listener as never);

  return {
    graph,
    showEdges(wanted) {
      const keep = new Set(wanted);
      for (const edge of graph.edges()) if (!keep.has(edge)) graph.dropEdge(edge);
      for (const edge of keep) {
        if (graph.hasEdge(edge) || !source.hasEdge(edge)) continue;
        const attributes: EdgeAttributes = source.getEdgeAttributes(edge);
        graph.addDirectedEdgeWithKey(edge, source.source(edge), source.target(edge), attributes);
      }
    },
    kill() {
      for (const [event, listener] of Object.entries(listeners)) source.removeListener(event as "nodeAdded", listener as never);
    },
  };
}
