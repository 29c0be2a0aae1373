// Extraction on real sentences from the seed articles and other news-like text: mentions with exact
// offsets, titles and demonyms cut off, speech acts with speakers and dates, relations.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/documents/index.ts";
import { extractMentionsAndClaims, layoutText, resolveDate, speechActFromCue, type RawExtraction } from "../../src/extract/index.ts";
import { recognizeMentions } from "../../src/extract/mentions.ts";
import { loadNerModelFile } from "../../src/extract/ner/load-file.ts";
import { loadAttributionModelFile } from "../../src/extract/attribution/load-model.ts";
import { resolveDocument } from "../../src/resolve/index.ts";
import type { DocumentRecord } from "../../src/types/index.ts";
import { fixedNer } from "./fixed-ner.ts";

function doc(text: string, path = "test.txt"): DocumentRecord {
  return parseDocument(path, new TextEncoder().encode(text)).document;
}
const seed = (name: string): DocumentRecord => {
  const path = new URL(`../../data/seeds/${name}`, import.meta.url);
  return parseDocument(name, readFileSync(path)).document;
};
const SEED_A = "000_cef581ca98d7b430.txt"; // dated 2017-10-15, a Sunday
const SEED_B = "001_c5fc3b97b6c30a0d.txt"; // dated 2017-09-27, a Wednesday

function mentionsOf(x: RawExtraction, type?: string): string[] {
  return x.mentions.filter((m) => !type || m.type === type).map((m) => m.text);
}
/** A text's relations as [source, type, target, label]. */
function relationsWithLabels(text: string, ner: ReturnType<typeof loadNerModelFile>): string[][] {
  const x = extractMentionsAndClaims(doc(text), { ner });
  return x.relations.map((r) => [x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place, r.label ?? ""]);
}
function speakerText(x: RawExtraction, i: number): string {
  const s = x.claims[i]!.speaker;
  return "mention" in s ? x.mentions[s.mention]!.text : s.words;
}

describe("layoutText", () => {
  it("does not end sentences at abbreviations such as Gov. and Sept.", () => {
    const text = "Kirkuk Gov. Najm Eddine Karim warned the Kurds. Polling during the Sept. 25 referendum was held.";
    const { sentences } = layoutText(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Kirkuk Gov. Najm Eddine Karim warned the Kurds.",
      "Polling during the Sept. 25 referendum was held.",
    ]);
    // An initial does not end a sentence, a letter after a lower-case word does: "he wrote on X."
    const x = "George W. Bush spoke. \"We will win,\" he wrote on X. \"They will lose.\"";
    expect(layoutText(x).sentences.map((s) => x.slice(s.start, s.end))).toEqual(["George W. Bush spoke.", "\"We will win,\" he wrote on X.", "\"They will lose.\""]);
  });

  it("makes a dateline opening a paragraph a sentence of its own, but no name before a dash inside a sentence", () => {
    const sentencesOf = (text: string) => layoutText(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentencesOf("BEIRUT — Israeli air strikes killed 12 people.")).toEqual(["BEIRUT —", "Israeli air strikes killed 12 people."]);
    expect(sentencesOf("LONDON (Reuters) - Shares fell on Monday.")).toEqual(["LONDON (Reuters) -", "Shares fell on Monday."]);
    expect(sentencesOf("NATO - the alliance - said no.")).toHaveLength(1);
    expect(sentencesOf("US - China talks failed.")).toHaveLength(1);
    expect(sentencesOf("THE HAGUE - The Dutch government collapsed.")).toEqual(["THE HAGUE -", "The Dutch government collapsed."]);
    // A state, country or date after a comma, and capitals before a colon (the seeds' style).
    expect(sentencesOf("ERBIL, Iraq (Reuters) - Iraq will pay.")).toEqual(["ERBIL, Iraq (Reuters) -", "Iraq will pay."]);
    expect(sentencesOf("LONDON, March 3 (Reuters) - Shares fell.")).toEqual(["LONDON, March 3 (Reuters) -", "Shares fell."]);
    expect(sentencesOf("BAGHDAD/ SULAIMANIYAH: Kurdish leaders met.")).toEqual(["BAGHDAD/ SULAIMANIYAH:", "Kurdish leaders met."]);
    expect(sentencesOf("NATO, Britain and France - the allies - said no.")).toHaveLength(1);
    expect(sentencesOf("UK: Shares fell, Brussels said.")).toHaveLength(1);
  });

  it("marks short lines without closing punctuation as headings", () => {
    const layout = layoutText("Armed standoff\n\nThousands of Iraqi troops are locked in an armed standoff.\n");
    expect(layout.lines.map((l) => l.heading)).toEqual([true, false]);
  });
});

