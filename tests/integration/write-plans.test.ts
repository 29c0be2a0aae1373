// The write path keeps the first plan Neo4j makes for each statement (planOnce), and on a first
// ingest that plan is made on an empty graph, where every plan looks free. So each plan, made there,
// must find nodes by unique-index seeks on the given ids and reach the rest by expanding from them:
// a label or relationship scan would be kept for the whole load and read the whole graph per row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "neo4j-driver";
import { applySchema } from "../../src/graph/index.ts";
import { WRITE_STATEMENTS } from "../../src/graph/write.ts";
import { testDriver, wipeDatabase } from "../helpers.ts";

const driver = testDriver();

beforeAll(async () => {
  await wipeDatabase(driver);
  await applySchema(driver);
});
afterAll(async () => {
  await driver.close();
});

function operators(plan: Plan): string[] {
  return [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(operators)];
}

describe("write statements planned on an empty graph", () => {
  for (const [name, cypher] of Object.entries(WRITE_STATEMENTS)) {
    it(`${name} seeks by id and expands, scanning nothing`, async () => {
      const session = driver.session();
      try {
        const result = await session.run(`EXPLAIN ${cypher}`);
        const ops = operators(result.summary.plan as Plan);
        expect(ops.some((op) => op.startsWith("NodeUniqueIndexSeek"))).toBe(true);
        expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }
});
