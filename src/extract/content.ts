// Helpers for claims: the content span of a speech act (split into one claim per quote when it is
// only quotes), and the memory that resolves "he said" to a person.
import type { InterviewAnswers } from "./interviews.ts";
import { isEpithet } from "./epithet-speakers.ts";
import { hasClass, W } from "./lexicon.ts";
import { wordCount, type Quote } from "./quotes.ts";
import { COMPOUND_PARTICIPLE, type ClaimContext } from "./speaker.ts";
import type { RoleHolders } from "./role-speakers.ts";
import { closesBracket, tokenRange, type Sentence, type TextLayout, type Token } from "./tokens.ts";
import type { RawMention, RawSpeaker } from "./types.ts";

export interface ContentPart {
  quote: string | null;
  start: number;
  end: number;
}

/** What one word may say as a content: "has denied wrongdoing", "admitted liability", "rejected claims", and the crime a plea names ("pleaded guilty to fraud"). */
export const ONE_WORD_CONTENTS = /^(?:wrongdoing|responsibility|involvement|guilt|liability|negligence|allegations|accusations|charges|claims|reports|wrongdoings|fraud|murder|manslaughter|theft|corruption|bribery|conspiracy|assault|perjury|embezzlement|doping)$/;
const TRAILING = new Set([",", ".", ";", ":", "—", "–"]);
const CONNECTORS = new Set(["and", "or", "adding", "but"]);

