// The bench's own throw-away local Neo4j (never the user's): port 7751 and .kg/bench/neo4j-<port>
// unless told otherwise; wiped before each measured run so every run starts from an empty store.
import { readFileSync, rmSync } from "node:fs";
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
