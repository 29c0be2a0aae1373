// Cypher for exploring outward from one entity: its neighbours (expand on demand) and the shortest path to another.
// All reads, all parameterised; edges among the found entities come from the /api/graph queries in queries.ts.

/** The one of Person | Group | Place an entity node carries besides Entity. */
const entityType = (v: string) => `[l IN labels(${v}) WHERE l IN ['Person', 'Group', 'Place']][0]`;

/**
 * Entities linked to one entity, strongest kind first: a stated relation, then a claim either way, then sharing
 * documents; within a kind, by how often.
 */
export const NEIGHBOURS = `
MATCH (n:Entity {id: $id})
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
RETURN o.id AS id, ${entityType("o")} AS type, o.name AS name, o.kind AS kind, coalesce(o.mentionCount, 0) AS mentionCount`;

export const ENTITY_SUMMARY = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, ${entityType("n")} AS type, n.name AS name, n.kind AS kind, coalesce(n.mentionCount, 0) AS mentionCount`;

/**
 * The shortest chain between two entities over stated relations and claims (speaker -MADE-> claim -ABOUT-> entity);
 * documents are left out (MENTIONED_IN, IN), or every pair would be two hops apart through any shared article.
 * The bound is in relationships, so a claim step counts two.
 */
export const PATH_MAX_RELATIONSHIPS = 6;
export const SHORTEST_PATH = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..${PATH_MAX_RELATIONSHIPS}]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['MENTIONED_IN', 'IN'])
RETURN [n IN nodes(p) | {
          id: n.id, isClaim: n:Claim, type: ${entityType("n")}, name: n.name, kind: n.kind,
          mentionCount: coalesce(n.mentionCount, 0), predicate: n.predicate, date: coalesce(n.date, n.documentDate)
        }] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, label: r.label}] AS steps`;