describe("extractMentionsAndClaims: mentions", () => {
  it("reads a title word after Mr or Ms as a surname, not an office: “Ms King”, not “Lord Chancellor”", () => {
    const people = (text: string) => extractMentionsAndClaims(doc(`Headline\n\n${text}`)).mentions.filter((m) => m.type === "Person").map((m) => m.text);
    expect(people("Ms King said she was delighted at the chance to take on Mr Galloway.")).toEqual(["King", "Galloway"]);
    expect(people("The Lord Chancellor has defended the plans.")).toEqual([]);
    expect(people("Thank you, Mr President, she said.")).toEqual([]);
    // A demonym, a common word or a place head after Mr is a surname too: Oliver Irish, Mike German, Mr Lane.
    expect(people("Mr Irish said the service would launch in May.")).toEqual(["Irish"]);
    expect(people("Mr Lane said the talks had failed.")).toEqual(["Lane"]);
  });

  it("gives offsets into the whole file text, date header included", () => {
    for (const name of [SEED_A, SEED_B]) {
      const d = seed(name);
      const x = extractMentionsAndClaims(d);
      expect(x.mentions.length).toBeGreaterThan(30);
      for (const m of x.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("cuts titles, ranks and demonyms off people's names", () => {
    const d = doc(
      "Iraqi President Fuad Masum met Prime Minister Haider al-Abadi. Defense Secretary Jim Mattis said little. " +
        "Iranian Maj. Gen. Qassem Soleimani arrived, and Kirkuk Gov. Najm Eddine Karim left.",
    );
    const x = extractMentionsAndClaims(d);
    expect(mentionsOf(x, "Person")).toEqual(["Fuad Masum", "Haider al-Abadi", "Jim Mattis", "Qassem Soleimani", "Najm Eddine Karim"]);
    expect(mentionsOf(x, "Place")).toEqual(["Kirkuk"]);
    const masum = x.mentions.find((m) => m.text === "Fuad Masum")!;
    expect(masum.title).toMatchObject({ label: "President", of: { place: "Iraq" } });
  });

  it("leaves the possessive ’s (curly or straight) out of the mention", () => {
    const x = extractMentionsAndClaims(doc("Masoud Barzani’s aide spoke. Later Barzani's office and the Kurds’ leaders agreed."));
    expect(mentionsOf(x, "Person")).toEqual(["Masoud Barzani", "Barzani"]);
    expect(x.mentions.every((m) => m.possessive)).toBe(true);
  });

  it("reads an all-caps dateline as places", () => {
    const x = extractMentionsAndClaims(seed(SEED_A));
    expect(x.mentions.slice(0, 2).map((m) => [m.text, m.type])).toEqual([["BAGHDAD", "Place"], ["SULAIMANIYAH", "Place"]]);
  });

  it("finds no person in headings, demonyms or sentence-initial words", () => {
    const x = extractMentionsAndClaims(seed(SEED_A));
    const people = mentionsOf(x, "Person");
    for (const wrong of ["Kurds", "Iraqi", "Kurdish", "Armed standoff", "Armed", "Control", "Soleiman in Kurdistan", "Soleiman", "Thousands", "Tensions"]) {
      expect(people).not.toContain(wrong);
    }
    expect(people).toContain("Soleimani"); // sentence-initial, but the surname of Qassem Soleimani
  });

  it("types groups and places with their kind", () => {
    const x = extractMentionsAndClaims(seed(SEED_A));
    const kindOf = (text: string) => x.mentions.find((m) => m.text === text);
    expect(kindOf("Peshmerga")).toMatchObject({ type: "Group", kind: "armed_force" });
    expect(kindOf("Reuters")).toMatchObject({ type: "Group", kind: "media" });
    expect(kindOf("Kirkuk")).toMatchObject({ type: "Place", kind: "city" });
    expect(kindOf("Iraq")).toMatchObject({ type: "Place", kind: "country" });
    expect(kindOf("Kurdish town of Dokan")).toBeUndefined();
    expect(kindOf("Dokan")).toMatchObject({ type: "Place" }); // "the Kurdish town of Dokan"
    expect(kindOf("Iraqi government")).toMatchObject({ type: "Group", kind: "government", canonical: "Government of Iraq" });
    // A country's central bank likewise; a bank of a country alone is none.
    const banks = extractMentionsAndClaims(doc("Nigeria's central bank held rates. The Turkish central bank did not. Nigeria's banks are strong."));
    expect(banks.mentions.filter((m) => m.type === "Group").map((m) => m.canonical)).toEqual(["Central Bank of Nigeria", "Central Bank of Turkey"]);
    // The Fed is the Federal Reserve, however written; a news agency named with its country's.
    const fed = extractMentionsAndClaims(doc("The Fed said inflation was contained. The US Federal Reserve raised rates. Oil Minister Hayan Abdul-Ghani told state news agency INA that exports would resume."));
    expect(fed.mentions.filter((m) => m.type === "Group").map((m) => [m.canonical ?? m.text, m.kind])).toEqual([
      ["Federal Reserve", "government"], ["Federal Reserve", "government"], ["Iraqi News Agency", "media"]]);
    // A name ending in its own "'s": nothing possessed after it; not where the text also writes it without ("than Verizon's.").
    const names = extractMentionsAndClaims(doc("Analysts at Standard & Poor's said the outlook was stable. Qwest said its offer was better than Verizon's. Verizon declined to comment."));
    expect(names.mentions.filter((m) => m.type === "Group").map((m) => [m.text, m.possessive])).toEqual([
      ["Standard & Poor's", false], ["Qwest", false], ["Verizon", true], ["Verizon", false]]);
    // Campaign groups the NER misses or takes for places.
    expect(extractMentionsAndClaims(doc("Greenpeace called the deal a betrayal.")).mentions.map((m) => [m.text, m.type])).toEqual([["Greenpeace", "Group"]]);
    // An observatory's name runs on with "for": "the Syrian Observatory for Human Rights".
    expect(extractMentionsAndClaims(doc("The Syrian Observatory for Human Rights said 1,500 civilians had been killed.")).mentions.map((m) => m.text)).toEqual(["Syrian Observatory for Human Rights"]);
    // A number ends a name the gazetteer knows: "Channel 4", "Kurdistan 24".
    const outlets = extractMentionsAndClaims(doc("The minister told Channel 4 that talks would begin. He told Kurdistan 24 that it was over."));
    expect(outlets.mentions.map((m) => [m.text, m.kind])).toEqual([["Channel 4", "media"], ["Kurdistan 24", "media"]]);
    // With its possessive: "BBC Radio 4's Today programme" names BBC Radio 4, and what he told it is what follows the programme.
    const radioText = "Mr Brown told BBC Radio 4's Today programme he hoped talks would begin. Mr Davis told BBC Radio 4's the World at One his concern was justice. Ms Kelly told Sky News's Sunday with Adam Boulton programme: \"It is really important.\"";
    const radio = extractMentionsAndClaims(doc(radioText));
    expect(radio.mentions.filter((m) => m.type === "Group").map((m) => [m.text, m.possessive])).toEqual([["BBC Radio 4", true], ["BBC Radio 4", true], ["Sky News", true]]);
    expect(radio.claims.map((c) => radioText.slice(c.evidence.start, c.evidence.end))).toEqual(["he hoped talks would begin", "his concern was justice", "\"It is really important.\""]);
    // A listed name with lower-case words inside is read whole: "Friends of the Earth", "Save the Children".
    const campaigners = extractMentionsAndClaims(doc("Friends of the Earth called the plan reckless. The cuts were criticised by Save the Children and Oxfam."));
    expect(campaigners.mentions.map((m) => [m.text, m.type])).toEqual([["Friends of the Earth", "Group"], ["Save the Children", "Group"], ["Oxfam", "Group"]]);
  });

  it("works on unseen news text", () => {
    const x = extractMentionsAndClaims(
      doc("LONDON (Reuters) - German Chancellor Angela Merkel met Microsoft chief executive Satya Nadella and officials of the British Chambers of Commerce in Paris."),
    );
    expect(x.mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      "Place:LONDON", "Group:Reuters", "Person:Angela Merkel", "Group:Microsoft", "Person:Satya Nadella", "Group:British Chambers of Commerce", "Place:Paris",
    ]);
  });

  it("links an acronym defined in parentheses to its long form", () => {
    const x = extractMentionsAndClaims(doc("The Popular Mobilization Forces (PMF) denied it. The PMF said so."));
    const pmf = x.mentions.findIndex((m) => m.text === "PMF");
    expect(x.mentions[pmf]!.aliasOf).toBe(0);
    expect(x.mentions[pmf]!.type).toBe("Group");
    // The long form goes on through "of Oil" when the acronym's letters say so.
    const somo = extractMentionsAndClaims(doc("Erbil sold oil to the State Organization for Marketing of Oil (SOMO) last month."));
    expect(somo.mentions.find((m) => m.text === "SOMO")?.aliasOf).toBe(somo.mentions.findIndex((m) => m.text === "State Organization for Marketing of Oil"));
    // A dateline's agency is none: "JERUSALEM (AP)" is the Associated Press, no name of Jerusalem.
    const ap = extractMentionsAndClaims(doc("JERUSALEM (AP) — Israel rejected the proposal.")).mentions.find((m) => m.text === "AP");
    expect(ap).toMatchObject({ type: "Group", canonical: "Associated Press" });
    expect(ap!.aliasOf).toBeUndefined();
  });

  it("knows the trade unions news names by a word or an acronym: Unite, Unison, the TUC", () => {
    const x = extractMentionsAndClaims(doc("The Unite union condemned the move. Unison and the TUC said staff were exhausted."));
    expect(x.mentions.filter((m) => m.type === "Group").map((m) => m.canonical ?? m.text)).toEqual(["Unite", "Unison", "Trades Union Congress"]);
  });

  it("types a consortium, a confederation and an institution as groups", () => {
    const names = extractMentionsAndClaims(doc("The British Retail Consortium (BRC) warned of price rises. The Brookings Institution agreed."))
      .mentions.filter((m) => m.type === "Group").map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(["British Retail Consortium", "Brookings Institution"]));
  });

  it("takes a bare “Senate” for the US Senate only in news that names America", () => {
    const canonical = (text: string) => extractMentionsAndClaims(doc(text)).mentions.find((m) => m.text === "Senate")?.canonical;
    expect(canonical("Jeannette Jara led talks with the Senate in Santiago.")).toBe("Senate");
    expect(canonical("Democrats in the Senate said Washington would pay.")).toBe("US Senate");
  });
});

describe("extractMentionsAndClaims: claims", () => {
  it("attributes quotes split from their cue, through “he said”", () => {
    const d = seed(SEED_A);
    const x = extractMentionsAndClaims(d);
    const byQuote = (start: string) => x.claims.findIndex((c) => c.quote?.startsWith(start));
    const trying = byQuote("We are trying to tone everything down");
    const everybody = byQuote("Everybody stay focused on defeating ISIS. We can’t turn on each other right now");
    expect(speakerText(x, trying)).toBe("Mattis");
    expect(x.claims[trying]).toMatchObject({ predicate: "states", cue: "told", date: null });
    expect(speakerText(x, everybody)).toBe("Mattis"); // “...,” he said
    expect(x.claims[everybody]!.quote).toBe("Everybody stay focused on defeating ISIS. We can’t turn on each other right now");
  });

  it("reads a warning with a colon and skips the apposition before it", () => {
    const d = seed(SEED_A);
    const x = extractMentionsAndClaims(d);
    const i = x.claims.findIndex((c) => c.cue === "warned");
    expect(speakerText(x, i)).toBe("Najm Eddine Karim");
    expect(x.claims[i]).toMatchObject({ predicate: "warns", quote: "Residents will help the Peshmerga... we will not allow any force to enter our city." });
  });

  it("reads reported speech with the speaker after the content", () => {
    const d = seed(SEED_A);
    const x = extractMentionsAndClaims(d);
    const hawrami = x.claims.findIndex((c) => d.text.slice(c.evidence.start, c.evidence.end).startsWith("Kurdish leaders who met"));
    expect(speakerText(x, hawrami)).toBe("Hemin Hawrami");
    const official = x.claims.findIndex((c) => d.text.slice(c.evidence.start, c.evidence.end).startsWith("Kurdish Peshmerga fighters rejected"));
    expect(x.claims[official]).toMatchObject({ speaker: { words: "a Kurdish security official" }, predicate: "states", date: "2017-10-15" });
  });

  it("keeps the partial quote of al-Abadi and does not date “this week”", () => {
    const d = seed(SEED_A);
    const x = extractMentionsAndClaims(d);
    const i = x.claims.findIndex((c) => c.quote === "not going... to make war on our Kurdish citizens");
    expect(speakerText(x, i)).toBe("Haider Al-Abadi");
    expect(x.claims[i]!.date).toBeNull();
  });

  it("dates speech acts relative to the document date", () => {
    const d = seed(SEED_B);
    const x = extractMentionsAndClaims(d);
    const dated = x.claims.map((c, i) => [speakerText(x, i), c.predicate, c.date]);
    expect(dated).toContainEqual(["Reuters", "reports", "2017-09-27"]); // reported on Wednesday
    expect(dated).toContainEqual(["Recep Tayyip Erdogan", "states", "2017-09-25"]); // said on Monday
    expect(dated).toContainEqual(["al-Abadi", "demands", "2017-09-27"]); // Earlier today
    expect(dated).toContainEqual(["Masoud Barzani", "states", "2017-09-26"]); // On Tuesday
    // A second verb after "and" takes no date from the first one's content, but the shared subject's.
    const both = extractMentionsAndClaims(doc(" date 2017-10-31\nIn a televised address on Sunday, Masoud Barzani said he would not stay beyond November 1 and defended the referendum. Nechirvan Barzani on Monday defended the vote and said talks would follow."));
    expect(both.claims.map((c) => [c.cue, c.date])).toEqual([["said", "2017-10-29"], ["defended", "2017-10-29"], ["defended", "2017-10-30"], ["said", "2017-10-30"]]);
  });

  it("makes one claim per tweet quoted after “posted tweets that”", () => {
    const d = seed(SEED_B);
    const x = extractMentionsAndClaims(d);
    const tweets = x.claims.filter((c) => c.cue === "posted");
    expect(tweets.map((c) => c.quote)).toEqual([
      "Oil revenues in Iraqi Kurdistan must be returned to the control of the federal authorities",
      "All land & air border-crossings in Iraqi Kurdistan must be returned to federal jurisdiction within 3 days.",
    ]);
    expect(tweets.every((c) => "mention" in c.speaker && x.mentions[c.speaker.mention]!.text === "al-Abadi")).toBe(true);
  });

  it("gives each of several listed speakers their own claim", () => {
    const d = seed(SEED_B);
    const x = extractMentionsAndClaims(d);
    const urged = x.claims.map((c, i) => [c, speakerText(x, i)] as const).filter(([c]) => c.cue === "urged");
    expect(urged.map(([, s]) => s)).toEqual(["EU", "UN", "United States"]);
    expect(d.text.slice(urged[0]![0].evidence.start, urged[0]![0].evidence.end)).toBe("Erbil to cancel the referendum");
  });

  it("joins a quote split around its cue into one claim", () => {
    const d = doc("“We will not accept this,” Merkel told reporters, “and nobody should expect us to.”");
    const x = extractMentionsAndClaims(d);
    expect(x.claims).toHaveLength(1);
    expect(x.claims[0]!.quote).toBe("We will not accept this and nobody should expect us to.");
  });

  it("reads “according to” and a speaker who is not an entity", () => {
    const d = doc(" date 2019-03-06 According to the UN, more than 2,000 people have fled Raqqa. A senior official said on Monday that talks would resume.");
    const x = extractMentionsAndClaims(d);
    expect(x.claims.map((c, i) => [speakerText(x, i), c.predicate, c.date])).toEqual([
      ["UN", "reports", null],
      ["A senior official", "states", "2019-03-04"],
    ]);
  });

  it("leaves out claims whose pronoun speaker cannot be resolved", () => {
    const x = extractMentionsAndClaims(doc("They rejected what they described as threats and pledged to defend the city."));
    expect(x.claims).toHaveLength(0);
    expect(x.messages.some((m) => m.rule === "claim-speaker-unresolved")).toBe(true);
  });

  it("does not read nouns as speech verbs", () => {
    const x = extractMentionsAndClaims(doc("Iraq’s Kurdish leadership rejected on Sunday the Iraqi government demand that it cancels the vote."));
    expect(x.claims.map((c) => c.cue)).toEqual(["rejected"]);
  });
});

describe("extractMentionsAndClaims: relations", () => {
  it("reads a wife and a son named after “his”, the wife's first name an ordinary word: Hero Ibrahim Ahmed, Qubad Talabani", () => {
    const x = extractMentionsAndClaims(doc("Jalal Talabani founded the party. His wife, Hero Ibrahim Ahmed, is a senior member, and his son Qubad Talabani is deputy prime minister."), { ner: loadNerModelFile() });
    const rels = x.relations.map((r) => [x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.text : ""]);
    expect(rels).toContainEqual(["Hero Ibrahim Ahmed", "SPOUSE_OF", "Jalal Talabani"]);
    expect(rels).toContainEqual(["Qubad Talabani", "CHILD_OF", "Jalal Talabani"]);
  });

  it("reads ROLE, SPOUSE_OF and AIDE_TO from the seed", () => {
    const d = seed(SEED_A);
    const x = extractMentionsAndClaims(d);
    const name = (t: RawExtraction["relations"][number]["target"]) => ("mention" in t ? x.mentions[t.mention]!.text : t.place);
    const rels = x.relations.map((r) => [x.mentions[r.source]!.text, r.type, name(r.target), r.label]);
    expect(rels).toContainEqual(["Najm Eddine Karim", "ROLE", "Kirkuk", "Gov."]);
    expect(rels).toContainEqual(["Haider Al-Abadi", "ROLE", "Iraq", "Prime Minister"]);
    expect(rels).toContainEqual(["Masoud Barzani", "ROLE", "Kurdistan Regional Government", "President"]);
    expect(rels).toContainEqual(["Hero Talabani", "SPOUSE_OF", "Jalal Talabani", "wife"]);
    expect(rels).toContainEqual(["Hemin Hawrami", "AIDE_TO", "Masoud Barzani", "aide"]);
  });

  it("reads a title written after the name", () => {
    const x = extractMentionsAndClaims(seed(SEED_B));
    const role = x.relations.find((r) => r.type === "ROLE" && x.mentions[r.source]!.text === "Masoud Barzani")!;
    expect("mention" in role.target && x.mentions[role.target.mention]!.text).toBe("Kurdistan Region");
    expect(role.label).toBe("President");
  });

  it("reads a group's role right before a name, but not across a verb", () => {
    const ner = loadNerModelFile();
    const rolesOf = (text: string) => {
      const x = extractMentionsAndClaims(doc(text), { ner });
      return x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, r.label]);
    };
    expect(rolesOf("The drug maker Merck said on Friday it would fight. Merck head of research Peter Kim said the drug was safe."))
      .toContainEqual(["Peter Kim", "head of research"]);
    expect(rolesOf("A BBC spokeswoman said Andi Peters would continue as executive producer.")).toEqual([]);
  });

  it("reads no role from a form of address, a passive or “no stranger to”", () => {
    const ner = loadNerModelFile();
    const rolesOf = (text: string) => {
      const x = extractMentionsAndClaims(doc(text), { ner });
      return x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, r.label]);
    };
    expect(rolesOf("In a speech to the Foreign Policy Centre Mr Jack Straw said the Tory leader was clever.")).toEqual([]);
    expect(rolesOf("Kenenisa Bekele is no stranger to the National Indoor Arena in Birmingham.")).toEqual([]);
    expect(rolesOf("Tim Henman was named player of the year by the Lawn Tennis Association.")).toEqual([]);
  });

  it("reads a group's or a place's role around a name (possessive, an office of its domain, a verb of leading), not a plural, a description or a list", () => {
    const ner = loadNerModelFile();
    const rolesOf = (text: string) => {
      const x = extractMentionsAndClaims(doc(text), { ner });
      return x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, r.label, "mention" in r.target ? x.mentions[r.target.mention]!.text : ""]);
    };
    expect(rolesOf("Ukraine's President Volodymyr Zelensky thanked Berlin.")).toEqual([["Volodymyr Zelensky", "President", "Ukraine"]]);
    expect(rolesOf("Germany's finance minister Lars Klingbeil spoke in Berlin.")).toEqual([["Lars Klingbeil", "finance minister", "Germany"]]);
    expect(rolesOf("The Greens' parliamentary leader, Katharina Dröge, accused the coalition of lying.")).toEqual([["Katharina Dröge", "parliamentary leader", "Greens"]]);
    expect(rolesOf("The KRG's spokesman Safeen Dizayee denied it.")).toEqual([["Safeen Dizayee", "spokesman", "KRG"]]);
    expect(rolesOf("India's richest man Azim Premji gave a speech.")).toEqual([]);
    // A group's name right before the role words and the name: "IMF managing director X", "EU foreign policy chief X";
    // not across a verb or an office's capitalised title ("Arab News quoted Prince Saud", "Sport Secretary Tessa Jowell").
    expect(rolesOf("EU foreign policy chief Kaja Kallas told reporters that Turkey must act.")).toEqual([["Kaja Kallas", "foreign policy chief", "EU"]]);
    expect(rolesOf("Chelsea defender William Gallas was injured.")).toEqual([["William Gallas", "defender", "Chelsea"]]);
    // The KRG however written; a consul general.
    expect(rolesOf("Kurdistan Region government spokesman Peshawa Hawramani rejected the claim.")).toEqual([["Peshawa Hawramani", "spokesman", "Kurdistan Region government"]]);
    expect(rolesOf("U.S. Consul General Wendy Green met Nechirvan Barzani.")).toEqual([["Wendy Green", "Consul General", "U.S."]]);
    // Iraq's blocs the gazetteer knows: "Coordination Framework leader Nouri al-Maliki".
    expect(rolesOf("Shi'ite Coordination Framework leader Nouri al-Maliki urged the Sunni parties to settle their differences.")).toEqual([["Nouri al-Maliki", "leader", "Coordination Framework"]]);
    expect(rolesOf("Tories including leader Michael Howard attended. Chelsea brought striker Didier Drogba on.").map(([, label]) => label))
      .not.toEqual(expect.arrayContaining(["including leader", "brought striker"]));
    expect(rolesOf("Sport Secretary Tessa Jowell spoke.").filter(([, , group]) => group === "Sport")).toEqual([]);
    // A group's name after an article and adjectives, in apposition; an institution named in lower case before the role.
    expect(rolesOf("A senior PKK commander, Murat Karayilan, told reporters the process was in danger.")).toEqual([["Murat Karayilan", "commander", "PKK"]]);
    expect(rolesOf("Iraqi government spokesman Basim al-Awadi said Baghdad would summon the ambassador.")).toEqual([["Basim al-Awadi", "spokesman", "Iraqi government"]]);
    // "Chair" before a name is a title, as "Chairman" is.
    expect(rolesOf("Fed Chair Jerome Powell said a December cut was not a foregone conclusion.")).toEqual([["Jerome Powell", "Chair", "Fed"]]);
    // A verb of leading in a relative clause names the role, when the group ends the phrase.
    expect(rolesOf("Friedrich Merz, who leads the center-right Christian Democrats, said the measures would pass.")).toEqual([["Friedrich Merz", "leader", "Christian Democrats"]]);
    expect(rolesOf("Martin O'Neill, who chairs the Commons trade committee, said he believed it.")).toEqual([]);
    // A place's institution before the role: "Sudan's army chief, General X," holds a role in Sudan's armed forces.
    expect(rolesOf("Sudan's army chief, General Abdel Fattah al-Burhan, vowed to keep fighting.")).toEqual([["Abdel Fattah al-Burhan", "chief", "Sudan's army"]]);
    expect(rolesOf("Iraq's army chief Abdul Amir Yarallah said the operation was over.")).toEqual([["Abdul Amir Yarallah", "chief", "Iraq's army"]]);
    // An office "of" its domain, with the place before it; the next name's title in a list is not the previous name's.
    expect(rolesOf("Also due to attend are US Secretary of State Condoleezza Rice, UN Secretary General Kofi Annan and World Bank officials."))
      .toEqual([["Condoleezza Rice", "Secretary of State", "US"], ["Kofi Annan", "Secretary General", "UN"]]);
    expect(rolesOf("The pundits included BBC Radio 1 DJ Trevor Nelson, NME editor Conor McNicholas and others.")).not.toContainEqual(["Trevor Nelson", "editor", "NME"]);
    // After the name, in apposition: the possessive group's role.
    expect(rolesOf("Philippe Cotis, the OECD's chief economist, said growth would slow.")).toEqual([["Philippe Cotis", "chief economist", "OECD"]]);
    // A prefix of rank ("co-leader", "vice-chairman"), and "Tory" for the Conservative Party.
    expect(rolesOf("SPD co-leader Lars Klingbeil warned the coalition.")).toEqual([["Lars Klingbeil", "co-leader", "SPD"]]);
    expect(rolesOf("Tory leader Michael Howard attacked the plan.")).toEqual([["Michael Howard", "leader", "Tory"]]);
    // Professions: "a strategist at UBS", "a lecturer at the University of Lille".
    expect(rolesOf("Bhanu Baweja, a strategist at UBS, said the dollar would fall.")).toEqual([["Bhanu Baweja", "strategist", "UBS"]]);
    expect(rolesOf("Takashi Yamanaka, an economist with UFJ Bank, said the yen would rise.")).toEqual([["Takashi Yamanaka", "economist", "UFJ Bank"]]);
    // With the role's field: "Unison's head of health, Helga Pile".
    expect(rolesOf("Unison's head of health, Helga Pile, said staff were exhausted.")).toEqual([["Helga Pile", "head of health", "Unison"]]);
    // A group's name as a modifier after an article, in apposition: "A KDP spokesman, Mahmoud Mohammed,".
    expect(rolesOf("A KDP spokesman, Mahmoud Mohammed, said the party had not been consulted.")).toEqual([["Mahmoud Mohammed", "spokesman", "KDP"]]);
    expect(rolesOf("He praised England's black players, Wayne Rooney among them.")).toEqual([]);
    // Or the group's name as a modifier: "X, IMF managing director", "X, WHO regional director for Europe".
    expect(rolesOf("Kristalina Georgieva, IMF managing director, said growth would slow.")).toEqual([["Kristalina Georgieva", "managing director", "IMF"]]);
    // A head with a modifier after it, and a group's own unit: "a professor emeritus at Northwestern University's law school".
    expect(rolesOf("“The judge was careful,” said Steven Lubet, a professor emeritus at Northwestern University's law school."))
      .toEqual([["Steven Lubet", "professor emeritus", "Northwestern University"]]);
    // A fellow of a think tank holds a role there, and the quote before "said X, a fellow at" is theirs.
    expect(rolesOf("“Nothing happens,” said Bilal Wahab, a fellow at the Washington Institute for Near East Policy."))
      .toEqual([["Bilal Wahab", "fellow", "Washington Institute for Near East Policy"]]);
    // A description, a rank or another clause is no position: a villain, the best striker, a clause after the comma,
    // the possessive's role read past its field ("Yahoo's head of consumer services in the UK" is not the UK's).
    for (const text of ["It was hard on Charlie Hodgson, the villain at Twickenham, who missed kicks.",
      "Mr Bush said Ruud van Nistelrooy is the best striker in Europe.", "Jean Reno was France's second best-paid actor last year.",
      "As he assumes the title, Lord Kinnock, he has also become chairman of the British Council, which promotes arts.",
      "Leaders including George Bush, and the presidents of Sri Lanka and Indonesia, met.",
      "Nick Hazel, Yahoo's head of consumer services in the UK, said it.", "The film stars Academy Award winners Gwyneth Paltrow and Anthony Hopkins.",
      "ABC affiliates refusal to air Steven Spielberg's film was criticised."]) expect(rolesOf(text), text).toEqual([]);
    // A role word before the name and its group after "at"; a titled head of state "of" a place, not a peer's seat.
    expect(rolesOf("It will hurt revenue, said analyst Ray Neidl at Calyon Securities.")).toEqual([["Ray Neidl", "analyst", "Calyon Securities"]]);
    expect(rolesOf("When President Nestor Kirchner of Argentina arrived in power he began to negotiate.")).toEqual([["Nestor Kirchner", "President", "Argentina"]]);
    expect(rolesOf("Lord Irvine of Lairg said the law was clear.")).toEqual([]);
    // An adverb before the role is no part of it; "and" inside a role joins two titles.
    expect(rolesOf("Johann Cruyff, currently a consultant at Barcelona, said so.")).toEqual([["Johann Cruyff", "consultant", "Barcelona"]]);
    expect(rolesOf("Alain Levy, chairman and chief executive of EMI Music, said so.")).toEqual([["Alain Levy", "chairman and chief executive", "EMI Music"]]);
    // "X, of Y,": the title's group, or without a title the group the person is of.
    expect(rolesOf("Detective Chief Inspector Lewis Hughes, of Greater Manchester Police, said the victim had been attacked."))
      .toEqual([["Lewis Hughes", "Detective Chief Inspector", "Greater Manchester Police"]]);
    // A place before a public office in lower case: "U.S. envoy Steve Witkoff"; not a trade ("US actor Tom Hanks").
    expect(rolesOf("Hamas rejected proposals from U.S. envoy Steve Witkoff.")).toEqual([["Steve Witkoff", "envoy", "U.S."]]);
    expect(rolesOf("US actor Tom Hanks said he was delighted.")).toEqual([]);
    // A central bank named before its officer's title: "Bundesbank president Joachim Nagel".
    expect(rolesOf("Bundesbank president Joachim Nagel warned that the fight against inflation was not yet won.")).toEqual([["Joachim Nagel", "president", "Bundesbank"]]);
    // A university by one word (the gazetteer's): "Harvard President Alan Garber".
    expect(rolesOf("Harvard President Alan Garber welcomed the ruling.")).toEqual([["Alan Garber", "President", "Harvard"]]);
    expect(rolesOf("Dr Hans Kluge, WHO regional director for Europe, urged governments to act.")).toEqual([["Hans Kluge", "regional director", "WHO"]]);
    expect(rolesOf("\"Neither side wants escalation,\" said Ayesha Siddiqa, a Pakistani military analyst based in London.")).toEqual([]);
    // A verb after the comma names no role: "Rafael Grossi, told reporters in Vienna".
    expect(rolesOf("The watchdog's head, Rafael Grossi, told reporters in Vienna he was concerned.")).not.toContainEqual(["Rafael Grossi", "told reporters", "Vienna"]);
    // A record set is no role; a sentence's "Former" opens no group's name.
    expect(rolesOf("Richard Scrushy is the first chief executive to be tried under the Sarbanes Oxley Act.")).toEqual([]);
    expect(rolesOf("Former Downing Street media chief Alastair Campbell denied it.")).toEqual([["Alastair Campbell", "media chief", "Downing Street"]]);
    // A group, then role words, then the name: "White House press secretary Karoline Leavitt".
    expect(rolesOf("White House press secretary Karoline Leavitt defended the decision.")).toEqual([["Karoline Leavitt", "press secretary", "White House"]]);
    // Before the name, with what it is for: the possessive group's role, not the place's.
    expect(rolesOf("The UN's humanitarian coordinator for Afghanistan, Indrika Ratwatte, told the BBC that roads were blocked."))
      .toEqual([["Indrika Ratwatte", "humanitarian coordinator for Afghanistan", "UN"]]);
    expect(rolesOf("Russia's ambassador to Finland, Pavel Kuznetsov, has accused Helsinki of militarising the border."))
      .toEqual([["Pavel Kuznetsov", "ambassador to Finland", "Russia"]]);
    expect(rolesOf("Last Thursday, the UN envoy for Iraq, Mohammed al-Hassan, called for calm.")).toEqual([["Mohammed al-Hassan", "envoy for Iraq", "UN"]]);
    // "Its commander, X" after a sentence a group opens: that group's role.
    expect(rolesOf("The Rapid Support Forces have denied targeting civilians. Its commander, Mohamed Hamdan Dagalo, said the city was taken."))
      .toEqual([["Mohamed Hamdan Dagalo", "commander", "Rapid Support Forces"]]);
    expect(rolesOf("Shares fell on Monday. Its commander, Mohamed Hamdan Dagalo, said the city was taken.")).toEqual([]);
    // With modifiers before the role, or its field after it.
    expect(rolesOf("IG Metall, the powerful union, warned of strikes. Its chief negotiator, Thorsten Groeger, said the plans were bad."))
      .toEqual([["Thorsten Groeger", "chief negotiator", "IG Metall"]]);
    expect(rolesOf("The British Medical Association said it would respond. Its head of research, Dr Tom Dolphin, said more was needed."))
      .toEqual([["Tom Dolphin", "head of research", "British Medical Association"]]);
    // "Their" after a group with a plural name.
    expect(rolesOf("The Liberal Democrats called for an emergency debate. Their leader, Sir Ed Davey, said ministers should act."))
      .toEqual([["Ed Davey", "leader", "Liberal Democrats"]]);
    // Inside the sentence: the group that opened it.
    expect(rolesOf("The European Central Bank cut interest rates, but its president, Christine Lagarde, refused to commit to further cuts."))
      .toEqual([["Christine Lagarde", "president", "European Central Bank"]]);
    expect(rolesOf("The British Medical Association said it would respond. Its chair, Dr Tom Dolphin, told the Guardian that doctors were watching."))
      .toEqual([["Tom Dolphin", "chair", "British Medical Association"]]);
    // A place's or group's title before a comma: "The US Secretary of State, Marco Rubio"; not after "as".
    expect(rolesOf("The US Secretary of State, Marco Rubio, said talks would resume.")).toEqual([["Marco Rubio", "Secretary of State", "US"]]);
    expect(rolesOf("Bush begins his second term as US President, Tony Blair has said.")).toEqual([]);
    // With the person's own honorific between: "UK's top policeman Sir John Stevens".
    expect(rolesOf("The UK's top policeman Sir John Stevens said crime had fallen.")).toEqual([["John Stevens", "top policeman", "UK"]]);
  });

  it("reads “his spokesman, X” and “her husband X” as ties to the sentence's first person of that gender, or the last sentence's", () => {
    const ner = loadNerModelFile();
    const tiesOf = (text: string) => {
      const x = extractMentionsAndClaims(doc(text), { ner });
      return x.relations.filter((r) => r.type !== "ROLE").map((r) => [x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.text : ""]);
    };
    expect(tiesOf("Benjamin Netanyahu wrote that Hezbollah would pay. His spokesman, Avi Cohen, later denied that the army planned an operation."))
      .toEqual([["Avi Cohen", "AIDE_TO", "Benjamin Netanyahu"]]);
    expect(tiesOf("Anil Ambani has accused Anand Jain, a confidant of his brother Mukesh, of playing a negative role."))
      .toEqual([["Mukesh", "SIBLING_OF", "Anil Ambani"]]);
    expect(tiesOf("Daniel Reyes denied any wrongdoing. His lawyer, Maria Chen, said he was targeted.")).toEqual([["Maria Chen", "AIDE_TO", "Daniel Reyes"]]);
    expect(tiesOf("Michael Reeves was jailed. His barrister, Clare Montgomery KC, told the court he was sorry.")).toEqual([["Clare Montgomery KC", "AIDE_TO", "Michael Reeves"]]);
    // A name's possessive past a modifier: "Masoud Barzani's senior adviser, Hemin Hawrami".
    expect(tiesOf("Masoud Barzani's senior adviser, Hemin Hawrami, wrote on Twitter that talks were needed.")).toEqual([["Hemin Hawrami", "AIDE_TO", "Masoud Barzani"]]);

    expect(tiesOf("Daniel Reyes died on Thursday. His longtime publicist Jerry Digney said he had been ill.")).toEqual([["Jerry Digney", "AIDE_TO", "Daniel Reyes"]]);
    // A US lawmaker's party by its letter after the name, in brackets or between commas; an apposition after the bracket.
    const lawmakers = tiesOf("Rep. Patrick McHenry (R-N.C.), a close ally of Kevin McCarthy, was named speaker. Sen. Jon Tester, D-Mont., and Sen. Bernie Sanders (I-Vt.) objected.");
    expect(lawmakers).toHaveLength(3);
    expect(lawmakers).toEqual(expect.arrayContaining([["Patrick McHenry", "MEMBER_OF", "R"], ["Patrick McHenry", "ALLIED_WITH", "Kevin McCarthy"], ["Jon Tester", "MEMBER_OF", "D"]]));
    // A person's aide or kin in apposition after the name: "Ibrahim Kalin, Erdogan's spokesman and chief adviser,".
    expect(tiesOf("Ibrahim Kalin, Erdogan's spokesman and chief adviser, said on Saturday that Ankara was not closing the door."))
      .toEqual([["Ibrahim Kalin", "AIDE_TO", "Erdogan"]]);
    // In an opening phrase the pronoun is the subject's after it, not the last sentence's person.
    expect(tiesOf("Dick Pound criticised the runner. In a statement released through her attorney Rich Nichols, Marion Jones repeated her innocence."))
      .toEqual([["Rich Nichols", "AIDE_TO", "Marion Jones"]]);
    // A role's possessive: the one person the story gives the role, never another of the same surname.
    expect(tiesOf("Prime Minister Tony Blair spoke on Monday. The prime minister's wife, Cherie Blair, said she was proud. The prime minister's spokesman, Tom Kelly, said nothing."))
      .toEqual([["Cherie Blair", "SPOUSE_OF", "Tony Blair"], ["Tom Kelly", "AIDE_TO", "Tony Blair"]]);
    expect(tiesOf("The mayor's wife, Linda Harris, said he had been let down.")).toEqual([]);
  });

  it("reads a family tie after a role in one apposition: “the deputy prime minister of the KRG and the son of the late PUK leader Jalal Talabani”", () => {
    const x = extractMentionsAndClaims(doc("Qubad Talabani, the deputy prime minister of the Kurdistan Regional Government and the son of the late PUK leader Jalal Talabani, told reporters that the withdrawal had prevented a massacre."));
    const name = (r: { source: number; target: { mention: number } | { place: string } }) => [x.mentions[r.source]!.text, "mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place];
    expect(x.relations.filter((r) => r.type === "CHILD_OF").map(name)).toEqual([["Qubad Talabani", "Jalal Talabani"]]);
  });

  it("reads no role of a place where an unnamed body is: “economist at Swiss Re in New York”", () => {
    const roles = (text: string) => {
      const x = extractMentionsAndClaims(doc(text));
      return x.relations.filter((r) => r.type === "ROLE").map((r) => ("mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place));
    };
    expect(roles("Kurt Karl, economist at Swiss Re in New York, said it was unrealistic.")).not.toContain("New York");
    // Nor a participle's object: "the U.S. envoy to the coalition fighting Islamic State".
    expect(roles("Brett McGurk, the U.S. envoy to the coalition fighting Islamic State, met Barzani in Erbil.")).not.toContain("Islamic State");
    expect(roles("Pete Buckingham, head of Distribution and Exhibition at the Bank of England, said it was fine.")).toEqual(["Bank of England"]);
  });

  it("takes a side only with whom the link names: not “a long-time critic of aid to Kyiv”", () => {
    const sides = (text: string) => extractMentionsAndClaims(doc(text)).relations.filter((r) => r.type === "OPPOSES").length;
    expect(sides("Viktor Orban, a long-time critic of aid to Kyiv, said his country would not take part.")).toBe(0);
    expect(sides("Viktor Orban, a long-time critic of the European Union, said his country would not take part.")).toBe(1);
  });

  it("reads no role from a plural before a place: “Speaking to reporters in Doha, Khalil al-Hayya said”", () => {
    const x = extractMentionsAndClaims(doc("Speaking to reporters in Doha, Khalil al-Hayya said the group had accepted a ceasefire plan."));
    expect(x.relations).toEqual([]);
  });

  it("labels a role given in a relative clause by the role alone", () => {
    const ner = loadNerModelFile();
    const x = extractMentionsAndClaims(doc("Professor Nancy Rothwell, who is also vice president of Manchester University, said research would suffer."), { ner });
    expect(x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, r.label, "mention" in r.target ? x.mentions[r.target.mention]!.text : ""]))
      .toEqual([["Nancy Rothwell", "vice president", "Manchester University"]]);
  });
});

