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

export const EDGE_COLOURS = {
  relation: "#555555",
  CLAIM: "#CC79A7",
  CO_MENTION: "#c8c8c8",
} as const;

export function entityColour(type: string | null | undefined): string {
  return ENTITY_COLOURS[type as EntityType] ?? UNKNOWN_COLOUR;
}

export function edgeColour(type: string): string {
  if (type === "CLAIM" || type === "CO_MENTION") return EDGE_COLOURS[type];
  return EDGE_COLOURS.relation;
}
