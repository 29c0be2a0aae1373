// A person's gender from the kin an apposition makes them: "Teresita Ortigas de la Rama, the governor's wife,", "De la
// Rama, 54, is a grandson of", "his son, Abhishek Kushwaha". Read before names are resolved, so a bare surname joins
// the namesake of its gender ("De la Rama" the grandson is the governor, not his wife named last before him).
// Pure: layout and mentions in, mentions out (a gender added where none was known).
import { FEMALE_KIN, MALE_KIN } from "./context.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawMention } from "./types.ts";

const OPENERS = /^(?:the|a|an|his|her|their|its|former|late|younger|elder|eldest|youngest|only|second|third)$/;

/** The gender a kin word tells, if any. */
function kinGender(word: string | undefined): "male" | "female" | undefined {
  return word === undefined ? undefined : FEMALE_KIN.test(word) ? "female" : MALE_KIN.test(word) ? "male" : undefined;
}

export function kinGenders(layout: TextLayout, mentions: readonly RawMention[]): RawMention[] {
  const t = layout.tokens;
  const sameSentence = (k: number, m: RawMention): boolean => t[k]?.sentence === m.sentence;
  return mentions.map((m) => {
    if (m.type !== "Person" || m.gender || m.possessive) return m;
    // After the name: ", [54,] [is|was] the/a [governor's] [younger] wife".
    let k = m.lastToken;
    let after: "male" | "female" | undefined;
    if (t[k]?.text === ",") {
      k++;
      if (/^\d{1,3}$/.test(t[k]?.text ?? "") && t[k + 1]?.text === ",") k += 2;
      if (/^(?:is|was)$/.test(t[k]?.lower ?? "")) k++;
      for (let n = 0; n < 4 && sameSentence(k, m) && t[k]!.word && !after; n++, k++) {
        after = kinGender(t[k]!.lower);
        if (!after && !OPENERS.test(t[k]!.lower) && !/['’]s$/.test(t[k]!.text)) break;
      }
    }
    // Before it: "his son Abhishek", "the governor's wife, Teresita".
    const before = t[m.firstToken - 1]?.text === "," ? m.firstToken - 2 : m.firstToken - 1;
    const gender = after ?? (sameSentence(before, m) && !t[before]!.cap ? kinGender(t[before]!.lower) : undefined);
    return gender ? { ...m, gender } : m;
  });
}
