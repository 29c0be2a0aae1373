// Stage 3: raw mentions → entities with stable ids; claims and relations re-pointed at entity ids.
// Pure and deterministic: the same document always resolves to the same records.
import { DEMONYM_REGIONS, foldName, type RawClaim, type RawExtraction, type RawMention, type RawRelation } from "../extract/index.ts";
import type { ClaimRecord, DocumentExtraction, DocumentMessage, DocumentRecord, EntityRecord, EntityType, RelationRecord } from "../types/index.ts";
import { resolveAliases, type JoinReason } from "./aliases.ts";
import { agreeOnTypes } from "./types.ts";
import { canonicalAlias, claimId, entityId, entityKey } from "./ids.ts";
import { NO_RESOLUTIONS, type ResolutionIndex } from "./overrides.ts";
import { locatePlace, NO_PLACES, type PlaceIndex } from "./places.ts";

export { resolveAliases, type JoinReason } from "./aliases.ts";
export { canonicalAlias, claimId, entityId, entityKey } from "./ids.ts";
export { indexPlaces, locatePlace, NO_PLACES, townNames, type PlaceGeo, type PlaceIndex } from "./places.ts";
export { indexResolutions, parseResolutions, NO_RESOLUTIONS, ResolutionsSchema, type Resolutions, type ResolutionIndex } from "./overrides.ts";

export interface ResolveOptions {
  /** Reviewed merges and splits (data/resolutions.json), read at the edge. */
  resolutions: ResolutionIndex;
  /** GeoNames ids and coordinates for places (data/geo/places.json), read at the edge. */
  places: PlaceIndex;
}
export const resolveDefaults: ResolveOptions = { resolutions: NO_RESOLUTIONS, places: NO_PLACES };

type Merge = NonNullable<EntityRecord["merges"]>[number];

const ALL_CAPS = /^[^\p{Ll}]+$/u;
/** Relations of kin, person to person. */
const FAMILY_TYPES: ReadonlySet<string> = new Set(["SPOUSE_OF", "CHILD_OF", "PARENT_OF", "SIBLING_OF", "RELATIVE_OF"]);

/** The fullest name of a group: a curated canonical name, else the longest form not in capitals. */
function nameOf(ms: readonly RawMention[]): string {
  const canonical = ms.find((m) => m.canonical)?.canonical ?? canonicalAlias(ms[0]!.type, ms[0]!.text);
  if (canonical) return canonical;
  const mixed = ms.filter((m) => !ALL_CAPS.test(m.text) || m.text.length <= 6);
  const pool = mixed.length > 0 ? mixed : ms;
  let best = pool[0]!.text;
  for (const m of pool) if (m.text.length > best.length) best = m.text;
  // "KYIV" in the dateline and "Kyiv" in the text: the text's writing.
  const written = ALL_CAPS.test(best) && best.length >= 4 ? ms.find((m) => !ALL_CAPS.test(m.text) && m.text.toLowerCase() === best.toLowerCase()) : undefined;
  if (written) return written.text;
  // An all-caps dateline name reads better as "Baghdad" (a group's one word stays an acronym: "ZANU-PF", "INTERPOL").
  const acronym = ms[0]!.type === "Group" && !/\s/.test(best);
  if (ALL_CAPS.test(best) && ((best.length > 6 && !acronym) || ms.every((m) => m.rule === "dateline"))) best = best.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  return best;
}

function kindOf(ms: readonly RawMention[]): string | undefined {
  let best: RawMention | undefined;
  for (const m of ms) if (m.kind && (!best || m.score > best.score)) best = m;
  return best?.kind;
}

/** Why a mention's name belongs to the entity: the join rule, else how its key came to match. */
function mergeReason(m: RawMention, reason: JoinReason | undefined, reviewed: boolean): Omit<Merge, "alias"> {
  if (reason) return { rule: reason.rule, score: reason.score };
  if (reviewed) return { rule: "reviewed-merge", score: 1 };
  if (m.canonical && foldName(m.canonical) !== foldName(m.text)) {
    return { rule: m.rule === "institution" ? "institution" : m.rule === "acronym-defined" ? "defined-alias" : "curated-alias", score: 1 };
  }
  return { rule: "same-name", score: 1 };
}

