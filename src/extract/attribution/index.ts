// The statistical side of claim extraction: a BIO tagger of PolNeAR's Cue, Source and Content spans
// (trained on PolNeAR train), the pairing of its spans into attributions, and their claims.
import type { ClaimContext } from "../speaker.ts";
import type { TextLayout } from "../tokens.ts";
import { pairSpans, spansOfTags, type TaggedAttribution, type TaggedSpan } from "./assemble.ts";
import { isCueWord } from "./cue-words.ts";
import { tagLine, type AttributionModel } from "./tagger.ts";

export { claimsOfAttributions } from "./claims.ts";
export { predicateOfCue } from "./cue-words.ts";
export type { AttributionModel } from "./tagger.ts";
export type { TaggedAttribution } from "./assemble.ts";

/** The tagged attributions of one line (paragraph), in cue order. */
export function tagAttributions(model: AttributionModel, ctx: ClaimContext, line: TextLayout["lines"][number]): TaggedAttribution[] {
  const layout = ctx.layout;
  const first = layout.sentences[line.first]!.first;
  const last = layout.sentences[line.last - 1]!.last;
  if (last <= first) return [];
  // A paragraph without a cue word or a quote has no attribution the tagger could find: skip it.
  let promising = false;
  for (let k = first; k < last && !promising; k++) promising = ctx.quoted[k] === 1 || model.cueWords.has(layout.tokens[k]!.lower);
  if (!promising) return [];
  return pairSpans(layout, spansOfTags(tagLine(model, ctx, first, last), first)).filter((a) => knownCue(model, layout, a.cue));
}

/**
 * Whether a tagged cue holds a word PolNeAR's annotators marked as a cue in training, or one the
 * claim rules know. From word shapes alone the tagger also marks acts as cues ("Estes eagled the
 * fourth hole", "Bernardin underwent surgery"), which are no claims.
 */
function knownCue(model: AttributionModel, layout: TextLayout, cue: TaggedSpan): boolean {
  for (let k = cue.first; k < cue.last; k++) {
    const w = layout.tokens[k]!.lower;
    if (model.cueWords.has(w) || isCueWord(w)) return true;
  }
  return false;
}
