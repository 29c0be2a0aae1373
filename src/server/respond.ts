// Writing answers and errors as JSON: the project's error classes mapped to HTTP statuses, gzip when it pays.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ZodError } from "zod";
import { BadInputError, DatabaseUnavailableError, NotFoundError } from "../types/index.ts";
import type { ErrorResponse } from "./api-types.ts";
import { BadParamsError, formatIssues } from "./params.ts";
import { GateBusyError } from "./query-gate.ts";
import type { SerialisedAnswer } from "./response-cache.ts";

/** An error that already knows its HTTP status and code. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Told in the X-Cache header: served from the cache (fresh, or stale while it is recomputed), computed now, or never cached. */
export type CacheOutcome = "hit" | "stale" | "miss" | "off";

export interface ErrorAnswer {
  status: number;
  body: ErrorResponse;
  headers: Record<string, string>;
}

/** Bad input 400, not found 404, database down or server saturated 503 (the latter with Retry-After), anything else 500. */
export function errorResponse(e: unknown): ErrorAnswer {
  const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) => ({ status, body: { error: { code, message } }, headers });
  if (e instanceof HttpError) return error(e.status, e.code, e.message);
  if (e instanceof BadParamsError || e instanceof BadInputError) return error(400, "bad_request", e.message);
  if (e instanceof ZodError) return error(400, "bad_request", formatIssues(e));
  if (e instanceof NotFoundError) return error(404, "not_found", e.message);
  if (e instanceof GateBusyError) return error(503, "busy", e.message, { "Retry-After": String(e.retryAfterS) });
  if (e instanceof DatabaseUnavailableError) return error(503, "database_unavailable", e.message);
  return error(500, "internal_error", e instanceof Error ? e.message : String(e));
}

const JSON_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  // Browsers ask again every time; the server's own cache knows when the graph changed, they do not.
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
} as const;

export function sendJson(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...JSON_HEADERS, ...headers, "Content-Length": Buffer.byteLength(text) });
  response.end(request.method === "HEAD" ? undefined : text);
}

export function sendError(request: IncomingMessage, response: ServerResponse, e: unknown): void {
  const { status, body, headers } = errorResponse(e);
  sendJson(request, response, status, body, headers);
}

/** Writes an answer's bytes as they are, gzipped when the client accepts it and the answer is big enough to gain. */
export async function sendAnswer(request: IncomingMessage, response: ServerResponse, answer: SerialisedAnswer, outcome: CacheOutcome): Promise<void> {
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
