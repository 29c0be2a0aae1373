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

describe("what a group is based in", () => {
  it("is a place the lists need not know, before a group's name or its kind", () => {
    expect(relationsOf("Vale Verde Agro, the Cuiabá-based grains and cotton producer, rose.", ["LOCATED_IN"])).toEqual([["Vale Verde Agro", "LOCATED_IN", "Cuiabá", "based in"]]);
    expect(relationsOf("Officials at Minneapolis-based retailer Northway Stores agreed.", ["LOCATED_IN"])).toEqual([["Northway Stores", "LOCATED_IN", "Minneapolis", "based in"]]);
    expect(relationsOf("Columbus-based Pryor Lindgren won the case.", ["LOCATED_IN"])).toEqual([["Pryor Lindgren", "LOCATED_IN", "Columbus", "based in"]]);
    expect(relationsOf("Anthony Russo, a partner at the Newark-based firm Russo Feld, spoke.", ["LOCATED_IN"])).toEqual([["Russo Feld", "LOCATED_IN", "Newark", "based in"]]);
    expect(relationsOf("Miyahuna, the Amman-based water utility, said supplies would fall.", ["LOCATED_IN"])).toEqual([["Miyahuna", "LOCATED_IN", "Amman", "based in"]]);
  });
  it("is the town before its state's name, in the state", () => {
    expect(relationsOf("Quillon, a Memphis, Tennessee-based freight broker, fell.", ["LOCATED_IN"])).toEqual([
      ["Quillon", "LOCATED_IN", "Memphis", "based in"], ["Memphis", "LOCATED_IN", "Tennessee", ""],
    ]);
  });
  it("is no place for a technology, a person or a party", () => {
    expect(relationsOf("IBM will add Linux-based elements to its software.", ["LOCATED_IN"])).toEqual([]);
    expect(relationsOf("William Hill has placed London-based Levy's novel as the favourite.", ["LOCATED_IN"])).toEqual([]);
    expect(relationsOf("said Rick Wilson, a Florida-based Republican strategist.", ["LOCATED_IN"])).toEqual([]);
    expect(relationsOf("The Belfast-born, Glasgow-based band collected the prizes.", ["LOCATED_IN"])).toEqual([]);
  });
  it("makes a longer name opening with the group's a group, and a firm's name run on with 'and'", () => {
    expect(resolvedRelationsOf("The co-founder of crypto lender Halden Digital pleaded not guilty. Prosecutors say London-based Halden lied.")).toEqual([
      ["Halden Digital", "LOCATED_IN", "London"],
    ]);
    expect(relationsOf("Subir Raha, chairman of Oil and Natural Gas Corporation, said so.", ["ROLE"])).toEqual([["Subir Raha", "ROLE", "Oil and Natural Gas Corporation", "chairman"]]);
  });
});

describe("a US state as AP abbreviates it after a town", () => {
  it("is the state, named in full, that the town is in", () => {
    expect(resolvedRelationsOf("MADISON, Wis. (AP) — Gov. Ellen Marsh signed the bill.")).toEqual([["Madison", "LOCATED_IN", "Wisconsin"]]);
    expect(resolvedRelationsOf("He was born in Rutland, Vt., in 1931 and later moved to Wichita, Kan., with his wife.")).toEqual([
      ["Rutland", "LOCATED_IN", "Vermont"], ["Wichita", "LOCATED_IN", "Kansas"],
    ]);
  });
  it("is no state after a comma without a town, nor a lawmaker's tag", () => {
    expect(resolvedRelationsOf("Sen. Ray Tolliver, I-Vt., voted no.").filter((r) => r[1] === "LOCATED_IN")).toEqual([]);
  });
});

describe("a US federal district's office", () => {
  it("is the district's that 'of' names, never the country's for 'U.S.' before it", () => {
    expect(relationsOf("U.S. Attorney Daniel Oyelaran of the Southern District of New York said so.", ["ROLE"])).toEqual([
      ["Daniel Oyelaran", "ROLE", "Southern District of New York", "Attorney"],
    ]);
    expect(relationsOf("U.S. District Judge Helen Fairbanks sentenced him.", ["ROLE"])).toEqual([]);
    expect(relationsOf("U.S. Attorney General Pam Bondi spoke.", ["ROLE"])).toEqual([["Pam Bondi", "ROLE", "U.S.", "Attorney General"]]);
  });
  it("and a titled person 'of' a group before a verb holds the title there", () => {
    expect(relationsOf("Judge Harold Kim of the U.S. District Court for the District of New Jersey ruled on Monday.", ["ROLE"])).toEqual([
      ["Harold Kim", "ROLE", "U.S. District Court for the District of New Jersey", "Judge"],
    ]);
  });
});

