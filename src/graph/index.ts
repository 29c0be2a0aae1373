// Stage 4: the graph store. Connection and bounded read-only queries, schema and its versions,
// batched writes and document removal, the query pack, export, and the project's own local Neo4j.
export * from "./connection.ts";
export { applySchema, awaitSearchIndexes, cypherStatements, readSchemaVersion, type SchemaReport } from "./schema.ts";
export { MIGRATIONS, SCHEMA_VERSION, SchemaTooNewError, planMigrations, type Migration } from "./migrations.ts";
export { writeDocumentBatch, countGraph, batchParameters, type GraphCounts } from "./write.ts";
export { deleteDocuments, listStoredDocuments, type DocumentRef } from "./document-removal.ts";
export * from "./local-server.ts";
export { listQueries, loadQuery, queryNames, runQuery, QUERY_DIR, type QueryRun } from "./query-pack.ts";
export { bindQueryParams, parseQueryFile, type QueryDefinition, type QueryParam } from "./query-file.ts";
export { exportGraph, exportDefaults, EXPORT_FORMATS, EXPORT_SHAPES, type ExportOptions, type ExportFormat, type ExportShape } from "./export/index.ts";
