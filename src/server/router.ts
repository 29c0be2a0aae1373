// A tiny path router for the JSON API: patterns like /api/node/:id, params decoded per segment so ids may hold "/".
import type { IncomingMessage, ServerResponse } from "node:http";
import { ZodError } from "zod";
import { BadInputError, DatabaseUnavailableError, NotFoundError } from "../types/index.ts";
import type { ErrorResponse } from "./api-types.ts";

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
}
export type RouteHandler = (context: RouteContext) => Promise<unknown>;

interface Route {
  segments: string[];
  handler: RouteHandler;
}

/** An error that already knows its HTTP status and code. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export class ApiRouter {
  private readonly routes: Route[] = [];
  /**
   * Answers being computed, by path and query: identical requests that arrive together (many viewers opening the
   * same graph) share one set of queries instead of each taking its own turn on the database.
   */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  get(pattern: string, handler: RouteHandler): this {
    this.routes.push({ segments: pattern.split("/").filter(Boolean), handler });
    return this;
  }

  /** Finds the handler for a path, or undefined; throws HttpError(400) on a malformed percent-encoding. */
  match(pathname: string): { handler: RouteHandler; params: Record<string, string> } | undefined {
    const parts = pathname.split("/").filter(Boolean);
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const matched = route.segments.every((segment, i) => {
        const part = parts[i]!;
        if (segment.startsWith(":")) {
          params[segment.slice(1)] = decodeSegment(part);
          return true;
        }
        return segment === part;
      });
      if (matched) return { handler: route.handler, params };
    }
    return undefined;
  }

  /** Runs the matching handler and writes its result, or the error, as JSON. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    try {
      const found = this.match(url.pathname);
      if (!found) throw new HttpError(404, "not_found", `no API endpoint ${url.pathname}`);
      const key = url.pathname + url.search;
      let answer = this.inFlight.get(key);
      if (!answer) {
        answer = found.handler({ params: found.params, query: url.searchParams }).finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, answer);
      }
      const body = await answer;
      sendJson(request, response, 200, body);
    } catch (e) {
      const { status, body } = errorResponse(e);
      sendJson(request, response, status, body);
    }
  }
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

export function sendJson(request: IncomingMessage, response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(request.method === "HEAD" ? undefined : text);
}
