// GraphML out (graphology-graphml only reads it): one <key> per attribute with the narrowest
// GraphML type every value fits, lists joined with " | " (GraphML has no list type).
import type { Attributes } from "graphology-types";
import { LIST_SEPARATOR } from "./csv.ts";
import type { ExportGraph } from "./read-graph.ts";

type GraphmlType = "boolean" | "long" | "double" | "string";

// Characters XML 1.0 cannot carry at all; they are dropped rather than making the file unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function valueType(v: unknown): GraphmlType {
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "long" : "double";
  return "string";
}

/** long + double → double; anything else mixed → string. */
function widen(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (!a || a === b) return b;
  if ((a === "long" && b === "double") || (a === "double" && b === "long")) return "double";
  return "string";
}

function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === "object" ? JSON.stringify(x) : String(x))).join(LIST_SEPARATOR);
  if (v !== null && typeof v === "object") return JSON.stringify(v);
  return String(v);
}

const present = (v: unknown) => v !== null && v !== undefined;

interface Key {
  id: string;
  type: GraphmlType;
}

function keysFor(elements: Attributes[], prefix: string): Map<string, Key> {
  const types = new Map<string, GraphmlType>();
  for (const attrs of elements) {
    for (const [name, v] of Object.entries(attrs)) if (present(v)) types.set(name, widen(types.get(name), Array.isArray(v) ? "string" : valueType(v)));
  }
  return new Map([...types.keys()].sort().map((name, i) => [name, { id: `${prefix}${i}`, type: types.get(name)! }]));
}

function dataLines(attrs: Attributes, keys: Map<string, Key>, indent: string): string[] {
  return Object.entries(attrs)
    .filter(([, v]) => present(v))
    .map(([name, v]) => `${indent}<data key="${keys.get(name)!.id}">${escapeXml(valueText(v))}</data>`);
}

export function writeGraphml(graph: ExportGraph): string {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, attributes, source, target }));
  const nodeKeys = keysFor(nodes.map((n) => n.attributes), "n");
  const edgeKeys = keysFor(edges.map((e) => e.attributes), "e");
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [kind, keys] of [["node", nodeKeys], ["edge", edgeKeys]] as const) {
    for (const [name, k] of keys) out.push(`  <key id="${k.id}" for="${kind}" attr.name="${escapeXml(name)}" attr.type="${k.type}"/>`);
  }
  out.push('  <graph id="G" edgedefault="directed">');
  for (const n of nodes) out.push(`    <node id="${escapeXml(n.key)}">`, ...dataLines(n.attributes, nodeKeys, "      "), "    </node>");
  for (const e of edges) {
    out.push(`    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`, ...dataLines(e.attributes, edgeKeys, "      "), "    </edge>");
  }
  out.push("  </graph>", "</graphml>");
  return out.join("\n") + "\n";
}
