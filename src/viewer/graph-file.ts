// Reading a static graph file into what the API would answer: the compact form `kg export --format json` writes
// (src/graph/export/compact-graph.ts), or graphology's own JSON (`kg export --format graphology`, exports older than
// the compact form, the viewer's "Export JSON"). Attributes the viewer does not know are dropped, missing ones defaulted.
import { columnValues, compactEdgeKeys, CompactGraphError, isCompactGraph, validateCompactGraph, type CompactGraph } from "../graph/export/compact-graph.ts";
import type { GraphEdge, GraphNode, GraphResponse } from "../server/api-types.ts";
import { ApiError } from "./api.ts";
import type { PlacedNode } from "./graph-data.ts";

export interface GraphFile {
  response: GraphResponse;
  aliases: Map<string, string[]>;
}

interface SerialisedGraph {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** The attributes the viewer reads, as the file has them (undefined where absent). */
interface NodeFields {
  type?: unknown;
  name?: unknown;
  label?: unknown;
  kind?: unknown;
  mentionCount?: unknown;
  aliases?: unknown;
  x?: unknown;
  y?: unknown;
}
interface EdgeFields {
  type?: unknown;
  weight?: unknown;
  label?: unknown;
  claims?: unknown;
}

function placedNode(key: string, f: NodeFields, aliases: Map<string, string[]>): PlacedNode {
  aliases.set(key, Array.isArray(f.aliases) ? f.aliases.map(String) : []);
  const node: PlacedNode = {
    id: key,
    type: (text(f.type) ?? "Unknown") as GraphNode["type"],
    name: text(f.name) ?? text(f.label) ?? key,
    kind: text(f.kind),
    mentionCount: count(f.mentionCount),
  };
  // A file laid out already (kg export does it) is drawn as it is, with no layout run in the page. (Assigned, not
  // spread: a spread per element cost a third of reading a 100k-edge file.)
  const { x, y } = f;
  if (typeof x === "number" && Number.isFinite(x) && typeof y === "number" && Number.isFinite(y)) (node.x = x), (node.y = y);
  return node;
}

function graphEdge(key: string | undefined, source: string, target: string, i: number, f: EdgeFields): GraphEdge {
  const type = text(f.type) ?? "RELATED";
  const edge: GraphEdge = { id: key ?? `${type}:${source}->${target}#${i}`, source, target, type, weight: count(f.weight) || 1, label: text(f.label) };
  if (Array.isArray(f.claims)) edge.claims = f.claims as GraphEdge["claims"];
  return edge;
}

/** The compact form read column by column: one object per node and edge, none per attribute set. */
function readCompact(file: CompactGraph): GraphFile {
  const aliases = new Map<string, string[]>();
  const { nodes, edges } = file;
  const n = (name: string) => columnValues(nodes.attributes[name], nodes.count);
  const [type, name, label, kind, mentionCount, aliasLists, x, y] = ["type", "name", "label", "kind", "mentionCount", "aliases", "x", "y"].map(n);
  const placed = nodes.keys.map((key, i) =>
    placedNode(key, { type: type![i], name: name![i], label: label![i], kind: kind![i], mentionCount: mentionCount![i], aliases: aliasLists![i], x: x![i], y: y![i] }, aliases),
  );
  const e = (name: string) => columnValues(edges.attributes[name], edges.count);
  const [edgeType, weight, edgeLabel, claims] = ["type", "weight", "label", "claims"].map(e);
  const keys = compactEdgeKeys(file);
  const links = edges.source.map((s, i) =>
    graphEdge(keys[i], nodes.keys[s]!, nodes.keys[edges.target[i]!]!, i, { type: edgeType![i], weight: weight![i], label: edgeLabel![i], claims: claims![i] }),
  );
  return { response: { nodes: placed, edges: links, warnings: [] }, aliases };
}

function readSerialised(data: SerialisedGraph): GraphFile {
  const aliases = new Map<string, string[]>();
  const nodes = data.nodes.map(({ key, attributes = {} }) => placedNode(String(key), attributes, aliases));
  const edges = data.edges.map(({ key, source, target, attributes = {} }, i) => graphEdge(key, String(source), String(target), i, attributes));
  return { response: { nodes, edges, warnings: [] }, aliases };
}

/** A parsed graph file of either form; a damaged or unknown file is an ApiError("bad_graph_file"). */
export function parseExport(json: unknown): GraphFile {
  if (isCompactGraph(json)) {
    try {
      return readCompact(validateCompactGraph(json));
    } catch (error) {
      if (error instanceof CompactGraphError) throw new ApiError(0, "bad_graph_file", `the graph file is damaged: ${error.message}`);
      throw error;
    }
  }
  const data = json as Partial<SerialisedGraph> | null;
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new ApiError(0, "bad_graph_file", "the graph file is neither a kg export nor a graphology JSON export (it needs nodes and edges arrays)");
  }
  return readSerialised(data as SerialisedGraph);
}