describe("extractMentionsAndClaims: membership, sides and place (src/extract/affiliations.ts)", () => {
  const ner = loadNerModelFile();
  const relationsOf = (text: string, types = ["MEMBER_OF", "ALLIED_WITH", "OPPOSES", "LOCATED_IN"]) => {
    const d = doc(text);
    const x = extractMentionsAndClaims(d, { ner });
    return x.relations.filter((r) => types.includes(r.type)).map((r) => [
      x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place, r.label ?? "", d.text.slice(r.evidence.start, r.evidence.end),
    ]);
  };

  it("reads membership, alliance and opposition stated in an apposition or by a verb", () => {
    expect(relationsOf("Norbert Reithofer, a member of the BMW management board, said the Mini was a success.")).toEqual([
      ["Norbert Reithofer", "MEMBER_OF", "BMW", "member", "Norbert Reithofer, a member of the BMW"],
    ]);
    expect(relationsOf("Finland joined the European Union in 1995.")).toEqual([["Finland", "MEMBER_OF", "European Union", "joined", "Finland joined the European Union"]]);
    expect(relationsOf("Gulbuddin Hekmatyar, a long-time rival of Ahmad Shah Masood, returned to Kabul.").map((r) => r.slice(0, 4))).toEqual([
      ["Gulbuddin Hekmatyar", "OPPOSES", "Ahmad Shah Masood", "long-time rival"],
    ]);
    expect(relationsOf("Tony Blair, a close ally of George Bush, defended the war.").map((r) => r.slice(0, 4))).toEqual([["Tony Blair", "ALLIED_WITH", "George Bush", "close ally"]]);
    expect(relationsOf("Turkey has long opposed the PKK.").map((r) => r.slice(0, 4))).toEqual([["Turkey", "OPPOSES", "PKK", "opposed"]]);
    // A passive states nothing of the subject's side.
    expect(relationsOf("Tony Blair was opposed by George Bush on the question.")).toEqual([]);
    // "backed by" and "led by" run from the agent; "who leads", "who chairs", "who is married to" state a role or a tie.
    expect(relationsOf("Hamas, backed by Iran, fired rockets.").map((r) => r.slice(0, 4))).toEqual([["Iran", "ALLIED_WITH", "Hamas", "backed by"]]);
    const roles = ["ROLE", "SPOUSE_OF", "CHILD_OF", "PARENT_OF"];
    expect(relationsOf("Mohamed Hamdan Dagalo, who leads the Rapid Support Forces, accepted it.", roles).map((r) => r.slice(0, 4))).toEqual([["Mohamed Hamdan Dagalo", "ROLE", "Rapid Support Forces", "leader"]]);
    // A name in apposition to its description is the verb's subject (a name before a comma alone is not).
    expect(relationsOf("Qubad Talabani met the ambassador. His brother, Bafel Talabani, leads the Patriotic Union of Kurdistan.", ["ROLE"]).map((r) => r.slice(0, 4)))
      .toEqual([["Bafel Talabani", "ROLE", "Patriotic Union of Kurdistan", "leader"]]);
    expect(relationsOf("Gwyneth Dunwoody, who chairs the Transport Select Committee, said no.", roles).map((r) => r.slice(0, 4))).toEqual([["Gwyneth Dunwoody", "ROLE", "Transport Select Committee", "chair"]]);
    expect(relationsOf("Martin O'Neill, who chairs the Commons trade and industry committee, said no.", roles)).toEqual([]);
    expect(relationsOf("Ana Ruiz, who is married to Jorge Ruiz, bought the paper.", roles).map((r) => r.slice(0, 3))).toEqual([["Ana Ruiz", "SPOUSE_OF", "Jorge Ruiz"]]);
    expect(relationsOf("Ana Mendes, the daughter of former president Carlos Mendes, said she would run.", roles).map((r) => r.slice(0, 3))).toEqual([["Ana Mendes", "CHILD_OF", "Carlos Mendes"]]);
    expect(relationsOf("Bafel Talabani, the son of the late Iraqi President Jalal Talabani, called for early elections.", roles).map((r) => r.slice(0, 3)))
      .toContainEqual(["Bafel Talabani", "CHILD_OF", "Jalal Talabani"]);
    // A side or a membership is no role held, and is read once.
    expect(relationsOf("Viktor Orban, a frequent critic of the EU, called for a ceasefire.", ["ROLE", "OPPOSES"]).map((r) => r.slice(0, 4))).toEqual([["Viktor Orban", "OPPOSES", "EU", "frequent critic"]]);
    expect(relationsOf("Frankie Fredericks, now a member of the Athletes' Commission, spoke.", ["ROLE", "MEMBER_OF"]).map((r) => r.slice(0, 3))).toEqual([["Frankie Fredericks", "MEMBER_OF", "Athletes' Commission"]]);
    expect(relationsOf("Mike Hobday, of the League Against Cruel Sports, said the ban would work.", ["ROLE", "MEMBER_OF"]))
      .toEqual([["Mike Hobday", "MEMBER_OF", "League Against Cruel Sports", "of", "Mike Hobday, of the League Against Cruel Sports"]]);
    // A relative of a person holds no role at the next group named: "a cousin of Bafel Talabani and a former co-leader of the PUK".
    expect(relationsOf("Lahur Sheikh Jangi, a cousin of Bafel Talabani and a former co-leader of the PUK, was arrested in August.", ["ROLE", "MEMBER_OF"])).toEqual([]);
    // Without the comma, when the group's name ends the phrase; a place after "of" is no group, but a senator's state.
    expect(relationsOf("Dr Steven Nissen of the Cleveland Clinic told the New York Times the drugs had failed.", ["ROLE", "MEMBER_OF"]).map((r) => r.slice(0, 4)))
      .toEqual([["Steven Nissen", "MEMBER_OF", "Cleveland Clinic", "of"]]);
    expect(relationsOf("Sen. Susan Collins of Maine said she was concerned.", ["ROLE", "MEMBER_OF"]).map((r) => r.slice(0, 4))).toEqual([["Susan Collins", "ROLE", "Maine", "Sen."]]);
  });

  it("reads a city in its country or region, and no list or sentence going on after a place", () => {
    expect(relationsOf("Protesters gathered in Amman, Jordan, on Monday.").map((r) => r.slice(0, 3))).toEqual([["Amman", "LOCATED_IN", "Jordan"]]);
    expect(relationsOf("Clashes broke out in Basra in southern Iraq on Sunday.").map((r) => r.slice(0, 4))).toEqual([["Basra", "LOCATED_IN", "Iraq", "in"]]);
    expect(relationsOf("After Saturday's display in the draw in Paris, Ireland face the Faroe Islands in Dublin.")).toEqual([]);
    expect(relationsOf("Ministers met in London, Paris and Rome.")).toEqual([]);
  });
});

describe("speechActFromCue and resolveDate", () => {
  it("normalises cues to predicates", () => {
    expect(["said", "told", "tweeted", "demanded", "rejected", "denied", "warned", "pledged", "promised", "urged", "reported"].map(speechActFromCue))
      .toEqual(["states", "states", "states", "demands", "rejects", "denies", "warns", "pledges", "pledges", "urges", "reports"]);
  });

  /** The date resolveDate reads in a phrase of an article of `docDate`. */
  const dateOf = (phrase: string, docDate: string | null) => {
    const { tokens } = layoutText(phrase);
    return resolveDate(tokens, 0, tokens.length, docDate);
  };

  it("resolves weekdays to the last such day on or before the document date", () => {
    expect(dateOf("on Sunday", "2017-09-27")).toBe("2017-09-24");
    expect(dateOf("on Wednesday", "2017-09-27")).toBe("2017-09-27");
    expect(dateOf("earlier today", "2017-09-27")).toBe("2017-09-27");
    expect(dateOf("yesterday", "2017-03-01")).toBe("2017-02-28");
    expect(dateOf("on Sept. 25", "2017-10-15")).toBe("2017-09-25");
    expect(dateOf("on December 30", "2018-01-02")).toBe("2017-12-30");
    expect(dateOf("this week", "2017-09-27")).toBeNull();
    expect(dateOf("on Sunday", null)).toBeNull();
    // "last Thursday": the one before, a week back in an article of a Thursday; "next Thursday" is none.
    expect(dateOf("told Reuters last Thursday", "2026-10-15")).toBe("2026-10-08");
    expect(dateOf("last Sunday", "2017-09-27")).toBe("2017-09-24");
    expect(dateOf("next Thursday", "2026-10-15")).toBeNull();
  });

  it("resolves a month or a year at that precision, and days ago to the day", () => {
    expect(dateOf("warned last month", "2017-09-27")).toBe("2017-08");
    expect(dateOf("last month", "2018-01-05")).toBe("2017-12");
    expect(dateOf("earlier this month", "2017-09-27")).toBe("2017-09");
    expect(dateOf("last year", "2017-09-27")).toBe("2016");
    expect(dateOf("in August", "2017-09-27")).toBe("2017-08");
    expect(dateOf("in December", "2017-09-27")).toBe("2016-12");
    expect(dateOf("in March 2015", "2017-09-27")).toBe("2015-03");
    expect(dateOf("in early 2015", "2017-09-27")).toBe("2015");
    expect(dateOf("three days ago", "2017-09-27")).toBe("2017-09-24");
    // Vague, in the future, a month as a name, or the date of something the speaker did before.
    expect(["last week", "in 2030", "next May", "a May report", "Smith, who took office in 2015, said", "Saakashvili, elected in January, said"].map((p) => dateOf(p, "2017-09-27")))
      .toEqual([null, null, null, null, null, null]);
    // The relative clause holds the act, or closed before it.
    expect(dateOf("Smith, who said in March that", "2017-09-27")).toBe("2017-03");
    expect(dateOf("Lina Khan, chair of the FTC, warned in July that", "2017-09-27")).toBe("2017-07");
    // A programme's name is no date.
    expect(dateOf("Mr Davis told the BBC's Today programme", "2017-09-27")).toBeNull();
  });
});

