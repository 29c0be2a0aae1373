import { describe, expect, it } from "vitest";
import { placeSentence } from "../../src/server/claim-sentence.ts";

describe("the marks of a claim's sentence", () => {
  const text = "President Masoud Barzani’s aide, Hemin Hawrami, said on Twitter.";
  const windowStart = 100;
  const at = (words: string) => windowStart + text.indexOf(words);
  const claim = {
    text, start: at("said"), cueStart: at("said"), cueEnd: at("said") + 4,
    speakerStart: at("President"), speakerEnd: at("Hawrami") + "Hawrami".length,
    window: `Earlier text. ${text}`, windowStart: windowStart - "Earlier text. ".length,
  };
  const marked = (p: ReturnType<typeof placeSentence>) => p.marks.map((m) => [m.kind, text.slice(m.start, m.end)]);

  it("marks the panel's entity as the speaker where the source phrase names it among others", () => {
    const placed = placeSentence({ ...claim, focusStarts: [at("Hemin")], focusEnds: [at("Hawrami") + "Hawrami".length] });
    expect(marked(placed)).toEqual([["speaker", "Hemin Hawrami"], ["cue", "said"]]);
  });

  it("marks the whole source phrase when the panel's entity is not inside it", () => {
    const placed = placeSentence({ ...claim, focusStarts: [], focusEnds: [] });
    expect(marked(placed)).toEqual([["speaker", "President Masoud Barzani’s aide, Hemin Hawrami"], ["cue", "said"]]);
  });
});
