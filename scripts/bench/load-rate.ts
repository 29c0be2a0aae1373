// Neo4j load rate, same rows two ways: our batched writer (writeDocumentBatch: one transaction per
// batch of documents, a few UNWIND statements, clearing and re-deriving entities as ingest does) against a
// naive writer that sends each row (a document, an entity mention, a claim, an edge) in its own
// transaction. Rate = nodes + relationships in the graph afterwards / wall seconds of the writes, and
// per CPU second of Neo4j's query threads (the figure a busy machine leaves meaningful).
import type { Driver } from "neo4j-driver";
import { batchParameters, writeDocumentBatch } from "../../src/graph/index.ts";
import type { DocumentExtraction } from "../../src/types/index.ts";
import { graphSize, serverCpu } from "./server.ts";
import { fixed, thousands } from "./table.ts";

export interface LoadRate {
  writer: string;
  documents: number;
  nodesAndRelationships: number;
  seconds: number;
  transactions: number;
  /** CPU seconds of this process, of Neo4j's query threads and of the whole Neo4j JVM during the writes. */
  cpu: { node: number; neo4jQueries: number; neo4j: number };
}

/** Wall time and CPU of `work`. */
async function measured(work: () => Promise<void>): Promise<{ seconds: number; cpu: LoadRate["cpu"] }> {
  const t0 = performance.now();
  const node0 = process.cpuUsage();
  const server0 = serverCpu();
  await work();
  const node = process.cpuUsage(node0);
  const server = serverCpu();
  return {
    seconds: (performance.now() - t0) / 1000,
    cpu: { node: (node.user + node.system) / 1e6, neo4jQueries: server.queries - server0.queries, neo4j: server.total - server0.total },
  };
}

/** The bench table's row for a load: rates per wall second and per Neo4j query-thread CPU second. */
export function loadRateRow(r: LoadRate, target: string): string[] {
  return [
    `Neo4j load, ${r.writer}`,
    `${thousands(r.nodesAndRelationships / r.seconds)} nodes+rels/s wall; ${thousands(r.nodesAndRelationships / r.cpu.neo4jQueries)} per Neo4j query CPU s`,
    target,
    `${r.documents} documents, ${thousands(r.nodesAndRelationships)} nodes+rels in ${fixed(r.seconds)} s, ${thousands(r.transactions)} transactions; ` +
      `CPU s: Neo4j queries ${fixed(r.cpu.neo4jQueries)}, Neo4j JVM ${fixed(r.cpu.neo4j)}, Node ${fixed(r.cpu.node)}`,
  ];
}

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

export async function batchedLoad(driver: Driver, docs: DocumentExtraction[], batchSize: number): Promise<LoadRate> {
  await wipe(driver);
  let transactions = 0;
  const { seconds, cpu } = await measured(async () => {
    for (let i = 0; i < docs.length; i += batchSize) {
      await writeDocumentBatch(driver, docs.slice(i, i + batchSize));
      transactions++;
    }
  });
  const size = await graphSize(driver);
  return { writer: `batched UNWIND (writeDocumentBatch), ${batchSize} documents per transaction`, documents: docs.length, nodesAndRelationships: size.nodes + size.relationships, seconds, transactions, cpu };
}

/** One row per transaction, MERGE on the same ids; no clearing or entity re-derivation (it does less work than ingest). */
export async function naiveLoad(driver: Driver, docs: DocumentExtraction[]): Promise<LoadRate> {
  await wipe(driver);
  const p = batchParameters(docs);
  const session = driver.session();
  let transactions = 0;
  const one = async (cypher: string, row: Record<string, unknown>) => {
    await session.executeWrite((tx) => tx.run(cypher, { row }));
    transactions++;
  };
  const writeEachRow = async () => {
    for (const row of p.docs) await one("MERGE (d:Document {id: $row.id}) SET d.path = $row.path, d.date = $row.date, d.title = $row.title, d.text = $row.text", row);
    for (const row of p.entities) {
      await one(
        `MERGE (e:Entity {id: $row.id}) ON CREATE SET e.name = $row.name SET e:$($row.type)
         WITH e MATCH (d:Document {id: $row.documentId})
         MERGE (e)-[m:MENTIONED_IN]->(d) SET m.starts = $row.starts, m.ends = $row.ends, m.count = size($row.starts), m.name = $row.name, m.aliases = $row.aliases, m.kind = $row.kind`,
        row,
      );
    }
    for (const row of p.claims) {
      await one(
        `MATCH (d:Document {id: $row.documentId}) MERGE (c:Claim {id: $row.id})
         SET c.text = $row.text, c.quote = $row.quote, c.predicate = $row.predicate, c.cue = $row.cue, c.date = $row.date, c.start = $row.start, c.end = $row.end
         MERGE (c)-[:IN]->(d)`,
        row,
      );
      if (row.speakerId) await one("MATCH (s:Entity {id: $row.speakerId}), (c:Claim {id: $row.id}) MERGE (s)-[:MADE]->(c)", row);
      for (const about of row.about) await one("MATCH (c:Claim {id: $row.id}), (a:Entity {id: $row.about}) MERGE (c)-[:ABOUT]->(a)", { id: row.id, about });
    }
    for (const row of p.relations) {
      await one("MATCH (a:Entity {id: $row.source}), (b:Entity {id: $row.target}) MERGE (a)-[r:$($row.type) {document: $row.documentId, start: $row.start, end: $row.end}]->(b) SET r.label = $row.label", row);
    }
  };
  let measuredRun: Awaited<ReturnType<typeof measured>>;
  try {
    measuredRun = await measured(writeEachRow);
  } finally {
    await session.close();
  }
  const { seconds, cpu } = measuredRun;
  const size = await graphSize(driver);
  return { writer: "naive: one row per transaction", documents: docs.length, nodesAndRelationships: size.nodes + size.relationships, seconds, transactions, cpu };
}