describe("extractMentionsAndClaims with the trained NER (as ingest runs it)", () => {
  const ner = loadNerModelFile();
  const withNer = (d: DocumentRecord): RawExtraction => extractMentionsAndClaims(d, { ner });

  it("keeps exact offsets, the seed people and places, and no demonym or heading as a person", () => {
    for (const name of [SEED_A, SEED_B]) {
      const d = seed(name);
      const x = withNer(d);
      for (const m of x.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
      const people = mentionsOf(x, "Person");
      for (const wrong of ["Kurds", "Iraqi", "Kurdish", "Armed standoff", "Armed", "Control", "Soleiman in Kurdistan", "Soleiman"]) expect(people).not.toContain(wrong);
      expect(people).toContain("Masoud Barzani");
      expect(mentionsOf(x, "Place")).toContain("Kirkuk");
    }
    const a = withNer(seed(SEED_A));
    expect(mentionsOf(a, "Person")).toEqual(expect.arrayContaining(["Hemin Hawrami", "Fuad Masum", "Hero Talabani", "Jalal Talabani", "Najm Eddine Karim", "Qassem Soleimani", "Haider Al-Abadi", "Jim Mattis"]));
    expect(mentionsOf(a, "Group")).toContain("Peshmerga");
    expect(mentionsOf(a, "Group")).not.toContain("Defense"); // "Defense Secretary Jim Mattis"
    expect(a.mentions.slice(0, 2).map((m) => [m.text, m.type])).toEqual([["BAGHDAD", "Place"], ["SULAIMANIYAH", "Place"]]);
  });

  it("recognises the same mentions with entitiesOnly, and skips claims and relations", () => {
    for (const name of [SEED_A, SEED_B]) {
      const full = withNer(seed(name));
      const only = extractMentionsAndClaims(seed(name), { ner, entitiesOnly: true });
      expect(full.claims.length).toBeGreaterThan(0);
      expect(only.mentions).toEqual(full.mentions);
      expect([only.claims, only.relations]).toEqual([[], []]);
    }
  });

  it("adds names the word lists do not know, typed by the NER", () => {
    const x = withNer(doc("Talks were led by Zoltan Kovacsik of the Wexford Harbour Trust, who flew in from Szolnok on Monday."));
    expect(mentionsOf(x, "Person")).toContain("Zoltan Kovacsik");
  });

  it("keeps two fields joined by “and” before a body's head one name: Food and Drink Federation, not Labour and Conservative Party", () => {
    const x = withNer(doc("The Food and Drink Federation dismissed the study. The Securities and Exchange Commission said it was looking into it. Labour and Conservative Party members met."));
    expect(x.mentions.filter((m) => m.type === "Group").map((m) => m.text)).toEqual(["Food and Drink Federation", "Securities and Exchange Commission", "Labour", "Conservative Party"]);
    // A possessive that opens an institution's name, and a body's head followed by its city, stay in the name.
    const colleges = withNer(doc("Harsh Pant of King's College London and a doctor at St Mary's Hospital spoke to BBC Radio Wales. The Pakistan People's Party agreed."));
    expect(colleges.mentions.filter((m) => m.type === "Group").map((m) => m.text)).toEqual(["King's College London", "St Mary's Hospital", "BBC Radio Wales", "Pakistan People's Party"]);
    expect(withNer(doc("The Oscar-nominated Clive Owen said it was overwhelming.")).mentions.map((m) => m.text)).toEqual(["Clive Owen"]);
    expect(withNer(doc("The quake hit near Jalalabad, the US Geological Survey said.")).mentions.map((m) => m.text)).toContain("US Geological Survey");
    expect(withNer(doc("The UN's World Food Programme said aid had stopped.")).mentions.map((m) => m.text)).toContain("World Food Programme");
    // A company's head word: "Colossal Biosciences", "Strategy Analytics".
    expect(withNer(doc("Ben Lamm runs Colossal Biosciences. Analysts at Strategy Analytics agreed.")).mentions.filter((m) => m.type === "Group").map((m) => m.text))
      .toEqual(["Colossal Biosciences", "Strategy Analytics"]);
    // Letters after a name make it a person's.
    expect(withNer(doc("Raza Husain KC told the court the plan was unlawful.")).mentions.map((m) => [m.text, m.type])).toContainEqual(["Raza Husain KC", "Person"]);
  });

  it("joins a first name the NER split off the person's name (Taylor Swift), and knows a platform for a group", () => {
    const x = withNer(doc("Taylor Swift announced on Instagram that she would add three more dates to her Eras tour in London."));
    expect(x.mentions.map((m) => [m.text, m.type])).toContainEqual(["Taylor Swift", "Person"]);
    expect(x.mentions.map((m) => m.text)).not.toContain("Taylor");
    // A title, a first name and a surname that heads place names too is a person: "Mayor Linda Park".
    const park = withNer(doc("His successor, Mayor Linda Park, said the city had cooperated fully."));
    expect(park.mentions.map((m) => [m.text, m.type])).toContainEqual(["Linda Park", "Person"]);
    // Without a title too ("Yukos spokesman Mike Lake"), but not where a place is written: "in Stanley Park".
    const lake = withNer(doc("Yukos spokesman Mike Lake said the sale was illegal. The stadium is in Stanley Park."));
    expect(lake.mentions.map((m) => [m.text, m.type])).toEqual(expect.arrayContaining([["Mike Lake", "Person"], ["Stanley Park", "Place"]]));
    // The NER's first names before the rules' person: "José Luis Martínez-Almeida".
    const almeida = withNer(doc("The city's mayor, José Luis Martínez-Almeida, asked residents to avoid using appliances."));
    expect(almeida.mentions.map((m) => m.text)).toContain("José Luis Martínez-Almeida");
    // "AI", "DVD": acronyms that name no entity, even where the NER tags them (so "AI" is not Amnesty International).
    const ai = withNer(doc("The EU becomes the first continent to set clear rules for the use of AI. Amnesty International warned of surveillance."));
    expect(ai.mentions.map((m) => m.text)).not.toContain("AI");
    // A surname news uses alone for one person is a person by itself: "Trump said", "Zelensky told".
    const trump = withNer(doc("Trump said on Monday that tariffs would rise. Zelensky told reporters the attack had failed."));
    expect(trump.mentions.filter((m) => m.type === "Person").map((m) => m.text)).toEqual(["Trump", "Zelensky"]);
    // A platform is no place.
    expect(x.mentions.map((m) => [m.text, m.type])).toContainEqual(["Instagram", "Group"]);
  });

  it("keeps a surname alone when the person is named in full, whatever its ending: Souness, Young", () => {
    const x = withNer(doc("Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy. \"There are things you can forgive,\" said Souness. Wales coach Dai Young agreed. Young said the row would pass."));
    const people = mentionsOf(x, "Person");
    expect(people.filter((p) => p === "Souness")).toHaveLength(1);
    expect(people).toContain("Young");
    // Without the full name, "Young" alone stays an ordinary word.
    expect(mentionsOf(withNer(doc("Young people said the row would pass.")), "Person")).toEqual([]);
  });

  it("keeps a club whose name is an ordinary noun when the text capitalises it mid-sentence twice: Arsenal", () => {
    const x = withNer(doc("Arsenal manager Mikel Arteta insisted his side can still win the title. Gary Neville said Arsenal lacked a forward. A fan threw a bottle at Arsenal's Bukayo Saka."));
    expect(mentionsOf(x, "Group").filter((g) => g === "Arsenal")).toHaveLength(3);
    // Once is not enough, nor an adjective: "as a Conservative candidate".
    expect(mentionsOf(withNer(doc("Gary Neville said Arsenal lacked a forward.")), "Group")).not.toContain("Arsenal");
  });

  it("joins a word and an Arabic surname the NER split, and types the surname alone as that person: Rakan al-Jubouri", () => {
    const x = withNer(doc("Parliament voted to dismiss the governor of Kirkuk, Rakan al-Jubouri. Al-Jubouri told reporters yesterday that he would appeal."));
    expect(mentionsOf(x, "Person")).toEqual(["Rakan al-Jubouri", "Al-Jubouri"]);
  });

  it("reads a name an apposition describes as an organisation as a group, and a known surname it describes as a person", () => {
    const typed = (text: string) => withNer(doc(text)).mentions.map((m) => `${m.type}:${m.text}`);
    expect(typed("Ofwat, the industry regulator, said it was considering further fines.")).toEqual(["Group:Ofwat"]);
    expect(typed("Standard Life, Europe's largest mutual life insurer, has cut bonuses.")).toEqual(["Group:Standard Life", "Place:Europe"]);
    expect(typed("But Gianni Agnelli, the godfather of the group, wanted to keep control.")).toEqual(["Person:Gianni Agnelli"]);
    expect(typed("Speaking later, Smith, the company's chief executive, said it would strike.")).toEqual(["Person:Smith"]);
    // Or a description before the name: "The drug's maker, Novo Nordisk,", "Def Jam's parent company, Universal,".
    expect(typed("The drug's maker, Novo Nordisk, said it had no plans to seek approval.")).toEqual(["Group:Novo Nordisk"]);
    // But a role's: "The head of the union, Frank Werneke," is the head (a charity after "the work of" stays one).
    expect(typed("The head of the union, Frank Werneke, welcomed the plan.")).toEqual(["Person:Frank Werneke"]);
    expect(typed("She praised the work of a drugs charity, Addaction, which she supports.")).toEqual(["Group:Addaction"]);
    // Past a demonym: "Vexcor, the German carmaker,".
    expect(typed("Vexcor, the German carmaker, said sales fell.")).toEqual(["Group:Vexcor"]);
    // A weekday opens no name but a paper's: "On Tuesday Mitsubishi, ...", "the Sunday Times".
    expect(typed("On Tuesday Mitsubishi, the only major Japanese car firm in the red, confirmed the deal, the Sunday Times reported."))
      .toEqual(["Group:Mitsubishi", "Group:Sunday Times"]);
    // Or a relative clause only a body's: "Universities Scotland, which represents university principals,".
    expect(typed("Universities Scotland, which represents university principals, claimed that applications rose.")).toEqual(["Group:Universities Scotland"]);
    // Two particles before a surname, and UK police ranks before a name.
    expect(typed("European Commission President Ursula von der Leyen wrote that it was historic.")).toContain("Person:Ursula von der Leyen");
    expect(typed("Det Ch Insp Graham Grant, who is leading the investigation, said the family was told.")).toEqual(["Person:Graham Grant"]);
    // A gerund before a place may open one: "Feeding America, the largest network of food banks,".
    expect(typed("Feeding America, the largest network of food banks, said demand rose.")).toEqual(["Group:Feeding America"]);
  });

  it("names no one by an initial, ends no name with 'in' or 'of', and keeps a plural possessive inside an institution's name", () => {
    // (As a recogniser that runs names on or cuts them reads them.)
    const spans = fixedNer([["PER", "D. John Sauer", 0.74], ["LOC", "India", 0.99], ["ORG", "Line of Control in", 0.56], ["LOC", "Kashmir", 0.86], ["LOC", "Bradford Magistrates", 0.52]]);
    const x = extractMentionsAndClaims(doc("Solicitor General D. John Sauer argued the case. India accused troops of firing across the Line of Control in Kashmir. They appear at Bradford Magistrates' Court on Monday."), { ner: spans });
    const names = x.mentions.map((m) => m.text);
    // (The initial belongs to the name it opens: "D. John Sauer", as "George W. Bush".)
    expect(names).toEqual(expect.arrayContaining(["D. John Sauer", "Line of Control", "Bradford Magistrates' Court"]));
    expect(names).not.toContain("D");
    expect(names).not.toContain("Line of Control in");
    // A demonym that is also a given name stays the person's: "Christian Lindner"; not in "Christian Aid", a charity.
    expect(mentionsOf(withNer(doc("Germany's finance minister, Christian Lindner, welcomed the move.")), "Person")).toEqual(["Christian Lindner"]);
    expect(withNer(doc("The Christian Medical Fellowship (CMF) and Lawyers' Christian Fellowship (LCF) said the bill was wrong.")).mentions
      .filter((m) => m.type === "Group").map((m) => m.text)).toEqual(expect.arrayContaining(["Christian Medical Fellowship", "Lawyers' Christian Fellowship"]));
    // After a title, a given name the lexicon lacks stays the person's: "Deputy Oil Minister Basim Mohammed Khudair".
    expect(mentionsOf(withNer(doc("Deputy Oil Minister Basim Mohammed Khudair told Reuters that talks would resume.")), "Person")).toEqual(["Basim Mohammed Khudair"]);
    // A condition named after someone names no one: "Parkinson's disease".
    expect(withNer(doc("Scientists have found that a common diabetes drug may slow the progression of Parkinson's disease.")).mentions.map((m) => m.text)).toEqual([]);
    // A surname alone after the full name only the NER saw: "Amiri told" after "Hadi al-Amiri".
    expect(mentionsOf(withNer(doc("Hadi al-Amiri, who heads the Badr Organisation, came second. Amiri told supporters that he was ready.")), "Person"))
      .toEqual(["Hadi al-Amiri", "Amiri"]);
    // One unknown word between commas after kin or a role: "His brother, Djordje,"; not "a striker, Portsmouth's shape".
    expect(mentionsOf(withNer(doc("Djokovic's family met. His brother, Djordje, said the player had gone to train.")), "Person")).toEqual(["Djokovic", "Djordje"]);
    // Or right after someone's kin, before an apposition: "Musk's brother Kimbal, a Tesla board member, wrote".
    expect(mentionsOf(withNer(doc("Elon Musk declined to comment. Musk's brother Kimbal, a Tesla board member, wrote on X that it was nothing.")), "Person")).toEqual(["Elon Musk", "Musk", "Kimbal"]);
    expect(mentionsOf(withNer(doc("Back in the shelter, Olena's mother, Halyna, 67, is more blunt.")), "Person")).toContain("Halyna");
    // A body's name running on with "of the", "for the" and a second "of"; not a title's ("Secretary of State for the Family").
    expect(withNer(doc("The Association of the Petroleum Industry of Kurdistan (APIKUR), which represents eight companies, said it was unpaid.")).mentions
      .map((m) => `${m.type}:${m.text}`)).toEqual(["Group:Association of the Petroleum Industry of Kurdistan", "Group:APIKUR"]);
    expect(mentionsOf(withNer(doc("The Joint Council for the Welfare of Immigrants says the rules breach human rights law.")), "Group"))
      .toEqual(["Joint Council for the Welfare of Immigrants"]);
    expect(mentionsOf(withNer(doc("The United Nations Assistance Mission for Iraq (UNAMI) urged the parties to agree on a date.")), "Group"))
      .toEqual(["United Nations Assistance Mission for Iraq", "UNAMI"]);
    // A sentence's capitalised preposition is no part of the name the NER runs it into: "Without Charles,".
    expect(mentionsOf(withNer(doc("Ray Charles was a genius. Without Charles, it is hard to imagine the sound.")), "Person").pop()).toBe("Charles");
    // A compass word opening a sentence, which alone reads as an ordinary word.
    expect(mentionsOf(withNer(doc("Northern Ireland said it would go on.")), "Place")).toEqual(["Northern Ireland"]);
    // The head a few words on: not the US "Democratic Party" of the gazetteer.
    expect(mentionsOf(withNer(doc("She is a lawmaker from Turkey's pro-Kurdish Peoples' Democratic Party (HDP).")), "Group")).toEqual(["Peoples' Democratic Party", "HDP"]);
    // An unknown word the NER is sure opens the person: "Saadi Ahmed Pira", not "Ahmed Pira".
    expect(mentionsOf(withNer(doc("The burial will be on Friday, PUK spokesman Saadi Ahmed Pira told Rudaw.")), "Person")).toEqual(["Saadi Ahmed Pira"]);
  });

  it("keeps a name with a capital inside it, which no sentence position explains: PlayStation, EastEnders", () => {
    const x = withNer(doc("It made the Harry Potter games for the PlayStation."));
    expect(x.mentions.map((m) => m.text)).toContain("PlayStation");
  });

  it("keeps the rules' curated types and titles where the NER disagrees", () => {
    const x = withNer(doc("Members of the Hashed Al-Shaabi massed near Kirkuk. Iraqi President Fuad Masum met the Popular Mobilization Forces (PMF)."));
    expect(x.mentions.find((m) => m.text === "Hashed Al-Shaabi")).toMatchObject({ type: "Group", canonical: "Popular Mobilization Forces" });
    expect(x.mentions.find((m) => m.text === "Fuad Masum")!.title).toMatchObject({ label: "President", of: { place: "Iraq" } });
    const pmf = x.mentions.find((m) => m.text === "PMF")!;
    expect(x.mentions[pmf.aliasOf!]!.text).toBe("Popular Mobilization Forces");
  });

  it("still attributes the seed claims to al-Abadi and Barzani", () => {
    const b = withNer(seed(SEED_B));
    const speakers = b.claims.map((_, i) => speakerText(b, i));
    expect(speakers).toEqual(expect.arrayContaining(["al-Abadi", "Barzani"]));
  });
});

describe("extractMentionsAndClaims: a band's roles and kin past them", () => {
  const ner = loadNerModelFile();
  const relationsOf = (text: string) => relationsWithLabels(text, ner);

  it("reads “U2 frontman Bono” as a ROLE and “the widow of Nirvana frontman Kurt Cobain” as Cobain's spouse", () => {
    expect(relationsOf("U2 frontman Bono said the concert would go ahead.")).toEqual([["Bono", "ROLE", "U2", "frontman"]]);
    expect(relationsOf("It was blocked by Courtney Love, the widow of Nirvana frontman Kurt Cobain, who did not want the song released."))
      .toContainEqual(["Courtney Love", "SPOUSE_OF", "Kurt Cobain", "widow"]);
    expect(relationsOf("The deal was brokered by Alessandro Moggi, son of Juve manager Luciano Moggi."))
      .toContainEqual(["Alessandro Moggi", "CHILD_OF", "Luciano Moggi", "son"]);
  });
});

describe("extractMentionsAndClaims: a name its acronym spells out", () => {
  const ner = loadNerModelFile();
  const groups = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.filter((m) => m.type === "Group").map((m) => m.text);

  it("starts a name where its acronym's letters do, past lower-case words: “Medicines and Healthcare products Regulatory Agency (MHRA)”", () => {
    expect(groups("The Medicines and Healthcare products Regulatory Agency (MHRA) said the firm had misled doctors."))
      .toContain("Medicines and Healthcare products Regulatory Agency");
    // (A listed name, now with its country: the gazetteer knows "US Food and Drug Administration".)
    expect(groups("The US Food and Drug Administration (FDA) said it will create an independent body.")).toContain("US Food and Drug Administration");
    expect(groups("Athletics Kenya (AK) had suspended the runner.")).toContain("Athletics Kenya");
  });
});

describe("extractMentionsAndClaims: where a role is held", () => {
  const ner = loadNerModelFile();
  const typed = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => [m.text, m.type]);

  it("reads a name after “<role noun> at” as a group (“an analyst at Jefferies”), not after a capitalised title (“the Queen at Balmoral”)", () => {
    expect(typed("\"The cut is bigger than the market feared,\" said Janardan Menon, an analyst at Jefferies.")).toContainEqual(["Jefferies", "Group"]);
    expect(typed("Simon Rubinsohn, chief economist at Gerrard, said the outturn was good.")).toContainEqual(["Gerrard", "Group"]);
    expect(typed("He received an honorary knighthood from the Queen at Balmoral in 2002.")).not.toContainEqual(["Balmoral", "Group"]);
  });
});

describe("extractMentionsAndClaims: diplomats", () => {
  const ner = loadNerModelFile();
  const roles = (text: string) => {
    const x = extractMentionsAndClaims(doc(text), { ner });
    return x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, "mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place]);
  };

  it("gives a diplomat posted in a place to the country before the title: “The British ambassador in Baghdad, Stephen Hitchen,”", () => {
    expect(roles("The British ambassador in Baghdad, Stephen Hitchen, said the deal was welcome.")).toEqual([["Stephen Hitchen", "United Kingdom"]]);
    expect(roles("The US consul general in Erbil, Mark Stroh, wrote that Washington looked forward to working with the cabinet.")).toEqual([["Mark Stroh", "US"]]);
    expect(roles("The governor of Kirkuk, Rakan al-Jabouri, said the vote would go ahead.")).toEqual([["Rakan al-Jabouri", "Kirkuk"]]);
  });
});

describe("extractMentionsAndClaims: a demonym's title in apposition", () => {
  const ner = loadNerModelFile();
  const roles = (text: string) => {
    const x = extractMentionsAndClaims(doc(text), { ner });
    return x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, "mention" in r.target ? x.mentions[r.target.mention]!.text : r.target.place, r.label]);
  };

  it("reads “the Turkish ambassador, Anil Bora Inan,” as a ROLE of Turkey", () => {
    expect(roles("Iraq's foreign ministry summoned the Turkish ambassador, Anil Bora Inan, to protest.")).toEqual([["Anil Bora Inan", "Turkey", "ambassador"]]);
    expect(roles("The German chancellor, Friedrich Merz, said the talks would go on.")).toEqual([["Friedrich Merz", "Germany", "chancellor"]]);
  });
});

