// name: roles
// question: Who holds which role, where? People with a title (ROLE relations, label = the title) and the group or place they hold it in, with the words that say so.
// param role (text, default null): only titles containing this, any case. Example: president
// param name (text, default null): only this person, group or place (name, alias or id, any case). Example: Turkey
// example: kg query roles --param role=president
// example: kg query roles --param name=Barzani
MATCH (p:Person)-[r:ROLE]->(o:Entity)
WHERE ($role IS NULL OR toLower(coalesce(r.label, '')) CONTAINS toLower($role))
  AND ($name IS NULL OR any(x IN [p, o] WHERE x.id = $name OR toLower(x.name) = toLower($name)
        OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))))
OPTIONAL MATCH (d:Document {id: r.document})
WITH p, o, r.label AS role, collect(DISTINCT d) AS docs,
     collect(DISTINCT substring(d.text, r.start, r.end - r.start)) AS evidence
RETURN role,
       p.name AS person,
       o.name AS holdsItIn,
       [l IN labels(o) WHERE l IN ['Person', 'Group', 'Place']][0] AS inType,
       size(docs) AS documents,
       evidence[0..3] AS evidence,
       p.id AS personId, o.id AS inId, [d IN docs | d.id] AS documentIds
ORDER BY toLower(role), person, holdsItIn
