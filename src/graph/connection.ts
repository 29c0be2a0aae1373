// The Neo4j edge: one driver from the environment, read-only query running with bounds.
import neo4j, { type Driver, type QueryResult, type Session } from "neo4j-driver";
import { BadInputError, DatabaseUnavailableError, KgError, ReadOnlyViolationError } from "../types/index.ts";

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
}

/** Local defaults, documented in the README; a configured server comes from NEO4J_URI/USER/PASSWORD. */
export const LOCAL_DEFAULTS = { boltPort: 7687, user: "neo4j", password: "kg-local-password" } as const;

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.KG_NEO4J_BOLT_PORT ?? LOCAL_DEFAULTS.boltPort}`,
    user: env.NEO4J_USER ?? LOCAL_DEFAULTS.user,
    password: env.NEO4J_PASSWORD ?? LOCAL_DEFAULTS.password,
  };
}

/** URI schemes the driver speaks: bolt (one server) and neo4j (routing: a cluster or Aura), each plain, +s or +ssc. */
export const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"] as const;

const URI_HELP =
  "use bolt://host:7687 for one server, or neo4j://host:7687 / neo4j+s://<id>.databases.neo4j.io for a cluster or Aura";

export interface Neo4jUri {
  scheme: (typeof NEO4J_SCHEMES)[number];
  host: string;
  /** Null when the URI has none (the driver then uses 7687). */
  port: number | null;
  /** neo4j:// schemes discover the cluster's routing table and send reads to readers, writes to the leader. */
  routing: boolean;
}

/** Checks NEO4J_URI before the driver sees it, so a typo gets a message that says what a good one looks like. */
export function parseNeo4jUri(uri: string): Neo4jUri {
  const refuse = (why: string) => new BadInputError("NEO4J_URI", `'${uri}' ${why}: ${URI_HELP}`);
  const match = /^([a-z0-9+]+):\/\/(.*)$/i.exec(uri.trim());
  if (!match) throw refuse("is not a URI");
  const scheme = match[1]!.toLowerCase();
  if (!(NEO4J_SCHEMES as readonly string[]).includes(scheme)) throw refuse(`has scheme ${scheme}://, which is not a Neo4j one`);
  let url: URL;
  try {
    // URL parses special schemes only; the authority is what matters, so parse it under http.
    url = new URL(`http://${match[2]}`);
  } catch {
    throw refuse("is malformed");
  }
  if (!url.hostname) throw refuse("names no host");
  if ((url.pathname !== "/" && url.pathname !== "") || url.username || url.password) {
    throw refuse("must hold only host and port (the user and password come from NEO4J_USER and NEO4J_PASSWORD)");
  }
  const explicitPort = /:(\d+)$/.exec(match[2]!.split(/[/?#]/)[0]!);
  const port = explicitPort ? Number(explicitPort[1]) : null;
  return { scheme: scheme as Neo4jUri["scheme"], host: url.hostname, port, routing: scheme.startsWith("neo4j") };
}

/** How long the driver waits; each is a bound on how long a command or API request can hang on an absent server. */
export interface DriverOptions {
  /** Opening one TCP/Bolt connection (the driver's default is 30 s). */
  connectionTimeoutMs: number;
  /** Waiting for a pooled connection, including opening one. */
  connectionAcquisitionTimeoutMs: number;
  /** How long executeRead/executeWrite keep retrying transient failures (deadlocks, a leader switch). */
  maxTransactionRetryTimeMs: number;
}
export const driverDefaults: DriverOptions = { connectionTimeoutMs: 5_000, connectionAcquisitionTimeoutMs: 10_000, maxTransactionRetryTimeMs: 15_000 };

/**
 * One driver for the URI; with neo4j:// the driver is routing-aware, so READ sessions (runRead) may go to read
 * replicas and WRITE sessions (the default, writeDocumentBatch) to the leader.
 */
export function createDriver(settings: ConnectionSettings, options: Partial<DriverOptions> = {}): Driver {
  parseNeo4jUri(settings.uri);
  const o = { ...driverDefaults, ...options };
  // The driver knows schemes in lower case only.
  const uri = settings.uri.trim().replace(/^[a-z0-9+]+/i, (scheme) => scheme.toLowerCase());
  return neo4j.driver(uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: o.connectionTimeoutMs,
    connectionAcquisitionTimeout: o.connectionAcquisitionTimeoutMs,
    maxTransactionRetryTime: o.maxTransactionRetryTimeMs,
  });
}

/** Neo4j could not write to its disk (full, or read-only); retrying does not help until someone frees space. */
export class DatabaseStorageError extends DatabaseUnavailableError {
  override name = "DatabaseStorageError";
}

const STORAGE_ADVICE =
  "its disk is probably full (or not writable): free space on the volume that holds Neo4j's data and logs, restart Neo4j, then re-run the same command";

/** Turns driver failures into errors that say what to do. */
export function explainDriverError(e: unknown, uri: string): Error {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? "";
  const message = err.message ?? "";
  if (e instanceof KgError) return e;
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new DatabaseUnavailableError(`Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (${message || code})`);
  }
  // A full disk shows first as a failed append to the transaction log, then as a database that needs a restart.
  if (code === "Neo.DatabaseError.Transaction.TransactionLogError" || /No space left on device/i.test(message)) {
    return new DatabaseStorageError(`Neo4j at ${uri} could not write its transaction log, so nothing of this transaction was stored; ${STORAGE_ADVICE} (${message})`);
  }
  if (/critical error, and needs to be restarted/i.test(message)) {
    return new DatabaseStorageError(`Neo4j at ${uri} stopped after a critical error and must be restarted; ${STORAGE_ADVICE} (${message})`);
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|Could not perform discovery|connect/i.test(message)) {
    return new DatabaseUnavailableError(`Neo4j is not reachable at ${uri}: start it with 'npx kg neo4j start' or set NEO4J_URI (${message || code})`);
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security.Forbidden")) {
    return new ReadOnlyViolationError(`this query writes or administers the database; only reads are allowed here (${message})`);
  }
  if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code.includes("TransactionTimedOut")) {
    return new KgError(`the query ran past its time limit and was stopped; narrow it or add a LIMIT`);
  }
  return e instanceof Error ? e : new Error(String(e));
}

