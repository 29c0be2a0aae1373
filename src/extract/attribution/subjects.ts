// Subjects for tagged cues that came without a source, where the rules' subject finder has none: the main
// clause's subject for a participle that opens the sentence or follows the main clause, the name before an
// aside a gerund opens. Pure: the claim context and token positions in.
import { speechActFromCue } from "../cues.ts";
import type { ClaimContext, SpeakerFound } from "../speaker.ts";
import { isRoleNoun } from "../titles.ts";
import type { TaggedSpan } from "./assemble.ts";

/**
 * "Noting that only Sen. Mark Kirk voted with Democrats, Tester added": a participle of saying that opens its sentence
 * is said by the main clause's subject, a name or pronoun right after a comma closing the phrase; the phrase is the content.
 */
export function openingParticiple(ctx: ClaimContext, sentenceFirst: number, cue: TaggedSpan): { found: SpeakerFound; content: TaggedSpan } | null {
  const t = ctx.layout.tokens;
  let first = sentenceFirst;
  while (first < cue.first && !t[first]!.word) first++;
  const verb = t[cue.first]!;
  if (cue.first !== first || cue.last - cue.first > 2 || !/^[A-Z][a-z]{2,}ing$/.test(verb.text) || speechActFromCue(verb.lower) === undefined) return null;
  const from = t[cue.last]?.lower === "that" ? cue.last + 1 : cue.last;
  for (let comma = cue.last + 1; comma < cue.last + 40 && t[comma]?.sentence === verb.sentence; comma++) {
    if (t[comma]!.text !== "," || ctx.quoted[comma] || comma - from < 2) continue;
    const k = comma + 1;
    const m = ctx.mentionAt[k]!;
    const mention = m >= 0 && !ctx.quoted[k] ? ctx.mentions[m]! : undefined;
    // A name the recognisers missed ("Tester added") is its capitalised words.
    let end = mention ? mention.lastToken : k + 1;
    if (!mention && t[k]!.cap) while (end < k + 4 && t[end]?.cap && t[end]!.word) end++;
    const after = t[end];
    // The subject's verb (or an apposition's comma) follows: not "Citing low growth, unemployment and ...".
    if (!after || !(after.text === "," || (after.word && !after.cap))) continue;
    const content: TaggedSpan = { kind: "content", first: from, last: comma };
    if (mention?.firstToken === k && mention.type !== "Place") return { found: { kind: "mentions", mentions: [m], first: k }, content };
    if (/^(?:he|she|they|we|i)$/.test(t[k]!.lower)) return { found: { kind: "pronoun", word: t[k]!.lower, first: k }, content };
    if (!mention && t[k]!.cap && !ctx.quoted[k]) return { found: { kind: "words", first: k, last: end }, content };
  }
  return null;
}

const SENTENCE_ADVERBS = new Set(["then", "but", "and", "so", "still", "later", "also", "yet", "meanwhile", "instead"]);

/**
 * "Then he cut into Bush, calling him a stiff", "The diplomat also mused about the race, pushing back against": the
 * subject that opens the sentence (past an adverb), a pronoun, a person or group, or "the" and a noun, followed by a
 * verb, is the subject of a participle after the main clause's comma, where the rules found none.
 */
export function subjectOpeningSentence(ctx: ClaimContext, sentenceFirst: number, comma: number): SpeakerFound | null {
  const t = ctx.layout.tokens;
  let k = sentenceFirst;
  while (k < comma && !t[k]!.word) k++;
  if (SENTENCE_ADVERBS.has(t[k]?.lower ?? "")) k += t[k + 1]?.text === "," ? 2 : 1;
  // The clause from the subject to the comma holds no other comma: one main clause.
  for (let j = k; j < comma; j++) if (t[j]!.text === "," || ctx.quoted[j]) return null;
  const verbAt = (j: number): boolean => t[j]?.word === true && !t[j]!.cap && j < comma;
  if (/^(?:he|she|they|we|i)$/.test(t[k]?.lower ?? "") && verbAt(k + 1)) return { kind: "pronoun", word: t[k]!.lower, first: k };
  const m = ctx.mentionAt[k] ?? -1;
  const mention = m >= 0 ? ctx.mentions[m]! : undefined;
  if (mention && mention.firstToken === k && mention.type !== "Place" && verbAt(mention.lastToken)) return { kind: "mentions", mentions: [m], first: k };
  if (t[k]?.lower === "the" && verbAt(k + 1) && isRoleNoun(t[k + 1]!.lower) && verbAt(k + 2)) return { kind: "words", first: k, last: k + 2 };
  return null;
}

/** "Mr. Sanders, after initially saying ..., has since": the person or group right before the comma that opens the aside. */
export function subjectOpeningAside(ctx: ClaimContext, preposition: number): SpeakerFound | null {
  const m = ctx.layout.tokens[preposition - 1]?.text === "," ? ctx.mentionAt[preposition - 2] ?? -1 : -1;
  const mention = m >= 0 && !ctx.quoted[preposition - 2] ? ctx.mentions[m]! : undefined;
  return mention && mention.lastToken === preposition - 1 && mention.type !== "Place" ? { kind: "mentions", mentions: [m], first: mention.firstToken } : null;
}
