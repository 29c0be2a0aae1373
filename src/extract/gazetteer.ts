// A small curated list of names that news mentions often and that compromise's lexicon lacks or
// types wrongly. The first name of an entry is its canonical form; the others are aliases that
// resolution folds into it (Daesh = ISIS = Islamic State). Acronyms match only in upper case.
import type { EntityType } from "../types/index.ts";

export interface GazetteerEntry {
  names: readonly string[];
  type: EntityType;
  kind: string;
}

const G = (kind: string, ...names: string[]): GazetteerEntry => ({ names, type: "Group", kind });
const P = (kind: string, ...names: string[]): GazetteerEntry => ({ names, type: "Place", kind });

/**
 * Letters the gazetteer reads one way only where the story is of that world (mentions.ts; resolution keys no entity by
 * them, ids.ts): "FSA" is the Free Syrian Army in news of Syria, the UK's Financial Services Authority in its business
 * news of 2005; "ICC" the criminal court, not cricket's council.
 */
export const ACRONYMS_IN_CONTEXT: ReadonlyMap<string, RegExp> = new Map([
  ["FSA", /\bSyri/],
  ["ICC", /\b(?:[Cc]riminal [Cc]ourt|Hague|prosecutors?|war crimes?|warrants?|genocide)\b/],
]);