export async function verifyConnection(driver: Driver, uri: string): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (e) {
    throw explainDriverError(e, uri);
  }
}

export interface ReadOptions {
  /** Stops the query server-side after this long. */
  timeoutMs: number;
  /** Rows beyond this are not returned (the result says it was truncated). */
  maxRows: number;
}
export const readDefaults: ReadOptions = { timeoutMs: 10_000, maxRows: 1_000 };

export interface ReadResult {
  keys: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

// Procedures and clauses that are not data reads; READ access mode refuses writes on its own, these are refused too.
const NON_READ = /\b(LOAD\s+CSV|CALL\s+dbms\.|CALL\s+db\.(create|drop|clear)|apoc\.)/i;

/**
 * Runs one query in a READ access-mode transaction with a server-side timeout and a row cap. READ sessions
 * are what a neo4j:// driver routes to read replicas; writes are refused by Neo4j itself
 * (Neo.ClientError.Statement.AccessMode).
 * An auto-commit query rather than executeRead: that one keeps retrying an absent server for
 * maxTransactionRetryTime (15 s), and a viewer waiting 15 s for a 503 is worse than a prompt one. Only a
 * transient failure (a deadlock, a cluster member switching roles) is tried once more.
 */
export async function runRead(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
  options: Partial<ReadOptions> = {},
): Promise<ReadResult> {
  const { timeoutMs, maxRows } = { ...readDefaults, ...options };
  if (NON_READ.test(cypher)) {
    throw new ReadOnlyViolationError("LOAD CSV, dbms.* and admin procedures are not allowed in read-only queries");
  }
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await readOnce(session, cypher, params, timeoutMs, maxRows);
    } catch (e) {
      if (attempt === 1 && isTransient(e)) continue;
      throw explainDriverError(e, "the configured server");
    } finally {
      await session.close();
    }
  }
}

/** Failures worth one more try: not "no server" (ServiceUnavailable), which would only wait longer for the same answer. */
export function isTransient(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? "";
  return code === "SessionExpired" || (code.startsWith("Neo.TransientError.") && !code.includes("TransactionTimedOut"));
}

/**
 * An auto-commit query: RUN and PULL go out in one write, where an explicit transaction adds a BEGIN and a COMMIT
 * round trip each; on a busy API those socket writes were most of the driver's CPU. Access mode and timeout apply
 * the same way.
 */
async function readOnce(session: Session, cypher: string, params: Record<string, unknown>, timeoutMs: number, maxRows: number): Promise<ReadResult> {
  const rows: Record<string, unknown>[] = [];
  let keys: string[] = [];
  let truncated = false;
  // Stream rows and stop keeping them once the cap is reached, so a huge result never fills memory.
  await new Promise<void>((resolve, reject) => {
    session.run(cypher, params, { timeout: timeoutMs }).subscribe({
      onKeys: (k) => (keys = k as string[]),
      onNext: (record) => {
        if (rows.length >= maxRows) {
          truncated = true;
          return;
        }
        rows.push(record.toObject());
      },
      onCompleted: () => resolve(),
      onError: reject,
    });
  });
  return { keys, rows, truncated };
}

export type { Driver, QueryResult, Session };
