// Small, general word lists that give the tagger a hint where its training data is thin: titles
// before names, words that end organisation names, common first names, countries, cities, regions,
// nationality words, a few very common organisations, and time words (never entities in CoNLL).
// Entries are written as CoNLL-style tokens separated by spaces; "|" separates entries. Matching is
// case-insensitive, longest match first; the model learns how much each list is worth.

export const GAZETTEER_CLASSES = ["title", "orgSuffix", "firstName", "country", "city", "region", "nationality", "org", "time"] as const;
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

export const GAZETTEER_LISTS: Readonly<Record<GazetteerClass, string>> = {
  title:
    "Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|President|Vice President|Vice-President|" +
    "Prime Minister|Minister|Premier|Chancellor|Secretary|Secretary-General|Senator|Sen.|Sen|Rep.|Representative|" +
    "Congressman|Congresswoman|Governor|Gov.|Mayor|King|Queen|Prince|Princess|Emir|Sultan|Sheikh|Shaikh|Ayatollah|" +
    "Pope|Cardinal|Archbishop|Bishop|Rev.|Reverend|Father|Imam|Mullah|Rabbi|General|Gen.|Gen|Lt.|Lt|Lieutenant|Col.|" +
    "Colonel|Maj.|Major|Capt.|Captain|Sgt.|Sergeant|Cpl.|Corporal|Admiral|Adm.|Commander|Cmdr.|Brigadier|Brig.|Marshal|" +
    "Field Marshal|Judge|Justice|Chairman|Chairwoman|Chairperson|Chief|Director|Spokesman|Spokeswoman|Spokesperson|" +
    "Ambassador|Envoy|Commissioner|Inspector|Detective|Officer|Deputy|Speaker|Coach|Manager|Striker|Midfielder|" +
    "Defender|Goalkeeper|Captain|Chief Executive|CEO|Founder|Leader|Opposition leader|Crown Prince|Grand Ayatollah|" +
    "Monsignor|Saint|Mme|Mme.|Herr|Frau|Senor|Senora|Signor|Monsieur|Madame|Comrade|Pastor|Dalai Lama",
  orgSuffix:
    "Corp|Corp.|Corporation|Inc|Inc.|Incorporated|Ltd|Ltd.|Limited|Co|Co.|Company|Plc|PLC|AG|SA|NV|GmbH|LLC|LLP|" +
    "Group|Holdings|Holding|Bank|Party|Forces|Force|Army|Navy|Air Force|Ministry|Council|Guards|Guard|Union|Agency|" +
    "Association|Federation|Committee|Commission|Organisation|Organization|Institute|University|College|Club|FC|" +
    "United|Rovers|Wanderers|Athletic|Foundation|Fund|Authority|Department|Office|Court|Assembly|Parliament|" +
    "Congress|Senate|Front|Movement|Brigade|Brigades|Militia|Alliance|League|Society|Trust|Airlines|Airways|Motors|" +
    "Systems|Technologies|Communications|Telecom|Exchange|Board|Bureau|Service|Services|Police|Church|Industries|" +
    "Partners|Capital|Securities|Investments|Energy|Oil|Petroleum|Pharmaceuticals|Entertainment|Media|Network|" +
    "Broadcasting|Press|News|Times|Post|Journal|Herald|Tribune|Gazette|Review|Records|Studios|Pictures|Cabinet|" +
    "Government|Administration|Secretariat|Directorate|Command|Corps|Battalion|Regiment|Division|Unit|Squad|" +
    "Hospital|School|Academy|Center|Centre|Laboratories|Electric|Electronics|Steel|Mining|Chemicals|Foods|Insurance",
  firstName:
    "John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|" +
    "Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|" +
    "Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Frank|Patrick|" +
    "Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Henry|Nathan|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|" +
    "Harold|Keith|Christian|Roger|Noah|Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|" +
    "Billy|Bruce|Albert|Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Elijah|Louis|" +
    "Bobby|Philip|Johnny|Tony|Martin|Ian|Neil|Graham|Gordon|Tom|Tim|Jim|Bill|Bob|Mike|Dave|Steve|Chris|Nick|Ben|" +
    "Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|" +
    "Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|" +
    "Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|" +
    "Rachel|Catherine|Carolyn|Janet|Ruth|Maria|Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|" +
    "Lauren|Joan|Evelyn|Judith|Megan|Cheryl|Andrea|Hannah|Martha|Jacqueline|Frances|Gloria|Ann|Teresa|Kathryn|Sara|" +
    "Janice|Jean|Alice|Madison|Doris|Abigail|Julia|Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia|" +
    "Marie|Diana|Brittany|Natalie|Isabella|Charlotte|Rose|Alexis|Kayla|Hillary|Jane|Kate|Sue|Claire|Hans|Klaus|" +
    "Jurgen|Wolfgang|Helmut|Gerhard|Karl|Franz|Fritz|Dieter|Horst|Angela|Jacques|Pierre|Jean-Pierre|Jean-Claude|" +
    "Francois|Alain|Michel|Philippe|Nicolas|Laurent|Marco|Giuseppe|Giovanni|Luigi|Carlo|Francesco|Antonio|Alessandro|" +
    "Roberto|Paolo|Silvio|Romano|Carlos|Luis|Manuel|Jorge|Pedro|Miguel|Javier|Fernando|Pablo|Diego|Sergio|Rafael|" +
    "Ivan|Sergei|Vladimir|Boris|Dmitry|Dmitri|Alexei|Andrei|Mikhail|Nikolai|Viktor|Yuri|Oleg|Igor|Pavel|Olga|" +
    "Natalia|Tatiana|Irina|Jan|Piotr|Tomasz|Lech|Vaclav|Lars|Anders|Sven|Erik|Johan|Nils|Ole|Mohammed|Mohammad|" +
    "Muhammad|Mohamed|Ahmed|Ahmad|Ali|Hassan|Hussein|Hussain|Omar|Khalid|Abdullah|Abdul|Ibrahim|Mahmoud|Mahmud|" +
    "Mustafa|Yusuf|Youssef|Saleh|Salman|Faisal|Hamid|Karim|Rashid|Said|Saeed|Tariq|Walid|Nabil|Jamal|Kamal|Fuad|" +
    "Masoud|Massoud|Jalal|Nouri|Haider|Ayad|Qassem|Qasem|Hadi|Hasan|Reza|Mehdi|Hossein|Javad|Bashar|Hafez|Recep|" +
    "Mustafa|Benjamin|Yitzhak|Shimon|Ehud|Ariel|Avraham|Moshe|Yasser|Mahmoud|Nelson|Thabo|Jacob|Kofi|Olusegun|" +
    "Robert|Uhuru|Raila|Hosni|Anwar|Gamal|Narendra|Rahul|Sonia|Manmohan|Atal|Benazir|Nawaz|Imran|Pervez|Asif|" +
    "Zhang|Wang|Li|Liu|Chen|Xi|Hu|Jiang|Deng|Kim|Park|Lee|Shinzo|Junichiro|Ryutaro|Toshiki|Hiroshi|Takeshi|Akira|" +
    "Kenji|Nguyen|Thaksin|Suharto|Joko|Rodrigo|Benigno|Lula|Dilma|Evo|Hugo|Fidel|Raul|Juan Carlos|Mauricio|Cristina|" +
    "Emmanuel|Francois|Theresa|Tony|Gordon|Boris|Angela|Barack|Hillary|Joe|Kamala|Bernie|Vladimir|Recep|Volodymyr|Petro",
  country:
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|" +
    "Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Herzegovina|" +
    "Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|" +
    "Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|Czechia|" +
    "Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|" +
    "Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|" +
    "Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|" +
    "Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|" +
    "Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|" +
    "Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|" +
    "New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|" +
    "Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|" +
    "Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|" +
    "South Sudan|Spain|Sri Lanka|Sudan|Suriname|Swaziland|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|" +
    "Togo|Tonga|Trinidad|Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|" +
    "United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|" +
    "United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|" +
    "Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|Zaire|Czechoslovakia|Korea|Kurdistan|Chechnya|Tibet|" +
    "Greenland|Puerto Rico|Hong Kong|Macau|Gaza|West Bank",
  city:
    "London|Paris|Berlin|Madrid|Rome|Moscow|Washington|New York|Los Angeles|Chicago|Houston|Boston|San Francisco|" +
    "Miami|Atlanta|Dallas|Seattle|Detroit|Philadelphia|Toronto|Montreal|Vancouver|Ottawa|Mexico City|Havana|" +
    "Caracas|Bogota|Lima|Santiago|Buenos Aires|Sao Paulo|Rio de Janeiro|Brasilia|Tokyo|Osaka|Beijing|Shanghai|" +
    "Hong Kong|Singapore|Seoul|Pyongyang|Taipei|Manila|Jakarta|Bangkok|Hanoi|Kuala Lumpur|Delhi|New Delhi|Mumbai|" +
    "Bombay|Calcutta|Kolkata|Karachi|Islamabad|Lahore|Kabul|Tehran|Baghdad|Basra|Mosul|Kirkuk|Erbil|Arbil|" +
    "Sulaimaniyah|Damascus|Aleppo|Beirut|Amman|Jerusalem|Tel Aviv|Gaza|Cairo|Alexandria|Riyadh|Jeddah|Mecca|Doha|" +
    "Dubai|Abu Dhabi|Kuwait City|Muscat|Sanaa|Aden|Ankara|Istanbul|Athens|Vienna|Brussels|Amsterdam|The Hague|" +
    "Rotterdam|Geneva|Zurich|Bern|Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Bucharest|Sofia|" +
    "Belgrade|Zagreb|Sarajevo|Kiev|Kyiv|Minsk|Riga|Vilnius|Tallinn|Lisbon|Dublin|Edinburgh|Glasgow|Manchester|" +
    "Liverpool|Birmingham|Leeds|Frankfurt|Munich|Hamburg|Cologne|Bonn|Milan|Naples|Turin|Barcelona|Seville|" +
    "Marseille|Lyon|Nairobi|Lagos|Abuja|Johannesburg|Cape Town|Pretoria|Addis Ababa|Khartoum|Tripoli|Tunis|Algiers|" +
    "Rabat|Casablanca|Kinshasa|Harare|Kampala|Dakar|Accra|Mogadishu|Sydney|Melbourne|Canberra|Auckland|Wellington|" +
    "St Petersburg|St. Petersburg|Grozny|Tbilisi|Yerevan|Baku|Tashkent|Almaty|Astana|Dhaka|Colombo|Kathmandu|" +
    "Yangon|Rangoon|Phnom Penh|Vientiane|Ulan Bator|Las Vegas|Denver|Phoenix|San Diego|Minneapolis|St Louis|" +
    "Cleveland|Pittsburgh|Baltimore|New Orleans|Nashville|Sacramento|Strasbourg|Luxembourg|Monte Carlo|Salzburg",
  region:
    "Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Mideast|Gulf|" +
    "Persian Gulf|Balkans|Caucasus|Scandinavia|Arctic|Antarctica|Antarctic|Pacific|Atlantic|Mediterranean|" +
    "Caribbean|Siberia|Sahara|Sinai|Kashmir|Punjab|Bengal|Darfur|Kurdistan|Crimea|Donbas|Golan|Golan Heights|" +
    "Texas|California|Florida|Ohio|Michigan|Virginia|Illinois|Pennsylvania|Massachusetts|Arizona|Alaska|Hawaii|" +
    "Bavaria|Catalonia|Basque|Flanders|Wallonia|Quebec|Ontario|Alberta|Tasmania|Queensland|Sicily|Sardinia|Corsica|" +
    "Normandy|Provence|Tuscany|Lombardy|Kirkuk|Anbar|Nineveh|Idlib|Raqqa|Helmand|Kandahar|Baluchistan|Xinjiang|Tibet",
  nationality:
    "Afghan|Albanian|Algerian|American|Argentine|Argentinian|Armenian|Australian|Austrian|Azeri|Bangladeshi|Belgian|" +
    "Bolivian|Bosnian|Brazilian|British|Briton|Britons|Bulgarian|Burmese|Cambodian|Canadian|Chilean|Chinese|" +
    "Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|Danish|Dane|Dutch|Egyptian|English|Eritrean|Estonian|" +
    "Ethiopian|European|Filipino|Finnish|French|Georgian|German|Germans|Ghanaian|Greek|Haitian|Hungarian|Icelandic|" +
    "Indian|Indonesian|Iranian|Iraqi|Iraqis|Irish|Israeli|Israelis|Italian|Jamaican|Japanese|Jordanian|Kazakh|" +
    "Kenyan|Korean|Kurdish|Kurd|Kurds|Kuwaiti|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malaysian|" +
    "Mexican|Moldovan|Mongolian|Moroccan|Nigerian|Norwegian|Pakistani|Palestinian|Palestinians|Peruvian|Polish|" +
    "Pole|Portuguese|Qatari|Romanian|Russian|Russians|Rwandan|Saudi|Scottish|Scot|Serb|Serbian|Serbs|Slovak|" +
    "Slovenian|Somali|Spanish|Spaniard|Sudanese|Swedish|Swede|Swiss|Syrian|Taiwanese|Thai|Tunisian|Turkish|Turk|" +
    "Turks|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|Arab|Arabs|" +
    "Arabic|Asian|African|Latin|Western|Soviet|Yugoslav|Sunni|Shi'ite|Shiite|Shia|Muslim|Muslims|Christian|" +
    "Christians|Jewish|Jew|Jews|Catholic|Protestant|Hindu|Sikh|Buddhist|Islamic|Persian|Pashtun|Tamil|Hutu|Tutsi|" +
    "Yazidi|Turkmen|Assyrian|Baltic|Nordic|Scandinavian|Hispanic|Anglo|Celtic|Francophone",
  org:
    "UN|U.N.|United Nations|NATO|EU|European Union|European Commission|IMF|International Monetary Fund|World Bank|" +
    "WTO|World Trade Organisation|World Trade Organization|OPEC|WHO|World Health Organization|UNESCO|UNICEF|UNHCR|" +
    "Red Cross|Security Council|African Union|Arab League|ASEAN|G7|G8|G20|OSCE|Interpol|Europol|Reuters|AP|" +
    "Associated Press|AFP|Agence France-Presse|BBC|CNN|Al Jazeera|Xinhua|Interfax|Bloomberg|Fox News|CIA|FBI|NSA|" +
    "Pentagon|Kremlin|White House|Downing Street|Congress|Senate|Parliament|Knesset|Duma|Bundestag|Fed|" +
    "Federal Reserve|ECB|European Central Bank|Bank of England|Wall Street|Nasdaq|Microsoft|Google|Apple|Amazon|" +
    "Facebook|Twitter|IBM|Intel|Toyota|Ford|General Motors|Boeing|Airbus|Shell|BP|Exxon|Hamas|Hezbollah|Taliban|" +
    "al Qaeda|al-Qaeda|Islamic State|ISIS|ISIL|Daesh|PKK|Peshmerga|Labour|Conservatives|Tories|Democrats|Republicans",
  time:
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|" +
    "September|October|November|December|Jan|Jan.|Feb|Feb.|Mar.|Apr|Apr.|Jun.|Jul.|Aug|Aug.|Sep.|Sept|Sept.|Oct|" +
    "Oct.|Nov|Nov.|Dec|Dec.|today|yesterday|tomorrow|tonight|week|weekend|month|year|Christmas|Easter|Ramadan",
};

