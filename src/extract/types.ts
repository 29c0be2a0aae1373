// Raw, unresolved records the extract stage hands to resolve. Mentions are not yet grouped into
// entities; claims and relations point at mentions by index.
import type { Channel, DocumentMessage, EntityType, Predicate, Span, Stance } from "../types/index.ts";

/**
 * What a title before a person's name is a title of: a mention ("Kirkuk Gov.") or a place by name ("Iraqi" is
 * Iraq), with the words that name it when they are no mention ("Calif." of "D-Calif.") so resolve can make one.
 */
export type TitleOf = { mention: number } | { place: string; words?: Span; /** "country" unless said */ kind?: string };

export interface RawMention {
  start: number;
  end: number;
  /** Exactly `document.text.slice(start, end)`. */
  text: string;
  type: EntityType;
  kind?: string;
  /** How sure the recogniser is: 3 curated list, cue word or title; 2 lexicon or context; 1 shape only. */
  score: number;
  /** Which rule recognised it, for messages and debugging. */
  rule: string;
  sentence: number;
  /** Token range [firstToken, lastToken). */
  firstToken: number;
  lastToken: number;
  /** Followed by ’s in the text (the ’s is not part of the mention). */
  possessive: boolean;
  /** Canonical name when a curated list knows it ("Islamic State" for "Daesh"). */
  canonical?: string;
  gender?: "male" | "female";
  /** The title written right before a person's name ("Prime Minister") and its span. */
  title?: { label: string; start: number; end: number; of?: TitleOf; /** Where "Iraqi" in "Iraqi President" starts. */ ofStart?: number };
  /** Index of a mention this one is defined as an alias of: "(PMF)", "Hashed Al-Shaabi, or PMF". */
  aliasOf?: number;
}

/** Who made a claim: a mention, or words that are not an entity ("a Kurdish security official"). */
export type RawSpeaker = { mention: number } | { words: string; start: number; end: number };

export interface RawClaim {
  speaker: RawSpeaker;
  predicate: Predicate;
  cue: string;
  cueSpan: Span;
  /** Span of the sentence(s) the claim was read from. */
  textSpan: Span;
  quote: string | null;
  evidence: Span;
  date: string | null;
  /** The source as written when it is not the speaker's mention: "he" in "he said" (PolNeAR marks the pronoun). */
  sourceSpan?: Span;
  /** Target, channel, stance and negation, read by claim-attributes.ts once the claim is found. */
  attributes?: RawClaimAttributes;
}

/**
 * Whom a claim's act is aimed at: an entity's mention (the one person a role phrase names, "accused the prosecutor of",
 * may be named elsewhere), or null for a group of people named by its words ("Kurdish authorities"); `span` is the
 * words in the claim's sentence.
 */
export interface RawTarget {
  mention: number | null;
  span: Span;
}

export interface RawClaimAttributes {
  target: RawTarget | null;
  channel: Channel | null;
  channelSpan: Span | null;
  stance: Stance | null;
  negated: boolean;
}

export interface RawRelation {
  type: string;
  source: number;
  target: TitleOf;
  evidence: Span;
  label?: string;
}

export interface RawExtraction {
  mentions: RawMention[];
  claims: RawClaim[];
  relations: RawRelation[];
  messages: DocumentMessage[];
}
