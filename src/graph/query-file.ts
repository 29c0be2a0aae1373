// A query-pack file is plain Cypher with a header that says what it answers and what it takes,
// so the same file runs in Neo4j Browser and through `kg query`. Parsing and parameter binding are
// pure; reading the files is in query-pack.ts.
//
//   // name: claims
//   // question: Who said what about X?
//   // param name (text, required): an entity's name, alias or id, any case. Example: Barzani
//   // param from (date, default null): first day, inclusive. Example: 2017-09-01
//   // example: kg query claims --param name=Barzani
import { BadInputError, KgError } from "../types/index.ts";

export const PARAM_TYPES = ["text", "number", "date"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  required: boolean;
  /** Used when the parameter is not given (null when the header says `default null`). */
  default: unknown;
  description: string;
  example: string | null;
}

export interface QueryDefinition {
  name: string;
  question: string;
  params: QueryParam[];
  examples: string[];
  cypher: string;
}

const PARAM_LINE = /^\/\/\s*param\s+([A-Za-z_]\w*)\s+\((text|number|date),\s*(required|default\s+(.+?))\):\s*(.+?)(?:\s+Example:\s*(.+))?$/;
const FIELD_LINE = /^\/\/\s*(name|question|example):\s*(.+)$/;
/** `$name` placeholders in the body (the pack never writes a literal `$` inside a string). */
const PLACEHOLDER = /\$([A-Za-z_]\w*)/g;

function defaultValue(raw: string, type: ParamType): unknown {
  if (raw === "null") return null;
  return type === "number" ? Number(raw) : raw;
}

/** Reads the header and body of one query file; a malformed header names the file and the line. */
export function parseQueryFile(name: string, source: string): QueryDefinition {
  const fail = (why: string) => new KgError(`cypher/queries/${name}.cypher: ${why}`);
  const lines = source.split("\n");
  const headerEnd = lines.findIndex((l) => !l.trim().startsWith("//") && l.trim() !== "");
  const header = lines.slice(0, headerEnd === -1 ? lines.length : headerEnd).map((l) => l.trim());
  const cypher = lines.slice(headerEnd === -1 ? lines.length : headerEnd).join("\n").trim().replace(/;\s*$/, "");
  const def: QueryDefinition = { name: "", question: "", params: [], examples: [], cypher };
  for (const line of header) {
    const param = PARAM_LINE.exec(line);
    if (param) {
      const [, key, type, requirement, rawDefault, description, example] = param;
      const required = requirement === "required";
      def.params.push({
        name: key!,
        type: type as ParamType,
        required,
        default: required ? undefined : defaultValue(rawDefault!.trim(), type as ParamType),
        description: description!.trim(),
        example: example?.trim() ?? null,
      });
      continue;
    }
    if (/^\/\/\s*param\b/.test(line)) throw fail(`cannot read '${line}'; write '// param key (text|number|date, required|default VALUE): meaning. Example: VALUE'`);
    const field = FIELD_LINE.exec(line);
    if (field?.[1] === "name") def.name = field[2]!.trim();
    else if (field?.[1] === "question") def.question = field[2]!.trim();
    else if (field?.[1] === "example") def.examples.push(field[2]!.trim());
  }
  if (def.name !== name) throw fail(`the header must say '// name: ${name}' (the file's name)`);
  if (!def.question) throw fail("the header needs a '// question: ...' line saying what the query answers");
  if (!cypher) throw fail("there is no Cypher after the header");
  const used = new Set([...cypher.matchAll(PLACEHOLDER)].map((m) => m[1]!));
  const declared = new Set(def.params.map((p) => p.name));
  const undeclared = [...used].filter((p) => !declared.has(p));
  if (undeclared.length) throw fail(`$${undeclared.join(", $")} used but not declared with a '// param' line`);
  const unused = [...declared].filter((p) => !used.has(p));
  if (unused.length) throw fail(`param ${unused.join(", ")} declared but never used`);
  return def;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function coerce(q: QueryDefinition, p: QueryParam, value: unknown): unknown {
  if (value === null) return null;
  const bad = (what: string) => new BadInputError(`--param ${p.name}`, `query '${q.name}' takes ${what} here, not '${String(value)}'`);
  if (p.type === "number") {
    const n = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(n)) throw bad("a number");
    return n;
  }
  const text = String(value);
  if (p.type === "date" && !ISO_DATE.test(text)) throw bad("an ISO date (2017-09-27, 2017-09 or 2017)");
  return text;
}

/** Merges given values over the header's defaults; refuses unknown names and missing required values, saying what to pass. */
export function bindQueryParams(q: QueryDefinition, given: Record<string, unknown>): Record<string, unknown> {
  const known = new Map(q.params.map((p) => [p.name, p]));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) {
      const takes = q.params.length ? q.params.map((p) => p.name).join(", ") : "no parameters";
      throw new BadInputError(`--param ${key}`, `query '${q.name}' has no parameter '${key}'; it takes ${takes}`);
    }
  }
  const bound: Record<string, unknown> = {};
  for (const p of q.params) {
    if (p.name in given) bound[p.name] = coerce(q, p, given[p.name]);
    else if (p.required) {
      throw new BadInputError(`query '${q.name}'`, `needs --param ${p.name}=${p.example ?? "VALUE"} (${p.description})`);
    } else bound[p.name] = p.default;
  }
  return bound;
}
