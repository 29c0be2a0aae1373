// A tiny path router for the JSON API: patterns like /api/node/:id, params decoded per segment so ids may hold "/".
import type { IncomingMessage, ServerResponse } from "node:http";
import { ZodError } from "zod";
import { BadInputError, DatabaseUnavailableError, NotFoundError } from "../types/index.ts";
import type { ErrorResponse } from "./api-types.ts";
import type { GraphVersion } from "./graph-version.ts";
import { SerialisedAnswer, type CacheStats, type ResponseCache } from "./response-cache.ts";

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
}
export type RouteHandler = (context: RouteContext) => Promise<unknown>;
export interface RouteOptions {
  /** False for answers that must be live (health); every other route reads a graph that changes only on ingest. */
  cache: boolean;
}

interface Route {
  segments: string[];
  handler: RouteHandler;
  cache: boolean;
}

/** An error that already knows its HTTP status and code. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The response cache and the graph fingerprint its entries are checked against. */
export interface RouterCache {
  responses: ResponseCache;
  version: GraphVersion;
}

/** Told in the X-Cache header: served from the cache, computed now, or a route that is never cached. */
type CacheOutcome = "hit" | "miss" | "off";

export class ApiRouter {
  private readonly routes: Route[] = [];
  /**
   * Answers being computed, by graph version and normalised URL: identical requests that arrive together (many
   * viewers opening the same graph) share one set of queries and one serialisation.
   */
  private readonly inFlight = new Map<string, Promise<SerialisedAnswer>>();

  constructor(private readonly cache?: RouterCache) {}

  cacheStats(): CacheStats | null {
    return this.cache?.responses.enabled ? this.cache.responses.stats() : null;
  }

  get(pattern: string, handler: RouteHandler, options: RouteOptions = { cache: true }): this {
    this.routes.push({ segments: pattern.split("/").filter(Boolean), handler, cache: options.cache });
    return this;
  }

  /** Finds the route for a path, or undefined; throws HttpError(400) on a malformed percent-encoding. */
  match(pathname: string): { route: Route; params: Record<string, string>; parts: string[] } | undefined {
    const parts = pathname.split("/").filter(Boolean).map(decodeSegment);
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const matched = route.segments.every((segment, i) => {
        if (segment.startsWith(":")) {
          params[segment.slice(1)] = parts[i]!;
          return true;
        }
        return segment === parts[i];
      });
      if (matched) return { route, params, parts };
    }
    return undefined;
  }

  /** Runs the matching handler (or takes its answer from the cache) and writes it, or the error, as JSON. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    try {
      const found = this.match(url.pathname);
      if (!found) throw new HttpError(404, "not_found", `no API endpoint ${url.pathname}`);
      const { answer, outcome } = await this.answer(found.route, found.params, requestKey(found.parts, url.searchParams), url.searchParams);
      await sendAnswer(request, response, answer, outcome);
    } catch (e) {
      const { status, body } = errorResponse(e);
      sendJson(request, response, status, body);
    }
  }

  private async answer(route: Route, params: Record<string, string>, key: string, query: URLSearchParams) {
    const cache = route.cache && this.cache?.responses.enabled ? this.cache : undefined;
    // Checked before the cache is read, so an answer from before an ingest is not served once the change is seen.
    const version = cache ? await cache.version.current() : "";
    const cached = cache?.responses.get(key, version);
    if (cached) return { answer: cached, outcome: "hit" as CacheOutcome };
    const flightKey = `${version} ${key}`;
    let pending = this.inFlight.get(flightKey);
    if (!pending) {
      pending = route
        .handler({ params, query })
        .then((body) => {
          const answer = new SerialisedAnswer(Buffer.from(JSON.stringify(body)));
          cache?.responses.set(key, version, answer);
          return answer;
        })
        .finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, pending);
    }
    return { answer: await pending, outcome: (cache ? "miss" : "off") as CacheOutcome };
  }
}

/** Equal requests get equal keys: path segments in one percent-encoding, query parameters sorted by name. */
function requestKey(parts: string[], query: URLSearchParams): string {
  const sorted = new URLSearchParams(query);
  sorted.sort();
  const search = sorted.toString();
  return `/${parts.map(encodeURIComponent).join("/")}${search ? `?${search}` : ""}`;
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, "bad_request", `path segment '${part}' is not valid percent-encoding`);
  }
}

/** Maps the project's error classes to HTTP: bad input 400, not found 404, database down 503, anything else 500. */
export function errorResponse(e: unknown): { status: number; body: ErrorResponse } {
  const error = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } });
  if (e instanceof HttpError) return error(e.status, e.code, e.message);
  if (e instanceof ZodError) {
    const message = e.issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`).join("; ");
    return error(400, "bad_request", message);
  }
  if (e instanceof BadInputError) return error(400, "bad_request", e.message);
  if (e instanceof NotFoundError) return error(404, "not_found", e.message);
  if (e instanceof DatabaseUnavailableError) return error(503, "database_unavailable", e.message);
  return error(500, "internal_error", e instanceof Error ? e.message : String(e));
}

const JSON_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  // Browsers ask again every time; the server's own cache knows when the graph changed, they do not.
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
} as const;

export function sendJson(request: IncomingMessage, response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...JSON_HEADERS, "Content-Length": Buffer.byteLength(text) });
  response.end(request.method === "HEAD" ? undefined : text);
}

/** Writes an answer's bytes as they are, gzipped when the client accepts it and the answer is big enough to gain. */
async function sendAnswer(request: IncomingMessage, response: ServerResponse, answer: SerialisedAnswer, outcome: CacheOutcome): Promise<void> {
  const gzipped = answer.worthGzip && acceptsGzip(request.headers["accept-encoding"]);
  const body = gzipped ? await answer.gzip() : answer.json;
  response.writeHead(200, {
    ...JSON_HEADERS,
    "Content-Length": body.length,
    ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
    Vary: "Accept-Encoding",
    "X-Cache": outcome,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

/** True when Accept-Encoding names gzip (or *) without q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((item) => {
    const [coding, ...params] = item.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}
