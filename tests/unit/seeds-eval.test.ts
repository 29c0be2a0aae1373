// The seed evaluation: matching by name or alias, P/R/F1, and each kind of error it reports.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateSeeds, SeedsGoldSchema } from "../../src/eval/seeds.ts";
import type { EntityRecord } from "../../src/types/index.ts";

const gold = SeedsGoldSchema.parse({
  entities: [
    { type: "Person", name: "Hero Talabani", documents: ["a"] },
    { type: "Person", name: "Jalal Talabani", documents: ["a"] },
    { type: "Person", name: "Masoud Barzani", aliases: ["Barzani"], documents: ["a", "b"] },
    { type: "Place", name: "Kirkuk", documents: ["a"] },
  ],
});
const e = (id: string, type: EntityRecord["type"], name: string, aliases: string[] = []): EntityRecord => ({ id, type, name, aliases, mentions: [] });

describe("evaluateSeeds", () => {
  it("scores a perfect extraction at 100%", () => {
    const r = evaluateSeeds(gold, [
      { document: "a", entities: [e("p1", "Person", "Hero Talabani"), e("p2", "Person", "Jalal Talabani"), e("p3", "Person", "Masoud Barzani", ["Barzani"]), e("l1", "Place", "Kirkuk")] },
      { document: "b", entities: [e("p3", "Person", "Barzani")] },
    ]);
    expect(r.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.errors).toEqual([]);
  });

  it("reports false, missed, wrongly merged and split entities", () => {
    const r = evaluateSeeds(gold, [
      { document: "a", entities: [e("p1", "Person", "Hero Talabani", ["Jalal Talabani"]), e("p3", "Person", "Masoud Barzani"), e("p4", "Person", "Barzani"), e("x", "Person", "Kirkuk")] },
      { document: "b", entities: [e("p9", "Person", "Masoud Barzani")] },
    ]);
    const kinds = r.errors.map((x) => `${x.kind}:${x.name}`);
    expect(kinds).toEqual(expect.arrayContaining([
      "wrong-merge:Hero Talabani", "false-entity:Kirkuk", "missed-entity:Kirkuk", "missed-merge:Masoud Barzani",
    ]));
    expect(r.errors.filter((x) => x.kind === "missed-merge" && x.document === "(across documents)")).toHaveLength(1);
    expect(r.byType.find((s) => s.type === "Place")!.recall).toBe(0);
  });

  it("counts an optional gold entity neither way, and a leading 'the' on neither side", () => {
    const withOptional = SeedsGoldSchema.parse({
      entities: [
        { type: "Group", name: "Government of Iraq", aliases: ["the Iraqi government"], documents: ["a"] },
        { type: "Group", name: "Kurds", documents: ["a"], optional: true },
        { type: "Place", name: "Erbil International Airport", documents: ["a"], optional: true },
      ],
    });
    const r = evaluateSeeds(withOptional, [
      { document: "a", entities: [e("g1", "Group", "Iraqi government"), e("g2", "Group", "Kurds"), e("l1", "Place", "Erbil International Airport")] },
    ]);
    expect(r.overall).toMatchObject({ gold: 1, predicted: 1, precision: 1, recall: 1 });
    expect(r.errors).toEqual([]);
    const missing = evaluateSeeds(withOptional, [{ document: "a", entities: [e("p1", "Person", "Kurds")] }]);
    expect(missing.overall).toMatchObject({ gold: 1, predicted: 0, found: 0 });
    expect(missing.errors.map((x) => `${x.kind}:${x.name}`)).toEqual(["missed-entity:Government of Iraq"]);
  });

  it("reads the seeds gold file", () => {
    const file = SeedsGoldSchema.parse(JSON.parse(readFileSync(new URL("../../data/gold/seeds.json", import.meta.url), "utf8")));
    const people = file.entities.filter((g) => g.type === "Person").map((g) => g.name);
    expect(people).toEqual(expect.arrayContaining(["Masoud Barzani", "Hemin Hawrami", "Fuad Masum", "Hero Talabani", "Jalal Talabani", "Najm Eddine Karim", "Qassem Soleimani", "Haider al-Abadi", "Jim Mattis", "Recep Tayyip Erdogan"]));
  });
});
