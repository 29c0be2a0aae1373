// How long a large API answer blocks the server's event loop: /api/graph at its maximum size on a synthetic graph,
// cache off, each request a new limit; reports time per request, bytes, and the longest event-loop stall. The client
// is curl in a child process, so its reading and gunzipping are not counted as the server's stalls. On a machine with
// fewer cores than busy threads (Neo4j computing the answer) the stall also holds time Node was not scheduled; for
// the synchronous stretches alone run it under node --cpu-prof.
//   tsx scripts/bench-api-event-loop.ts [--requests 5] [--entities 6000] [--documents 400] [--per-document 100]
// Neo4j: NEO4J_URI if set, else the local one (KG_NEO4J_BOLT_PORT); the synthetic graph is added once (ids "load-").
import { execFile } from "node:child_process";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/cli/database.ts";
import { runRead } from "../src/graph/index.ts";
import { startServer } from "../src/server/index.ts";
import { writeSyntheticGraph } from "../tests/synthetic-graph.ts";

/** Bytes received (gzipped) and curl's total seconds. */
async function curl(url: string): Promise<{ bytes: number; seconds: number }> {
  const { stdout } = await promisify(execFile)("curl", ["-s", "-o", "/dev/null", "--compressed", "-w", "%{size_download} %{time_total}", url]);
  const [bytes, seconds] = stdout.split(" ").map(Number);
  return { bytes: bytes!, seconds: seconds! };
}

const { values } = parseArgs({ options: { requests: { type: "string" }, entities: { type: "string" }, documents: { type: "string" }, "per-document": { type: "string" } } });
const db = await openDatabase();
const present = (await runRead(db.driver, "MATCH (e:Entity) WHERE e.id STARTS WITH 'load-e' RETURN count(e) AS n")).rows[0]!.n as number;
if (present === 0) {
  const g = { entities: Number(values.entities ?? 6000), documents: Number(values.documents ?? 400), perDocument: Number(values["per-document"] ?? 100) };
  const t = performance.now();
  await writeSyntheticGraph(db.driver, g);
  console.log(`synthetic graph ${JSON.stringify(g)} written in ${Math.round(performance.now() - t)} ms`);
}
const server = await startServer({ driver: db.driver, port: 0, host: "127.0.0.1", staticDir: "dist/viewer", cache: { maxBytes: 0 } });
const histogram = monitorEventLoopDelay({ resolution: 5 });
try {
  await curl(`${server.url}/api/graph?limit=5000`); // warm: plans, JIT
  const rows: string[] = [];
  for (let i = 1; i <= Number(values.requests ?? 5); i++) {
    histogram.reset();
    histogram.enable();
    const { bytes, seconds } = await curl(`${server.url}/api/graph?limit=${5000 - i}`);
    histogram.disable();
    rows.push(`request ${i}: ${Math.round(seconds * 1000)} ms, ${bytes} bytes gzipped, longest event-loop stall ${(histogram.max / 1e6).toFixed(0)} ms, p99 ${(histogram.percentile(99) / 1e6).toFixed(0)} ms`);
  }
  console.log(rows.join("\n"));
} finally {
  await server.close();
  await db.close();
}
