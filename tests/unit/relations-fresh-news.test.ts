// Relations read from news written for the purpose (data/gold/relations-fresh): a party's seat is membership,
// a group's seat and a town's region are LOCATED_IN, and the claims around them keep their speakers.
import { describe, expect, it } from "vitest";
import { resolveDocument } from "../../src/resolve/index.ts";
import { extractBody, relationsOf, resolvedRelationsOf, speakersOf } from "./relations-of.ts";

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

  it("reads membership from a party's possessive, a movement's lawmaker or candidate, and 'a Republican' after the name", () => {
    expect(relationsOf("Sinn Féin's Áine Nic Giolla topped the poll.", ["ROLE", "MEMBER_OF"])).toEqual([["Áine Nic Giolla", "MEMBER_OF", "Sinn Féin", "'s"]]);
    expect(relationsOf("Labour's leader Keir Starmer spoke.", ["ROLE", "MEMBER_OF"])).toEqual([["Keir Starmer", "ROLE", "Labour", "leader"]]);
    expect(relationsOf("Hezbollah lawmaker Ibrahim Sharara said no.", ["ROLE", "MEMBER_OF"])).toEqual([["Ibrahim Sharara", "MEMBER_OF", "Hezbollah", "lawmaker"]]);
    expect(relationsOf("Unite activist Jo Bloggs said no. Hamas candidate Ali Hassan won.", ["ROLE", "MEMBER_OF"])).toEqual([
      ["Jo Bloggs", "MEMBER_OF", "Unite", "activist"], ["Ali Hassan", "MEMBER_OF", "Hamas", "candidate"],
    ]);
    // (Not a board's seat.)
    expect(relationsOf("IG Metall board member Hans Weber agreed.", ["ROLE", "MEMBER_OF"])).toEqual([["Hans Weber", "ROLE", "IG Metall", "board member"]]);
    expect(relationsOf("Central Bank governor Paul Mwangi said no.", ["ROLE", "MEMBER_OF"])).toEqual([["Paul Mwangi", "ROLE", "Central Bank", "governor"]]);
    expect(relationsOf("Sen. Susan Collins, a Republican, said no.", ["ROLE", "MEMBER_OF"])).toEqual([["Susan Collins", "MEMBER_OF", "Republican", "Republican"]]);
    expect(resolvedRelationsOf("State Rep. Lena Ortiz, a Democrat from Glasgow, said no.")).toEqual([["Lena Ortiz", "MEMBER_OF", "Democratic Party"]]);
  });

  it("reads a company's part as its member, past the owner's description, its country's possessive or its seat", () => {
    expect(relationsOf("Meridian Growth, the venture arm of Saudi logistics conglomerate Al-Hamra Holdings, led the round.", ["MEMBER_OF"])).toEqual([
      ["Meridian Growth", "MEMBER_OF", "Al-Hamra Holdings", "venture arm"],
    ]);
    expect(relationsOf("Hanbit Energy Solutions is the U.S. arm of Seoul-based Hanbit Chemical.", ["MEMBER_OF"])).toEqual([["Hanbit Energy Solutions", "MEMBER_OF", "Hanbit Chemical", "U.S. arm"]]);
    expect(relationsOf("Apple, a subsidiary of Taiwan's Hsu Cheng Industrial Group, said no.", ["MEMBER_OF"])).toEqual([["Apple", "MEMBER_OF", "Hsu Cheng Industrial Group", "subsidiary"]]);
    expect(relationsOf("Microsoft's unit LinkedIn grew.", ["MEMBER_OF"])).toEqual([["LinkedIn", "MEMBER_OF", "Microsoft", "unit"]]);
    expect(relationsOf("Changchun, in China's Jilin province, is cold.", ["LOCATED_IN"])).toEqual([["Changchun", "LOCATED_IN", "Jilin", "in"], ["Jilin", "LOCATED_IN", "China", "in"]]);
  });

  it("reads an office past its modifier, a title before a name with 'bin', and roles by 'founded', 'runs', 'has headed', 'run by'", () => {
    expect(relationsOf("The talks were hosted by SPD state chairwoman Anja Pfeiffer.", ["ROLE"])).toEqual([["Anja Pfeiffer", "ROLE", "SPD", "state chairwoman"]]);
    expect(relationsOf("French finance minister Herve Gaymard agreed.", ["ROLE"])).toEqual([["Herve Gaymard", "ROLE", "France", "finance minister"]]);
    expect(relationsOf("The talks were hosted by Emirati President Mohamed bin Zayed.", ["ROLE"])).toEqual([["Mohamed bin Zayed", "ROLE", "United Arab Emirates", "President"]]);
    expect(relationsOf("Nathalie Arsenault, who has headed the Competition Bureau since 2022, said no.", ["ROLE"])).toEqual([["Nathalie Arsenault", "ROLE", "Competition Bureau", "head"]]);
    expect(relationsOf("Maria Corina Machado, who heads the Vente Venezuela party, said no.", ["ROLE"])).toEqual([["Maria Corina Machado", "ROLE", "Vente Venezuela", "head"]]);
    expect(relationsOf("Google, which is run by Sundar Pichai, grew.", ["ROLE"])).toEqual([["Sundar Pichai", "ROLE", "Google", "head"]]);
    expect(relationsOf("The talks were hosted by Ibrahim Sule, chairman of the haulage group Sule Transport.", ["ROLE"])).toEqual([["Ibrahim Sule", "ROLE", "Sule Transport", "chairman"]]);
  });

  it("reads a spokesman for a person, kin after 'whose' with no comma, a demonym's backing and places of two words", () => {
    expect(relationsOf("Carla Neubert, a spokeswoman for Chancellor Friedrich Merz, said no.", ["AIDE_TO", "ROLE"])).toEqual([["Carla Neubert", "AIDE_TO", "Friedrich Merz", "spokeswoman"]]);
    expect(relationsOf("Jane Doe, a spokeswoman for Tesco, said no.", ["AIDE_TO", "ROLE"])).toEqual([["Jane Doe", "ROLE", "Tesco", "spokeswoman"]]);
    expect(relationsOf("Anwar Gargash, diplomatic adviser to President Mohamed bin Zayed, said no.", ["AIDE_TO"])).toEqual([["Anwar Gargash", "AIDE_TO", "Mohamed bin Zayed", "adviser"]]);
    expect(relationsOf("Carmen Rivas, whose son Jhonny was arrested, said no.", ["CHILD_OF"])).toEqual([["Jhonny", "CHILD_OF", "Carmen Rivas", "son"]]);
    expect(resolvedRelationsOf("The Popular Forces, an Israeli-backed militia, said no.")).toEqual([["Popular Forces", "ALLIED_WITH", "Israel"]]);
    expect(relationsOf("They attacked the U.S.-backed Syrian Democratic Forces on Monday.", ["ALLIED_WITH"])).toEqual([["U.S.", "ALLIED_WITH", "Syrian Democratic Forces", "backed"]]);
    expect(relationsOf("A US-backed offensive against Daesh began.", ["ALLIED_WITH"])).toEqual([]);
    expect(relationsOf("The plant is in Ulsan, South Korea, near the port.", ["LOCATED_IN"])).toEqual([["Ulsan", "LOCATED_IN", "South Korea", ""]]);
    expect(relationsOf("Troops reached Nyala, South Darfur's capital, on Monday.", ["LOCATED_IN"])).toEqual([["Nyala", "LOCATED_IN", "South Darfur", "capital"]]);
  });

  it("reads a party's member by 'of' past the party's standing or 'also', and by the party's name alone", () => {
    expect(relationsOf("Anil Deshmane, of the ruling Bharatiya Janata Party, said no.", ["MEMBER_OF"])).toEqual([["Anil Deshmane", "MEMBER_OF", "Bharatiya Janata Party", "of"]]);
    expect(relationsOf("Henrik Aslan, also of the SPD, said no.", ["MEMBER_OF"])).toEqual([["Henrik Aslan", "MEMBER_OF", "SPD", "of"]]);
    expect(relationsOf("Mark Ellison, a Conservative, said no.", ["MEMBER_OF"])).toEqual([["Mark Ellison", "MEMBER_OF", "Conservative", "Conservative"]]);
    expect(relationsOf("He met John Smith, a Labour donor, on Friday.", ["MEMBER_OF"])).toEqual([]);
  });

  it("reads a town whatever its words look like where only a town stands: before 'in southern X', before ', the capital of'", () => {
    expect(relationsOf("Fighting hit Bint Jbeil in southern Lebanon on Monday.", ["LOCATED_IN"])).toEqual([["Bint Jbeil", "LOCATED_IN", "Lebanon", "in"]]);
    expect(relationsOf("Troops reached El Obeid, the capital of North Kordofan state, on Monday.", ["LOCATED_IN"])).toEqual([["El Obeid", "LOCATED_IN", "North Kordofan", "capital"]]);
  });

  it("reads a firm by the board or partner its possessive names, and a role held on a group's board or council", () => {
    expect(relationsOf("Renate Hoffmann, chair of Nordwerk's supervisory board, said no. Nordwerk grew.", ["ROLE"])).toEqual([["Renate Hoffmann", "ROLE", "Nordwerk", "chair"]]);
    expect(relationsOf("Jörg Weidner, head of Nordwerk's works council, said no.", ["ROLE"])).toEqual([["Jörg Weidner", "ROLE", "Nordwerk", "head"]]);
    const { x } = extractBody("Doug Sheffield, Crestline's managing partner, said no.");
    expect(x.mentions.map((m) => `${m.text}:${m.type}`)).toEqual(["Doug Sheffield:Person", "Crestline:Group"]);
  });

  it("reads 'District Attorney' as one office, a senior counsel's letters, and a constable's title", () => {
    expect(relationsOf("The court heard from Hampden County District Attorney Marisa Calloway on Monday.", ["ROLE"])).toEqual([["Marisa Calloway", "ROLE", "Hampden County", "District Attorney"]]);
    expect(resolvedRelationsOf("Declan Furlong pleaded guilty. Furlong's barrister, Conor Devane SC, said no.")).toEqual([["Conor Devane", "AIDE_TO", "Declan Furlong"]]);
    const { x } = extractBody("Reichert's wife, Const. Harpreet Sidhu, is a Mountie.");
    expect(x.mentions.find((m) => m.text === "Harpreet Sidhu")?.title?.label).toBe("Const.");
  });

  it("reads the seat of a place the recognisers found apart from the title before a name, not a portfolio", () => {
    expect(relationsOf("The rally was led by Ilemela MP Gerald Kisusi Bulugu on Monday.", ["ROLE"])).toEqual([["Gerald Kisusi Bulugu", "ROLE", "Ilemela", "MP"]]);
    expect(relationsOf("Midlands MEP Robert Kilroy Silk quit.", ["ROLE"])).toEqual([["Robert Kilroy Silk", "ROLE", "Midlands", "MEP"]]);
    expect(relationsOf("Sport Secretary Tessa Jowell agreed. Solicitor General Harriet Harman agreed.", ["ROLE"])).toEqual([]);
  });

  it("reads a person by a name's shape after an office's head, and a town's office before it", () => {
    expect(relationsOf("The rally was led by Aurangabad district magistrate Shrikant Shastri on Monday.", ["ROLE"])).toEqual([["Shrikant Shastri", "ROLE", "Aurangabad", "district magistrate"]]);
    expect(relationsOf("The rally was led by Calgary city councillor Ryan Mayer on Monday.", ["ROLE"])).toEqual([["Ryan Mayer", "ROLE", "Calgary", "city councillor"]]);
    expect(relationsOf("The rally was led by London lawyer Ryan Mayer on Monday.", ["ROLE"])).toEqual([]);
    const { x } = extractBody("German football club and former European champion Borussia Dortmund has warned it will go bankrupt.");
    expect(x.mentions.filter((m) => m.type === "Person").map((m) => m.text)).toEqual([]);
  });

  it("reads a county or compass region after a town's comma, a firm or gang by its '-based' apposition, and no office of a possessive", () => {
    expect(relationsOf("He moved to Hebden Bridge, West Yorkshire, in 2019. He was born in Seaham, County Durham, in 1990.", ["LOCATED_IN"])).toEqual([
      ["Hebden Bridge", "LOCATED_IN", "West Yorkshire", ""], ["Seaham", "LOCATED_IN", "County Durham", ""],
    ]);
    expect(relationsOf("Prosecutors named Meridian Gulf Advisory, a Dubai-based consultancy, in court.", ["LOCATED_IN"])).toEqual([["Meridian Gulf Advisory", "LOCATED_IN", "Dubai", "based in"]]);
    expect(relationsOf("Turkey detains Istanbul mayor, Erdogan's main rival, on Monday.", ["ROLE"])).toEqual([]);
  });

  it("reads a tie to the one holder of a role, after the name too", () => {
    expect(relationsOf("Mayor John Smith spoke. Jane Doe, the mayor's spokeswoman, said no.", ["AIDE_TO", "SPOUSE_OF"])).toEqual([["Jane Doe", "AIDE_TO", "John Smith", "spokeswoman"]]);
    expect(relationsOf("Jane Doe, the governor's wife, said no.", ["AIDE_TO", "SPOUSE_OF"])).toEqual([]);
  });

  it("reads in-laws, a marriage's length, and a person named after a kin's 'of' whose words no list knows", () => {
    expect(relationsOf("Abul Kashem Bhuiyan, the father-in-law of Mahbub Rahman Sarkar, said no.", ["RELATIVE_OF"])).toEqual([["Abul Kashem Bhuiyan", "RELATIVE_OF", "Mahbub Rahman Sarkar", "father-in-law"]]);
    expect(relationsOf("Harbhajan Singh Walia died on Monday. He is survived by his wife of 68 years, Surinder Kaur.", ["SPOUSE_OF"])).toEqual([["Surinder Kaur", "SPOUSE_OF", "Harbhajan Singh Walia", "wife"]]);
    expect(relationsOf("Mussa Lukuba is the younger brother of Renatus Juma Lukuba.", ["SIBLING_OF"])).toEqual([["Mussa Lukuba", "SIBLING_OF", "Renatus Juma Lukuba", "brother"]]);
    const { x } = extractBody("Christine Pelosi, daughter of House Democratic Leader Nancy Pelosi, spoke.");
    expect(x.mentions.filter((m) => m.type === "Person").map((m) => m.text)).toEqual(["Christine Pelosi", "Nancy Pelosi"]);
  });

  it("reads a party switch later in the sentence its subject opens, not another person's", () => {
    expect(relationsOf("Ramesh Kushwaha quit the Rashtriya Janata Dal on Monday and joined the Janata Dal (United) with his son.", ["MEMBER_OF"])).toEqual([
      ["Ramesh Kushwaha", "MEMBER_OF", "Janata Dal", "joined"],
    ]);
    expect(relationsOf("John Smith said Mary Jones had joined Google.", ["MEMBER_OF"])).toEqual([["Mary Jones", "MEMBER_OF", "Google", "joined"]]);
  });

  it("reads a side others take the name for, and a body's secretary general as its office", () => {
    expect(relationsOf("John Smith is seen as a close ally of Tony Blair.", ["ALLIED_WITH"])).toEqual([["John Smith", "ALLIED_WITH", "Tony Blair", "close ally"]]);
    expect(relationsOf("Gordon Brown is widely regarded as a fierce critic of Tony Blair.", ["OPPOSES"])).toEqual([["Gordon Brown", "OPPOSES", "Tony Blair", "fierce critic"]]);
    expect(relationsOf("Doug Sheffield, Vox's secretary general, said no.", ["ROLE"])).toEqual([["Doug Sheffield", "ROLE", "Vox", "secretary general"]]);
  });

  it("reads a campaign's staff as the candidate's aides", () => {
    expect(relationsOf("Áine Nic Giolla won. Nic Giolla's campaign manager, Eoin Daly, said no.", ["AIDE_TO"])).toEqual([["Eoin Daly", "AIDE_TO", "Nic Giolla", "campaign manager"]]);
    expect(relationsOf("Renata Guimarães was nominated. Her campaign coordinator, Thiago Rezende, said no.", ["AIDE_TO"])).toEqual([["Thiago Rezende", "AIDE_TO", "Renata Guimarães", "campaign coordinator"]]);
    expect(relationsOf("Chelsea's manager, Jose Mourinho, said no.", ["AIDE_TO"])).toEqual([]);
  });

  it("reads a group's role past the acronym its name defines", () => {
    expect(relationsOf("The Kurdistan Democratic Party (KDP) leader Masoud Barzani said no.", ["ROLE"])).toEqual([["Masoud Barzani", "ROLE", "Kurdistan Democratic Party", "leader"]]);
  });

  it("knows major parties of other countries, without acronyms other bodies share", () => {
    expect(relationsOf("Fidesz lawmaker Bence Halmai said no. The Kuomintang's Eric Chu agreed.", ["MEMBER_OF"])).toEqual([
      ["Bence Halmai", "MEMBER_OF", "Fidesz", "lawmaker"], ["Eric Chu", "MEMBER_OF", "Kuomintang", "'s"],
    ]);
    expect(resolvedRelationsOf("The British National Party (BNP) met. BNP leader Nick Griffin spoke.")).toEqual([["Nick Griffin", "ROLE", "British National Party"]]);
  });

  it("takes a side with the person a place's or a party's title names, not with the place", () => {
    expect(relationsOf("Hélène Castagna, a close ally of Var senator Pierre Aubanel, said no.", ["ALLIED_WITH"])).toEqual([["Hélène Castagna", "ALLIED_WITH", "Pierre Aubanel", "close ally"]]);
    expect(relationsOf("John Smith, a fierce critic of Labour leader Keir Starmer, said no.", ["OPPOSES"])).toEqual([["John Smith", "OPPOSES", "Keir Starmer", "fierce critic"]]);
    expect(relationsOf("John Smith, a close ally of Hamas, said no.", ["ALLIED_WITH"])).toEqual([["John Smith", "ALLIED_WITH", "Hamas", "close ally"]]);
  });

  it("keeps, once resolved, only relations whose ends have the types the relation joins", () => {
    // "Falkner" is the person Konrad Falkner here, so no role is held of it.
    expect(relationsOf("Konrad Falkner chairs the board. Falkner Chief Financial Officer Anja Brandt agreed.", ["ROLE"])).toEqual([["Anja Brandt", "ROLE", "Falkner", "Chief Financial Officer"]]);
    expect(resolvedRelationsOf("Konrad Falkner chairs the board. Falkner Chief Financial Officer Anja Brandt agreed.")).toEqual([]);
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

describe("roles, aides and sides written other ways", () => {
  it("reads a country's office after its demonym or possessive, past a portfolio's name or an honorific", () => {
    expect(relationsOf("Ugandan President Yoweri Museveni met Estonian Defence Minister Kadri Tamm.", ["ROLE"])).toEqual([
      ["Yoweri Museveni", "ROLE", "Uganda", "President"], ["Kadri Tamm", "ROLE", "Estonia", "Defence Minister"],
    ]);
    expect(relationsOf("Pakistan's Water Resources Minister, Ahsan Qureshi, said no.", ["ROLE"])).toEqual([["Ahsan Qureshi", "ROLE", "Pakistan", "Water Resources Minister"]]);
    expect(relationsOf("The Qatari emir, Sheikh Tamim bin Hamad Al Thani, hosted them.", ["ROLE"])).toEqual([["Tamim bin Hamad Al Thani", "ROLE", "Qatar", "emir"]]);
    // (A body's own role is that body's: "Iran's Revolutionary Guards commander".)
    expect(relationsOf("Iran's Revolutionary Guards commander, Qassem Soleimani, arrived.", ["ROLE"])).toEqual([["Qassem Soleimani", "ROLE", "Revolutionary Guards", "commander"]]);
    expect(relationsOf("Vicente Lloris, who served as Valencia's regional transport minister, was charged.", ["ROLE"])).toEqual([
      ["Vicente Lloris", "ROLE", "Valencia", "regional transport minister"],
    ]);
  });

  it("keeps, once resolved, a place that only a tag or a demonym names", () => {
    expect(resolvedRelationsOf("Sen. Ray Tolliver, I-Maine, voted no.")).toEqual([["Ray Tolliver", "ROLE", "Maine"]]);
    expect(resolvedRelationsOf("Rep. Elena Vasquez, D-Calif., said no.")).toEqual([["Elena Vasquez", "MEMBER_OF", "Democratic Party"], ["Elena Vasquez", "ROLE", "California"]]);
    expect(resolvedRelationsOf("The talks were hosted by South African president Thabo Mbeki.")).toEqual([["Thabo Mbeki", "ROLE", "South Africa"]]);
    expect(resolvedRelationsOf("The Qatari emir, Sheikh Tamim bin Hamad, flew in.")).toEqual([["Tamim bin Hamad", "ROLE", "Qatar"]]);
  });

  it("reads an office a relative clause names, a commander-in-chief and a region's demonym", () => {
    expect(relationsOf("Belarus, whose leader Alexander Lukashenko has allowed Russian troops in, said nothing.", ["ROLE"])).toEqual([["Alexander Lukashenko", "ROLE", "Belarus", "leader"]]);
    expect(relationsOf("Tehran, whose mayor, Ali Karimi, spoke first, is big.", ["ROLE"])).toEqual([["Ali Karimi", "ROLE", "Tehran", "mayor"]]);
    expect(relationsOf("Iran, whose Foreign Minister, Javad Zarif, spoke, was absent.", ["ROLE"])).toEqual([["Javad Zarif", "ROLE", "Iran", "Foreign Minister"]]);
    expect(relationsOf("The company, whose shares fell, said Microsoft had left.", ["ROLE"])).toEqual([]);
    expect(relationsOf("The SDF's commander-in-chief, Mazloum Abdi, said no.", ["ROLE"])).toEqual([["Mazloum Abdi", "ROLE", "SDF", "commander-in-chief"]]);
    expect(resolvedRelationsOf("Bavarian Premier Markus Söder said no.")).toEqual([["Markus Söder", "ROLE", "Bavaria"]]);
    expect(relationsOf("A Texan oil billionaire, John Doe, spoke.", ["ROLE"])).toEqual([]);
  });

  it("reads the state of a lawmaker's tag and a leader after 'led by' and a title", () => {
    expect(relationsOf("Sen. Ray Tolliver, I-Maine, voted no.", ["ROLE", "MEMBER_OF"])).toEqual([["Ray Tolliver", "ROLE", "Maine", "Sen."]]);
    expect(relationsOf("Rep. Maria Delgado (D-Calif.) disagreed.", ["ROLE"])).toEqual([["Maria Delgado", "ROLE", "California", "Rep."]]);
    expect(relationsOf("The New Generation movement, led by businessman Shaswar Abdulwahid, came third.", ["ROLE"])).toEqual([
      ["Shaswar Abdulwahid", "ROLE", "New Generation", "leader"],
    ]);
  });

  it("reads a chief of staff and an aide named by a possessive", () => {
    expect(relationsOf("Masrour Barzani's chief of staff, Omed Sabah, declined to comment.", ["AIDE_TO"])).toEqual([["Omed Sabah", "AIDE_TO", "Masrour Barzani", "chief of staff"]]);
    expect(relationsOf("Mark Rutte arrived in Ankara. His chief of staff, Pieter van Dam, said the summit was useful.", ["AIDE_TO"])).toEqual([
      ["Pieter van Dam", "AIDE_TO", "Mark Rutte", "chief of staff"],
    ]);
    expect(relationsOf("Felix Tshisekedi's security adviser, Patrick Ilunga, agreed.", ["AIDE_TO"])).toEqual([["Patrick Ilunga", "AIDE_TO", "Felix Tshisekedi", "security adviser"]]);
  });

  it("reads sides: past a title, after 'has been', by a possessive, without an article, fighting and backing", () => {
    const sides = ["ALLIED_WITH", "OPPOSES", "MEMBER_OF"];
    expect(relationsOf("Burundi, a close ally of Congolese President Félix Tshisekedi, sent troops.", sides)).toEqual([["Burundi", "ALLIED_WITH", "Félix Tshisekedi", "close ally"]]);
    expect(relationsOf("Imran Khan has been a bitter rival of Nawaz Sharif.", sides)).toEqual([["Imran Khan", "OPPOSES", "Nawaz Sharif", "bitter rival"]]);
    expect(relationsOf("The Patriotic Union of Kurdistan (PUK), the KDP's long-time rival, won.", sides)).toEqual([["Patriotic Union of Kurdistan", "OPPOSES", "KDP", "long-time rival"]]);
    expect(relationsOf("The Social Democratic Party (SPD), the CDU's junior coalition partner, left.", sides)).toEqual([["Social Democratic Party", "ALLIED_WITH", "CDU", "junior coalition partner"]]);
    expect(relationsOf("Uganda has been fighting the Allied Democratic Forces since 2021.", sides)).toEqual([["Uganda", "OPPOSES", "Allied Democratic Forces", "been fighting"]]);
    expect(relationsOf("Kataib Hezbollah, which is backed by Iran's Islamic Revolutionary Guard Corps, denied it.", sides)).toEqual([
      ["Islamic Revolutionary Guard Corps", "ALLIED_WITH", "Kataib Hezbollah", "backed by"],
    ]);
    expect(relationsOf("Iran-backed Houthi rebels fired. Finland, which joined NATO in 2023, agreed.", sides)).toEqual([
      ["Iran", "ALLIED_WITH", "Houthi", "backed"], ["Finland", "MEMBER_OF", "NATO", "joined"],
    ]);
    // (The seeds: a backing of an offensive, not of the group it is against.)
    expect(relationsOf("Kirkuk fell to a US-backed offensive against Daesh.", sides)).toEqual([]);
  });
});

describe("whose kin, whose side", () => {
  it("takes 'his' after 'X and', and no preposition's object when the sentence before describes its subject", () => {
    expect(relationsOf("Prosecutors say the flat was used by Lloris and his wife, Carmen Ferrer, Rafael Ferrer's sister.", ["SPOUSE_OF", "SIBLING_OF"])).toEqual([
      ["Carmen Ferrer", "SIBLING_OF", "Rafael Ferrer", "sister"], ["Carmen Ferrer", "SPOUSE_OF", "Lloris", "wife"],
    ]);
    expect(relationsOf("The bride wore a gown by the Milan designer Carla Benedetti. Her brother, Finn Calder, gave a speech.", ["SIBLING_OF"])).toEqual([]);
    expect(relationsOf("The buy-back is a victory for chairman Mukesh Ambani. His brother Anil, the vice-chairman, was not consulted.", ["SIBLING_OF"])).toEqual([
      ["Anil", "SIBLING_OF", "Mukesh Ambani", "brother"],
    ]);
  });

  it("reads a side only of the sentence's subject after a comma and a verb", () => {
    const sides = ["ALLIED_WITH", "OPPOSES"];
    expect(relationsOf("PUK leader Bafel Talabani, the son of the late president Jalal Talabani, has been a long-time rival of Masoud Barzani.", sides)).toEqual([]);
    expect(relationsOf("The Rovers Supporters' Trust, led by Sandra Pike, has been a fierce critic of Kessler.", sides)).toEqual([]);
  });

  it("knows more parties and seats", () => {
    expect(relationsOf("Padraig Walsh, the Fine Gael TD, said no. Labor backbencher Tim Ashworth objected.", ["MEMBER_OF"])).toEqual([
      ["Padraig Walsh", "MEMBER_OF", "Fine Gael", "TD"],
    ]);
    expect(relationsOf("Nawaz Sharif, the PML-N president, agreed.", ["ROLE"])).toEqual([["Nawaz Sharif", "ROLE", "PML-N", "president"]]);
  });
});

describe("whose office", () => {
  it("gives a diplomat to the country that sends, not the one it is posted to", () => {
    expect(relationsOf("Oman was represented by its ambassador to Qatar, Said Al Harthy.", ["ROLE"])).toEqual([]);
    expect(relationsOf("The U.S. special envoy for Sudan, Mark Delaney, said no.", ["ROLE"])).toEqual([["Mark Delaney", "ROLE", "U.S.", "special envoy for Sudan"]]);
  });

  it("reads a party member's office of a council, a party's minister, and no role of a place a field is taught in", () => {
    expect(relationsOf("Angela Brierley, the Labour leader of Castlebury City Council, resigned.", ["ROLE", "MEMBER_OF"])).toEqual([
      ["Angela Brierley", "MEMBER_OF", "Labour", "leader"], ["Angela Brierley", "ROLE", "Castlebury City Council", "leader"],
    ]);
    expect(relationsOf("Seán Corrigan, Fianna Fáil minister, died.", ["ROLE", "MEMBER_OF"])).toEqual([["Seán Corrigan", "MEMBER_OF", "Fianna Fáil", "minister"]]);
    expect(relationsOf("Choi Eun-ji, a professor of international relations in Seoul, said no.", ["ROLE"])).toEqual([]);
  });
});

describe("a group's last words", () => {
  const entitiesOf = (text: string) => {
    const { document, x } = extractBody(text);
    return resolveDocument(document, x).entities.filter((e) => e.type === "Group").map((e) => [e.name, ...e.aliases].join(" | "));
  };
  it("are the one group the document names with them, not a company's own name nor a party", () => {
    expect(entitiesOf("Ashford Rovers lost again on Saturday. Rovers captain Lewis Hartley said the team was tired.")).toEqual(["Ashford Rovers | Rovers"]);
    expect(entitiesOf("Bristol Rovers beat Blackburn Rovers on Saturday. Rovers captain Lewis Hartley said so.")).toEqual(["Bristol Rovers", "Blackburn Rovers", "Rovers"]);
    expect(entitiesOf("Four Kings Intel opened a shop. Intel said sales rose.")).toEqual(["Four Kings Intel", "Intel"]);
  });
});

describe("kin and aides named with more words", () => {
  it("reads kin past an age, a description of the other or a 'whose', and an aide to a titled person", () => {
    const ties = ["CHILD_OF", "PARENT_OF", "SIBLING_OF", "SPOUSE_OF", "RELATIVE_OF", "AIDE_TO"];
    expect(relationsOf("Lila Calder, the 29-year-old daughter of Oscar-winning actress Marianne Doyle, married.", ties)).toEqual([["Lila Calder", "CHILD_OF", "Marianne Doyle", "daughter"]]);
    expect(relationsOf("Theo Ashworth is the grandson of the late shipping magnate Sir Geoffrey Pell.", ties)).toEqual([["Theo Ashworth", "RELATIVE_OF", "Geoffrey Pell", "grandson"]]);
    expect(relationsOf("Jamie Ellery, Tom Ellery's 20-year-old son, scored. Edith Calder, 91, Rafe Calder's mother, wept.", ties)).toEqual([
      ["Jamie Ellery", "CHILD_OF", "Tom Ellery", "20-year-old son"], ["Edith Calder", "PARENT_OF", "Rafe Calder", "mother"],
    ]);
    expect(relationsOf("Lucia Mendoza, whose husband, Raul Tello, is a councillor, won.", ties)).toEqual([["Raul Tello", "SPOUSE_OF", "Lucia Mendoza", "husband"]]);
    expect(relationsOf("Jassim Al Kuwari, an adviser to the Qatari emir, Sheikh Tamim bin Hamad Al Thani, spoke.", ties)).toEqual([
      ["Jassim Al Kuwari", "AIDE_TO", "Tamim bin Hamad Al Thani", "adviser"],
    ]);
  });

  it("follows 'her' back along sentences that name no one, to a woman, when it opens its sentence", () => {
    const text = "Denise Kowalczyk is at the gate. \"They want us to pay,\" she said. She grew up near the mill. Her father, Stan Kowalczyk, welded there.";
    expect(relationsOf(text, ["PARENT_OF"])).toEqual([["Stan Kowalczyk", "PARENT_OF", "Denise Kowalczyk", "father"]]);
    expect(relationsOf("Mrs Parker Bowles may marry. Some 47% believe she should have no title. Most would prefer the Queen handing the throne to her grandson Prince William.", ["RELATIVE_OF"])).toEqual([]);
  });
});

describe("ties that were, and sides by a verb", () => {
  it("reads a former aide or kin with 'former' in its label, to the person a group's title names", () => {
    expect(relationsOf("Declan Moran, Corrigan's former adviser, spoke.", ["AIDE_TO"])).toEqual([["Declan Moran", "AIDE_TO", "Corrigan", "former adviser"]]);
    expect(relationsOf("Hemin Saleh, a former adviser to KDP leader Masoud Barzani, said no.", ["AIDE_TO", "ROLE"])).toEqual([
      ["Hemin Saleh", "AIDE_TO", "Masoud Barzani", "former adviser"], ["Masoud Barzani", "ROLE", "KDP", "leader"],
    ]);
  });

  it("reads 'X married Y', past Y's trade, not a possessive's kin", () => {
    expect(relationsOf("Lila Calder married the architect Theo Ashworth in Florence. John Smith married Jane Doe's daughter.", ["SPOUSE_OF"])).toEqual([
      ["Lila Calder", "SPOUSE_OF", "Theo Ashworth", "married"],
    ]);
  });

  it("reads 'belonged to' and 'is loyal to'", () => {
    expect(relationsOf("Mustafa al-Maliki, who also belonged to Kataib Hezbollah, died. Kataib Hezbollah is loyal to Iran.", ["MEMBER_OF", "ALLIED_WITH"])).toEqual([
      ["Mustafa al-Maliki", "MEMBER_OF", "Kataib Hezbollah", "belonged to"], ["Kataib Hezbollah", "ALLIED_WITH", "Iran", "loyal to"],
    ]);
  });
});
