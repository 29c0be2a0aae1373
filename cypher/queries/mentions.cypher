// name: mentions
// question: Where exactly is X mentioned? Every mention with its words, offsets and sentence, for checking the extraction against the text.
// param name (text, required): an entity's name, alias or id, any case. Example: Barzani
// example: kg query mentions --param name=Barzani
// Offsets are UTF-16 code units into Document.text. Sentences are cut at '. ', '? ', '! ' and line
// breaks; an abbreviation such as 'Gov.' can cut one short.
MATCH (x:Entity)
WHERE x.id = $name OR toLower(x.name) = toLower($name)
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH (x)-[m:MENTIONED_IN]->(d:Document)
UNWIND range(0, size(m.starts) - 1) AS i
WITH x, d, m.starts[i] AS start, m.ends[i] AS end,
     ['. ', '? ', '! ', '\n', '.” ', '?” ', '!” ', '." ', '?" ', '!" '] AS stops
WITH x, d, start, end,
     start - size(last(split(substring(d.text, 0, start), stops))) AS from,
     end + size(head(split(substring(d.text, end), stops))) AS to
WITH x, d, start, end, from, CASE WHEN substring(d.text, to, 1) IN ['.', '?', '!'] THEN to + 1 ELSE to END AS to
RETURN x.name AS entity,
       substring(d.text, start, end - start) AS mention,
       trim(substring(d.text, from, to - from)) AS sentence,
       d.title AS document,
       d.path AS path,
       start, end,
       x.id AS entityId, d.id AS documentId
ORDER BY d.date, document, start
