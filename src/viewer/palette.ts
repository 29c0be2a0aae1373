// Colours for entity and edge types: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
import type { EntityType } from "../types/index.ts";

export const ENTITY_COLOURS: Record<EntityType, string> = {
  Person: "#0072B2",
  Group: "#E69F00",
  Place: "#009E73",
};
/** For a node whose type label is missing or unknown. */
export const UNKNOWN_COLOUR = "#999999";
/** Nodes and edges outside the highlighted neighbourhood. */
export const DIMMED_COLOUR = "#e4e4e4";
/** Nodes and edges on a found path. */
export const PATH_COLOUR = "#D55E00";

/** Edge families the legend names; every relation type falls in one. */
export type EdgeFamily = "claim" | "role" | "family" | "coMention";

export const EDGE_COLOURS: Record<EdgeFamily, string> = {
  claim: "#CC79A7",
  role: "#555555",
  family: "#56B4E9",
  coMention: "#c8c8c8",
};

const FAMILY_TYPES = new Set(["SPOUSE_OF", "PARENT_OF", "CHILD_OF", "SIBLING_OF", "RELATIVE_OF"]);
/** Relations that read the same both ways are drawn without an arrow. */
const SYMMETRIC_TYPES = new Set(["SPOUSE_OF", "SIBLING_OF", "ALLIED_WITH", "CO_MENTION", "SAME_CLAIM"]);

export function edgeFamily(type: string): EdgeFamily {
  if (type === "CLAIM" || type === "SAME_CLAIM") return "claim";
  if (type === "CO_MENTION") return "coMention";
  if (FAMILY_TYPES.has(type)) return "family";
  return "role";
}

export const isDirected = (type: string) => !SYMMETRIC_TYPES.has(type);

export function entityColour(type: string | null | undefined): string {
  return ENTITY_COLOURS[type as EntityType] ?? UNKNOWN_COLOUR;
}

export function edgeColour(type: string): string {
  return EDGE_COLOURS[edgeFamily(type)];
}

/** Colours for Louvain communities, cycled: the palette's colours after the three entity ones, then greys. */
const COMMUNITY_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000", "#8c6d31", "#7b4173"];
export const communityColour = (community: number) => COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length]!;
