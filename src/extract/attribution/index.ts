// The statistical side of claim extraction: a BIO tagger of PolNeAR's Cue, Source and Content spans
// (trained on PolNeAR train), the pairing of its spans into attributions, and their claims.
import type { ClaimContext } from "../speaker.ts";
import type { TextLayout } from "../tokens.ts";
import { pairSpans, spansOfTags, type TaggedAttribution } from "./assemble.ts";
import { tagLine, type AttributionModel } from "./tagger.ts";

export { claimsOfAttributions, predicateOfCue } from "./claims.ts";
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
  return pairSpans(layout, spansOfTags(tagLine(model, ctx, first, last), first));
}
