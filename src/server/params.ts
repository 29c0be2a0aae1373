// Request parameters checked before anything else: the router validates them before it looks at the cache or the
// graph's version, so a malformed request is a 400 naming the problem even while Neo4j is down or busy.
import { z } from "zod";

/** A longer query string is refused outright: no endpoint needs more (two 1,000-character ids are ~2 KB encoded). */
export const MAX_QUERY_CHARS = 4096;

/** An entity or document id: not empty, bounded, no control characters (no id the pipeline writes has one). */
export const IdParam = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a single string") })
  .min(1, "must not be empty")
  .max(1000, "is longer than 1000 characters")
  .regex(/^[^\u0000-\u001f\u007f]*$/, "must not contain control characters");

/** A count such as ?limit=: a whole number in 1..max, default when absent; one message for every way it can be wrong. */
export function limitParam(max: number, fallback: number) {
  const message = `must be a whole number from 1 to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(1, message).max(max, message).default(fallback);
}

/** Thrown for a request whose parameters are wrong; the message names the parameter and what is wrong with it. */
export class BadParamsError extends Error {}

/**
 * Path parameters and the query string as one object checked against the route's schema. Refused: a query string
 * over MAX_QUERY_CHARS, a parameter given twice (or in both path and query), a name the route does not take, and
 * whatever the schema refuses. Unknown names are refused rather than ignored so they cannot make new cache entries.
 */
export function parseParams<S extends z.ZodObject>(schema: S, pathParams: Record<string, string>, query: URLSearchParams): z.output<S> {
  const search = query.toString();
  if (search.length > MAX_QUERY_CHARS) throw new BadParamsError(`the query string is ${search.length} characters; at most ${MAX_QUERY_CHARS} are accepted`);
  const raw: Record<string, string> = { ...pathParams };
  const known = new Set(Object.keys(schema.shape));
  for (const [name, value] of query) {
    if (!known.has(name)) throw new BadParamsError(`unknown parameter '${shorten(name)}'; this endpoint takes ${describeKeys(known, pathParams)}`);
    if (name in raw) throw new BadParamsError(`parameter '${name}' is given more than once`);
    raw[name] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new BadParamsError(formatIssues(result.error));
  return result.data;
}

/** "limit: must be at most 5000; q: give a search text in q", the parameter first so the client knows which. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "parameters"}: ${issue.message}`).join("; ");
}

function describeKeys(known: Set<string>, pathParams: Record<string, string>): string {
  const names = [...known].filter((k) => !(k in pathParams));
  return names.length ? names.map((n) => `'${n}'`).join(", ") : "no query parameters";
}

/** Names come from the client: quoted back only in part, so an error cannot echo kilobytes. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
