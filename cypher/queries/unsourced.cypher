// name: unsourced
// question: Which claims have no named source? Claims no person or group MADE: the source is only described ("officials", "a Kurdish security official").
// param name (text, default null): only claims about this entity (name, alias or id, any case). Example: Kirkuk
// example: kg query unsourced
// example: kg query unsourced --param name=Peshmerga --csv
MATCH (c:Claim)-[:IN]->(d:Document)
WHERE NOT EXISTS { (:Entity)-[:MADE]->(c) }
  AND ($name IS NULL OR EXISTS {
        MATCH (c)-[:ABOUT]->(x:Entity)
        WHERE x.id = $name OR toLower(x.name) = toLower($name)
           OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
      })
OPTIONAL MATCH (c)-[:ABOUT]->(t:Entity)
WITH c, d, collect(t.name) AS about, collect(t.id) AS aboutIds
RETURN c.speakerName AS source,
       c.predicate AS predicate,
       coalesce(c.quote, c.text) AS claim,
       about,
       coalesce(c.date, d.date) AS date,
       d.title AS document,
       c.id AS claimId, aboutIds, d.id AS documentId
ORDER BY date, document, c.start
