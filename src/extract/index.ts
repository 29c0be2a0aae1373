// Stage 2: text → raw mentions, claims and relations (not yet grouped into entities; see src/resolve).
// Pure and deterministic: one document in, records out, no I/O. The NER and attribution models are
// loaded at the edge (src/pipeline/extract-document.ts) and passed in.
import type { DocumentRecord } from "../types/index.ts";
import type { AttributionModel } from "./attribution/index.ts";
import { extractAffiliations } from "./affiliations.ts";
import { pronounSubjectRelations } from "./pronoun-subjects.ts";
import { extractClaims } from "./claims.ts";
import { keepNamesEndingInS, pseudonymsOfPeople, recognizeMentions, shareGenders, withoutEponyms } from "./mentions.ts";
import { recognizeEntities, type NerModel, type NerSpan } from "./ner/index.ts";
import { mergeNerMentions } from "./ner-mentions.ts";
import { extractRelations, partySeatAsMembership } from "./relations.ts";
import { teamPositions } from "./team-positions.ts";
import { kinGenders } from "./kin-genders.ts";
import { withPartyLetters } from "./party-letters.ts";
import { possessedSpeakers } from "./possessive-speakers.ts";
import { quotedSpeakers } from "./quoted-speakers.ts";
import { resolveRoleSpeakers, roleHolders, type RoleHolders } from "./role-speakers.ts";
import { roleTies } from "./role-ties.ts";
import { resolveDescribedSpeakers } from "./described-speakers.ts";
import { resolveEpithetSpeakers } from "./epithet-speakers.ts";
import { resolveDocumentSpeakers } from "./document-speakers.ts";
import { resolvePairSpeakers } from "./pair-speakers.ts";
import { keepAnonymousSources } from "./anonymous-sources.ts";
import { resolveBareSpokespeople } from "./spokesperson-speakers.ts";
import { keepNamedSpeakers } from "./speaker-words.ts";
import { layoutText, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawExtraction, RawMention, RawRelation } from "./types.ts";

export type { RawClaim, RawExtraction, RawMention, RawRelation, RawSpeaker, TitleOf } from "./types.ts";
export { foldName } from "./mentions.ts";
export { genericNameTail, organisationName } from "./heads.ts";
export { ACRONYMS_IN_CONTEXT, GAZETTEER, lookupGazetteer, gazetteerKey, type GazetteerEntry } from "./gazetteer.ts";
export { speechActFromCue } from "./cues.ts";
export { resolveDate } from "./dates.ts";
export { layoutText, type TextLayout } from "./tokens.ts";
export { roleHolders } from "./role-speakers.ts";
export { DEMONYM_REGIONS } from "./titles.ts";
export { mergeNerMentions } from "./ner-mentions.ts";

export interface ExtractOptions {
  /**
   * The trained recogniser (src/extract/ner): the primary source of names, joined with the rules. Or any
   * recogniser giving spans of CoNLL's four labels with a confidence (tests fix its output this way).
   * Without it only the rule-based recogniser runs (word lists and news rules).
   */
  ner?: NerModel | ((text: string, start: number) => NerSpan[]);
  /** The trained attribution tagger (src/extract/attribution), beside the claim rules. Without it only the rules run. */
  attribution?: AttributionModel;
  /** Folded names of towns and cities (data/geo/places.json): a name no rule typed, where a sentence puts a town, is one. */
  towns?: ReadonlySet<string>;
  /** Recognition only: no claims and no relations (`kg extract --entities-only`, for entity work at full speed). */
  entitiesOnly?: boolean;
}

/** Mentions, claims and relations of one document, with offsets into `document.text`. */
export function extractMentionsAndClaims(document: DocumentRecord, options: ExtractOptions = {}): RawExtraction {
  const layout = layoutText(document.text, document.bodyStart);
  const recognized = recognizeMentions(layout, options.towns);
  const mentions = shareGenders(kinGenders(layout, pseudonymsOfPeople(layout, withPartyLetters(layout, withoutEponyms(layout, keepNamesEndingInS(layout, options.ner
    ? mergeNerMentions(layout, recognized.mentions, typeof options.ner === "function" ? options.ner(document.text, document.bodyStart) : recognizeEntities(options.ner, document.text, document.bodyStart))
    : recognized.mentions))))));
  if (options.entitiesOnly) return { mentions, claims: [], relations: [], messages: recognized.messages };
  // Relations first: the roles they give ("X, the president of Y") name who "the president said" is.
  const readRelations = (ms: readonly RawMention[]): RawRelation[] => [...extractRelations(layout, ms), ...extractAffiliations(layout, ms), ...teamPositions(layout, ms)];
  const found = withoutRepeats([...readRelations(mentions), ...pronounSubjectRelations(layout, mentions, readRelations)]);
  const holders = roleHolders(layout, mentions, found);
  // (After the holders: "the Labour MP said" is still the person the seat names.)
  const relations = found.map((r) => partySeatAsMembership(r, mentions));
  relations.push(...roleTies(layout, mentions, holders));
  const claims = extractClaims(layout, mentions, document.date, options.attribution ?? null, holders);
  return { mentions, claims: rereadSpeakers(layout, mentions, holders, claims.claims), relations, messages: [...recognized.messages, ...claims.messages] };
}

/**
 * One relation per type and ends (mentions, so one per place it is stated): "X, a member of Y" is read both as an
 * apposition and as a membership, "Galatasaray, whose coach, Okan Buruk" both as a title's and as a relative's office.
 */
function withoutRepeats(relations: RawRelation[]): RawRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.type}|${r.source}|${"mention" in r.target ? r.target.mention : r.target.place}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Speakers read again with the whole document in view: who an agency quoted, the phrase after a
 * possessive, an anonymous source kept as written ("a senior Hezbollah official"), words that must
 * name someone, roles held by one person, "the company" for the company the story is about, "a
 * spokesperson" for the group that spoke just before, "the Spaniard" for the person who spoke before. The claims of extractClaims in, the claims kept out.
 */
export function rereadSpeakers(layout: TextLayout, mentions: readonly RawMention[], holders: RoleHolders, claims: readonly RawClaim[]): RawClaim[] {
  const speakers = keepAnonymousSources(layout, mentions, possessedSpeakers(layout, mentions, quotedSpeakers(layout, mentions, claims)));
  const described = resolveDescribedSpeakers(layout, mentions, resolveRoleSpeakers(layout, mentions, keepNamedSpeakers(layout, mentions, speakers), holders));
  return resolvePairSpeakers(layout, mentions, resolveDocumentSpeakers(layout.text, resolveEpithetSpeakers(layout, mentions, resolveBareSpokespeople(layout, mentions, described)), (m) => mentions[m]!));
}
