// Tagged tokens → attributions: the spans of each kind, then every cue with the nearest source in
// its sentence and the nearest content in its paragraph (a span already taken by another cue only
// when there is no free one; never a source that opens a later cue), as PolNeAR pairs them.
import type { TextLayout } from "../tokens.ts";

export type SpanKind = "cue" | "source" | "content";

/** Token range [first, last) tagged as one span. */
export interface TaggedSpan {
  kind: SpanKind;
  first: number;
  last: number;
}

export interface TaggedAttribution {
  cue: TaggedSpan;
  source?: TaggedSpan;
  content?: TaggedSpan;
  /** The content is another cue's, in another sentence: "It is understood that X. Modi thanked voters" (no claim). */
  borrowed?: boolean;
}

const KIND_OF_TAG: ReadonlyArray<SpanKind | null> = [null, "cue", "cue", "source", "source", "content", "content"];

/** Spans of tags (tokens from `offset`): a B tag opens one, I tags of the same kind continue it. */
export function spansOfTags(tags: Uint8Array, offset: number): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const kind = KIND_OF_TAG[tag] ?? null;
    const inside = tag === 2 || tag === 4 || tag === 6;
    if (open && (!inside || open.kind !== kind)) {
      spans.push(open);
      open = null;
    }
    if (kind && !open) open = { kind, first: offset + i, last: offset + i + 1 };
    else if (open) open.last = offset + i + 1;
  }
  if (open) spans.push(open);
  return spans;
}

function gap(a: TaggedSpan, b: TaggedSpan): number {
  return a.last <= b.first ? b.first - a.last : b.last <= a.first ? a.first - b.last : 0;
}

/** Pairs each cue of one paragraph's spans with a source (same sentence) and a content. */
export function pairSpans(layout: TextLayout, spans: readonly TaggedSpan[]): TaggedAttribution[] {
  const t = layout.tokens;
  const cues = spans.filter((s) => s.kind === "cue");
  const sources = spans.filter((s) => s.kind === "source");
  const contents = spans.filter((s) => s.kind === "content");
  const taken = new Set<TaggedSpan>();
  const nearest = (cue: TaggedSpan, options: TaggedSpan[], sameSentence: boolean): TaggedSpan | undefined => {
    let best: TaggedSpan | undefined;
    let bestScore = Infinity;
    for (const s of options) {
      if (sameSentence && t[s.first]!.sentence !== t[cue.first]!.sentence && t[s.last - 1]!.sentence !== t[cue.first]!.sentence) continue;
      // Another cue between them means the span is that cue's.
      const lo = Math.min(s.last, cue.last);
      const hi = Math.max(s.first, cue.first);
      if (cues.some((c) => c !== cue && c.first >= lo && c.last <= hi)) continue;
      // A source right before a later cue is that cue's: "lawmakers seeking to halt ..., a court spokesman said".
      if (s.kind === "source" && s.first > cue.last && cues.some((c) => c.first === s.last)) continue;
      const score = gap(cue, s) + (taken.has(s) ? 1000 : 0);
      if (score < bestScore) [best, bestScore] = [s, score];
    }
    if (best) taken.add(best);
    return best;
  };
  const elsewhere = (cue: TaggedSpan, s: TaggedSpan): boolean => t[s.first]!.sentence !== t[cue.first]!.sentence && t[s.last - 1]!.sentence !== t[cue.first]!.sentence;
  return cues.map((cue) => {
    const source = nearest(cue, sources, true);
    const free = contents.filter((s) => !taken.has(s));
    const content = nearest(cue, contents, false);
    const borrowed = content !== undefined && !free.includes(content) && elsewhere(cue, content);
    return { cue, ...(source ? { source } : {}), ...(content ? { content } : {}), ...(borrowed ? { borrowed } : {}) };
  });
}
