// A synthetic graph for load tests, written straight with Cypher (no extraction, so seconds rather than minutes of
// CPU): entities named in documents with many co-mentions, which is what makes a large /api/graph costly.
import { awaitSearchIndexes, type Driver } from "../src/graph/index.ts";

export interface SyntheticGraph {
  entities: number;
  documents: number;
  /** Entities named in each document; co-mention work grows with entities x documents per entity x this. */
  perDocument: number;
}

/** Adds the graph beside whatever is there (ids start with "load-"); entity i has mentionCount 1000 + i % 97. */
export async function writeSyntheticGraph(driver: Driver, g: SyntheticGraph): Promise<void> {
  await driver.executeQuery(
    `UNWIND range(0, $entities - 1) AS i
     CREATE (:Entity:Person {id: 'load-e' + i, name: 'Loadtest Person ' + i, kind: null, mentionCount: 1000 + i % 97})`,
    { entities: g.entities },
  );
  // Entities picked by stride, not by id lookup: no index is needed, and each document names a different mix.
  await driver.executeQuery(
    `MATCH (e:Entity) WHERE e.id STARTS WITH 'load-e' WITH collect(e) AS es
     UNWIND range(0, $documents - 1) AS j
     CREATE (d:Document {id: 'load-d' + j, title: 'Loadtest document ' + j, date: '2026-01-01', text: 'x'})
     WITH es, d, j
     UNWIND range(0, $perDocument - 1) AS k
     WITH DISTINCT es[(j * 37 + k * 101) % size(es)] AS e, d
     CREATE (e)-[:MENTIONED_IN {starts: [0], ends: [1]}]->(d)`,
    { documents: g.documents, perDocument: g.perDocument },
  );
  await awaitSearchIndexes(driver);
}
