// Titles, roles and demonyms: the words around names that are not names themselves.
// "Iraqi Prime Minister Haider al-Abadi" is a demonym, a title and a person.
import { W, hasClass } from "./lexicon.ts";

/** Words that head a title written before a name ("President", "Gov.", "Maj."). */
const TITLE_HEADS = new Set([
  "president", "vice-president", "president-elect", "minister", "secretary", "governor", "gov", "general", "gen",
  "maj", "major", "lt", "lieutenant", "col", "colonel", "commander", "cmdr", "chancellor", "premier", "senator",
  "sen", "rep", "representative", "congressman", "congresswoman", "mayor", "ambassador", "envoy", "king", "queen",
  "prince", "princess", "emir", "sheikh", "sheik", "hajji", "haji", "ayatollah", "imam", "cleric", "pope", "cardinal", "bishop",
  "archbishop", "rabbi", "judge", "justice", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
  "spokesperson", "leader", "chief", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness",
  "baron", "prof", "professor", "rev", "reverend", "fr", "coach", "captain", "capt", "sgt", "sergeant", "admiral", "adm",
  "brig", "brigadier", "marshal", "detective", "det", "inspector", "insp", "supt", "superintendent", "constable", "officer",
  // Canadian and Commonwealth police ranks: "Const. Harpreet Sidhu", "Corporal Adam Reichert" (not "Cpl.": "the CPL" is a league).
  "const", "corporal", "magistrate",
  // UK police ranks: "Det Ch Insp Graham Grant", "Det Supt", "DCI"
  "ch", "dci", "dsupt",
  "speaker", "deputy", "ceo", "executive", "head", "mp", "mep", "msp", "mla", "td", "attorney", "manager", "boss", "striker",
  "midfielder", "defender", "goalkeeper", "skipper", "minister-president", "mullah", "commissioner", "chairperson",
  "president-elect", "secretary-general", "director-general", "patriarch", "rapper", "singer", "actor", "actress",
  "consul",
  // A band's: "Nirvana frontman Kurt Cobain", "Korn guitarist Brian Welch".
  "frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "keyboardist",
  // Offices that title a name too: "Prosecutor Anna Whitfield", "New York State Comptroller Alan Hevesi".
  "treasurer", "trustee", "auditor", "registrar", "comptroller", "prosecutor", "coroner", "sheriff", "administrator",
  "headteacher", "headmaster", "headmistress", "imam", "councillor", "councilor", "cllr", "alderman", "alderwoman",
  "commander-in-chief", "editor-in-chief",
]);

/**
 * Seats and posts a party's member holds, so the party before one is membership, not an office held of the party:
 * "Labour MP X", "Republican Senator X", "Conservative councillor X" (MEMBER_OF); "Labour leader X" stays a ROLE.
 */
const PARTY_SEATS = new Set(["backbencher", "backbenchers", "mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas", "td", "tds", "ms", "peer", "senator", "senators", "sen",
  "rep", "reps", "representative", "congressman", "congresswoman", "congressmember", "lawmaker", "lawmakers", "legislator", "legislators",
  "councillor", "councillors", "councilor", "councilors", "cllr", "councilman", "councilwoman", "assemblyman", "assemblywoman",
  "assemblymember", "candidate", "nominee", "deputy", "deputies", "delegate", "member", "members", "politician", "activist", "activists",
  "governor", "gov", "mayor", "minister", "ministers"]);
/** The last word of a role or title is a seat or post a party's member holds ("MP", "state Sen.", "councillor"). */
export const isPartySeat = (label: string): boolean => PARTY_SEATS.has(label.toLowerCase().split(/\s+/).pop()!.replace(/\.$/, ""));
/**
 * Of those, the seats a movement's member holds too, whatever else the group is: "Hezbollah lawmaker X", "Unite activist
 * X" (a militia, a union, an organisation). (Not "Central Bank governor X", "UN delegate X": offices of the group.)
 */
const MEMBERS_SEATS = new Set(["backbencher", "mp", "mps", "mep", "meps", "msp", "mla", "td", "senator", "sen", "congressman", "congresswoman",
  "lawmaker", "lawmakers", "legislator", "legislators", "councillor", "councilor", "cllr", "councilman", "councilwoman", "candidate",
  "nominee", "member", "members", "politician", "activist", "activists"]);
