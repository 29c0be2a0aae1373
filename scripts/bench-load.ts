// The HTTP API under load: the real server (startServer) on a graph of about 10k nodes (the issue's size), driven by
// autocannon at a fixed rate over a mix of GET endpoints with real ids, then again while heavy requests run beside it.
//   npm run bench:load -- [--docs 600|all] [--warmup 20000] [--duration 30] [--rate 200] [--connections 50] [--heavy-duration 15] [--cache-mb 64] [--gate-slots 4]
// Neo4j: NEO4J_URI if set (used as it is, filled from the corpus only when it holds no document), else a local store of
// its own per --docs (.kg/bench-load-<docs>, port KG_NEO4J_BOLT_PORT or 7761), filled once with --docs files of
// --corpus spread over it (600 BBC articles make about 10k nodes; `all` is the whole corpus, about 37k). The load
// generator runs in a process of its own; it, the server and Neo4j share the machine's cores, so the
// figures are an upper bound on latency for this hardware, not a property of the API alone.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { openDatabase } from "../src/cli/database.ts";
import { boltUri, localServerOptions, localServerPid, runRead } from "../src/graph/index.ts";
import { ingestPaths } from "../src/pipeline/ingest.ts";
import { queryGateDefaults, responseCacheDefaults, startServer, type CacheStats, type RunningServer } from "../src/server/index.ts";

export interface LoadOptions {
  /**
   * Requests of the mix, at least, sent as fast as they are answered through a server with its cache off before
   * measuring, and more until Neo4j's CPU per request stops falling (at most warmupCapS seconds): Neo4j's JVM compiles
   * its hot paths only after thousands of queries, and a freshly started one spent 2 to 10 times the CPU per query of
   * a warm one. A running service is warm; the measured server still starts with an empty cache, so every distinct
   * request is computed once while measured.
   */
  warmupRequests: number;
  warmupCapS: number;
  /** Seconds of the mixed load. */
  durationS: number;
  /** Requests per second asked of autocannon (overallRate). */
  rate: number;
  connections: number;
  /** Seconds of the second run, with heavy requests beside the mix; 0 skips it. */
  heavyDurationS: number;
  /** Ingested when the graph holds no document. */
  corpus: string;
  /** How many files of the corpus (spread evenly over its sorted listing) fill an empty graph; null: all of them. */
  docs: number | null;
  log: (line: string) => void;
  /** The local Neo4j's process id, for its CPU time; null when Neo4j is elsewhere. */
  neo4jPid: number | null;
  /** The server's answer cache in MB (0: off, every request runs its queries). */
  cacheMb: number;
  /** Answers computed at once (the query gate's maxConcurrent); 0: no gate. */
  gateSlots: number;
}
export const loadDefaults: LoadOptions = {
  warmupRequests: 20_000, warmupCapS: 300, durationS: 30, rate: 200, connections: 50, heavyDurationS: 15, corpus: "../shared/data/bbc", docs: 600, log: (l) => console.error(l), neo4jPid: null,
  cacheMb: responseCacheDefaults.maxBytes / 2 ** 20, gateSlots: queryGateDefaults.maxConcurrent,
};

export interface LatencyFigures { p50: number; p90: number; p99: number; max: number }
export interface EndpointFigures extends LatencyFigures { requests: number; non2xx: number }
export interface RunFigures {
  requests: number;
  requestsPerSecond: number;
  /** Client-side latency from autocannon, corrected for coordinated omission, in ms. */
  latencyMs: LatencyFigures;
  errors: number;
  timeouts: number;
  non2xx: number;
  /**
   * CPU per answered request: this process (the API server; the load generator runs apart) and Neo4j (when it is the local one, read
   * from /proc). Robust to other load on the machine, unlike latency: 1000 / total is the rate one core could serve.
   */
  cpuMsPerRequest: { node: number; neo4j: number | null };
  /** Server-side time per endpoint (whole ms, from request to response end). */
  endpoints: Record<string, EndpointFigures>;
  /** Answers served from the server's cache and computed, during this run; null with the cache off. */
  cache: { hits: number; misses: number } | null;
  /** How late the server's event loop ran its timers (ms): a request arriving meanwhile waits that long unseen. */
  eventLoopDelayMs: { p99: number; max: number };
}
/** One endpoint at a time, requests one after another, cache off, warm: what each costs to compute, free of queueing. */
export interface EndpointCost { requests: number; cpuMsPerRequest: RunFigures["cpuMsPerRequest"]; bytesPerResponse: number }
export interface LoadFigures {
  graph: { nodes: number; relationships: number };
  /** The warm-up: requests answered (cache off), its seconds, and Neo4j's CPU ms per request in each round of it. */
  warmup: { requests: number; seconds: number; neo4jCpuMsPerRequest: (number | null)[] };
  costs: Record<string, EndpointCost>;
  targetRate: number;
  mixed: RunFigures;
  /**
   * The same mix while heavy requests run one after another beside it: /api/graph near its maximum size, each with
   * another limit so none is answered from the cache.
   */
  withHeavy?: RunFigures & { heavyRequests: number; heavyLatencyMs: LatencyFigures };
}

interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
}
/**
 * autocannon runs in a child process, as a load tool runs apart from the server it loads: sharing the server's event
 * loop put the generator's own work into every measured latency. (Not a worker thread: autocannon takes one for its
 * own worker mode.) It cycles through the paths read from stdin and prints the figures used here as JSON.
 */
const LOAD_CLIENT = `
let input = "";
process.stdin.on("data", (d) => (input += d)).on("end", () => {
  const { paths, options } = JSON.parse(input);
  let next = 0;
  require(${JSON.stringify(createRequire(import.meta.url).resolve("autocannon"))})({
    ...options,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  }).then((r) => process.stdout.write(JSON.stringify({ requests: r.requests, latency: r.latency, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, duration: r.duration, statusCodeStats: r.statusCodeStats })));
});`;

function autocannonApart(paths: string[], options: Record<string, unknown>): Promise<AutocannonResult> {
  const child = spawn(process.execPath, ["-e", LOAD_CLIENT], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.end(JSON.stringify({ paths, options }));
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve(JSON.parse(out) as AutocannonResult) : reject(new Error(`the autocannon process exited with ${code}`))));
  });
}

/** `docs` files of the corpus folder, every k-th of its sorted listing so all its sections are in; all when null. */
function corpusFiles(corpus: string, docs: number | null): string[] {
  const all = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort().map((f) => join(corpus, f));
  if (docs === null || docs >= all.length) return all;
  return Array.from({ length: docs }, (_, i) => all[Math.floor((i * all.length) / docs)]!);
}

/** Real ids and names from the graph, so every request hits something that exists. */
async function pickWorkload(driver: Driver): Promise<string[]> {
  const read = async <T>(cypher: string) => (await runRead(driver, cypher, {}, { maxRows: 1000 })).rows as T[];
  // Every 7th entity by id among those mentioned at least twice: spread over the graph, the same each run.
  const entities = await read<{ id: string; name: string }>(`
    MATCH (e:Entity) WHERE e.mentionCount >= 2 WITH e ORDER BY e.id
    WITH collect(e) AS picked UNWIND range(0, size(picked) - 1, 7) AS i
    RETURN picked[i].id AS id, picked[i].name AS name LIMIT 300`);
  const top = await read<{ id: string }>("MATCH (e:Entity) RETURN e.id AS id ORDER BY e.mentionCount DESC, e.id LIMIT 60");
  const documents = await read<{ id: string }>("MATCH (d:Document) RETURN d.id AS id ORDER BY d.id LIMIT 100");
  const enc = encodeURIComponent;
  const paths: string[] = [];
  entities.forEach((e, i) => {
    const word = e.name.split(/\s+/)[0]!;
    paths.push(`/api/search?q=${enc(i % 2 ? word : word.slice(0, 4))}`, `/api/node/${enc(e.id)}`, `/api/neighbours/${enc(e.id)}`);
    if (i % 3 === 0) paths.push(`/api/path?from=${enc(e.id)}&to=${enc(top[i % top.length]!.id)}`);
    if (i % 3 === 1) paths.push(`/api/document/${enc(documents[i % documents.length]!.id)}`);
    if (i % 6 === 0) paths.push("/api/graph");
  });
  return paths;
}

/** User + system CPU of a process in ms (Linux /proc; clock ticks are 10 ms). */
function neo4jCpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function cpuMsPerRequest(cpu0: NodeJS.CpuUsage, neo4j0: number | null, requests: number, pid: number | null): RunFigures["cpuMsPerRequest"] {
  const cpu = process.cpuUsage(cpu0);
  const neo4j1 = neo4jCpuMs(pid);
  const per = (ms: number) => Math.round((ms / Math.max(1, requests)) * 100) / 100;
  return { node: per((cpu.user + cpu.system) / 1000), neo4j: neo4j0 === null || neo4j1 === null ? null : per(neo4j1 - neo4j0) };
}

