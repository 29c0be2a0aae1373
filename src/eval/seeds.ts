// Entity extraction measured against a hand-made gold file (data/gold/seeds.json): P/R/F1 per type,
// and the errors an investigator would trip over: invented entities, missed ones, two real entities
// merged into one, one real entity split over several ids (in a document or across documents).
// Pure: the gold and the extractions come in as values. An extracted entity matches a gold entity of
// the same type when its name or one of its aliases folds to the gold name or one of its aliases.
import { z } from "zod";
import { foldName } from "../extract/index.ts";
import { EntityTypeSchema, ENTITY_TYPES, type EntityRecord, type EntityType } from "../types/index.ts";

export const GoldEntitySchema = z.object({
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /** Base names of the documents that name it. */
  documents: z.array(z.string()).min(1),
  kind: z.string().optional(),
  note: z.string().optional(),
  /** Careful annotators could differ (a people, a facility, a country named only by its demonym): counts neither way. */
  optional: z.boolean().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;
/** The gold file; `claims` and `relations` gold may sit beside `entities` and are ignored here. */
export const SeedsGoldSchema = z.object({ entities: z.array(GoldEntitySchema) }).passthrough();
export type SeedsGold = z.infer<typeof SeedsGoldSchema>;

export interface ExtractedDocument {
  /** Base name of the document's file, as the gold names it. */
  document: string;
  entities: readonly EntityRecord[];
}

export interface TypeScore {
  type: EntityType;
  gold: number;
  predicted: number;
  /** Gold entities found (recall numerator) and extracted entities that are real (precision numerator). */
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export type SeedError =
  | { kind: "false-entity"; document: string; type: EntityType; name: string; goldType?: EntityType }
  | { kind: "missed-entity"; document: string; type: EntityType; name: string }
  | { kind: "wrong-merge"; document: string; type: EntityType; name: string; gold: string[] }
  | { kind: "missed-merge"; document: string; type: EntityType; name: string; ids: string[]; names: string[] };

export interface SeedEvaluation {
  byType: TypeScore[];
  overall: TypeScore;
  errors: SeedError[];
}

/** A leading "the" is no part of a name ("the Iraqi government"), whichever side writes it. */
function forms(names: readonly string[]): Set<string> {
  return new Set(names.map((n) => foldName(n).replace(/^the /, "")));
}

function score(type: EntityType | "all", gold: number, predicted: number, found: number, correct: number): TypeScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : found / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type: type as EntityType, gold, predicted, found, correct, precision, recall, f1 };
}

export function evaluateSeeds(gold: SeedsGold, extracted: readonly ExtractedDocument[]): SeedEvaluation {
  const errors: SeedError[] = [];
  const counts = new Map<EntityType, { gold: number; predicted: number; found: number; correct: number }>();
  for (const t of ENTITY_TYPES) counts.set(t, { gold: 0, predicted: 0, found: 0, correct: 0 });
  const goldForms = gold.entities.map((g) => forms([g.name, ...g.aliases]));
  /** Gold entity index → extracted ids per document, for the cross-document check. */
  const idsOf = new Map<number, Map<string, Set<string>>>();

  for (const doc of extracted) {
    const inDoc = gold.entities.map((g, i) => ({ g, i })).filter(({ g }) => g.documents.includes(doc.document));
    const matchedGold = new Map<number, EntityRecord[]>();
    for (const e of doc.entities) {
      const names = forms([e.name, ...e.aliases]);
      const named = inDoc.filter(({ i }) => [...names].some((n) => goldForms[i]!.has(n)));
      const hits = named.filter(({ g }) => g.type === e.type && !g.optional);
      if (hits.length === 0 && named.some(({ g }) => g.optional)) continue;
      const c = counts.get(e.type)!;
      c.predicted++;
      if (hits.length === 0) {
        const other = named[0];
        errors.push({ kind: "false-entity", document: doc.document, type: e.type, name: e.name, ...(other ? { goldType: other.g.type } : {}) });
        continue;
      }
      c.correct++;
      if (hits.length > 1) errors.push({ kind: "wrong-merge", document: doc.document, type: e.type, name: e.name, gold: hits.map(({ g }) => g.name) });
      for (const { i } of hits) {
        matchedGold.set(i, [...(matchedGold.get(i) ?? []), e]);
        const perDoc = idsOf.get(i) ?? new Map<string, Set<string>>();
        perDoc.set(doc.document, (perDoc.get(doc.document) ?? new Set()).add(e.id));
        idsOf.set(i, perDoc);
      }
    }
    for (const { g, i } of inDoc) {
      if (g.optional) continue;
      counts.get(g.type)!.gold++;
      const found = matchedGold.get(i);
      if (!found) {
        errors.push({ kind: "missed-entity", document: doc.document, type: g.type, name: g.name });
        continue;
      }
      counts.get(g.type)!.found++;
      if (found.length > 1) errors.push({ kind: "missed-merge", document: doc.document, type: g.type, name: g.name, ids: found.map((e) => e.id), names: found.map((e) => e.name) });
    }
  }
  // One node per real entity: the same gold entity must get the same id in every document.
  idsOf.forEach((perDoc, i) => {
    const all = new Set<string>();
    perDoc.forEach((ids) => ids.forEach((id) => all.add(id)));
    if (perDoc.size > 1 && new Set([...perDoc.values()].map((s) => [...s].sort().join())).size > 1) {
      const g = gold.entities[i]!;
      errors.push({ kind: "missed-merge", document: "(across documents)", type: g.type, name: g.name, ids: [...all], names: [...perDoc.keys()] });
    }
  });
  const byType = ENTITY_TYPES.map((t) => {
    const c = counts.get(t)!;
    return score(t, c.gold, c.predicted, c.found, c.correct);
  });
  const sum = (k: "gold" | "predicted" | "found" | "correct"): number => byType.reduce((n, s) => n + s[k], 0);
  return { byType, overall: score("all", sum("gold"), sum("predicted"), sum("found"), sum("correct")), errors };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

/** The P/R/F1 table, one row per type and an overall row. */
export function formatSeedTable(e: SeedEvaluation): string {
  const rows = [...e.byType, e.overall].map(
    (s) => `${String(s.type).padEnd(8)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
  );
  return [`${"type".padEnd(8)} ${"gold".padStart(5)} ${"found".padStart(6)} ${"P%".padStart(6)} ${"R%".padStart(6)} ${"F1%".padStart(6)}`, ...rows].join("\n");
}

/** One line per error, grouped by kind. */
export function formatSeedErrors(errors: readonly SeedError[]): string {
  if (errors.length === 0) return "no errors";
  return errors
    .map((x) => {
      switch (x.kind) {
        case "false-entity":
          return `false entity   ${x.document}: ${x.type} "${x.name}"${x.goldType ? ` (gold says ${x.goldType})` : ""}`;
        case "missed-entity":
          return `missed entity  ${x.document}: ${x.type} "${x.name}"`;
        case "wrong-merge":
          return `wrong merge    ${x.document}: ${x.type} "${x.name}" joins ${x.gold.map((g) => `"${g}"`).join(" and ")}`;
        case "missed-merge":
          return `missed merge   ${x.document}: ${x.type} "${x.name}" split over ${x.ids.length} ids (${x.names.join(", ")})`;
      }
    })
    .join("\n");
}
