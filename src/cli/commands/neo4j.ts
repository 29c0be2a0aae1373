import type { Command } from "commander";
import { boltUri, connectionFromEnv, isReachable, localServerOptions, localServerPid, startLocalServer, stopLocalServer } from "../../graph/index.ts";
import { describeConnection } from "../database.ts";
import { say } from "../output.ts";

export function registerNeo4j(program: Command): void {
  const neo4j = program
    .command("neo4j")
    .description("manage the project's local Neo4j (embedded Community 5.26, built with Maven on first use)")
    .addHelpText(
      "after",
      `
The local server keeps its data in .kg/neo4j/ (KG_NEO4J_HOME), listens on 127.0.0.1:7687
(KG_NEO4J_BOLT_PORT) and takes its password from NEO4J_PASSWORD (local default: kg-local-password).
When NEO4J_URI is set, kg uses that server instead and never starts one.`,
    );

  neo4j
    .command("start")
    .description("start the local server in the background and wait until Bolt answers (does nothing if it runs)")
    .action(async () => {
      const o = localServerOptions();
      const s = await startLocalServer(o, say);
      say(s.started ? `Neo4j started (pid ${s.pid}).` : "Neo4j is already running.");
      say(describeConnection(boltUri(o)));
    });

  neo4j
    .command("stop")
    .description("stop the local server started by 'kg neo4j start' or 'npm start' (does nothing if stopped)")
    .action(async () => {
      const stopped = await stopLocalServer(localServerOptions());
      say(stopped ? "Neo4j stopped." : "Neo4j was not running (no local server started by kg).");
    });

  neo4j
    .command("status")
    .description("say whether Neo4j answers; exits 0 when reachable, 1 when not")
    .action(async () => {
      const c = connectionFromEnv();
      const ok = await isReachable(c.uri, c.user, c.password);
      const pid = process.env.NEO4J_URI ? null : localServerPid(localServerOptions());
      say(`${ok ? "reachable" : "not reachable"}: ${c.uri}${pid ? ` (local server, pid ${pid})` : ""}`);
      process.exitCode = ok ? 0 : 1;
    });
}
