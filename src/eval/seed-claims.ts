// Claims and relations of the seed articles against the hand-made gold (data/gold/seeds.json, keys
// `claims` and `relations`). Pure: gold and extractions come in as values. A gold claim is found when
// a claim of its document has a speaker whose name or alias folds to the gold speaker, the same
// predicate, and a quote (or content) starting with the gold text; its date is then checked apart,
// so a right claim with a wrong date shows as such, and so are its target, channel, stance and negation
// (issue #4): a gold claim that names none of them says the text states none.
import { z } from "zod";
import { foldName } from "../extract/index.ts";
import { entityNames, GoldRelationSchema, scoreRelations, type NamedExtraction } from "./relations.ts";
export type { NamedExtraction };
import { ChannelSchema, PredicateSchema, StanceSchema, type ClaimRecord, type DocumentExtraction } from "../types/index.ts";

export const GoldClaimSchema = z.object({
  document: z.string(),
  speaker: z.string(),
  predicate: PredicateSchema,
  /** The start of the direct quote, verbatim ... */
  quote: z.string().optional(),
  /** ... or of the content (paraphrase) when there is no quote. */
  content: z.string().optional(),
  date: z.string().nullable(),
  /** The name (or an alias) of the entity the act is aimed at; absent or null when the text names none. */
  target: z.string().nullable().optional(),
  channel: ChannelSchema.nullable().optional(),
  stance: StanceSchema.nullable().optional(),
  negated: z.boolean().optional(),
});
export const SeedClaimsGoldSchema = z.object({
  claims: z.array(GoldClaimSchema).default([]),
  relations: z.array(GoldRelationSchema).default([]),
  documents: z.array(z.string()).optional(),
}).passthrough();
export type SeedClaimsGold = z.infer<typeof SeedClaimsGoldSchema>;
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

/**
 * One attribute over the gold claims found: `gold` have a value, `right` of those got it, `wrong` got another,
 * `extra` have a value where the gold has none.
 */
export interface AttributeScore {
  gold: number;
  right: number;
  wrong: number;
  extra: number;
}
export const CLAIM_ATTRIBUTES = ["target", "channel", "stance", "negated"] as const;
type ClaimAttribute = (typeof CLAIM_ATTRIBUTES)[number];

export interface SeedClaimScore {
  claims: { gold: number; found: number; rightDate: number; extracted: number };
  attributes: Record<ClaimAttribute, AttributeScore>;
  /** Distinct relations, as `kg eval relations` counts them. */
  relations: { gold: number; found: number; extracted: number };
  /** One line per gold claim not found or found with a wrong date, per relation missed or not in the gold. */
  errors: string[];
}


const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The attribute as the gold writes it (a target by name), null when none is stated or extracted. */
function goldValue(g: GoldClaim, a: ClaimAttribute): string | null {
  if (a === "negated") return g.negated ? "negated" : null;
  return g[a] ?? null;
}
function extractedValue(x: DocumentExtraction, c: ClaimRecord, a: ClaimAttribute): string | null {
  if (a === "negated") return c.negated ? "negated" : null;
  if (a === "target") return c.target ? (x.entities.find((e) => e.id === c.target)?.name ?? c.target) : null;
  return c[a] ?? null;
}
function sameValue(x: DocumentExtraction, c: ClaimRecord, a: ClaimAttribute, want: string): boolean {
  if (a === "target") return c.target !== null && c.target !== undefined && entityNames(x, c.target).has(foldName(want));
  return extractedValue(x, c, a) === want;
}

export function scoreSeedClaims(gold: SeedClaimsGold, extractions: readonly NamedExtraction[]): SeedClaimScore {
  const errors: string[] = [];
  const byDoc = new Map(extractions.map((e) => [e.document, e.extraction]));
  let found = 0;
  let rightDate = 0;
  const attributes = Object.fromEntries(CLAIM_ATTRIBUTES.map((a) => [a, { gold: 0, right: 0, wrong: 0, extra: 0 }])) as Record<ClaimAttribute, AttributeScore>;
  for (const g of gold.claims) {
    const x = byDoc.get(g.document);
    if (!x) continue;
    const want = squash(g.quote ?? g.content ?? "");
    const speaker = foldName(g.speaker);
    const hit = x.claims.find((c) => {
      if (c.predicate !== g.predicate || !entityNames(x, c.speaker).has(speaker)) return false;
      const content = squash(x.document.text.slice(c.evidence.start, c.evidence.end));
      return (c.quote !== null && squash(c.quote).startsWith(want)) || content.startsWith(want) || content.startsWith(`“${want}`);
    });
    if (!hit) {
      errors.push(`missed claim    ${g.document}: ${g.speaker} ${g.predicate} "${want}"`);
      continue;
    }
    found++;
    if (hit.date === g.date) rightDate++;
    else errors.push(`wrong date      ${g.document}: ${g.speaker} "${want}": ${hit.date ?? "null"}, gold ${g.date ?? "null"}`);
    for (const a of CLAIM_ATTRIBUTES) {
      const wanted = goldValue(g, a);
      const got = extractedValue(x, hit, a);
      const score = attributes[a];
      if (wanted !== null) score.gold++;
      if (wanted !== null && sameValue(x, hit, a, wanted)) score.right++;
      else if (wanted !== null || got !== null) {
        if (wanted !== null && got !== null) score.wrong++;
        else if (got !== null) score.extra++;
        errors.push(`wrong ${a.padEnd(9)} ${g.document}: ${g.speaker} "${want}": ${got ?? "none"}, gold ${wanted ?? "none"}`);
      }
    }
  }
  const relations = scoreRelations(gold, extractions);
  errors.push(...relations.errors);
  const docs = new Set(gold.claims.map((c) => c.document));
  return {
    claims: { gold: gold.claims.filter((c) => byDoc.has(c.document)).length, found, rightDate, extracted: extractions.filter((e) => docs.has(e.document)).reduce((n, e) => n + e.extraction.claims.length, 0) },
    attributes,
    relations: { gold: relations.all.gold, found: relations.all.matched, extracted: relations.all.extracted },
    errors,
  };
}

/** Lines of counts (claims, then one per claim attribute, then relations), then the errors. */
export function formatSeedClaimScore(s: SeedClaimScore): string {
  return [
    `claims:    ${s.claims.found}/${s.claims.gold} gold claims found (${s.claims.rightDate} with the right date); ${s.claims.extracted} extracted`,
    ...CLAIM_ATTRIBUTES.map((a) => {
      const x = s.attributes[a];
      return `${`${a}:`.padEnd(10)} ${x.right}/${x.gold} right on the gold claims found; ${x.wrong} wrong, ${x.extra} where the gold has none`;
    }),
    `relations: ${s.relations.found}/${s.relations.gold} gold relations found; ${s.relations.extracted} extracted`,
    ...(s.errors.length ? s.errors : ["no errors"]),
  ].join("\n");
}