export const isMembersSeat = (label: string): boolean => MEMBERS_SEATS.has(label.toLowerCase().split(/\s+/).pop()!.replace(/\.$/, ""));

/** Title heads that are surnames too: "John Major", "Martin Luther King", "Amrita Sen". */
const SURNAME_TITLES = new Set(["major", "sen", "king", "bishop", "judge", "marshal", "lord", "chancellor", "mayor", "speaker", "chief", "prince", "general"]);
export const isSurnameTitle = (lower: string): boolean => SURNAME_TITLES.has(lower);

/** Words that qualify a following title head ("Prime", "Defense", "Foreign"). */
const TITLE_MODIFIERS = new Set([
  "prime", "deputy", "vice", "foreign", "defense", "defence", "interior", "finance", "home", "health", "education",
  "trade", "industry", "justice", "energy", "oil", "culture", "transport", "environment", "labour", "labor",
  "economy", "economic", "agriculture", "chief", "acting", "interim", "shadow", "former", "supreme", "grand",
  "senior", "junior", "first", "attorney", "state", "general", "major", "lieutenant", "field", "rear", "staff", "district",
  "secretary", "executive", "managing", "crown", "high", "foreign-affairs", "security", "intelligence",
  "regional", "provincial", "federal", "national", "minority", "majority", "opposition", "party", "police",
  "army", "military", "navy", "air", "brigadier", "sports", "culture", "media", "treasury", "development",
  "europe", "european", "business", "communities", "work", "works", "pensions", "science", "technology",
  "consul", "local", "sporting", "technical",
  // A company's officers: "Chief Financial Officer Sinead Gorman", "Chief Operating Officer".
  "financial", "operating", "information", "marketing", "commercial", "investment", "medical", "scientific", "legal",
  // Portfolios: "Natural Resources Minister Jonathan Wilkinson".
  "natural", "resources",
]);

/** Role nouns that name a person in apposition ("Hero Talabani, the wife of ..."). */
/** Professions a source is described by: "a geneticist at Yale", "an epidemiologist", "a nurse". */
const PROFESSIONS = /^(?:\w+ologists?|\w+icists?|geneticists?|chemists?|strategists?|lecturers?|nurses?|engineers?|academics?)$/;

export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother", "sister", "aide", "adviser",
  "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson", "leader", "president", "minister", "secretary",
  "governor", "commander", "chief", "head", "director", "chairman", "chairwoman", "chair", "official", "officer", "member",
  "founder", "ambassador", "envoy", "deputy", "mayor", "lawmaker", "legislator", "senator", "mp", "politician",
  "cleric", "general", "colonel", "judge", "lawyer", "analyst", "professor", "executive", "boss", "manager", "coach",
  "player", "captain", "striker", "chancellor", "premier", "king", "queen", "prince", "princess", "candidate",
  "journalist", "reporter", "correspondent", "editor", "economist", "activist", "campaigner", "researcher",
  "negotiator", "mediator", "representative", "chief executive", "ceo", "veteran", "singer", "actor", "actress",
  "director-general", "secretary-general", "colleague", "rival", "ally", "partner", "friend", "nephew", "niece",
  "uncle", "aunt", "cousin", "grandson", "granddaughter", "successor", "predecessor", "lieutenant", "kurd", "fellow", "consul",
  "frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "keyboardist",
  // Offices of clubs, charities, courts, schools and faiths: "a former treasurer of Ashford Rangers", "the coroner said".
  "treasurer", "trustee", "auditor", "registrar", "comptroller", "prosecutor", "coroner", "sheriff", "administrator",
  "headteacher", "headmaster", "headmistress", "imam", "regent", "prefect",
  // Who owns a club or a firm: "Chelsea's co-owner Todd Boehly", "the owner of the shop".
  "owner", "proprietor",
  // Seats of parliaments and councils: "Labor backbencher X", "the MLA for Lethbridge-East", "the Fine Gael TD".
  "backbencher", "councillor", "councilor", "councilman", "councilwoman", "mep", "msp", "mla", "td", "whip",
]);

/** Honorifics that tell a person's gender, used to resolve "he" and "she". */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(["mr", "sir", "lord", "king", "prince", "baron", "sheikh", "emir", "fr"]);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "baroness"]);

