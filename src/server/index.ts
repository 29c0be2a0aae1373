// The read-only HTTP server: a JSON API over the graph under /api, the built viewer everywhere else.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "../graph/connection.ts";
import { createApiRouter, type ApiReadBounds } from "./routes.ts";
import { QueryGate, type GateStats, type QueryGateOptions } from "./query-gate.ts";
import type { CacheStats, ResponseCacheOptions } from "./response-cache.ts";
import { HttpError, sendError } from "./respond.ts";
import type { ApiRouter } from "./router.ts";
import { serveStatic } from "./static.ts";

export interface ServerOptions {
  /** Owned by the caller: closing the server does not close it. */
  driver: Driver;
  /** 0 picks a free port; the returned url tells which. */
  port: number;
  host: string;
  /** The built viewer (dist/viewer). */
  staticDir: string;
  /** Time and row limits on every query a request runs (defaults: apiReadBounds). */
  bounds?: Partial<ApiReadBounds>;
  /** Size, age and invalidation of the cache of API answers (defaults: responseCacheDefaults; maxBytes 0 turns it off). */
  cache?: Partial<ResponseCacheOptions>;
  /** How many answers are computed at once, and how many may wait (defaults: queryGateDefaults). */
  gate?: Partial<QueryGateOptions>;
  /** Called once per request with a one-line summary; silent when absent. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  /** Hits and misses of the answer cache since the start; null when it is off. */
  cacheStats(): CacheStats | null;
  /** Answers being computed and waiting, and requests turned away busy since the start. */
  gateStats(): GateStats;
  close(): Promise<void>;
}

export const serverDefaults = { port: 4173, host: "127.0.0.1" } as const;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const gate = new QueryGate(options.gate);
  const router = createApiRouter(options.driver, options.bounds, options.cache, gate);
  const server = createServer((request, response) => {
    const started = Date.now();
    response.on("finish", () =>
      options.log?.(`${request.method} ${request.url} ${response.statusCode} ${Date.now() - started}ms`),
    );
    void handleRequest(request, response, router, options.staticDir);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    cacheStats: () => router.cacheStats(),
    gateStats: () => gate.stats(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handleRequest(request: IncomingMessage, response: ServerResponse, router: ApiRouter, staticDir: string) {
  try {
    const url = new URL(request.url ?? "/", "http://localhost");
    const isApi = url.pathname === "/api" || url.pathname.startsWith("/api/");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      throw new HttpError(405, "method_not_allowed", `${request.method} is not allowed; this server is read-only (GET, HEAD)`);
    }
    if (isApi) await router.handle(request, response, url);
    else await serveStatic(request, response, url, staticDir);
  } catch (e) {
    if (response.headersSent) return void response.destroy();
    sendError(request, response, e);
  }
}

export { createApiRouter, apiLimits, apiReadBounds, luceneQuery, type ApiReadBounds } from "./routes.ts";
export { queryGateDefaults, type QueryGateOptions, type GateStats } from "./query-gate.ts";
export { responseCacheDefaults, type ResponseCacheOptions, type CacheStats } from "./response-cache.ts";
export type * from "./api-types.ts";
