// name: disagreements
// question: Who disagrees about what? Pairs of claims about the same entity where one speaker rejects or denies and another states, demands, urges or pledges.
// param name (text, default null): only claims about this entity (name, alias or id, any case). Example: Kirkuk
// example: kg query disagreements
// example: kg query disagreements --param name=Kirkuk
// Against: an explicit stance 'oppose', or a rejects/denies predicate. For: an explicit stance
// 'support', or states/demands/urges/pledges without an opposing stance. Negated acts ("did not
// say") take no side; warns and reports take none either.
MATCH (con:Claim)-[:ABOUT]->(t:Entity)<-[:ABOUT]-(pro:Claim)
WHERE NOT coalesce(con.negated, false) AND NOT coalesce(pro.negated, false)
  AND (con.stance = 'oppose' OR con.predicate IN ['rejects', 'denies'])
  AND (pro.stance = 'support' OR (pro.predicate IN ['states', 'demands', 'urges', 'pledges'] AND coalesce(pro.stance, '') <> 'oppose'))
  AND ($name IS NULL OR t.id = $name OR toLower(t.name) = toLower($name)
       OR any(a IN coalesce(t.aliases, []) WHERE toLower(a) = toLower($name)))
OPTIONAL MATCH (s1:Entity)-[:MADE]->(con)
OPTIONAL MATCH (s2:Entity)-[:MADE]->(pro)
WITH t, con, pro, s1, s2
WHERE coalesce(s1.id, toLower(con.speakerName)) <> coalesce(s2.id, toLower(pro.speakerName))
MATCH (con)-[:IN]->(d1:Document), (pro)-[:IN]->(d2:Document)
RETURN t.name AS about,
       coalesce(s1.name, con.speakerName) AS rejecting, con.predicate AS rejects,
       coalesce(con.quote, con.text) AS rejection,
       coalesce(s2.name, pro.speakerName) AS asserting, pro.predicate AS asserts,
       coalesce(pro.quote, pro.text) AS assertion,
       coalesce(con.date, d1.date) AS rejectedOn, coalesce(pro.date, d2.date) AS assertedOn,
       d1.title AS rejectionDocument, d2.title AS assertionDocument,
       t.id AS aboutId, con.id AS rejectionId, pro.id AS assertionId, s1.id AS rejectingId, s2.id AS assertingId
ORDER BY about, rejectedOn, assertedOn, rejectionId, assertionId