const endpointOf = (url: string) => url.split("?")[0]!.split("/").slice(0, 3).join("/");

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}
function latencyOf(values: number[]): LatencyFigures {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 };
}

/** Collects the server's per-request log lines ("GET /api/x 200 12ms") by endpoint. */
class ServerTimings {
  private byEndpoint = new Map<string, { ms: number[]; non2xx: number }>();
  record = (line: string) => {
    const m = /^GET (\S+) (\d+) (\d+)ms$/.exec(line);
    if (!m) return;
    const entry = this.byEndpoint.get(endpointOf(m[1]!)) ?? { ms: [], non2xx: 0 };
    entry.ms.push(Number(m[3]));
    if (!m[2]!.startsWith("2")) entry.non2xx++;
    this.byEndpoint.set(endpointOf(m[1]!), entry);
  };
  take(): Record<string, EndpointFigures> {
    const out: Record<string, EndpointFigures> = {};
    for (const [name, { ms, non2xx }] of [...this.byEndpoint].sort()) out[name] = { requests: ms.length, non2xx, ...latencyOf(ms) };
    this.byEndpoint.clear();
    return out;
  }
}

function cacheDelta(server: RunningServer, before: CacheStats | null): RunFigures["cache"] {
  const after = server.cacheStats();
  return after && before ? { hits: after.hits - before.hits, misses: after.misses - before.misses } : null;
}

async function drive(server: RunningServer, paths: string[], o: LoadOptions, durationS: number, timings: ServerTimings): Promise<RunFigures> {
  const url = server.url;
  const cache0 = server.cacheStats();
  const cpu0 = process.cpuUsage();
  const neo4j0 = neo4jCpuMs(o.neo4jPid);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const result = await autocannonApart(paths, { url, connections: o.connections, overallRate: o.rate, duration: durationS, timeout: 30 }).finally(() => loopDelay.disable());
  // requests.total counts only whole sampling seconds; the status counts hold every answered request.
  const total = Object.values(result.statusCodeStats).reduce((sum, s) => sum + s.count, 0);
  return {
    requests: total,
    requestsPerSecond: Math.round((total / result.duration) * 10) / 10,
    cpuMsPerRequest: cpuMsPerRequest(cpu0, neo4j0, total, o.neo4jPid),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
    endpoints: timings.take(),
    cache: cacheDelta(server, cache0),
    eventLoopDelayMs: { p99: Math.round(loopDelay.percentile(99) / 1e6), max: Math.round(loopDelay.max / 1e6) },
  };
}

/** Warm-up requests between two readings of Neo4j's CPU. */
const WARMUP_ROUND = 2000;

/**
 * The mix, closed loop (each connection sends its next request when answered), cache off, in rounds of
 * WARMUP_ROUND requests: at least `minRequests`, then until a round costs Neo4j no less than 90% of the CPU per
 * request of the round before (its JIT has settled), or `capS` seconds pass. Warms Neo4j's JIT, page cache and plan
 * cache, and this process's, with the very queries measured next. Without /proc (Neo4j elsewhere) it stops at
 * `minRequests`.
 */
async function warmUp(url: string, paths: string[], minRequests: number, capS: number, pid: number | null, connections: number): Promise<LoadFigures["warmup"]> {
  let next = 0;
  const perRequest: (number | null)[] = [];
  const start = performance.now();
  const round = async () => {
    const cpu0 = neo4jCpuMs(pid);
    const end = next + WARMUP_ROUND;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (next < end) await (await fetch(url + paths[next++ % paths.length]!)).arrayBuffer();
      }),
    );
    const cpu1 = neo4jCpuMs(pid);
    perRequest.push(cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) / WARMUP_ROUND) * 100) / 100);
  };
  const settled = () => {
    const [before, last] = perRequest.slice(-2);
    return next >= minRequests && (last == null || before == null || last >= 0.9 * before);
  };
  do await round();
  while (!settled() && performance.now() - start < capS * 1000);
  return { requests: next, seconds: Math.round((performance.now() - start) / 100) / 10, neo4jCpuMsPerRequest: perRequest };
}