describe("extractMentionsAndClaims: a group described as a site", () => {
  const ner = loadNerModelFile();
  it("types “Zorbix, another popular file-sharing site,” as a group", () => {
    const x = extractMentionsAndClaims(doc("Zorbix, another popular file-sharing site, has also decided to shut down."), { ner });
    expect(x.mentions.map((m) => [m.text, m.type])).toContainEqual(["Zorbix", "Group"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, an eighth time", () => {
  const ner = loadNerModelFile();
  const typed = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => [m.text, m.type]);

  it("takes the name after “, known as” for another name of the same one", () => {
    const x = extractMentionsAndClaims(doc("His rival, Mohamed Hamdan Dagalo, known as Hemedti, has insisted that his forces will not disarm."), { ner });
    const nickname = x.mentions.find((m) => m.text === "Hemedti");
    expect(nickname?.type).toBe("Person");
    expect(x.mentions[nickname!.aliasOf!]?.text).toBe("Mohamed Hamdan Dagalo");
    const abbas = extractMentionsAndClaims(doc("The talks should shore up the leadership of Mahmoud Abbas, also known as Abu Mazen, who is expected to win."), { ner });
    expect(abbas.mentions[abbas.mentions.find((m) => m.text === "Abu Mazen")!.aliasOf!]?.text).toBe("Mahmoud Abbas");
  });

  it("types a body named after a place by its last word: “Port of Rotterdam Authority”, “House of Lords Record Office”", () => {
    expect(typed("The Port of Rotterdam Authority said in a statement that about 40 vessels were waiting.")).toContainEqual(["Port of Rotterdam Authority", "Group"]);
    expect(typed("The papers are kept by the House of Lords Record Office in London.")).toContainEqual(["House of Lords Record Office", "Group"]);
    expect(typed("Ships queued outside the Port of Rotterdam on Tuesday.")).toContainEqual(["Port of Rotterdam", "Place"]);
  });

  it("gives a name one type in a document when the NER's guess for one mention is unsure", () => {
    const text = "Dutch chip equipment maker ASML warned on Thursday that sales in China would fall sharply this year.\n\n"
      + "ASML, which is based in Veldhoven, is the only company in the world that makes the machines.";
    expect(typed(text).filter(([name]) => name === "ASML")).toEqual([["ASML", "Group"], ["ASML", "Group"]]);
  });

  it("dates a claim by a longer opening phrase ending in its time: “In her defence statement last month she told”", () => {
    const x = extractMentionsAndClaims(doc(" date 2026-06-04\nCourt\n\nElif Kaya was freed. In her defence statement last month she told the court that she had only reported what she saw."), { ner });
    expect(x.claims.map((c) => c.date)).toEqual(["2026-05"]);
  });

  it("types a name after a possessive's description as a group: “Her record label, Warner Music, said”", () => {
    expect(typed("Her record label, Warner Music, said it fully supported her decision.")).toContainEqual(["Warner Music", "Group"]);
  });

  it("types where analysts work as a group, also opening a sentence: “Analysts at Bernstein estimate”", () => {
    expect(typed("Analysts at Bernstein estimate the tariffs could cut their combined profits by up to 8 billion euros.")).toContainEqual(["Bernstein", "Group"]);
  });

  it("gives “the organisation” to the body that spoke before: “the UN's Food & Agriculture Organisation has warned ... According to the organisation”", () => {
    const x = extractMentionsAndClaims(doc("Farm trade\n\nBillions of farmers' livelihoods are at risk from falling commodity prices and protectionism, the UN's Food & Agriculture Organisation has warned.\n\n"
      + "According to the organisation, subsidies and high tariffs have a strong impact on the trade of products such as cotton and rice."), { ner });
    expect(x.claims.map((_, i) => speakerText(x, i))).toEqual(["Food & Agriculture Organisation", "Food & Agriculture Organisation"]);
  });

  it("finds the speaker past “who ... and asked not to be named”, and dates the act outside that clause", () => {
    const x = extractMentionsAndClaims(doc(" date 2026-09-18\nFlood\n\nAn engineer who inspected the dam in 2022 and asked not to be named said on Monday that cracks had been reported more than once."), { ner });
    expect(x.claims.map((c) => [speakerText(x, 0), c.date])).toEqual([["An engineer", "2026-09-14"]]);
    const y = extractMentionsAndClaims(doc(" date 2026-09-18\nFlood\n\nAn engineer who inspected the dam in 2022 said that cracks had been reported."), { ner });
    expect(y.claims.map((c) => c.date)).toEqual([null]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a ninth time", () => {
  const ner = loadNerModelFile();
  const mentionsOf = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => [m.text, m.type]);

  it("reads a common word before a club's role and a name as the club: “Arsenal manager Mikel Arteta”, not “His manager” or “Fund manager”", () => {
    expect(mentionsOf("The match ended late. Arsenal manager Mikel Arteta insisted his side remain in the title race.")).toEqual([["Arsenal", "Group"], ["Mikel Arteta", "Person"]]);
    expect(mentionsOf("The match ended late. Wallabies captain George Gregan said little.")).toEqual([["Wallabies", "Group"], ["George Gregan", "Person"]]);
    expect(mentionsOf("The firm lost money. Fund manager Mikel Arteta said little. His manager Jane Hill agreed.").map(([t]) => t)).toEqual(["Mikel Arteta", "Jane Hill"]);
    // A given name, a surname's particles and the surname: "Ursula von der Leyen", "Mohammed bin Salman".
    expect(mentionsOf("He said Ursula von der Leyen met Mohammed bin Salman.")).toEqual([["Ursula von der Leyen", "Person"], ["Mohammed bin Salman", "Person"]]);
    // "Shares in X" name a listed company (not a nationality before its trade); an ampersand names no place.
    expect(mentionsOf("Shares in Diageo fell after the drinks firm warned on profits.")).toEqual([["Diageo", "Group"]]);
    expect(mentionsOf("Shares in Anglo-Swedish drugmaker AstraZeneca rose.").map(([text]) => text)).not.toContain("Anglo-Swedish");
    expect(mentionsOf("An executive at Marsh & McLennan said prices rose.").filter(([, type]) => type === "Place")).toEqual([]);
    // Inside a sentence too, before a company's role: "Comerica chief economist David Littman"; not a film's director.
    expect(mentionsOf("The figures were strong, Comerica chief economist David Littman said.")).toEqual([["Comerica", "Group"], ["David Littman", "Person"]]);
    expect(mentionsOf("He says Balco founder Victor Conte is charged.")).toEqual([["Balco", "Group"], ["Victor Conte", "Person"]]);
    expect(mentionsOf("Binance chief executive Changpeng Zhao said on Twitter that the exchange had asked for help.")).toContainEqual(["Binance", "Group"]);
    expect(mentionsOf("The film has Goldeneye director Martin Campbell behind the camera.").filter(([, type]) => type === "Group")).toEqual([]);
  });

  it("gives “The trust's chairman, Peter Okafor” and “the party's election chief Alan Milburn” the role at the group of that description named before", () => {
    const roles = (text: string) => {
      const x = extractMentionsAndClaims(doc(text), { ner });
      return x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, r.label, "mention" in r.target ? x.mentions[r.target.mention]!.text : null]);
    };
    expect(roles("A former finance director of the Hope Lane Trust stole money. The trust's chairman, Peter Okafor, said trustees had no reason to suspect her."))
      .toEqual([["Peter Okafor", "chairman", "Hope Lane Trust"]]);
    expect(roles("Siemens Energy raised its forecast. The company's new chief executive Christian Bruch said orders rose."))
      .toEqual([["Christian Bruch", "new chief executive", "Siemens Energy"]]);
    expect(roles("Britain's biggest supermarket, Tesco, has said it will cut prices. The retailer's UK chief executive, Ashwin Prasad, said families were struggling."))
      .toEqual([["Ashwin Prasad", "UK chief executive", "Tesco"]]);
    expect(roles("The trust's chairman, Peter Okafor, said little.")).toEqual([]);
  });

  it("reads a name after an office in apposition as a group: “The UN's humanitarian office, OCHA,”, “the federal statistics office, Destatis,”", () => {
    expect(mentionsOf("The UN's humanitarian office, OCHA, said roads to the area had been cut off.")).toContainEqual(["OCHA", "Group"]);
    expect(mentionsOf("Prices rose 2%, the federal statistics office, Destatis, said.")).toContainEqual(["Destatis", "Group"]);
  });

  it("gives a one-word name found twice the other places it stands alone: “But Parry, speaking to BBC Sport,” in a BBC article", () => {
    // The NER finds "Parry" in six of its twelve places in this article (../shared/data/bbc, a development set).
    const bbc = parseDocument("sport_112.txt", readFileSync(new URL("../../../shared/data/bbc/sport_112.txt", import.meta.url))).document;
    const x = extractMentionsAndClaims(bbc, { ner, attribution: loadAttributionModelFile() });
    const parry = [...bbc.text.matchAll(/Parry/g)].map((m) => x.mentions.find((n) => n.start === m.index)?.type);
    expect(parry.filter((type) => type === "Person").length).toBeGreaterThanOrEqual(11);
    const admits = x.claims.find((c) => bbc.text.slice(c.cueSpan.start, c.cueSpan.end) === "also admits")!;
    expect("mention" in admits.speaker && x.mentions[admits.speaker.mention]!.text).toBe("Parry");
  });

  it("takes the place analysts work at for a group, though its words are a first name and a surname: “Analysts at Morgan Stanley”", () => {
    expect(mentionsOf("Analysts at Morgan Stanley wrote in a note to clients that the decision could reduce sales.")).toEqual([["Morgan Stanley", "Group"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time", () => {
  const ner = loadNerModelFile();
  const extract = (text: string) => extractMentionsAndClaims(doc(text), { ner });
  const mentionsOf = (text: string) => extract(text).mentions.map((m) => [m.text, m.type]);
  const speakers = (text: string) => {
    const x = extract(text);
    return x.claims.map((c) => ("mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : c.speaker.words));
  };

  it("reads “the New York Democrat” as the person named before, from New York: no group of that name", () => {
    const text = "Minority Leader Chuck Schumer said Democrats would support the bill. “We are not going to let premiums double,” the New York Democrat told reporters.";
    expect(mentionsOf(text)).not.toContainEqual(["New York Democrat", "Group"]);
    expect(mentionsOf(text)).toContainEqual(["New York", "Place"]);
    expect(speakers(text)).toEqual(["Chuck Schumer", "Chuck Schumer"]);
    // A party's name is no state: "Liberal Democrat David Laws".
    expect(mentionsOf("Liberal Democrat David Laws said it was a very serious matter.")).not.toContainEqual(["Liberal", "Place"]);
  });

  it("opens no name with a sentence's quantifier: “Some Republicans have”, “Most Republicans want”", () => {
    expect(mentionsOf("Some Republicans have broken with their leaders.")).toEqual([["Republicans", "Group"]]);
  });

  it("takes no claim from “Senate Democrats blocked a Republican bill”: a vote, not words (the tagger learnt it as a cue)", () => {
    const text = "Senate Democrats on Wednesday blocked a Republican bill that would have extended government funding through January.";
    expect(extractMentionsAndClaims(doc(text), { ner, attribution: loadAttributionModelFile() }).claims).toEqual([]);
  });

  it("ends a content where a clause with a speaker of its own follows “, and”, and gives that clause to “according to”", () => {
    const text = "Sen. Lisa Murkowski of Alaska said she was open to a one-year extension of the credits, and two other Republican senators privately told colleagues they would back a compromise, according to people familiar with the discussions.";
    const d = doc(text);
    const x = extractMentionsAndClaims(d, { ner });
    const at = (s: { start: number; end: number }) => d.text.slice(s.start, s.end);
    expect(x.claims.map((c) => [at(c.cueSpan!), at(c.evidence)]).sort()).toEqual([
      ["according to", "two other Republican senators privately told colleagues they would back a compromise"],
      ["privately told", "they would back a compromise"],
      ["said", "she was open to a one-year extension of the credits"],
    ]);
  });

  it("labels a role by its office, not the honorific after it: “Energy Minister Prince Abdulaziz”, “Home Office Minister Lord Falconer”", () => {
    const labels = (text: string) => extract(text).relations.filter((r) => r.type === "ROLE").map((r) => r.label);
    expect(labels("Saudi Energy Minister Prince Abdulaziz bin Salman told a conference in Riyadh that the group would act.")).toEqual(["Energy Minister"]);
    expect(labels("Home Office Minister Lord Falconer said the plans were sound.")).toEqual(["Minister"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time (summit and storm)", () => {
  const ner = loadNerModelFile();
  const attribution = loadAttributionModelFile();

  it("reads a one-word person the NER guessed that opens a group's name in the document as that group: “Dassault's chief executive, Eric Trappier”", () => {
    const x = extractMentionsAndClaims(doc("The jet has been stalled by arguments between Dassault Aviation and Airbus. Dassault's chief executive, Eric Trappier, told Le Figaro that the company was ready."), { ner });
    expect(x.mentions.filter((m) => m.text === "Dassault").map((m) => m.type)).toEqual(["Group"]);
    expect(x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, r.label, "mention" in r.target ? x.mentions[r.target.mention]!.text : null]))
      .toEqual([["Eric Trappier", "chief executive", "Dassault"]]);
  });

  it("keeps the rules' second verb when the tagger's first has no content of its own: “Merz agreed, but cautioned that ...”", () => {
    const d = doc("German Chancellor Friedrich Merz agreed, but cautioned that the project had been \"too slow for too long\".");
    const x = extractMentionsAndClaims(d, { ner, attribution });
    expect(x.claims.map((c) => [d.text.slice(c.cueSpan!.start, c.cueSpan!.end), d.text.slice(c.evidence.start, c.evidence.end)]))
      .toEqual([["cautioned", "the project had been \"too slow for too long\""]]);
  });

  it("gives “Edinburgh and Glasgow airports warned” both places' airports as the speaker", () => {
    const x = extractMentionsAndClaims(doc("ScotRail said all train services would be suspended from 07:00, while Edinburgh and Glasgow airports warned passengers to expect cancellations."), { ner, attribution });
    expect(x.claims.map((c) => ("words" in c.speaker ? c.speaker.words : x.mentions[c.speaker.mention]!.text))).toEqual(["ScotRail", "Edinburgh and Glasgow airports"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time (awards night)", () => {
  const ner = loadNerModelFile();
  const attribution = loadAttributionModelFile();

  it("reads “she” after a sentence opened by an epithet as the person spoken of before, not a name the epithet's sentence goes on to", () => {
    const d = doc("Mikey Madison used her acceptance speech to pay tribute to the community, saying she wanted to \"continue to support and be an ally\".\n\n"
      + "The 25-year-old beat Demi Moore, who had been the favourite, and Brazil's Fernanda Torres. \"I grew up in Los Angeles, but Hollywood always felt so far away from me,\" she told the audience.");
    // (With the names recognised: the pronoun is the point here.)
    const names = fixedNer([["PER", "Mikey Madison", 0.71], ["PER", "Demi Moore", 0.97], ["LOC", "Brazil", 0.96], ["PER", "Fernanda Torres", 0.72], ["LOC", "Los Angeles", 1], ["PER", "Hollywood", 0.58]]);
    const x = extractMentionsAndClaims(d, { ner: names, attribution });
    expect(x.claims.map((c) => ("mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : c.speaker.words))).toEqual(["Mikey Madison", "Mikey Madison"]);
  });

  it("takes no role from a relative clause of another verb: “Mikey Madison, who won best actress for her role in Anora”", () => {
    const x = extractMentionsAndClaims(doc("Mikey Madison, who won best actress for her role in Anora, thanked the academy. Harris, who sits on the executive of the Association of Police Authorities, spoke."), { ner });
    expect(x.relations.filter((r) => r.type === "ROLE")).toEqual([]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time (a strike's end, sea ice)", () => {
  const ner = loadNerModelFile();
  const attribution = loadAttributionModelFile();
  const speakersOf = (text: string) => {
    const d = doc(text);
    const x = extractMentionsAndClaims(d, { ner, attribution });
    return x.claims.map((c) => [d.text.slice(c.cueSpan!.start, c.cueSpan!.end), "mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : c.speaker.words]);
  };

  it("gives no gender to a first name men and women share: “Kelly Ortberg said ... he wrote”", () => {
    expect(speakersOf("IAM District 751 president Jon Holden said in a statement that members had won. Boeing chief executive Kelly Ortberg said he was pleased the dispute was over. \"We have a lot of work ahead,\" he wrote in a message to staff."))
      .toContainEqual(["wrote", "Kelly Ortberg"]);
  });

  it("gives “The company” to the group the article names most rather than a union quoted once", () => {
    const text = "Machinists at Boeing voted to accept a new contract, ending a strike that halted production of Boeing jets. The International Association of Machinists said 59% of members had backed the offer.\n\n"
      + "Boeing's shares rose. The strike cost Boeing an estimated $5bn, according to analysts. The company has said it will cut about 10% of its workforce.";
    expect(speakersOf(text)).toContainEqual(["has said", "Boeing"]);
  });

  it("takes the clause before “, scientists at the US National Snow and Ice Data Center (NSIDC) said on Wednesday” as the content", () => {
    const d = doc("Sea ice around Antarctica has shrunk to its lowest level since satellite records began, scientists at the US National Snow and Ice Data Center (NSIDC) said on Wednesday.");
    const x = extractMentionsAndClaims(d, { ner, attribution });
    expect(x.claims.map((c) => d.text.slice(c.evidence.start, c.evidence.end))).toEqual(["Sea ice around Antarctica has shrunk to its lowest level since satellite records began"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time (regulators)", () => {
  const ner = loadNerModelFile();
  const mentionsOf = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => [m.text, m.type]);

  it("reads a regulator's name whole and by its initials: “the US Securities and Exchange Commission”, “The SEC had accused”, “Ofcom”", () => {
    const sec = mentionsOf("He agreed to settle a lawsuit brought by the US Securities and Exchange Commission. The SEC had accused him of waiting too long.");
    expect(sec).toEqual([["US Securities and Exchange Commission", "Group"], ["SEC", "Group"]]);
    expect(mentionsOf("The Muslim Council of Britain has complained to broadcasting watchdog Ofcom.")).toContainEqual(["Ofcom", "Group"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time (companies the NER took for people)", () => {
  const ner = loadNerModelFile();

  it("reads a name whose chief executive the text names as a group's, wherever the document writes it, and its short name as the longer one", () => {
    const d = doc("Sun Microsystems has launched a service. Sun's chief operating officer Jonathan Schwartz said Sun would sell computing power by the hour.");
    const x = extractMentionsAndClaims(d, { ner });
    expect(x.mentions.filter((m) => /Sun/.test(m.text)).map((m) => [m.text, m.type])).toEqual([["Sun Microsystems", "Group"], ["Sun", "Group"], ["Sun", "Group"]]);
    expect(resolveDocument(d, x).entities.filter((e) => e.type === "Group").map((e) => [e.name, ...e.aliases])).toEqual([["Sun Microsystems", "Sun"]]);
    expect(x.relations.filter((r) => r.type === "ROLE").map((r) => [x.mentions[r.source]!.text, r.label])).toEqual([["Jonathan Schwartz", "chief operating officer"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time (a tennis draw)", () => {
  const ner = loadNerModelFile();
  const attribution = loadAttributionModelFile();

  it("gives a second nationality's epithet to someone else: after “the Serbian” stood for Djokovic, “The Spaniard” is Alcaraz", () => {
    const d = doc("Novak Djokovic moved into the quarter-finals with a win over Jiri Lehecka.\n\n"
      + "\"I'll be ready for the next match,\" the Serbian told reporters.\n\n"
      + "Djokovic will face Carlos Alcaraz next. The Spaniard, who beat Jack Draper in four sets, said he was \"excited\" by the prospect.");
    const x = extractMentionsAndClaims(d, { ner, attribution });
    expect(x.claims.map((c) => ("mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : c.speaker.words))).toEqual(["Novak Djokovic", "Carlos Alcaraz"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a tenth time (sport's bodies)", () => {
  const ner = loadNerModelFile();

  it("reads a sport and a country as the sport's governing body: “Tennis Australia said”, “Athletics Ireland”; “cricket in Australia” stays a place", () => {
    const mentions = extractMentionsAndClaims(doc("The tournament was a success. Tennis Australia said ticket sales had broken records. Athletics Ireland agreed. He played cricket in Australia."), { ner })
      .mentions.map((m) => [m.text, m.type]);
    expect(mentions).toEqual([["Tennis Australia", "Group"], ["Athletics Ireland", "Group"], ["Australia", "Place"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a sixteenth time (a ruling, a study, a stabbing, a chipmaker)", () => {
  const ner = loadNerModelFile();
  const mentionsOf = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => [m.text, m.type]);

  it("opens no body's name with a conjunction, in a quote too, and takes no common noun after “the” and a title for a surname", () => {
    expect(mentionsOf("The court ruled. “But Congress may not criminalize the conduct of the Executive Branch,” Roberts wrote."))
      .toEqual([["Congress", "Group"], ["Executive Branch", "Group"], ["Roberts", "Person"]]);
    // A title and a surname that is also a noun stay a person: "Secretary Rice", "Judge Wood".
    expect(mentionsOf("The talks ended. Secretary Rice said little. Judge Wood agreed.")).toEqual([["Rice", "Person"], ["Wood", "Person"]]);
  });

  it("reads a hospital, a body's field after “on” and a journal as groups: “Leeds General Infirmary”, “Agency for Research on Cancer”, “the journal Nature Medicine”", () => {
    expect(mentionsOf("The victim was taken to Leeds General Infirmary, where she remains.")).toEqual([["Leeds General Infirmary", "Group"]]);
    expect(mentionsOf("Researchers at the International Agency for Research on Cancer (IARC) said so. He was secretary of the Commission on Social Justice. The Commission on Tuesday agreed.").map(([t]) => t))
      .toEqual(["International Agency for Research on Cancer", "IARC", "Commission on Social Justice"]);
    expect(mentionsOf("It was published in the journal Nature Medicine. The magazine Private Eye said so.")).toEqual([["Nature Medicine", "Group"], ["Private Eye", "Group"]]);
  });

  it("reads a town before “, California-based” as a place, and a club's co-owner as a role at the club", () => {
    expect(mentionsOf("Shares of the Santa Clara, California-based company rose.")).toEqual([["Santa Clara", "Place"], ["California", "Place"]]);
    const x = extractMentionsAndClaims(doc("The club spent heavily. Chelsea's co-owner Todd Boehly has spent more than 1 billion pounds."), { ner });
    expect(x.relations.map((r) => [x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.text : "", r.label])).toEqual([["Todd Boehly", "ROLE", "Chelsea", "co-owner"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a seventeenth time (a hack, a vote count, a tour)", () => {
  const ner = loadNerModelFile();
  const mentionsOf = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => [m.text, m.type]);

  it("reads “St. Louis-based” and “a Virginia Democrat” as places, “Mandiant, the Google-owned security firm,” as a group", () => {
    expect(mentionsOf("The St. Louis-based nonprofit said so.")).toEqual([["St. Louis", "Place"]]);
    // (And "Democrat" the party, Warner's: relations-third-round.test.ts.)
    expect(mentionsOf("Senator Mark Warner, a Virginia Democrat, said so.")).toEqual([["Mark Warner", "Person"], ["Virginia", "Place"], ["Democrat", "Group"]]);
    expect(mentionsOf("Ascension had engaged Mandiant, the Google-owned security firm, to help.")).toContainEqual(["Mandiant", "Group"]);
  });

  it("opens no name with a possessive, takes no tour or award for a person, and keeps an initial after a preposition", () => {
    expect(mentionsOf("The BJP won 240 seats. Its National Democratic Alliance won 293 seats.").map(([t]) => t)).toEqual(["BJP", "National Democratic Alliance"]);
    expect(mentionsOf("Taylor Swift performed three concerts as part of her record-breaking Eras Tour, which is expected to gross $1 billion.").map(([t]) => t)).toEqual(["Taylor Swift"]);
    const x = extractMentionsAndClaims(doc("Modi would now depend on N. Chandrababu Naidu's party. He wrote on X. Trump said so."), { ner });
    expect(x.mentions.find((m) => m.text === "Trump")?.sentence).toBe(2);
    expect(x.mentions.map((m) => m.sentence)).not.toContain(3);
  });
});

describe("extractMentionsAndClaims: news written for the test, an eighteenth time (an obituary, a sentencing, drones, markets)", () => {
  const ner = loadNerModelFile();
  const mentionsOf = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => [m.text, m.type]);
  const relationsOf = (text: string) => relationsWithLabels(text, ner).map((r) => r.slice(0, 3));

  it("reads the spouse past a country's title: “Rosalynn Carter, the wife of former US President Jimmy Carter”", () => {
    expect(relationsOf("Rosalynn Carter, the wife of former US President Jimmy Carter and a lifelong advocate for mental health, has died."))
      .toContainEqual(["Rosalynn Carter", "SPOUSE_OF", "Jimmy Carter"]);
  });

  it("reads two names before a plural of regions as places: “over the Kursk and Belgorod regions”; not “USB and Firewire ports”", () => {
    expect(mentionsOf("Russia said it had destroyed 12 drones over the Kursk and Belgorod regions.").filter(([t]) => t !== "Russia")).toEqual([["Kursk", "Place"], ["Belgorod", "Place"]]);
    // (Where the recogniser is unsure of the second name.)
    const unsure = fixedNer([["ORG", "USB", 0.97], ["ORG", "Firewire", 0.46]]);
    expect(extractMentionsAndClaims(doc("The laptop has USB and Firewire ports."), { ner: unsure }).mentions.filter((m) => m.type === "Place")).toEqual([]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a nineteenth time (a phone launch, a derby, an election night)", () => {
  const ner = loadNerModelFile();
  const relationsOf = (text: string) => relationsWithLabels(text, ner);

  it("reads a town's name before a club's role and a name as the club: “Tottenham boss Ange Postecoglou”, “Liverpool manager Jurgen Klopp”", () => {
    expect(relationsOf("Tottenham boss Ange Postecoglou was frustrated. Liverpool manager Jurgen Klopp said little.")).toEqual([
      ["Ange Postecoglou", "ROLE", "Tottenham", "boss"], ["Jurgen Klopp", "ROLE", "Liverpool", "manager"]]);
    const x = extractMentionsAndClaims(doc("Tottenham boss Ange Postecoglou was frustrated."), { ner });
    expect(x.mentions.map((m) => [m.text, m.type, m.kind])).toContainEqual(["Tottenham", "Group", "club"]);
  });

  it("reads a club's or a firm's chairman and owner named before the person: “Southampton chairman Rupert Lowe”, “BA chairman Martin Broughton”", () => {
    expect(relationsOf("Southampton chairman Rupert Lowe said little.").map((r) => r.slice(0, 3))).toEqual([["Rupert Lowe", "ROLE", "Southampton"]]);
    expect(relationsOf("British Airways (BA) reported profits. BA chairman Martin Broughton said little.").map((r) => r.slice(0, 3))).toContainEqual(["Martin Broughton", "ROLE", "BA"]);
  });

  it("reads a role of several words after “Its” as the role at the group of the sentence before: “Its chief public affairs officer, Dustee Jenkins,”", () => {
    expect(relationsOf("Spotify welcomed the ruling. Its chief public affairs officer, Dustee Jenkins, said it sends a powerful message."))
      .toEqual([["Dustee Jenkins", "ROLE", "Spotify", "chief public affairs officer"]]);
  });

  it("labels an office won by election as the office: “was elected the 47th president of the United States”", () => {
    expect(relationsOf("Donald Trump was elected the 47th president of the United States on Wednesday.")).toEqual([["Donald Trump", "ROLE", "United States", "president"]]);
  });

  it("takes no law for a group: “the bloc's Digital Markets Act”", () => {
    expect(extractMentionsAndClaims(doc("The Commission said Apple's rules breached the bloc's Digital Markets Act."), { ner }).mentions.map((m) => m.text)).not.toContain("Digital Markets Act");
  });
});

describe("extractMentionsAndClaims: news written for the test, a twentieth time (a pipeline deal)", () => {
  const ner = loadNerModelFile();
  const relationsOf = (text: string) => relationsWithLabels(text, ner);

  it("reads an office of two fields joined by “and” and a person's aide named after “A spokesman for X,”", () => {
    expect(relationsOf("The deal was signed by Brazil's mines and energy minister, Alexandre Silveira, at a ceremony.")).toEqual([["Alexandre Silveira", "ROLE", "Brazil", "mines and energy minister"]]);
    expect(relationsOf("Javier Milei spoke. A spokesman for Milei, Manuel Adorni, said so.")).toEqual([["Manuel Adorni", "AIDE_TO", "Milei", "spokesman"]]);
    // Past the person's title, whatever it is: "An aide to Mr Blair,", "An aide to Prime Minister Tony Blair,".
    expect(relationsOf("An aide to Mr Blair, John Prescott, said so.")).toEqual([["John Prescott", "AIDE_TO", "Blair", "aide"]]);
    expect(relationsOf("An aide to Prime Minister Tony Blair, John Prescott, said so.")).toEqual([["John Prescott", "AIDE_TO", "Tony Blair", "aide"]]);
    // Not a record and a role: "Labour's record and party leader Michael Howard".
    expect(relationsOf("Labour's record and party leader Michael Howard were attacked.")).toEqual([]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-first time (a hurricane)", () => {
  const ner = loadNerModelFile();

  it("takes no storm for a person, wherever the document names it: “Hurricane Milton ... Milton had weakened”", () => {
    const x = extractMentionsAndClaims(doc("Hurricane Milton made landfall near Siesta Key on Wednesday. Its director said Milton had weakened but remained dangerous."), { ner });
    expect(x.mentions.filter((m) => m.type === "Person").map((m) => m.text)).toEqual([]);
  });
});

describe("extractMentionsAndClaims: a sample of BBC entities read for errors", () => {
  const ner = loadNerModelFile();
  const mentionsOf = (text: string) => extractMentionsAndClaims(doc(text), { ner }).mentions.map((m) => m.text);

  it("names no event a group, and lets no name cross a run of spaces that stands for a lost dash", () => {
    expect(mentionsOf("It was first shown at the 2003 North American International Auto Show in Detroit.")).not.toContain("International Auto Show");
    expect(mentionsOf("Both parties plan to cut civil servants at Whitehall   Labour by more than 80,000.")).toEqual(["Whitehall", "Labour"]);
    // A resort is a place: "the Brazilian resort of Porto Alegre".
    expect(extractMentionsAndClaims(doc("Activists will converge on the Brazilian resort of Porto Alegre for a forum."), { ner }).mentions
      .filter((m) => m.text === "Porto Alegre").map((m) => m.type)).toEqual(["Place"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-second time (a spacecraft docks)", () => {
  const ner = loadNerModelFile();

  it("reads a station as a place, a program as a body, and “radioed” as speech", () => {
    const x = extractMentionsAndClaims(doc("The capsule docked with the International Space Station on Thursday. \"Nice to be attached to the big city in the sky,\" Wilmore radioed. Steve Stich, manager of NASA's Commercial Crew Program, spoke."), { ner });
    expect(x.mentions.filter((m) => /Station|Program/.test(m.text)).map((m) => [m.text, m.type])).toEqual([["International Space Station", "Place"], ["Commercial Crew Program", "Group"]]);
    expect(x.claims.map((c) => c.cue)).toContain("radioed");
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-third time (a strike, a hospital, a Mars study)", () => {
  const ner = loadNerModelFile();

  it("opens no body's name with a preposition that opens the sentence (“At Kenyatta National Hospital, relatives said”)", () => {
    const x = extractMentionsAndClaims(doc("Doctors struck. At Kenyatta National Hospital, the country's largest, relatives said patients had been turned away."), { ner });
    expect(mentionsOf(x, "Group")).toEqual(["Kenyatta National Hospital"]);
  });

  it("reads “University Hospitals of North Midlands NHS Trust” as one body", () => {
    const x = extractMentionsAndClaims(doc("University Hospitals of North Midlands NHS Trust said it had made changes since the death."), { ner });
    expect(mentionsOf(x, "Group")).toEqual(["University Hospitals of North Midlands NHS Trust"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-fourth time (a wildfire, a poll, a strike in France, an obituary)", () => {
  const ner = loadNerModelFile();

  it("reads “National Emergency and Civil Protection Authority” as one body, but not two bodies joined by “and”", () => {
    const x = extractMentionsAndClaims(doc("About 1,200 firefighters were deployed, the National Emergency and Civil Protection Authority said in a statement."), { ner });
    expect(mentionsOf(x, "Group")).toEqual(["National Emergency and Civil Protection Authority"]);
    expect(x.claims).toHaveLength(1);
    const two = extractMentionsAndClaims(doc("The Electoral Commission and National Union of Students are worried."), { ner });
    expect(mentionsOf(two, "Group")).toEqual(["Electoral Commission", "National Union of Students"]);
  });

  it("knows Reform UK for a party, and “Local MP” names no body", () => {
    const x = extractMentionsAndClaims(doc("Reform UK has taken the lead in a poll. Local MP Sarah Jones said the community was tired."), { ner });
    expect(x.mentions.map((m) => [m.text, m.type])).toEqual([["Reform UK", "Group"], ["Sarah Jones", "Person"]]);
  });

  it("keeps a kin's given name the NER took for a nationality, so “she said” after it is hers", () => {
    const x = extractMentionsAndClaims(doc("Margaret Ellis has died aged 81. Her daughter, Rhian, said she died peacefully at home. \"She never stopped asking questions,\" she said."), { ner });
    expect(x.claims.map((_, i) => speakerText(x, i))).toEqual(["Rhian", "Rhian"]);
    expect(relationsWithLabels("Margaret Ellis has died aged 81. Her daughter, Rhian, said she died peacefully at home.", ner)).toContainEqual(["Rhian", "CHILD_OF", "Margaret Ellis", "daughter"]);
  });

  it("joins a French name the NER split at its particle: “Gare du Nord”, “Stade de France”", () => {
    const x = extractMentionsAndClaims(doc("Commuters interviewed at Gare du Nord were divided. Players at Stade de France cheered."), { ner });
    expect(mentionsOf(x)).toEqual(["Gare du Nord", "Stade de France"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-fifth time (a Peruvian sentence, a newspaper deal)", () => {
  const ner = loadNerModelFile();

  it("reads a name after a nationality, a trade and a kind of group as that group: “Brazilian construction firm Odebrecht”", () => {
    const x = extractMentionsAndClaims(doc("A court sentenced Humala for laundering money from Brazilian construction firm Odebrecht. Prosecutors accused the couple of receiving $3 million from Odebrecht, which has admitted paying bribes."), { ner });
    expect(x.mentions.filter((m) => m.text === "Odebrecht").map((m) => m.type)).toEqual(["Group", "Group"]);
    expect(x.claims.filter((c) => /admitted/.test(c.cue)).map((c) => "mention" in c.speaker ? x.mentions[c.speaker.mention]!.text : c.speaker.words)).toEqual(["Odebrecht"]);
  });

  it("gives “the group” to the one introduced as a group, over a company named more often", () => {
    const x = extractMentionsAndClaims(doc("Irish publishing group Independent News & Media is buying a stake in Indian newspaper company Jagran. Jagran publishes the Dainik Jagran. Jagran was founded in 1942. News of the deal came as the group announced that its results would meet forecasts."), { ner });
    const announced = x.claims.find((c) => c.cue === "announced");
    expect(announced && "mention" in announced.speaker ? x.mentions[announced.speaker.mention]!.text : undefined).toBe("Independent News & Media");
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-sixth time (an AI start-up)", () => {
  it("reads a start-up named after its seat and trade as a company: “London-based artificial intelligence start-up Synthara”", () => {
    const x = extractMentionsAndClaims(doc("Nvidia is in talks to invest in London-based artificial intelligence start-up Synthara, sources said."), { ner: loadNerModelFile() });
    expect(x.mentions.find((m) => m.text === "Synthara")?.type).toBe("Group");
  });
});

describe("extractMentionsAndClaims: a club's ranked role (“Liverpool head coach Arne Slot”)", () => {
  it("reads a town before a ranked club role and a name as the club, whose role the person holds", () => {
    const ner = loadNerModelFile();
    expect(relationsWithLabels("\"We didn't play our best game,\" Liverpool head coach Arne Slot said.", ner)).toEqual([["Arne Slot", "ROLE", "Liverpool", "head coach"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-seventh time (a price cap, hostages freed, a chief ousted)", () => {
  const ner = loadNerModelFile();

  it("gives a role after “Its” opening a sentence to the one body the sentence before names", () => {
    expect(relationsWithLabels("The typical bill will increase by £111, Ofgem said on Tuesday. Its chief executive, Jonathan Brearley, said he understood.", ner))
      .toEqual([["Jonathan Brearley", "ROLE", "Ofgem", "chief executive"]]);
    // Two bodies before, neither its subject: whose it is, nobody can tell.
    expect(relationsWithLabels("The typical bill will increase by £111, Ofgem and the Treasury said. Its chief executive, Jonathan Brearley, said he understood.", ner)).toEqual([]);
  });

  it("keeps the whole clause before a trailing speaker after an opening phrase: “In return, Israel released 90 Palestinian prisoners, the Club said”", () => {
    const document = doc("In return, Israel released 90 Palestinian prisoners, the Palestinian Prisoners' Club said.");
    const x = extractMentionsAndClaims(document, { ner });
    expect(x.claims.map((c) => document.text.slice(c.evidence.start, c.evidence.end))).toEqual(["In return, Israel released 90 Palestinian prisoners"]);
  });

  it("gives “The Swiss food group” to the company named before", () => {
    const x = extractMentionsAndClaims(doc("Shares in Nestlé fell on Monday. The Swiss food group said Philipp Navratil would succeed its chief executive."), { ner });
    expect(x.claims.map((_, i) => speakerText(x, i))).toEqual(["Nestlé"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a twenty-eighth time (talks in Riyadh, a mayoral race)", () => {
  it("takes no news agency in parentheses after a dateline's country for that country's acronym: “RIYADH, Saudi Arabia (AP)”", () => {
    const x = extractMentionsAndClaims(doc("RIYADH, Saudi Arabia (AP) — Senior officials met in the Saudi capital on Tuesday."), { ner: loadNerModelFile() });
    expect(x.mentions.map((m) => [m.text, m.type])).toEqual([["RIYADH", "Place"], ["Saudi Arabia", "Place"], ["AP", "Group"]]);
  });
});

describe("extractMentionsAndClaims: middle initials and nouns opening a sentence (a pandemic accord)", () => {
  it("keeps a middle initial inside the name: “George W. Bush”, “Robert F. Kennedy Jr.”, but not “Malcolm X.” ending a sentence", () => {
    const x = recognizeMentions(layoutText("President George W. Bush spoke. Robert F. Kennedy Jr. told the assembly. John F. Kennedy was shot."));
    expect(x.mentions.map((m) => m.text)).toEqual(["George W. Bush", "Robert F. Kennedy Jr.", "John F. Kennedy"]);
    const malcolm = recognizeMentions(layoutText("The eulogy for Malcolm X. Besides Dee, Davis spoke."));
    expect(malcolm.mentions.map((m) => m.text)).toContain("Malcolm X");
  });

  it("takes no noun opening a sentence before “states” for a place: “Member states of the WHO”", () => {
    const x = recognizeMentions(layoutText("Member states of the World Health Organization adopted an agreement. Troops moved into the Kursk and Belgorod regions."));
    expect(x.mentions.map((m) => [m.text, m.type])).toEqual([["World Health Organization", "Group"], ["Kursk", "Place"], ["Belgorod", "Place"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a thirty-second time (a tax bill, painkiller claims)", () => {
  const ner = loadNerModelFile();

  it("joins a given name the NER took for a body to the surname after it that the document names alone: “Elon Musk”, “Lleyton Hewitt”", () => {
    const x = extractMentionsAndClaims(doc("WASHINGTON (AP) — Elon Musk on Tuesday blasted the bill. \"I just can't stand it anymore,\" Musk wrote on X."), { ner });
    expect(mentionsOf(x, "Person")).toEqual(expect.arrayContaining(["Elon Musk", "Musk"]));
    expect(mentionsOf(x, "Group")).not.toContain("Elon");
  });

  it("gives a relative clause after a party tag to the person tagged: “Sen. Rand Paul, R-Ky., who has opposed the bill”", () => {
    const x = extractMentionsAndClaims(doc("Sen. Rand Paul, R-Ky., who has opposed the bill over its impact on the deficit, posted on social media that Musk was right."), { ner });
    expect(x.claims.map((_, i) => speakerText(x, i))).toEqual(["Rand Paul", "Rand Paul"]);
  });
});

describe("extractMentionsAndClaims: a company's brand chief (a union deal at Volkswagen)", () => {
  it("gives “Volkswagen brand chief Thomas Schaefer” the role at Volkswagen", () => {
    expect(relationsWithLabels("The deal was done. Volkswagen brand chief Thomas Schaefer agreed.", loadNerModelFile())).toEqual([["Thomas Schaefer", "ROLE", "Volkswagen", "brand chief"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a thirty-fourth time (an auction)", () => {
  it("keeps the 's of a business named so: “sold at Sotheby's in New York”, “Christie's said”", () => {
    const x = extractMentionsAndClaims(doc("A portrait sold for $236.4 million at Sotheby's in New York on Tuesday. Christie's said it was pleased."), { ner: loadNerModelFile() });
    expect(x.mentions.map((m) => [m.text, m.type])).toEqual([["Sotheby's", "Group"], ["New York", "Place"], ["Christie's", "Group"]]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a thirty-seventh time (a model launch, NHS waiting lists)", () => {
  const ner = loadNerModelFile();

  it("reads Amazon as the company but after “the” (“the Amazon rainforest”), and NHS England as one body", () => {
    const x = extractMentionsAndClaims(doc("Anthropic, backed by Amazon and Google, said no. Fires raged in the Amazon rainforest. The figures came from NHS England."), { ner });
    expect(x.mentions.filter((m) => /Amazon|NHS/.test(m.text)).map((m) => [m.text, m.type])).toEqual([["Amazon", "Group"], ["Amazon", "Place"], ["NHS England", "Group"]]);
  });

  it("gives a title to a known first name before a surname that looks like a word, so “the health secretary” is him", () => {
    const x = extractMentionsAndClaims(doc("The health secretary warned there was a long way to go. Health Secretary Wes Streeting said the plan was working."), { ner });
    expect(x.claims.map((_, i) => speakerText(x, i))).toEqual(["Wes Streeting", "Wes Streeting"]);
  });
});

describe("extractMentionsAndClaims: news written for the test, a thirty-eighth time (a Test match, a fatal crash)", () => {
  const ner = loadNerModelFile();

  it("gives a country's captain and coach their role at the country: “India captain Shubman Gill”, “England coach X”", () => {
    expect(relationsWithLabels("India captain Shubman Gill scored 430 runs. England coach Brendon McCullum defended the decision.", ner))
      .toEqual([["Shubman Gill", "ROLE", "India", "captain"], ["Brendon McCullum", "ROLE", "England", "coach"]]);
  });

  it("gives the participle after a sentence-opening “Head coach X defended ...” to X, and joins a name the NER split that the rules read whole", () => {
    const x = extractMentionsAndClaims(doc("Head coach Brendon McCullum defended the decision to bowl first, saying conditions had favoured the seamers. Amira Khan died at the scene in Washwood Heath on Friday evening."), { ner });
    expect(x.claims.map((_, i) => speakerText(x, i))).toEqual(["Brendon McCullum", "Brendon McCullum"]);
    expect(mentionsOf(x, "Person")).toContain("Amira Khan");
    // Her given name before kin is hers too, not a body the NER saw: "Amira's family described her as ...".
    const family = extractMentionsAndClaims(doc("Amira Khan died at the scene in Washwood Heath on Friday. In a statement, Amira's family described her as bright."), { ner });
    expect(family.mentions.filter((m) => m.text === "Amira").map((m) => m.type)).toEqual(["Person"]);
  });
});

describe("extractMentionsAndClaims: a bare description before a role (an indictment in Seoul)", () => {
  it("gives “party leader Lee Jae-myung” the role at the party named before", () => {
    const ner = loadNerModelFile();
    expect(relationsWithLabels("The Democratic Party, which controls parliament, welcomed the decision. \"Justice has been served,\" party leader Lee Jae-myung told reporters.", ner))
      .toEqual([["Lee Jae-myung", "ROLE", "Democratic Party", "leader"]]);
  });
});

describe("entities in news written for the test, a thirty-seventh time", () => {
  const ner = loadNerModelFile();
  it("reads a minister whose surname is a body's word, a portfolio, a general staff, a mountain and a particle", () => {
    expect(mentionsOf(extractMentionsAndClaims(doc("Labour's Karen Shore, who came second, said she was disappointed."), { ner }), "Person")).toEqual(["Karen Shore"]);
    const x = extractMentionsAndClaims(doc("Finance Minister Jack Chambers said the money would go to the exchequer. Natural Resources Minister Jonathan Wilkinson told MPs the fires were bigger. Ukraine's General Staff said drones struck a refinery. Thousands fled after Mount Lewotobi Laki-laki erupted. \"Justice is coming,\" said Randy delos Santos. Essex Court Chambers said nothing."), { ner });
    expect(mentionsOf(x, "Person")).toEqual(["Jack Chambers", "Jonathan Wilkinson", "Randy delos Santos"]);
    expect(mentionsOf(x, "Group")).toEqual(["General Staff", "Essex Court Chambers"]);
    expect(mentionsOf(x, "Place")).toEqual(["Ukraine", "Mount Lewotobi Laki-laki"]);
  });
});

describe("entities in news written for the test, a thirty-seventh time (outlets, offices, tours)", () => {
  const ner = loadNerModelFile();
  it("reads a name between “the” and “newspaper” as an outlet, the gazetteer's when it names one", () => {
    const x = extractMentionsAndClaims(doc("Clemens Fuest told the Handelsblatt newspaper that businesses needed clarity. The book is serialised in the Guardian newspaper. A poll for the News of the World newspaper was out."), { ner });
    const outlets = x.mentions.filter((m) => m.kind === "media").map((m) => m.canonical ?? m.text);
    expect(outlets).toEqual(["Handelsblatt", "The Guardian"]);
  });

  it("reads the body after a firm's office as a body, and no office in a customer", () => {
    expect(relationsWithLabels("Caroline Ellison, the former chief executive of Alameda Research, told the court he directed her. A former FTX customer, Sunil Kavuri, said he lost money.", ner))
      .toEqual([["Caroline Ellison", "ROLE", "Alameda Research", "former chief executive"]]);
  });

  it("makes no person of a tour's name the NER split from its head: “Taylor Swift's Eras Tour”", () => {
    const split = fixedNer([["ORG", "Taylor", 0.65], ["PER", "Swift", 0.58], ["PER", "Eras", 0.97], ["MISC", "Tour", 0.64]]);
    const x = extractMentionsAndClaims(doc("Taylor Swift's Eras Tour has become the first concert tour to make more than $2bn."), { ner: split });
    expect(mentionsOf(x, "Person")).toEqual(["Taylor Swift"]);
  });
});

describe("entities the NER splits: leagues, clubs, regions, regulations", () => {
  const ner = loadNerModelFile();
  it("reads “La Liga” and “Paris St-Germain” as bodies, “Asia-Pacific” as a region and “GDPR” as no entity", () => {
    const x = extractMentionsAndClaims(doc("Real Madrid went top of La Liga. Mbappé joined from Paris St-Germain last year. The fine was for breaching the GDPR rules. Marcel Thieliant is head of Asia-Pacific at Capital Economics."), { ner });
    expect(mentionsOf(x, "Group")).toEqual(["Real Madrid", "La Liga", "Paris St-Germain", "Capital Economics"]);
    expect(mentionsOf(x, "Place")).toEqual(["Asia-Pacific"]);
  });
});

describe("entities: a group by the kind before its name, and names the gazetteer now knows", () => {
  const ner = loadNerModelFile();
  it("reads “Local residents' group Save Our Fields” as a group, “UK Athletics” as one body, “Centre Court” as a place", () => {
    const x = extractMentionsAndClaims(doc("Local residents' group Save Our Fields said it was devastated. UK Athletics said it expected her to be fit. She lost on Centre Court on Saturday."), { ner });
    expect(mentionsOf(x, "Group")).toEqual(["Save Our Fields", "UK Athletics"]);
    expect(mentionsOf(x, "Place")).toEqual(["Centre Court"]);
  });
});

describe("relations: a role stays in its name's sentence", () => {
  it("takes no role from a headline above the name: “Tory leader quits legal position” / “David McLetchie has resigned”", () => {
    const x = extractMentionsAndClaims(parseDocument("t.txt", new TextEncoder().encode("Tory leader quits legal position\n\nDavid McLetchie has resigned from his post as a partner in a legal firm.")).document, { ner: loadNerModelFile() });
    expect(x.relations.filter((r) => r.type === "ROLE")).toEqual([]);
  });
});

describe("entities: French bodies and a lawyer named Steel", () => {
  it("reads the Élysée Palace and France Unbowed as bodies, “Brian Steel” as a person and “Raza Husain KC” as Raza Husain", () => {
    const x = extractMentionsAndClaims(doc("A new prime minister will be named, the Élysée Palace said. The left-wing France Unbowed party demanded that Mr Macron resign. Defence lawyer Brian Steel suggested it. Raza Husain KC said so."), { ner: loadNerModelFile() });
    expect(mentionsOf(x, "Group")).toEqual(["Élysée Palace", "France Unbowed"]);
    expect(x.mentions.filter((m) => m.type === "Person").map((m) => m.canonical ?? m.text)).toEqual(["Macron", "Brian Steel", "Raza Husain"]);
  });
});

describe("entities: a person by “who”, and an award before its winner", () => {
  it("reads “Tiger Woods, who did not play” as a person, and no person in “the two-time Oscar winner”", () => {
    const x = extractMentionsAndClaims(doc("Tiger Woods, who did not play this year, posted a tribute. Gene Hackman, the two-time Oscar winner, died at home. The Northern Irishman fell to his knees."), { ner: loadNerModelFile() });
    expect(mentionsOf(x, "Person")).toEqual(["Tiger Woods", "Gene Hackman"]);
    expect(mentionsOf(x, "Group")).toEqual([]); // "The Northern Irishman" is an epithet
  });
});

describe("entities: letters after a name", () => {
  it("names “Philippe Sands QC” Philippe Sands, keeping his apposition's relation, and “Sands” the same person", () => {
    const text = "Philippe Sands QC, a member of Matrix Chambers, says Lord Goldsmith warned Tony Blair. Sands said it again.";
    const x = extractMentionsAndClaims(doc(text), { ner: loadNerModelFile() });
    expect(x.mentions.filter((m) => m.type === "Person").map((m) => m.canonical ?? m.text)).toContain("Philippe Sands");
    expect(relationsWithLabels(text, loadNerModelFile())).toContainEqual(["Philippe Sands QC", "MEMBER_OF", "Matrix Chambers", "member"]);
  });
});

describe("entities: formats and devices are no bodies", () => {
  it("reads “the PSP”, “IPTV” and “VHS” as no entity, whatever the NER says", () => {
    const x = extractMentionsAndClaims(doc("Sony said the PSP supports wireless play. IPTV services are growing, and VHS tapes are dying out. The BBC is planning to offer HDTV."), { ner: loadNerModelFile() });
    expect(mentionsOf(x, "Group")).toEqual(["Sony", "BBC"]);
  });
});

describe("entities: bodies named “Centres for ...”", () => {
  it("reads “The Africa Centres for Disease Control and Prevention (Africa CDC)” as one body, its director general's role there", () => {
    expect(relationsWithLabels("The Africa Centres for Disease Control and Prevention (Africa CDC) had declared an emergency. Its director general, Jean Kaseya, urged wealthy countries to share vaccines.", loadNerModelFile()))
      .toEqual([["Jean Kaseya", "ROLE", "Africa Centres for Disease Control and Prevention", "director general"]]);
  });
});

describe("relations: a party by its adjective", () => {
  it("gives “Conservative health spokesman Jonathan Morgan” a role in the Conservative Party", () => {
    const x = extractMentionsAndClaims(doc("Conservative health spokesman Jonathan Morgan said the plan would fail."), { ner: loadNerModelFile() });
    expect(x.relations.map((r) => [x.mentions[r.source]!.text, r.type, "mention" in r.target ? x.mentions[r.target.mention]!.canonical : ""])).toEqual([["Jonathan Morgan", "ROLE", "Conservative Party"]]);
  });
});

describe("entities: a body's name through a list, up to the acronym it defines", () => {
  it("reads “The State Administration of Radio, Film and Television (SARFT)” as one body, its acronym the same", () => {
    const x = extractMentionsAndClaims(doc("The State Administration of Radio, Film and Television (SARFT), which regulates broadcasting, plans to move all programmes to digital. SARFT said so."), { ner: loadNerModelFile() });
    expect(mentionsOf(x, "Group")).toEqual(["State Administration of Radio, Film and Television", "SARFT", "SARFT"]);
    expect(x.mentions[1]!.aliasOf).toBe(0);
  });

  it("makes an acronym the document defines that name throughout, whatever the gazetteer says it stands for", () => {
    const document = doc("Lloyd's criticised Britain's financial watchdog, the Financial Services Authority (FSA). Mr Prettejohn urged the FSA to act. The FSA said it would not.");
    const entities = resolveDocument(document, extractMentionsAndClaims(document, { ner: loadNerModelFile() })).entities;
    const fsa = entities.find((e) => e.aliases.includes("FSA"));
    expect(fsa).toMatchObject({ name: "Financial Services Authority", merges: [{ alias: "FSA", rule: "defined-alias" }] });
    expect(entities.map((e) => e.name)).not.toContain("Free Syrian Army");
    // A name the document only rewords stays the gazetteer's: "US Securities Exchange Commission (SEC)" is the SEC.
    const sec = doc("The US Securities Exchange Commission (SEC) fined the bank. The SEC said so.");
    expect(resolveDocument(sec, extractMentionsAndClaims(sec, { ner: loadNerModelFile() })).entities.map((e) => e.name)).toContain("Securities and Exchange Commission");
  });

  it("gives a nationality's office in lower case its country: “Russian president Vladimir Putin”, not “British actor Clive Owen”", () => {
    expect(relationsWithLabels("The topic came up again during talks with Russian president Vladimir Putin.", loadNerModelFile())).toEqual([["Vladimir Putin", "ROLE", "Russia", "president"]]);
    expect(relationsWithLabels("North Korean leader Kim Jong Un said the talks went well.", loadNerModelFile())).toEqual([["Kim Jong Un", "ROLE", "North Korea", "leader"]]);
    expect(relationsWithLabels("At a dinner on Friday, former South African president Nelson Mandela spoke.", loadNerModelFile())).toEqual([["Nelson Mandela", "ROLE", "South Africa", "former president"]]);
    expect(relationsWithLabels("The film stars British actor Clive Owen.", loadNerModelFile())).toEqual([]);
  });

  it("gives a person read from where the name stands the title before it: “Chinese President Xi Jinping said”", () => {
    expect(relationsWithLabels("Chinese President Xi Jinping said the talks went well.", loadNerModelFile())).toEqual([["Xi Jinping", "ROLE", "China", "President"]]);
  });

  it("keeps an unknown given name the NER split from a surname the document names alone: “Pep Guardiola”", () => {
    const text = "Guardiola hails 'incredible' City after fourth straight title\n\nMANCHESTER - Pep Guardiola praised his Manchester City players as \"incredible\" after they became the first team to win four consecutive English top-flight titles on Sunday.\n\nGuardiola declined to confirm whether he would stay beyond next season.";
    const document = parseDocument("t.txt", new TextEncoder().encode(` date 2024-05-26\n${text}`)).document;
    const x = extractMentionsAndClaims(document, { ner: loadNerModelFile() });
    expect(x.mentions.filter((m) => m.type === "Person").map((m) => m.text)).toContain("Pep Guardiola");
  });

  it("reads letters the gazetteer knows in one world only there: “FSA” is the Free Syrian Army in news of Syria alone", () => {
    const names = (text: string) => {
      const document = doc(text);
      return resolveDocument(document, extractMentionsAndClaims(document, { ner: loadNerModelFile() })).entities.map((e) => `${e.name}:${e.kind ?? ""}`);
    };
    expect(names("Syrian rebels attacked Aleppo. The FSA said it had taken the town.")).toContain("Free Syrian Army:armed_force");
    expect(names("Banks must tell customers about the risks. The FSA said it would fine those that did not.")).toContain("FSA:");
    // And the Free Syrian Army is no army of Syria's, though "Syrian army" is.
    expect(names("The Free Syrian Army (FSA) attacked Aleppo.")).toEqual(["Free Syrian Army:armed_force", "Aleppo:city"]);
  });
});

describe("relations and entities: news written for the test, a fortieth time (Dhaka, Washington)", () => {
  it("gives “Bangladesh's Prime Minister Sheikh Hasina” the role of prime minister, the noble title left to her name", () => {
    expect(relationsWithLabels("Bangladesh's Prime Minister Sheikh Hasina resigned on Monday.", loadNerModelFile())).toEqual([["Hasina", "ROLE", "Bangladesh", "Prime Minister"]]);
    // A noble title alone stays the role: "Qatar's Sheikh Tamim".
    expect(relationsWithLabels("Qatar's Sheikh Tamim met the envoy.", loadNerModelFile())).toEqual([["Tamim", "ROLE", "Qatar", "Sheikh"]]);
  });

  it("names BBC Radio 1, 2 and 3 with their numbers, a role there after them", () => {
    expect(relationsWithLabels("BBC Radio 2 music editor Colin Martin said the song was a hit.", loadNerModelFile())).toEqual([["Colin Martin", "ROLE", "BBC Radio 2", "music editor"]]);
  });

  it("reads a sheriff as a title: “said Buncombe County Sheriff Quentin Miller” is Miller, the sheriff of Buncombe County", () => {
    expect(relationsWithLabels("\"We will find everyone,\" said Buncombe County Sheriff Quentin Miller.", loadNerModelFile())).toEqual([["Quentin Miller", "ROLE", "Buncombe County", "Sheriff"]]);
  });

  it("reads an apposition past an age, “Paetongtarn Shinawatra, 37, the daughter of former prime minister Thaksin Shinawatra”", () => {
    expect(relationsWithLabels("Paetongtarn Shinawatra, 37, the daughter of former prime minister Thaksin Shinawatra, is seen as a frontrunner.", loadNerModelFile()))
      .toEqual([["Paetongtarn Shinawatra", "CHILD_OF", "Thaksin Shinawatra", "daughter"]]);
    // Not past an age before a verb: "West, 26, began rapping as a teenager at his Chicago school".
    expect(relationsWithLabels("Kanye West won. West, 26, began rapping as a teenager at his Chicago school.", loadNerModelFile())).toEqual([]);
  });

  it("names no “Opposition People's Party”: a body's standing opening a sentence is no part of its name", () => {
    const x = extractMentionsAndClaims(doc("Opposition People's Party leader Natthaphong Ruengpanyawut said the ruling was wrong."), { ner: loadNerModelFile() });
    expect(mentionsOf(x, "Group")).toEqual(["People's Party"]);
  });

  it("reads “The husband of Health Minister Karen Doyle, businessman Liam Doyle,” as his tie to her", () => {
    expect(relationsWithLabels("The husband of Health Minister Karen Doyle, businessman Liam Doyle, is facing questions.", loadNerModelFile()))
      .toEqual([["Liam Doyle", "SPOUSE_OF", "Karen Doyle", "husband"]]);
  });

  it("gives “The agency's director-general, Tedros Adhanom Ghebreyesus,” the role at the body named before", () => {
    expect(relationsWithLabels("One in six infections is resistant, the World Health Organization said. The agency's director-general, Tedros Adhanom Ghebreyesus, said the findings were concerning.", loadNerModelFile()))
      .toEqual([["Tedros Adhanom Ghebreyesus", "ROLE", "World Health Organization", "director-general"]]);
  });

  it("knows Standard Chartered as one company, opening a sentence too", () => {
    const x = extractMentionsAndClaims(doc("Standard Chartered sees an opportunity in Korea. Standard Chartered said it was buying KFB."), { ner: loadNerModelFile() });
    expect(mentionsOf(x, "Group").filter((m) => /Chartered/.test(m))).toEqual(["Standard Chartered", "Standard Chartered"]);
  });

  it("gives “England manager Gareth Southgate”, “Wales boss John Toshack” their roles at the country's team", () => {
    expect(relationsWithLabels("England manager Gareth Southgate said he was devastated. Wales boss John Toshack agreed.", loadNerModelFile()))
      .toEqual([["Gareth Southgate", "ROLE", "England", "manager"], ["John Toshack", "ROLE", "Wales", "boss"]]);
  });

  it("reads no place “Democratic House” in “Democratic House Speaker Nancy Pelosi”, and “Republican Senate” as the Senate", () => {
    const x = extractMentionsAndClaims(doc("Democratic House Speaker Nancy Pelosi said she had spoken to him. The Republican Senate leader Mitch McConnell disagreed."), { ner: loadNerModelFile() });
    expect(x.mentions.map((m) => `${m.text}:${m.type}`)).toEqual(["Nancy Pelosi:Person", "Senate:Group", "Mitch McConnell:Person"]);
  });
});

describe("entities and relations: Kurdish oil, Sudan, Iraq's election (a twentieth reading of fresh text)", () => {
  it("gives “Galatasaray, whose coach, Okan Buruk,” and “the KDP led by Masoud Barzani came first” their roles", () => {
    expect(relationsWithLabels("Fenerbahce are third, five points behind leaders Galatasaray, whose coach, Okan Buruk, declined to comment.", loadNerModelFile()))
      .toEqual([["Okan Buruk", "ROLE", "Galatasaray", "coach"]]);
    expect(relationsWithLabels("In the Kurdistan Region, the Kurdistan Democratic Party led by Masoud Barzani came first.", loadNerModelFile()))
      .toEqual([["Masoud Barzani", "ROLE", "Kurdistan Democratic Party", "leader"]]);
  });

  it("reads “the People's Protection Units”, “the Reconstruction and Development Coalition” whole, and no name in “E. coli”", () => {
    const x = extractMentionsAndClaims(doc("The SDF's main component, the People's Protection Units, is Kurdish. The Reconstruction and Development Coalition won 46 seats. Tests found traces of E. coli in the supply."), { ner: loadNerModelFile() });
    expect(mentionsOf(x)).toEqual(["SDF", "People's Protection Units", "Reconstruction and Development Coalition"]);
  });
});

describe("relations: Kirkuk, OceanGate, DeepSeek (a twentieth reading, second batch)", () => {
  it("gives “Iran's Revolutionary Guards commander, Qassem Soleimani,” and “X, an adviser to OceanGate,” their roles, not “DOD's leaders but his lawyer, X”", () => {
    expect(relationsWithLabels("Iran's Revolutionary Guards commander, Qassem Soleimani, had met PUK leaders. OceanGate Expeditions operates the vessel. David Concannon, an adviser to OceanGate, said it had oxygen left.", loadNerModelFile()))
      .toEqual([["Qassem Soleimani", "ROLE", "Revolutionary Guards", "commander"], ["David Concannon", "ROLE", "OceanGate", "adviser"]]);
    expect(relationsWithLabels("US Customs claimed Mr Griffiths was one of DOD's leaders but his lawyer, Antony Townsden, told the BBC it was laughable.", loadNerModelFile()))
      .toEqual([["Antony Townsden", "AIDE_TO", "Griffiths", "lawyer"]]);
  });

  it("reads a founder from “founded by”, a head from “headed by”", () => {
    expect(relationsWithLabels("OpenAI, founded by Sam Altman, said no. Reliance Energy, headed by Anil Ambani, jumped 7%.", loadNerModelFile()))
      .toEqual([["Sam Altman", "ROLE", "OpenAI", "founder"], ["Anil Ambani", "ROLE", "Reliance Energy", "head"]]);
  });
});

describe("entities: a sample of 50 BBC entities read again", () => {
  it("reads no “ISP” in “giant ISP AOL”, and the Isle of Wight and the Emerald Isle as places", () => {
    const x = extractMentionsAndClaims(doc("Giant ISP AOL announced a phone service. The men from the Emerald Isle came second. Ferries to the Isle of Wight were cancelled."), { ner: loadNerModelFile() });
    expect(x.mentions.map((m) => `${m.text}:${m.type}`)).toEqual(["AOL:Group", "Emerald Isle:Place", "Isle of Wight:Place"]);
  });
});

describe("relations: the 2017 referendum again (a twentieth reading, sixth batch)", () => {
  it("reads “X, a senior adviser to Barzani,”, “His nephew, Prime Minister Y,” and “his son Z” of the same man", () => {
    expect(relationsWithLabels("Hoshyar Zebari, a senior adviser to Masoud Barzani, told Reuters it was vague.", loadNerModelFile()))
      .toEqual([["Hoshyar Zebari", "AIDE_TO", "Masoud Barzani", "adviser"]]);
    expect(relationsWithLabels("Masoud Barzani said he would step down. His nephew, Prime Minister Nechirvan Barzani, and his son Masrour, who heads the region's security council, are expected to take over.", loadNerModelFile()))
      .toEqual([["Nechirvan Barzani", "RELATIVE_OF", "Masoud Barzani", "nephew"], ["Masrour", "CHILD_OF", "Masoud Barzani", "son"]]);
  });
});

describe("relations: the CrowdStrike outage (a twentieth reading, seventh batch)", () => {
  it("gives “CrowdStrike chief executive George Kurtz” and “the company's vice-president of security, David Weston,” their roles", () => {
    expect(relationsWithLabels("CrowdStrike chief executive George Kurtz said a fix was deployed. Microsoft said 8.5 million devices were affected. In a blog post, the company's vice-president of security, David Weston, said the impact was broad.", loadNerModelFile()))
      .toEqual([["George Kurtz", "ROLE", "CrowdStrike", "chief executive"], ["David Weston", "ROLE", "Microsoft", "vice-president of security"]]);
  });
});

describe("relations: Kurdish media's style (a twentieth reading, eighth batch)", () => {
  it("gives “The head of the KRG's Department of Foreign Relations (DFR), Safeen Dizayee,” the role at the department", () => {
    expect(relationsWithLabels("The head of the KRG's Department of Foreign Relations (DFR), Safeen Dizayee, told Kurdistan24 it was good.", loadNerModelFile()))
      .toEqual([["Safeen Dizayee", "ROLE", "Department of Foreign Relations", "head"]]);
  });
});

describe("relations: Lebanon's border, Seoul (a twentieth reading, twelfth batch)", () => {
  it("gives “The leader of the main opposition Democratic Party, X,” and UNIFIL's “Its spokesman, Y,” their roles", () => {
    expect(relationsWithLabels("The leader of the main opposition Democratic Party, Lee Jae-myung, called the declaration illegal.", loadNerModelFile()))
      .toEqual([["Lee Jae-myung", "ROLE", "Democratic Party", "leader"]]);
    expect(relationsWithLabels("The United Nations peacekeeping force in Lebanon, UNIFIL, urged both sides to exercise restraint. Its spokesman, Andrea Tenenti, told reporters that the situation was worrying.", loadNerModelFile()))
      .toEqual([["Andrea Tenenti", "ROLE", "UNIFIL", "spokesman"]]);
  });
});

describe("relations: the 2023 earthquake, Imamoglu's detention (a twentieth reading, thirteenth batch)", () => {
  it("gives “Its senior emergency officer for Europe, X,” the WHO's role only, and “X, of the Republican People's Party (CHP),” membership", () => {
    expect(relationsWithLabels("The World Health Organization warned that the toll could rise. Its senior emergency officer for Europe, Catherine Smallwood, said many areas had not been reached.", loadNerModelFile()))
      .toEqual([["Catherine Smallwood", "ROLE", "World Health Organization", "senior emergency officer for Europe"]]);
    expect(relationsWithLabels("Ekrem Imamoglu, of the Republican People's Party (CHP), said in a video that the will of the people cannot be silenced.", loadNerModelFile()))
      .toEqual([["Ekrem Imamoglu", "MEMBER_OF", "Republican People's Party", "of"]]);
  });
});

describe("relations: COP29 (a twentieth reading, fourteenth batch)", () => {
  it("gives “The US climate envoy, John Podesta,” the role, past the field of office", () => {
    expect(relationsWithLabels("The US climate envoy, John Podesta, said the outcome was historic.", loadNerModelFile())).toEqual([["John Podesta", "ROLE", "US", "climate envoy"]]);
  });
});

describe("relations: a family feud (a twentieth reading, fifteenth batch)", () => {
  it("reads step-kin and “X, is a cousin of Y” after an apposition's comma as RELATIVE_OF", () => {
    expect(relationsWithLabels("Ahmed Karimov has accused his stepmother, Leila Karimova, of plotting. The dispute has divided the ruling Unity Party, whose secretary general, Farid Aliyev, is a cousin of Ahmed.", loadNerModelFile())
      .filter((r) => r[1] === "RELATIVE_OF")).toEqual([["Leila Karimova", "RELATIVE_OF", "Ahmed Karimov", "stepmother"], ["Farid Aliyev", "RELATIVE_OF", "Ahmed", "cousin"]]);
  });
});

describe("relations: a new cabinet (a twentieth reading, sixteenth batch)", () => {
  it("reads “Lopez, 52, is married to the businessman Carlos Mendez” as SPOUSE_OF, past the age and the trade", () => {
    expect(relationsWithLabels("Maria Lopez became finance minister. Lopez, 52, is married to the businessman Carlos Mendez.", loadNerModelFile()))
      .toEqual([["Lopez", "SPOUSE_OF", "Carlos Mendez", "married to"]]);
  });
});

describe("relations: Kirkuk in October 2017, a Senate hearing (a twenty-first reading, first batch)", () => {
  it("reads “FAA Administrator Mike Whitaker” as a ROLE", () => {
    expect(relationsWithLabels("FAA Administrator Mike Whitaker told the committee that the agency had more inspectors.", loadNerModelFile()))
      .toEqual([["Mike Whitaker", "ROLE", "FAA", "Administrator"]]);
  });

  it("gives “X, the college's president,” the role at the college named just before, but not “from Bosch, the carmaker's chief executive Helmut Panke”", () => {
    expect(relationsWithLabels("The Royal College of Physicians published a survey. Professor Andrew Goddard, the college's president, said the findings were worrying.", loadNerModelFile()))
      .toEqual([["Andrew Goddard", "ROLE", "Royal College of Physicians", "president"]]);
    expect(relationsWithLabels("BMW is to recall cars with a pump supplied by Bosch. Asked about compensation from Bosch, the carmaker's chief executive Helmut Panke said it was too early.", loadNerModelFile())
      .filter((r) => r[0] !== "Helmut Panke")).toEqual([]);
  });

  it("reads “Lindsey Graham, usually a close ally of Trump,” as ALLIED_WITH, past the adverb", () => {
    expect(relationsWithLabels("Senator Lindsey Graham, usually a close ally of Donald Trump, said the president was abandoning the Kurds.", loadNerModelFile()))
      .toEqual([["Lindsey Graham", "ALLIED_WITH", "Donald Trump", "close ally"]]);
  });

  it("reads “Inter Milan” as one club, not Inter and a man named Milan", () => {
    expect(mentionsOf(extractMentionsAndClaims(doc("Romelu Lukaku has rejoined Chelsea from Inter Milan in a deal worth a club-record £97.5m."), { ner: loadNerModelFile() })))
      .toEqual(["Romelu Lukaku", "Chelsea", "Inter Milan"]);
  });
});

describe("relations: Barzani steps down (a twenty-first reading, third batch)", () => {
  it("reads “Barzani's nephew, Prime Minister Nechirvan Barzani,” as RELATIVE_OF, past the name's title", () => {
    expect(relationsWithLabels("Masoud Barzani will step down. Barzani's nephew, Prime Minister Nechirvan Barzani, is expected to share many of his powers.", loadNerModelFile()))
      .toEqual([["Nechirvan Barzani", "RELATIVE_OF", "Barzani", "nephew"]]);
  });
});

describe("mentions: a BBC sample of entities (a twenty-first reading)", () => {
  it("keeps a title's word that is a body's field after “of”: “Department of Justice”, “Ministry of Justice”, “European Court of Justice”", () => {
    expect(mentionsOf(extractMentionsAndClaims(doc("The Ministry of Justice said it was fine. The US Department of Justice said so. The European Court of Justice ruled. Justice Minister Jane Doe spoke."), { ner: loadNerModelFile() })))
      .toEqual(["Ministry of Justice", "US Department of Justice", "European Court of Justice", "Jane Doe"]);
  });
});

describe("relations: the US withdrawal from northern Syria (a twenty-first reading, sixth batch)", () => {
  it("reads “Mitch McConnell, a Trump ally,” and “a longtime Kremlin critic” as sides named before their noun", () => {
    expect(relationsWithLabels("Mitch McConnell, a Trump ally, warned that it was bad. Alexei Navalny, a longtime Kremlin critic, said so.", loadNerModelFile()))
      .toEqual([["Mitch McConnell", "ALLIED_WITH", "Trump", "Trump ally"], ["Alexei Navalny", "OPPOSES", "Kremlin", "longtime Kremlin critic"]]);
    // And with no article, the person after the noun; a place before it is where the person is from.
    expect(relationsWithLabels("Trump ally Steve Bannon was jailed. Longtime Putin critic Alexei Navalny died.", loadNerModelFile()))
      .toEqual([["Steve Bannon", "ALLIED_WITH", "Trump", "Trump ally"], ["Alexei Navalny", "OPPOSES", "Putin", "Putin critic"]]);
    expect(relationsWithLabels("Belgium rival Kim Gevaert finished second.", loadNerModelFile())).toEqual([]);
  });
});

describe("relations and mentions: the 737 Max grounded (a twenty-first reading, eighth batch)", () => {
  it("gives “the airline's chief executive, X,” the airline named before (“Ethiopian Airlines”), not the last company (“Boeing”)", () => {
    expect(relationsWithLabels("Ethiopian Airlines grounded its planes. Boeing said it was saddened. The pilot had reported difficulties, the airline's chief executive, Tewolde GebreMariam, told reporters.", loadNerModelFile()))
      .toEqual([["Tewolde GebreMariam", "ROLE", "Ethiopian Airlines", "chief executive"]]);
  });

  it("reads no government in a name's head before “of China” (“the Civil Aviation Administration of China”)", () => {
    expect(mentionsOf(extractMentionsAndClaims(doc("The Civil Aviation Administration of China said the decision was taken. The Government of Iraq said so."), { ner: loadNerModelFile() })))
      .toEqual(["Civil Aviation Administration", "China", "Government of Iraq"]);
  });
});

describe("relations: a name no list knows after a kin noun (a twenty-first reading, eleventh batch)", () => {
  it("reads “and his son Masrour are” as a person, Barzani's son", () => {
    expect(relationsWithLabels("Masoud Barzani will step down. His nephew and his son Masrour are expected to share many of his powers.", loadNerModelFile())
      .filter((r) => r[1] === "CHILD_OF")).toEqual([["Masrour", "CHILD_OF", "Masoud Barzani", "son"]]);
  });
});
