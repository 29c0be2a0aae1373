// Reviewed corrections to resolution (data/resolutions.json): names a person has checked should be
// one entity ("merge") or must stay apart although the rules would join them ("split"). The file is
// read at the edge (src/pipeline/extract-document.ts); this module only validates and applies it.
import { z } from "zod";
import { foldName } from "../extract/index.ts";
import { EntityTypeSchema, type EntityType } from "../types/index.ts";

export const ResolutionsSchema = z.object({
  /** Every name in `names` resolves to the entity named `into` (same id in every document). */
  merge: z.array(z.object({ type: EntityTypeSchema, names: z.array(z.string()).min(1), into: z.string(), note: z.string().optional() })).default([]),
  /** The names stay separate entities: no surname, acronym or alias rule joins any two of them. */
  split: z.array(z.object({ type: EntityTypeSchema, names: z.array(z.string()).min(2), note: z.string().optional() })).default([]),
});
export type Resolutions = z.infer<typeof ResolutionsSchema>;

/** Overrides indexed for lookup by folded name. */
export interface ResolutionIndex {
  mergeInto(type: EntityType, surface: string): string | undefined;
  /** True when a reviewed split keeps the two names apart. */
  keptApart(type: EntityType, a: string, b: string): boolean;
}

export const NO_RESOLUTIONS: ResolutionIndex = { mergeInto: () => undefined, keptApart: () => false };

export function indexResolutions(r: Resolutions): ResolutionIndex {
  const into = new Map<string, string>();
  for (const m of r.merge) for (const n of [...m.names, m.into]) into.set(`${m.type}|${foldName(n)}`, m.into);
  const groups = new Map<string, number[]>();
  r.split.forEach((s, g) => {
    for (const n of s.names) {
      const k = `${s.type}|${foldName(n)}`;
      groups.set(k, [...(groups.get(k) ?? []), g]);
    }
  });
  return {
    mergeInto: (type, surface) => into.get(`${type}|${foldName(surface)}`),
    keptApart: (type, a, b) => {
      const ga = groups.get(`${type}|${foldName(a)}`);
      const gb = groups.get(`${type}|${foldName(b)}`);
      return !!ga && !!gb && foldName(a) !== foldName(b) && ga.some((g) => gb.includes(g));
    },
  };
}

/** Validates the parsed JSON of a resolutions file; the message names the problem. */
export function parseResolutions(json: unknown): { ok: true; value: Resolutions } | { ok: false; message: string } {
  const r = ResolutionsSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
}