async function measureCosts(url: string, paths: string[], pid: number | null, perEndpoint = 10): Promise<Record<string, EndpointCost>> {
  const costs: Record<string, EndpointCost> = {};
  for (const endpoint of [...new Set(paths.map(endpointOf))].sort()) {
    const sample = paths.filter((p) => endpointOf(p) === endpoint).slice(0, perEndpoint);
    // Each path once unmeasured first: query plans, connections and the JIT are warm, so the figure is the steady cost.
    for (const path of sample) await (await fetch(url + path)).arrayBuffer();
    const cpu0 = process.cpuUsage();
    const neo4j0 = neo4jCpuMs(pid);
    let bytes = 0;
    for (const path of sample) bytes += (await (await fetch(url + path)).arrayBuffer()).byteLength;
    costs[endpoint] = { requests: sample.length, cpuMsPerRequest: cpuMsPerRequest(cpu0, neo4j0, sample.length, pid), bytesPerResponse: Math.round(bytes / sample.length) };
  }
  return costs;
}

/** Heavy requests one after another until `stop` resolves: the largest graphs the API allows, each one new. */
async function heavyLoop(url: string, stop: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  while (!stopped) {
    const t = performance.now();
    await (await fetch(`${url}/api/graph?limit=${5000 - times.length}`)).arrayBuffer();
    times.push(Math.round(performance.now() - t));
  }
  return times;
}

export async function runLoadBench(options: Partial<LoadOptions> = {}): Promise<LoadFigures> {
  const db = await openDatabase();
  const local = localServerOptions();
  const isLocal = !process.env.NEO4J_URI || process.env.NEO4J_URI === boltUri(local);
  const o = { ...loadDefaults, neo4jPid: isLocal ? localServerPid(local) : null, ...options };
  const count = async () =>
    (await runRead(db.driver, "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships")).rows[0] as LoadFigures["graph"];
  try {
    let graph = await count();
    o.log(`bench:load: ${db.uri} holds ${graph.nodes} nodes, ${graph.relationships} relationships`);
    const documents = (await runRead(db.driver, "MATCH (d:Document) RETURN count(d) AS n")).rows[0] as { n: number };
    if (documents.n === 0) {
      const files = corpusFiles(o.corpus, o.docs);
      o.log(`bench:load: no documents yet, so ingesting ${files.length} files of ${resolve(o.corpus)} first (once; later runs reuse it)...`);
      await ingestPaths(db.driver, files, { batchSize: 200 });
      graph = await count();
      o.log(`bench:load: now ${graph.nodes} nodes, ${graph.relationships} relationships`);
    }
    const paths = await pickWorkload(db.driver);
    const timings = new ServerTimings();
    const gate = o.gateSlots > 0 ? { maxConcurrent: o.gateSlots } : { maxConcurrent: Infinity, maxHeavy: Infinity };
    const serve = (cacheMb: number) =>
      startServer({ driver: db.driver, port: 0, host: "127.0.0.1", staticDir: "dist/viewer", log: timings.record, cache: { maxBytes: cacheMb * 2 ** 20 }, gate });
    const server = await serve(o.cacheMb);
    try {
      o.log(`bench:load: ${paths.length} distinct requests; warming up with ${o.warmupRequests} requests or more, until Neo4j's CPU per request settles (cache off, at most ${o.warmupCapS} s), then ${o.durationS} s at ${o.rate} req/s over ${o.connections} connections, cache ${o.cacheMb} MB (empty at the start), gate ${o.gateSlots || "off"}`);
      const uncached = await serve(0);
      let warmup: LoadFigures["warmup"], costs: LoadFigures["costs"];
      try {
        warmup = await warmUp(uncached.url, paths, o.warmupRequests, o.warmupCapS, o.neo4jPid, o.connections);
        costs = await measureCosts(uncached.url, paths, o.neo4jPid);
      } finally {
        await uncached.close();
      }
      timings.take();
      const mixed = await drive(server, paths, o, o.durationS, timings);
      const figures: LoadFigures = { graph, warmup, costs, targetRate: o.rate, mixed };
      if (o.heavyDurationS > 0) {
        o.log(`bench:load: ${o.heavyDurationS} s more with /api/graph?limit=5000, 4999, ... requested back to back beside the mix`);
        const run = drive(server, paths, o, o.heavyDurationS, timings);
        const heavy = await heavyLoop(server.url, run);
        const withHeavy = await run;
        delete withHeavy.endpoints["/api/graph"]; // the heavy requests land there too; the mix's own figures are above
        figures.withHeavy = { ...withHeavy, heavyRequests: heavy.length, heavyLatencyMs: latencyOf(heavy) };
      }
      return figures;
    } finally {
      await server.close();
    }
  } finally {
    await db.close();
  }
}

