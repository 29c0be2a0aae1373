import { describe, expect, it } from "vitest";
import { parseBratAttributions, predictedFromClaims, prf, scoreDocument, sumScores } from "../../src/eval/polnear.ts";
import { scoreSeedClaims } from "../../src/eval/seed-claims.ts";
import { firstAnnotationPerArticle } from "../../src/cli/commands/eval-claims.ts";
import type { ClaimRecord, DocumentExtraction } from "../../src/types/index.ts";

const TEXT = "Headline.\n\n“We will win,” he said. The economy is weak, a senior official said.";
const ANN = [
  "T1\tContent 11 25\t“We will win,”",
  "T2\tSource 26 28\the",
  "T3\tCue 29 33\tsaid",
  "T4\tAttribution 29 33\tsaid",
  "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3",
  "T5\tContent 35 42;47 58\tThe economy weak,",
  "T6\tSource 59 75\ta senior official",
  "T7\tCue 76 80\tsaid",
  "E2\tAttribution:T7 Content:T5 Source:T6 Cue:T7",
].join("\n");

describe("PolNeAR scoring", () => {
  it("reads brat events with discontinuous spans and ignores Attribution trigger spans", () => {
    const gold = parseBratAttributions(ANN);
    expect(gold).toHaveLength(2);
    expect(gold[1]!.content!.fragments).toEqual([{ start: 35, end: 42 }, { start: 47, end: 58 }]);
    expect(TEXT.slice(26, 28)).toBe("he");
  });

  it("counts exact and overlap matches one-to-one, and attributions by source and content", () => {
    const gold = parseBratAttributions(ANN);
    const predicted = [
      { source: { start: 26, end: 28 }, cue: { start: 29, end: 33 }, content: { start: 12, end: 23 } },
      { source: { start: 68, end: 75 }, cue: { start: 76, end: 80 }, content: { start: 35, end: 57 } },
      { content: { start: 0, end: 8 } },
    ];
    const r = sumScores([scoreDocument("d", TEXT, gold, predicted)]);
    expect(r.counts["cue exact"]).toEqual({ gold: 2, predicted: 2, matched: 2 });
    expect(r.counts["source exact"].matched).toBe(1);
    expect(r.counts["source overlap"].matched).toBe(2);
    expect(r.counts["content exact"].matched).toBe(0);
    expect(r.counts["attribution (source+content overlap)"]).toEqual({ gold: 2, predicted: 3, matched: 2 });
    expect(prf(r.counts["attribution (source+content overlap)"]).precision).toBeCloseTo(2 / 3);
    expect(r.misses.some((m) => m.kind === "attribution" && m.error === "false")).toBe(true);
  });

  it("makes one attribution of the claims of one cue: a quote split around “he said” is one content", () => {
    // “We will win,” he said, “and soon.”: the rules make a claim per quote part; PolNeAR one attribution.
    const claim = (start: number, end: number) => ({ speakerMention: { start: 14, end: 16 }, cueSpan: { start: 17, end: 21 }, evidence: { start, end } }) as ClaimRecord;
    const other = { speakerMention: { start: 30, end: 40 }, cueSpan: { start: 41, end: 45 }, evidence: { start: 46, end: 60 } } as ClaimRecord;
    expect(predictedFromClaims([claim(0, 13), claim(23, 34), other])).toEqual([
      { source: { start: 14, end: 16 }, cue: { start: 17, end: 21 }, content: { start: 0, end: 34 } },
      { source: { start: 30, end: 40 }, cue: { start: 41, end: 45 }, content: { start: 46, end: 60 } },
    ]);
  });

  it("takes the first annotation file of an article by name", () => {
    const m = firstAnnotationPerArticle(["a_b_ef2d.ann", "a_b_4e07.ann", "c_1111.ann"]);
    expect(m.get("a_b")).toBe("a_b_4e07.ann");
    expect(m.get("c")).toBe("c_1111.ann");
  });
});

describe("scoreSeedClaims", () => {
  it("finds a gold claim by speaker name, predicate and quote start, and checks its date", () => {
    const text = "“We are ready,” Barzani said.";
    const x = {
      document: { id: "d", path: "x.txt", date: "2017-09-27", title: "", text, bodyStart: 0 },
      entities: [{ id: "p1", type: "Person", name: "Masoud Barzani", aliases: ["Barzani"], mentions: [] }],
      claims: [{ id: "c", speaker: "p1", speakerIsEntity: true, predicate: "states", cue: "said", text, quote: "We are ready", date: null, about: [], evidence: { start: 1, end: 13 } }],
      relations: [],
      messages: [],
    } as DocumentExtraction;
    const gold = { claims: [{ document: "x.txt", speaker: "Masoud Barzani", predicate: "states" as const, quote: "We are", date: "2017-09-26" }], relations: [] };
    const s = scoreSeedClaims(gold, [{ document: "x.txt", extraction: x }]);
    expect(s.claims).toMatchObject({ gold: 1, found: 1, rightDate: 0 });
    expect(s.errors[0]).toMatch(/wrong date/);
  });
});
