// Relations of belonging, sides and place, read from fixed news phrasings: MEMBER_OF ("X, a member of
// Y", "X joined Y"), ALLIED_WITH ("X, a close ally of Y", "X sided with Y", "X, backed by Y"), OPPOSES
// ("X, a critic of Y", "X is fighting Y"), LOCATED_IN ("Kirkuk, Iraq", "Rumbek in southern Sudan", "X,
// based in Y"), and by a verb, SPOUSE_OF ("X, who is married to Y") and ROLE ("X, who leads Y").
// Only what a sentence states: nothing is inferred from names standing near each other.
import { opensSentence } from "./relations.ts";
import { ARTICLES } from "./ties.ts";
import { hasClass, W } from "./lexicon.ts";
import { DEMONYM_COUNTRY, isDemonym, isTitleHead, isTitleModifier } from "./titles.ts";
import { pastBracket } from "./party-letters.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention, RawRelation } from "./types.ts";

/** What a group's part is called: "Falkner's electronics division, Falkner Elektronik". */
const UNITS = new Set(["subsidiary", "subsidiaries", "unit", "arm", "division", "affiliate"]);
/** "X, a <noun> of Y": the relation the noun states. */
const APPOSITION_NOUNS: ReadonlyMap<string, string> = new Map([
  ["member", "MEMBER_OF"], ["members", "MEMBER_OF"], ["activist", "MEMBER_OF"], ["activists", "MEMBER_OF"],
  ["ally", "ALLIED_WITH"], ["allies", "ALLIED_WITH"], ["supporter", "ALLIED_WITH"], ["supporters", "ALLIED_WITH"],
  ["critic", "OPPOSES"], ["critics", "OPPOSES"], ["opponent", "OPPOSES"], ["opponents", "OPPOSES"], ["rival", "OPPOSES"],
  ["rivals", "OPPOSES"], ["foe", "OPPOSES"], ["foes", "OPPOSES"], ["enemy", "OPPOSES"], ["enemies", "OPPOSES"], ["adversary", "OPPOSES"],
  // A company's part belongs to it: "Lumisil, a subsidiary of Hsu Cheng", "X, the venture arm of Y".
  ...[...UNITS].map((w) => [w, "MEMBER_OF"] as const),
]);
/** The side a noun states ("ally", "critics"), not a membership; undefined for other words. */
export function sideOf(noun: string): string | undefined {
  const type = APPOSITION_NOUNS.get(noun);
  return type === "ALLIED_WITH" || type === "OPPOSES" ? type : undefined;
}
/** "X, a lawmaker from the PUK": a member of the party named after "from" (a place there is no group, so no relation). */
const FROM_NOUNS = new Set(["lawmaker", "lawmakers", "legislator", "legislators", "politician", "politicians", "mp", "mps", "deputy", "councillor", "councilor"]);
/** "X <verb> Y": verbs (with the word that must follow them, if any) and the relation they state. */
const VERBS: readonly { words: readonly string[]; type: string; label?: string; reverse?: boolean }[] = [
  { words: ["joined"], type: "MEMBER_OF" }, { words: ["rejoined"], type: "MEMBER_OF" }, { words: ["defected", "to"], type: "MEMBER_OF" },
  { words: ["crossed", "over", "to"], type: "MEMBER_OF" }, { words: ["belongs", "to"], type: "MEMBER_OF" }, { words: ["belonged", "to"], type: "MEMBER_OF" },
  { words: ["commands"], type: "MEMBER_OF" }, { words: ["loyal", "to"], type: "ALLIED_WITH" },
  { words: ["sided", "with"], type: "ALLIED_WITH" }, { words: ["allied", "with"], type: "ALLIED_WITH" }, { words: ["teamed", "up", "with"], type: "ALLIED_WITH" },
  { words: ["opposes"], type: "OPPOSES" }, { words: ["opposed"], type: "OPPOSES" }, { words: ["opposed", "to"], type: "OPPOSES" }, { words: ["at", "war", "with"], type: "OPPOSES" }, { words: ["is", "fighting"], type: "OPPOSES" },
  { words: ["are", "fighting"], type: "OPPOSES" }, { words: ["been", "fighting"], type: "OPPOSES" }, { words: ["clashed", "with"], type: "OPPOSES" },
  { words: ["married", "to"], type: "SPOUSE_OF" }, { words: ["married"], type: "SPOUSE_OF" },
  // "Dagalo, who leads the Rapid Support Forces", "Costa, who chairs the finance committee": a role by its verb.
  { words: ["leads"], type: "ROLE", label: "leader" }, { words: ["heads"], type: "ROLE", label: "head" }, { words: ["chairs"], type: "ROLE", label: "chair" },
  // ("Olav Halvorsen, who founded Halvorsen Maritime", "who runs the family investment company Fjellvik Invest", "who has headed the Competition Bureau")
  { words: ["founded"], type: "ROLE", label: "founder" }, { words: ["co-founded"], type: "ROLE", label: "co-founder" }, { words: ["runs"], type: "ROLE", label: "head" },
  { words: ["headed"], type: "ROLE", label: "head" }, { words: ["chaired"], type: "ROLE", label: "chair" },
  // ("Marcus Dunn, who has led the Tucson Police Department", "who has run Mehra Hotels since 2017": after a relative's
  // auxiliary or adverb only, below.)
  { words: ["led"], type: "ROLE", label: "leader" }, { words: ["run"], type: "ROLE", label: "head" },
  { words: ["run", "by"], type: "ROLE", label: "head", reverse: true },
  // "Hamas, backed by Iran", "the RSF, led by Dagalo": the relation runs from the agent to X.
  { words: ["backed", "by"], type: "ALLIED_WITH", reverse: true }, { words: ["supported", "by"], type: "ALLIED_WITH", reverse: true },
  { words: ["led", "by"], type: "ROLE", label: "leader", reverse: true }, { words: ["headed", "by"], type: "ROLE", label: "head", reverse: true },
  { words: ["founded", "by"], type: "ROLE", label: "founder", reverse: true }, { words: ["co-founded", "by"], type: "ROLE", label: "co-founder", reverse: true },
  { words: ["commanded", "by"], type: "ROLE", label: "commander", reverse: true }, { words: ["chaired", "by"], type: "ROLE", label: "chair", reverse: true },
];
/** Words after a name that end its noun phrase: "who leads the RSF and ...", "who chairs the committee in ...". */
const PHRASE_END = new Set(["and", "in", "on", "at", "for", "since", "until", "from", "who", "which", "when", "after", "before", "during", "to"]);
/** The kind of group written before its name: "a member of the band Dry Creek". */
const GROUP_KINDS_BEFORE = /^(?:band|group|party|club|team|union|movement|militia|coalition|alliance|firm|company|charity|campaign)$/;
/** A group's standing, written between "the" and its name: "the opposition National Unity Platform". */
const STANDINGS = /^(?:opposition|ruling|governing|main|outlawed|banned|breakaway|separatist|rebel|nationalist|far-right|far-left|hardline|centrist|conservative|liberal|islamist)$/;
/** The kind of group a name may be followed by: "the New Generation movement". */
const GROUP_KINDS = /^(?:movement|party|group|alliance|coalition|militia|militias|faction|bloc|company|firm|union|organisation|organization|church|rebels|insurgents|militants|fighters)$/;
/** Participles of the passive verbs below, before "by": "backed by Iran", "led by Dagalo". */
const PASSIVES = /^(?:backed|supported|led|headed|founded|commanded|chaired|run)$/;
/** Words that may stand between a subject and its verb: "has long opposed", "have now joined". */
const BEFORE_VERB = new Set(["has", "have", "had", "also", "now", "long", "openly", "recently", "formally", "is", "are", "was", "were", "later", "still",
  "currently", "previously", "since"]);
