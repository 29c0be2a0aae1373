import type { Command } from "commander";
import { startServer } from "../../server/index.ts";
import { openDatabase, describeConnection, type Database } from "../database.ts";
import { say } from "../output.ts";
import { ensureViewerBuilt } from "../viewer-build.ts";
import { stopLocalServer, localServerOptions } from "../../graph/index.ts";

export interface ServeOptions {
  port: number;
  host: string;
}

export const serveDefaults = (): ServeOptions => ({ port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? "127.0.0.1" });

/** Serves until Ctrl-C or SIGTERM, then closes the server, the driver and a local Neo4j this process started. */
export async function serveUntilStopped(db: Database, o: ServeOptions): Promise<void> {
  const staticDir = await ensureViewerBuilt(say);
  const server = await startServer({ driver: db.driver, port: o.port, host: o.host, staticDir });
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
    .addHelpText("after", `\nThe API only reads (GET /api/graph, /api/search, /api/node/:id, /api/document/:id).\n\nExample:\n  npx kg serve --port 8080`)
    .action(async (o: ServeOptions) => {
      await serveUntilStopped(await openDatabase(), o);
    });
}
