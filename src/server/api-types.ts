// The JSON shapes the HTTP API returns; the viewer imports these as types only (nothing is bundled).
import type { EntityType } from "../types/index.ts";

export interface GraphNode {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
  mentionCount: number;
}

/** One claim folded into a CLAIM edge: enough to filter the edge by predicate and date in the viewer. */
export interface EdgeClaim {
  predicate: string;
  /** The claim's own date, else its article's; null when neither is known. */
  date: string | null;
}

/**
 * `type` is a relation type (ROLE, MEMBER_OF, ...), "CLAIM" (speaker → about), "SAME_CLAIM" (two entities a claim
 * is about, only on paths) or "CO_MENTION" (shared documents).
 */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  label: string | null;
  /** CLAIM edges only: the claims folded into the edge (at most apiLimits.claimsPerEdge). */
  claims?: EdgeClaim[];
}

export interface GraphResponse {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Set when a part of the graph was cut short (row cap or time limit); the rest is still usable. */
  warnings: string[];
}

export interface SearchResult {
  id: string;
  name: string;
  type: EntityType;
  kind: string | null;
  score: number;
}
export interface SearchResponse {
  results: SearchResult[];
}

export interface NodeDetails extends GraphNode {
  aliases: string[];
}
export interface DocumentSummary {
  id: string;
  title: string | null;
  date: string | null;
  path: string | null;
}
export interface ClaimView {
  id: string;
  predicate: string;
  cue: string | null;
  quote: string | null;
  /** The sentence the claim was read from. */
  text: string;
  date: string | null;
  documentId: string | null;
  documentTitle: string | null;
  documentDate: string | null;
  start: number | null;
  end: number | null;
  speakerName: string | null;
  speakerId: string | null;
  /** The entity the act is aimed at (who is urged, warned; whose demand is rejected), when there is one. */
  targetId: string | null;
  targetName: string | null;
  /** statement, twitter, television, ... (see CHANNELS in src/types) and the words that name it. */
  channel: string | null;
  channelCue: string | null;
  stance: "support" | "oppose" | "neutral" | null;
  /** The speech act itself is negated ("did not say"): not a claim that the content is so. */
  negated: boolean;
  /** Where `text` starts in the document; null when the sentence could not be placed. */
  sentenceStart: number | null;
  /** Spans of `text` to highlight: the speaker's mention, the cue, the panel entity's mentions. */
  marks: SentenceMark[];
}
export interface SentenceMark {
  kind: "speaker" | "cue" | "entity";
  /** Offsets into the claim's `text` (UTF-16 code units). */
  start: number;
  end: number;
}
export interface RelationView {
  type: string;
  label: string | null;
  direction: "out" | "in";
  otherId: string;
  otherName: string;
}
export interface NodeResponse {
  node: NodeDetails;
  documents: DocumentSummary[];
  claimsMade: ClaimView[];
  claimsAbout: ClaimView[];
  relations: RelationView[];
  /** How many there are in all: the lists stop at the API's row bound. */
  totals: { documents: number; claimsMade: number; claimsAbout: number };
}

export interface MentionView {
  entityId: string;
  name: string;
  type: EntityType;
  start: number;
  end: number;
}
export interface DocumentResponse {
  document: DocumentSummary & { text: string };
  mentions: MentionView[];
}

/** GET /api/neighbours/:id: the entity, its neighbours, and every edge among them. */
export interface NeighboursResponse extends GraphResponse {
  center: string;
}

/** GET /api/path: the shortest chain of entities, each step a relation or a claim; empty when none is short enough. */
export interface PathResponse {
  found: boolean;
  /** In path order, from `from` to `to`. */
  nodes: GraphNode[];
  /** One per step, in path order; ids match the edges /api/graph returns where such an edge exists. */
  edges: GraphEdge[];
}

export interface ErrorResponse {
  error: { code: string; message: string };
}