const COPULAS = new Set(["is", "was", "are", "were", "remains", "remained", "became"]);
const DIRECTIONS = new Set(["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
  "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern",
  "north-western", "south-eastern", "south-western", "rural", "neighbouring", "neighboring"]);

/** What may follow "City, Country": "Amman, Jordan, on Monday", "Phoenix, Arizona, where ...". */
const AFTER_PLACE = new Set(["on", "in", "at", "for", "from", "to", "with", "where", "which", "who", "last", "this", "earlier"]);

/** Words after a place's name that make it a region: "Hasakah province", "Kharkiv region". */
const REGION_WORDS = /^(?:province|region|state|county|governorate|district|oblast|prefecture)$/;
const isCountryOrRegion = (m: RawMention): boolean => m.type === "Place" && (m.kind === "country" || m.kind === "region");
/** Who can belong, side or oppose: a person, a group, or a country. */
const isActor = (m: RawMention): boolean => m.type !== "Place" || m.kind === "country";

export function extractAffiliations(layout: TextLayout, mentions: readonly RawMention[]): RawRelation[] {
  const t = layout.tokens;
  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    startsAt.set(m.firstToken, i);
    endsAt.set(m.lastToken, i);
  });
  const lower = (k: number): string => t[k]?.lower ?? "";
  const out: RawRelation[] = [];
  /** (`through`: where the words that state it end, past both names: "Nordwerk, the Munich-based".) */
  const add = (type: string, source: number, target: number, label: string, through = 0): void => {
    const [a, b] = [mentions[source]!, mentions[target]!];
    if (a.sentence !== b.sentence) return;
    out.push({ type, source, target: { mention: target }, evidence: { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end, through) }, label });
  };
  /** The countries or groups listed from token k ("the United States, Saudi Arabia, Egypt and the UAE"), up to eight. */
  const listedActors = (k: number): number[] => {
    const found: number[] = [];
    for (let at = k; found.length < 8; ) {
      const next = mentionAt(at);
      if (next === undefined || !isActor(mentions[next]!) || mentions[next]!.type === "Person") break;
      found.push(next);
      at = mentions[next]!.lastToken;
      if (lower(at) === "," && lower(at + 1) === "and") at += 2;
      else if (lower(at) === "," || lower(at) === "and") at++;
      else break;
    }
    return found.length > 1 ? found : [];
  };
  /**
   * The mention starting at k, or after "the" there; past a place that owns or bases it: "a subsidiary of Taiwan's Hsu
   * Cheng Industrial Group", "is fighting Singapore-based Oriental Pacific Lines", "in China's Jilin province".
   */
  const mentionAt = (k: number): number | undefined => {
    const at = startsAt.get(k) ?? (lower(k) === "the" ? startsAt.get(k + 1) : undefined);
    const m = at === undefined ? undefined : mentions[at]!;
    const based = m?.type === "Place" && layout.text.slice(m.end, t[m.lastToken - 1]!.end) === "-based";
    const owned = m?.type === "Place" && (m.possessive || based) ? startsAt.get(m.lastToken) ?? (based ? describedGroupAt(m.lastToken) : undefined) : undefined;
    return owned !== undefined && t[m!.lastToken]!.sentence === m!.sentence ? owned : at;
  };
  const fits = (type: string, target: RawMention, source: RawMention): boolean =>
    type === "MEMBER_OF" ? target.type === "Group"
      : type === "LOCATED_IN" ? target.type === "Place"
      : type === "SPOUSE_OF" ? target.type === "Person" && source.type === "Person"
      : type === "ROLE" ? target.type === "Group" && source.type === "Person"
      : isActor(target);

  mentions.forEach((m, i) => {
    // "Trump ally Steve Bannon", "longtime Putin critic Alexei Navalny": the side, its noun, then the person, no article.
    // (A place is where the person is from: "Belgium rival Kim Gevaert", "its US rival Grey Global".)
    const sideNoun = m.type === "Place" ? undefined : APPOSITION_NOUNS.get(lower(m.lastToken));
    const person = startsAt.get(m.lastToken + 1);
    if (sideNoun && /^(?:ally|critic|rival|opponent|foe|adversary|enemy)$/.test(lower(m.lastToken)) && !m.possessive
      && person !== undefined && mentions[person]!.type === "Person" && person !== i && isActor(m) && fits(sideNoun, m, mentions[person]!)) {
      add(sideNoun, person, i, layout.text.slice(m.start, t[m.lastToken]!.end));
    }
    // (Past a bracket: "Rep. Patrick McHenry (R-N.C.), a close ally of McCarthy".)
    const after = pastBracket(layout, m);
    // "X, a member of Y", "X is a close ally of Y", "X, who is a critic of Y"
    let k = after;
    const apposition = lower(k) === ",";
    if (apposition) k++;
    if (apposition && lower(k) === "who") k++;
    // ("has been a long-time rival of", "had long been a critic of")
    const verbAt = k;
    if (/^(?:has|had|have)$/.test(lower(k)) && (lower(k + 1) === "been" || (lower(k + 1) === "long" && lower(k + 2) === "been"))) k += lower(k + 1) === "been" ? 1 : 2;
    if (COPULAS.has(lower(k)) || lower(k) === "been") k++;
    // ("Kushwaha is seen as a close ally of X", "is widely regarded as a critic of Y": what others take the name for.)
    if (k > verbAt && lower(k) === "widely" && /^(?:seen|regarded|viewed|considered)$/.test(lower(k + 1))) k++;
    if (k > verbAt && /^(?:seen|regarded|viewed|considered|described)$/.test(lower(k)) && lower(k + 1) === "as") k += 2;
    // After a comma the verb is the name's only when the name opens the sentence: in "PUK leader Bafel Talabani, the son
    // of Jalal Talabani, has been a rival of X" the subject is Bafel Talabani.
    if (k > verbAt && apposition && lower(after + 1) !== "who" && !opensSentence(layout, m)) k = -1;
    // "X, the KDP's long-time rival", "the CDU's junior coalition partner": the side a possessive names.
    const owner = k > after && (ARTICLES.has(lower(k)) || apposition) ? startsAt.get(ARTICLES.has(lower(k)) ? k + 1 : k) : undefined;
    if (owner !== undefined && mentions[owner]!.possessive && owner !== i && isActor(m) && isActor(mentions[owner]!)) {
      let n = mentions[owner]!.lastToken;
      while (n < mentions[owner]!.lastToken + 3 && /^(?:close|closest|longtime|long-time|staunch|key|fierce|vocal|main|chief|bitter|old|traditional|junior|senior|coalition|biggest|fiercest)$/.test(lower(n))) n++;
      const side = lower(n) === "partner" && lower(n - 1) === "coalition" ? "ALLIED_WITH" : APPOSITION_NOUNS.get(lower(n));
      if (side && side !== "MEMBER_OF" && /^(?:,|\.|;|and)$/.test(lower(n + 1))) add(side, i, owner, layout.text.slice(t[mentions[owner]!.lastToken]!.start, t[n]!.end), t[n]!.end);
    }
    // "The Greens, long-time rivals of Labor": a plural side needs no article.
    const bare = apposition && k === after + 1 && /^(?:long-time|longtime|bitter|fierce|close|staunch|traditional|old)$/.test(lower(k)) && /s$/.test(lower(k + 1)) && APPOSITION_NOUNS.has(lower(k + 1));
    if (bare && lower(k + 2) === "of") {
      const target = mentionAt(k + 3) ?? titledPersonAt(k + 3);
      const type = APPOSITION_NOUNS.get(lower(k + 1))!;
      if (target !== undefined && target !== i && isActor(m) && fits(type, mentions[target]!, m)) add(type, i, target, layout.text.slice(t[k]!.start, t[k + 1]!.end));
    }
    // "Lindsey Graham, usually a close ally of Trump,": past an adverb of how often or how long.
    if (k > after && /^(?:usually|normally|typically|generally|often|long|still|also)$/.test(lower(k)) && ARTICLES.has(lower(k + 1))) k++;
    if (k > after && ARTICLES.has(lower(k))) {
      const from = k;
      // "Mark Ellison, a Conservative,", "Sen. Susan Collins, a Republican from Maine": a party's member by its name alone.
      const party = lower(from) === "a" && apposition ? startsAt.get(from + 1) : undefined;
      if (party !== undefined && m.type === "Person" && mentions[party]!.kind === "party" && /^(?:,|\.|;|from|who|and)$/.test(lower(mentions[party]!.lastToken))) {
        add("MEMBER_OF", i, party, mentions[party]!.text);
      }
      // "Mitch McConnell, a Trump ally,", "a longtime Kremlin critic": the side is named before its noun.
      let n = k + 1;
      while (n < k + 3 && /^(?:close|longtime|long-time|staunch|key|fierce|vocal|prominent|leading|loyal|fellow)$/.test(lower(n))) n++;
      const named = startsAt.get(n);
      const noun = named === undefined ? undefined : APPOSITION_NOUNS.get(lower(mentions[named]!.lastToken));
      if (named !== undefined && noun && noun !== "MEMBER_OF" && !mentions[named]!.possessive && /^(?:,|\.|and|;)$/.test(lower(mentions[named]!.lastToken + 1))
        && named !== i && isActor(m) && fits(noun, mentions[named]!, m)) {
        add(noun, i, named, layout.text.slice(t[from + 1]!.start, t[mentions[named]!.lastToken]!.end));
      }
      k++;
      // (Past a demonym too: "a Kurdish lawmaker from the PUK".)
      while (k < from + 4 && t[k]?.word && (!t[k]!.cap || isDemonym(lower(k))) && !APPOSITION_NOUNS.has(lower(k)) && !(FROM_NOUNS.has(lower(k)) && lower(k + 1) === "from")) k++;
      const type = APPOSITION_NOUNS.get(lower(k)) ?? (FROM_NOUNS.has(lower(k)) && lower(k + 1) === "from" ? "MEMBER_OF" : undefined);
      if (type && isActor(m) && (lower(k + 1) === "of" || (lower(k + 1) === "to" && type !== "MEMBER_OF") || lower(k + 1) === "from")) {
        const target = nounTarget(type, k);
        if (target !== undefined && target !== i && fits(type, mentions[target]!, m)) add(type, i, target, layout.text.slice(t[from + 1]!.start, t[k]!.end));
        // ("Ramesh Prasad Kushwaha, the three-time legislator from Nabinagar": a town's or a region's seat, its ROLE.)
        const seat = target === undefined ? undefined : mentions[target]!;
        if (lower(k + 1) === "from" && FROM_NOUNS.has(lower(k)) && m.type === "Person" && seat?.type === "Place" && seat.kind !== "country" && !seat.possessive) {
          add("ROLE", i, target!, layout.text.slice(t[from + 1]!.start, t[k]!.end));
        }
      }
    }
    coordinatedNoun(i, after);
    // "X joined Y", "X has long opposed Y", "X sided with Y", "X, who leads Y", "X, backed by Y"
    if (isActor(m)) {
      // (Past the kind of group after its name: "The New Generation movement, led by businessman X,".)
      let v = m.type === "Group" && GROUP_KINDS.test(lower(after)) && !t[after]!.cap && lower(after + 1) === "," ? after + 1 : after;
      // (Past an age: "Lopez, 52, is married to".)
      const aged = lower(v) === "," && /^\d{1,3}$/.test(t[v + 1]?.text ?? "") && lower(v + 2) === ",";
      if (aged) v += 2;
      // ("Ali Babacan, a former deputy prime minister who now leads the small Deva party": past the description.)
      let described = false;
      if (lower(v) === "," && m.type === "Person" && /^(?:a|an|the)$/.test(lower(v + 1))) {
        let w = v + 2;
        while (w < v + 8 && t[w]?.word && lower(w) !== "who" && t[w]!.sentence === m.sentence) w++;
        if (lower(w) === "who") [v, described] = [w, true];
      }
      // ("Rosa Huamán, an agronomist backed by the movement Arequipa Unida", "the SDF, the Kurdish-led alliance that is backed
      // by the United States": a passive closing the apposition's description, with no one named before it.)
      let passive = false;
      if (!described && lower(v) === "," && /^(?:a|an|the)$/.test(lower(v + 1))) {
        let w = v + 2;
        while (w < v + 10 && t[w]?.word && !startsAt.has(w) && lower(w) !== "who" && !PASSIVES.test(lower(w)) && t[w]!.sentence === m.sentence) w++;
        if (PASSIVES.test(lower(w)) && lower(w + 1) === "by" && w > v + 2) [v, passive] = [w, true];
      }
      if (passive) described = true;
      else if (lower(v) === ",") v += lower(v + 1) === "who" || (lower(v + 1) === "which" && m.type !== "Person") ? 2 : 1;
      else if (described) v++;
      // ("Kataib Hezbollah, which is backed by Iran's ...": a passive after the relative pronoun.)
      if (v === after + 2 && lower(v - 1) === "which" && /^(?:is|was|are|were)$/.test(lower(v)) && PASSIVES.test(lower(v + 1))) v++;
      // "Fuerza Popular, the party led by Keiko Fujimori": past the kind of group the apposition names.
      const kindOfGroup = m.type === "Group" && v === after + 1 && lower(v) === "the" && t[v + 1]?.word && !t[v + 1]!.cap && /^(?:led|headed|founded|commanded|chaired|run)$/.test(lower(v + 2));
      if (kindOfGroup) v += 2;
      const verbFrom = v;
      while (v < Math.max(after, verbFrom) + 4 && BEFORE_VERB.has(lower(v)) && !VERBS.some((verb) => matches(verb.words, v))) v++;
      // A name in apposition to its description is the verb's subject: "His brother, Bafel Talabani, leads the PUK".
      const apposed = lower(m.firstToken - 1) === "," && t[m.firstToken - 2]?.word === true && !t[m.firstToken - 2]!.cap;
      for (const verb of VERBS) {
        if (!matches(verb.words, v) || (v > after && lower(after) === "," && !/^(?:who|which)$/.test(lower(after + 1)) && !verb.reverse && !apposed && !aged && !described) || (kindOfGroup && !verb.reverse)) continue;
        // (Past a trade before the name: "married to the businessman Carlos Mendez"; past a title or a trade after
        // "by": "led by Prime Minister Abdul Hamid Dbeibah", "led by businessman Shaswar Abdulwahid".)
        const at = v + verb.words.length;
        // (Or past its description: "who runs the family investment company Fjellvik Invest".)
        let other = mentionAt(at) ?? (lower(at) === "the" && t[at + 1]?.word && !t[at + 1]!.cap ? startsAt.get(at + 2) ?? describedGroupAt(at + 1) : undefined)
          ?? (verb.reverse ? titledPersonAt(at) : undefined);
        // (A country's own body: "backed by Iran's Islamic Revolutionary Guard Corps" is the Guard's backing.)
        const owned = other !== undefined && mentions[other]!.possessive ? startsAt.get(mentions[other]!.lastToken) : undefined;
        if (owned !== undefined && mentions[owned]!.type === "Group") other = owned;
        // (Not "married Y's daughter".)
        if (other === undefined || other === i || (verb.type === "SPOUSE_OF" && mentions[other]!.possessive)) continue;
        const [source, target] = verb.reverse ? [other, i] : [i, other];
        // "who chairs the Commons trade committee" chairs a committee, not the Commons: the name must end the phrase.
        const next = t[mentions[other]!.lastToken];
        // (A person leading ends the phrase whatever follows: "the KDP led by Masoud Barzani came first"; not "led by Barzani's son".)
        // (The kind of group after its name ends it too: "who leads the Unión por la Patria bloc".)
        const phraseGoesOn = verb.type === "ROLE" && next?.word === true && !PHRASE_END.has(next.lower) && !(verb.reverse && !mentions[other]!.possessive)
          && !(GROUP_KINDS.test(next.lower) && !next.cap);
        if (!phraseGoesOn && fits(verb.type, mentions[target]!, mentions[source]!)) add(verb.type, source, target, verb.label ?? verb.words.join(" "));
      }
    }
    // "Falkner's electronics division, Falkner Elektronik", "Microsoft's unit LinkedIn": a group's part by name.
    if (m.possessive && m.type === "Group") {
      let u = m.lastToken;
      while (u < m.lastToken + 3 && t[u]?.word && !t[u]!.cap && !UNITS.has(lower(u))) u++;
      const part = UNITS.has(lower(u)) ? startsAt.get(lower(u + 1) === "," ? u + 2 : u + 1) : undefined;
      if (part !== undefined && part !== i && mentions[part]!.type === "Group") add("MEMBER_OF", part, i, layout.text.slice(t[m.lastToken]!.start, t[u]!.end));
    }
    // "Sinn Féin's Áine Nic Giolla", "Fianna Fáil's Declan Moran": a party's possessive right before its candidate's name.
    const member = m.possessive && m.kind === "party" ? startsAt.get(m.lastToken) : undefined;
    if (member !== undefined && mentions[member]!.type === "Person" && !mentions[member]!.title) add("MEMBER_OF", member, i, "'s");
    // "Belarus, whose leader Alexander Lukashenko", "the Sultan Murad Division, whose commander, Fehim Isa,": the
    // office a relative clause names is the group's or the place's.
    if (m.type !== "Person" && lower(after) === "," && lower(after + 1) === "whose") {
      let w = after + 2;
      while (w < after + 6 && t[w]?.word && (isTitleHead(lower(w)) || isTitleModifier(lower(w)))) w++;
      const holder = w > after + 2 && isTitleHead(lower(w - 1)) ? mentionAt(lower(w) === "," ? w + 1 : w) ?? titledPersonAt(lower(w) === "," ? w + 1 : w) : undefined;
      if (holder !== undefined && mentions[holder]!.type === "Person") add("ROLE", holder, i, layout.text.slice(t[after + 2]!.start, t[w - 1]!.end));
    }
    // The rest of the name's last token: "-based" in "Munich-based", "-backed" in "Iran-backed".
    const suffix = layout.text.slice(m.end, t[m.lastToken - 1]!.end).toLowerCase();
    // "the Rwanda-backed M23", "Iran-backed Houthi rebels", "the U.S.-backed SDF" (a hyphen of its own): the backer's side.
    const hyphenBacked = t[m.lastToken]?.text === "-" && t[m.lastToken]!.start === m.end && lower(m.lastToken + 1) === "backed";
    if (isActor(m) && m.type !== "Person" && (suffix === "-backed" || hyphenBacked)) {
      // (The group right after it: not "a US-backed offensive against Daesh".)
      const backedAt = hyphenBacked ? m.lastToken + 2 : m.lastToken;
      const backed = startsAt.get(backedAt);
      if (backed !== undefined && backed !== i && mentions[backed]!.type === "Group") add("ALLIED_WITH", i, backed, "backed", t[backedAt - 1]!.end);
    }
    // "the Munich-based Ifo Institute", "Houston-based ConocoPhillips", "Nordwerk, the Munich-based maker of ...": a group's seat.
    if (m.type === "Place" && suffix === "-based") {
      let g = m.lastToken;
      // (Past its trade: "the Columbus-based haulage firm Kessler Freight".)
      // (Not past a preposition: the analyst is "Singapore-based" in "Singapore-based analyst with Purvin".)
      while (g < m.lastToken + 3 && t[g]?.word && !t[g]!.cap && !hasClass(lower(g), W.preposition) && t[g]!.sentence === m.sentence) g++;
      let group = startsAt.get(g);
      // ("Quillon, a Memphis, Tennessee-based freight broker": the town before its state is the seat, in the state.)
      const town = lower(m.firstToken - 1) === "," ? endsAt.get(m.firstToken - 1) : undefined;
      const seat = town !== undefined && mentions[town]!.type === "Place" && t[mentions[town]!.lastToken - 1]!.end === mentions[town]!.end ? town : i;
      const opener = mentions[seat]!.firstToken - 1;
      if ((group === undefined || mentions[group]!.type !== "Group") && /^(?:the|a|an)$/.test(lower(opener)) && lower(opener - 1) === ",") group = endsAt.get(opener - 1);
      if (group !== undefined && group !== i && mentions[group]!.type === "Group") add("LOCATED_IN", group, seat, "based in", t[m.lastToken - 1]!.end);
      if (seat !== i) add("LOCATED_IN", seat, i, "", t[m.lastToken - 1]!.end);
    }
    if (m.type === "Place") {
      // "Erbil, the capital of Iraq's Kurdistan region", "Goma, the North Kivu capital": a capital is in its country or region.
      const a = after;
      if (lower(a) === "," && lower(a + 1) === "the") {
        const of = lower(a + 2) === "capital" && lower(a + 3) === "of" ? mentionAt(a + 4) : startsAt.get(a + 2);
        const ofPlace = of === undefined ? undefined : mentions[of]!;
        const capital = ofPlace !== undefined && (lower(a + 2) === "capital" || lower(ofPlace.lastToken) === "capital");
        if (capital && of !== i && ofPlace!.type === "Place" && !ofPlace!.possessive && ofPlace!.text !== m.text) add("LOCATED_IN", i, of!, "capital");
        // (The country before the region: "the capital of Iraq's Kurdistan region" is in the region.)
        if (capital && ofPlace!.possessive && startsAt.get(ofPlace!.lastToken) !== undefined) add("LOCATED_IN", i, startsAt.get(ofPlace!.lastToken)!, "capital");
      }
      // "Muscat, the Omani capital": the country its demonym names.
      const capitalOf = lower(a) === "," && lower(a + 1) === "the" && lower(a + 3) === "capital" ? DEMONYM_COUNTRY.get(lower(a + 2)) : undefined;
      if (capitalOf !== undefined && capitalOf !== m.text) {
        out.push({ type: "LOCATED_IN", source: i, target: { place: capitalOf, words: { start: t[a + 2]!.start, end: t[a + 2]!.end }, kind: "country" },
          evidence: { start: m.start, end: t[a + 3]!.end }, label: "capital" });
      }
      // "Jepara, a town in Central Java", "Chambishi, a town in Zambia's Copperbelt Province": what the town is in.
      if (lower(a) === "," && /^(?:a|an|the)$/.test(lower(a + 1)) && /^(?:town|city|village|suburb|district|port|region|province)$/.test(lower(a + 2))
        && /^(?:in|of)$/.test(lower(a + 3))) {
        const within = mentionAt(a + 4);
        if (within !== undefined && within !== i && mentions[within]!.type === "Place" && mentions[within]!.text !== m.text) add("LOCATED_IN", i, within, lower(a + 2) + " " + lower(a + 3));
      }
      // "Nyala, South Darfur's capital": the capital a possessive names.
      const owner = lower(a) === "," ? startsAt.get(a + 1) : undefined;
      if (owner !== undefined && owner !== i && mentions[owner]!.type === "Place" && mentions[owner]!.possessive && lower(mentions[owner]!.lastToken) === "capital") {
        add("LOCATED_IN", i, owner, "capital", t[mentions[owner]!.lastToken]!.end);
      }
      // "Iraq's Kurdistan Region", "western Iraq's Anbar province": a country's own region or town.
      // (A region or city the lists know, or one a region's word follows: not "Sweden's Saab", "Iran's Islamic Republic".)
      const inner = m.possessive && m.kind === "country" ? startsAt.get(m.lastToken) : undefined;
      const within = inner === undefined ? undefined : mentions[inner]!;
      if (within?.type === "Place" && (within.kind === "region" || within.kind === "city" || REGION_WORDS.test(lower(within.lastToken)))) add("LOCATED_IN", inner!, i, "in");
    }
    if (m.type === "Place" || m.type === "Group") {
      // "Kirkuk, Iraq"; "Rumbek in southern Sudan"; "the group, based in London"; "Volvo Cars, which is based in Gothenburg";
      // "Aurora Cells, a battery start-up based in Vasteras"; "Frontex, the EU border agency headquartered in Warsaw"
      let p = after;
      let based = false;
      if (lower(p) === ",") p++;
      if (m.type === "Group" && lower(p) === "which" && /^(?:is|was)$/.test(lower(p + 1))) p += 2;
      else if (m.type === "Group" && p > after && ARTICLES.has(lower(p))) {
        let q = p + 1;
        while (q < p + 6 && t[q]?.word && t[q]!.sentence === m.sentence && !/^(?:based|headquartered)$/.test(lower(q))) q++;
        if (/^(?:based|headquartered)$/.test(lower(q)) && lower(q + 1) === "in") p = q;
      }
      if (lower(p) === "based" || lower(p) === "headquartered") [p, based] = [p + 1, true];
      const viaIn = lower(p) === "in";
      if (viaIn) p++;
      // (Not a place's own first word: "Ulsan, South Korea", "Harrogate, North Yorkshire"; past "the" before a compass
      // word: "in the eastern Donetsk region".)
      if (viaIn && lower(p) === "the" && DIRECTIONS.has(lower(p + 1)) && startsAt.get(p + 1) === undefined) p++;
      while (DIRECTIONS.has(lower(p)) && startsAt.get(p) === undefined) p++;
      const target = mentionAt(p);
      const place = target === undefined ? undefined : mentions[target]!;
      const comma = lower(after) === "," && !based && !viaIn;
      // A city in a country or region; a region in a country ("Kirkuk in northern Iraq", "Oregon in the United States").
      // (A place of no known kind is a town: "Launceston, Tasmania", "Ranya, in Sulaimani province"; a place before
      // "province" a region.)
      // (Or a county or a compass region by its name: "Seaham, County Durham", "Naas, Co Kildare", "Hebden Bridge, West Yorkshire".)
      const region = place !== undefined && (isCountryOrRegion(place) || (place.type === "Place" && (REGION_WORDS.test(lower(place.lastToken))
        || (place.kind === undefined && place.lastToken - place.firstToken === 2 && /^(?:county|co|north|south|east|west)$/.test(lower(place.firstToken))))));
      // (Not a score's bracket: "New Zealand (1), Scotland".)
      const town = (m.kind === undefined || m.kind === "city" || m.kind === "place") && t[after - 1]?.text !== ")";
      // (After a dateline's town, whatever its kind: "ASHFORD, Kent -".)
      const datelineRegion = m.rule === "dateline" && comma && place?.type === "Place";
      // (A known city before a place of no known kind names where it is: "Potsdam, Brandenburg", "Stockport, Greater Manchester".)
      const cityInPlace = m.kind === "city" && comma && place?.type === "Place" && place.kind === undefined;
      const placeInPlace = m.type === "Place" && place !== undefined && (region || datelineRegion || cityInPlace)
        && (town || (m.kind === "region" && place.kind === "country")) && (viaIn || comma);
      const groupBased = m.type === "Group" && based && viaIn && place?.type === "Place";
      // Places in a list ("Cardiff, Edinburgh, Wales and Belfast"): no relation.
      const listed = comma && place !== undefined && (lower(m.firstToken - 1) === "," || lower(m.firstToken - 1) === "and" || lower(place.lastToken) === "and"
        || (lower(place.lastToken) === "," && t[place.lastToken + 1]?.cap === true));
      // Nor a sentence going on after an opening phrase: "After the draw in Paris, Ireland face ...".
      const goesOn = comma && place !== undefined && t[place.lastToken]?.word === true && !AFTER_PLACE.has(lower(place.lastToken));
      if (target !== undefined && target !== i && (placeInPlace || groupBased) && !listed && !goesOn && place!.text !== m.text) {
        add("LOCATED_IN", i, target, based ? "based in" : viaIn ? "in" : "");
        // "Avdiivka and Pokrovsk, in the eastern Donetsk region": the town before "and" is in it too.
        const pair = placeInPlace && viaIn && lower(after) === "," && lower(m.firstToken - 1) === "and" ? endsAt.get(m.firstToken - 1) : undefined;
        if (pair !== undefined && mentions[pair]!.type === "Place" && mentions[pair]!.kind === m.kind && lower(mentions[pair]!.firstToken - 1) !== ",") add("LOCATED_IN", pair, target, "in");
      }
    }
    // "The Quad, a group made up of the United States, Saudi Arabia, Egypt and the UAE": each listed member of a group.
    if (m.type === "Group" && lower(after) === ",") {
      let q = after + 1;
      while (q < after + 6 && t[q]?.word && !t[q]!.cap && !/^(?:made|comprising|consisting|grouping)$/.test(lower(q))) q++;
      const of = lower(q) === "made" && lower(q + 1) === "up" && lower(q + 2) === "of" ? q + 3 : /^(?:comprising|grouping)$/.test(lower(q)) ? q + 1 : lower(q) === "consisting" && lower(q + 1) === "of" ? q + 2 : -1;
      for (const member of of >= 0 ? listedActors(of) : []) add("MEMBER_OF", member, i, "made up of", t[mentions[member]!.lastToken - 1]!.end);
    }
    // "Mali, Burkina Faso and Niger, which together make up the Alliance of Sahel States": a list's last, then its group.
    if (isActor(m) && lower(after) === "," && lower(after + 1) === "which" && m.type !== "Person") {
      let q = after + 2;
      if (/^(?:together|jointly|now)$/.test(lower(q))) q++;
      const group = /^(?:make|form|formed|founded|comprise)$/.test(lower(q)) ? mentionAt(lower(q + 1) === "up" ? q + 2 : q + 1) : undefined;
      if (group !== undefined && mentions[group]!.type === "Group") {
        // Back along the list the name ends: "Mali, Burkina Faso and Niger".
        const members = [i];
        let k = m.firstToken - 1;
        while (members.length < 8 && (lower(k) === "," || lower(k) === "and")) {
          const before = endsAt.get(k);
          if (before === undefined || !isActor(mentions[before]!) || mentions[before]!.type === "Person") break;
          members.push(before);
          k = mentions[before]!.firstToken - 1;
        }
        if (members.length > 1) for (const member of members) add("MEMBER_OF", member, group, "make up", mentions[group]!.end);
      }
    }
    // "Kushwaha quit the RJD on Monday and joined the JD(U)": a party switch later in the sentence its subject opens.
    if (m.type === "Person" && opensSentence(layout, m)) {
      const found = laterSwitch(m);
      if (found !== undefined) add("MEMBER_OF", i, found.party, found.label);
    }
  });
  out.push(...demonymBacked());
  return out;

  /**
   * The group a person opening a sentence joined further on ("... and joined the JD(U)", "crossed over to the BJP",
   * "defected to"), when no other person, no relative clause and no quotation stands between.
   */
  function laterSwitch(m: RawMention): { party: number; label: string } | undefined {
    const end = layout.sentences[m.sentence]!.last;
    for (let k = m.lastToken; k < end && k < m.lastToken + 25; k++) {
      const other = startsAt.get(k);
      if ((other !== undefined && mentions[other]!.type === "Person") || /^(?:who|which|that|whose|["“”])$/.test(t[k]!.text.toLowerCase())) return undefined;
      const words = lower(k) === "joined" ? 1 : /^(?:defected|switched|moved)$/.test(lower(k)) && lower(k + 1) === "to" ? 2
        : lower(k) === "crossed" && lower(k + 1) === "over" && lower(k + 2) === "to" ? 3 : 0;
      if (words === 0) continue;
      const party = mentionAt(k + words);
      return party !== undefined && mentions[party]!.type === "Group" ? { party, label: t.slice(k, k + words).map((w) => w.text).join(" ") } : undefined;
    }
    return undefined;
  }

  /**
   * "the Popular Forces, an Israeli-backed militia", "Iranian-backed Houthi rebels": the country a demonym names backs
   * the group after it, or the group the apposition describes.
   */
  function demonymBacked(): RawRelation[] {
    const found: RawRelation[] = [];
    t.forEach((token, k) => {
      const country = /^(.+)-backed$/.exec(token.lower)?.[1];
      const place = country === undefined ? undefined : DEMONYM_COUNTRY.get(country);
      if (place === undefined || !token.cap) return;
      // (Past the kind of group: "an Israeli-backed militia" after "the Popular Forces,".)
      const described = ARTICLES.has(lower(k - 1)) && lower(k - 2) === "," && !t[k + 1]?.cap && t[k + 1]?.word ? endsAt.get(k - 2) : undefined;
      const group = startsAt.get(k + 1) ?? described;
      if (group === undefined || mentions[group]!.type !== "Group" || mentions[group]!.sentence !== token.sentence) return;
      const words = { start: token.start, end: token.start + country!.length };
      const g = mentions[group]!;
      found.push({ type: "ALLIED_WITH", source: group, target: { place, words }, evidence: { start: Math.min(g.start, token.start), end: Math.max(g.end, token.end) }, label: "backed" });
    });
    return found;
  }

  /**
   * The name after the noun at k and its preposition ("a member of Y", "a close ally of Y"), or undefined.
   * (Past the target's title: "a close ally of Congolese President Félix Tshisekedi"; past the kind of group: "a member
   * of the band Dry Creek"; past its standing: "of the ruling Chama Cha Mapinduzi".)
   */
  function nounTarget(type: string, k: number): number | undefined {
    const kindBefore = lower(k + 2) === "the" && t[k + 3]?.word && !t[k + 3]!.cap && GROUP_KINDS_BEFORE.test(lower(k + 3)) ? startsAt.get(k + 4) : undefined;
    const standing = lower(k + 2) === "the" && STANDINGS.test(lower(k + 3)) ? startsAt.get(k + 4) : undefined;
    // (A part's owner past its description: "the venture arm of Saudi logistics conglomerate Al-Hamra Holdings".)
    const described = UNITS.has(lower(k)) ? describedGroupAt(k + 2) : undefined;
    // (A side's title may open with its place or group: "a close ally of Var senator Pierre Aubanel", "a critic of
    // Labour leader Keir Starmer".)
    const named = mentionAt(k + 2);
    const titledAfter = named !== undefined && type !== "MEMBER_OF" && mentions[named]!.type !== "Person" && !mentions[named]!.possessive
      ? titledPersonAt(mentions[named]!.lastToken) : undefined;
    return titledAfter ?? named ?? kindBefore ?? standing ?? described ?? (type !== "MEMBER_OF" ? titledPersonAt(k + 2) : undefined);
  }

  /**
   * "Samir Geagea, who leads the Lebanese Forces and is a fierce critic of Hezbollah", "Dube, a former physician and a
   * close ally of Holt": a side or a membership stated in the second half of the relative clause or the apposition
   * after mention i (which ends before token `after`), the first "and" of that clause outside a name.
   */
  function coordinatedNoun(i: number, after: number): void {
    const m = mentions[i]!;
    if (lower(after) !== "," || !isActor(m)) return;
    const relative = lower(after + 1) === "who" || (lower(after + 1) === "which" && m.type !== "Person");
    if (!relative && !(ARTICLES.has(lower(after + 1)) && m.type === "Person")) return;
    for (let j = after + 2; j < after + 16 && t[j]?.sentence === m.sentence; j++) {
      if (!t[j]!.word || /^(?:who|which|whose|but|while|whom)$/.test(lower(j))) return;
      if (lower(j) !== "and" || insideName(j)) continue;
      let k = j + 1;
      // ("and is", "and has long been", "and is seen as": a copula after a relative pronoun's first verb.)
      if (relative) {
        const copula = k;
        if (/^(?:has|had|have)$/.test(lower(k)) && lower(k + 1) === "long" && lower(k + 2) === "been") k += 3;
        else if (/^(?:has|had|have)$/.test(lower(k)) && lower(k + 1) === "been") k += 2;
        else if (COPULAS.has(lower(k))) k++;
        if (k === copula) return;
        if (/^(?:seen|regarded|viewed|considered)$/.test(lower(k)) && lower(k + 1) === "as") k += 2;
      }
      if (!ARTICLES.has(lower(k))) return;
      let n = k + 1;
      while (n < k + 4 && t[n]?.word && !t[n]!.cap && !APPOSITION_NOUNS.has(lower(n))) n++;
      const type = APPOSITION_NOUNS.get(lower(n));
      if (!type || UNITS.has(lower(n)) || !(lower(n + 1) === "of" || (lower(n + 1) === "to" && type !== "MEMBER_OF"))) return;
      const target = nounTarget(type, n);
      if (target !== undefined && target !== i && fits(type, mentions[target]!, m)) add(type, i, target, layout.text.slice(t[k + 1]!.start, t[n]!.end), t[n]!.end);
      return;
    }
  }

  /** Whether token k lies inside a name (not its first token): "and" in "Movement for Justice and Equality". */
  function insideName(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
      const at = startsAt.get(j);
      if (at !== undefined && mentions[at]!.lastToken > k) return true;
    }
    return false;
  }

  /**
   * A group whose name follows up to three lower-case or nationality words at k ("Saudi logistics conglomerate Al-Hamra
   * Holdings"), or a place's "-based" ("the Columbus-based haulage firm Kessler Freight").
   */
  function describedGroupAt(k: number): number | undefined {
    for (let j = k; j <= k + 3; j++) {
      const g = startsAt.get(j);
      if (g !== undefined && mentions[g]!.type === "Place" && layout.text.slice(mentions[g]!.end, t[mentions[g]!.lastToken - 1]!.end) === "-based") {
        j = mentions[g]!.lastToken - 1;
        continue;
      }
      if (g !== undefined) return mentions[g]!.type === "Group" && j > k ? g : undefined;
      // (No preposition the lexicon misses either: "the campaign against ISIS" is no group's description.)
      if (!t[j]?.word || hasClass(lower(j), W.preposition | W.conjunction) || /^(?:against|despite|versus|toward|towards)$/.test(lower(j)) || (t[j]!.cap && !isDemonym(lower(j)))) return undefined;
    }
    return undefined;
  }

  /** A person whose name follows up to three title, trade or nationality words at k ("Prime Minister X", "General X", "businessman X", "Congolese President X"). */
  function titledPersonAt(k: number): number | undefined {
    for (let j = k + 1; j <= k + 3; j++) {
      const w = lower(j - 1);
      if (!t[j - 1]?.word || hasClass(w, W.preposition | W.conjunction) || ARTICLES.has(w) || (t[j - 1]!.cap && !isTitleHead(w.replace(/\.$/, "")) && !isTitleModifier(w) && !isDemonym(w))) return undefined;
      const p = startsAt.get(j);
      if (p !== undefined) return mentions[p]!.type === "Person" ? p : undefined;
    }
    return undefined;
  }

  function matches(words: readonly string[], at: number): boolean {
    return words.every((w, j) => lower(at + j) === w);
  }
}
