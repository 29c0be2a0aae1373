// Places a claim's sentence in its document and turns the claim's document offsets (speaker, cue, the entity's
// mentions) into marks relative to the sentence, so the panel can highlight them without the whole document.
import type { SentenceMark } from "./api-types.ts";

/** What the claim queries return besides the ClaimView fields: offsets into the document and a window of its text. */
export interface ClaimOffsets {
  text: string;
  start: number | null;
  cueStart: number | null;
  cueEnd: number | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** A slice of the document text around the claim, starting at windowStart. */
  window: string | null;
  windowStart: number | null;
  /** The mentions of the entity the panel is about, in this claim's document. */
  focusStarts: number[] | null;
  focusEnds: number[] | null;
}

export interface PlacedSentence {
  /** Where the sentence starts in the document, or null when it could not be found there. */
  sentenceStart: number | null;
  marks: SentenceMark[];
}

/** Marks earlier in this list win when two overlap: the speaker is the point of a claim, the cue its verb. */
const MARK_PRIORITY: SentenceMark["kind"][] = ["speaker", "entity", "cue"];

export function placeSentence(claim: ClaimOffsets): PlacedSentence {
  const sentenceStart = findSentence(claim);
  if (sentenceStart === null) return { sentenceStart, marks: [] };
  const length = claim.text.length;
  const candidates: SentenceMark[] = [];
  const add = (kind: SentenceMark["kind"], start: number | null | undefined, end: number | null | undefined) => {
    if (start == null || end == null) return;
    const relativeStart = start - sentenceStart;
    const relativeEnd = end - sentenceStart;
    if (relativeStart >= 0 && relativeEnd <= length && relativeStart < relativeEnd) candidates.push({ kind, start: relativeStart, end: relativeEnd });
  };
  // The panel's entity named inside a longer source ("President Masoud Barzani’s aide, Hemin Hawrami") is the speaker
  // mark: its name, not a phrase that holds another person's name too.
  let [speakerStart, speakerEnd] = [claim.speakerStart, claim.speakerEnd];
  (claim.focusStarts ?? []).forEach((start, i) => {
    const end = claim.focusEnds?.[i];
    if (end != null && claim.speakerStart != null && claim.speakerEnd != null && start >= claim.speakerStart && end <= claim.speakerEnd) [speakerStart, speakerEnd] = [start, end];
  });
  add("speaker", speakerStart, speakerEnd);
  add("cue", claim.cueStart, claim.cueEnd);
  (claim.focusStarts ?? []).forEach((start, i) => add("entity", start, claim.focusEnds?.[i]));

  const byPriority = [...candidates].sort((a, b) => MARK_PRIORITY.indexOf(a.kind) - MARK_PRIORITY.indexOf(b.kind) || a.start - b.start);
  const kept: SentenceMark[] = [];
  for (const mark of byPriority) {
    if (!kept.some((k) => mark.start < k.end && k.start < mark.end)) kept.push(mark);
  }
  return { sentenceStart, marks: kept.sort((a, b) => a.start - b.start) };
}

/** The occurrence of the sentence in the window that contains the claim's cue (a sentence may repeat in a document). */
function findSentence(claim: ClaimOffsets): number | null {
  if (!claim.window || claim.windowStart === null || !claim.text) return null;
  const anchor = claim.cueStart ?? claim.start;
  let best: number | null = null;
  for (let i = claim.window.indexOf(claim.text); i >= 0; i = claim.window.indexOf(claim.text, i + 1)) {
    const start = claim.windowStart + i;
    if (anchor === null || (anchor >= start && anchor <= start + claim.text.length)) return start;
    best ??= start;
  }
  return best;
}
