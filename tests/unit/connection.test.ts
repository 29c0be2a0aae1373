import { describe, expect, it } from "vitest";
import { connectionFromEnv, createDriver, explainDriverError, localServerOptions, parseNeo4jUri, DatabaseStorageError } from "../../src/graph/index.ts";
import { BadInputError, DatabaseUnavailableError, ReadOnlyViolationError } from "../../src/types/index.ts";

describe("connection settings", () => {
  it("uses the local server when NEO4J_URI is not set", () => {
    expect(connectionFromEnv({})).toEqual({ uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "kg-local-password" });
  });

  it("takes NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD from the environment", () => {
    const env = { NEO4J_URI: "neo4j+s://abc.databases.example:7687", NEO4J_USER: "reader", NEO4J_PASSWORD: "s3cret-pass" };
    expect(connectionFromEnv(env)).toEqual({ uri: env.NEO4J_URI, user: "reader", password: "s3cret-pass" });
  });
});

describe("local server settings", () => {
  it("reads the heap and further JVM options from the environment", () => {
    const o = localServerOptions({ KG_NEO4J_HEAP: "4g", KG_NEO4J_JAVA_OPTS: "  -XX:+AlwaysPreTouch   -Xlog:gc:file=gc.log " });
    expect(o.heap).toBe("4g");
    expect(o.javaOptions).toEqual(["-XX:+AlwaysPreTouch", "-Xlog:gc:file=gc.log"]);
    expect(localServerOptions({}).javaOptions).toEqual([]);
  });
});

describe("NEO4J_URI", () => {
  it.each([
    ["bolt://127.0.0.1:7687", { scheme: "bolt", host: "127.0.0.1", port: 7687, routing: false }],
    ["neo4j://cluster.local:7687", { scheme: "neo4j", host: "cluster.local", port: 7687, routing: true }],
    ["neo4j+s://abc123.databases.neo4j.io", { scheme: "neo4j+s", host: "abc123.databases.neo4j.io", port: null, routing: true }],
    ["bolt+s://host:7687", { scheme: "bolt+s", host: "host", port: 7687, routing: false }],
    ["neo4j+ssc://host", { scheme: "neo4j+ssc", host: "host", port: null, routing: true }],
    ["NEO4J://Host:7687/?policy=eu", { scheme: "neo4j", host: "host", port: 7687, routing: true }],
    ["bolt://[::1]:7687", { scheme: "bolt", host: "[::1]", port: 7687, routing: false }],
  ])("accepts %s; neo4j schemes route (READ sessions to readers, WRITE to the leader)", async (uri, parsed) => {
    expect(parseNeo4jUri(uri)).toEqual(parsed);
    const driver = createDriver({ uri, user: "neo4j", password: "x" });
    await driver.close();
  });

  it.each([
    ["http://127.0.0.1:7474", /scheme http:\/\/, which is not a Neo4j one/],
    ["127.0.0.1:7687", /is not a URI/],
    ["neo4j:/missing-slash", /is not a URI/],
    ["", /is not a URI/],
    ["neo4j://", /malformed|names no host/],
    ["bolt://host:notaport", /malformed/],
    ["bolt://host:99999", /malformed/],
    ["neo4j://neo4j:secret@host:7687", /only host and port .* NEO4J_USER and NEO4J_PASSWORD/],
    ["bolt://host:7687/neo4j", /only host and port/],
  ])("refuses %j with a BadInputError that names NEO4J_URI and shows good ones", (uri, why) => {
    let error: unknown;
    try {
      createDriver({ uri, user: "neo4j", password: "x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadInputError);
    const message = (error as Error).message;
    expect(message).toContain(`NEO4J_URI: '${uri}'`);
    expect(message).toMatch(why);
    expect(message).toContain("neo4j+s://<id>.databases.neo4j.io");
  });
});

describe("driver errors become errors that say what to do", () => {
  const explain = (e: object) => explainDriverError(Object.assign(new Error((e as { message?: string }).message ?? ""), e), "bolt://db:7687");

  it("a refused connection names the URI and how to start Neo4j", () => {
    const e = explain({ code: "ServiceUnavailable", message: "Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687" });
    expect(e).toBeInstanceOf(DatabaseUnavailableError);
    expect(e.message).toMatch(/not reachable at bolt:\/\/db:7687: start it with 'npx kg neo4j start' or set NEO4J_URI/);
  });

  it("wrong credentials point at NEO4J_USER and NEO4J_PASSWORD", () => {
    const e = explain({ code: "Neo.ClientError.Security.Unauthorized", message: "The client is unauthorized due to authentication failure." });
    expect(e).toBeInstanceOf(DatabaseUnavailableError);
    expect(e.message).toMatch(/refused the credentials: check NEO4J_USER and NEO4J_PASSWORD/);
  });

  // The two errors a Neo4j 5.26 on a full tmpfs gave (tests/integration/faults.test.ts provokes them for real).
  it.each([
    ["Neo.DatabaseError.Transaction.TransactionLogError", "Could not append transaction: Transaction #7 {...} to log."],
    ["Neo.DatabaseError.Transaction.TransactionStartFailed", "The database has encountered a critical error, and needs to be restarted. Please see database logs for more details."],
  ])("a full disk (%s) says to free space and restart Neo4j, and is not retried", (code, message) => {
    const e = explain({ code, message });
    expect(e).toBeInstanceOf(DatabaseStorageError);
    expect(e).toBeInstanceOf(DatabaseUnavailableError);
    expect(e.message).toMatch(/disk is probably full .* free space on the volume that holds Neo4j's data and logs, restart Neo4j/);
  });

  it("a write in a read-only session is a ReadOnlyViolationError", () => {
    expect(explain({ code: "Neo.ClientError.Statement.AccessMode", message: "Writing in read access mode not allowed." })).toBeInstanceOf(ReadOnlyViolationError);
  });
});
