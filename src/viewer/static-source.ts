// Static mode: a graphology JSON export (`kg export --format json`, or the viewer's own "Export JSON") stands in
// for the API. Search, the panel and paths work from the file alone; there are no documents to open.
import type { GraphEdge, GraphNode, GraphResponse, NodeResponse, PathResponse, RelationView } from "../server/api-types.ts";
import { ApiError } from "./api.ts";
import type { DataSource } from "./data-source.ts";
import type { PlacedNode } from "./graph-data.ts";

interface ExportedGraph {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** Accepts graphology's serialised form; attributes the viewer does not know are dropped, missing ones defaulted. */
export function parseExport(json: unknown): { response: GraphResponse; aliases: Map<string, string[]> } {
  const data = json as Partial<ExportedGraph> | null;
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new ApiError(0, "bad_graph_file", "the graph file is not a graphology JSON export (it needs nodes and edges arrays)");
  }
  const aliases = new Map<string, string[]>();
  const nodes: PlacedNode[] = data.nodes.map(({ key, attributes = {} }) => {
    aliases.set(String(key), Array.isArray(attributes.aliases) ? attributes.aliases.map(String) : []);
    const { x, y } = attributes;
    return {
      id: String(key),
      type: (text(attributes.type) ?? "Unknown") as GraphNode["type"],
      name: text(attributes.name) ?? text(attributes.label) ?? String(key),
      kind: text(attributes.kind),
      mentionCount: count(attributes.mentionCount),
      // A file laid out already (kg export does it) is drawn as it is, with no layout run in the page.
      ...(typeof x === "number" && Number.isFinite(x) && typeof y === "number" && Number.isFinite(y) ? { x, y } : {}),
    };
  });
  const edges: GraphEdge[] = data.edges.map(({ key, source, target, attributes = {} }, i) => {
    const type = text(attributes.type) ?? "RELATED";
    return {
      id: key ?? `${type}:${source}->${target}#${i}`, source: String(source), target: String(target), type,
      weight: count(attributes.weight) || 1, label: text(attributes.label),
      ...(Array.isArray(attributes.claims) ? { claims: attributes.claims as GraphEdge["claims"] } : {}),
    };
  });
  return { response: { nodes, edges, warnings: [] }, aliases };
}

export async function createStaticSource(url: string): Promise<DataSource> {
  const answer = await fetch(url, { headers: { Accept: "application/json" } });
  if (!answer.ok) throw new ApiError(answer.status, "http_error", `${url}: HTTP ${answer.status}`);
  const { response, aliases } = parseExport(await answer.json());
  const byId = new Map(response.nodes.map((n) => [n.id, n]));
  const notFound = (id: string) => new ApiError(404, "not_found", `no entity with id '${id}' in the graph file`);

  return {
    isStatic: true,
    graph: async () => response,
    async search(query, limit) {
      const wanted = query.toLowerCase();
      const results = response.nodes
        .filter((n) => n.name.toLowerCase().includes(wanted) || aliases.get(n.id)?.some((a) => a.toLowerCase().includes(wanted)))
        .map((n) => ({ id: n.id, name: n.name, type: n.type, kind: n.kind, score: n.name.toLowerCase().startsWith(wanted) ? 2 : 1 }))
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
      return { results: results.slice(0, limit) };
    },
    async node(id): Promise<NodeResponse> {
      const node = byId.get(id);
      if (!node) throw notFound(id);
      const relations: RelationView[] = response.edges
        .filter((e) => e.type !== "CO_MENTION" && (e.source === id || e.target === id))
        .map((e) => {
          const otherId = e.source === id ? e.target : e.source;
          return { type: e.type, label: e.label, direction: e.source === id ? "out" : "in", otherId, otherName: byId.get(otherId)?.name ?? otherId };
        });
      return { node: { ...node, aliases: aliases.get(id) ?? [] }, documents: [], claimsMade: [], claimsAbout: [], relations, totals: { documents: 0, claimsMade: 0, claimsAbout: 0 } };
    },
    async document() {
      throw new ApiError(404, "not_found", "documents are not part of a static graph file");
    },
    // The file is the whole graph: everything is loaded already.
    neighbours: async (id) => ({ center: id, nodes: byId.has(id) ? [byId.get(id)!] : [], edges: [], warnings: [] }),
    path: async (from, to) => breadthFirstPath(response, from, to),
  };
}

/** Shortest path by breadth-first search over relations and claims (co-mentions left out, as in the API). */
function breadthFirstPath(graph: GraphResponse, from: string, to: string): PathResponse {
  const links = new Map<string, { edge: GraphEdge; other: string }[]>();
  for (const edge of graph.edges) {
    if (edge.type === "CO_MENTION") continue;
    for (const [a, b] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      links.set(a, [...(links.get(a) ?? []), { edge, other: b }]);
    }
  }
  const cameFrom = new Map<string, { node: string; edge: GraphEdge } | null>([[from, null]]);
  const queue = [from];
  while (queue.length && !cameFrom.has(to)) {
    const node = queue.shift()!;
    for (const { edge, other } of links.get(node) ?? []) {
      if (cameFrom.has(other)) continue;
      cameFrom.set(other, { node, edge });
      queue.push(other);
    }
  }
  if (!cameFrom.has(to) || from === to) return { found: false, nodes: [], edges: [] };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let at: string | undefined = to; at !== undefined; ) {
    nodes.unshift(byId.get(at)!);
    const step = cameFrom.get(at);
    if (step) edges.unshift(step.edge);
    at = step?.node;
  }
  return { found: true, nodes, edges };
}
