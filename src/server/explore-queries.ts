// Cypher for exploring outward from one entity: its neighbours (expand on demand) and the shortest path to another.
// All reads, all parameterised; edges among the found entities come from the /api/graph queries in queries.ts.

/** The one of Person | Group | Place an entity node carries besides Entity. */
const entityType = (v: string) => `[l IN labels(${v}) WHERE l IN ['Person', 'Group', 'Place']][0]`;

const summary = (v: string) =>
  `{id: ${v}.id, type: ${entityType(v)}, name: ${v}.name, kind: ${v}.kind, mentionCount: coalesce(${v}.mentionCount, 0)}`;

/**
 * An entity and the entities linked to it, strongest kind first: a stated relation, then a claim either way, then
 * sharing documents; within a kind, by how often. No row when the entity does not exist.
 */
export const NEIGHBOURS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  CALL (n) {
    MATCH (n)-[r]-(o:Entity) WHERE o <> n
    RETURN o, 3 AS rank, count(r) AS weight
    UNION ALL
    MATCH (n)-[:MADE]->(:Claim)-[:ABOUT]->(o:Entity) WHERE o <> n
    RETURN o, 2 AS rank, count(*) AS weight
    UNION ALL
    MATCH (o:Entity)-[:MADE]->(:Claim)-[:ABOUT]->(n) WHERE o <> n
    RETURN o, 2 AS rank, count(*) AS weight
    UNION ALL
    MATCH (n)-[:MENTIONED_IN]->(:Document)<-[:MENTIONED_IN]-(o:Entity) WHERE o <> n
    RETURN o, 1 AS rank, count(*) AS weight
  }
  WITH o, max(rank) AS rank, sum(weight) AS weight
  ORDER BY rank DESC, weight DESC, o.id
  LIMIT toInteger($limit)
  RETURN collect(${summary("o")}) AS found
}
RETURN ${summary("n")} AS center, found`;

/**
 * The shortest chain between two entities over stated relations and claims (speaker -MADE-> claim -ABOUT-> entity);
 * documents are left out (MENTIONED_IN, IN), or every pair would be two hops apart through any shared article.
 * The bound is in relationships, so a claim step counts two. One row, saying also whether each end exists.
 */
export const PATH_MAX_RELATIONSHIPS = 6;
export const SHORTEST_PATH = `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH p = shortestPath((a)-[*..${PATH_MAX_RELATIONSHIPS}]-(b))
  WHERE a IS NOT NULL AND b IS NOT NULL AND all(r IN relationships(p) WHERE NOT type(r) IN ['MENTIONED_IN', 'IN'])
  RETURN p
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN nodes(p) | {
          id: n.id, isClaim: n:Claim, type: ${entityType("n")}, name: n.name, kind: n.kind,
          mentionCount: coalesce(n.mentionCount, 0), predicate: n.predicate, date: coalesce(n.date, n.documentDate)
        }] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, label: r.label}] AS steps`;
