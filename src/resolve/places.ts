// Places → GeoNames ids and coordinates, from the compact table data/geo/places.json (built by
// scripts/build-places.ts; read at the edge and passed in). A name is looked up folded; a country
// wins over a city of the same name, a capital over other cities, then the most populous.
import { foldName } from "../extract/index.ts";
import type { EntityRecord } from "../types/index.ts";

export interface PlaceGeo {
  geonamesId?: number;
  countryCode: string;
  lat: number;
  lon: number;
}

export interface PlaceIndex {
  lookup(name: string): PlaceGeo | undefined;
}

export const NO_PLACES: PlaceIndex = { lookup: () => undefined };

interface PlacesFile {
  countries: { rows: [string, string, number, number][] };
  cities: { rows: [string, number, string, number, number, number, number][] };
}

/** "Washington, D.C." → also "washington"; "As Sulaymānīyah" → also "sulaymaniyah". */
function keysOf(name: string): string[] {
  const key = foldName(name);
  const keys = [key];
  const comma = name.indexOf(",");
  if (comma > 0) keys.push(foldName(name.slice(0, comma)));
  const article = /^(?:al|as|ad|an|ar|ash|at|az|el|ad) (.+)$/.exec(key);
  if (article) keys.push(article[1]!);
  return keys;
}

/** Builds the lookup from the parsed places file; throws on a file of another shape. */
export function indexPlaces(json: unknown): PlaceIndex {
  const file = json as PlacesFile;
  if (!Array.isArray(file?.countries?.rows) || !Array.isArray(file?.cities?.rows)) throw new Error("places file: expected {countries: {rows}, cities: {rows}}");
  const byKey = new Map<string, PlaceGeo & { rank: number }>();
  const offer = (key: string, geo: PlaceGeo, rank: number): void => {
    const prev = byKey.get(key);
    if (!prev || rank > prev.rank) byKey.set(key, { ...geo, rank });
  };
  for (const [name, countryCode, lat, lon] of file.countries.rows) offer(foldName(name), { countryCode, lat, lon }, Number.MAX_SAFE_INTEGER);
  for (const [name, geonamesId, countryCode, lat, lon, population, capital] of file.cities.rows) {
    for (const key of keysOf(name)) offer(key, { geonamesId, countryCode, lat, lon }, population + (capital ? 1e9 : 0));
  }
  return {
    lookup(name) {
      const hit = byKey.get(foldName(name));
      if (!hit) return undefined;
      const { rank: _rank, ...geo } = hit;
      return geo;
    },
  };
}

/** The folded names of the table's towns and cities (every form keysOf gives), for recognition to know them. */
export function townNames(json: unknown): Set<string> {
  const file = json as PlacesFile;
  if (!Array.isArray(file?.cities?.rows)) throw new Error("places file: expected {cities: {rows}}");
  return new Set(file.cities.rows.flatMap(([name]) => keysOf(name)));
}

/** Adds GeoNames id, country code and coordinates to a place entity when its name or an alias is known. */
export function locatePlace(entity: EntityRecord, places: PlaceIndex): void {
  if (entity.type !== "Place") return;
  for (const name of [entity.name, ...entity.aliases]) {
    const geo = places.lookup(name);
    if (!geo) continue;
    if (geo.geonamesId !== undefined) entity.geonamesId = geo.geonamesId;
    entity.countryCode = geo.countryCode;
    entity.lat = geo.lat;
    entity.lon = geo.lon;
    return;
  }
}
