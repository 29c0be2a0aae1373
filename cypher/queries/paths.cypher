// name: paths
// question: How are X and Y connected? The shortest paths between them (up to 6 steps) through people, groups, places and claims, never through a document.
// param a (text, required): where the paths start: a name, alias or id, any case. Example: Barzani
// param b (text, required): where they end. Example: al-Abadi
// example: kg query paths --param a=Barzani --param b=al-Abadi
MATCH (x:Entity)
WHERE x.id = $a OR toLower(x.name) = toLower($a) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($a))
MATCH (y:Entity)
WHERE y <> x AND (y.id = $b OR toLower(y.name) = toLower($b) OR any(n IN coalesce(y.aliases, []) WHERE toLower(n) = toLower($b)))
MATCH p = allShortestPaths((x)-[*..6]-(y))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim)
WITH p, nodes(p) AS ns, relationships(p) AS rs
WITH p, ns, rs,
     [n IN ns | CASE WHEN n:Claim
        THEN coalesce(n.speakerName, '?') + ' ' + n.predicate + ' “' + left(coalesce(n.quote, n.text), 60) + CASE WHEN size(coalesce(n.quote, n.text)) > 60 THEN '…”' ELSE '”' END
        ELSE n.name END] AS names
RETURN length(p) AS steps,
       reduce(s = names[0], i IN range(0, size(rs) - 1) |
         s + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -[' + type(rs[i]) + ']-> ' ELSE ' <-[' + type(rs[i]) + ']- ' END + names[i + 1]) AS path,
       names AS nodes,
       [r IN rs | type(r)] AS relations,
       [n IN ns | n.id] AS nodeIds
ORDER BY steps, path
