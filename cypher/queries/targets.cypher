// name: targets
// question: Who urged, warned, demanded, rejected or accused what of X? Claims aimed at an entity or at a group of people named by its words, with the speaker's stance, the channel and whether the speech act is negated.
// param name (text, default null): the entity aimed at (name, alias or id, any case), or a group's words ("Kurdish authorities"); every claim with a target when not given. Example: Erbil
// param predicate (text, default null): only this speech act: urges, demands, warns, rejects, denies, states, pledges, reports, declines. Example: urges
// example: kg query targets --param name=Erbil
// example: kg query targets --param predicate=rejects --columns target,speaker,predicate,stance,what
// A claim's target is the entity its act is aimed at ("urged Erbil to ...", "rejected the Iraqi government
// demand"), or the words naming a group of people no entity stands for ("demanded that Kurdish authorities
// cancel": targetName, no TARGETS edge); negated claims ("did not say") are kept and marked, so a reader sees
// what was not said too.
CALL {
  MATCH (c:Claim)-[:TARGETS]->(x:Entity)
  WHERE ($name IS NULL OR x.id = $name OR toLower(x.name) = toLower($name)
         OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name)))
  RETURN c, x.name AS target, x.id AS targetId
  UNION
  MATCH (c:Claim)
  WHERE c.targetName IS NOT NULL AND NOT (c)-[:TARGETS]->()
    AND ($name IS NULL OR toLower(c.targetName) = toLower($name))
  RETURN c, c.targetName AS target, null AS targetId
}
WITH c, target, targetId
WHERE $predicate IS NULL OR c.predicate = toLower($predicate)
MATCH (c)-[:IN]->(d:Document)
OPTIONAL MATCH (speaker:Entity)-[:MADE]->(c)
RETURN target,
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
       c.id AS claimId, targetId, speaker.id AS speakerId, d.id AS documentId
ORDER BY target, coalesce(saidOn, published), document, start, speaker
