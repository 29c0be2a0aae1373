// The bulk importer's copy of ENTITY_FROM_MENTIONS (entity-refresh.ts), in Node: an entity's name,
// kind, aliases, place and mention count folded from its MENTIONED_IN rows as the CSV files are
// written, so no Cypher pass over every entity is needed after the import. The fold keeps one small
// tally per entity (distinct names, kinds, places, aliases), never the mentions themselves.

/** What one document's MENTIONED_IN edge says about the entity (the props of write-rows.ts). */
export interface EntityMention {
  name: string | null;
  /** Mentions of the entity in that document (the edge's count). */
  count: number;
  kind: string | null;
  aliases: readonly string[] | null;
  geonamesId: number | null;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Place {
  geonamesId: number | null;
  countryCode: string | null;
  lat: number;
  lon: number;
}

/** Per entity, over every document mentioning it: documents (and mentions) per name, documents per kind and place. */
export interface MentionTally {
  names: Map<string, { documents: number; mentions: number }>;
  kinds: Map<string, number>;
  places: Map<string, { place: Place; documents: number }>;
  /** Every name and alias any document used. */
  aliases: Set<string>;
  mentionCount: number;
}

/** The entity node's derived properties, as ENTITY_FROM_MENTIONS sets them (null: no property). */
export interface DerivedEntity {
  name: string;
  kind: string | null;
  mentionCount: number;
  aliases: string[];
  aliasText: string;
  geonamesId: number | null;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
}

export const emptyTally = (): MentionTally => ({ names: new Map(), kinds: new Map(), places: new Map(), aliases: new Set(), mentionCount: 0 });

/** Adds one document's mention to the entity's tally (in place: the tally is the fold's accumulator). */
export function tallyMention(tally: MentionTally, m: EntityMention): MentionTally {
  if (m.name !== null) {
    const seen = tally.names.get(m.name) ?? { documents: 0, mentions: 0 };
    tally.names.set(m.name, { documents: seen.documents + 1, mentions: seen.mentions + m.count });
  }
  if (m.kind !== null) tally.kinds.set(m.kind, (tally.kinds.get(m.kind) ?? 0) + 1);
  if (m.lat !== null && m.lon !== null) {
    const place = { geonamesId: m.geonamesId, countryCode: m.countryCode, lat: m.lat, lon: m.lon };
    const key = JSON.stringify([place.geonamesId, place.countryCode, place.lat, place.lon]);
    const seen = tally.places.get(key);
    tally.places.set(key, { place, documents: (seen?.documents ?? 0) + 1 });
  }
  for (const alias of [m.name, ...(m.aliases ?? [])]) if (alias !== null) tally.aliases.add(alias);
  tally.mentionCount += m.count;
  return tally;
}

/** Cypher's ORDER BY on strings and numbers: ascending, nulls last. */
function ascending<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The first of `items` by `order`; null when there are none. */
function best<T>(items: Iterable<T>, order: (a: T, b: T) => number): T | null {
  let first: T | null = null;
  for (const item of items) if (first === null || order(item, first) < 0) first = item;
  return first;
}

/**
 * The entity's properties from its tally, choosing as ENTITY_FROM_MENTIONS does: the name most
 * documents use (then most mentions, then alphabetical), the kind most documents give (then
 * alphabetical), the place most documents give (then by lat, lon, geonamesId, countryCode), the
 * aliases every other name used, sorted. `fallbackName` is the node's own name, kept when no mention has one.
 */
export function deriveEntity(tally: MentionTally, fallbackName: string): DerivedEntity {
  const name =
    best(tally.names, ([a, x], [b, y]) => y.documents - x.documents || y.mentions - x.mentions || ascending(a, b))?.[0] ?? fallbackName;
  const kind = best(tally.kinds, ([a, x], [b, y]) => y - x || ascending(a, b))?.[0] ?? null;
  const place =
    best(
      tally.places.values(),
      (x, y) =>
        y.documents - x.documents ||
        ascending(x.place.lat, y.place.lat) ||
        ascending(x.place.lon, y.place.lon) ||
        ascending(x.place.geonamesId, y.place.geonamesId) ||
        ascending(x.place.countryCode, y.place.countryCode),
    )?.place ?? null;
  const aliases = [...tally.aliases].filter((a) => a !== name).sort(ascending);
  return {
    name,
    kind,
    mentionCount: tally.mentionCount,
    aliases,
    aliasText: aliases.map((a) => ` | ${a}`).join(""),
    geonamesId: place?.geonamesId ?? null,
    countryCode: place?.countryCode ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
  };
}
