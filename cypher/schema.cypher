// Graph schema, applied idempotently by `kg ingest`, `kg serve` and `npm start` (one statement per
// transaction; statements end with a semicolon), after any migration steps (src/graph/migrations.ts).
// The model is documented in docs/model.md.

// Every node is found by its id. Neo4j Community has no NODE KEY or property-existence constraints
// (Enterprise only), so uniqueness on `id` is the key; the writer always MERGEs on it.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// The single node recording which schema version wrote the graph.
CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.id IS UNIQUE;

// Lookups by name, path and date.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX person_name IF NOT EXISTS FOR (e:Person) ON (e.name);
CREATE INDEX group_name IF NOT EXISTS FOR (e:Group) ON (e.name);
CREATE INDEX place_name IF NOT EXISTS FOR (e:Place) ON (e.name);
CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount);
CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate);

// Full-text search over names and aliases (the viewer's search box) and over claim text. Eventually
// consistent: Lucene is updated by a background thread after each commit instead of inside it (a third of
// a batch's query CPU), and `kg ingest` waits for that thread before it returns (awaitSearchIndexes).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Group|Place) ON EACH [n.name, n.aliasText]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text, c.quote]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
