// The records that flow between stages: documents → extract → resolve → graph → server/viewer.
// Zod schemas validate at the boundaries (files in, JSON out, API responses); types are inferred.
import { z } from "zod";

/** A character span into the document's original text, in UTF-16 code units (JS string indices). */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const ENTITY_TYPES = ["Person", "Group", "Place"] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const MentionSchema = SpanSchema.extend({ text: z.string() });
export type Mention = z.infer<typeof MentionSchema>;

/** One real-world thing named in a document, with every place it is named. */
export const EntityRecordSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  /** Finer class where clear: government, armed_force, media, party, country, city, ... */
  kind: z.string().optional(),
  mentions: z.array(MentionSchema),
  /** Why other names were joined into this entity: every merge is explainable. */
  merges: z.array(z.object({ alias: z.string(), rule: z.string(), score: z.number() })).optional(),
  /** For places resolvable in GeoNames: its id, ISO 3166-1 alpha-2 country code and coordinates. */
  geonamesId: z.number().int().optional(),
  countryCode: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

/**
 * Normalised speech acts; the original cue word is kept beside it. `declines` is a refusal to speak ("declined to
 * comment on the report", "has not commented"), kept as a record of its own.
 */
export const PREDICATES = ["states", "demands", "rejects", "denies", "warns", "pledges", "urges", "reports", "declines"] as const;
export const PredicateSchema = z.enum(PREDICATES);
export type Predicate = z.infer<typeof PredicateSchema>;

/**
 * How a speech act reached the public, when the text says so (`channelCue` keeps the words): a platform
 * (twitter, facebook, social_media, television, radio) wins over a form (statement, interview, press, speech,
 * letter, article) when both are named: "said in a statement he tweeted" is twitter.
 */
export const CHANNELS = ["statement", "twitter", "facebook", "social_media", "television", "radio", "interview", "press", "speech", "letter", "article"] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;
/** The speaker's explicit stance toward the act's object (its target when that is an entity). */
export const STANCES = ["support", "oppose", "neutral"] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

/** Something a source asserted, demanded, denied, ... in a document. */
export const ClaimRecordSchema = z.object({
  id: z.string(),
  /** Entity id of the speaker, or the source's own words ("officials") when it is not an entity. */
  speaker: z.string(),
  speakerIsEntity: z.boolean(),
  predicate: PredicateSchema,
  cue: z.string(),
  /** The sentence (or sentences) the claim was read from. */
  text: z.string(),
  /** The direct quote, verbatim, when there is one. */
  quote: z.string().nullable(),
  /** ISO date of the speech act at the precision written (2017-09-24, 2017-08 for "last month", 2016), else null (never the document date by default). */
  date: z.string().nullable(),
  about: z.array(z.string()),
  /** Span of the content (quote or paraphrase). */
  evidence: SpanSchema,
  cueSpan: SpanSchema.optional(),
  speakerMention: SpanSchema.optional(),
  // Issue #4 (src/extract/claim-attributes.ts); optional so claims written before them still parse.
  /** Entity id of whom the act is aimed at (who is urged, warned, accused; whose demand is rejected), or the words naming a group of people no entity stands for ("Kurdish authorities"). */
  target: z.string().nullable().optional(),
  /** False when `target` is words, not an entity id (as `speakerIsEntity`). */
  targetIsEntity: z.boolean().optional(),
  targetMention: SpanSchema.optional(),
  channel: ChannelSchema.nullable().optional(),
  /** The words that name the channel, as written: "in a statement he tweeted", "told Rudaw TV". */
  channelCue: z.string().nullable().optional(),
  channelSpan: SpanSchema.optional(),
  stance: StanceSchema.nullable().optional(),
  /** The speech act itself is negated ("did not say", "never denied"): not a claim that its content is so. */
  negated: z.boolean().optional(),
});
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

export const RelationRecordSchema = z.object({
  type: z.string(),
  source: z.string(),
  target: z.string(),
  evidence: SpanSchema,
  /** Extra facts such as the title of a ROLE ("President"). */
  label: z.string().optional(),
});
export type RelationRecord = z.infer<typeof RelationRecordSchema>;

/** A problem found in a document, reported where it was found without stopping the run. */
export const MessageSchema = z.object({
  severity: z.enum(["info", "warning", "fatal"]),
  rule: z.string(),
  reason: z.string(),
  offset: z.number().int().optional(),
});
export type DocumentMessage = z.infer<typeof MessageSchema>;

export const DocumentRecordSchema = z.object({
  /** Content hash of the file's bytes, so a renamed file is the same document. */
  id: z.string(),
  path: z.string(),
  /** ISO date from the ` date YYYY-MM-DD` header, or null when there is none. */
  date: z.string().nullable(),
  title: z.string(),
  /** The whole original text; offsets index into it. */
  text: z.string(),
  /** Where the article body starts (after the date header). */
  bodyStart: z.number().int().nonnegative(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

/** What extraction and resolution produce for one document: the `kg extract --jsonl` line. */
export interface DocumentExtraction {
  document: DocumentRecord;
  entities: EntityRecord[];
  claims: ClaimRecord[];
  relations: RelationRecord[];
  messages: DocumentMessage[];
}

/** Errors that teach: the CLI maps each class to a message and an exit code. */
export class KgError extends Error {
  override name = "KgError";
}
/** The input (a file, an argument) is unusable; names the file or setting and the problem. */
export class BadInputError extends KgError {
  override name = "BadInputError";
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}
export class NotFoundError extends KgError {
  override name = "NotFoundError";
}
export class DatabaseUnavailableError extends KgError {
  override name = "DatabaseUnavailableError";
}
/** A query the read-only paths refuse (writes, admin procedures). */
export class ReadOnlyViolationError extends KgError {
  override name = "ReadOnlyViolationError";
}
