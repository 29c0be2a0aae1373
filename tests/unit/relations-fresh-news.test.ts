// Relations read from news written for the purpose (data/gold/relations-fresh): a party's seat is membership,
// a group's seat and a town's region are LOCATED_IN, and the claims around them keep their speakers.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/documents/index.ts";
import { extractMentionsAndClaims } from "../../src/extract/index.ts";
import { loadNerModelFile } from "../../src/extract/ner/load-file.ts";

const ner = loadNerModelFile();
const extract = (text: string) => {
  const document = parseDocument("t.txt", new TextEncoder().encode(`Headline\n\n${text}`)).document;
  return { document, x: extractMentionsAndClaims(document, { ner }) };
};
/** [source, type, target, label] of each relation of these types. */
const relationsOf = (text: string, types: readonly string[]) => {
  const { x } = extract(text);
  return x.relations.filter((r) => types.includes(r.type))
    .map((r) => [x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place, r.label ?? ""]);
};
const speakersOf = (text: string) => {
  const { document, x } = extract(text);
  return x.claims.map((c) => ("mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : document.text.slice(c.speaker.start, c.speaker.end)));
};

describe("a party's seat", () => {
  it("is membership of the party, and the constituency's role", () => {
    expect(relationsOf("On Monday, Labour MP Diane Abbott said the plan was wrong.", ["ROLE", "MEMBER_OF"])).toEqual([["Diane Abbott", "MEMBER_OF", "Labour", "MP"]]);
    expect(relationsOf("Conservative councillor Richard Fenwick voted against.", ["ROLE", "MEMBER_OF"])).toEqual([["Richard Fenwick", "MEMBER_OF", "Conservative", "councillor"]]);
    expect(relationsOf("Barbara Roche, Labour MP for Hornsey, said no.", ["ROLE", "MEMBER_OF"])).toEqual([
      ["Barbara Roche", "MEMBER_OF", "Labour", "MP"], ["Barbara Roche", "ROLE", "Hornsey", "MP"],
    ]);
    expect(relationsOf("Republican Senator Susan Collins and Democratic state Rep. Carla Mendes voted for it.", ["ROLE", "MEMBER_OF"])).toEqual([
      ["Susan Collins", "MEMBER_OF", "Republican", "Republican"], ["Carla Mendes", "MEMBER_OF", "Democratic", "Democratic"],
    ]);
  });

  it("leaves a party's office a ROLE and a minister of labour a title", () => {
    expect(relationsOf("Labour leader Keir Starmer agreed.", ["ROLE", "MEMBER_OF"])).toEqual([["Keir Starmer", "ROLE", "Labour", "leader"]]);
    expect(relationsOf("Labour Minister John Smith agreed.", ["ROLE", "MEMBER_OF"])).toEqual([]);
  });

  it("keeps the speaker: the person in apposition, the words of a seat, the subject after an opening phrase", () => {
    expect(speakersOf("But Tony Banks, Labour MP for West Ham, said the issue would soon disappear.")).toEqual(["Tony Banks"]);
    expect(speakersOf("\"What sort of model does it give?\" the Labour MP for Birkenhead asked.")).toEqual(["the Labour MP for Birkenhead"]);
    expect(speakersOf("The Labour MP later said she would resign.")).toEqual(["The Labour MP"]);
    expect(speakersOf("But in a written response to Labour MP Gordon Prentice, the government said it would normally invite observers.")).toEqual(["the government"]);
  });
});

describe("LOCATED_IN", () => {
  it("reads a group's seat: X-based, based in after an apposition, headquartered in", () => {
    expect(relationsOf("The Munich-based Ifo Institute said growth slowed.", ["LOCATED_IN"])).toEqual([["Ifo Institute", "LOCATED_IN", "Munich", "based in"]]);
    expect(relationsOf("Nordwerk, the Munich-based maker of premium saloons, agreed.", ["LOCATED_IN"])).toEqual([["Nordwerk", "LOCATED_IN", "Munich", "based in"]]);
    expect(relationsOf("HSBC, which is based in London, said profits rose.", ["LOCATED_IN"])).toEqual([["HSBC", "LOCATED_IN", "London", "based in"]]);
    // (The analyst is Singapore-based, not the firm he works with.)
    expect(relationsOf("Tony Regan, a Singapore-based analyst with Purvin, said prices would rise.", ["LOCATED_IN"])).toEqual([]);
  });

  it("reads a town in its region, a capital and a country's own region", () => {
    expect(relationsOf("He was born in Launceston, Tasmania, in 1960.", ["LOCATED_IN"])).toEqual([["Launceston", "LOCATED_IN", "Tasmania", ""]]);
    expect(relationsOf("Protests spread to Ranya, in Sulaimani province, on Monday.", ["LOCATED_IN"])).toEqual([["Ranya", "LOCATED_IN", "Sulaimani", "in"]]);
    expect(relationsOf("Erbil, the capital of Iraq's Kurdistan region, was calm.", ["LOCATED_IN"])).toEqual([
      ["Erbil", "LOCATED_IN", "Kurdistan", "capital"], ["Kurdistan", "LOCATED_IN", "Iraq", "in"],
    ]);
    expect(relationsOf("Sweden's Saab and France's Snecma bid for the contract.", ["LOCATED_IN"])).toEqual([]);
  });
});
