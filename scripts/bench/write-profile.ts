// Where a batch's write time goes: runs the ingest writer (writeDocumentBatch) on BBC extractions and
// times every statement of its transaction, with the CPU time of Node and of the Neo4j JVM (from
// /proc), then PROFILEs one more batch for each operator's db hits. Extractions are cached under
// .kg/write-profile/ so repeated runs measure the writes only.
//   tsx scripts/bench/write-profile.ts [--docs 300] [--batch 100] [--port 7762] [--rewrite] [--warm-ups 1] [--copies 1]
// --copies N writes the documents N times under distinct document and claim ids (the entities stay
// shared, so popular ones gather mentions) and prints each copy's rate: flat when a batch's cost does
// not grow with the graph.
// WRITERS=N writes the measured batches from N concurrent sessions (interleaved batches).
// Where Neo4j's own CPU goes: KG_NEO4J_JAVA_OPTS="-XX:StartFlightRecording=settings=profile,filename=/tmp/w.jfr"
// records the server from its start (then `jfr print --events jdk.ExecutionSample /tmp/w.jfr`); a
// recording started mid-run with jcmd made the JIT recompile for a minute and measured that instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Driver, ManagedTransaction, ProfiledPlan } from "neo4j-driver";
import { applySchema, writeDocumentBatch } from "../../src/graph/index.ts";
import { extractInOrder } from "../../src/pipeline/extract-pool.ts";
import type { DocumentExtraction } from "../../src/types/index.ts";
import { sourceFiles } from "./corpus.ts";
import { benchDriver, freshServer, graphSize, serverCpu, useBenchServer, wipeServer } from "./server.ts";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const { values: args } = parseArgs({
  options: {
    files: { type: "string", default: "../shared/data/bbc" },
    docs: { type: "string", default: "300" },
    batch: { type: "string", default: "100" },
    port: { type: "string", default: "7762" },
    rewrite: { type: "boolean", default: false },
    "warm-ups": { type: "string", default: "1" },
    copies: { type: "string", default: "1" },
  },
});
const cacheDir = join(ROOT, ".kg", "write-profile");
useBenchServer(Number(args.port), cacheDir);

async function extractions(n: number): Promise<DocumentExtraction[]> {
  const cache = join(cacheDir, `extractions-${n}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as DocumentExtraction[];
  const dir = resolve(args.files);
  const files = sourceFiles(dir).slice(0, n).map((f) => join(dir, f));
  const out: DocumentExtraction[] = [];
  for await (const { outcome } of extractInOrder(files, { workers: 2, maxBytes: 5_000_000 })) if (outcome.ok) out.push(outcome.extraction);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** Query CPU of the Neo4j JVM (its Bolt worker threads), seconds. */
const neo4jCpuSeconds = () => serverCpu().queries;
const nodeCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface StatementTime {
  wall: number;
  neo4jCpu: number;
  calls: number;
}
const times = new Map<string, StatementTime>();
const plans = new Map<string, ProfiledPlan>();
let profiling = false;

/** A statement's name: its first non-blank line, shortened. */
const nameOf = (cypher: string) => cypher.trim().split("\n").slice(0, 2).join(" ").replace(/\s+/g, " ").slice(0, 70);

/** Wraps the driver so every tx.run inside executeWrite is timed (and profiled when asked). */
function instrumented(driver: Driver): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop !== "run") return Reflect.get(target, prop);
        return async (cypher: string, params?: Record<string, unknown>) => {
          const name = nameOf(cypher);
          const t0 = performance.now();
          const c0 = neo4jCpuSeconds();
          const result = await target.run(`${profiling ? "PROFILE " : ""}${process.env.WRITE_PROFILE_PREFIX ?? ""}${cypher}`, params);
          const t = times.get(name) ?? { wall: 0, neo4jCpu: 0, calls: 0 };
          t.wall += (performance.now() - t0) / 1000;
          t.neo4jCpu += neo4jCpuSeconds() - c0;
          t.calls++;
          if (process.env.WRITE_PROFILE_CALLS) console.error(`${name.slice(0, 50).padEnd(50)} ${((performance.now() - t0) / 1000).toFixed(3)} s wall, ${(neo4jCpuSeconds() - c0).toFixed(2)} s query CPU, ${result.summary.resultAvailableAfter} ms available after`);
          times.set(name, t);
          if (profiling && result.summary.profile) plans.set(name, result.summary.profile);
          return result;
        };
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop !== "session") return Reflect.get(target, prop);
      return (...a: Parameters<Driver["session"]>) => {
        const session = target.session(...a);
        return new Proxy(session, {
          get(s, p) {
            if (p !== "executeWrite") return Reflect.get(s, p);
            return <T>(work: (tx: ManagedTransaction) => Promise<T>) => s.executeWrite((tx) => work(wrapTx(tx)));
          },
        });
      };
    },
  });
}

function printPlan(plan: ProfiledPlan, depth = 0): void {
  const details = String(plan.arguments?.Details ?? "").replace(/\s+/g, " ").slice(0, 90);
  console.log(`${"  ".repeat(depth)}${plan.operatorType.padEnd(28 - Math.min(2 * depth, 20))} rows ${String(plan.rows).padStart(7)}  hits ${String(plan.dbHits).padStart(8)}  ${details}`);
  for (const child of plan.children) printPlan(child, depth + 1);
}

const docs = await extractions(Number(args.docs));
const batchSize = Number(args.batch);
await freshServer();
const plain = benchDriver();
await applySchema(plain);
const driver = instrumented(plain);
// Warm-up: the same load once (plans compiled, the JVM's JIT warm), then a clean store for the measured run.
const warmUps = Number(args["warm-ups"]);
for (let round = 0; round < warmUps; round++) {
  for (let i = 0; i < docs.length; i += batchSize) await writeDocumentBatch(driver, docs.slice(i, i + batchSize));
  const session = plain.session();
  await session.run("MATCH (n) WHERE NOT n:SchemaVersion CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  await session.close();
}
times.clear();

/** The k-th copy of the documents: the same extractions under ids of their own. */
const copyOf = (k: number): DocumentExtraction[] =>
  k === 0
    ? docs
    : docs.map((d) => ({
        ...d,
        document: { ...d.document, id: `${d.document.id}-${k}`, path: `${d.document.path}#${k}` },
        claims: d.claims.map((c) => ({ ...c, id: `${c.id}-${k}` })),
      }));
