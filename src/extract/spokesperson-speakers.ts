// Spokespeople named by nothing but the word: "The Environment Agency denied that the scheme was late. A
// spokesperson said ..." speaks for the group whose claim comes right before, in the same paragraph;
// "the spokesperson said" after "A council spokesperson insisted" is that spokesperson again, and "The source said" after
// "a source close to the investigation told" that source. Otherwise the words stay the speaker, never guessed. Pure: layout, mentions and claims in.
import { sentenceAt, type TextLayout } from "./tokens.ts";
import type { RawClaim, RawMention } from "./types.ts";

const BARE = /^(?:a|an|the)\s+spokes(?:man|woman|person)$/i;
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b/i;
/** One anonymous person taken up again: "The source said", "the official added". */
const THE_ONE = /^the\s+(source|official|adviser|advisor|aide|diplomat|insider)$/i;

/** The claims whose speaker is a bare "a spokesperson" given to the group or spokesperson of the claim before. */
export function resolveBareSpokespeople(layout: TextLayout, mentions: readonly RawMention[], claims: readonly RawClaim[]): RawClaim[] {
  if (!claims.some((c) => "words" in c.speaker && (BARE.test(c.speaker.words.trim()) || THE_ONE.test(c.speaker.words.trim())))) return [...claims];
  const order = claims.map((_, i) => i).sort((a, b) => claims[a]!.cueSpan.start - claims[b]!.cueSpan.start);
  const sentenceOf = (offset: number): number => sentenceAt(layout, offset);
  const lineOf = (offset: number): number => layout.sentences[sentenceOf(offset)]!.line;
  const out = [...claims];
  order.forEach((i, k) => {
    const c = out[i]!;
    // "a source close to the investigation said ... The source said": the one named by those words before, in this
    // paragraph or the one before.
    const one = "words" in c.speaker ? THE_ONE.exec(c.speaker.words.trim())?.[1]?.toLowerCase() : undefined;
    if (one && "words" in c.speaker) {
      const noun = new RegExp(`\\b${one}\\b`, "i");
      const line = lineOf(c.cueSpan.start);
      for (let j = k - 1; j >= 0 && lineOf(out[order[j]!]!.cueSpan.start) >= line - 1; j--) {
        const before = out[order[j]!]!.speaker;
        if ("words" in before && noun.test(before.words) && !THE_ONE.test(before.words.trim())) {
          out[i] = { ...c, speaker: before, sourceSpan: c.sourceSpan ?? { start: c.speaker.start, end: c.speaker.end } };
          return;
        }
      }
    }
    if (!("words" in c.speaker) || !BARE.test(c.speaker.words.trim()) || k === 0) return;
    const previous = out[order[k - 1]!]!;
    const [here, there] = [sentenceOf(c.speaker.start), sentenceOf(previous.cueSpan.start)];
    // (The claim before in this sentence or the one before it, and in this paragraph.)
    if (here - there > 1 || layout.sentences[here]!.line !== layout.sentences[there]!.line) return;
    const before = previous.speaker;
    const group = "mention" in before && mentions[before.mention]!.type === "Group";
    // "the spokesperson" is the one of the claim before; "a spokesperson" another voice of its group.
    const sameVoice = "words" in before && SPOKESPERSON.test(before.words) && /^the\b/i.test(c.speaker.words.trim());
    if (group || sameVoice) out[i] = { ...c, speaker: before, sourceSpan: c.sourceSpan ?? { start: c.speaker.start, end: c.speaker.end } };
  });
  return out;
}
