// The compact graph file (`kg export --format json`, what the viewer's static mode opens fastest): graphology's
// serialised graph turned into columns. Edges are a source and a target column of node indices; every attribute is
// one column, dictionary-coded when its values repeat (types, labels, weights), so a 100k-edge file is a few MB of
// integers instead of 100k objects with string keys. Shared by the exporter (Node) and the viewer (browser).
import type { Attributes, SerializedGraph } from "graphology-types";
import * as z from "zod/mini";

export const COMPACT_GRAPH_FORMAT = "kg-compact-graph";
export const COMPACT_GRAPH_VERSION = 1;
/** An edge key that is `${type}:${source}->${target}` (what `kg export` gives edges) is left out of the file. */
export const DERIVED_EDGE_KEYS = "type:source->target";

/** One attribute over all nodes (or edges), in their order. */
export type CompactColumn =
  /** One value per element; `absent` lists the elements without the attribute (their value is null). */
  | { values: unknown[]; absent?: number[] }
  /** Distinct values once, and per element the index of its value; -1 for an element without the attribute. */
  | { dictionary: unknown[]; codes: number[] };

export interface CompactGraph {
  format: typeof COMPACT_GRAPH_FORMAT;
  version: typeof COMPACT_GRAPH_VERSION;
  attributes: Attributes;
  options: SerializedGraph["options"];
  nodes: { count: number; keys: string[]; attributes: Record<string, CompactColumn> };
  edges: {
    count: number;
    keys: string[] | typeof DERIVED_EDGE_KEYS;
    /** Indices into nodes.keys. */
    source: number[];
    target: number[];
    attributes: Record<string, CompactColumn>;
  };
}

export class CompactGraphError extends Error {
  override name = "CompactGraphError";
}

/** True for a file in the compact form (of any version); anything else is taken for graphology's own JSON. */
export const isCompactGraph = (json: unknown): boolean =>
  typeof json === "object" && json !== null && (json as { format?: unknown }).format === COMPACT_GRAPH_FORMAT;

// ---- encoding ----

/** Dictionary-coded when at most half the present values are distinct: repeated strings then cost one integer. */
function encodeColumn(elements: (Attributes | undefined)[], name: string): CompactColumn {
  const primitives = new Map<unknown, number>();
  const objects = new Map<string, number>();
  const dictionary: unknown[] = [];
  const codes: number[] = new Array(elements.length);
  let present = 0;
  elements.forEach((attributes, i) => {
    if (!attributes || !Object.hasOwn(attributes, name)) return void (codes[i] = -1);
    present++;
    const value = attributes[name];
    const table = value !== null && typeof value === "object" ? objects : primitives;
    const id = table === objects ? JSON.stringify(value) : value;
    let code = (table as Map<unknown, number>).get(id);
    if (code === undefined) {
      code = dictionary.push(value) - 1;
      (table as Map<unknown, number>).set(id, code);
    }
    codes[i] = code;
  });
  if (dictionary.length * 2 <= present) return { dictionary, codes };
  const absent = codes.flatMap((code, i) => (code === -1 ? [i] : []));
  const values = codes.map((code) => (code === -1 ? null : dictionary[code]));
  return absent.length ? { values, absent } : { values };
}

function encodeColumns(elements: (Attributes | undefined)[]): Record<string, CompactColumn> {
  const names = new Set<string>();
  for (const attributes of elements) for (const name in attributes) names.add(name);
  return Object.fromEntries([...names].map((name) => [name, encodeColumn(elements, name)]));
}

// Joined, not a template literal: a template gives V8 a rope (cons string), which costs flattening and ~3× the
// time once graphology and sigma use 100k of them as Map and object keys.
const derivedEdgeKey = (type: unknown, source: string, target: string) => [String(type), ":", source, "->", target].join("");

