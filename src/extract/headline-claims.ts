// Claims of headlines ("Arnesen denies rift", "TUC says ...", "Chancellor considers raising fuel duty, sources say"):
// which tagged cues a headline keeps, its source and its spans. Pure helpers of claims.ts.
import type { TaggedAttribution } from "./attribution/index.ts";
import { speechActFromCue } from "./cues.ts";
import type { TextLayout } from "./tokens.ts";
import type { RawClaim } from "./types.ts";

/** Headline verbs of acts, not speech: "IMF agrees fresh Turkey funding", "Iran budget seeks state sell-offs". */
const HEADLINE_ACTS = new Set(["agrees", "seeks", "sees", "wants", "puts", "finds", "talks", "plans", "raises", "issues", "shows", "indicates"]);

/**
 * A headline's cue is a verb of saying in the present ("Arnesen denies rift", "TUC says", "Tories pledge"),
 * a colon before a quote, or "said" in a quoted headline; not a passive ("Yukos accused of lying", "Blair told to double aid")
 * nor a noun ("Fed chief warning on US deficit", "Business fears over sluggish EU economy").
 */
export function headlineCue(cue: string): boolean {
  const words = cue.toLowerCase().split(/\s+/);
  const verb = words[0]!;
  if (HEADLINE_ACTS.has(verb) || (/^fears?$/.test(verb) && words[1] === "over")) return false;
  if (verb === ":" || verb === "said" || verb === "calls" || verb === "blasts") return true; // "Fed's Powell: 'No rush'"
  // "Blair told to double aid", "advice claim dismissed", "demand for talks", "hope over fear"
  // (Nor a past the headline reports, no one's words: "Court hears Post Office knew of Horizon faults".)
  if (/^(?:told|found|knew|thought|felt|saw|heard|wrote|spoke)$/.test(verb) || words.some((w) => /ed$/.test(w)) || (!verb.endsWith("s") && /^(?:over|for)$/.test(words[1] ?? ""))) return false;
  return speechActFromCue(verb) !== undefined && !/ing$/.test(verb);
}

/** Labels of a piece's kind before a headline's colon. */
const PIECE_LABELS = /^(?:analysis|explainer|comment|opinion|editorial|review|live|watch|listen|profile|obituary|timeline|factbox|fact check|q&a|in pictures|in depth|update|breaking|exclusive|special report|video|audio|podcast|quiz|briefing|newsletter|what we know|key facts)$/i;

/**
 * A headline's colon that introduces no one's words: "Q&A: Why are junior doctors striking again?" asks, and "Haiti:
 * gang leader warns of civil war" names a place before a claim of its own, whose verb of saying follows the colon.
 */