describe("a side taken toward a role's one holder", () => {
  it("is a side of the person the document gives the role, 'Gov.' being the governor", () => {
    expect(resolvedRelationsOf("Mayor Adriana Reyes proposed the budget. Vice Mayor Nikki Romero, a close ally of the mayor, backed it.")
      .filter((r) => r[1] === "ALLIED_WITH")).toEqual([["Nikki Romero", "ALLIED_WITH", "Adriana Reyes"]]);
    expect(resolvedRelationsOf("Wisconsin Gov. Ellen Marsh signed the bill. Sheriff Tom Kessler, a vocal critic of the governor since her first campaign, said no.")
      .filter((r) => r[1] === "OPPOSES")).toEqual([["Tom Kessler", "OPPOSES", "Ellen Marsh"]]);
    expect(resolvedRelationsOf("Mayor Adriana Reyes spoke. Patricia Nunley is one of the mayor's closest allies.")
      .filter((r) => r[1] === "ALLIED_WITH")).toEqual([["Patricia Nunley", "ALLIED_WITH", "Adriana Reyes"]]);
  });
  it("is none toward a role two people hold, nor toward the holder's things", () => {
    expect(resolvedRelationsOf("Mayor Adriana Reyes and Mayor Tom Hale met. Nikki Romero, a close ally of the mayor, came.").filter((r) => r[1] === "ALLIED_WITH")).toEqual([]);
    expect(resolvedRelationsOf("Mayor Adriana Reyes spoke. Jim Fox is a critic of the mayor's budget.").filter((r) => r[1] === "OPPOSES")).toEqual([]);
  });
});

describe("an office or a membership a relative clause states", () => {
  it("is read past a description before 'who' and past an auxiliary or an adverb", () => {
    expect(relationsOf("Ali Babacan, a former deputy prime minister who now leads the small Deva party, spoke.", ["ROLE"])).toEqual([["Ali Babacan", "ROLE", "Deva", "leader"]]);
    expect(relationsOf("Marcus Dunn, who has led the Tucson Police Department since 2019, left.", ["ROLE"])).toEqual([["Marcus Dunn", "ROLE", "Tucson Police Department", "leader"]]);
    expect(relationsOf("Nancy Albee, who later led the Vermont Land Trust, died.", ["ROLE"])).toEqual([["Nancy Albee", "ROLE", "Vermont Land Trust", "leader"]]);
    expect(relationsOf("Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, said no.", ["ROLE"])).toEqual([
      ["Richard Shelby", "ROLE", "Senate Banking Committee", "head"],
    ]);
  });
  it("gives no office to a side that led another in a game", () => {
    expect(relationsOf("England led Australia by 50 runs.", ["ROLE"])).toEqual([]);
  });
});

describe("a town's place and a person's staff, in apposition", () => {
  it("reads 'a town in Y' and 'the Omani capital'", () => {
    expect(relationsOf("Clashes erupted in Jepara, a town in Central Java, on Monday.", ["LOCATED_IN"])).toEqual([["Jepara", "LOCATED_IN", "Central Java", "town in"]]);
    expect(relationsOf("The mine is near Chambishi, a town in Zambia's Copperbelt Province.", ["LOCATED_IN"])).toEqual([
      ["Chambishi", "LOCATED_IN", "Copperbelt Province", "town in"], ["Copperbelt Province", "LOCATED_IN", "Zambia", "in"],
    ]);
    expect(relationsOf("The talks were held in Muscat, the Omani capital.", ["LOCATED_IN"])).toEqual([["Muscat", "LOCATED_IN", "Oman", "capital"]]);
  });
  it("reads a chief of staff and a lead attorney after a possessive", () => {
    expect(relationsOf("Mohsen Haji-Mirzaei, Pezeshkian's chief of staff, said so.", ["AIDE_TO"])).toEqual([["Mohsen Haji-Mirzaei", "AIDE_TO", "Pezeshkian", "chief of staff"]]);
    expect(relationsOf("Raymond Castellano denied it. Castellano's lead attorney, Benjamin Reyes, said no.", ["AIDE_TO"])).toEqual([
      ["Benjamin Reyes", "AIDE_TO", "Castellano", "lead attorney"],
    ]);
  });
});

describe("a US party named by its noun or adjective around a person", () => {
  it("is the person's party after the name and in a description opening the sentence", () => {
    const parties = (text: string) => resolvedRelationsOf(text).filter((r) => r[1] === "MEMBER_OF");
    expect(parties("Darnell Hughes, a Milwaukee Democrat, introduced it.")).toEqual([["Darnell Hughes", "MEMBER_OF", "Democratic Party"]]);
    expect(parties("Harold J. Whitcombe, a flinty Republican, served five terms.")).toEqual([["Harold J. Whitcombe", "MEMBER_OF", "Republican Party"]]);
    expect(parties("State Rep. Tanya Brooks, the Democratic nominee, spoke.")).toEqual([["Tanya Brooks", "MEMBER_OF", "Democratic Party"]]);
    expect(parties("The ranking Democrat, Sen. Luis Ortega, objected.")).toEqual([["Luis Ortega", "MEMBER_OF", "Democratic Party"]]);
    expect(parties("Her Republican opponent, former Rep. Wade Ellis, spoke.")).toEqual([["Wade Ellis", "MEMBER_OF", "Republican Party"]]);
  });
  it("is never the speaker of what the person says", () => {
    expect(claimsOf("Former Sen. Evan Bayh, a moderate Indiana Democrat who declined to run again, said the law was flawed.", true).map((c) => c.speaker)).toEqual(["Evan Bayh"]);
  });
});

