// The rows a batch of extractions becomes, for the online writer (write.ts) and the bulk CSV writer
// (bulk-import.ts): batchParameters flattens the records; writeRows groups them per document and
// removes duplicates the way MERGE + SET would (the last row's properties, each edge once), so the
// writer can CREATE what a document's rewrite makes new instead of MERGEing it. Pure functions.
import type { DocumentExtraction } from "../types/index.ts";

/** Relationship types come from extraction; only plain upper-case names reach the dynamic type. */
const RELATION_TYPE = /^[A-Z][A-Z_]{0,39}$/;

/** Turns extraction records into flat parameter rows, one per document, mention, claim and relation. */
export function batchParameters(batch: DocumentExtraction[]) {
  const docs = batch.map(({ document: d }) => ({ id: d.id, path: d.path, date: d.date, title: d.title, text: d.text }));
  const entities = batch.flatMap(({ document, entities }) =>
    entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      kind: e.kind ?? null,
      aliases: e.aliases,
      geonamesId: e.geonamesId ?? null,
      countryCode: e.countryCode ?? null,
      lat: e.lat ?? null,
      lon: e.lon ?? null,
      documentId: document.id,
      starts: e.mentions.map((m) => m.start),
      ends: e.mentions.map((m) => m.end),
    })),
  );
  const entityNames = new Map(batch.flatMap(({ entities }) => entities.map((e) => [e.id, e.name] as const)));
  const claims = batch.flatMap(({ document, claims }) =>
    claims.map((c) => ({
      id: c.id,
      documentId: document.id,
      text: c.text,
      quote: c.quote,
      predicate: c.predicate,
      cue: c.cue,
      date: c.date,
      start: c.evidence.start,
      end: c.evidence.end,
      cueStart: c.cueSpan?.start ?? null,
      cueEnd: c.cueSpan?.end ?? null,
      speakerStart: c.speakerMention?.start ?? null,
      speakerEnd: c.speakerMention?.end ?? null,
      speakerId: c.speakerIsEntity ? c.speaker : null,
      speakerName: c.speakerIsEntity ? (entityNames.get(c.speaker) ?? c.speaker) : c.speaker,
      about: c.about,
      targetId: c.target && c.targetIsEntity !== false ? c.target : null,
      // As speakerName: the entity's name, or the words naming a group no entity stands for ("Kurdish authorities").
      targetName: c.target ? (c.targetIsEntity === false ? c.target : (entityNames.get(c.target) ?? c.target)) : null,
      targetStart: c.targetMention?.start ?? null,
      targetEnd: c.targetMention?.end ?? null,
      channel: c.channel ?? null,
      channelCue: c.channelCue ?? null,
      channelStart: c.channelSpan?.start ?? null,
      channelEnd: c.channelSpan?.end ?? null,
      stance: c.stance ?? null,
      negated: c.negated ?? false,
    })),
  );
  const relations = batch.flatMap(({ document, relations }) =>
    relations
      .filter((r) => RELATION_TYPE.test(r.type))
      .map((r) => ({ type: r.type, source: r.source, target: r.target, label: r.label ?? null, documentId: document.id, start: r.evidence.start, end: r.evidence.end })),
  );
  return { docs, ids: docs.map((d) => d.id), entities, claims, relations };
}

export type BatchParameters = ReturnType<typeof batchParameters>;
type EntityRow = BatchParameters["entities"][number];
type ClaimRow = BatchParameters["claims"][number];

/** A MENTIONED_IN edge: what one document calls the entity (its count is computed by Cypher, as an integer). */
function mentionProps({ starts, ends, name, aliases, kind, geonamesId, countryCode, lat, lon }: EntityRow) {
  return { starts, ends, name, aliases, kind, geonamesId, countryCode, lat, lon };
}

/** A Claim node's properties besides its id: the row without its edge fields, plus its document's date. */
function claimProps(row: ClaimRow, documentDate: string | null) {
  const { id: _i, documentId: _d, speakerId: _s, targetId: _t, about: _a, ...props } = row;
  return { ...props, documentDate };
}

/**
 * The batch as the online writer sends it. Documents: one per id (the last row). Entities: one node
 * row per id and type (the first, whose name ON CREATE uses). Mentions: one per entity and document
 * (the last row). Claims: one per id (the last row's properties, every row's edges, each once).
 * Relations: one per type, ends, document and span (the last row's label), from an entity of the document.
 */
/**
 * Claim rows by claim id, as MERGE then SET would leave them: the last row's properties, and the
 * speakers, targets and about-entities of every row, once each. Shared by the online and bulk paths.
 */
export function foldClaimRows(rows: readonly ClaimRow[]): Map<string, { row: ClaimRow; speakers: Set<string>; targets: Set<string>; about: Set<string> }> {
  const claims = new Map<string, { row: ClaimRow; speakers: Set<string>; targets: Set<string>; about: Set<string> }>();
  for (const row of rows) {
    const seen = claims.get(row.id) ?? { row, speakers: new Set<string>(), targets: new Set<string>(), about: new Set<string>() };
    seen.row = row;
    if (row.speakerId !== null) seen.speakers.add(row.speakerId);
    if (row.targetId !== null) seen.targets.add(row.targetId);
    for (const a of row.about) seen.about.add(a);
    claims.set(row.id, seen);
  }
  return claims;
}

export function writeRows(p: BatchParameters) {
  const documents = new Map<string, { id: string; props: Omit<BatchParameters["docs"][number], "id">; mentions: Map<string, ReturnType<typeof mentionProps>> }>();
  for (const { id, ...props } of p.docs) documents.set(id, { id, props, mentions: documents.get(id)?.mentions ?? new Map() });
  const entities = new Map<string, { id: string; type: string; name: string }>();
  for (const row of p.entities) {
    const key = `${row.id}|${row.type}`;
    if (!entities.has(key)) entities.set(key, { id: row.id, type: row.type, name: row.name });
    documents.get(row.documentId)?.mentions.set(row.id, mentionProps(row));
  }
  const claims = foldClaimRows(p.claims);
  // Clearing a document finds its relations through the entities it mentions: a relation whose source
  // is not an entity of its document (resolve never makes one) could not be cleared, so is not written.
  const mentioned = new Set(p.entities.map((e) => `${e.id}|${e.documentId}`));
  const relations = new Map(
    p.relations
      .filter((r) => mentioned.has(`${r.source}|${r.documentId}`))
      .map((r) => [`${r.type}|${r.source}|${r.target}|${r.documentId}|${r.start}|${r.end}`, r]),
  );
  return {
    /** Every document row's id and path: the stored documents to clear before the rewrite. */
    clear: p.docs.map((d) => ({ id: d.id, path: d.path })),
    keep: [...documents.keys()],
    entities: [...entities.values()],
    documents: [...documents.values()].map((d) => ({ id: d.id, props: d.props, mentions: [...d.mentions].map(([entityId, props]) => ({ entityId, props })) })),
    claims: [...claims.values()].map(({ row, speakers, targets, about }) => ({
      id: row.id,
      documentId: row.documentId,
      props: claimProps(row, documents.get(row.documentId)?.props.date ?? null),
      speakers: [...speakers],
      targets: [...targets],
      about: [...about],
    })),
    relations: [...relations.values()],
  };
}

export type WriteRows = ReturnType<typeof writeRows>;
