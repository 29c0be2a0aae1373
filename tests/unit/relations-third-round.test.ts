// Relations of the third round of fresh news (data/gold/relations-fresh batches 19-24): clubs named by a town before a
// role, groups by their seat, datelines' states, sides stated by a copula, offices by a verb.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./claims-of.ts";
import { relationsOf, resolvedRelationsOf } from "./relations-of.ts";

describe("a name no list knows before a club's or a firm's role", () => {
  it("is the club or firm whose role the person holds, at a sentence's start too", () => {
    expect(relationsOf("Fluminense president Otávio Rangel said the fee was fair.", ["ROLE"])).toEqual([["Otávio Rangel", "ROLE", "Fluminense", "president"]]);
    expect(relationsOf("Villarreal sporting director Andrés Llorente said so.", ["ROLE"])).toEqual([["Andrés Llorente", "ROLE", "Villarreal", "sporting director"]]);
    expect(relationsOf("Swansea majority owner Daniel Whitcombe was there.", ["ROLE"])).toEqual([["Daniel Whitcombe", "ROLE", "Swansea", "majority owner"]]);
    expect(resolvedRelationsOf("Gloucester Rugby have signed two brothers. Gloucester head coach Rob Tennant was delighted.")).toEqual([
      ["Rob Tennant", "ROLE", "Gloucester Rugby"],
    ]);
  });
  it("is no group when a person's spokesman opens the sentence, a town's police, a title's word or 'Once'", () => {
    expect(relationsOf("Huckabee spokeswoman Alice Stewart said no.", ["ROLE"])).toEqual([]);
    expect(relationsOf("Sanford police officer Timothy Smith holds up the gun in Sanford, Florida.", ["LOCATED_IN"])).toEqual([["Sanford", "LOCATED_IN", "Florida", ""]]);
    expect(relationsOf("Vice president Jose Vicente Rangel spoke.", ["ROLE"])).toEqual([]);
    expect(relationsOf("Once Rangers receive our letter we will comment, said Rangers manager Alex McLeish.", ["ROLE"])).toEqual([["Alex McLeish", "ROLE", "Rangers", "manager"]]);
  });
});

describe("a group before a role and a name's role and a name no recogniser found", () => {
  it("leaves the phrase's words the speaker, not the club", () => {
    expect(claimsOf("Home Office minister Baroness Scotland said the law would change.", true).map((c) => c.speaker)).toEqual(["Home Office minister Baroness Scotland"]);
  });
});
