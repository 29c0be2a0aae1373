// Turns of a transcript and named testimonies: a paragraph that opens with its speaker's name and a colon
// ("WALLACE: If I may, sir, ...", "PENCE: Well, look, ...") or with a person's name, a dash and a quote
// ("Pamela Padilla ― “During the debate ...”"). The whole paragraph is what that speaker said. Pure:
// layout and mentions in, the turn's token ranges out.
import type { ClaimContext, SpeakerFound } from "./speaker.ts";
import { AUXILIARIES } from "./lexicon.ts";
import { answerColonAt } from "./interviews.ts";
import type { Line } from "./tokens.ts";

export interface Turn {
  speaker: SpeakerFound;
  /** The colon or dash between the name and the words: the cue. */
  cue: number;
  /** Token range [from, to) of what was said. */
  from: number;
  to: number;
}

const OPENING_QUOTES = new Set(["\"", "“", "'", "‘"]);
const DASHES = new Set(["―", "—", "–", "-"]);
const QUOTE_MARKS = new Set(["\"", "“", "”", "'", "‘", "’"]);

/**
 * The turn a paragraph opens, or null: "WALLACE: ...", "Mike Pence: ...", "Pamela Padilla ― “...”"; or a
 * quote signed at its end: "“During the debate Trump said ...”― Pamela Padilla".
 */
export function transcriptTurn(ctx: ClaimContext, line: Line, interviewee?: number): Turn | null {
  const t = ctx.layout.tokens;
  const first = ctx.layout.sentences[line.first]!.first;
  const end = ctx.layout.sentences[line.last - 1]!.last;
  const signed = signedQuote(ctx, first, end);
  if (signed) return signed;
  // Transcripts often open each turn with a quote mark that never closes.
  const nameFrom = OPENING_QUOTES.has(t[first]?.text ?? "") ? first + 1 : first;
  const m = ctx.mentionAt[nameFrom] ?? -1;
  const person = m >= 0 && ctx.mentions[m]!.type === "Person" && ctx.mentions[m]!.firstToken === nameFrom ? m : -1;
  let nameTo = person >= 0 ? ctx.mentions[person]!.lastToken : nameFrom;
  // Or a name in capitals the recogniser does not know: "WALLACE:", "MR. TRUMP:".
  if (person < 0) while (nameTo < end && nameTo < nameFrom + 3 && (t[nameTo]!.upper || (t[nameTo]!.text === "." && t[nameTo - 1]?.upper))) nameTo++;
  // (Nor an explainer's "Q&A: Why are junior doctors striking again?")
  const label = LABELS.has(t[nameFrom]!.lower) || t.slice(nameFrom, nameTo).map((w) => w.text).join("") === "Q&A";
  // An interview's "A: ..." is the answer of the person interviewed (interviews.ts), the whole paragraph.
  if (interviewee !== undefined && person < 0 && answerColonAt(ctx.layout.text, t[nameFrom]!.start) === t[nameFrom + 1]?.start && nameFrom + 2 < end) {
    return { speaker: { kind: "mentions", mentions: [interviewee], first: nameFrom }, cue: nameFrom + 1, from: nameFrom + 2, to: end };
  }
  if (nameTo === nameFrom || nameTo + 1 >= end || (person < 0 && label)) return null;
  const mark = t[nameTo]!;
  // The words after the mark: at least a few (not "Pence: No", a heading's "UK: Shares fell" has no person).
  let words = 0;
  for (let k = nameTo + 1; k < end && words < 4; k++) if (t[k]!.word) words++;
  if (words < 4) return null;
  const speaker: SpeakerFound = person >= 0 ? { kind: "mentions", mentions: [person], first: nameFrom } : { kind: "words", first: nameFrom, last: nameTo };
  // A headline's "Name: ..." only with a clause or a quote after it ("Pence: Gennifer Flowers Won't Be at Debate";
  // not "Arthur Hailey: King of the bestsellers", a label).
  const clause = t.slice(nameTo + 1, end).some((w) => AUXILIARIES.has(w.lower) || /n['’]t$/.test(w.lower) || QUOTE_MARKS.has(w.text));
  if (mark.text === ":" && (line.heading ? person >= 0 && clause : true)) return { speaker, cue: nameTo, from: nameTo + 1, to: end };
  // "Pamela Padilla ― “During the debate ...”": a person, a dash, then a quote.
  if (person >= 0 && DASHES.has(mark.text) && OPENING_QUOTES.has(t[nameTo + 1]?.text ?? "")) return { speaker, cue: nameTo, from: nameTo + 1, to: end };
  return null;
}

/** Words in capitals that label a paragraph, no speaker: "CORRECTION: Due to an editing error, ...", "UPDATE:", "BOOM:". */
const LABELS = new Set(["correction", "clarification", "update", "updated", "editor", "editor's", "editor’s", "note", "previously", "email",
  "byline", "video", "watch", "listen", "photo", "photos", "read", "related", "breaking", "exclusive", "alert", "boom", "busted", "huffpollster"]);

const CLOSING_QUOTES = new Set(["\"", "”", "'", "’"]);

/** "“...”― Pamela Padilla": a closing quote mark, a dash and a name (a person's, or capitalised words) ending the line. */
function signedQuote(ctx: ClaimContext, first: number, end: number): Turn | null {
  const t = ctx.layout.tokens;
  let last = end;
  while (last > first && !t[last - 1]!.word) last--; // a trailing full stop or space
  let nameFrom = last;
  while (nameFrom > first && last - nameFrom < 4 && t[nameFrom - 1]!.word && t[nameFrom - 1]!.cap) nameFrom--;
  const dash = nameFrom - 1;
  if (nameFrom === last || !DASHES.has(t[dash]?.text ?? "") || !CLOSING_QUOTES.has(t[dash - 1]?.text ?? "") || !OPENING_QUOTES.has(t[first]!.text)) return null;
  const m = ctx.mentionAt[nameFrom] ?? -1;
  const person = m >= 0 && ctx.mentions[m]!.type === "Person" && ctx.mentions[m]!.firstToken === nameFrom && ctx.mentions[m]!.lastToken === last;
  const speaker: SpeakerFound = person ? { kind: "mentions", mentions: [m], first: nameFrom } : { kind: "words", first: nameFrom, last };
  return { speaker, cue: dash, from: first, to: dash };
}
