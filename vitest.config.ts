import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 240_000,
    projects: [
      // Pure functions on real sentences: no database, run in parallel.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Real Neo4j (started by the global setup) and real Chromium: files share the database, so
      // they run one after another.
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/browser/**/*.test.ts"],
          globalSetup: ["tests/setup/neo4j.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
