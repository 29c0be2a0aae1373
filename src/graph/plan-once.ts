// The write path's statements keep the first plan Neo4j makes for them. By default Neo4j plans a query
// again whenever the graph's statistics have moved far enough, which during a load is every few
// batches, and planning cost more CPU than running them. Their plans cannot improve: each starts
// from unique-index seeks on ids given as parameters and expands from the nodes found
// (tests/integration/write-plans.test.ts checks the plans made on an empty graph do exactly that).
export const planOnce = (cypher: string): string => `CYPHER replan=skip\n${cypher.trim()}`;
