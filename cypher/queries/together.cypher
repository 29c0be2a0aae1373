// name: together
// question: Where do X and Y both appear? The documents naming both, the sentences naming both, and how strongly they are co-mentioned.
// param a (text, required): one entity's name, alias or id, any case. Example: Barzani
// param b (text, required): the other entity. Example: Baghdad
// example: kg query together --param a=Barzani --param b=Baghdad
// Sentences are cut at '. ', '? ', '! ' and line breaks around each mention of a; an abbreviation
// such as 'Gov.' can cut one short.
MATCH (x:Entity)
WHERE x.id = $a OR toLower(x.name) = toLower($a) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($a))
MATCH (y:Entity)
WHERE y <> x AND (y.id = $b OR toLower(y.name) = toLower($b) OR any(n IN coalesce(y.aliases, []) WHERE toLower(n) = toLower($b)))
MATCH (x)-[mx:MENTIONED_IN]->(d:Document)<-[my:MENTIONED_IN]-(y)
CALL (d, mx, my) {
  WITH d, mx, my, ['. ', '? ', '! ', '\n', '.” ', '?” ', '!” ', '." ', '?" ', '!" '] AS stops
  UNWIND range(0, size(mx.starts) - 1) AS i
  WITH d, my, mx.starts[i] - size(last(split(substring(d.text, 0, mx.starts[i]), stops))) AS from,
       mx.ends[i] + size(head(split(substring(d.text, mx.ends[i]), stops))) AS to
  WITH d, from, CASE WHEN substring(d.text, to, 1) IN ['.', '?', '!'] THEN to + 1 ELSE to END AS to
  WHERE any(j IN range(0, size(my.starts) - 1) WHERE my.starts[j] >= from AND my.ends[j] <= to)
  RETURN collect(DISTINCT trim(substring(d.text, from, to - from))) AS sentences
}
WITH x, y, collect({d: d, sentences: sentences, mx: mx.count, my: my.count}) AS shared
WITH x, y, shared, size(shared) AS documentsTogether, reduce(n = 0, s IN shared | n + size(s.sentences)) AS sentencesTogether
UNWIND shared AS s
RETURN x.name AS a, y.name AS b,
       documentsTogether, sentencesTogether,
       s.d.title AS document, s.d.date AS published,
       size(s.sentences) AS sentenceCount, s.sentences AS sentences,
       s.mx AS mentionsOfA, s.my AS mentionsOfB,
       x.id AS aId, y.id AS bId, s.d.id AS documentId
ORDER BY sentenceCount DESC, published DESC, document