export function printFigures(f: LoadFigures): void {
  const row = (name: string, r: RunFigures) =>
    `${name.padEnd(22)} ${String(r.requestsPerSecond).padStart(7)} req/s  p50 ${r.latencyMs.p50} ms  p90 ${r.latencyMs.p90} ms  p99 ${r.latencyMs.p99} ms  max ${r.latencyMs.max} ms  ` +
    `errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}  (${r.requests} requests; CPU per request: node ${r.cpuMsPerRequest.node} ms, neo4j ${r.cpuMsPerRequest.neo4j ?? "?"} ms; ` +
    `cache ${r.cache ? `${r.cache.hits} hits, ${r.cache.misses} misses` : "off"}; server event loop delay p99 ${r.eventLoopDelayMs.p99} ms, max ${r.eventLoopDelayMs.max} ms)`;
  console.log(`graph: ${f.graph.nodes} nodes, ${f.graph.relationships} relationships`);
  const w = f.warmup;
  console.log(`warm-up, cache off: ${w.requests} requests in ${w.seconds} s; Neo4j CPU ms per request by round of ${WARMUP_ROUND}: ${w.neo4jCpuMsPerRequest.map((v) => v ?? "?").join(", ")}`);
  console.log("\ncost per request, one endpoint at a time, cache off   requests  node CPU ms  neo4j CPU ms  bytes");
  for (const [name, c] of Object.entries(f.costs)) {
    console.log(`${name.padEnd(53)} ${String(c.requests).padStart(8)} ${String(c.cpuMsPerRequest.node).padStart(12)} ${String(c.cpuMsPerRequest.neo4j ?? "?").padStart(13)}  ${c.bytesPerResponse}`);
  }
  console.log(`\nmixed load, target ${f.targetRate} req/s`);
  console.log(row("mixed", f.mixed));
  if (f.withHeavy) console.log(row("mixed + heavy beside", f.withHeavy));
  if (f.withHeavy) console.log(`heavy /api/graph?limit=5000, 4999, ...: ${f.withHeavy.heavyRequests} requests, p50 ${f.withHeavy.heavyLatencyMs.p50} ms, max ${f.withHeavy.heavyLatencyMs.max} ms`);
  console.log("\nserver-side per endpoint (ms)     requests   non-2xx   p50   p90   p99   max");
  for (const [label, run] of [["mixed", f.mixed], ["with heavy", f.withHeavy]] as const) {
    for (const [name, e] of Object.entries(run?.endpoints ?? {})) {
      console.log(`${`${label} ${name}`.padEnd(32)} ${String(e.requests).padStart(9)} ${String(e.non2xx).padStart(9)} ${[e.p50, e.p90, e.p99, e.max].map((v) => String(v).padStart(5)).join(" ")}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      warmup: { type: "string" }, duration: { type: "string" }, rate: { type: "string" }, connections: { type: "string" },
      "heavy-duration": { type: "string" }, corpus: { type: "string" }, docs: { type: "string" }, "cache-mb": { type: "string" }, "gate-slots": { type: "string" },
    },
  });
  const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const docs = values.docs === "all" ? null : num(values.docs, loadDefaults.docs ?? 600);
  if (docs !== null && !(Number.isInteger(docs) && docs > 0)) throw new Error(`--docs must be a positive whole number or 'all', not '${values.docs}'`);
  if (!process.env.NEO4J_URI) {
    // A store per corpus size, so a 10k-node run and a whole-corpus run never share (or spoil) one graph.
    process.env.KG_NEO4J_HOME ??= resolve(".kg", `bench-load-${docs ?? "all"}`);
    process.env.KG_NEO4J_BOLT_PORT ??= "7761";
  }
  const cpu0 = process.cpuUsage();
  const figures = await runLoadBench({
    warmupRequests: num(values.warmup, loadDefaults.warmupRequests), durationS: num(values.duration, loadDefaults.durationS), rate: num(values.rate, loadDefaults.rate),
    connections: num(values.connections, loadDefaults.connections), heavyDurationS: num(values["heavy-duration"], loadDefaults.heavyDurationS),
    corpus: values.corpus ?? loadDefaults.corpus, docs,
    cacheMb: num(values["cache-mb"], loadDefaults.cacheMb), gateSlots: num(values["gate-slots"], loadDefaults.gateSlots),
  });
  printFigures(figures);
  const cpu = process.cpuUsage(cpu0);
  console.log(`\nCPU time of this process (server, warm-up client, not the load generator): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
}