/** Words that end a time phrase: "last month", "on Monday", "earlier today". */
const TIME_WORD = /^(?:week|month|year|weekend|night|morning|afternoon|evening|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** End of a short introductory phrase ("On Tuesday,", "Earlier today,") before token `before`. */
export function introEnd(layout: TextLayout, sentence: Sentence, before: number): number {
  const t = layout.tokens;
  // (Up to ten words: "In a statement to the stock exchange on Monday, Sage Group said".)
  for (let k = sentence.first; k < Math.min(before, sentence.first + 10); k++) if (t[k]!.text === ",") return k;
  // "In 2014 he told reporters", "On Monday the minister said": a short time phrase right before the subject, no comma.
  if (before - sentence.first <= 4 && /^(?:in|on|last|earlier|during)$/.test(t[sentence.first]!.lower)) return before;
  // A longer one when it ends in the time: "In her defence statement last month she told the court".
  if (before - sentence.first <= 8 && /^(?:in|at|during)$/.test(t[sentence.first]!.lower) && TIME_WORD.test(t[before - 1]?.lower ?? "")) return before;
  return sentence.first;
}

/** The quoted words, without the marks and without a trailing comma; the content span is the quote with its marks, as PolNeAR marks it. */
export function quoteText(text: string, q: Quote): ContentPart {
  let end = q.end;
  while (end > q.start && /[\s,]/.test(text[end - 1]!)) end--;
  return { quote: text.slice(q.start, end), start: q.open, end: q.closed ? q.close : end };
}

/**
 * The claims read from content tokens [a, b): one per quote when the content is only quotes
 * ("posted tweets that “...,” and “...”"), else one paraphrase whose quote is its longest inner
 * quote of four words or more.
 */
export function contentClaims(ctx: ClaimContext, quotes: readonly Quote[], used: Set<Quote>, a: number, b: number, oneNoun = false): ContentPart[] {
  const t = ctx.layout.tokens;
  const text = ctx.layout.text;
  // A ")" ends the content only with its "(": "(£1.99bn)" keeps it, "(he once said ... in time.")" does not.
  while (b > a && (TRAILING.has(t[b - 1]!.text) || (t[b - 1]!.text === ")" && !closesBracket(t, a - 1, b - 1)))) b--;
  while (a < b && TRAILING.has(t[a]!.text)) a++;
  if (a >= b) return [];
  const start = t[a]!.start;
  const end = t[b - 1]!.end;
  const inside = quotes.filter((q) => q.open >= start && q.close <= end);
  // One word is not a paraphrase, but for what is denied or admitted: "has denied wrongdoing", "admitted liability";
  // or what a call asks for (`oneNoun`): "urged calm", "called for hearings".
  if (inside.length === 0 && b - a < 2 && !ONE_WORD_CONTENTS.test(t[a]!.lower) && !(oneNoun && /^[a-z]{4,}$/.test(t[a]!.text))) return [];
  if (inside.length > 0) {
    let outside = 0;
    for (let k = a; k < b; k++) if (!ctx.quoted[k] && t[k]!.word && !CONNECTORS.has(t[k]!.lower)) outside++;
    for (const q of inside) used.add(q);
    if (outside === 0) return inside.map((q) => quoteText(text, q));
  }
  let longest: Quote | undefined;
  let longestWords = 3;
  for (const q of inside) {
    const n = wordCount(text, q.start, q.end);
    if (n > longestWords) [longest, longestWords] = [q, n];
  }
  return [{ quote: longest ? quoteText(text, longest).quote : null, start, end }];
}

type WordsSpeaker = Extract<RawSpeaker, { words: string }>;

/** Heads of a body's description that "it" may stand for: "the ministry", "the Ukrainian air force". */
const SINGULAR_BODY = /\b(?:ministry|force|army|military|government|agency|company|firm|council|commission|authority|office|committee|court|group|department|bank|regulator|watchdog|administration|embassy|presidency|club|party|union|board|service|organisation|organization|network|broadcaster|newspaper|airline|insurer|lender|retailer|carmaker|giant)$/i;

const SUBJECT_WINDOW = 8;
/** Verbs of saying a speaker's name follows in ", said Dan Ives,". */
const INVERTED_CUES = new Set(["said", "says", "added", "adds", "argued", "argues", "warned", "warns", "noted", "notes", "wrote", "writes"]);
/** How many sentences back a pronoun may find its person or group when no speaker is remembered. */
const PRONOUN_REACH = 3;
/** Words opening a phrase before the main clause: "Despite ..., he", "During ..., she". */
const OPENING_PREPOSITIONS = /^(?:despite|during|after|before|following|at|in|on|amid|since)$/;
/** One person named by their words: "A doctor at the town's main hospital", "a resident", "one witness". */
const ONE_PERSON = /^(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}(?:doctor|resident|witness|man|woman|survivor|villager|farmer|teacher|student|worker|nurse|driver|neighbour|neighbor|shopkeeper|trader|refugee|mother|father|official|spokesman|spokeswoman|spokesperson|source|diplomat|officer|soldier|engineer|employee|lawyer|analyst|executive|member|activist|protester|volunteer|parent|pensioner|passenger|fan)\b(?:\s+(?:at|in|from|for|of|with|on)\b.*)?$/i;
/** Words a clause may follow that are no noun: "after he said", "now he says". */
const NOT_A_NOUN = /^(?:that|which|who|whom|what|when|where|why|how|if|as|than|because|since|until|unless|whether|while|now|then|also|later|today|yesterday|still|again|once|so|and|but|or|nor|yet)$/;
const bareNoun = (word: string | undefined): boolean =>
  word !== undefined && /^[a-z]{3,}$/.test(word) && !NOT_A_NOUN.test(word) && !hasClass(word, W.verb | W.preposition | W.conjunction);
/** Whether words naming one person may be "he" or "she": "a young man" is no "she". */
const wordsFit = (words: string, pronoun: "he" | "she"): boolean =>
  !(pronoun === "she" ? /\b(?:man|boy|father|husband|son|brother|grandfather|uncle)\b/i : /\b(?:woman|girl|mother|wife|daughter|sister|grandmother|aunt)\b/i).test(words);
const PERSONAL: ReadonlyMap<string, "he" | "she"> = new Map([["he", "he"], ["him", "he"], ["his", "he"], ["she", "she"], ["her", "she"]]);
const PLURAL = new Set(["they", "them", "their"]);
const FIRST_PERSON = new Set(["i", "we", "me", "us", "my", "our"]);

/**
 * Recent speakers, so a pronoun source finds who it stands for: "he said" the last man (or person of
 * unknown gender) spoken of, "they" or "it" the last group named, "I" or "we" inside a quote the last
 * speaker. The source span stays the pronoun as written; only the claim's speaker is resolved.
 */
export class PronounMemory {
  private readonly recent: number[] = [];
  /** The contents of the claims of the sentence being read, whose names are no subject of it. */
  private contents: Array<{ start: number; end: number }> = [];
  /** The last singular body that spoke by its words ("the Ukrainian air force"), and its sentence. */
  private singular: { speaker: WordsSpeaker; sentence: number } | null = null;
  /** The last one person who spoke by their words ("A doctor at the town's main hospital"), and its sentence. */
  private onePerson: { speaker: RawSpeaker; start: number; sentence: number } | null = null;
  /** The last group that spoke, named ("The Indian army said"), and its sentence. */
  private groupSpeaker: { mention: number; sentence: number } | null = null;
  /** The contents of the sentence before's claims. */
  private previousContents: Array<{ start: number; end: number }> = [];
  /** The last plural speaker named by its words ("Sanders supporters"), and its sentence. */
  private plural: { speaker: WordsSpeaker; sentence: number } | null = null;

  /**
   * Groups named as a channel ("said on Twitter"), a byline ("DOHA (Reuters) -") or a modifier ("the Conservative-run
   * authority"), which "they" and "it" never stand for.
   */
  private readonly channels = new Set<number>();
  /** The last speaker "they" may stand for: a group that spoke, or plural words ("analysts"), and its sentence. */
  private pluralSpeaker: { mention?: number; sentence: number } | null = null;

  /**
   * `holderOf` names the person a role phrase stands for ("The chancellor", role-speakers.ts), so a
   * "he" after "The chancellor said" is the chancellor.
   */
  constructor(private readonly mentions: readonly RawMention[], private readonly tokens: readonly Token[] = [], private readonly holderOf?: RoleHolders) {
    mentions.forEach((m, i) => {
      if (m.type === "Group" && /^(?:on|via)$/.test(tokens[m.firstToken - 1]?.lower ?? "")) this.channels.add(i);
      if (m.kind === "media" && tokens[m.firstToken - 1]?.text === "(" && tokens[m.lastToken]?.text === ")") this.channels.add(i);
      const compound = /-([a-z]+)$/i.exec(tokens[m.lastToken - 1]?.text ?? "")?.[1];
      if (m.type === "Group" && compound && COMPOUND_PARTICIPLE.test(compound) && !m.text.endsWith(compound)) this.channels.add(i);
    });
  }

  /** The answers of an interview printed as questions and answers (interviews.ts), where "I" is the person interviewed. */
  answers: InterviewAnswers | null = null;

  /** The last sentence a speaker named in it spoke in (not a pronoun's). */
  private spokeIn = -1;

  spoke(mention: number, sentence: number): void {
    if (this.mentions[mention]!.type !== "Place") this.recent.push(mention);
    if (this.mentions[mention]!.sentence === sentence) {
      this.spokeIn = sentence;
      // A "he" after a named speaker is no longer the one described before (but the group that spoke through them still is).
      const through = this.onePerson && "mention" in this.onePerson.speaker && this.onePerson.speaker.mention === mention;
      if (!through) this.onePerson = null;
    }
    if (this.mentions[mention]!.type === "Group") {
      this.pluralSpeaker = { mention, sentence };
      this.groupSpeaker = { mention, sentence };
    }
  }

  /** The people of the last claim made by two or more named together ("Chicoine and Trowbridge pleaded"), and its sentence. */
  private together: { mentions: number[]; sentence: number } | null = null;

  /** Two or more people made one claim: a "they" soon after is them all. */
  spokeTogether(mentions: readonly number[], sentence: number): void {
    if (mentions.length >= 2 && mentions.every((m) => this.mentions[m]!.type === "Person")) this.together = { mentions: [...mentions], sentence };
  }

  /** "They also pleaded guilty": the people who spoke together in this sentence or the one before, unless a group spoke since. */
  peopleForThey(sentence: number): number[] | undefined {
    const t = this.together;
    if (!t || sentence - t.sentence > 1 || (this.pluralSpeaker && this.pluralSpeaker.sentence > t.sentence)) return undefined;
    return t.mentions;
  }

  /** A claim of the current sentence has this content. */
  said(start: number, end: number): void {
    this.contents.push({ start, end });
  }

  /** A speaker named by its words: when plural ("aides", "Sanders supporters"), what a later "they" may stand for. */
  spokeWords(speaker: WordsSpeaker, sentence: number): void {
    const holder = this.holderOf?.(...tokenRange(this.tokens, speaker.start, speaker.end), speaker.start);
    if (holder !== undefined) return this.spoke(holder, sentence);
    // "..., the Ukrainian air force said. It said 71 drones had been shot down."
    // (Not words inside what was said: "The government should change the law, the TUC has said.")
    const inContent = this.contents.some((c) => c.start <= speaker.start && speaker.end <= c.end);
    // (Also after a possessive name: "Turkey's foreign ministry denied responsibility ... It called on".)
    if (SINGULAR_BODY.test(speaker.words.trim()) && /^(?:the\b|\S+['’]s\s)/i.test(speaker.words) && !inContent) this.singular = { speaker, sentence };
    if (ONE_PERSON.test(speaker.words.trim()) && !inContent) this.onePerson = { speaker, start: speaker.start, sentence };
    // Plural words, or a collective noun: "Mr Okafor's family described him ... They said".
    if (!/(?:[^s]s|family|police|staff|team|management|board)$/i.test(speaker.words.trim())) return;
    this.plural = { speaker, sentence };
    this.pluralSpeaker = { sentence };
  }

  /** A group that spoke through one person named by their words ("A Conservative spokeswoman said"): what her "she" stands for. */
  spokeThrough(mention: number, words: string, start: number, sentence: number): void {
    if (ONE_PERSON.test(words.trim())) this.onePerson = { speaker: { mention }, start, sentence };
  }

  /**
   * "they" where no group is named: the last plural speaker named by its words, a few sentences back at most; "it" the
   * body, "he" or "she" the one person who spoke by their words.
   */
  resolveWords(pronoun: string, sentence: number, at = Infinity): RawSpeaker | undefined {
    // "..., the Ukrainian air force said. It said ...": a body named by its words, when no group is named near.
    if (pronoun === "it") return this.singular && sentence - this.singular.sentence <= 1 && this.singular.speaker.start < at ? this.singular.speaker : undefined;
    // "A doctor at the town's main hospital ... said ... “...,” he told the BBC": one person by their words, when no person is named.
    if (pronoun === "he" || pronoun === "she") {
      const one = this.onePerson;
      return one && sentence - one.sentence <= 2 && one.start < at && (!("words" in one.speaker) || wordsFit(one.speaker.words, pronoun)) ? one.speaker : undefined;
    }
    // Named before the pronoun: a sentence's claims are read right to left, so a later speaker may be known already.
    if (!PLURAL.has(pronoun) || !this.plural || sentence - this.plural.sentence > PRONOUN_REACH || this.plural.speaker.start > at) return undefined;
    return this.plural.speaker;
  }

  /** Remembers the first person near the start of a sentence: its likely subject. */
  endSentence(sentence: Sentence, ctx: ClaimContext): void {
    // "Asked whether Donald Trump could be trusted, he smiled": the names of a question put to someone are no subject
    // (the one after it is: "Asked whether the alliance was divided, Rutte smiled").
    const asked = this.tokens[sentence.first]?.lower === "asked";
    // "If Mr Blair did not want to take part, ..., Lord Holme said": not a person named in what was said.
    const contents = this.contents;
    this.previousContents = contents;
    this.contents = [];
    // "The 25-year-old beat Demi Moore ... she told the audience": an epithet opening the sentence goes on with the person
    // spoken of before, not a name after it.
    for (let n = 2; n <= 4 && sentence.first + n < sentence.last; n++) {
      const words = this.tokens.slice(sentence.first, sentence.first + n);
      if (words.some((w, i) => !w.word || ctx.mentionAt[sentence.first + i]! >= 0) || !isEpithet(words.map((w) => w.text).join(" "))) continue;
      const before = [...this.recent].reverse().find((m) => this.mentions[m]!.type === "Person");
      if (before !== undefined) this.recent.push(before);
      return;
    }
    // (After a phrase opening it, when a person follows: "Outside the court, Ms Nguyen's brother, Michael Nguyen, read a
    // statement" is Michael; not in "In a statement released by Martin Baron, the full details were discussed".)
    const opened = this.afterOpeningPhrase(sentence);
    if (asked && opened === sentence.first) return;
    const { subject, possessor } = (opened > sentence.first ? this.subjectFrom(opened, sentence, ctx, contents) : null) ?? (asked ? null : this.subjectFrom(sentence.first, sentence, ctx, contents))
      ?? { subject: -1, possessor: -1 };
    if (subject >= 0) this.recent.push(subject);
    // (A possessor opening the sentence is no later "he" when someone spoke in it: "O'Leary's future was in question, but
    // Villa chairman Doug Ellis said he was happy. ... he told Villa's website" is Ellis.)
    if (possessor >= 0 && this.spokeIn !== sentence.index) this.recent.push(possessor);
    if (this.recent.length > 32) this.recent.splice(0, this.recent.length - 16);
  }

  /** The token after a phrase opening the sentence ("Outside the court, ..."), where its subject starts; else its first. */
  private afterOpeningPhrase(sentence: Sentence): number {
    const first = sentence.first;
    if (!OPENING_PREPOSITIONS.test(this.tokens[first]?.lower ?? "") && !/^(?:outside|asked)$/.test(this.tokens[first]?.lower ?? "")) return first;
    // The comma a subject follows: a name or a determiner, not the phrase going on ("Despite being surrounded by
    // Clinton haters, led by Rudy Giuliani, Trump has said").
    for (let k = first + 1; k < Math.min(sentence.last, first + 20); k++) {
      if (this.tokens[k]!.text !== ",") continue;
      const next = this.tokens[k + 1];
      if (next?.word && (next.cap || /^(?:the|a|an|his|her|their|its)$/.test(next.lower))) return k + 1;
    }
    return first;
  }

  /** The likely subject among the first words from token `from`: a person not modifying a noun, or a possessor before one. */
  private subjectFrom(from: number, sentence: Sentence, ctx: ClaimContext, contents: ReadonlyArray<{ start: number; end: number }>): { subject: number; possessor: number } | null {
    // Not a possessor before the subject: "Olena's mother, Halyna, 67, is more blunt" is Halyna.
    let possessor = -1;
    for (let k = from; k < Math.min(sentence.last, from + SUBJECT_WINDOW); k++) {
      const m = ctx.mentionAt[k]!;
      if (m < 0 || this.mentions[m]!.type !== "Person" || ctx.quoted[k] || contents.some((c) => c.start <= this.mentions[m]!.start && this.mentions[m]!.end <= c.end)) continue;
      if (this.modifiesANoun(this.mentions[m]!)) continue; // "An early own goal followed by an Alan Shearer strike earned them"
      if (this.mentions[m]!.possessive) {
        if (possessor < 0) possessor = m;
        continue;
      }
      // "Virgin Radio DJ Pete Mitchell said": a name before the title of another person's is a modifier of it.
      let next = this.mentions[m]!.lastToken;
      while (next < this.mentions[m]!.lastToken + 3 && this.tokens[next]?.word && ctx.mentionAt[next]! < 0) next++;
      const head = ctx.mentionAt[next] ?? -1;
      const titled = head >= 0 && head !== m && this.mentions[head]!.type === "Person" && next > this.mentions[m]!.lastToken
        && this.tokens.slice(this.mentions[m]!.lastToken, next).every((w) => w.cap);
      return { subject: titled ? head : m, possessor: -1 };
    }
    return possessor >= 0 ? { subject: -1, possessor } : null;
  }

  /**
   * The mention `pronoun` at token `at` (in sentence `sentence`, quoted or not) stands for, or undefined. `quotedAt`
   * tells the tokens inside quotes, so a group named in the quote "it said" closes is not taken for "it".
   */
  resolve(pronoun: string, at: number, sentence = -1, quoted = false, quotedAt?: (token: number) => boolean): number | undefined {
    const personal = PERSONAL.get(pronoun);
    if (personal) {
      const unwanted = personal === "he" ? "female" : "male";
      const fits = (m: RawMention): boolean => m.type === "Person" && m.gender !== unwanted;
      const here = this.subjectBefore(pronoun, at, sentence, quoted, fits) ?? this.subjectAfter(pronoun, at, sentence, quoted, fits);
      if (here !== undefined) return here;
      const before = this.lastSpoken(at, fits) ?? this.lastNamed(at, sentence, (m) => fits(m) && !this.modifiesANoun(m));
      // (Not over one person by their words who spoke since: "One engineer in Austin ... said ... “...,” she said" is the
      // engineer, whom resolveWords gives, not the chief executive named before.)
      const unnamed = this.onePerson;
      if (before !== undefined && unnamed && "words" in unnamed.speaker && unnamed.start > this.mentions[before]!.start && unnamed.start < (this.tokens[at]?.start ?? Infinity)
        && sentence - unnamed.sentence <= 2 && wordsFit(unnamed.speaker.words, personal)) return undefined;
      return before;
    }
    if (PLURAL.has(pronoun)) {
      // "Do They Know It's Christmas": a capitalised "They" inside a sentence is a title's word.
      const tok = this.tokens[at];
      if (tok?.cap && this.tokens[at - 1]?.word && this.tokens[at - 1]!.sentence === tok.sentence) return undefined;
      // "MPs said ... But they": a speaker of this or the last sentence comes before any group named since.
      const s = this.pluralSpeaker;
      if (s && sentence >= 0 && sentence - s.sentence <= 1) return s.mention;
    }
    if (PLURAL.has(pronoun) || pronoun === "it" || pronoun === "its") {
      const group = this.lastNamed(at, sentence, (m, i) => m.type === "Group" && !this.channels.has(i));
      // "The Turkish defence ministry said its forces had neutralised three PKK members. It did not mention ...": a group
      // named in what a body by its words said is not what "it" stands for; the body is (resolveWords).
      const body = this.singular;
      if (pronoun === "it" && group !== undefined && body && sentence - body.sentence <= 1 && this.mentions[group]!.start > body.speaker.start) return undefined;
      // So with a body named: "The Indian army said ... that Pakistani troops had fired ... It said" is the army.
      const g = this.groupSpeaker;
      const inContent = (m: RawMention): boolean => {
        const holds = (c: { start: number; end: number }): boolean => c.start <= m.start && m.end <= c.end;
        // ('"Deutsche Boerse is convinced that its ... acquisition of the London Stock Exchange is ...," it said.')
        const quoteBefore = quotedAt !== undefined && m.sentence === sentence && m.lastToken <= at && quotedAt(m.firstToken);
        return this.contents.some(holds) || this.previousContents.some(holds) || quoteBefore;
      };
      if (pronoun === "it" && group !== undefined && g && group !== g.mention && sentence - g.sentence <= 1 && inContent(this.mentions[group]!)) return g.mention;
      return group;
    }
    // "I" and "we" inside a quote are its speaker; in an interview's answer, the person interviewed; elsewhere they are
    // the writer, whom we do not know.
    if (FIRST_PERSON.has(pronoun) && quoted) return this.lastSpoken(at, () => true);
    if (FIRST_PERSON.has(pronoun) && this.answers?.sentences.has(sentence)) return this.answers.interviewee;
    return undefined;
  }

  /**
   * The person opening this sentence, before a pronoun later in it: "Julia Carling ... blamed Diana for
   * the problems in her marriage and she has repeatedly mocked the princess" is Carling's: a pronoun
   * opening a clause joined by "and", "but" or "so" ("Henman came from two sets down ..., so he knows"). Not inside a quote, whose pronouns the speaker uses.
   */
  private subjectBefore(pronoun: string, at: number, sentence: number, quoted: boolean, fits: (m: RawMention) => boolean): number | undefined {
    if (sentence < 0 || quoted) return undefined;
    // `at` is the pronoun or the cue after it ("she has repeatedly mocked").
    let p = at;
    while (p > 0 && p > at - 4 && this.tokens[p]?.lower !== pronoun) p--;
    const joiner = this.tokens[p - 1]?.lower;
    let first = p;
    while (first > 0 && this.tokens[first - 1]?.sentence === sentence) first--;
    // "Despite several glitches during Mr Gates's speech, he announced": after an opening phrase, the one person it names.
    if (this.tokens[p]?.lower === pronoun && joiner === "," && OPENING_PREPOSITIONS.test(this.tokens[first]?.lower ?? "")) {
      const named: number[] = [];
      for (let i = this.partition((m) => m.firstToken < first); i < this.mentions.length && this.mentions[i]!.firstToken < p; i++) if (this.mentions[i]!.type === "Person") named.push(i);
      // (A possessor only: "At a conference hosted by Gordon Brown, he said" is someone the paragraph spoke of before.)
      if (named.length === 1 && this.mentions[named[0]!]!.possessive && fits(this.mentions[named[0]!]!)) return named[0];
    }
    // Also in a clause the subject's sentence goes on with: "Tim Collins is setting out grants to tackle what he says are ...".
    // (And a noun's reduced relative clause after a comma: "Boris Johnson won a large majority, a result he said gave him".)
    const reduced = this.tokens[p - 3]?.text === "," && /^(?:a|an|the)$/.test(this.tokens[p - 2]?.lower ?? "") && /^[a-z]+$/.test(joiner ?? "");
    // A noun's reduced relative clause of saying, no comma: the person named last before it in the sentence ("Trump
    // included the Philippines on a list of countries he said had sent"; "Clinton met Trump to discuss the tariffs he says").
    if (this.tokens[p]?.lower === pronoun && !reduced && INVERTED_CUES.has(this.tokens[p + 1]?.lower ?? "") && !this.tokens[p - 1]?.cap && bareNoun(joiner)) {
      for (let i = this.partition((m) => m.firstToken < p) - 1; i >= 0 && this.mentions[i]!.firstToken >= first; i--) {
        const m = this.mentions[i]!;
        if (m.type === "Person" && !this.modifiesANoun(m)) return fits(m) ? i : undefined;
      }
    }
    if (this.tokens[p]?.lower !== pronoun || !(/^(?:and|but|so|what|which|though|although|while)$/.test(joiner ?? "") || reduced)) return undefined;
    // "..., said Dan Ives, an analyst at Wedbush, though he said": the person named after a verb of saying before it.
    for (let i = this.partition((m) => m.lastToken <= first) ; i < this.mentions.length && this.mentions[i]!.firstToken < p; i++) {
      const m = this.mentions[i]!;
      if (m.type === "Person" && INVERTED_CUES.has(this.tokens[m.firstToken - 1]?.lower ?? "") && this.tokens[m.firstToken - 2]?.text === ",") return fits(m) ? i : undefined;
    }
    // "He sees Owen as the ideal replacement ..., although he hopes": the same pronoun opened the sentence, a name after it is its object.
    if (this.tokens[first]?.lower === pronoun) return undefined;
    for (let i = this.partition((m) => m.firstToken < first); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.firstToken >= p || m.firstToken >= first + SUBJECT_WINDOW) break;
      if (m.type !== "Person") continue;
      // A possessor is the subject's only when nobody else is named before the pronoun: "Finnan's normal
      // position is right-back but he looked assured"; not "Wayne Carlisle's cross was met by Scott and he blasted".
      if (m.possessive) {
        for (let j = i + 1; j < this.mentions.length && this.mentions[j]!.firstToken < p; j++) if (this.mentions[j]!.type === "Person") return undefined;
      }
      // (A subject of no known gender yields to the one person of the pronoun's named between: "Hale is suing the
      // podcaster Danielle Okafor over an episode in which she claimed" is Okafor.)
      // (Only for "she": most names of no known gender in news are men's.)
      if (!m.gender && PERSONAL.get(pronoun) === "she") {
        const gendered: number[] = [];
        for (let j = i + 1; j < this.mentions.length && this.mentions[j]!.firstToken < p; j++) {
          const o = this.mentions[j]!;
          if (o.type === "Person" && o.gender && fits(o) && !o.possessive) gendered.push(j);
        }
        if (gendered.length === 1) return gendered[0];
      }
      return fits(m) ? i : undefined;
    }
    return undefined;
  }

  /**
   * A possessive in a phrase opening the sentence is the subject's that follows it: "In his proposed legislation to ban
   * Trump, Salceda cited" is Salceda's, whoever spoke before.
   */
  private subjectAfter(pronoun: string, at: number, sentence: number, quoted: boolean, fits: (m: RawMention) => boolean): number | undefined {
    if (sentence < 0 || quoted || (pronoun !== "his" && pronoun !== "her")) return undefined;
    let p = at;
    while (p > 0 && p > at - 4 && this.tokens[p]?.lower !== pronoun) p--;
    let first = p;
    while (first > 0 && this.tokens[first - 1]?.sentence === sentence) first--;
    if (this.tokens[p]?.lower !== pronoun || !OPENING_PREPOSITIONS.test(this.tokens[first]?.lower ?? "")) return undefined;
    let comma = p + 1;
    while (comma < p + 12 && this.tokens[comma]?.sentence === sentence && this.tokens[comma]!.text !== ",") comma++;
    if (this.tokens[comma]?.text !== ",") return undefined;
    const i = this.partition((m) => m.firstToken <= comma);
    const m = this.mentions[i];
    return m && m.firstToken === comma + 1 && m.type === "Person" && !m.possessive && fits(m) ? i : undefined;
  }

  /** Index of the first mention for which `before` is false (mentions are in text order, so `before` holds for a prefix). */
  private partition(before: (m: RawMention) => boolean): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.mentions[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lastSpoken(at: number, fits: (m: RawMention) => boolean): number | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const m = this.mentions[this.recent[i]!]!;
      if (m.firstToken < at && fits(m)) return this.recent[i];
    }
    return undefined;
  }

  /** "an Alan Shearer strike", "the Blair government": a name between a determiner and a noun modifies it, nobody "he" stands for. */
  private modifiesANoun(m: RawMention): boolean {
    const next = this.tokens[m.lastToken];
    return !m.possessive && next !== undefined && next.word && !next.cap && next.sentence === this.tokens[m.firstToken]?.sentence
      && /^(?:a|an|the)$/.test(this.tokens[m.firstToken - 1]?.lower ?? "") && !hasClass(next.lower, W.verb);
  }

  /** The last mention before token `at` that fits, at most PRONOUN_REACH sentences back. */
  private lastNamed(at: number, sentence: number, fits: (m: RawMention, index: number) => boolean): number | undefined {
    if (sentence < 0) return undefined;
    for (let i = this.partition((m) => m.lastToken <= at) - 1; i >= 0 && this.mentions[i]!.sentence >= sentence - PRONOUN_REACH; i--) if (fits(this.mentions[i]!, i)) return i;
    return undefined;
  }
}
