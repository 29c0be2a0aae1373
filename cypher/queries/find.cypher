// name: find
// question: Which entities go by this name? People, groups and places whose name, alias or id contains the text, most mentioned first: the names other queries accept.
// param text (text, required): part of a name, any case. Example: abadi
// example: kg query find --param text=abadi
MATCH (e:Entity)
WHERE e.id = $text OR toLower(e.name) CONTAINS toLower($text)
   OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS toLower($text))
RETURN e.name AS name,
       [l IN labels(e) WHERE l IN ['Person', 'Group', 'Place']][0] AS type,
       e.kind AS kind,
       coalesce(e.aliases, []) AS aliases,
       coalesce(e.mentionCount, 0) AS mentions,
       COUNT { (e)-[:MENTIONED_IN]->(:Document) } AS documents,
       e.id AS entityId
ORDER BY mentions DESC, name
