// name: timeline
// question: What was claimed when? Claims in date order (the date of the statement, else of the article), about or by X, and/or within a date range.
// param name (text, default null): only claims by or about this entity (name, alias or id, any case). Example: Kurdistan
// param from (date, default null): first day, inclusive (2017-09-27, 2017-09 or 2017). Example: 2017-09-25
// param to (date, default null): last day, inclusive (a month or year counts whole). Example: 2017-09
// A claim dated to a month or a year only ("last month": 2017-08) counts as that whole span ('~' sorts after digits).
// example: kg query timeline --param name=Barzani
// example: kg query timeline --param from=2017-09-25 --param to=2017-09-30
MATCH (c:Claim)-[:IN]->(d:Document)
WITH c, d, coalesce(c.date, c.documentDate, d.date) AS day
WHERE ($from IS NULL OR day + '~' >= $from)
  AND ($to IS NULL OR day <= $to OR day STARTS WITH $to)
  AND ($name IS NULL OR EXISTS {
        MATCH (x:Entity)-[:MADE|ABOUT]-(c)
        WHERE x.id = $name OR toLower(x.name) = toLower($name)
           OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
      })
OPTIONAL MATCH (speaker:Entity)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:ABOUT]->(t:Entity)
WITH c, d, day, speaker, collect(t.name) AS about, collect(t.id) AS aboutIds
RETURN day,
       CASE WHEN c.date IS NULL THEN 'article' ELSE 'statement' END AS dateFrom,
       coalesce(speaker.name, c.speakerName) AS speaker,
       c.predicate AS predicate,
       coalesce(c.quote, c.text) AS claim,
       about,
       d.title AS document,
       c.id AS claimId, speaker.id AS speakerId, aboutIds, d.id AS documentId
ORDER BY day, document, c.start
