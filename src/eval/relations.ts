// Relations against a gold file that lists every relation its documents state (data/gold/*.json, key
// `relations`): precision, recall and F1 per type and in all. Pure: gold and extractions come in as values.
// A relation is counted once per document, type and pair of entities (a fact stated twice is one), and it
// matches a gold relation of its document with the same type whose source and target fold to a name or
// alias of its entities; spouses, siblings and allies match either way round. A gold relation marked
// `optional` (annotators could differ) is neither missed nor false.
import { z } from "zod";
import { foldName } from "../extract/index.ts";
import type { DocumentExtraction, RelationRecord } from "../types/index.ts";

export const GoldRelationSchema = z.object({
  document: z.string(),
  type: z.string(),
  /** The name of each end, or the names an annotator accepts for it ("Republican Party", "Republican"). */
  source: z.union([z.string(), z.array(z.string()).nonempty()]),
  target: z.union([z.string(), z.array(z.string()).nonempty()]),
  label: z.string().optional(),
  /** The words that state it, for the reader of an error. */
  evidence: z.string().optional(),
  optional: z.boolean().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelationSchema>;
export const RelationsGoldSchema = z.object({
  /** The documents whose relations are all listed: only these count for precision. */
  documents: z.array(z.string()).optional(),
  relations: z.array(GoldRelationSchema).default([]),
}).passthrough();
export type RelationsGold = z.infer<typeof RelationsGoldSchema>;

/** One extraction per gold document, named by its file's base name. */
export interface NamedExtraction {
  document: string;
  extraction: DocumentExtraction;
}

export interface Tally {
  gold: number;
  extracted: number;
  matched: number;
}
export interface RelationScore {
  documents: number;
  all: Tally;
  byType: Map<string, Tally>;
  /** One line per gold relation missed and per extracted relation the gold does not hold. */
  errors: string[];
}

const SYMMETRIC: ReadonlySet<string> = new Set(["SPOUSE_OF", "SIBLING_OF", "ALLIED_WITH"]);

/**
 * A name folded, past an honorific a gold or a name may keep or drop ("Sheikh Mohammed bin Abdulrahman" is "Mohammed
 * bin Abdulrahman") and past a lower-case word of its kind after it ("Deir Ezzor province" is "Deir Ezzor", "the
 * Nationalist Movement party" the Nationalist Movement): the same thing named with or without its common noun.
 */
const foldPastHonorific = (name: string): string => foldName(name.replace(KIND_AFTER_NAME, "")).replace(/^(?:sheikh|sheik|sir|dame|lord|lady|dr|prof|mr|mrs|ms) (?=\S+ )/, "");
const KIND_AFTER_NAME = /(?<=\S)\s+(?:province|region|district|county|governorate|state|party|tribe|coalition|bloc|movement|militia)$/;

/** The folded names of an entity of the extraction: its name and aliases. */
export function entityNames(x: DocumentExtraction, id: string): Set<string> {
  const e = x.entities.find((e) => e.id === id);
  return new Set((e ? [e.name, ...e.aliases] : [id]).map(foldPastHonorific));
}
const entityName = (x: DocumentExtraction, id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;

const namesOfEnd = (end: string | readonly string[]): string[] => (typeof end === "string" ? [end] : [...end]);
/** The gold end's first name, for messages. */
const endName = (end: string | readonly string[]): string => namesOfEnd(end)[0]!;
const isNamed = (x: DocumentExtraction, id: string, end: string | readonly string[]): boolean => {
  const names = entityNames(x, id);
  return namesOfEnd(end).some((n) => names.has(foldPastHonorific(n)));
};

function sameEnds(x: DocumentExtraction, r: RelationRecord, g: GoldRelation): boolean {
  const forward = isNamed(x, r.source, g.source) && isNamed(x, r.target, g.target);
  if (forward || !SYMMETRIC.has(g.type)) return forward;
  return isNamed(x, r.target, g.source) && isNamed(x, r.source, g.target);
}

/** A document's relations, one per type and pair of entities (the first stated). */
function distinctRelations(x: DocumentExtraction): RelationRecord[] {
  const seen = new Map<string, RelationRecord>();
  for (const r of x.relations) {
    const key = `${r.type}\u0000${r.source}\u0000${r.target}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

const tally = (byType: Map<string, Tally>, type: string): Tally => {
  let t = byType.get(type);
  if (!t) byType.set(type, (t = { gold: 0, extracted: 0, matched: 0 }));
  return t;
};

export function scoreRelations(gold: RelationsGold, extractions: readonly NamedExtraction[]): RelationScore {
  const listed = gold.documents ? new Set(gold.documents) : new Set(gold.relations.map((g) => g.document));
  const byType = new Map<string, Tally>();
  const errors: string[] = [];
  let documents = 0;
  for (const { document, extraction: x } of extractions) {
    if (!listed.has(document)) continue;
    documents++;
    const golds = gold.relations.filter((g) => g.document === document);
    const used = new Set<GoldRelation>();
    const quote = (r: RelationRecord): string => x.document.text.slice(r.evidence.start, r.evidence.end).replace(/\s+/g, " ");
    for (const r of distinctRelations(x)) {
      const hit = golds.find((g) => !used.has(g) && g.type === r.type && sameEnds(x, r, g));
      if (hit) used.add(hit);
      if (hit?.optional) continue;
      const t = tally(byType, r.type);
      t.extracted++;
      if (hit) {
        t.matched++;
        continue;
      }
      const other = golds.find((g) => !g.optional && g.type !== r.type && sameEnds(x, r, { ...g, type: r.type }));
      const hint = other ? ` (gold: ${other.type})` : "";
      errors.push(`false relation  ${document}: ${r.type} ${entityName(x, r.source)} → ${entityName(x, r.target)}${r.label ? ` [${r.label}]` : ""}${hint} "${quote(r)}"`);
    }
    for (const g of golds) {
      if (g.optional) continue;
      tally(byType, g.type).gold++;
      if (!used.has(g)) errors.push(`missed relation ${document}: ${g.type} ${endName(g.source)} → ${endName(g.target)}${g.label ? ` [${g.label}]` : ""}${g.evidence ? ` "${g.evidence}"` : ""}`);
    }
  }
  const all: Tally = { gold: 0, extracted: 0, matched: 0 };
  for (const t of byType.values()) {
    all.gold += t.gold;
    all.extracted += t.extracted;
    all.matched += t.matched;
  }
  return { documents, all, byType, errors };
}

const percent = (n: number, d: number): string => (d === 0 ? "-" : ((100 * n) / d).toFixed(1));
function row(name: string, t: Tally): string {
  const p = t.extracted ? t.matched / t.extracted : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  const f = p + r ? (200 * p * r) / (p + r) : 0;
  return `${name.padEnd(12)} ${String(t.gold).padStart(5)} ${String(t.extracted).padStart(5)} ${String(t.matched).padStart(5)} ${percent(t.matched, t.extracted).padStart(6)} ${percent(t.matched, t.gold).padStart(6)} ${(t.gold + t.extracted ? f.toFixed(1) : "-").padStart(6)}`;
}

/** The table (one row per type, then all), then the errors. */
export function formatRelationScore(s: RelationScore): string {
  const types = [...s.byType.keys()].sort();
  return [
    `${"type".padEnd(12)} ${"gold".padStart(5)} ${"ours".padStart(5)} ${"match".padStart(5)} ${"P%".padStart(6)} ${"R%".padStart(6)} ${"F1%".padStart(6)}`,
    ...types.map((t) => row(t, s.byType.get(t)!)),
    row("all", s.all),
    "",
    ...(s.errors.length ? s.errors : ["no errors"]),
  ].join("\n");
}
