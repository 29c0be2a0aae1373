// Claims of news written fresh for the test (a twenty-fourth reading, 2026-12-07), each a fault found by reading
// the tool's output against a hand-made gold list.
import { describe, expect, it } from "vitest";
import { claimsOf, claimsOfDocument } from "./claims-of.ts";

const speakersOf = (claims: ReturnType<typeof claimsOf>) => claims.map((c) => [c.speaker, c.cue]);

describe("claims on news written for the test, a twenty-fourth reading", () => {
  it("gives a bare “A spokesperson said” to the group whose claim comes right before, and “the spokesperson” to the one before", () => {
    const text = "The Environment Agency denied that the scheme was behind schedule. A spokesperson said the second phase was on track.\n\n"
      + 'A council spokesperson insisted that no final decision had been made. "We want to hear from every family," the spokesperson said.';
    expect(speakersOf(claimsOf(text, true))).toEqual([["Environment Agency", "denied"], ["Environment Agency", "said"],
      ["A council spokesperson", "insisted"], ["A council spokesperson", "said"]]);
    // (Not across a paragraph, nor after a person: the words stay.)
    expect(claimsOf("Mr Smith denied the report.\n\nA spokesperson said the plan was on track.", true).at(-1)?.speaker).toBe("A spokesperson");
  });

  it("gives a refusal of a list of names to each name", () => {
    expect(speakersOf(claimsOf("Meta and Google declined to comment.", true)).sort()).toEqual([["Google", "declined"], ["Meta", "declined"]]);
  });

  it("reads “did not comment on” as a refusal", () => {
    expect(claimsOf("Ridgeline did not comment on the report.", true).map((c) => [c.speaker, c.predicate, c.content]))
      .toEqual([["Ridgeline", "declines", "on the report"]]);
  });

  it("reads “, now a pundit,” as an apposition to the person before it", () => {
    expect(claimsOf("Former striker Lee Dunmore, now a pundit, told the BBC that the board had erred.", true)[0]?.speaker).toBe("Lee Dunmore");
  });

  it("reads charities named with a possessive as one name: “Parkinson's UK”", () => {
    expect(claimsOf("Parkinson's UK welcomed the findings.", true)[0]?.speaker).toBe("Parkinson's UK");
  });

  it("reads “Northern Rail” as a company, not a person named Rail", () => {
    expect(claimsOf("Northern Rail said services would remain suspended until Monday.", true)[0]?.speaker).toBe("Northern Rail");
  });

  it("gives a participle after “after its director, X, walked out,” to the director", () => {
    expect(claimsOf("The film was at the centre of a row after its director, Lukas Brenner, walked out of the premiere, accusing the distributor of re-editing it.", true)[0]?.speaker)
      .toBe("Lukas Brenner");
  });

  it("reads a headline ending in a quoted word as a headline: its speaker is the clause's subject after “as”", () => {
    const claims = claimsOfDocument('Ministers unveil AI safety bill as tech firms warn of "innovation chill"\n\nTech companies said the rules were too strict.');
    expect(claims[0]?.speaker).toBe("tech firms");
    // (And a comma's clause after it: "Thousands flee as wildfire reaches Jasper, Canadian officials warn".)
    expect(claimsOfDocument("Thousands flee as wildfire reaches Jasper, Canadian officials warn of more evacuations\n\nOfficials said the fire grew.")[0]?.speaker)
      .toBe("Canadian officials");
  });
});
