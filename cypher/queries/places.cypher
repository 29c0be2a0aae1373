// name: places
// question: Which places are mentioned, how often, and where are they? Places with their kind, GeoNames id, country and coordinates (null when the place was not found in the gazetteer).
// param name (text, default null): only places whose name or alias contains this, any case. Example: kurd
// example: kg query places
// example: kg query places --param name=kurd --csv
MATCH (p:Place)
WHERE $name IS NULL OR toLower(p.name) CONTAINS toLower($name)
   OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS toLower($name))
RETURN p.name AS place,
       p.kind AS kind,
       p.countryCode AS country,
       p.lat AS lat,
       p.lon AS lon,
       p.geonamesId AS geonamesId,
       COUNT { (p)-[:MENTIONED_IN]->(:Document) } AS documents,
       coalesce(p.mentionCount, 0) AS mentions,
       COUNT { (:Claim)-[:ABOUT]->(p) } AS claimsAbout,
       coalesce(p.aliases, []) AS aliases,
       p.id AS placeId
ORDER BY mentions DESC, place
