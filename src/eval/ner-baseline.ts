// The baseline the statistical recogniser is compared with: the compromise library's people(),
// organizations() and places() on each sentence's tokens joined by spaces, mapped back to tokens.
// compromise has no MISC class, so it never predicts MISC.
import nlp from "compromise";
import type { NerPredictFn } from "./conll.ts";

type Match = { offset?: { start: number; length: number } };

export function compromisePredictor(): NerPredictFn {
  return (document) =>
    document.map((tokens) => {
      const starts: number[] = [];
      let text = "";
      for (const t of tokens) {
        if (text) text += " ";
        starts.push(text.length);
        text += t;
      }
      const tags = tokens.map(() => "O");
      const doc = nlp(text);
      const groups: [string, Match[]][] = [
        ["PER", doc.people().json({ offset: true }) as Match[]],
        ["ORG", doc.organizations().json({ offset: true }) as Match[]],
        ["LOC", doc.places().json({ offset: true }) as Match[]],
      ];
      for (const [label, matches] of groups) {
        for (const m of matches) {
          if (!m.offset) continue;
          const from = m.offset.start;
          const to = from + m.offset.length;
          let inside = false;
          tokens.forEach((t, i) => {
            const s = starts[i]!;
            // A token belongs to the match when it overlaps it and is a word (not trailing punctuation).
            if (s < to && s + t.length > from && /[\p{L}\p{N}]/u.test(t) && tags[i] === "O") {
              tags[i] = (inside ? "I-" : "B-") + label;
              inside = true;
            } else if (s >= to) inside = false;
          });
        }
      }
      return tags;
    });
}
