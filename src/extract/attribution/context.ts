// What the tagger reads beside the tokens, built once per document: which tokens are quoted (quotes
// found per paragraph, as the claim rules find them) and which mention each token belongs to.
import { findQuotes, type Quote } from "../quotes.ts";
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

/** The quotes of each line (paragraph) of a layout, as the claim rules find them. */
export function lineQuotes(layout: TextLayout): Quote[][] {
  return layout.lines.map((line) => findQuotes(layout.text, line.start, line.end, !line.heading));
}

/** Token index → 1 when the token lies inside a quote (marks included); `quotes` per line, when already found. */
export function quotedTokens(layout: TextLayout, quotes: readonly (readonly Quote[])[] = lineQuotes(layout)): Uint8Array {
  const t = layout.tokens;
  const quoted = new Uint8Array(t.length);
  for (let l = 0; l < layout.lines.length; l++) {
    const line = layout.lines[l]!;
    const first = layout.sentences[line.first]!.first;
    const last = layout.sentences[line.last - 1]!.last;
    let k = first;
    for (const q of quotes[l]!) {
      while (k < last && t[k]!.start < q.open) k++;
      for (let j = k; j < last && t[j]!.start < q.close; j++) quoted[j] = 1;
    }
  }
  return quoted;
}

export function featureContext(layout: TextLayout, mentions: readonly RawMention[], cueWords: ReadonlySet<string>): FeatureContext {
  return { layout, mentions, mentionAt: mentionIndex(layout.tokens.length, mentions), quoted: quotedTokens(layout), cueWords };
}