describe("a relation stated of a person by 'he' or 'she'", () => {
  it("is the person's the sentence before names, back along sentences the pronoun opens", () => {
    expect(resolvedRelationsOf("Karim al-Lami rose fast in the militia. In 2014, he sided with Nouri al-Maliki.")).toEqual([["Karim al-Lami", "ALLIED_WITH", "Nouri al-Maliki"]]);
    expect(resolvedRelationsOf("Anna Berg spoke first. She is a member of the Green Party.")).toEqual([["Anna Berg", "MEMBER_OF", "Green Party"]]);
    expect(resolvedRelationsOf("Ollie Hartley has been named captain. He is the nephew of former England seamer Steve Hartley.")
      .filter((r) => r[1] === "RELATIVE_OF")).toEqual([["Ollie Hartley", "RELATIVE_OF", "Steve Hartley"]]);
    expect(resolvedRelationsOf("Sean Kelly was born in Mayo. Within his own party he was a rival of Dermot Kiely. He married Bridget Walsh in 1965.")
      .filter((r) => r[1] === "SPOUSE_OF")).toEqual([["Sean Kelly", "SPOUSE_OF", "Bridget Walsh"]]);
  });
  it("is nobody's when the sentence before names only a person of the other gender", () => {
    expect(resolvedRelationsOf("Mrs Anna Berg spoke first. He joined the Green Party.")).toEqual([]);
  });
});

describe("whose 'his' or 'her' is after a possessive before kin", () => {
  it("is the kin named in the sentence before, not the possessive, unless in the pronoun's own sentence or of the other gender", () => {
    const spouses = (text: string) => relationsOf(text, ["SPOUSE_OF"]);
    expect(spouses("Vikram Mehra's elder daughter, Nisha Kapoor, has no role in the business. Her husband, Sameer Kapoor, sits on the board.")).toEqual([
      ["Sameer Kapoor", "SPOUSE_OF", "Nisha Kapoor", "husband"],
    ]);
    expect(relationsOf("Ebrima Jallow was held. Jallow's wife, Fatou Jallow, and his son Modou Jallow were also detained.", ["CHILD_OF"])).toEqual([
      ["Modou Jallow", "CHILD_OF", "Jallow", "son"],
    ]);
  });
});

describe("a trade practised in a place", () => {
  it("is no office of the place; an official's post there is", () => {
    expect(relationsOf("Nisha Kapoor, a paediatric surgeon in London, has no role.", ["ROLE"])).toEqual([]);
    expect(relationsOf("Paul Chipok, a lawyer in Orlando, said so.", ["ROLE"])).toEqual([]);
    expect(relationsOf("Ali Hassan, a senior official in Kirkuk, said so.", ["ROLE"])).toEqual([["Ali Hassan", "ROLE", "Kirkuk", "senior official"]]);
  });
});

describe("towns no list knows before the region they are in", () => {
  it("are places, the first of two as well", () => {
    expect(relationsOf("Russia pressed on around Avdiivka and Pokrovsk, in the eastern Donetsk region.", ["LOCATED_IN"])).toEqual([
      ["Pokrovsk", "LOCATED_IN", "Donetsk", "in"], ["Avdiivka", "LOCATED_IN", "Donetsk", "in"],
    ]);
  });
});

describe("the members a group is made up of", () => {
  it("are each a member, listed after 'made up of' or before 'which together make up'", () => {
    expect(relationsOf("The Quad, a group made up of the United States, Saudi Arabia, Egypt and the United Arab Emirates, met.", ["MEMBER_OF"]).map((r) => r[0])).toEqual([
      "United States", "Saudi Arabia", "Egypt", "United Arab Emirates",
    ]);
    expect(relationsOf("Mali, Burkina Faso and Niger, which together make up the Alliance of Sahel States (AES), left ECOWAS.", ["MEMBER_OF"]).map((r) => r[0]).sort()).toEqual([
      "Burkina Faso", "Mali", "Niger",
    ]);
  });
});

describe("a lawmaker from a town or region", () => {
  it("holds its seat, a ROLE; from a party, a membership; from a country, neither", () => {
    expect(relationsOf("Ramesh Prasad Kushwaha, the three-time legislator from Nabinagar, quit.", ["ROLE", "MEMBER_OF"])).toEqual([
      ["Ramesh Prasad Kushwaha", "ROLE", "Nabinagar", "three-time legislator"],
    ]);
    expect(relationsOf("Amal Rao, a lawmaker from the PUK, spoke.", ["ROLE", "MEMBER_OF"])).toEqual([["Amal Rao", "MEMBER_OF", "PUK", "lawmaker"]]);
    expect(relationsOf("Tom Lee, a lawmaker from Iraq, spoke.", ["ROLE", "MEMBER_OF"])).toEqual([]);
  });
});
