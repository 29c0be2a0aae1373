// Stage 2: text → raw mentions, claims and relations (not yet grouped into entities; see src/resolve).
// Pure and deterministic: one document in, records out, no I/O.
import type { DocumentRecord } from "../types/index.ts";
import { extractClaims } from "./claims.ts";
import { recognizeMentions } from "./mentions.ts";
import { extractRelations } from "./relations.ts";
import { layoutText } from "./tokens.ts";
import type { RawExtraction } from "./types.ts";

export type { RawClaim, RawExtraction, RawMention, RawRelation, RawSpeaker, TitleOf } from "./types.ts";
export { foldName } from "./mentions.ts";
export { GAZETTEER, lookupGazetteer, gazetteerKey, type GazetteerEntry } from "./gazetteer.ts";
export { speechActFromCue } from "./cues.ts";
export { resolveDate } from "./dates.ts";
export { layoutText, type TextLayout } from "./tokens.ts";

/** Mentions, claims and relations of one document, with offsets into `document.text`. */
export function extractMentionsAndClaims(document: DocumentRecord): RawExtraction {
  const layout = layoutText(document.text, document.bodyStart);
  const { mentions, messages } = recognizeMentions(layout);
  const claims = extractClaims(layout, mentions, document.date);
  const relations = extractRelations(layout, mentions);
  return { mentions, claims: claims.claims, relations, messages: [...messages, ...claims.messages] };
}
