// The online writer CREATEs mentions, claims, their edges and relations, so the rows it sends must hold
// each once, with the properties MERGE + SET would have left: the last row's, every row's edges.
import { describe, expect, it } from "vitest";
import { batchParameters, writeRows } from "../../src/graph/write-rows.ts";
import type { ClaimRecord, DocumentExtraction, EntityRecord } from "../../src/types/index.ts";

const span = (start: number) => ({ start, end: start + 4 });

function entity(id: string, name: string, starts: number[], extra: Partial<EntityRecord> = {}): EntityRecord {
  return { id, type: "Person", name, aliases: [], mentions: starts.map((s) => ({ ...span(s), text: name })), ...extra };
}

function claim(id: string, speaker: string, about: string[], extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return { id, speaker, speakerIsEntity: true, predicate: "states", cue: "said", text: `${id} text`, quote: null, date: null, about, evidence: span(10), ...extra };
}

function extraction(id: string, path: string, parts: Partial<DocumentExtraction> = {}): DocumentExtraction {
  return { document: { id, path, date: "2017-09-27", title: id, text: "text", bodyStart: 0 }, entities: [], claims: [], relations: [], messages: [], ...parts };
}

describe("writeRows", () => {
  const tann = entity("person_tann", "Mira Tann", [0, 20]);
  const quorn = entity("person_quorn", "Zed Quorn", [5]);

  it("keeps one document per id (the last row) and clears every row's id and path", () => {
    const rows = writeRows(batchParameters([extraction("doc_a", "a.txt"), extraction("doc_a", "copy-of-a.txt")]));
    expect(rows.documents).toHaveLength(1);
    expect(rows.documents[0]!.props.path).toBe("copy-of-a.txt");
    expect(rows.clear).toEqual([
      { id: "doc_a", path: "a.txt" },
      { id: "doc_a", path: "copy-of-a.txt" },
    ]);
    expect(rows.keep).toEqual(["doc_a"]);
  });

  it("keeps one mention per entity and document, with the last row's names, and one node row per entity", () => {
    const renamed = { ...tann, name: "M. Tann", aliases: ["Tann"] };
    const rows = writeRows(batchParameters([extraction("doc_a", "a.txt", { entities: [tann, quorn, renamed] }), extraction("doc_b", "b.txt", { entities: [tann] })]));
    expect(rows.entities).toEqual([
      { id: "person_tann", type: "Person", name: "Mira Tann" },
      { id: "person_quorn", type: "Person", name: "Zed Quorn" },
    ]);
    const mentionsOfA = rows.documents.find((d) => d.id === "doc_a")!.mentions;
    expect(mentionsOfA.map((m) => m.entityId)).toEqual(["person_tann", "person_quorn"]);
    expect(mentionsOfA[0]!.props).toMatchObject({ name: "M. Tann", aliases: ["Tann"], starts: [0, 20], ends: [4, 24] });
    expect(rows.documents.find((d) => d.id === "doc_b")!.mentions).toHaveLength(1);
  });

  it("keeps one claim per id: the last row's properties, every row's speakers, targets and about, each once", () => {
    const first = claim("claim_1", "person_tann", ["person_quorn"], { cue: "told" });
    const again = claim("claim_1", "person_quorn", ["person_quorn", "person_tann"], { target: "person_tann", cue: "said" });
    const rows = writeRows(batchParameters([extraction("doc_a", "a.txt", { entities: [tann, quorn], claims: [first, again] })]));
    expect(rows.claims).toHaveLength(1);
    const [c] = rows.claims;
    expect(c).toMatchObject({ id: "claim_1", documentId: "doc_a", speakers: ["person_tann", "person_quorn"], targets: ["person_tann"], about: ["person_quorn", "person_tann"] });
    expect(c!.props).toMatchObject({ cue: "said", speakerName: "Zed Quorn", documentDate: "2017-09-27" });
    for (const edgeField of ["id", "documentId", "speakerId", "targetId", "about"]) expect(c!.props).not.toHaveProperty(edgeField);
  });

  it("names a claim's target, and keeps a target given by words as its name with no TARGETS edge", () => {
    const aimed = claim("claim_1", "person_tann", [], { target: "person_quorn", targetIsEntity: true });
    const words = claim("claim_2", "person_tann", [], { target: "Kurdish authorities", targetIsEntity: false });
    const rows = writeRows(batchParameters([extraction("doc_a", "a.txt", { entities: [tann, quorn], claims: [aimed, words] })]));
    expect(rows.claims.map((c) => [c.targets, c.props.targetName])).toEqual([[["person_quorn"], "Zed Quorn"], [[], "Kurdish authorities"]]);
  });

  it("keeps one relation per type, ends, document and span (the last label), only from an entity of its document", () => {
    const role = { type: "ROLE", source: "person_tann", target: "person_quorn", evidence: span(0) };
    const stray = { type: "ROLE", source: "person_elsewhere", target: "person_quorn", evidence: span(0) };
    const rows = writeRows(
      batchParameters([extraction("doc_a", "a.txt", { entities: [tann, quorn], relations: [{ ...role, label: "aide" }, { ...role, label: "adviser" }, stray, { ...role, type: "bad type" }] })]),
    );
    expect(rows.relations).toEqual([{ type: "ROLE", source: "person_tann", target: "person_quorn", label: "adviser", documentId: "doc_a", start: 0, end: 4 }]);
  });
});