/** Regions whose own governments title people: "Bavarian Premier Markus Söder", "Catalan President Salvador Illa". */
const REGION_DEMONYMS: readonly (readonly [string, string])[] = [["bavarian", "Bavaria"], ["catalan", "Catalonia"], ["basque", "Basque Country"],
  ["flemish", "Flanders"], ["sicilian", "Sicily"], ["texan", "Texas"], ["californian", "California"], ["tasmanian", "Tasmania"]];

/** Demonym → country (or region, REGION_DEMONYMS), for "Iraqi Prime Minister" (ROLE to Iraq) and "Iraqi government". */
export const DEMONYM_COUNTRY: ReadonlyMap<string, string> = new Map([
  ["iraqi", "Iraq"], ["iranian", "Iran"], ["turkish", "Turkey"], ["syrian", "Syria"], ["american", "United States"],
  ["us", "United States"], ["u.s.", "United States"], ["british", "United Kingdom"], ["uk", "United Kingdom"],
  ["french", "France"], ["german", "Germany"], ["russian", "Russia"], ["chinese", "China"], ["israeli", "Israel"],
  ["palestinian", "Palestine"], ["saudi", "Saudi Arabia"], ["egyptian", "Egypt"], ["jordanian", "Jordan"],
  ["lebanese", "Lebanon"], ["afghan", "Afghanistan"], ["pakistani", "Pakistan"], ["indian", "India"],
  ["japanese", "Japan"], ["spanish", "Spain"], ["italian", "Italy"], ["dutch", "Netherlands"], ["ukrainian", "Ukraine"],
  ["polish", "Poland"], ["greek", "Greece"], ["irish", "Ireland"], ["scottish", "Scotland"], ["welsh", "Wales"],
  ["english", "England"], ["canadian", "Canada"], ["australian", "Australia"], ["mexican", "Mexico"],
  ["brazilian", "Brazil"], ["nigerian", "Nigeria"], ["kenyan", "Kenya"], ["yemeni", "Yemen"], ["libyan", "Libya"],
  ["qatari", "Qatar"], ["kuwaiti", "Kuwait"], ["emirati", "United Arab Emirates"], ["omani", "Oman"],
  ["bahraini", "Bahrain"], ["sudanese", "Sudan"], ["ethiopian", "Ethiopia"], ["somali", "Somalia"],
  ["south african", "South Africa"], ["north korean", "North Korea"], ["south korean", "South Korea"],
  ["belgian", "Belgium"], ["swiss", "Switzerland"], ["swedish", "Sweden"], ["norwegian", "Norway"],
  ["danish", "Denmark"], ["finnish", "Finland"], ["austrian", "Austria"], ["portuguese", "Portugal"],
  ["hungarian", "Hungary"], ["czech", "Czech Republic"], ["romanian", "Romania"], ["bulgarian", "Bulgaria"],
  ["serbian", "Serbia"], ["croatian", "Croatia"], ["georgian", "Georgia"], ["armenian", "Armenia"],
  ["azerbaijani", "Azerbaijan"], ["kazakh", "Kazakhstan"], ["uzbek", "Uzbekistan"], ["vietnamese", "Vietnam"],
  ["thai", "Thailand"], ["indonesian", "Indonesia"], ["malaysian", "Malaysia"], ["filipino", "Philippines"],
  ["argentine", "Argentina"], ["argentinian", "Argentina"], ["chilean", "Chile"], ["colombian", "Colombia"],
  ["venezuelan", "Venezuela"], ["cuban", "Cuba"], ["peruvian", "Peru"], ["algerian", "Algeria"],
  ["moroccan", "Morocco"], ["tunisian", "Tunisia"], ["tajik", "Tajikistan"], ["bangladeshi", "Bangladesh"],
  ["sri lankan", "Sri Lanka"], ["nepalese", "Nepal"], ["new zealand", "New Zealand"], ["zimbabwean", "Zimbabwe"],
  ["ugandan", "Uganda"], ["congolese", "Democratic Republic of the Congo"], ["rwandan", "Rwanda"], ["burundian", "Burundi"],
  ["tanzanian", "Tanzania"], ["ghanaian", "Ghana"], ["senegalese", "Senegal"], ["malian", "Mali"], ["chadian", "Chad"],
  ["cameroonian", "Cameroon"], ["zambian", "Zambia"], ["malawian", "Malawi"], ["mozambican", "Mozambique"], ["angolan", "Angola"],
  ["namibian", "Namibia"], ["eritrean", "Eritrea"], ["djiboutian", "Djibouti"], ["south sudanese", "South Sudan"],
  ["estonian", "Estonia"], ["latvian", "Latvia"], ["lithuanian", "Lithuania"], ["slovak", "Slovakia"], ["slovenian", "Slovenia"],
  ["bosnian", "Bosnia and Herzegovina"], ["albanian", "Albania"], ["montenegrin", "Montenegro"], ["moldovan", "Moldova"],
  ["belarusian", "Belarus"], ["icelandic", "Iceland"], ["cypriot", "Cyprus"], ["maltese", "Malta"], ["kyrgyz", "Kyrgyzstan"],
  ["mongolian", "Mongolia"], ["burmese", "Myanmar"], ["cambodian", "Cambodia"], ["laotian", "Laos"], ["singaporean", "Singapore"],
  ["taiwanese", "Taiwan"], ["ecuadorian", "Ecuador"], ["bolivian", "Bolivia"], ["paraguayan", "Paraguay"], ["uruguayan", "Uruguay"],
  ["guatemalan", "Guatemala"], ["honduran", "Honduras"], ["salvadoran", "El Salvador"], ["nicaraguan", "Nicaragua"],
  ["costa rican", "Costa Rica"], ["panamanian", "Panama"], ["haitian", "Haiti"], ["jamaican", "Jamaica"],
  ...REGION_DEMONYMS,
]);
/** The places of DEMONYM_COUNTRY that are regions of a country, not countries. */
export const DEMONYM_REGIONS: ReadonlySet<string> = new Set(REGION_DEMONYMS.map(([, region]) => region));

