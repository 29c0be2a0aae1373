// name: sides
// question: Whom does X belong to, side with or oppose, and where is it? MEMBER_OF, ALLIED_WITH, OPPOSES and LOCATED_IN relations a document states, either way round, with the words that say so.
// param name (text, required): a person, group or place (name, alias or id, any case). Example: Finland
// param type (text, default null): only this relation type. Example: OPPOSES
// example: kg query sides --param name=Finland
// example: kg query sides --param name=Iraq --param type=LOCATED_IN
MATCH (x:Entity)
WHERE x.id = $name OR toLower(x.name) = toLower($name)
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH (a:Entity)-[r:MEMBER_OF|ALLIED_WITH|OPPOSES|LOCATED_IN]->(b:Entity)
WHERE (a = x OR b = x) AND ($type IS NULL OR type(r) = toUpper($type))
OPTIONAL MATCH (d:Document {id: r.document})
WITH a, b, type(r) AS relation, collect(DISTINCT r.label) AS labels, collect(DISTINCT d) AS docs,
     collect(DISTINCT substring(d.text, r.start, r.end - r.start)) AS evidence
RETURN a.name AS source,
       relation,
       b.name AS target,
       [l IN labels WHERE l IS NOT NULL AND l <> ''] AS words,
       size(docs) AS documents,
       evidence[0..3] AS evidence,
       a.id AS sourceId, b.id AS targetId, [d IN docs | d.id] AS documentIds
ORDER BY relation, source, target
