// The Neo4j edge: one driver from the environment, read-only query running with bounds.
import neo4j, { type Driver, type QueryResult } from "neo4j-driver";
import { DatabaseUnavailableError, KgError, ReadOnlyViolationError } from "../types/index.ts";

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

/** Accepts bolt://, bolt+s://, neo4j:// and neo4j+s:// (routing); the driver picks routing-aware sessions for neo4j://. */
export function createDriver(settings: ConnectionSettings): Driver {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/]+/.test(settings.uri)) {
    throw new KgError(`NEO4J_URI '${settings.uri}' is not a bolt:// or neo4j:// URI`);
  }
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: 15_000,
  });
}

/** Turns driver failures into errors that say what to do. */
export function explainDriverError(e: unknown, uri: string): Error {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? "";
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new DatabaseUnavailableError(`Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`);
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|Could not perform discovery|connect/i.test(err.message ?? "")) {
    return new DatabaseUnavailableError(`Neo4j is not reachable at ${uri}: start it with 'npx kg neo4j start' or set NEO4J_URI (${err.message ?? code})`);
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security.Forbidden")) {
    return new ReadOnlyViolationError(`this query writes or administers the database; only reads are allowed here (${err.message})`);
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
 * Runs one query in a READ access-mode transaction with a server-side timeout and a row cap.
 * Writes are refused by Neo4j itself (Neo.ClientError.Statement.AccessMode).
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
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const rows: Record<string, unknown>[] = [];
        let keys: string[] = [];
        let truncated = false;
        const result = tx.run(cypher, params);
        // Stream rows and stop pulling once the cap is reached, so a huge result never fills memory.
        await new Promise<void>((resolve, reject) => {
          const sub = result.subscribe({
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
          void sub;
        });
        return { keys, rows, truncated };
      },
      { timeout: timeoutMs },
    );
  } catch (e) {
    throw explainDriverError(e, "the configured server");
  } finally {
    await session.close();
  }
}

export type { Driver, QueryResult };
