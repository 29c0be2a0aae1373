// name: targets
// question: Who urged, warned, demanded, rejected or accused what of X? Claims aimed at an entity, with the speaker's stance, the channel and whether the speech act is negated.
// param name (text, default null): the entity aimed at (name, alias or id, any case); every claim with a target when not given. Example: Erbil
// param predicate (text, default null): only this speech act: urges, demands, warns, rejects, denies, states, pledges, reports, declines. Example: urges
// example: kg query targets --param name=Erbil
// example: kg query targets --param predicate=rejects --columns target,speaker,predicate,stance,what
// A claim's target is the entity its act is aimed at ("urged Erbil to ...", "rejected the Iraqi government
// demand"); negated claims ("did not say") are kept and marked, so a reader sees what was not said too.
MATCH (c:Claim)-[:TARGETS]->(x:Entity)
WHERE ($name IS NULL OR x.id = $name OR toLower(x.name) = toLower($name)
       OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name)))
  AND ($predicate IS NULL OR c.predicate = toLower($predicate))
MATCH (c)-[:IN]->(d:Document)
OPTIONAL MATCH (speaker:Entity)-[:MADE]->(c)
RETURN x.name AS target,
       coalesce(speaker.name, c.speakerName) AS speaker,
       c.predicate AS predicate,
       coalesce(c.negated, false) AS negated,
       c.stance AS stance,
       c.channel AS channel,
       c.channelCue AS channelWords,
       coalesce(c.quote, substring(d.text, c.start, c.end - c.start)) AS what,
       c.text AS sentence,
       c.date AS saidOn,
       d.date AS published,
       d.title AS document,
       d.path AS path,
       c.start AS start,
       c.id AS claimId, x.id AS targetId, speaker.id AS speakerId, d.id AS documentId
ORDER BY target, coalesce(saidOn, published), document, start, speaker