/** One entry: its lowercase tokens and a bit set over GAZETTEER_CLASSES. */
export interface GazetteerEntry {
  tokens: string[];
  classes: number;
}

/** Entries matched on lowercase token sequences. */
export interface Gazetteer {
  /** First token (lowercase) → the entries starting with it, longest first. */
  byFirst: Map<string, GazetteerEntry[]>;
}

/** Classes that name things: they only count on a token that is not lowercase. */
const PROPER_CLASSES = new Set<GazetteerClass>(["firstName", "country", "city", "region", "nationality", "org"]);
export const PROPER_MASK = GAZETTEER_CLASSES.reduce((m, c, i) => (PROPER_CLASSES.has(c) ? m | (1 << i) : m), 0);

export function buildGazetteer(lists: Readonly<Record<GazetteerClass, string>> = GAZETTEER_LISTS): Gazetteer {
  const entries = new Map<string, { tokens: string[]; classes: number }>();
  GAZETTEER_CLASSES.forEach((cls, bit) => {
    for (const entry of lists[cls].split("|")) {
      const tokens = entry.toLowerCase().split(" ");
      const key = tokens.join(" ");
      const found = entries.get(key) ?? { tokens, classes: 0 };
      found.classes |= 1 << bit;
      entries.set(key, found);
    }
  });
  const byFirst = new Map<string, { tokens: string[]; classes: number }[]>();
  for (const e of entries.values()) {
    const list = byFirst.get(e.tokens[0]!) ?? [];
    list.push(e);
    byFirst.set(e.tokens[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

export const DEFAULT_GAZETTEER = buildGazetteer();

/**
 * For each token, the gazetteer classes of the entries covering it, split by where the token sits
 * in the entry: begin[i] and inside[i] are bit sets over GAZETTEER_CLASSES.
 */
export function matchGazetteer(
  gaz: Gazetteer,
  lower: readonly string[],
  /** gaz.byFirst.get(lower[i]) for every token, when the caller already has it. */
  startingAt?: readonly (readonly GazetteerEntry[] | undefined)[],
): { begin: Uint16Array; inside: Uint16Array } {
  const begin = new Uint16Array(lower.length);
  const inside = new Uint16Array(lower.length);
  for (let i = 0; i < lower.length; i++) {
    const candidates = startingAt ? startingAt[i] : gaz.byFirst.get(lower[i]!);
    if (!candidates) continue;
    for (const e of candidates) {
      const n = e.tokens.length;
      if (i + n > lower.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = lower[i + k] === e.tokens[k];
      if (!ok) continue;
      begin[i]! |= e.classes;
      for (let k = 1; k < n; k++) inside[i + k]! |= e.classes;
    }
  }
  return { begin, inside };
}
