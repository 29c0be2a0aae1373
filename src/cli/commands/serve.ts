import type { Command } from "commander";
import { responseCacheDefaults, startServer } from "../../server/index.ts";
import { openDatabase, describeConnection, type Database } from "../database.ts";
import { say } from "../output.ts";
import { ensureViewerBuilt } from "../viewer-build.ts";
import { stopLocalServer, localServerOptions } from "../../graph/index.ts";

export interface ServeOptions {
  port: number;
  host: string;
  /** Megabytes of API answers kept in memory; 0 turns the cache off (default: responseCacheDefaults). */
  cacheMb?: number;
  /** Seconds an answer is kept at most (default: responseCacheDefaults). */
  cacheTtl?: number;
}

export const serveDefaults = (): Required<ServeOptions> => ({
  port: Number(process.env.PORT ?? 5173),
  host: process.env.HOST ?? "127.0.0.1",
  cacheMb: responseCacheDefaults.maxBytes / 2 ** 20,
  cacheTtl: responseCacheDefaults.ttlMs / 1000,
});

/** Serves until Ctrl-C or SIGTERM, then closes the server, the driver and a local Neo4j this process started. */
export async function serveUntilStopped(db: Database, o: ServeOptions): Promise<void> {
  const staticDir = await ensureViewerBuilt(say);
  const d = serveDefaults();
  const ttlMs = (o.cacheTtl ?? d.cacheTtl) * 1000;
  const cache = { maxBytes: (o.cacheMb ?? d.cacheMb) * 2 ** 20, ttlMs, staleMs: ttlMs };
  const server = await startServer({ driver: db.driver, port: o.port, host: o.host, staticDir, cache });
  say(`Viewer: ${server.url}`);
  say(describeConnection(db.uri));
  say(db.startedLocal ? "Press Ctrl-C to stop the viewer and the Neo4j it started." : "Press Ctrl-C to stop the viewer.");
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  say("Stopping...");
  await server.close();
  await db.close();
  if (db.startedLocal) await stopLocalServer(localServerOptions());
}

export function registerServe(program: Command): void {
  const d = serveDefaults();
  program
    .command("serve")
    .description("serve the viewer and its read-only JSON API")
    .option("--port <n>", "port to listen on (env PORT)", (v) => Number(v), d.port)
    .option("--host <addr>", "address to listen on (env HOST)", d.host)
    .option("--cache-mb <n>", "megabytes of API answers kept in memory, 0 for none", (v) => Number(v), d.cacheMb)
    .option("--cache-ttl <s>", "seconds an API answer is fresh; for as long again it may be served stale while one request refreshes it (never after an ingest changed the graph)", (v) => Number(v), d.cacheTtl)
    .addHelpText("after", `\nThe API only reads (GET /api/graph, /api/search, /api/node/:id, /api/document/:id).\n\nExample:\n  npx kg serve --port 8080`)
    .action(async (o: ServeOptions) => {
      await serveUntilStopped(await openDatabase(), o);
    });
}