/** Peoples, faiths and adjectives of origin: never a person or an organisation by themselves. */
const PEOPLES = new Set([
  "kurd", "kurds", "kurdish", "arab", "arabs", "shiite", "shiites", "shia", "shi'ite", "sunni", "sunnis", "muslim",
  "muslims", "christian", "christians", "jew", "jews", "jewish", "yazidi", "yazidis", "turkmen", "assyrian",
  "alawite", "druze", "catholic", "catholics", "protestant", "hindu", "hindus", "sikh", "buddhist", "western",
  "westerners", "islamist", "islamists", "jihadist", "jihadists", "islamic", "iraqis", "iranians", "syrians",
  "americans", "britons", "brits", "europeans", "israelis", "palestinians", "afghans", "turks", "russians",
  "persian", "pashtun", "baloch", "tamil", "tamils", "uighur", "uighurs", "uyghur", "rohingya", "bedouin", "latino",
  "asian", "asians", "african", "africans", "european", "scot", "scots", "englishman", "welshman", "irishman",
]);

export function isDemonym(lower: string): boolean {
  if (PEOPLES.has(lower) || DEMONYM_COUNTRY.has(lower)) return true;
  if (hasClass(lower, W.demonym)) return true;
  // (Not a country's name that reads like a people: "Laos", "Philippines".)
  return lower.endsWith("s") && hasClass(lower.slice(0, -1), W.demonym) && !hasClass(lower, W.country);
}

/** Demonyms that are also given names: "Christian Lindner", "Roman Abramovich", "Norman Tebbit". */
const GIVEN_NAME_DEMONYMS = new Set(["christian", "roman", "norman"]);

/** A demonym that, right before one more capitalised word, is that person's given name. */
export function givenNameDemonym(lower: string): boolean {
  return GIVEN_NAME_DEMONYMS.has(lower);
}

export function isTitleHead(lower: string): boolean {
  return TITLE_HEADS.has(lower);
}

export function isTitleModifier(lower: string): boolean {
  return TITLE_MODIFIERS.has(lower);
}

export function isRoleNoun(lower: string): boolean {
  if (ROLE_NOUNS.has(lower) || hasClass(lower, W.role) || PROFESSIONS.test(lower)) return true;
  // "co-leader", "vice-president", "ex-minister": a prefix of rank before a role.
  const prefixed = /^(?:co|vice|ex|deputy|acting|joint)-(.+)$/.exec(lower);
  return prefixed !== null && (ROLE_NOUNS.has(prefixed[1]!) || hasClass(prefixed[1]!, W.role));
}
