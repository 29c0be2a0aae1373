// Stage 4: the graph store. Connection and bounded read-only queries, schema, batched writes,
// and the project's own local Neo4j for machines without a configured server.
export * from "./connection.ts";
export { applySchema, cypherStatements } from "./schema.ts";
export { writeDocumentBatch, countGraph, batchParameters, type GraphCounts } from "./write.ts";
export * from "./local-server.ts";
