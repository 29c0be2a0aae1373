// Reading a static graph file into what the API would answer: the compact form `kg export --format json` writes
// (src/graph/export/compact-graph.ts), or graphology's own JSON (`kg export --format graphology`, exports older than
// the compact form, the viewer's "Export JSON"). Attributes the viewer does not know are dropped, missing ones defaulted.
import { columnReader, compactEdgeKeys, CompactGraphError, isCompactGraph, validateCompactGraph, type CompactGraph } from "../graph/export/compact-graph.ts";
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

/** One attribute of the element being read. */
type Attribute = (name: string) => unknown;

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

function placedNode(key: string, attribute: Attribute, aliases: Map<string, string[]>): PlacedNode {
  const listed = attribute("aliases");
  aliases.set(key, Array.isArray(listed) ? listed.map(String) : []);
  const x = attribute("x");
  const y = attribute("y");
  const node: PlacedNode = {
    id: key,
    type: (text(attribute("type")) ?? "Unknown") as GraphNode["type"],
    name: text(attribute("name")) ?? text(attribute("label")) ?? key,
    kind: text(attribute("kind")),
    mentionCount: count(attribute("mentionCount")),
  };
  // A file laid out already (kg export does it) is drawn as it is, with no layout run in the page. (Assigned, not
  // spread: a spread per element cost a third of reading a 100k-edge file.)
  if (typeof x === "number" && Number.isFinite(x) && typeof y === "number" && Number.isFinite(y)) (node.x = x), (node.y = y);
  return node;
}

function graphEdge(key: string | undefined, source: string, target: string, i: number, attribute: Attribute): GraphEdge {
  const type = text(attribute("type")) ?? "RELATED";
  const claims = attribute("claims");
  const edge: GraphEdge = {
    id: key ?? `${type}:${source}->${target}#${i}`, source, target, type,
    weight: count(attribute("weight")) || 1, label: text(attribute("label")),
  };
  if (Array.isArray(claims)) edge.claims = claims as GraphEdge["claims"];
  return edge;
}

/** The compact form read column by column: one object per node and edge, none per attribute set. */
function readCompact(file: CompactGraph): GraphFile {
  const aliases = new Map<string, string[]>();
  const { nodes, edges } = file;
  const nodeAttribute = columnReader(nodes.attributes);
  const edgeAttribute = columnReader(edges.attributes);
  const edgeKeys = compactEdgeKeys(file);
  return {
    response: {
      nodes: nodes.keys.map((key, i) => placedNode(key, (name) => nodeAttribute(name, i), aliases)),
      edges: edges.source.map((s, i) => graphEdge(edgeKeys[i], nodes.keys[s]!, nodes.keys[edges.target[i]!]!, i, (name) => edgeAttribute(name, i))),
      warnings: [],
    },
    aliases,
  };
}

function readSerialised(data: SerialisedGraph): GraphFile {
  const aliases = new Map<string, string[]>();
  const nodes = data.nodes.map(({ key, attributes = {} }) => placedNode(String(key), (name) => attributes[name], aliases));
  const edges = data.edges.map(({ key, source, target, attributes = {} }, i) => graphEdge(key, String(source), String(target), i, (name) => attributes[name]));
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
