// Stable ids: an entity's id is derived from its type and its canonical name key, so the same
// entity named the same way in two documents gets the same id; a claim's from its document and span.
import { hash as digest } from "node:crypto";
import { ACRONYMS_IN_CONTEXT, foldName, GAZETTEER } from "../extract/index.ts";
import type { EntityType, Span } from "../types/index.ts";

/** Folded surface → canonical name, per type: "daesh" → "Islamic State". */
const ALIASES = new Map<string, string>();
for (const entry of GAZETTEER) {
  // (Letters read so only in context are keyed by the name extraction gives them: mentions.ts.)
  for (const name of entry.names) if (!ACRONYMS_IN_CONTEXT.has(name)) ALIASES.set(`${entry.type}|${foldName(name)}`, entry.names[0]!);
}

/** The canonical name a curated alias stands for, or undefined. */
export function canonicalAlias(type: EntityType, surface: string): string | undefined {
  return ALIASES.get(`${type}|${foldName(surface)}`);
}

/** The key entities are grouped and identified by: folded canonical name. */
export function entityKey(type: EntityType, surface: string): string {
  return foldName(canonicalAlias(type, surface) ?? surface);
}

const PREFIX: Record<EntityType, string> = { Person: "person", Group: "group", Place: "place" };

// One-shot crypto.hash (Node 20.12+): the same SHA-1 hex as createHash, without the Hash object.
function hash(text: string, length: number): string {
  return digest("sha1", text, "hex").slice(0, length);
}

// Ids of names already seen: the same names recur across documents, and SHA-1 is the cost.
const IDS = new Map<string, string>();

export function entityId(type: EntityType, key: string): string {
  const input = `${type}|${key}`;
  let id = IDS.get(input);
  if (id === undefined) {
    id = `${PREFIX[type]}_${hash(input, 12)}`;
    if (IDS.size >= 100_000) IDS.clear(); // bounded, like foldName's cache
    IDS.set(input, id);
  }
  return id;
}

/** The claim id: document, evidence span and speaker (several speakers may share one evidence). */
export function claimId(documentId: string, evidence: Span, speaker: string): string {
  return `claim_${hash(`${documentId}|${evidence.start}|${evidence.end}|${speaker}`, 16)}`;
}
