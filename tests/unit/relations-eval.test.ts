// The relations evaluation: matching by type and entity names, direction, optional gold, P/R/F1 per type.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatRelationScore, RelationsGoldSchema, scoreRelations } from "../../src/eval/relations.ts";
import type { DocumentExtraction, EntityRecord, RelationRecord } from "../../src/types/index.ts";

const text = "Hero Talabani, the wife of Jalal Talabani, met Kirkuk Governor Najm Eddine Karim and his aide.";
const e = (id: string, name: string, aliases: string[] = []): EntityRecord => ({ id, type: "Person", name, aliases, mentions: [] });
const rel = (type: string, source: string, target: string): RelationRecord => ({ type, source, target, evidence: { start: 0, end: 13 } });
const extraction = (relations: RelationRecord[]): DocumentExtraction => ({
  document: { id: "d", path: "a.txt", date: null, title: "", text, bodyStart: 0 },
  entities: [e("hero", "Hero Talabani"), e("jalal", "Jalal Talabani", ["Talabani"]), e("karim", "Najm Eddine Karim"), { ...e("kirkuk", "Kirkuk"), type: "Place" }],
  claims: [],
  relations,
  messages: [],
} as DocumentExtraction);
const gold = RelationsGoldSchema.parse({
  documents: ["a.txt"],
  relations: [
    { document: "a.txt", type: "SPOUSE_OF", source: "Hero Talabani", target: "Jalal Talabani" },
    { document: "a.txt", type: "ROLE", source: "Najm Eddine Karim", target: "Kirkuk", label: "Governor" },
    { document: "a.txt", type: "AIDE_TO", source: "Hero Talabani", target: "Najm Eddine Karim", optional: true },
  ],
});

describe("scoreRelations", () => {
  it("matches by type and names, a spouse either way round, and a fact stated twice once", () => {
    const s = scoreRelations(gold, [{ document: "a.txt", extraction: extraction([rel("SPOUSE_OF", "jalal", "hero"), rel("ROLE", "karim", "kirkuk"), rel("ROLE", "karim", "kirkuk")]) }]);
    expect(s.all).toEqual({ gold: 2, extracted: 2, matched: 2 });
    expect(s.errors).toEqual([]);
  });

  it("matches a name past an honorific the gold keeps and the extraction drops, or the other way round", () => {
    const honorifics = RelationsGoldSchema.parse({
      documents: ["a.txt"],
      relations: [
        { document: "a.txt", type: "SPOUSE_OF", source: "Dr Hero Talabani", target: "Jalal Talabani" },
        { document: "a.txt", type: "ROLE", source: "Najm Eddine Karim", target: "Kirkuk" },
      ],
    });
    const x = extraction([rel("SPOUSE_OF", "hero", "jalal"), rel("ROLE", "karim", "kirkuk")]);
    x.entities[2] = e("karim", "Sheikh Najm Eddine Karim");
    expect(scoreRelations(honorifics, [{ document: "a.txt", extraction: x }]).all).toEqual({ gold: 2, extracted: 2, matched: 2 });
    // (Not a name that is an honorific and one word: "Lady Gaga" is no "Gaga".)
    const lady = RelationsGoldSchema.parse({ documents: ["a.txt"], relations: [{ document: "a.txt", type: "ROLE", source: "Lady Karim", target: "Kirkuk" }] });
    x.entities[2] = e("karim", "Karim");
    expect(scoreRelations(lady, [{ document: "a.txt", extraction: x }]).all.matched).toBe(0);
  });

  it("matches a name past a lower-case word of its kind after it, not past a capitalised one", () => {
    const kinds = RelationsGoldSchema.parse({ documents: ["a.txt"], relations: [{ document: "a.txt", type: "ROLE", source: "Najm Eddine Karim", target: "Kirkuk province" }] });
    const x = extraction([rel("ROLE", "karim", "kirkuk")]);
    expect(scoreRelations(kinds, [{ document: "a.txt", extraction: x }]).all.matched).toBe(1);
    const named = RelationsGoldSchema.parse({ documents: ["a.txt"], relations: [{ document: "a.txt", type: "ROLE", source: "Najm Eddine Karim", target: "Kirkuk Province" }] });
    expect(scoreRelations(named, [{ document: "a.txt", extraction: x }]).all.matched).toBe(0);
  });

  it("reports a missed and a false relation, naming the gold's type for the same ends, and leaves optional gold out", () => {
    const s = scoreRelations(gold, [{ document: "a.txt", extraction: extraction([rel("MEMBER_OF", "karim", "kirkuk"), rel("AIDE_TO", "hero", "karim"), rel("ROLE", "kirkuk", "karim")]) }]);
    expect(s.all).toEqual({ gold: 2, extracted: 2, matched: 0 });
    expect(s.errors).toEqual([
      'false relation  a.txt: MEMBER_OF Najm Eddine Karim → Kirkuk (gold: ROLE) "Hero Talabani"',
      'false relation  a.txt: ROLE Kirkuk → Najm Eddine Karim "Hero Talabani"',
      "missed relation a.txt: SPOUSE_OF Hero Talabani → Jalal Talabani",
      "missed relation a.txt: ROLE Najm Eddine Karim → Kirkuk [Governor]",
    ]);
    expect(formatRelationScore(s).split("\n")[0]).toMatch(/^type\s+gold\s+ours\s+match\s+P%\s+R%\s+F1%$/);
  });

  it("counts only the documents the gold lists, so precision is over complete gold", () => {
    const s = scoreRelations(gold, [{ document: "b.txt", extraction: extraction([rel("ROLE", "karim", "kirkuk")]) }]);
    expect(s.documents).toBe(0);
    expect(s.all.extracted).toBe(0);
  });

  it("reads the gold files of the repository", () => {
    for (const file of ["seeds.json", "relations-fresh.json"]) {
      const g = RelationsGoldSchema.parse(JSON.parse(readFileSync(new URL(`../../data/gold/${file}`, import.meta.url), "utf8")));
      expect(g.relations.length).toBeGreaterThan(9);
      for (const r of g.relations) expect(g.documents ?? [r.document]).toContain(r.document);
    }
  });
});