/** Graphology's serialised graph (graph.export()) in the compact form; lossless for JSON-safe attributes. */
export function encodeCompactGraph(graph: SerializedGraph): CompactGraph {
  const nodeIndex = new Map(graph.nodes.map((node, i) => [node.key, i]));
  const indexOf = (key: string) => {
    const index = nodeIndex.get(key);
    if (index === undefined) throw new CompactGraphError(`edge end '${key}' is not a node of the graph`);
    return index;
  };
  const keysDerived = graph.edges.every((e) => typeof e.attributes?.type === "string" && e.key === derivedEdgeKey(e.attributes.type, e.source, e.target));
  if (graph.edges.some((e) => e.undirected)) throw new CompactGraphError("undirected edges in a mixed graph are not supported by the compact form");
  return {
    format: COMPACT_GRAPH_FORMAT,
    version: COMPACT_GRAPH_VERSION,
    attributes: graph.attributes ?? {},
    options: graph.options,
    nodes: { count: graph.nodes.length, keys: graph.nodes.map((n) => n.key), attributes: encodeColumns(graph.nodes.map((n) => n.attributes)) },
    edges: {
      count: graph.edges.length,
      keys: keysDerived ? DERIVED_EDGE_KEYS : graph.edges.map((e, i) => e.key ?? `#${i}`),
      source: graph.edges.map((e) => indexOf(e.source)),
      target: graph.edges.map((e) => indexOf(e.target)),
      attributes: encodeColumns(graph.edges.map((e) => e.attributes)),
    },
  };
}

// ---- validation and decoding ----

// The envelope is checked by schema; the long columns by the loops below (a schema per element cost more than the parse).
const anArray = z.custom<unknown[]>((value) => Array.isArray(value), "an array");
const columnSchema = z.union([
  z.object({ values: anArray, absent: z.optional(anArray) }),
  z.object({ dictionary: anArray, codes: anArray }),
]);
const countSchema = z.number().check(z.int(), z.nonnegative());
const compactSchema = z.object({
  format: z.literal(COMPACT_GRAPH_FORMAT),
  version: z.number(),
  attributes: z.optional(z.record(z.string(), z.unknown())),
  options: z.optional(z.object({ type: z.optional(z.enum(["directed", "undirected", "mixed"])), multi: z.optional(z.boolean()), allowSelfLoops: z.optional(z.boolean()) })),
  nodes: z.object({ count: countSchema, keys: anArray, attributes: z.record(z.string(), columnSchema) }),
  edges: z.object({
    count: countSchema,
    keys: z.union([anArray, z.literal(DERIVED_EDGE_KEYS)]),
    source: anArray,
    target: anArray,
    attributes: z.record(z.string(), columnSchema),
  }),
});

function checkIndices(what: string, indices: unknown[], length: number, below: number, from = 0): void {
  if (indices.length !== length) throw new CompactGraphError(`${what} has ${indices.length} entries, not ${length}`);
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i];
    if (!Number.isInteger(v) || (v as number) < from || (v as number) >= below) throw new CompactGraphError(`${what}[${i}] is ${JSON.stringify(v)}: not an integer from ${from} to ${below - 1}`);
  }
}

function checkColumns(what: string, columns: Record<string, CompactColumn>, count: number): void {
  for (const [name, column] of Object.entries(columns)) {
    if ("codes" in column) checkIndices(`${what}.${name}.codes`, column.codes, count, column.dictionary.length, -1);
    else {
      if (column.values.length !== count) throw new CompactGraphError(`${what}.${name}.values has ${column.values.length} entries, not ${count}`);
      if (column.absent) checkIndices(`${what}.${name}.absent`, column.absent, column.absent.length, count);
    }
  }
}

