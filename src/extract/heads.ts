// Head words that type a capitalised phrase by its last word: "... Forces" is a group,
// "... Province" a place. Kinds follow EntityRecord.kind.
import { COMPROMISE_ORG_WORDS, COMPROMISE_PLACE_WORDS, hasClass, W } from "./lexicon.ts";

const ORG_HEADS: ReadonlyMap<string, string> = new Map([
  ...["forces", "force", "army", "armies", "navy", "guards", "guard", "militia", "militias", "brigade", "brigades",
    "battalion", "regiment", "corps", "police", "units", "marines", "mobilisation", "mobilization", "command"].map((w) => [w, "armed_force"] as const),
  ...["government", "ministry", "council", "parliament", "assembly", "senate", "congress", "cabinet", "administration",
    "department", "office", "authority", "agency", "commission", "committee", "court", "tribunal", "directorate",
    "secretariat", "presidency", "municipality", "legislature"].map((w) => [w, "government"] as const),
  ...["party", "parties", "alliance", "coalition", "front", "movement", "bloc", "democrats", "republicans"].map((w) => [w, "party"] as const),
  ...["times", "post", "news", "journal", "herald", "telegraph", "guardian", "tribune", "gazette", "press", "radio",
    "television", "tv", "broadcasting", "magazine", "daily", "weekly", "chronicle", "observer", "mail", "express",
    "mirror", "standard"].map((w) => [w, "media"] as const),
  ...["inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "corporation", "company", "co", "co.", "group", "holdings",
    "airlines", "airways", "motors", "industries", "bank", "bancorp", "capital", "partners", "technologies",
    "systems", "software", "pharmaceuticals", "energy", "oil", "petroleum", "telecom", "communications",
    "entertainment", "studios", "records", "foods", "stores", "tobacco", "pharma", "brewing", "mining", "steel",
    "insurance", "financial", "securities", "investments", "electronics", "networks", "motor", "aerospace",
    "logistics", "retail", "chemicals", "semiconductor", "labs", "laboratories", "biosciences", "therapeutics", "biotech",
    "robotics", "dynamics", "ventures", "pictures", "analytics", "solutions", "water", "gas", "electric", "power", "rail", "railways",
    // Trades that end a firm's name, not a person's: "Halvorsen Maritime", "Falkner Elektronik", "Hanbit Chemical".
    "maritime", "shipping", "freight", "haulage", "elektronik", "semiconductors", "automotive", "chemical", "textiles",
    "aviation", "engineering", "construction", "microsystems", "biotechnology",
    // (And the words other languages' press keeps in a firm's name: "Veranda Groep", "Helios Assurances", "Bahr Energy Holding".)
    "exchange", "holding", "assurance", "assurances", "groep", "gruppe", "groupe", "grupo", "gruppo"].map((w) => [w, "company"] as const),
  ...["fc", "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "celtic", "club", "team", "rugby", "cricket"].map((w) => [w, "club"] as const),
  ...["union", "federation", "association", "organisation", "organization", "institute", "foundation", "trust",
    "society", "league", "fund", "university", "college", "school", "academy", "church", "network", "service",
    "services", "board", "bureau", "centre", "center", "centres", "centers", "chamber", "chambers", "commons", "lords", "charity",
    "campaign", "watch", "unit", "survey", "programme", "program", "consortium", "confederation", "institution", "fellowship", "mission", "forum", "infirmary", "hospice", "panel", "hospital", "hospitals", "clinic"].map((w) => [w, "organisation"] as const),
]);

const PLACE_HEADS: ReadonlyMap<string, string> = new Map([
  ...["province", "governorate", "district", "county", "region", "state", "territory", "territories", "prefecture",
    "oblast", "canton", "shire"].map((w) => [w, "region"] as const),
  ...["republic", "kingdom", "emirate", "emirates", "sultanate", "principality"].map((w) => [w, "country"] as const),
  ...["city", "town", "village"].map((w) => [w, "city"] as const),
  ...["river", "mountains", "mountain", "mount", "valley", "lake", "sea", "ocean", "gulf", "bay", "strait", "straits",
    "peninsula", "island", "islands", "isle", "isles", "desert", "plain", "plains", "coast", "basin", "heights", "hills", "highlands",
    "street", "square", "avenue", "road", "bridge", "airport", "port", "harbour", "harbor", "border", "crossing",
    "dam", "field", "fields", "park", "stadium", "station", "quay", "wharf"].map((w) => [w, "place"] as const),
]);

/** Last words of names of events, awards, laws and works: none is a person ("Tony Award", "Marshall Plan"). */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  "award", "awards", "prize", "prizes", "cup", "trophy", "open", "championship", "championships", "games", "olympics",
  "festival", "plan", "act", "bill", "treaty", "agreement", "accord", "declaration", "convention", "protocol", "charter", "report", "inquiry", "review", "show", "tour",
  "series", "national", "breweries", "brewery", "day", "week", "war", "wars", "summit", "conference", "election",
  "elections", "referendum", "budget", "index", "prix", "league", "liga", "final", "finals", "classic", "marathon",
]);