const copies = Number(args.copies);
const rounds = args.rewrite ? 2 : copies;
const wall0 = performance.now();
const node0 = nodeCpuSeconds();
const neo0 = neo4jCpuSeconds();
const server0 = serverCpu();
const jvm0 = server0.total;
let batches = 0;
const writers = Number(process.env.WRITERS ?? 1);
for (let round = 0; round < rounds; round++) {
  const batchDocs = copyOf(args.rewrite ? 0 : round);
  const [roundWall, roundCpu] = [performance.now(), neo4jCpuSeconds()];
  const starts: number[] = [];
  for (let i = 0; i < docs.length; i += batchSize) starts.push(i);
  await Promise.all(Array.from({ length: writers }, async (_, w) => {
    for (let j = w; j < starts.length; j += writers) {
      await writeDocumentBatch(driver, batchDocs.slice(starts[j]!, starts[j]! + batchSize));
      batches++;
    }
  }));
  if (copies > 1) console.log(`copy ${round + 1}: ${((performance.now() - roundWall) / 1000).toFixed(2)} s wall, ${(neo4jCpuSeconds() - roundCpu).toFixed(2)} s Neo4j query CPU`);
}
const wall = (performance.now() - wall0) / 1000;
const nodeCpu = nodeCpuSeconds() - node0;
const neoCpu = neo4jCpuSeconds() - neo0;
const server1 = serverCpu();
const jvmCpu = server1.total - jvm0;
const size = await graphSize(plain);
const total = size.nodes + size.relationships;
// A rewrite writes the graph twice; copies add up to the graph.
const written = args.rewrite ? total * 2 : total;
console.log(`${docs.length} documents x ${rounds} round(s), ${batches} batches of ${batchSize}: ${total} nodes+rels`);
console.log(`wall ${wall.toFixed(2)} s (${Math.round(written / wall)} nodes+rels/s wall); Node CPU ${nodeCpu.toFixed(2)} s; Neo4j query CPU ${neoCpu.toFixed(2)} s (${Math.round(written / neoCpu)} nodes+rels per query CPU s), whole JVM ${jvmCpu.toFixed(2)} s`);
const threads = [...server1.byThread].map(([name, s]) => [name, s - (server0.byThread.get(name) ?? 0)] as const).filter(([, s]) => s >= 0.05);
console.log(`Neo4j JVM CPU by thread: ${threads.sort((a, b) => b[1] - a[1]).map(([n, s]) => `${n} ${s.toFixed(2)} s`).join(", ")}`);
console.log("statement".padEnd(72), "calls", "wall s".padStart(8), "query CPU s".padStart(12));
for (const [name, t] of times) console.log(name.padEnd(72), String(t.calls).padStart(5), t.wall.toFixed(3).padStart(8), t.neo4jCpu.toFixed(3).padStart(12));

// One more batch (a re-write of the first) under PROFILE.
profiling = true;
await writeDocumentBatch(driver, docs.slice(0, batchSize));
for (const [name, plan] of plans) {
  console.log(`\nPROFILE ${name}`);
  printPlan(plan);
}
await plain.close();
await wipeServer();
