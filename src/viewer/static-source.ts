// Static mode: a graph file (either form graph-file.ts reads) stands in for the API. Search, the panel and paths
// work from the file alone; there are no documents to open.
import type { GraphEdge, GraphNode, GraphResponse, NodeResponse, PathResponse, RelationView } from "../server/api-types.ts";
import { ApiError } from "./api.ts";
import type { DataSource } from "./data-source.ts";
import { parseExport } from "./graph-file.ts";

export { parseExport } from "./graph-file.ts";

/** The file as public/prefetch-graph.js reads it: the JSON when the HTTP status is a success. */
interface FileRead {
  status: number;
  json?: unknown;
}
declare global {
  interface Window {
    kgGraphFile?: { url: string; read: Promise<FileRead> };
  }
}

/** The graph file's JSON: the read prefetch-graph.js started before this module loaded, or a fetch of its own. */
async function readGraphFile(url: string): Promise<unknown> {
  const started = window.kgGraphFile;
  const read: FileRead =
    started?.url === url
      ? await started.read
      : await fetch(url, { headers: { Accept: "application/json" } }).then(async (answer) => ({ status: answer.status, json: answer.ok ? await answer.json() : undefined }));
  if (read.status < 200 || read.status > 299) throw new ApiError(read.status, "http_error", `${url}: HTTP ${read.status}`);
  return read.json;
}

export async function createStaticSource(url: string): Promise<DataSource> {
  const { response, aliases } = parseExport(await readGraphFile(url));
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