export const GAZETTEER: readonly GazetteerEntry[] = [
  // International bodies
  G("international", "United Nations", "UN", "U.N."),
  G("international", "European Union", "EU", "E.U."),
  G("international", "NATO", "Nato"),
  G("international", "OPEC", "Opec"),
  // OPEC and its allies (Russia, Kazakhstan, ...), a body of its own in oil news
  G("international", "OPEC+", "Opec+", "OPEC Plus", "Opec Plus"),
  G("international", "International Monetary Fund", "IMF"),
  G("international", "World Bank"),
  G("international", "World Trade Organization", "World Trade Organisation", "WTO"),
  G("international", "World Health Organization", "World Health Organisation", "WHO"),
  G("international", "UN Security Council", "Security Council"),
  G("international", "Arab League"),
  G("international", "African Union"),
  G("international", "Economic Community of West African States", "ECOWAS", "Ecowas"),
  G("organisation", "White Helmets", "Syria Civil Defence"),
  G("international", "International Committee of the Red Cross", "Red Cross", "ICRC"),
  G("international", "Red Crescent"),
  G("international", "UN Refugee Agency", "UNHCR"),
  G("international", "UNICEF", "Unicef"),
  G("international", "World Food Programme", "World Food Program", "WFP"),
  G("international", "UNRWA"),
  G("international", "International Criminal Court", "ICC"),
  G("international", "International Atomic Energy Agency", "IAEA"),
  G("international", "European Commission"),
  G("international", "European Parliament"),
  G("international", "European Central Bank", "ECB"),
  G("international", "Amnesty International"),
  G("international", "Human Rights Watch"),
  G("international", "Oxfam"),
  G("international", "Greenpeace"),
  G("international", "Syrian Observatory for Human Rights", "SOHR"),
  G("international", "Friends of the Earth"),
  G("international", "WWF"),
  G("international", "Save the Children"),
  G("international", "Médecins Sans Frontières", "Medecins Sans Frontieres", "Doctors Without Borders", "MSF"),
  G("international", "Transparency International"),
  G("international", "Reporters Without Borders"), // not "RSF": Sudan's Rapid Support Forces
  G("international", "Committee to Protect Journalists", "CPJ"),
  G("international", "Christian Aid"),
  G("international", "G7"),
  G("international", "G8"),
  G("international", "G20"),
  G("international", "OECD"),
  G("international", "Interpol"),
  // Media and platforms
  G("media", "Reuters"),
  G("media", "Associated Press", "AP"),
  G("media", "Agence France-Presse", "AFP"),
  G("media", "BBC"),
  G("media", "BBC Radio 4", "Radio 4"),
  G("media", "BBC Radio 1", "Radio 1"),
  G("media", "BBC Radio 2", "Radio 2"),
  G("media", "BBC Radio 3", "Radio 3"),
  G("media", "BBC Radio 5 Live", "Radio 5 Live", "Five Live"),
  G("media", "CNN"),
  // The US networks, often named alone before a programme ("told CBS's \"Face the Nation\"")
  G("media", "CBS", "CBS News"),
  G("media", "ABC News"), // not "ABC" alone: Australia's ABC, a shop or a party elsewhere
  G("media", "NBC", "NBC News"),
  G("media", "CNBC"),
  G("media", "NPR"),
  G("media", "Al Jazeera", "Al-Jazeera"),
  G("media", "Al Arabiya"),
  G("media", "Bloomberg"),
  G("media", "Sky News"),
  G("media", "ITV"),
  G("media", "GMTV"),
  G("media", "Channel 4"),
  G("media", "Fox News"),
  G("media", "The New York Times", "New York Times"),
  G("media", "The Washington Post", "Washington Post"),
  G("media", "The Wall Street Journal", "Wall Street Journal"),
  G("media", "Financial Times"),
  G("media", "The Guardian"),
  G("media", "The Times"),
  G("media", "The Economist"),
  G("media", "The Independent"),
  G("media", "Daily Telegraph", "The Daily Telegraph"),
  G("media", "Daily Mail"),
  G("media", "Press Association"),
  G("media", "Xinhua"),
  G("media", "Interfax"),
  G("media", "Tass", "TASS"),
  G("media", "Anadolu Agency", "Anadolu"),
  G("media", "Rudaw"),
  G("media", "Kurdistan 24", "Kurdistan24"),
  G("media", "Shafaq News"),
  G("media", "Iraqi News Agency", "INA"),
  G("media", "IRNA"),
  G("media", "Tasnim"),
  G("media", "SANA"),
  G("media", "WAFA"),
  G("media", "Yonhap"),
  G("media", "Kyodo"),
  G("media", "Deutsche Presse-Agentur", "dpa"),
  G("media", "Bild"),
  G("media", "Der Spiegel", "Spiegel"),
  G("media", "Le Monde"),
  G("media", "Haaretz"),
  G("media", "Asharq Al-Awsat"),
  G("media", "Al-Monitor"),
  G("media", "Middle East Eye"),
  G("media", "Politico"),
  G("media", "Axios"),
  G("media", "NPR"),
  G("media", "CNBC"),
  G("media", "MSNBC"),
  G("media", "USA Today"),
  G("media", "Los Angeles Times"),
  G("media", "Newsweek"),
  G("media", "Sky Sports"),
  G("media", "BT Sport"),
  G("media", "ESPN"), G("media", "beIN Sports"), G("media", "beIN"),
  G("media", "talkSPORT"),
  G("media", "LBC"),
  G("company", "Marks & Spencer", "M&S"),
  // Credit rating agencies ("Standard" is no newspaper here, and the name keeps its "'s"; "Moody's" the tokenizer reads as a possessive)
  G("company", "Standard & Poor's", "Standard & Poor", "S&P"),
  G("company", "Fitch Ratings", "Fitch"),
  G("government", "Information Commissioner's Office", "ICO"),
  G("company", "William Hill"), // a bookmaker, not a hill nor its namesake
  // Banks named after their founders, which the NER takes for people ("Morgan Stanley analyst Betsy Graseck")
  G("company", "Morgan Stanley"),
  G("company", "Goldman Sachs"),
  G("company", "JPMorgan Chase", "JPMorgan", "JP Morgan", "J.P. Morgan"),
  G("company", "Charles Schwab"),
  // Telecoms the NER reads by their letters alone ("BT announced", with word clusters that put "bt" among Czech names)
  G("company", "BT", "British Telecom", "BT Group"),
  // Economic consultancies quoted daily, whose names are common words ("Capital" the NER reads as a place)
  G("company", "Capital Economics"),
  // A national oil company the NER splits at its nationality ("Saudi" MISC, "Aramco" ORG)
  G("company", "Saudi Aramco", "Aramco"),
  G("company", "Oxford Economics"),
  G("company", "Ladbrokes"),
  // Written with a lower-case first letter (units.ts takes them as names only because they are listed here)
  G("company", "eBay"),
  G("company", "easyJet"),
  G("company", "Twitter"),
  G("company", "Facebook"),
  G("company", "Apple"),
  // The retailer; after "the" it is the river or the forest (classify.ts).
  G("company", "Amazon"),
  // Platforms the NER, trained on 1996 news, takes for places ("on Instagram", "on Telegram").
  G("company", "Instagram"),
  G("company", "Telegram"),
  G("company", "YouTube"),
  G("company", "TikTok"),
  G("company", "WhatsApp"),
  G("company", "Google"),
  G("company", "Microsoft"),
  G("company", "OpenAI"),
  G("company", "Nvidia"),
  // Companies younger than the NER's training news, by names that are no ordinary word or place.
  ...["Spotify", "Netflix", "Uber", "Airbnb", "ByteDance", "SpaceX", "Starlink", "Huawei", "Alibaba", "Tencent", "Reddit",
    "Snapchat", "LinkedIn", "PayPal", "Shein", "Temu", "Anthropic", "DeepSeek", "Meta", "Alphabet", "Tesla", "Fujitsu", "Samsung",
    "Boeing", "Airbus", "Ask Jeeves", "Standard Chartered", "Gulf Keystone", "Gulf Keystone Petroleum", "Genel Energy", "Credit Suisse", "Credit Agricole", "CrowdStrike", "Palantir", "Arm Holdings"].map((name) => G("company", name)),
  // Airlines whose names are a place's and a word: "Egypt Air" is no place.
  ...["Egypt Air", "EgyptAir", "Royal Jordanian", "Middle East Airlines", "Qatar Airways", "Turkish Airlines", "Emirates Airline",
    "Etihad Airways", "Iraqi Airways", "British Airways", "Air France", "Lufthansa", "Ryanair", "easyJet", "Aer Lingus",
    "Saudia", "Flydubai", "Pegasus Airlines"].map((name) => G("company", name)),
  // Universities news names by one word ("Harvard President Alan Garber"); not Oxford or Cambridge, cities too.
  G("organisation", "Harvard University", "Harvard"),
  G("organisation", "Yale University", "Yale"),
  G("organisation", "Stanford University", "Stanford"),
  G("organisation", "Massachusetts Institute of Technology", "MIT"),
  // Trade unions news names by a word or an acronym only (kind "union": "The company insists" after "Unite said" is not Unite)
  G("union", "Trades Union Congress", "TUC"),
  G("union", "Unite", "Unite union"),
  G("union", "Unison"),
  G("union", "GMB"),
  G("union", "RMT", "Rail, Maritime and Transport union"),
  G("union", "Aslef"),
  G("union", "National Education Union", "NEU"),
  G("organisation", "British Medical Association", "BMA"),
  G("organisation", "Royal College of Nursing", "RCN"),
  G("union", "United Auto Workers", "UAW"),
  G("union", "AFL-CIO"),
  G("union", "Teamsters"),
  // Business lobbies quoted by a short name
  G("organisation", "Confederation of British Industry", "CBI"),
  G("organisation", "UK Finance"),
  G("organisation", "British Chambers of Commerce"),
  G("organisation", "Institute of Directors", "IoD"),
  G("organisation", "Federation of Small Businesses"), // not "FSB": Russia's security service
  // Leagues and clubs whose names the NER splits ("La" a body, "Liga" a person; "Paris" a place)
  G("organisation", "La Liga", "LaLiga"),
  G("organisation", "UK Athletics"), // not the UK and a word
  P("place", "Centre Court"), // Wimbledon's, not a court of law
  G("club", "Paris St-Germain", "Paris Saint-Germain", "PSG"),
  G("club", "Inter Milan", "Internazionale", "Inter"), // not Inter and a man named Milan
  G("club", "AC Milan"),
  G("organisation", "England and Wales Cricket Board"), // not "Wales Cricket Board" (its "ECB" is the central bank's here)
  G("club", "West Ham United", "West Ham"), // not a place
  G("club", "Galatasaray"), G("club", "Fenerbahçe", "Fenerbahce"), G("club", "Beşiktaş", "Besiktas"), // which the NER takes for people
  G("club", "Real Betis", "Betis"), G("club", "Real Sociedad", "Sociedad"), // not "Real" and a man
  P("place", "Roland Garros"), // the French Open's stadium, not a man
  // Charities quoted by name in health and science news
  G("organisation", "Cancer Research UK"),
  ...["Parkinson's UK", "Alzheimer's Research UK", "Diabetes UK", "Age UK", "Asthma + Lung UK", "Kidney Care UK"].map((name) => G("organisation", name)),
  G("organisation", "Planned Parenthood"), // not the verb "planned" before a name
  G("government", "Homes England", "Historic England", "Natural England", "Sport England", "Arts Council England"), // not the country
  // Armed forces, militias, militant groups
  G("armed_force", "General Staff"), // "Ukraine's General Staff said": the army's command, not General Staff the man
  G("armed_force", "Peshmerga"),
  G("armed_force", "Popular Mobilization Forces", "Popular Mobilisation Forces", "Hashed Al-Shaabi", "Hashd al-Shaabi", "Hashed al-Shaabi", "Hashd Al-Shaabi", "Popular Mobilization Units", "PMF", "PMU"),
  G("armed_force", "Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State group"),
  G("armed_force", "al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida"),
  G("armed_force", "Taliban"),
  G("armed_force", "Hezbollah", "Hizbollah"),
  G("armed_force", "Hamas"),
  G("armed_force", "Kurdistan Workers' Party", "PKK"),
  G("armed_force", "YPG"),
  G("armed_force", "Syrian Democratic Forces", "SDF"),
  G("armed_force", "Free Syrian Army", "FSA"),
  G("armed_force", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard", "IRGC"),
  G("armed_force", "Quds Force"),
  G("armed_force", "Boko Haram"),
  G("armed_force", "al-Shabab", "Al-Shabab"),
  G("armed_force", "Houthis", "Houthi"),
  G("armed_force", "Pentagon"),
  G("armed_force", "An Garda Síochána", "Garda Síochána", "Garda Siochana"), // Ireland's police; not a person
  G("government", "CIA"),
  G("government", "FBI"),
  G("government", "MI5"),
  G("government", "MI6"),
  // Central banks, often named before their officers' titles ("Bundesbank president Joachim Nagel")
  G("government", "Federal Reserve", "Fed", "US Federal Reserve", "U.S. Federal Reserve"),
  ...["Bundesbank", "Bank of England", "Bank of Japan", "People's Bank of China", "Reserve Bank of India",
    "Banque de France", "Swiss National Bank"].map((name) => G("government", name)),
  // Regulators news names by their initials after the full name once ("the SEC had accused", "the CMA said")
  G("government", "Securities and Exchange Commission", "SEC", "US Securities and Exchange Commission", "U.S. Securities and Exchange Commission"),
  G("government", "Federal Trade Commission", "FTC", "US Federal Trade Commission"),
  G("government", "Food and Drug Administration", "FDA", "US Food and Drug Administration"),
  G("government", "Department of Justice", "Justice Department", "US Justice Department", "US Department of Justice", "U.S. Department of Justice", "DOJ"),
  G("government", "Financial Conduct Authority", "FCA"),
  G("government", "Competition and Markets Authority", "CMA"),
  G("government", "Ofcom"),
  G("government", "Ofgem"),
  // Governments and legislatures
  G("government", "Kurdistan Regional Government", "KRG"),
  G("government", "White House"),
  G("government", "Kremlin"),
  G("government", "Downing Street"),
  G("government", "Élysée Palace", "Élysée", "Elysee Palace", "Elysee"), // France's presidency, not a place that speaks
  G("government", "Whitehall"),
  G("government", "Congress"),
  G("government", "US Senate", "U.S. Senate"),
  G("government", "Senate"), // the US Senate only in American news (mentions.ts), a senate of its own elsewhere
  G("government", "House of Representatives"),
  G("government", "House of Commons", "Commons"),
  G("government", "House of Lords"),
  G("government", "Home Office"),
  // Parliaments news calls by their own words, no head word to type them ("raised it in the Dáil", "told the Knesset").
  G("government", "Dáil Éireann", "Dáil", "Dail"),
  G("government", "Seanad Éireann", "Seanad"),
  G("government", "Oireachtas"),
  G("government", "Senedd"),
  G("government", "Majlis"),
  G("government", "Knesset"),
  G("government", "Bundestag"),
  G("government", "Bundesrat"),
  G("government", "State Duma", "Duma"),
  G("government", "Sejm"),
  G("government", "Storting"),
  G("government", "Riksdag"),
  G("government", "Folketing"),
  G("government", "Lok Sabha"),
  G("government", "Rajya Sabha"),
  G("government", "Verkhovna Rada"),
  G("government", "Jatiya Sangsad"),
  // The health services of the nations, not "NHS" and a country.
  G("government", "NHS England"),
  G("government", "NHS Scotland"),
  G("government", "NHS Wales"),
  // Bodies of the nations named "<field> <nation>", not a field and a country: "Care England, which represents providers".
  ...["Sport England", "Natural England", "Historic England", "Arts Council England", "Public Health England", "Health Education England",
    "Public Health Scotland", "Creative Scotland", "Sport Wales", "Public Health Wales"].map((name) => G("government", name)),
  G("organisation", "Care England"),
  G("government", "Foreign Office"),
  G("government", "Treasury"),
  G("government", "State Department", "US State Department", "U.S. State Department", "US Department of State"),
  // Parties
  G("party", "Labour Party", "Labour"),
  G("party", "Conservative Party", "Conservatives", "Tories", "Tory Party", "Tory", "Conservative"),
  G("party", "Liberal Democrats", "Lib Dems", "Liberal Democrat Party", "Liberal Democrat", "Lib Dem"),
  G("party", "Scottish National Party", "SNP"),
  G("party", "UK Independence Party", "UKIP", "Ukip"),
  G("party", "Reform UK"),
  G("party", "National Rally", "Rassemblement National"),
  G("party", "France Unbowed", "La France Insoumise"), // not France
  G("party", "Plaid Cymru"),
  G("party", "Sinn Fein", "Sinn Féin"),
  G("party", "Democratic Unionist Party", "DUP"),
  G("party", "Green Party", "Greens"),
  G("party", "Republican Party", "Republicans", "GOP"),
  G("party", "Democratic Party", "Democrats"),
  G("party", "Kurdistan Democratic Party", "KDP"),
  G("party", "Patriotic Union of Kurdistan", "PUK"),
  G("party", "Gorran", "Change Movement"),
  // Iraq's and the Kurdistan Region's other blocs, named without a head word
  G("party", "New Generation"),
  G("party", "Kurdistan Islamic Union", "KIU"),
  G("party", "Coordination Framework"),
  G("party", "Taqaddum"),
  G("party", "Sadrist Movement", "Sadrist movement"),
  G("party", "State of Law Coalition", "State of Law"),
  // Germany's parties
  G("party", "Christian Democratic Union", "CDU"),
  G("party", "Christian Social Union", "CSU"),
  G("party", "Social Democratic Party of Germany", "SPD"),
  G("party", "Alternative for Germany", "AfD", "Alternative für Deutschland"),
  G("party", "Free Democratic Party", "FDP"),
  G("party", "Fatah Alliance"),
  // India's parties
  G("party", "Bharatiya Janata Party", "BJP"),
  G("party", "Indian National Congress", "Congress Party"),
  G("party", "Janata Dal (United)", "Janata Dal", "JD(U)"),
  G("party", "Telugu Desam Party", "TDP"),
  G("party", "Aam Aadmi Party", "AAP"),
  G("armed_force", "Badr Organization", "Badr Organisation"),
  G("armed_force", "Asaib Ahl al-Haq"),
  G("armed_force", "Kataib Hezbollah"),
  G("armed_force", "Hayat Tahrir al-Sham", "HTS"),
  G("party", "Justice and Development Party", "AKP", "AK Party"),
  G("party", "Likud"),
  // Parties of other parliaments news names often (Ireland, Pakistan, Australia, Canada, Korea, Japan, Peru).
  G("party", "Fianna Fáil", "Fianna Fail"),
  G("party", "Fine Gael"),
  G("party", "Pakistan Muslim League-Nawaz", "PML-N"),
  G("party", "Pakistan Tehreek-e-Insaf", "PTI"),
  G("party", "Pakistan Peoples Party", "PPP"),
  G("party", "Australian Labor Party"),
  G("party", "New Democratic Party", "NDP"),
  G("party", "United Conservative Party", "UCP", "United Conservative", "United Conservatives"),
  G("party", "People Power Party"),
  G("party", "Democratic Party of Korea"),
  G("party", "Liberal Democratic Party", "LDP"),
  G("party", "Fuerza Popular"),
  G("party", "Renovación Popular", "Renovacion Popular"),
  G("party", "ANC"),
  G("party", "BJP"),
  G("party", "Shiv Sena"),
  // Major parties of other countries world news names (a general list, not one story's), without the acronyms other
  // bodies share ("BNP" is also the British National Party, "DPP" a Director of Public Prosecutions, "APC" an armoured
  // personnel carrier): a story that defines one joins it by its own words.
  G("party", "Spanish Socialist Workers' Party", "PSOE"),
  G("party", "Partido Popular"),
  G("party", "Sumar"),
  G("party", "Podemos"),
  G("party", "Fidesz"),
  G("party", "Les Républicains", "Les Republicains"),
  G("party", "Brothers of Italy", "Fratelli d'Italia"),
  G("party", "Civic Platform"),
  G("party", "Sweden Democrats"),
  G("party", "Freedom Party of Austria", "FPÖ"),
  G("party", "Party for Freedom", "PVV"),
  G("party", "Morena"),
  G("party", "Institutional Revolutionary Party"),
  G("party", "National Action Party"),
  G("party", "La Libertad Avanza"),
  G("party", "Unión por la Patria", "Union por la Patria"),
  G("party", "All Progressives Congress"),
  G("party", "Peoples Democratic Party", "People's Democratic Party"),
  G("party", "Orange Democratic Movement"),
  G("party", "United Democratic Alliance"),
  G("party", "Democratic Alliance"),
  G("party", "Economic Freedom Fighters"),
  G("party", "Inkatha Freedom Party"),
  G("party", "ZANU-PF", "Zanu-PF"),
  G("party", "uMkhonto weSizwe", "MK Party"),
  G("party", "Kuomintang", "KMT"),
  G("party", "Democratic Progressive Party"),
  G("party", "Awami League"),
  G("party", "Bangladesh Nationalist Party"),
  G("party", "United Malays National Organisation", "UMNO"),
  G("party", "Pakatan Harapan"),
  G("party", "Pheu Thai"),
  G("party", "Komeito"),
  G("party", "Trinamool Congress", "All India Trinamool Congress"),
  G("party", "Samajwadi Party"),
  G("party", "Dravida Munnetra Kazhagam", "DMK"),
  // Places compromise lacks or mistypes
  P("country", "United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
  P("country", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
  P("country", "United Arab Emirates", "UAE"),
  P("country", "Palestine"),
  // A compass word opening a sentence is read as an ordinary word: "Northern Ireland said".
  P("region", "Northern Ireland"),
  P("country", "South Africa"),
  P("country", "North Korea"),
  P("country", "South Korea"),
  P("country", "South Sudan"),
  P("country", "Jordan"),
  P("region", "Kurdistan Region", "Iraqi Kurdistan", "Kurdistan Autonomous Region", "Kurdistan Region of Iraq"),
  P("region", "Kurdistan"),
  P("region", "Middle East"),
  P("region", "Gulf"),
  P("place", "Persian Gulf", "Arabian Gulf"), // one sea, named by the side that writes; not a demonym and "Gulf"
  P("region", "Gaza", "Gaza Strip"),
  P("region", "West Bank"),
  P("region", "Golan Heights"),
  P("region", "Crimea"),
  P("region", "Donbas", "Donbass"),
  P("region", "Darfur"),
  // Sudan's war (the NER splits "El" from "Fasher", a group and a man)
  P("city", "El Fasher", "El-Fasher", "al-Fashir", "Al-Fashir"),
  P("city", "Omdurman"),
  P("city", "El Geneina", "Geneina"),
  P("region", "Kashmir"),
  P("region", "Asia-Pacific", "Asia Pacific"),
  // Parts of the world, whose compass or other first word the recognisers drop ("East Africa" read as Africa, "South
  // America" as the United States) or whose run they read as nothing ("Latin America").
  ...[["Latin America"], ["South America"], ["North America"], ["Central America"], ["Southeast Asia", "South-East Asia", "South East Asia"],
    ["South Asia"], ["East Asia"], ["Central Asia"], ["Sub-Saharan Africa"], ["East Africa"], ["West Africa"], ["North Africa"], ["Southern Africa"],
    ["Central Africa"], ["Horn of Africa"], ["Western Europe"], ["Eastern Europe"], ["Central Europe"], ["Northern Europe"], ["Southern Europe"],
    ["Balkans", "Western Balkans"], ["Scandinavia"], ["Baltics"], ["Caucasus", "South Caucasus", "North Caucasus"],
    ["Sahel"], ["Maghreb"], ["Levant"], ["Indo-Pacific"], ["Arabian Peninsula"], ["Basque Country"], ["Flanders"], ["Wallonia"], ["Low Countries"],
    ["Benelux"], ["Patagonia"], ["Siberia"]].map((names) => P("region", ...names)),
  // Countries and cities whose names hold "and", "of the" or a lower-case word, which no capitalised run reads whole.
  P("country", "Bosnia and Herzegovina", "Bosnia-Herzegovina"),
  P("country", "Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo"),
  P("country", "Republic of the Congo", "Congo-Brazzaville"),
  P("country", "Trinidad and Tobago"),
  P("country", "Antigua and Barbuda"),
  P("country", "Papua New Guinea"),
  P("country", "São Tomé and Príncipe", "Sao Tome and Principe"),
  P("country", "Saint Kitts and Nevis", "St Kitts and Nevis"),
  P("country", "Saint Vincent and the Grenadines", "St Vincent and the Grenadines"),
  P("city", "Dar es Salaam"),
  P("city", "Erbil", "Arbil", "Irbil"),
  P("city", "Sulaimaniyah", "Sulaymaniyah", "Suleimaniyah", "Sulaimani"),
  P("city", "Dohuk", "Duhok"),
  P("city", "Basra"),
  P("city", "Hawija"),
  P("city", "Tal Afar"),
  P("city", "Raqqa"),
  P("city", "Fallujah", "Falluja"),
  P("city", "Ramadi"),
  P("city", "Tikrit"),
  P("city", "Najaf"),
  P("city", "Karbala"),
  P("city", "Idlib"),
  P("city", "Westminster"),
  P("city", "Washington", "Washington DC", "Washington, DC"),
];

export interface GazetteerHit {
  entry: GazetteerEntry;
  name: string;
}

/** Folded name (lower case, single spaces, no dots) → entry. Acronyms are checked by exact case. */
const BY_KEY = new Map<string, GazetteerHit>();
for (const entry of GAZETTEER) {
  for (const name of entry.names) BY_KEY.set(gazetteerKey(name), { entry, name });
}

export function gazetteerKey(name: string): string {
  const lower = name.toLowerCase();
  if (!/[’`.\s‐‑-]/.test(lower)) return lower;
  return lower.replace(/[’`]/g, "'").replace(/\./g, "").replace(/[\s‐‑-]+/g, " ").trim();
}

/** The gazetteer entry named by `surface`, or undefined. Acronyms must be written as listed. */
export function lookupGazetteer(surface: string): GazetteerHit | undefined {
  const hit = BY_KEY.get(gazetteerKey(surface));
  if (!hit) return undefined;
  const isAcronym = hit.name.length <= 6 && hit.name === hit.name.toUpperCase();
  if (isAcronym && surface.replace(/\./g, "") !== hit.name.replace(/\./g, "")) return undefined;
  return hit;
}

/**
 * The first words (lower case) of the names with a lower-case word inside other than "of", "for" and "and"
 * ("Friends of the Earth", "Save the Children", "Committee to Protect Journalists"), which the capitalised
 * sequences would otherwise split; with the longest such name's word count.
 */
export const NAMES_WITH_LOWER_WORDS: ReadonlyMap<string, number> = (() => {
  const firsts = new Map<string, number>();
  for (const entry of GAZETTEER) {
    for (const name of entry.names) {
      const words = name.split(/\s+/);
      // ("Bank of England" and "Syrian Observatory for Human Rights" are joined already: "of" and "for" after a body's head.)
      // (And those with a possessive inside: "Information Commissioner's Office", which a possessive would close.)
      // (So are those with an "and" inside: "US Securities and Exchange Commission", "England and Wales Cricket Board".)
      // (Or a possessive opening it: "Parkinson's UK".)
      const possessiveFirst = words.length >= 2 && /['’]s$/.test(words[0]!);
      if (!possessiveFirst && (words.length < 3 || !words.slice(1, -1).some((w) => (/^[a-z]/.test(w) && !/^(?:of|for|and)$/.test(w)) || w === "and" || /['’]s$/.test(w)))) continue;
      const first = words[0]!.toLowerCase();
      firsts.set(first, Math.max(firsts.get(first) ?? 0, words.length));
    }
  }
  return firsts;
})();

/** Longest gazetteer entry, in words, so multi-word lookups can stop early. */
export const GAZETTEER_MAX_WORDS = 5;
