// Whether the extractor finds the world's countries and largest cities as places in two plain news sentences, one with
// the name after "in" ("Officials in X said on Monday ...") and one opening the sentence ("X has denied the report, ...").
// A check of the word lists and rules on names no gold text happens to hold; every miss is printed. Usage:
//   npx tsx scripts/place-audit.ts [--cities 1500]
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { parseDocument } from "../src/documents/index.ts";
import { extractMentionsAndClaims } from "../src/extract/index.ts";
import { loadNerModelFile } from "../src/extract/ner/load-file.ts";
import { DEFAULT_PLACES_PATH } from "../src/pipeline/extract-document.ts";
import { resolveDocument, townNames } from "../src/resolve/index.ts";

const { values } = parseArgs({ options: { cities: { type: "string", default: "1500" } } });
const ner = loadNerModelFile();
// One read of the places file: the towns extraction knows, and the names to check.
const file = JSON.parse(readFileSync(DEFAULT_PLACES_PATH, "utf8")) as { countries: { rows: [string][] }; cities: { rows: [string, ...number[]][] } };
const towns = townNames(file);
// (The table's own forms with brackets or commas, "Virgin Islands (US)", are no name news writes.)
const countries = file.countries.rows.map((r) => r[0]).filter((name) => !/[(),]/.test(name));
const cities = [...file.cities.rows].sort((a, b) => (b[5] ?? 0) - (a[5] ?? 0)).slice(0, Number(values.cities)).map((r) => r[0]);
const frames = [(name: string) => `Officials in ${name} said on Monday that the talks would go on.`, (name: string) => `${name} has denied the report, the ministry said.`];

let checks = 0;
const misses: string[] = [];
for (const [kind, names] of [["country", countries], ["city", cities]] as const) {
  for (const name of names) {
    for (const [i, frame] of frames.entries()) {
      const { document } = parseDocument("audit.txt", new TextEncoder().encode(`Headline\n\n${frame(name)}`));
      const found = resolveDocument(document, extractMentionsAndClaims(document, { ner, towns })).entities.find((e) => e.name === name || e.aliases.includes(name));
      checks++;
      if (found?.type !== "Place") misses.push(`${kind}\t${i === 0 ? "after in" : "opening"}\t${name}\t${found ? found.type : "not found"}`);
    }
  }
}
console.log(misses.join("\n"));
console.log(`${misses.length} of ${checks} checks missed (${countries.length} countries, ${cities.length} cities, two sentences each)`);