function toEntity(ms: RawMention[], reasons: ReadonlyArray<JoinReason | undefined>, reviewed: ReadonlyArray<boolean>): EntityRecord {
  const type = ms[0]!.type;
  const name = nameOf(ms);
  const aliases: string[] = [];
  const merges: Merge[] = [];
  const seen = new Set([name.toLowerCase()]);
  ms.forEach((m, i) => {
    const lower = m.text.toLowerCase();
    if (!seen.has(lower)) {
      seen.add(lower);
      aliases.push(m.text);
      merges.push({ alias: m.text, ...mergeReason(m, reasons[i], reviewed[i]!) });
    }
  });
  const kind = kindOf(ms);
  return {
    id: entityId(type, entityKey(type, name)),
    type,
    name,
    aliases,
    ...(kind ? { kind } : {}),
    mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

function toClaim(document: DocumentRecord, raw: RawClaim, idOf: readonly string[], mentions: readonly RawMention[], spans: ReadonlyArray<{ start: number; end: number; id: string }>): ClaimRecord {
  const isEntity = "mention" in raw.speaker;
  const speaker = "mention" in raw.speaker ? idOf[raw.speaker.mention]! : raw.speaker.words;
  // The source as written ("he") is the claim's speaker mention, even when it resolves to a named person.
  const speakerSpan = raw.sourceSpan ?? ("mention" in raw.speaker ? mentions[raw.speaker.mention]! : raw.speaker);
  const about: string[] = [];
  // spans are in text order: find the first inside the evidence, then walk.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < raw.evidence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i]!.start < raw.evidence.end; i++) {
    const s = spans[i]!;
    if (s.end <= raw.evidence.end && s.id !== speaker && !about.includes(s.id)) about.push(s.id);
  }
  return {
    id: claimId(document.id, raw.evidence, speaker),
    speaker,
    speakerIsEntity: isEntity,
    predicate: raw.predicate,
    cue: raw.cue,
    text: document.text.slice(raw.textSpan.start, raw.textSpan.end),
    quote: raw.quote,
    date: raw.date,
    about,
    evidence: raw.evidence,
    cueSpan: raw.cueSpan,
    speakerMention: { start: speakerSpan.start, end: speakerSpan.end },
    ...(raw.attributes ? claimAttributes(document, raw.attributes, idOf, speaker) : {}),
  };
}

/**
 * Target mention → entity id, as for `about`, or the words naming a group of people (as a speaker's words are kept);
 * a claim aimed at its own speaker has no target.
 */
function claimAttributes(document: DocumentRecord, a: NonNullable<RawClaim["attributes"]>, idOf: readonly string[], speaker: string) {
  const t = a.target;
  const words = t !== null && t.mention === null;
  const target = t === null ? null : t.mention === null ? document.text.slice(t.span.start, t.span.end) : idOf[t.mention] === speaker ? null : idOf[t.mention]!;
  return {
    target,
    ...(target !== null ? { targetIsEntity: !words, targetMention: { start: t!.span.start, end: t!.span.end } } : {}),
    channel: a.channel,
    channelCue: a.channelSpan ? document.text.slice(a.channelSpan.start, a.channelSpan.end) : null,
    ...(a.channelSpan ? { channelSpan: a.channelSpan } : {}),
    stance: a.stance,
    negated: a.negated,
  };
}

/**
 * The types of entity a relation may join, once the mentions have agreed on theirs: a ROLE is held of a group or a
 * place ("Hsu Cheng chairman X" is no role of a person the recogniser took "Hsu Cheng" for), kin and aides are people.
 */
const ENDS: Readonly<Record<string, { source: readonly EntityType[]; target: readonly EntityType[] }>> = {
  ROLE: { source: ["Person"], target: ["Group", "Place"] },
  AIDE_TO: { source: ["Person"], target: ["Person"] },
  MEMBER_OF: { source: ["Person", "Group", "Place"], target: ["Group"] },
  LOCATED_IN: { source: ["Group", "Place"], target: ["Place"] },
  ...Object.fromEntries([...FAMILY_TYPES].map((type) => [type, { source: ["Person"], target: ["Person"] }])),
};

function toRelations(raw: readonly RawRelation[], idOf: readonly string[], entities: readonly EntityRecord[], resolutions: ResolutionIndex): RelationRecord[] {
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const out: RelationRecord[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const source = idOf[r.source]!;
    const target = "mention" in r.target ? idOf[r.target.mention]! : entityId("Place", entityKey("Place", resolutions.mergeInto("Place", r.target.place) ?? r.target.place));
    if (!typeOf.has(source) || !typeOf.has(target) || source === target) continue;
    const ends = ENDS[r.type];
    if (ends && (!ends.source.includes(typeOf.get(source)!) || !ends.target.includes(typeOf.get(target)!))) continue;
    const key = `${r.type}|${source}|${target}|${r.label ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: r.type, source, target, evidence: r.evidence, ...(r.label ? { label: r.label } : {}) });
  }
  return out;
}

/**
 * "French President Emmanuel Macron", "Sen. Ray Tolliver, I-Maine": the place a relation names by a demonym or a
 * tag, as a mention of its own on those words, so the ROLE has its place node even where the document never names
 * the place. (Its token fields are the relation's source's: past extraction only offsets are read.)
 */
function demonymPlaces(text: string, raw: RawExtraction): RawMention[] {
  const out: RawMention[] = [];
  for (const r of raw.relations) {
    if ("mention" in r.target) continue;
    const source = raw.mentions[r.source]!;
    const start = r.target.words?.start ?? (source.title?.of && !("mention" in source.title.of) ? source.title.ofStart : undefined);
    if (start === undefined) continue;
    const end = r.target.words?.end ?? start + text.slice(start).search(/[\s,]/);
    if (end <= start) continue;
    out.push({ start, end, text: text.slice(start, end), type: "Place", kind: r.target.kind ?? (DEMONYM_REGIONS.has(r.target.place) ? "region" : "country"), canonical: r.target.place, score: 3, rule: "demonym",
      sentence: source.sentence, firstToken: source.firstToken, lastToken: source.firstToken, possessive: false });
  }
  return out;
}

/** Groups a document's raw mentions into entities and points claims and relations at their ids. */
export function resolveDocument(document: DocumentRecord, raw: RawExtraction, options: Partial<ResolveOptions> = {}): DocumentExtraction {
  const { resolutions, places } = { ...resolveDefaults, ...options };
  // Reviewed merges give a mention the canonical name it must resolve to, in every document.
  const reviewed: boolean[] = [];
  const mentions = agreeOnTypes([...raw.mentions, ...demonymPlaces(document.text, raw)]).map((m) => {
    const into = resolutions.mergeInto(m.type, m.canonical ?? m.text);
    reviewed.push(into !== undefined && foldName(into) !== foldName(m.canonical ?? m.text));
    return into === undefined ? m : { ...m, canonical: into };
  });
  const relatives = new Set(raw.relations.filter((r) => FAMILY_TYPES.has(r.type) && "mention" in r.target).map((r) => r.source));
  const { groups, reasons, messages: aliasMessages } = resolveAliases(mentions, resolutions, relatives);
  const idOf: string[] = new Array<string>(mentions.length);
  const byId = new Map<string, EntityRecord>();
  for (const group of groups) {
    const entity = toEntity(group.map((i) => mentions[i]!), group.map((i) => reasons.get(i)), group.map((i) => reviewed[i]!));
    // Two groups may reach one id (an alias table entry named in two unlinked ways): merge them.
    const existing = byId.get(entity.id);
    if (existing) {
      existing.mentions.push(...entity.mentions);
      existing.mentions.sort((a, b) => a.start - b.start);
      for (const a of [entity.name, ...entity.aliases]) {
        if (a === existing.name || existing.aliases.includes(a)) continue;
        existing.aliases.push(a);
        (existing.merges ??= []).push({ alias: a, rule: "same-id", score: 1 });
      }
    } else byId.set(entity.id, entity);
    for (const i of group) idOf[i] = entity.id;
  }
  const entities = [...byId.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  for (const e of entities) locatePlace(e, places);
  const spans = raw.mentions.map((m, i) => ({ start: m.start, end: m.end, id: idOf[i]! }));
  const claims = raw.claims.map((c) => toClaim(document, c, idOf, raw.mentions, spans));
  const seenClaims = new Set<string>();
  const uniqueClaims = claims.filter((c) => !seenClaims.has(c.id) && seenClaims.add(c.id) !== undefined);
  const messages: DocumentMessage[] = [...raw.messages, ...aliasMessages];
  return { document, entities, claims: uniqueClaims, relations: toRelations(raw.relations, idOf, entities, resolutions), messages };
}
