// The bench's own throw-away local Neo4j (never the user's): port 7751 and .kg/bench/neo4j-<port>
// unless told otherwise; wiped before each measured run so every run starts from an empty store.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createDriver, connectionFromEnv, localServerOptions, localServerPid, startLocalServer, stopLocalServer, type Driver } from "../../src/graph/index.ts";

/** Points this process (and the children it starts) at the bench server. */
export function useBenchServer(port: number, root: string): void {
  delete process.env.NEO4J_URI;
  process.env.KG_NEO4J_BOLT_PORT = String(port);
  process.env.KG_NEO4J_HOME = join(root, `neo4j-${port}`);
}

export async function freshServer(): Promise<void> {
  await wipeServer();
  await startLocalServer(localServerOptions());
}

/** Stops the bench server and deletes its store. */
export async function wipeServer(): Promise<void> {
  const o = localServerOptions();
  await stopLocalServer(o);
  rmSync(o.home, { recursive: true, force: true });
}

export const benchDriver = (): Driver => createDriver(connectionFromEnv());

/** Peak resident memory (VmHWM) of the running server's JVM, in MB; null when it is not running. */
export function serverPeakRssMb(): number | null {
  const pid = localServerPid(localServerOptions());
  if (!pid) return null;
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : null;
}

export async function graphSize(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const r = await driver.executeQuery("CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships");
  return r.records[0]!.toObject() as { nodes: number; relationships: number };
}

/** CPU seconds (user + system) of the server's JVM: all of it, and the Bolt worker threads that run queries and commits. */
export interface ServerCpu {
  total: number;
  /** Threads named neo4j.BoltWorker-*: query execution and commit, without the JIT compiler, GC and background jobs. */
  queries: number;
  /** By thread name, digits dropped (C2 CompilerThread, GC Thread, neo4j.BoltWorker-, ...). */
  byThread: Map<string, number>;
}

/** Reads /proc/<pid>/task/<tid>/stat of the running server; zeros when it is not running. */
export function serverCpu(): ServerCpu {
  const pid = localServerPid(localServerOptions());
  const cpu: ServerCpu = { total: 0, queries: 0, byThread: new Map() };
  if (!pid) return cpu;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    } catch {
      continue; // the thread ended meanwhile
    }
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const seconds = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    cpu.total += seconds;
    const group = name.replace(/[0-9]+/g, "");
    cpu.byThread.set(group, (cpu.byThread.get(group) ?? 0) + seconds);
    if (name.startsWith("neo4j.BoltWorke")) cpu.queries += seconds;
  }
  return cpu;
}
