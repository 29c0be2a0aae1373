// An entity node is derived from its MENTIONED_IN edges: each edge keeps the name, aliases, kind and
// place coordinates that one document gave the entity, so replacing or pruning a document leaves the entity exactly as
// a clean ingest of the remaining documents would (names, aliases, kind, counts; gone when unmentioned).
import { planOnce } from "./plan-once.ts";

/**
 * Cypher fragment over a bound `e`, used by the migration to schema version 2 (since version 4 writes
 * derive entities in Node with the same choices, entity-from-mentions.ts): name = the one most
 * documents use (then most mentions, then alphabetical), kind and coordinates likewise, aliases =
 * every other name used, sorted, so the
 * result never depends on the order documents were written in. The mentions are read once into a
 * list and each choice is made over that list: a popular entity has thousands of MENTIONED_IN edges.
 */
export const ENTITY_FROM_MENTIONS = `
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(:Document)
  RETURN collect({name: m.name, count: m.count, kind: m.kind, aliases: m.aliases,
                  geonamesId: m.geonamesId, countryCode: m.countryCode, lat: m.lat, lon: m.lon}) AS mentions
}
CALL (mentions) {
  UNWIND mentions AS m
  WITH m WHERE m.name IS NOT NULL
  WITH m.name AS name, count(*) AS documents, sum(m.count) AS mentionsOfName
  ORDER BY documents DESC, mentionsOfName DESC, name
  RETURN collect(name)[0] AS bestName
}
CALL (mentions) {
  UNWIND mentions AS m
  WITH m WHERE m.kind IS NOT NULL
  WITH m.kind AS kind, count(*) AS documents
  ORDER BY documents DESC, kind
  RETURN collect(kind)[0] AS bestKind
}
CALL (mentions) {
  UNWIND mentions AS m
  WITH m WHERE m.lat IS NOT NULL AND m.lon IS NOT NULL
  WITH m.geonamesId AS geonamesId, m.countryCode AS countryCode, m.lat AS lat, m.lon AS lon, count(*) AS documents
  ORDER BY documents DESC, lat, lon, geonamesId, countryCode
  RETURN collect({geonamesId: geonamesId, countryCode: countryCode, lat: lat, lon: lon})[0] AS geo
}
CALL (mentions) {
  UNWIND mentions AS m
  UNWIND [m.name] + coalesce(m.aliases, []) AS alias
  WITH DISTINCT alias WHERE alias IS NOT NULL
  ORDER BY alias
  RETURN collect(alias) AS names
}
CALL (mentions) {
  UNWIND mentions AS m
  RETURN coalesce(sum(m.count), 0) AS mentionCount
}
WITH e, coalesce(bestName, e.name) AS name, bestKind, geo, names, mentionCount
WITH e, name, bestKind, geo, mentionCount, [a IN names WHERE a <> name] AS aliases
SET e.name = name, e.kind = bestKind, e.mentionCount = mentionCount, e.aliases = aliases,
    e.aliasText = reduce(t = '', a IN aliases | t + ' | ' + a),
    e.geonamesId = geo.geonamesId, e.countryCode = geo.countryCode, e.lat = geo.lat, e.lon = geo.lon`;

/** Entities no document mentions any more go, with their claims' MADE/ABOUT edges and relations. */
export const DELETE_UNMENTIONED = planOnce(`
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(:Document) }
DETACH DELETE e`);

/** A MENTIONED_IN edge `m` as the tally reads it (EntityMention, entity-from-mentions.ts): a Cypher map projection's fields. */
export const MENTION_FIELDS = ".name, .count, .kind, .aliases, .geonamesId, .countryCode, .lat, .lon";

/** What each document called the entities, to tally them from scratch (the upgrade to version 4, a tally that does not add up). */
export const READ_MENTIONS = planOnce(`
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})-[m:MENTIONED_IN]->(:Document)
RETURN id, collect(m {${MENTION_FIELDS}}) AS mentions`);

/** The derived properties and the tally they came from, computed in Node (entity-tallies.ts); the write lock's marker goes. */
export const SET_ENTITIES = planOnce(`
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e += row.props
REMOVE e._writing`);
