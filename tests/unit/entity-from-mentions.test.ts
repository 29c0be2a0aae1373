// Entities are derived in Node from the tally of their mentions, with the choices ENTITY_FROM_MENTIONS
// makes in Cypher (tests/integration/scale.test.ts compares a bulk import with an online ingest whole);
// here each choice and tie-break, and the tally the online writer keeps on the node.
import { describe, expect, it } from "vitest";
import { deriveEntity, emptyTally, parseTally, serializeTally, tallyMention, untallyMention, type EntityMention } from "../../src/graph/entity-from-mentions.ts";
import { applyMentionChanges } from "../../src/graph/entity-tallies.ts";

function mention(name: string | null, count: number, extra: Partial<EntityMention> = {}): EntityMention {
  return { name, count, kind: null, aliases: [], geonamesId: null, countryCode: null, lat: null, lon: null, ...extra };
}
const derive = (mentions: EntityMention[], fallback = "fallback") => deriveEntity(mentions.reduce(tallyMention, emptyTally()), fallback);
const place = (geonamesId: number | null, lat: number, lon: number, countryCode: string | null = "GB") => ({ geonamesId, countryCode, lat, lon });

describe("deriveEntity", () => {
  it("names the entity by most documents, then most mentions, then alphabetically; the other names are sorted aliases", () => {
    expect(derive([mention("Tann", 9), mention("Mira Tann", 1), mention("Mira Tann", 1)]).name).toBe("Mira Tann");
    expect(derive([mention("Tann", 3), mention("Mira Tann", 2)]).name).toBe("Tann");
    const tie = derive([mention("Tann", 2, { aliases: ["M. Tann", "Tann"] }), mention("Mira Tann", 2, { aliases: ["Zed"] })]);
    expect(tie.name).toBe("Mira Tann");
    expect(tie.aliases).toEqual(["M. Tann", "Tann", "Zed"]);
    expect(tie.aliasText).toBe(" | M. Tann | Tann | Zed");
  });

  it("sums every mention; with no aliases the lists are empty", () => {
    const e = derive([mention("Tann", 2), mention("Tann", 5)]);
    expect(e).toMatchObject({ name: "Tann", mentionCount: 7, aliases: [], aliasText: "" });
  });

  it("keeps the node's own name when no mention names it", () => {
    expect(derive([mention(null, 1, { aliases: ["T"] })]).name).toBe("fallback");
  });

  it("sorts names as Cypher does (by UTF-16 code unit, upper case before lower case)", () => {
    expect(derive([mention("b", 1), mention("B", 1), mention("ä", 1), mention("a", 1)]).aliases).toEqual(["a", "b", "ä"]);
  });

  it("chooses the kind most documents give, then alphabetically; none when no mention has one", () => {
    expect(derive([mention("X", 1, { kind: "party" }), mention("X", 9, { kind: "company" }), mention("X", 1, { kind: "party" })]).kind).toBe("party");
    expect(derive([mention("X", 1, { kind: "party" }), mention("X", 1, { kind: "company" })]).kind).toBe("company");
    expect(derive([mention("X", 1)]).kind).toBeNull();
  });

  it("chooses the place most documents give, then by lat, lon, geonamesId and country; a mention needs both coordinates", () => {
    const london = place(2643743, 51.5, -0.12);
    const ontario = place(6058560, 42.98, -81.23, "CA");
    expect(derive([mention("London", 1, london), mention("London", 1, ontario), mention("London", 1, london)])).toMatchObject(london);
    expect(derive([mention("London", 1, london), mention("London", 1, ontario)])).toMatchObject(ontario);
    expect(derive([mention("X", 1, place(2, 1, 1)), mention("X", 1, place(1, 1, 1)), mention("X", 1, place(null, 1, 1))])).toMatchObject({ geonamesId: 1 });
    expect(derive([mention("X", 1, { lat: 1, geonamesId: 5 })])).toMatchObject({ geonamesId: null, countryCode: null, lat: null, lon: null });
  });

  it("gives the same entity whatever order the documents come in", () => {
    const mentions = [
      mention("Tann", 2, { kind: "b", aliases: ["T"], ...place(1, 2, 3) }),
      mention("Mira Tann", 2, { kind: "a", ...place(2, 2, 3) }),
      mention("Mira", 4, { kind: "b", aliases: ["Tann"] }),
    ];
    expect(derive([...mentions].reverse())).toEqual(derive(mentions));
  });
});

