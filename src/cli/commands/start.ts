import type { Command } from "commander";
import { ingestDefaults } from "../../pipeline/ingest.ts";
import { openDatabase } from "../database.ts";
import { runIngest } from "./ingest.ts";
import { serveDefaults, serveUntilStopped, type ServeOptions } from "./serve.ts";

export function registerStart(program: Command): void {
  const d = serveDefaults();
  program
    .command("start")
    .description("the main job: start Neo4j if none is configured, ingest data/, serve the viewer (what `npm start` runs)")
    .argument("[paths...]", "documents to ingest", ["data/seeds"])
    .option("--port <n>", "viewer port (env PORT)", (v) => Number(v), d.port)
    .option("--host <addr>", "viewer address (env HOST)", d.host)
    .option("--no-ingest", "serve what is already in the graph")
    .action(async (paths: string[], o: ServeOptions & { ingest: boolean }) => {
      const db = await openDatabase();
      try {
        if (o.ingest) await runIngest(db, paths, { batchSize: ingestDefaults.batchSize, maxBytes: ingestDefaults.maxBytes });
      } catch (e) {
        await db.close();
        throw e;
      }
      await serveUntilStopped(db, o);
    });
}
