// A tiny path router for the JSON API: patterns like /api/node/:id, params decoded per segment so ids may hold "/".
// Order per request: match the path, validate the parameters, then the cache, then Neo4j; so bad input is a 400
// whatever state the database is in, and costs no query.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import type { GraphVersion } from "./graph-version.ts";
import { parseParams } from "./params.ts";
import { serialise } from "./serialise.ts";
import type { QueryGate } from "./query-gate.ts";
import { HttpError, sendAnswer, sendError, type CacheOutcome } from "./respond.ts";
import { SerialisedAnswer, type CacheStats, type ResponseCache } from "./response-cache.ts";

export interface RouteSpec<S extends z.ZodObject> {
  /** Every parameter the route takes, path and query together; anything else is refused (params.ts). */
  params: S;
  run: (params: z.output<S>) => Promise<unknown>;
  /** False for answers that must be live (health); every other route reads a graph that changes only on ingest. */
  cache?: boolean;
  /** False for a route that must answer while the gate is full (health: one bounded query; a load balancer reads it). */
  gated?: boolean;
  /** Answers that may take seconds (a 5,000-node graph) run in the gate's heavy lane. */
  heavy?: (params: z.output<S>) => boolean;
}

interface Route {
  segments: string[];
  pattern: string;
  spec: RouteSpec<z.ZodObject>;
}

/** The response cache and the graph fingerprint its entries are checked against. */
export interface RouterCache {
  responses: ResponseCache;
  version: GraphVersion;
}

export class ApiRouter {
  private readonly routes: Route[] = [];
  /**
   * Answers being computed, by graph version and cache key: identical requests that arrive together (many viewers
   * opening the same graph) share one set of queries and one serialisation.
   */
  private readonly inFlight = new Map<string, Promise<SerialisedAnswer>>();

  constructor(private readonly cache?: RouterCache, private readonly gate?: QueryGate) {}

  cacheStats(): CacheStats | null {
    return this.cache?.responses.enabled ? this.cache.responses.stats() : null;
  }

  get<S extends z.ZodObject>(pattern: string, spec: RouteSpec<S>): this {
    this.routes.push({ segments: pattern.split("/").filter(Boolean), pattern, spec: spec as unknown as RouteSpec<z.ZodObject> });
    return this;
  }

  /** Finds the route for a path, or undefined; throws HttpError(400) on a malformed percent-encoding. */
  match(pathname: string): { route: Route; params: Record<string, string> } | undefined {
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
      if (matched) return { route, params };
    }
    return undefined;
  }

  /** Runs the matching handler (or takes its answer from the cache) and writes it, or the error, as JSON. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    try {
      const found = this.match(url.pathname);
      if (!found) throw new HttpError(404, "not_found", `no API endpoint ${url.pathname}`);
      const params = parseParams(found.route.spec.params, found.params, url.searchParams);
      const { answer, outcome } = await this.answer(found.route, params);
      await sendAnswer(request, response, answer, outcome);
    } catch (e) {
      sendError(request, response, e);
    }
  }

  private async answer(route: Route, params: Record<string, unknown>): Promise<{ answer: SerialisedAnswer; outcome: CacheOutcome }> {
    const cache = route.spec.cache !== false && this.cache?.responses.enabled ? this.cache : undefined;
    // Checked before the cache is read, so an answer from before an ingest is not served once the change is seen.
    const version = cache ? await cache.version.current() : "";
    const key = requestKey(route.pattern, params);
    const cached = cache?.responses.get(key, version);
    if (cached?.fresh) return { answer: cached.answer, outcome: "hit" };
    const pending = this.compute(route, params, key, version, cache);
    if (cached) {
      // Past its TTL: served as it is while one computation (shared with any other request for it) replaces it.
      pending.catch(() => {}); // a failed refresh leaves the stale answer in place until staleMs runs out
      return { answer: cached.answer, outcome: "stale" };
    }
    return { answer: await pending, outcome: cache ? "miss" : "off" };
  }

  /** Runs the route (through the query gate) and caches its serialised answer; one run per version and key at a time. */
  private compute(route: Route, params: Record<string, unknown>, key: string, version: string, cache: RouterCache | undefined): Promise<SerialisedAnswer> {
    const flightKey = `${version} ${key}`;
    let pending = this.inFlight.get(flightKey);
    if (!pending) {
      const { spec } = route;
      const run = () => spec.run(params);
      pending = (this.gate && spec.gated !== false ? this.gate.run(run, spec.heavy?.(params) ?? false) : run())
        .then(async (body) => {
          const answer = new SerialisedAnswer(await serialise(body));
          cache?.responses.set(key, version, answer);
          return answer;
        })
        .finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, pending);
    }
    return pending;
  }
}

/**
 * Equal requests get equal keys: the key is made from the validated parameters (defaults filled in, in the schema's
 * order), so parameter order, percent-encoding and an explicit default do not make new entries.
 */
export function requestKey(pattern: string, params: Record<string, unknown>): string {
  return `${pattern} ${JSON.stringify(params)}`;
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, "bad_request", `path segment '${part.slice(0, 40)}' is not valid percent-encoding`);
  }
}
