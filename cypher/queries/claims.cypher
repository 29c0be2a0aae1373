// name: claims
// question: Who said what about X? Every claim made by an entity or about it, in date order, with the quote and the source document.
// param name (text, required): an entity's name, alias or id, any case. Example: Barzani
// example: kg query claims --param name=Barzani
// example: kg query claims --param name="Haider al-Abadi" --json
MATCH (x:Entity)
WHERE x.id = $name OR toLower(x.name) = toLower($name)
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
CALL (x) {
  MATCH (x)-[:MADE]->(c:Claim) RETURN c, 'by' AS role
  UNION
  MATCH (c:Claim)-[:ABOUT]->(x) RETURN c, 'about' AS role
}
WITH x, c, collect(role) AS roles
MATCH (c)-[:IN]->(d:Document)
OPTIONAL MATCH (speaker:Entity)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:ABOUT]->(t:Entity)
WITH x, c, roles, d, speaker, collect(t.name) AS about, collect(t.id) AS aboutIds
RETURN x.name AS entity,
       CASE WHEN size(roles) = 2 THEN 'by and about' ELSE roles[0] END AS role,
       coalesce(speaker.name, c.speakerName) AS speaker,
       c.predicate AS predicate,
       c.quote AS quote,
       c.text AS sentence,
       about,
       c.date AS saidOn,
       d.date AS published,
       d.title AS document,
       d.path AS path,
       c.start AS start,
       c.end AS end,
       c.id AS claimId, speaker.id AS speakerId, aboutIds, d.id AS documentId
ORDER BY coalesce(saidOn, published), document, start
