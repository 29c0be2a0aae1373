// What the tagger reads beside the tokens, built once per document: which tokens are quoted (quotes
// found per paragraph, as the claim rules find them) and which mention each token belongs to.
import { findQuotes } from "../quotes.ts";
import type { TextLayout } from "../tokens.ts";
import type { RawMention } from "../types.ts";
import type { FeatureContext } from "./features.ts";

/** Token index → mention index, or -1. */
export function mentionIndex(tokenCount: number, mentions: readonly RawMention[]): Int32Array {
  const at = new Int32Array(tokenCount).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.firstToken; k < m.lastToken; k++) at[k] = i;
  });
  return at;
}

/** Token index → 1 when the token lies inside a quote (marks included). */
export function quotedTokens(layout: TextLayout): Uint8Array {
  const t = layout.tokens;
  const quoted = new Uint8Array(t.length);
  for (const line of layout.lines) {
    const first = layout.sentences[line.first]!.first;
    const last = layout.sentences[line.last - 1]!.last;
    let k = first;
    for (const q of findQuotes(layout.text, line.start, line.end)) {
      while (k < last && t[k]!.start < q.open) k++;
      for (let j = k; j < last && t[j]!.start < q.close; j++) quoted[j] = 1;
    }
  }
  return quoted;
}

export function featureContext(layout: TextLayout, mentions: readonly RawMention[], cueWords: ReadonlySet<string>): FeatureContext {
  return { layout, mentions, mentionAt: mentionIndex(layout.tokens.length, mentions), quoted: quotedTokens(layout), cueWords };
}
