// The JSON shapes the HTTP API returns; the viewer imports these as types only (nothing is bundled).
import type { EntityType } from "../types/index.ts";

export interface GraphNode {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
  mentionCount: number;
}

/** `type` is a relation type (ROLE, MEMBER_OF, ...), "CLAIM" (speaker → about) or "CO_MENTION" (shared documents). */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  label: string | null;
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

export interface ErrorResponse {
  error: { code: string; message: string };
}
