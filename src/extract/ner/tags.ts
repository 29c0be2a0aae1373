// Entity labels and the BIO tag set the recogniser predicts, with the conversions between tag
// sequences and token spans. CoNLL-2003 files use IOB1; we read them into BIO once.

export const NER_LABELS = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerLabel = (typeof NER_LABELS)[number];

/** The classes of the tagger, in a fixed order: the class id is the index. */
export const BIO_TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type BioTag = (typeof BIO_TAGS)[number];
export const TAG_COUNT = BIO_TAGS.length;
export const TAG_O = 0;

const TAG_ID = new Map<string, number>(BIO_TAGS.map((t, i) => [t, i]));

export function tagId(tag: string): number {
  const id = TAG_ID.get(tag);
  if (id === undefined) throw new Error(`ner: unknown tag "${tag}" (expected one of ${BIO_TAGS.join(", ")})`);
  return id;
}

/** Entity type of a tag id (null for O). */
export function labelOfTag(id: number): NerLabel | null {
  return id === TAG_O ? null : (NER_LABELS[(id - 1) >> 1] ?? null);
}

export function isBeginTag(id: number): boolean {
  return id !== TAG_O && (id & 1) === 1;
}

/** A run of tokens [start, end) that names one entity. */
export interface TokenSpan {
  start: number;
  end: number;
  label: NerLabel;
}

/** IOB1 (I- everywhere, B- only between two touching entities of one type) to BIO. */
export function iob1ToBio(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prev = "O";
  for (const tag of tags) {
    if (tag.startsWith("I-")) {
      const type = tag.slice(2);
      out.push(prev === `I-${type}` || prev === `B-${type}` ? tag : `B-${type}`);
    } else out.push(tag);
    prev = tag;
  }
  return out;
}

/**
 * Entity spans of a BIO sequence. An I-X that does not continue an X starts a new entity, as the
 * conlleval script reads it, so a tagger's slip still yields the span it most likely meant.
 */
export function bioSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag === "O" ? null : (tag.slice(2) as NerLabel);
    const continues = open !== null && tag.startsWith("I-") && open.label === type;
    if (continues) {
      open!.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = type ? { start: i, end: i + 1, label: type } : null;
  });
  if (open) spans.push(open);
  return spans;
}

/** Same as bioSpans, on tag ids. */
export function tagIdSpans(ids: ArrayLike<number>): TokenSpan[] {
  const tags: string[] = [];
  for (let i = 0; i < ids.length; i++) tags.push(BIO_TAGS[ids[i]!] ?? "O");
  return bioSpans(tags);
}
