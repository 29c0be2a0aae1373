// Interviews printed as questions and answers ("Q: ... A: ..."): in an answer, "I" and "we" are the person
// interviewed, whom the introduction names most often, not the writer. Pure: layout and mentions in.
import type { TextLayout } from "./tokens.ts";
import type { RawMention } from "./types.ts";

export interface InterviewAnswers {
  /** The mention that names the person interviewed (the fullest name of the person the introduction names most often). */
  interviewee: number;
  /** Sentences of the answers: from a line opening with "A:" up to the next question. */
  sentences: ReadonlySet<number>;
}

const QUESTION = /^(?:Q[:.]\s|Q(?=\p{Lu}))/u;
const ANSWER = /^A[:.]\s/;

/** The paragraph opening at `start` is an interview's question ("Q: ...", "QWhat would have happened?", "Question: ..."). */
export function opensAQuestion(text: string, start: number): boolean {
  return QUESTION.test(text.slice(start, start + 3)) || /^Question:\s/.test(text.slice(start, start + 10));
}

/** Where the colon is when the text at `start` opens an answer's turn ("A: ...", "Answer: ..."), else -1. */
export function answerColonAt(text: string, start: number): number {
  const m = /^(?:A|Answer)\s*:/.exec(text.slice(start, start + 12));
  return m ? start + m[0].length - 1 : -1;
}

export function interviewAnswers(layout: TextLayout, mentions: readonly RawMention[]): InterviewAnswers | null {
  const opens = layout.lines.map((l) => layout.text.slice(l.start, l.start + 3));
  if (opens.filter((o) => QUESTION.test(o)).length < 2 || opens.filter((o) => ANSWER.test(o)).length < 2) return null;
  // The person the introduction before the first question names most often (by the last word of the name: "Vice
  // President Joe Biden ... Biden complained"), by the fullest of those names; the answers talk of others.
  const firstQuestion = layout.lines[opens.findIndex((o) => QUESTION.test(o))]!.start;
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === "Person" && m.start < firstQuestion) counts.set(surname(m), (counts.get(surname(m)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (top === undefined) return null;
  let interviewee = -1;
  mentions.forEach((m, i) => {
    if (m.type === "Person" && surname(m) === top && (interviewee < 0 || m.text.length > mentions[interviewee]!.text.length)) interviewee = i;
  });
  const sentences = new Set<number>();
  let answering = false;
  layout.lines.forEach((line, i) => {
    if (QUESTION.test(opens[i]!)) answering = false;
    else if (ANSWER.test(opens[i]!)) answering = true;
    if (answering) for (let s = line.first; s < line.last; s++) sentences.add(s);
  });
  return { interviewee, sentences };
}

function surname(m: RawMention): string {
  return m.text.split(/\s+/).pop()!.toLowerCase();
}
