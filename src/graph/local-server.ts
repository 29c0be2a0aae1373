// Starts and stops the project's own Neo4j (embedded Community 5.26 in a small Maven-built
// launcher, see scripts/neo4j/) for machines without Docker or a configured NEO4J_URI.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DatabaseUnavailableError, KgError } from "../types/index.ts";
import { createDriver, LOCAL_DEFAULTS } from "./connection.ts";

const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const LAUNCHER_DIR = join(PROJECT_ROOT, "scripts", "neo4j");
const LAUNCHER_JAR = join(LAUNCHER_DIR, "target", "kg-neo4j.jar");

export interface LocalServerOptions {
  /** Data folder (store, logs, pid file). */
  home: string;
  boltPort: number;
  password: string;
  /** JVM heap, e.g. "2g". */
  heap: string;
  /** Further JVM options, e.g. "-XX:TieredStopAtLevel=1" (KG_NEO4J_JAVA_OPTS, split on spaces). */
  javaOptions: string[];
  /** How long to wait for Bolt to answer before giving up. */
  startTimeoutMs: number;
}

export function localServerOptions(env: NodeJS.ProcessEnv = process.env): LocalServerOptions {
  return {
    home: resolve(env.KG_NEO4J_HOME ?? join(PROJECT_ROOT, ".kg", "neo4j")),
    boltPort: Number(env.KG_NEO4J_BOLT_PORT ?? LOCAL_DEFAULTS.boltPort),
    password: env.NEO4J_PASSWORD ?? LOCAL_DEFAULTS.password,
    heap: env.KG_NEO4J_HEAP ?? "2g",
    javaOptions: (env.KG_NEO4J_JAVA_OPTS ?? "").split(/\s+/).filter(Boolean),
    startTimeoutMs: Number(env.KG_NEO4J_START_TIMEOUT_MS ?? 180_000),
  };
}

const pidFile = (o: LocalServerOptions) => join(o.home, "kg-neo4j.pid");
const logFile = (o: LocalServerOptions) => join(o.home, "kg-neo4j.log");
export const boltUri = (o: LocalServerOptions) => `bolt://127.0.0.1:${o.boltPort}`;

/** Builds the launcher with Maven when its jar is missing or older than its sources. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  const sources = [join(LAUNCHER_DIR, "pom.xml"), join(LAUNCHER_DIR, "src/main/java/kg/neo4j/Launcher.java")];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(LAUNCHER_JAR) && existsSync(join(LAUNCHER_DIR, "target", "lib")) && statSync(LAUNCHER_JAR).mtimeMs >= newest) return;
  log("Building the Neo4j launcher with Maven (first run downloads Neo4j 5.26 from Maven Central, ~120 MB)...");
  const mvn = spawnSync("mvn", ["-q", "-B", "-f", join(LAUNCHER_DIR, "pom.xml"), "package", "-DskipTests"], { stdio: ["ignore", "inherit", "inherit"] });
  if (mvn.error) throw new KgError(`cannot run Maven ('mvn'): ${mvn.error.message}. Install Maven and Java 17, or set NEO4J_URI to a running Neo4j`);
  if (mvn.status !== 0) throw new KgError(`Maven failed to build the Neo4j launcher in ${LAUNCHER_DIR} (exit ${mvn.status})`);
}

function readPid(o: LocalServerOptions): number | null {
  try {
    const pid = Number(readFileSync(pidFile(o), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tailOfLog(o: LocalServerOptions, lines = 15): string {
  try {
    return readFileSync(logFile(o), "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** True when Bolt answers and accepts our credentials. */