/** The file checked: shape by schema, then every column's length, type and index range. Throws CompactGraphError. */
export function validateCompactGraph(json: unknown): CompactGraph {
  const parsed = compactSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CompactGraphError(`not a compact graph file: ${issue?.path.join(".") || "the file"}: ${issue?.message}`);
  }
  const graph = parsed.data as unknown as CompactGraph;
  if (graph.version !== COMPACT_GRAPH_VERSION) throw new CompactGraphError(`compact graph version ${graph.version} is not supported (this reads version ${COMPACT_GRAPH_VERSION})`);
  const { nodes, edges } = graph;
  if (nodes.keys.length !== nodes.count) throw new CompactGraphError(`nodes.keys has ${nodes.keys.length} entries, not ${nodes.count}`);
  if (!nodes.keys.every((key) => typeof key === "string")) throw new CompactGraphError("nodes.keys holds a key that is not a string");
  if (Array.isArray(edges.keys) && (edges.keys.length !== edges.count || !edges.keys.every((key) => typeof key === "string"))) {
    throw new CompactGraphError(`edges.keys must be ${edges.count} strings`);
  }
  checkIndices("edges.source", edges.source, edges.count, nodes.count);
  checkIndices("edges.target", edges.target, edges.count, nodes.count);
  checkColumns("nodes.attributes", nodes.attributes, nodes.count);
  checkColumns("edges.attributes", edges.attributes, edges.count);
  if (edges.keys === DERIVED_EDGE_KEYS && !("type" in edges.attributes)) throw new CompactGraphError("edge keys are derived from a type column the file lacks");
  return graph;
}

/** Per element, its attributes object; undefined where it has none (graphology's export leaves those out). */
function decodeColumns(columns: Record<string, CompactColumn>, count: number): (Attributes | undefined)[] {
  const rows: (Attributes | undefined)[] = new Array(count).fill(undefined);
  for (const [name, column] of Object.entries(columns)) {
    if ("codes" in column) {
      const { codes, dictionary } = column;
      for (let i = 0; i < count; i++) if (codes[i]! >= 0) (rows[i] ??= {})[name] = dictionary[codes[i]!];
    } else {
      const absent = new Set(column.absent);
      for (let i = 0; i < count; i++) if (!absent.has(i)) (rows[i] ??= {})[name] = column.values[i];
    }
  }
  return rows;
}

/**
 * One attribute of every element as a plain array (undefined where an element lacks it), for readers that build
 * their own objects rather than graphology's (the viewer: one object per edge, not three). A missing column gives
 * an array of undefined.
 */
export function columnValues(column: CompactColumn | undefined, count: number): unknown[] {
  const values: unknown[] = new Array(count).fill(undefined);
  if (!column) return values;
  if ("codes" in column) {
    const { codes, dictionary } = column;
    for (let i = 0; i < count; i++) if (codes[i]! >= 0) values[i] = dictionary[codes[i]!];
    return values;
  }
  for (let i = 0; i < count; i++) values[i] = column.values[i];
  for (const i of column.absent ?? []) values[i] = undefined;
  return values;
}

/** Every edge's key, derived from its ends and type where the file leaves keys out. */
export function compactEdgeKeys({ nodes, edges }: CompactGraph): string[] {
  if (edges.keys !== DERIVED_EDGE_KEYS) return edges.keys;
  const types = columnValues(edges.attributes.type, edges.count);
  return edges.source.map((s, i) => derivedEdgeKey(types[i], nodes.keys[s]!, nodes.keys[edges.target[i]!]!));
}

/**
 * A compact file back to graphology's serialised graph (what graph.import() reads). Values from a dictionary are
 * shared between the elements that have them: treat object values as read-only.
 */
export function decodeCompactGraph(json: unknown): SerializedGraph {
  const { attributes, options, nodes, edges } = validateCompactGraph(json);
  const nodeAttributes = decodeColumns(nodes.attributes, nodes.count);
  const edgeAttributes = decodeColumns(edges.attributes, edges.count);
  const edgeKeys = compactEdgeKeys({ nodes, edges } as CompactGraph);
  return {
    attributes: attributes ?? {},
    options: options ?? { type: "directed", multi: true, allowSelfLoops: true },
    nodes: nodes.keys.map((key, i) => (nodeAttributes[i] ? { key, attributes: nodeAttributes[i] } : { key })),
    edges: edges.source.map((s, i) => {
      const source = nodes.keys[s]!;
      const target = nodes.keys[edges.target[i]!]!;
      const key = edgeKeys[i]!;
      return edgeAttributes[i] ? { key, source, target, attributes: edgeAttributes[i] } : { key, source, target };
    }),
  };
}
