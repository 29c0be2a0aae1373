// name: central
// question: Who or what is most central? Entities ranked by degree: how many other entities they are linked to by a relation or a claim (as speaker or subject), then by co-mentions.
// param type (text, default null): only Person, Group or Place. Example: Person
// example: kg query central --limit 10
// example: kg query central --param type=Person
MATCH (e:Entity)
WHERE $type IS NULL OR toLower($type) IN [l IN labels(e) | toLower(l)]
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(o:Entity) WHERE o <> e
  RETURN collect(DISTINCT o) AS related
}
CALL (e) {
  OPTIONAL MATCH (e)-[:MADE]->(:Claim)-[:ABOUT]->(o:Entity) WHERE o <> e
  RETURN collect(DISTINCT o) AS spokeAbout
}
CALL (e) {
  OPTIONAL MATCH (o:Entity)-[:MADE]->(:Claim)-[:ABOUT]->(e) WHERE o <> e
  RETURN collect(DISTINCT o) AS spokenAboutBy
}
CALL (e) {
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(:Document)<-[:MENTIONED_IN]-(o:Entity)
  RETURN count(DISTINCT o) AS coMentioned
}
WITH e, coMentioned, related, spokeAbout, spokenAboutBy,
     size(reduce(acc = [], o IN related + spokeAbout + spokenAboutBy | CASE WHEN o IN acc THEN acc ELSE acc + o END)) AS degree
RETURN e.name AS entity,
       [l IN labels(e) WHERE l IN ['Person', 'Group', 'Place']][0] AS type,
       degree,
       size(related) AS related,
       COUNT { (e)-[:MADE]->(:Claim) } AS claimsMade,
       COUNT { (:Claim)-[:ABOUT]->(e) } AS claimsAbout,
       coMentioned,
       COUNT { (e)-[:MENTIONED_IN]->(:Document) } AS documents,
       coalesce(e.mentionCount, 0) AS mentions,
       e.id AS entityId
ORDER BY degree DESC, coMentioned DESC, mentions DESC, entity
