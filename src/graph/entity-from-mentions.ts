// An entity's name, kind, aliases, place and mention count, folded in Node from its MENTIONED_IN rows
// (what each document called it). The fold keeps one small tally per entity (distinct names, kinds,
// places, aliases, each with the documents that gave it), never the mentions themselves. The bulk
// importer folds every mention as it writes the CSV files; the online writer keeps the tally on the
// entity node (`tally`, canonical JSON) and adds a batch's mentions to it and subtracts a cleared
// document's, so a popular entity is not re-read from its thousands of mentions at every batch.
import { z } from "zod";

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
  /** Every name and alias any document used, with how many documents use it. */
  aliases: Map<string, number>;
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

export const emptyTally = (): MentionTally => ({ names: new Map(), kinds: new Map(), places: new Map(), aliases: new Map(), mentionCount: 0 });

/** The key a place is tallied under. */
const placeKey = (p: Place) => JSON.stringify([p.geonamesId, p.countryCode, p.lat, p.lon]);

/** Adds `by` (1 or -1) to a count, dropping the entry at zero. */
function bump<K>(counts: Map<K, number>, key: K, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** Adds one document's mention to the entity's tally (sign 1), or takes a cleared one out (-1); in place. */
function count(tally: MentionTally, m: EntityMention, sign: 1 | -1): MentionTally {
  if (m.name !== null) {
    const seen = tally.names.get(m.name) ?? { documents: 0, mentions: 0 };
    const next = { documents: seen.documents + sign, mentions: seen.mentions + sign * m.count };
    if (next.documents > 0) tally.names.set(m.name, next);
    else tally.names.delete(m.name);
  }
  if (m.kind !== null) bump(tally.kinds, m.kind, sign);
  if (m.lat !== null && m.lon !== null) {
    const place = { geonamesId: m.geonamesId, countryCode: m.countryCode, lat: m.lat, lon: m.lon };
    const key = placeKey(place);
    const documents = (tally.places.get(key)?.documents ?? 0) + sign;
    if (documents > 0) tally.places.set(key, { place, documents });
    else tally.places.delete(key);
  }
  for (const alias of new Set([m.name, ...(m.aliases ?? [])])) if (alias !== null) bump(tally.aliases, alias, sign);
  tally.mentionCount += sign * m.count;
  return tally;
}

/** Adds one document's mention to the entity's tally (in place: the tally is the fold's accumulator). */
export const tallyMention = (tally: MentionTally, m: EntityMention): MentionTally => count(tally, m, 1);

/** Takes out the mention of a document being cleared (it was added by tallyMention when written). */
export const untallyMention = (tally: MentionTally, m: EntityMention): MentionTally => count(tally, m, -1);

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
  const aliases = [...tally.aliases.keys()].filter((a) => a !== name).sort(ascending);
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

// The stored form: entries sorted, so equal tallies are equal strings whatever order documents came in
// (a re-run after a crash gives the graph a clean run gives, property for property).
const byKey = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => ascending(a, b));

const StoredTally = z.object({
  names: z.array(z.tuple([z.string(), z.number().int().positive(), z.number().int()])),
  kinds: z.array(z.tuple([z.string(), z.number().int().positive()])),
  places: z.array(z.tuple([z.number().nullable(), z.string().nullable(), z.number(), z.number(), z.number().int().positive()])),
  aliases: z.array(z.tuple([z.string(), z.number().int().positive()])),
  mentionCount: z.number().int(),
});

export function serializeTally(t: MentionTally): string {
  return JSON.stringify({
    names: byKey([...t.names]).map(([name, n]) => [name, n.documents, n.mentions]),
    kinds: byKey([...t.kinds]).map(([kind, documents]) => [kind, documents]),
    places: byKey([...t.places]).map(([, { place: p, documents }]) => [p.geonamesId, p.countryCode, p.lat, p.lon, documents]),
    aliases: byKey([...t.aliases]).map(([alias, documents]) => [alias, documents]),
    mentionCount: t.mentionCount,
  });
}

/** The tally a node keeps; null when it is missing or unreadable (the caller re-tallies the entity from its mentions). */
export function parseTally(stored: string): MentionTally | null {
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = StoredTally.safeParse(json);
  if (!parsed.success) return null;
  const t = parsed.data;
  const places = t.places.map(([geonamesId, countryCode, lat, lon, documents]) => {
    const place = { geonamesId, countryCode, lat, lon };
    return [placeKey(place), { place, documents }] as const;
  });
  return {
    names: new Map(t.names.map(([name, documents, mentions]) => [name, { documents, mentions }])),
    kinds: new Map(t.kinds),
    places: new Map(places),
    aliases: new Map(t.aliases),
    mentionCount: t.mentionCount,
  };
}