export function colonIntroducesNoWords(text: string, c: RawClaim): boolean {
  if (text.slice(c.cueSpan.start, c.cueSpan.end) !== ":") return false;
  // "Analysis: Why the Fed is in no hurry", "Explainer: ...": the kind of piece, no one who speaks.
  const before = text.slice(text.lastIndexOf("\n", c.cueSpan.start) + 1, c.cueSpan.start).trim();
  if (PIECE_LABELS.test(before)) return true;
  if (/[“"‘']/.test(text.slice(c.evidence.start, c.evidence.start + 2))) return false;
  const content = text.slice(c.evidence.start, c.evidence.end);
  return /\?\s*$/.test(content) || content.split(/\s+/).slice(1, 5).some((w) => /s$/.test(w) && headlineCue(w));
}

/**
 * A headline's spans, whatever the tagger marked: "Chancellor considers raising fuel duty, sources say"
 * has everything before the comma for its content; "Ex-aide says minister knew of cover-up" the cue "says".
 */
export function headlineContent(text: string, lineStart: number, c: RawClaim): void {
  // "Ex-aide says minister knew of cover-up": a tagged cue running past its verb of saying into the content.
  const cueWords = c.cue.split(/\s+/);
  if (cueWords.length > 1 && /s$/.test(cueWords[0]!) && speechActFromCue(cueWords[0]!.toLowerCase()) !== undefined && !/^(?:for|of|on|to|about|with)$/i.test(cueWords[1]!)) {
    const verbEnd = c.cueSpan.start + cueWords[0]!.length;
    const contentStart = pastSpaces(text, verbEnd);
    c.cue = cueWords[0]!;
    c.cueSpan = { start: c.cueSpan.start, end: verbEnd };
    c.evidence = { start: contentStart, end: Math.max(c.evidence.end, contentStart) };
    return;
  }
  const source = c.sourceSpan ?? ("words" in c.speaker ? c.speaker : undefined);
  const comma = text.lastIndexOf(",", source?.start ?? c.cueSpan.start);
  const lineEnd = text.indexOf("\n", c.cueSpan.end);
  // "RSF says it has taken El Fasher; UN warns of atrocities": a content after the cue runs to its clause's end.
  const clauseEnd = text.slice(c.evidence.end, lineEnd < 0 ? text.length : lineEnd).search(/[;|[]|\s[-–—]\s|$/);
  if (!c.quote && c.evidence.start >= c.cueSpan.end && clauseEnd > 0 && !/,/.test(text.slice(c.evidence.end, c.evidence.end + clauseEnd))) {
    c.evidence = { start: c.evidence.start, end: c.evidence.end + text.slice(c.evidence.end, c.evidence.end + clauseEnd).trimEnd().length };
  }
  if (!source || comma < lineStart || !/^,\s*$/.test(text.slice(comma, source.start)) || /\S/.test(text.slice(c.cueSpan.end, lineEnd < 0 ? text.length : lineEnd))) return;
  c.evidence = { start: pastSpaces(text, lineStart), end: comma };
  c.quote = null;
}

/** The offset of the first character at or after `i` that is no white space. */
function pastSpaces(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * A headline's tagged source and cue set right: "Dutch court orders Shell to cut emissions, campaigners say ruling is
 * 'historic'" has its source after the comma (a headline's clauses are joined by commas, not its names); in "Australian
 * PM rejects calls to cut emissions target" the verb of saying ending the source is the cue, and the cue word after it
 * its noun object, which opens the content.
 */
export function headlineSource(t: TextLayout["tokens"], a: TaggedAttribution): TaggedAttribution {
  // "Pacifica Airways cuts profit forecast as ...": a noun of saying after the headline's own verb is its object, no cue.
  const verbBefore = a.source && t.slice(a.source.first + 1, a.cue.first).some((w) => w.word && !w.cap && /[^s']s$/.test(w.lower));
  if (verbBefore && a.cue.last - a.cue.first === 1 && /^(?:forecast|estimate|outlook|guidance|report|warning|plan|target)$/.test(t[a.cue.first]!.lower)) {
    return { ...a, cue: { ...a.cue, last: a.cue.first } };
  }
  const subject = sharedSubject(t, a);
  if (subject) return { ...a, source: subject };
  if (!a.source || a.source.last !== a.cue.first) return a;
  const verb = t[a.cue.first - 1]!;
  if (a.source.last - a.source.first >= 2 && !verb.cap && /[^s]s$/.test(verb.lower) && speechActFromCue(verb.lower) !== undefined) {
    const content = { kind: "content" as const, first: a.cue.first, last: Math.max(a.content?.last ?? a.cue.last, a.cue.last) };
    return { ...a, source: { ...a.source, last: a.cue.first - 1 }, cue: { ...a.cue, first: a.cue.first - 1, last: a.cue.first }, content };
  }
  // "Ministers unveil AI safety bill as tech firms warn of ...": a clause of its own after a conjunction has its subject.
  let first = a.source.first;
  for (let k = a.source.last - 2; k > a.source.first; k--) {
    if (/^(?:as|while|after|when|because|but|though|although|since)$/.test(t[k]!.text)) {
      first = k + 1;
      break;
    }
  }
  let comma = a.source.last - 1;
  while (comma > first && t[comma]!.text !== ",") comma--;
  if (comma > first && comma + 1 < a.source.last) first = comma + 1;
  return first > a.source.first ? { ...a, source: { ...a.source, first } } : a;
}

/**
 * "African Union suspends Mali after coup, demands return to civilian rule": a verb of saying after a comma shares the
 * headline's subject, the words before its first verb in the present ("-s"), whatever the tagger took for its source.
 */
function sharedSubject(t: TextLayout["tokens"], a: TaggedAttribution): TaggedAttribution["source"] | undefined {
  const cue = t[a.cue.first]!;
  if (t[a.cue.first - 1]?.text !== "," || cue.cap || !/[^s]s$/.test(cue.lower) || speechActFromCue(cue.lower) === undefined) return undefined;
  let first = a.cue.first - 1;
  while (first > 0 && t[first - 1]!.sentence === cue.sentence) first--;
  // The first verb: a lower-case "-s" word after a capitalised opening ("African Union suspends").
  let verb = first + 1;
  while (verb < a.cue.first - 1 && (t[verb]!.cap || !/[^s']s$/.test(t[verb]!.lower))) verb++;
  if (verb >= a.cue.first - 1 || t.slice(first, verb).some((w) => !w.word || !w.cap)) return undefined;
  return { kind: "source", first, last: verb };
}