export async function isReachable(uri: string, user: string, password: string): Promise<boolean> {
  const driver = createDriver({ uri, user, password });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface StartedServer {
  uri: string;
  /** True when this call started the process (false: it was already running). */
  started: boolean;
  pid: number | null;
}

/** Starts the local server unless it already runs; waits until Bolt answers. Idempotent. */
export async function startLocalServer(o: LocalServerOptions, log: (line: string) => void = () => {}): Promise<StartedServer> {
  const uri = boltUri(o);
  const existing = readPid(o);
  if (existing && isAlive(existing)) {
    // Already up: Bolt answering is enough (the "ready" line may have scrolled out of the log's tail).
    if (await isReachable(uri, LOCAL_DEFAULTS.user, o.password)) return { uri, started: false, pid: existing };
    await waitForBolt(o, existing);
    return { uri, started: false, pid: existing };
  }
  if (await isReachable(uri, LOCAL_DEFAULTS.user, o.password)) return { uri, started: false, pid: null };
  ensureLauncherBuilt(log);
  mkdirSync(o.home, { recursive: true });
  const out = openSync(logFile(o), "a");
  const child = spawn("java", [`-Xmx${o.heap}`, "-XX:+UseG1GC", ...o.javaOptions, "-jar", LAUNCHER_JAR], {
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, KG_NEO4J_HOME: join(o.home, "data"), KG_NEO4J_BOLT_PORT: String(o.boltPort), NEO4J_PASSWORD: o.password },
  });
  child.on("error", () => {});
  child.unref();
  if (!child.pid) throw new KgError("cannot start 'java': install Java 17 or set NEO4J_URI to a running Neo4j");
  writeFileSync(pidFile(o), String(child.pid));
  log(`Starting Neo4j 5.26 on ${uri} (data in ${o.home}, log ${logFile(o)})...`);
  await waitForBolt(o, child.pid);
  return { uri, started: true, pid: child.pid };
}

async function waitForBolt(o: LocalServerOptions, pid: number): Promise<void> {
  const deadline = Date.now() + o.startTimeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      rmSync(pidFile(o), { force: true });
      throw new DatabaseUnavailableError(`Neo4j exited while starting. Last lines of ${logFile(o)}:\n${tailOfLog(o)}`);
    }
    if (/kg-neo4j: ready/.test(tailOfLog(o, 5)) && (await isReachable(boltUri(o), LOCAL_DEFAULTS.user, o.password))) return;
    await sleep(500);
  }
  throw new DatabaseUnavailableError(`Neo4j did not answer on ${boltUri(o)} within ${o.startTimeoutMs / 1000}s. Last lines of ${logFile(o)}:\n${tailOfLog(o)}`);
}

/** Stops the server this project started (by pid file); waits for a clean shutdown. Idempotent. */
export async function stopLocalServer(o: LocalServerOptions): Promise<boolean> {
  const pid = readPid(o);
  if (!pid || !isAlive(pid)) {
    rmSync(pidFile(o), { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  rmSync(pidFile(o), { force: true });
  return true;
}

export function localServerPid(o: LocalServerOptions): number | null {
  const pid = readPid(o);
  return pid && isAlive(pid) ? pid : null;
}

/** Where the local server keeps the default database's store (the launcher's home is `<home>/data`). */
export const localDatabaseDir = (o: LocalServerOptions) => join(o.home, "data", "data", "databases", "neo4j");

/**
 * Runs `neo4j-admin database import full <args> neo4j` through the launcher, into the local
 * server's store. The server must be stopped (the importer replaces the store files).
 */
export function runLocalImport(o: LocalServerOptions, args: string[]): void {
  if (localServerPid(o) !== null) throw new KgError(`the local Neo4j in ${o.home} is running; stop it before a bulk import`);
  ensureLauncherBuilt();
  const log = join(o.home, "kg-neo4j-import.log");
  mkdirSync(o.home, { recursive: true });
  const out = openSync(log, "w");
  const r = spawnSync("java", [`-Xmx${o.heap}`, "-jar", LAUNCHER_JAR, "import", ...args, `--report-file=${join(o.home, "import.report")}`, "neo4j"], {
    stdio: ["ignore", out, out],
    env: { ...process.env, KG_NEO4J_HOME: join(o.home, "data") },
  });
  if (r.error) throw new KgError(`cannot run 'java' for the bulk import: ${r.error.message}`);
  if (r.status !== 0) {
    const tail = readFileSync(log, "utf8").trimEnd().split("\n").slice(-20).join("\n");
    throw new KgError(`neo4j-admin import failed (exit ${r.status}); last lines of ${log}:\n${tail}`);
  }
}