describe("entity tallies", () => {
  const a = mention("Tann", 2, { kind: "b", aliases: ["T", "Tann"], ...place(1, 2, 3) });
  const b = mention("Mira Tann", 1, { kind: "a", ...place(2, 2, 3) });
  const c = mention("Tann", 4, { aliases: ["T"] });
  const tally = (...ms: EntityMention[]) => ms.reduce(tallyMention, emptyTally());

  it("stores the same string whatever order the mentions came in, and reads it back", () => {
    const stored = serializeTally(tally(a, b, c));
    expect(serializeTally(tally(c, a, b))).toBe(stored);
    expect(serializeTally(parseTally(stored)!)).toBe(stored);
    expect(deriveEntity(parseTally(stored)!, "x")).toEqual(deriveEntity(tally(a, b, c), "x"));
  });

  it("takes a cleared document's mention out: the tally of the other documents", () => {
    expect(serializeTally(untallyMention(tally(a, b, c), b))).toBe(serializeTally(tally(a, c)));
    expect(serializeTally(untallyMention(tally(a, b, c), a))).toBe(serializeTally(tally(b, c)));
    expect(serializeTally(untallyMention(tally(a), a))).toBe(serializeTally(emptyTally()));
  });

  it("refuses a stored tally it cannot read", () => {
    expect(parseTally("not json")).toBeNull();
    expect(parseTally('{"names": 1}')).toBeNull();
    expect(parseTally(serializeTally(tally(a)).replace('"mentionCount":2', '"mentionCount":"2"'))).toBeNull();
  });
});

describe("applyMentionChanges", () => {
  const written = (entityId: string, name: string, count = 1) => ({ entityId, ...mention(name, count) });
  const cleared = (entityId: string, name: string, stored: string | null, count = 1) => ({ entityId, entityName: name, tally: stored, ...mention(name, count) });

  it("starts a new node's tally empty, adds the written mentions and subtracts the cleared ones", () => {
    const old = serializeTally([mention("Tann", 3), mention("Mira Tann", 1)].reduce(tallyMention, emptyTally()));
    const { tallies, untallied, orphanCandidates } = applyMentionChanges({
      stored: [{ id: "new", name: "Zed", tally: "" }, { id: "old", name: "Tann", tally: old }],
      written: [written("new", "Zed", 2), written("old", "Tann", 5)],
      cleared: [cleared("old", "Tann", old, 3), cleared("gone", "Gone", serializeTally(tallyMention(emptyTally(), mention("Gone", 1))))],
    });
    expect(deriveEntity(tallies.get("new")!.tally, "")).toMatchObject({ name: "Zed", mentionCount: 2 });
    expect(deriveEntity(tallies.get("old")!.tally, "")).toMatchObject({ name: "Tann", mentionCount: 6, aliases: ["Mira Tann"] });
    expect([...untallied.keys()]).toEqual([]);
    expect(orphanCandidates).toEqual(["gone"]);
  });

  it("counts an entity again from its mentions when its node has no tally or one that does not add up", () => {
    const small = serializeTally(tallyMention(emptyTally(), mention("Tann", 1)));
    const { tallies, untallied } = applyMentionChanges({
      stored: [{ id: "legacy", name: "Old", tally: null }],
      cleared: [cleared("edited", "Tann", small, 5)],
      written: [written("legacy", "Old"), written("edited", "Tann")],
    });
    expect([...untallied].sort()).toEqual([["edited", "Tann"], ["legacy", "Old"]]);
    expect(tallies.size).toBe(0);
  });
});