/** Lower-case nouns that make "the town of Dokan" a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "town", "city", "village", "province", "region", "district", "capital", "country", "state", "governorate", "county",
  "area", "island", "port", "suburb", "neighbourhood", "neighborhood", "municipality", "border", "enclave", "outskirts", "resort",
]);

/** Upper-case abbreviations that are not names of organisations or places. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  "R&D", "Q&A", "M&A", "R&B", "A&E", "TV", "GDPR", "CEO", "CFO", "GDP", "DVD", "CD", "PC", "AIDS", "HIV", "MP", "MPS", "MEP", "OK", "AM", "PM", "BC", "AD",
  "DNA", "IT", "UFO", "VAT", "IPO", "FTSE", "ID", "SMS", "URL", "PDF", "MP3", "USB", "LCD", "RAM", "CPU", "GPS", "SUV",
  "BPD", "GMT", "BST", "EST", "PS", "NB", "QC", "OBE", "MBE", "CBE", "KBE", "PHD", "MBA", "BA", "MA", "BSC", "MSC",
  "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XX", "HD", "3D", "VR", "AI", "API", "APR", "RPI", "CPI",
  "I", "A", "ISP", "ISPS", "US-LED", "OR", "AND", "THE", "NOT", "NO", "YES", "NEW", "UPDATE", "BREAKING", "EXCLUSIVE", "WATCH",
  "LIVE", "VIDEO", "PHOTOS", "ANALYSIS", "OPINION", "EDITORIAL", "FILE", "LOL", "OMG", "FAQ", "RIP", "MVP", "KO",
  "AC", "DC", "AGM", "CGI", "DAB", "DJ", "DRM", "DS", "DVR", "GPRS", "GSM", "LAN", "MRI", "MMS", "MW", "KW", "PR",
  "PVR", "RSS", "SIM", "SD", "XP", "IE", "NT", "VP", "GB", "MB", "KB", "TB", "HTML", "HTTP", "WWW", "WIFI", "WI-FI",
  "SMS", "MPEG", "JPEG", "MP", "EPS", "P/E", "Q1", "Q2", "Q3", "Q4", "FY", "YTD", "ROI", "B2B", "USD", "GBP", "EUR",
  // Formats, devices and technologies the NER takes for bodies (BBC tech pages: "the PSP", "IPTV", "VHS tapes").
  "VHS", "VCR", "UMD", "RFID", "PDA", "IPTV", "HSDPA", "HDTV", "DIY", "ADSL", "DSL", "XDA", "PSP", "IR", "VOIP", "LED",
  "PIN", "ATM", "NFC", "3G", "4G", "5G", "WAP", "MP4", "OLED", "GP", // not CCTV: China's state broadcaster too
]);

export function orgHeadKind(lower: string): string | undefined {
  return ORG_HEADS.get(lower) ?? (COMPROMISE_ORG_WORDS.has(lower) ? "organisation" : undefined);
}

/**
 * A word that ends a company's or a club's full name without naming a part of it: "Cairn Energy", "Nortel Networks",
 * "Newry FC", "Bayern Munich" (not "Barclays Capital", "Marvel TV", "Fiat Powertrain": a business of its own).
 */
/** A word the lexicon knows as an organisation's name by itself ("intel", "google"): no other group's short form. */
export const organisationName = (lower: string): boolean => hasClass(lower, W.org);

export function genericNameTail(lower: string): boolean {
  if (lower === "capital") return false;
  const kind = ORG_HEADS.get(lower);
  return kind === "company" || kind === "club" || /^(?:group|international|holdings|resources|airlines|interactive|industrial)$/.test(lower)
    || hasClass(lower, W.city | W.country);
}

export function placeHeadKind(lower: string): string | undefined {
  return PLACE_HEADS.get(lower) ?? (COMPROMISE_PLACE_WORDS.has(lower) ? "place" : undefined);
}
