import { describe, expect, it } from "vitest";
import { connectionFromEnv, createDriver } from "../../src/graph/index.ts";
import { KgError } from "../../src/types/index.ts";

describe("connection settings", () => {
  it("uses the local server when NEO4J_URI is not set", () => {
    expect(connectionFromEnv({})).toEqual({ uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "kg-local-password" });
  });

  it("takes NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD from the environment", () => {
    const env = { NEO4J_URI: "neo4j+s://abc.databases.example:7687", NEO4J_USER: "reader", NEO4J_PASSWORD: "s3cret-pass" };
    expect(connectionFromEnv(env)).toEqual({ uri: env.NEO4J_URI, user: "reader", password: "s3cret-pass" });
  });

  it.each(["bolt://127.0.0.1:7687", "neo4j://cluster.local:7687", "neo4j+s://abc.databases.example", "bolt+s://host:7687", "neo4j+ssc://host"])(
    "accepts %s (routing schemes get routing-aware sessions from the driver)",
    async (uri) => {
      const driver = createDriver({ uri, user: "neo4j", password: "x" });
      await driver.close();
    },
  );

  it.each(["http://127.0.0.1:7474", "127.0.0.1:7687", "neo4j:/missing-slash", ""])("refuses %j with an error that names the URI", (uri) => {
    expect(() => createDriver({ uri, user: "neo4j", password: "x" })).toThrow(KgError);
  });
});
