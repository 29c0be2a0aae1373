// Tagged attributions → claims. The speaker is read from the source span: a name inside it, a
// pronoun ("he", "she") resolved to the last person spoken of, a relative "who" to the name before
// it, or the source's own words ("aides", "the campaign"); a claim whose source is none of these is
// left out (a speaker is never guessed). The source span as written is kept as the claim's source.
import { accordingAsMannerAt, actNotSpeechAt, addedAnObject, anonymityRequestAt, askedWithoutSubjectAt, compoundNounAt, closesTimeClauseAt, continuesTo, inferenceAt, listOfActsAt, saidNothingAt, speakingAtAt, toldAfterPassiveAt } from "../cue-readings.ts";
import { nounAfterModifierAt, onlyCuePrefix, speechActFromCue, statementParticipleAt } from "../cues.ts";
import { AUXILIARIES, hasClass, W } from "../lexicon.ts";
import { isRoleNoun, isTitleHead } from "../titles.ts";
import { introEnd, PronounMemory, type ContentPart } from "../content.ts";
import { resolveDate } from "../dates.ts";
import { findQuotes, wordCount } from "../quotes.ts";
import { actObjectEnd, beforeAdverbs, bodyForIt, COMPOUND_PARTICIPLE, conditionSubjectAt, COORDINATORS, coordinatorBefore, DASHES, findSubject, listOpening, mainSubject, participleSubject, modifiesPeopleOfAPerson, pastAcronym, pastResumptiveNoun, personBeforeApposition, personDescribedBy, readsAsClause, speakerAfter, speaksThrough, wordsBefore, type ClaimContext, type SpeakerFound } from "../speaker.ts";
import type { RawClaim, RawSpeaker } from "../types.ts";
import { closesNumber, type TextLayout } from "../tokens.ts";
import type { TaggedAttribution, TaggedSpan } from "./assemble.ts";
import { openingParticiple, subjectOpeningAside, subjectOpeningSentence } from "./subjects.ts";
import { channelPhraseAt, noSaying, relativeSourceSpan, tidyCueAndSource } from "./tidy.ts";
import { facedByItsSubject, holdsAClause, isAct, isCueWord, missesItsParticle, notACue, predicateOfCue } from "./cue-words.ts";
import { nounHead } from "../speaker-words.ts";
import { roleAtBefore } from "../context.ts";
import { ASIDE_NOUN } from "../resumptive-claims.ts";
import { opensAQuestion } from "../interviews.ts";
import { relativeClauseEnd } from "../content-bounds.ts";

/** "The main character also appears in ...": "seems", "appears" after adverbs or auxiliaries tell no speech. */
function raisingAfterAdverbs(t: ClaimContext["layout"]["tokens"], cue: TaggedSpan): boolean {
  if (!/^(?:seem|seems|seemed|appear|appears|appeared)$/.test(t[cue.last - 1]!.lower)) return false;
  for (let k = cue.first; k < cue.last - 1; k++) if (!/ly$|^(?:also|still|now|has|have|had|does|did|do|not|never|would|could|may|might|will|should|must)$/.test(t[k]!.lower)) return false;
  return true;
}

/**
 * A tagged cue holding "claimed" with a prize or a toll as its object ("The conflict claimed over 10,000 lives"),
 * "found alive", a strike at goal ("blasted in a shot"), an armed attack ("drone attacks on"), a manner ("operate according to")
 * or a compound noun ("appeals court").
 */
function claimAt(ctx: ClaimContext, cue: TaggedSpan): boolean {
  for (let k = cue.first; k < cue.last; k++) if (actNotSpeechAt(ctx.layout, k) || accordingAsMannerAt(ctx.layout, k) || compoundNounAt(ctx.layout, k)) return true;
  return false;
}

/** Nouns of a statement that a cue may end with: "posted a statement", "issued a tweet". */
const STATEMENT_WORDS = new Set(["statement", "statements", "tweet", "tweets", "post", "posts", "message", "video", "letter", "release"]);

/** A tagged cue opening with one of these holds no verb of its own. */
const PREPOSITION_FIRST = new Set(["as", "in", "of", "on", "at", "for", "with", "by", "from", "into"]);

/** Pronouns the pronoun memory may resolve (content.ts): "he", "they", "it", "I" inside a quote. */
const PRONOUNS = new Set(["he", "she", "him", "his", "her", "they", "them", "their", "it", "its", "i", "we", "me", "us", "my", "our"]);
const RELATIVE = new Set(["who", "whom", "which"]);
/** Sources that name nobody: a claim needs someone to have made it. */
const NOBODY = new Set(["it", "they", "we", "i", "you", "them", "us", "me", "this", "that", "which", "these", "those",
  "its", "their", "our", "my", "your", "there", "one", "some", "many", "others", "both", "all", "the", "a", "an", "what",
  "mr", "mrs", "ms", "miss", "dr", "sir", "any", "much", "more", "most", "less", "each", "every", "none",
  // "Having said that, Mark is ...": a participle, no one.
  "having",
  // "there are so far no reports of": adverbs and a negation, no one.
  "so", "far", "no", "not", "yet", "still", "also", "only", "just"]);

/** "-s" forms that are verbs after any subject. */
const VERB_S_FORMS = new Set(["has", "was", "is", "does"]);

/**
 * "phone calls", "phishing attacks", "video files": one lowercase singular word right before an "-s" cue word
 * that is no verb of saying is the first half of a compound noun, not a source; so is a relative pronoun's
 * description (", which supports homelessness charities", ", which promotes the UK's reputation").
 */
function compoundNoun(t: TextLayout["tokens"], source: TaggedSpan, cue: TaggedSpan): boolean {
  if (source.last - source.first !== 1 || source.last !== cue.first) return false;
  const word = t[source.first]!;
  const cueWord = t[cue.first]!.lower;
  // Not a verb of saying: "research suggests", "the record shows".
  return word.word && !word.cap && !PRONOUNS.has(word.lower) && !/s$/.test(word.lower) && /[^s]s$/.test(cueWord)
    && !VERB_S_FORMS.has(cueWord) && speechActFromCue(cueWord) === undefined;
}

const NOUN_PHRASE_OPENERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);

/** Words that count or point at a plural noun, with nothing to name: "These two projects", "all ten". */
const COUNTING = /^(?:these|those|the|both|all|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/**
 * "on the Channel 4 show.", "his former Channel 4 show,": a bare cue word (no "-s", no "-ed") closing a phrase that a
 * determiner opens before a name is a noun; "..., the BBC says." is a verb.
 */
function nounPhraseCue(t: TextLayout["tokens"], source: TaggedSpan, cue: TaggedSpan): boolean {
  const word = t[cue.first]!.lower;
  if (cue.last - cue.first !== 1 || source.last !== cue.first || !hasClass(word, W.noun) || /(?:s|ed|ing)$/.test(word) || !/^[,.;]$/.test(t[cue.last]?.text ?? "")) return false;
  let k = cue.first - 1;
  while (k > Math.max(0, source.first - 3) && t[k]!.word && (t[k]!.cap || /^\d+$/.test(t[k]!.text))) k--; // the name
  if (k === cue.first - 1) return false; // "the trade ministry show.": no name, a plural's verb
  while (k > Math.max(0, source.first - 3) && t[k]!.word && !t[k]!.cap && !NOUN_PHRASE_OPENERS.has(t[k]!.lower)) k--; // "former"
  return NOUN_PHRASE_OPENERS.has(t[k]!.lower);
}

interface Resolved {
  speaker: RawSpeaker;
  sourceSpan: { start: number; end: number };
}

/** The name or the words right before token `first` (past a comma and an acronym), who speak through a relative after them. */
function speakerBefore(ctx: ClaimContext, first: number, sourceSpan: Resolved["sourceSpan"]): Resolved | null {
  const t = ctx.layout.tokens;
  let k = first - 1;
  if (t[k]?.text === ",") k--;
  k = pastAcronym(t, k, ctx.layout.sentences[t[first]!.sentence]!.first);
  const m = ctx.mentionAt[k] ?? -1;
  // ("Anja Pfeiffer, a former mayor of Dessau-Rosslau, who has refused to say": a place ends the person's apposition.)
  const sentenceFirst = ctx.layout.sentences[t[first]!.sentence]!.first;
  const person = m >= 0 && ctx.mentions[m]!.type === "Place" && t[first]?.lower === "who" ? personBeforeApposition(ctx, sentenceFirst, ctx.mentions[m]!.firstToken) : -1;
  if (person >= 0) return { speaker: { mention: person }, sourceSpan };
  if (m >= 0 && ctx.mentions[m]!.lastToken === k + 1) return { speaker: { mention: m }, sourceSpan };
  const before = k >= 0 && !ctx.quoted[k] ? wordsBefore(ctx, ctx.layout.sentences[t[k]!.sentence]!.first, k + 1) : null;
  if (before?.kind !== "words") return null;
  // "Chuck Schumer, a New Yorker who did not endorse": the person the apposition describes.
  const described = personDescribedBy(ctx, before.first);
  if (described >= 0) return { speaker: { mention: described }, sourceSpan };
  const [start, end] = [t[before.first]!.start, t[before.last - 1]!.end];
  return { speaker: { words: ctx.layout.text.slice(start, end), start, end }, sourceSpan };
}

function speakerOf(ctx: ClaimContext, memory: PronounMemory, source: TaggedSpan): Resolved | null {
  const t = ctx.layout.tokens;
  // "stood up in the Commons to announce": a tagged source opening with a particle or a preposition is where, not who.
  if (/^(?:up|down|in|at|on|into|from|out|off|over|through)$/.test(t[source.first]!.text)) return null;
  // "provides links to Amazon.com if it finds": a condition's subject, no one who said anything.
  if (t.slice(source.first, source.last).some((w) => /^(?:if|unless)$/.test(w.lower))) return null;
  // "..., which analysts have partly blamed on ...", "whom officials described as": the relative is the object; the
  // words after it speak.
  // "which both countries fear will stoke": a counting word before the plural.
  // And a relative after the noun it stands for: "a provision that campaigners said did not go far enough".
  // (Its own subject after it, a name or a plural, not its verb: "Group Menatep, ... company which controls 51% of Yukos, says".)
  // (Then the cue, maybe after an auxiliary or an adverb: not "chairs that POLITICO interviewed predicted".)
  const subjectAt = (k: number): boolean => {
    let j = COUNTING.test(t[k]?.lower ?? "") && !/^\d/.test(t[k]!.text) ? k + 1 : k;
    const m = ctx.mentionAt[j]!;
    if (m >= 0) j = ctx.mentions[m]!.lastToken;
    else if (t[j]?.word === true && !t[j]!.cap && (j > k || /[^s]s$/.test(t[j]!.lower)) && !hasClass(t[j]!.lower, W.verb)) j++;
    else return false;
    while (j < source.last && (AUXILIARIES.has(t[j]!.lower) || /ly$|^(?:first|also|now|long|once)$/.test(t[j]!.lower))) j++;
    return j === source.last;
  };
  // (Not a demonstrative after a preposition: "One of the authors of that 2013 report".)
  const relative = t.slice(source.first, source.last - 1).findIndex((w, i) => i > 0 && /^(?:which|whom|that)$/.test(w.lower) && t[source.first + i - 1]!.word
    && !(w.lower === "that" && /^(?:of|in|on|for|with|about|at|by|from)$/.test(t[source.first + i - 1]!.lower)) && subjectAt(source.first + i + 1));
  if (relative > 0) return speakerOf(ctx, memory, { ...source, first: source.first + relative + 1 });
  // "The prime minister apologised in the House of Commons, calling it ...": a clause tagged as the source of the
  // participle after its comma; the subject before its past tense speaks, not a name after it.
  for (let k = source.first + 1; k < source.last - 1 && t[source.last - 1]!.text === ","; k++) {
    const w = t[k]!;
    if (!w.word || ctx.quoted[k]) break;
    if (w.cap || ctx.mentionAt[k]! >= 0 || !/^[a-z]{3,}ed$/.test(w.lower) || isRoleNoun(w.lower) || AUXILIARIES.has(t[k - 1]!.lower) || RELATIVE.has(t[k - 1]!.lower)) continue;
    if (PLACE_PREPOSITIONS.has(t[k + 1]!.lower) && t[k + 1]!.lower !== "of") return speakerOf(ctx, memory, { ...source, last: k });
  }
  const counted = COUNTING.test(t[source.first + 1]?.lower ?? "") && source.last - source.first > 2 ? 1 : 0;
  const after = t[source.first + 1 + counted];
  if (/^(?:which|whom)$/.test(t[source.first]!.lower) && source.last - source.first > 1 + counted && after?.word
    && (ctx.mentionAt[source.first + 1 + counted]! >= 0 || (!after.cap && /[^s]s$/.test(after.lower) && (counted || hasClass(after.lower, W.noun)) && !hasClass(after.lower, W.verb)))) {
    return speakerOf(ctx, memory, { ...source, first: source.first + 1 });
  }
  const sourceSpan = { start: t[source.first]!.start, end: t[source.last - 1]!.end };
  let chosen = -1;
  // A relative clause tagged as the source ("The judges, who included authors Jenny Colgan and Amanda Craig, were full
  // of praise"): its names are not the speaker; the words before it are (below).
  const relativeSource = RELATIVE.has(t[source.first]!.lower) && t[source.first - 1]?.text === "," && source.last - source.first > 1;
  for (let k = source.first; k < source.last && !relativeSource; k++) {
    const m = ctx.mentionAt[k]!;
    if (m < 0 || m === chosen) continue;
    const type = ctx.mentions[m]!.type;
    // A person over a group over a place: "Trump campaign manager Corey Lewandowski" is Lewandowski; but a
    // person in apposition is the head: "Lindsey Graham, a close ally of Trump" is Graham.
    const apposed = chosen >= 0 && ctx.mentions[chosen]!.type === "Person" && t[ctx.mentions[chosen]!.lastToken]?.text === ",";
    if (!apposed && (chosen < 0 || type === "Person" || (type === "Group" && ctx.mentions[chosen]!.type === "Place"))) chosen = m;
  }
  // "Opposition parties, including the CDP,": the names after "including" or "such as" are some of those who speak, who
  // are the words before them.
  for (let k = source.first + 1; k < source.last - 1 && chosen >= 0; k++) {
    if (t[k]!.text !== "," || !/^(?:including|such|like|among)$/.test(t[k + 1]!.lower) || ctx.mentions[chosen]!.firstToken < k) continue;
    const head = t[k - 1]!;
    if (t.slice(source.first, k).some((w, i) => ctx.mentionAt[source.first + i]! >= 0 || !w.word) || head.cap || !/[^s]s$/.test(head.lower)) break;
    const [start, end] = [t[source.first]!.start, head.end];
    return { speaker: { words: ctx.layout.text.slice(start, end), start, end }, sourceSpan: { start, end } };
  }
  // "the Hamas-run health ministry": a name before "-run", "-led" or "-backed" modifies the body that speaks.
  if (chosen >= 0) {
    const after = ctx.mentions[chosen]!.lastToken;
    const linked = t[after]?.text === "-" ? after + 1 : after;
    const hyphened = /-([a-z]+)$/i.exec(t[after - 1]!.text)?.[1] ?? ""; // one token: "Hamas-run"
    const compound = COMPOUND_PARTICIPLE.test(hyphened) && after < source.last;
    if ((COMPOUND_PARTICIPLE.test((t[linked]?.lower ?? "").replace(/^-/, "")) && linked + 1 < source.last) || compound) chosen = -1;
  }
  // "The Trump campaign", "the Biden administration": a person's name modifying a body of people is not that person
  // (as the rules read it, speaker.ts).
  // (A possessive speaks through its spokesman or campaign as before: "Tony Blair's official spokesman".)
  const modifier = chosen >= 0 ? ctx.mentions[chosen]! : undefined;
  if (modifier && !modifier.possessive && modifier.lastToken < source.last && modifiesPeopleOfAPerson(t, modifier)) chosen = -1;
  // "Analysts at Moody's": people at a workplace speak, not the workplace (their words, as the rules give them).
  if (chosen >= 0 && ctx.mentions[chosen]!.firstToken - 2 >= source.first && roleAtBefore(ctx.layout, ctx.mentions[chosen]!.firstToken)) chosen = -1;
  // "Mediators from the United States, Saudi Arabia, Egypt and the UAE": people from places speak, not the places.
  const people = t[source.first]!;
  if (chosen >= 0 && ctx.mentions[chosen]!.type === "Place" && ctx.mentionAt[source.first]! < 0 && people.word && /[^s]s$/.test(people.lower)
    && t[source.first + 1]?.lower === "from") chosen = -1;
  // "A former treasurer of Ashford Rangers football club has denied": the group a role is of does not speak, its holder does
  // (not a voice: "A spokesman for Tesco").
  const roleOf = chosen >= 0 ? ctx.mentions[chosen]!.firstToken - (t[ctx.mentions[chosen]!.firstToken - 1]?.lower === "the" ? 2 : 1) : -1;
  if (chosen >= 0 && ctx.mentions[chosen]!.type !== "Person" && roleOf - 1 >= source.first && /^(?:of|for)$/.test(t[roleOf]!.lower)
    && !t[roleOf - 1]!.cap && isRoleNoun(t[roleOf - 1]!.lower) && !speaksThrough(t[roleOf - 1]!.lower)) chosen = -1;
  // "dropped leaflets at Munich University calling for", "Shops all over the UK reported": a group or place where
  // something is, the tagged source its name alone (maybe with "the"), speaks nothing.
  const name = chosen >= 0 ? ctx.mentions[chosen]! : undefined;
  const opener = t[source.first]!.lower === "the" ? source.first + 1 : source.first;
  // (Or the last of a list there: "services in the UK, Ireland and Germany, has opted for".)
  const prepAt = name === undefined ? -1 : listOpening(ctx, chosen, t[source.first - 1]?.lower === "the" ? source.first - 2 : source.first - 1);
  const prep = t[prepAt]?.lower ?? "";
  const where = name !== undefined && name.firstToken === opener
    && (/^(?:at|in|on|near|outside|inside|across)$/.test(prep) || (name.type === "Place" && PLACE_PREPOSITIONS.has(prep)));
  if (where) return null;
  // "Kirkuk governor says": a place before a role noun names whose role it is; the role holder speaks.
  // So does one before lower-case nouns: "Another three US insurance executives have pleaded guilty".
  // (Also a body's noun before where it is: "The US consulate in Erbil declined".)
  const placeEnd = chosen >= 0 ? ctx.mentions[chosen]!.lastToken : -1;
  const bodyBefore = chosen >= 0 && /^(?:embassy|consulate|mission|delegation|military|army|government|ministry|administration|authorities|officials|forces|troops|police)$/.test(t[placeEnd]?.lower ?? "");
  const placeModifies = chosen >= 0 && ctx.mentions[chosen]!.type === "Place" && placeEnd < source.last
    && !t[placeEnd]!.cap && (isRoleNoun(t[source.last - 1]!.lower) || bodyBefore
      || t.slice(placeEnd, source.last).every((w) => w.word && !w.cap && !PLACE_PREPOSITIONS.has(w.lower)));
  if (chosen >= 0 && !placeInPhrase(ctx, source, chosen) && !placeModifies) return { speaker: { mention: chosen }, sourceSpan };
  const words = [];
  for (let k = source.first; k < source.last; k++) if (t[k]!.word) words.push(t[k]!.lower.replace(/['’]s$/, ""));
  if (words.length === 1 && PRONOUNS.has(words[0]!)) {
    const m = memory.resolve(words[0]!, source.first, t[source.first]!.sentence, ctx.quoted[source.first] === 1);
    const body = words[0] === "it" && m !== undefined ? bodyForIt(ctx, source.first, m) : null;
    if (body) {
      const [start, end] = [t[body.first]!.start, t[body.last - 1]!.end];
      return { speaker: { words: ctx.layout.text.slice(start, end), start, end }, sourceSpan };
    }
    if (m !== undefined) return { speaker: { mention: m }, sourceSpan };
    const named = memory.resolveWords(words[0]!, t[source.first]!.sentence, t[source.first]!.start);
    return named ? { speaker: { ...named }, sourceSpan } : null;
  }
  // "Sanders, who said": the name right before the relative pronoun; "a lawyer who said": those words.
  if ((words.length === 1 || relativeSource) && RELATIVE.has(words[0]!)) return speakerBefore(ctx, source.first, sourceSpan);
  // "Campaigners, some of whom have waited 40 years, said": the words before the relative phrase.
  if (/^(?:some|many|most|all|none|several|both|few)$/.test(words[0] ?? "") && words[1] === "of" && /^(?:whom|which)$/.test(words[2] ?? "") && t[source.first - 1]?.text === ",") {
    return speakerBefore(ctx, source.first, sourceSpan);
  }
  // "Some say ...", "Others argue": unnamed people, kept as written (an anonymous source, never a guess).
  if (source.last - source.first === 1 && /^(?:some|many|others)$/.test(words[0] ?? "") && unnamedSubjectAt(ctx, source.first)) {
    return { speaker: { words: t[source.first]!.text, ...sourceSpan }, sourceSpan };
  }
  if (words.length === 0 || words.every((w) => NOBODY.has(w)) || ctx.quoted[source.first] || !nounHead(t[source.last - 1]!)) return null;
  const first = pastResumptiveNoun(t, source.first, source.last);
  const span = first === source.first ? sourceSpan : { start: t[first]!.start, end: sourceSpan.end };
  // The words without a trailing comma ("68%,"), which the source span keeps as PolNeAR marks it; nor an aside of a
  // participle or a relative clause after the noun ("The inflation report, released alongside the decision,").
  let last = t[source.last - 1]!.text === "," && source.last - 1 > first ? source.last - 1 : source.last;
  for (let k = first + 1; k < last - 1; k++) {
    const next = t[k + 1]!;
    if (t[k]!.text === "," && next.word && !next.cap && (/[a-z](?:ed|en|ing)$/.test(next.lower) || RELATIVE.has(next.lower))) last = k;
  }
  const said = { start: span.start, end: t[last - 1]!.end };
  return { speaker: { words: ctx.layout.text.slice(said.start, said.end), ...said }, sourceSpan: span };
}

/**
 * Whether the word at k is the subject of a finite verb, opening its sentence or a clause: "Some say", "..., but many
 * believe" (not "some featuring", "many to believe", "many well known vulnerabilities", nor inside a quote).
 */
function unnamedSubjectAt(ctx: ClaimContext, k: number): boolean {
  const t = ctx.layout.tokens;
  const verbAfter = t[k + 1]?.word === true && !/ing$|^(?:to|well|of|who|were|was)$/.test(t[k + 1]!.lower);
  const opensClause = k === ctx.layout.sentences[t[k]!.sentence]!.first || /^(?:,|but|and|while|although|though|that|—)$/.test(t[k - 1]?.lower ?? "");
  return !ctx.quoted[k] && verbAfter && opensClause;
}

/** "did not respond to a request for comment", "did not return calls seeking comment": a refusal to speak (`declines`), no act. */
function requestForComment(ctx: ClaimContext, content: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  return REQUEST_FOR_COMMENT.test(ctx.layout.text.slice(t[content.first]!.start, t[content.last - 1]!.end));
}
const REQUEST_FOR_COMMENT = /^(?:an?|the|their|his|her|its|repeated|several|multiple|two|three)?\s*(?:\w+\s+)?(?:requests?|calls?|messages?|e-?mails?|inquiries|queries)\s+(?:for|seeking)\s+comment\b/i;

/** A tagged span without the bullets and dashes it opens with: "• Unions". */
function trimPunctuation(t: TextLayout["tokens"], span: TaggedSpan): TaggedSpan {
  let first = span.first;
  while (first < span.last - 1 && /^[,;:•·*–—-]$/.test(t[first]!.text)) first++;
  return first === span.first ? span : { ...span, first };
}

const PLACE_PREPOSITIONS = new Set(["in", "of", "from", "at", "across", "near", "around", "outside", "inside", "over", "throughout", "within", "along"]);

/** "Police in the town of Uyo": a place after a preposition inside the source says where its speakers are, and is not one. */
function placeInPhrase(ctx: ClaimContext, source: TaggedSpan, m: number): boolean {
  const mention = ctx.mentions[m]!;
  if (mention.type !== "Place") return false;
  let k = mention.firstToken - 1;
  if (ctx.layout.tokens[k]?.lower === "the") k--;
  return k > source.first && PLACE_PREPOSITIONS.has(ctx.layout.tokens[k]!.lower);
}

/** Participles that say what their subject feels or holds ("are worried about"): the subject is the source. */
const STATES_OF_MIND = new Set(["worried", "concerned", "convinced", "pleased", "surprised", "disappointed", "frustrated",
  "impressed", "interested", "excited", "troubled", "alarmed", "determined", "committed", "opposed", "skeptical", "confident",
  "persuaded", "satisfied", "dismayed", "outraged", "angered", "scared", "afraid", "prepared", "inclined", "poised"]);
const PRONOUN_BEFORE_IS = new Set(["he", "she", "it", "that", "who", "there", "what"]);
const PASSIVE_AUX = new Set(["was", "were", "is", "are", "be", "been", "being", "’s", "'s", "get", "got", "gets"]);

/** "was asked", "has been called", "is widely expected": an auxiliary of the passive before a participle. */
function isPassive(t: ClaimContext["layout"]["tokens"], cue: TaggedSpan): boolean {
  for (let k = cue.first; k < cue.last; k++) {
    if (!/(?:ed|en|wn|ld|ght|ood|aid|cast)$/.test(t[k]!.lower) || STATES_OF_MIND.has(t[k]!.lower)) continue; // "is understood", "is said", "was forecast"
    for (let j = k - 1; j >= Math.max(0, cue.first - 3, k - 3) && t[j]!.word; j--) {
      // "’s" is "is" after a pronoun ("he’s been asked"); after a noun it is a possessive ("the party’s").
      if (PASSIVE_AUX.has(t[j]!.lower) && (!/^['’]s$/.test(t[j]!.lower) || PRONOUN_BEFORE_IS.has(t[j - 1]?.lower ?? ""))) return true;
    }
  }
  return false;
}

const QUESTION_WORDS = new Set(["whether", "if", "about", "why", "what", "how", "when", "to", "by", "on", "for", "of"]);
/** "Asked whether he thought ..., he said": a participle opening its sentence is a passive with no source of its own. */
function reducedPassive(t: ClaimContext["layout"]["tokens"], sentenceFirst: number, cue: TaggedSpan): boolean {
  return cue.first === sentenceFirst && /ed$/.test(t[cue.first]!.lower) && QUESTION_WORDS.has(t[cue.last]?.lower ?? "");
}

/** "Election result disputed in Zambezia", "Blair warned over spending": a headline's bare participle is a passive. */
function headlinePassive(ctx: ClaimContext, cue: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  const line = ctx.layout.lines[ctx.layout.sentences[t[cue.first]!.sentence]!.line]!;
  return line.heading && cue.last - cue.first === 1 && /ed$/.test(t[cue.first]!.lower);
}

/**
 * "Former England defender Gary Neville", "critic Jane Doe": a role noun tagged as the cue is the title of the person named
 * after it; "the Call of Duty franchise": a cue opening a name is the name's word.
 */
function partOfAName(ctx: ClaimContext, cue: TaggedSpan): boolean {
  const w = ctx.layout.tokens[cue.last - 1]!.lower;
  const m = ctx.mentions[ctx.mentionAt[cue.last] ?? -1];
  if (cue.last - cue.first === 1 && (isRoleNoun(w) || isTitleHead(w)) && m?.type === "Person" && m.firstToken === cue.last) return true;
  const named = ctx.mentions[ctx.mentionAt[cue.first] ?? -1];
  if (named !== undefined && named.firstToken === cue.first && ctx.layout.tokens[cue.first]!.cap && named.lastToken > cue.first + 1) return true;
  // (A capital inside a sentence before "of" and another opens a title no recogniser named: "the Call of Duty franchises".)
  const t = ctx.layout.tokens;
  const sentence = ctx.layout.sentences[t[cue.first]!.sentence]!;
  return t[cue.first]!.cap && cue.first > sentence.first && t[cue.first - 1]!.word && !ctx.layout.lines[sentence.line]!.heading
    && t[cue.first + 1]?.lower === "of" && t[cue.first + 2]?.cap === true;
}

/** "a promising Damien Duff break", "the alleged deal": an "-ing" or "-ed" word after a determiner qualifies a noun. */
function adjectiveCue(ctx: ClaimContext, cue: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  let k = cue.first;
  if (/^(?:a|an|the)$/.test(t[k]!.lower) && k + 1 < cue.last) k++;
  else if (!/^(?:a|an|the)$/.test(t[k - 1]?.lower ?? "")) return false;
  return k === cue.last - 1 && /(?:ing|ed)$/.test(t[k]!.lower);
}

/** A passive's agent as its source: "was criticized by Sanders". */
function agentAfter(t: ClaimContext["layout"]["tokens"], cue: TaggedSpan, source: TaggedSpan | undefined): boolean {
  return source !== undefined && source.first >= cue.last && t[source.first - 1]?.lower === "by";
}

/**
 * The subject of a cue with no tagged source: for a coordinated verb ("argued that ..., but suggested
 * ..."), the subject of the main clause; else the one right before it; else, for a participle, the
 * name right before it ("with Maher adding ...").
 */
function subjectBefore(ctx: ClaimContext, sentenceFirst: number, cue: TaggedSpan): SpeakerFound | null {
  const t = ctx.layout.tokens;
  // Past the channel the cue was cut from: "and in a statement credited".
  const verb = channelPhraseAt(t, cue.first - 3) ? cue.first - 3 : cue.first;
  // "Ebbers played down his ties with Sullivan and denied ...": the name before "and" is an object.
  const and = coordinatorBefore(ctx, sentenceFirst, verb);
  const coordinated = and >= 0 ? mainSubject(ctx, sentenceFirst, and) : null;
  if (coordinated) return coordinated;
  // "Soldiers in Niger appeared on national television late on Wednesday to announce": an infinitive of purpose after
  // the main verb and its adjuncts (no object) is the main subject's.
  if (t[verb]!.lower === "to") {
    for (let k = verb - 1; k > sentenceFirst && k >= verb - 10 && t[k]!.word && !ctx.quoted[k]; k--) {
      if (t[k]!.cap || !/^(?:appeared|appears|went|came|took|used|gathered|met|returned|spoke|rallied|marched)$/.test(t[k]!.lower)) continue;
      if (/^(?:on|in|at|before|to|outside|late|early|later)$/.test(t[k + 1]?.lower ?? "")) {
        const main = mainSubject(ctx, sentenceFirst, verb);
        if (main) return main;
      }
      break;
    }
  }
  const found = findSubject(ctx, sentenceFirst, verb);
  if (found) return found;
  const k = beforeAdverbs(ctx, sentenceFirst, cue.first);
  const m = ctx.mentionAt[k] ?? -1;
  if (m >= 0 && t[cue.first]!.lower.endsWith("ing") && ctx.mentions[m]!.lastToken === k + 1 && ctx.mentions[m]!.type !== "Place" && !ctx.quoted[k]) {
    return { kind: "mentions", mentions: [m], first: ctx.mentions[m]!.firstToken };
  }
  return null;
}

/** The speaker of a subject the rules found, read as a source span would be. */
function subjectSpeaker(ctx: ClaimContext, memory: PronounMemory, found: SpeakerFound | null): Resolved | null {
  return found ? speakerOf(ctx, memory, spanOfSpeaker(ctx, found)) : null;
}

/** Adverbs the tagger may mark as a cue's source: "but only to tell Garland", "also to say". */
const STRAY_ADVERB = /^(?:only|just|even|also|still|then|now|already|again|[a-z]+ly)$/;

const GERUND_PREPOSITIONS = new Set(["after", "before", "by", "in", "while", "when", "since", "without", "through", "upon"]);

/**
 * "India has ordered the actress's deportation after saying she was working illegally", "By claiming ..., the
 * firm": the preposition before a gerund of saying (-1 if none); the gerund is the main clause's subject's.
 */
function prepositionBeforeGerund(ctx: ClaimContext, sentenceFirst: number, cue: TaggedSpan): number {
  const t = ctx.layout.tokens;
  const prep = beforeAdverbs(ctx, sentenceFirst, cue.first);
  // The tagger's cue may hold the adverb: "after [initially saying]".
  let verb = cue.first;
  while (verb < cue.last - 1 && /ly$/.test(t[verb]!.lower)) verb++;
  const gerundOfSaying = /[a-z]{2}ing$/.test(t[verb]!.lower) && speechActFromCue(t[verb]!.lower) !== undefined;
  return gerundOfSaying && GERUND_PREPOSITIONS.has(t[prep]?.lower ?? "") && !ctx.quoted[prep] ? prep : -1;
}

/** The plural people a tagged source ends with after a preposition, right before the comma: "alarm bells for [human rights groups],". */
function peopleBeforeComma(ctx: ClaimContext, source: TaggedSpan, comma: number): TaggedSpan | undefined {
  const t = ctx.layout.tokens;
  const end = t[source.last - 1]?.text === "," ? source.last - 1 : source.last;
  if (end !== comma || !/[^s]s$/.test(t[end - 1]?.lower ?? "")) return undefined;
  for (let k = end - 2; k > source.first; k--) {
    if (/^(?:for|among|with|to|from)$/.test(t[k]!.lower)) return k + 1 < end - 1 || isRoleNoun(t[end - 1]!.lower.replace(/s$/, "")) ? { kind: "source", first: k + 1, last: end } : undefined;
    if (!t[k]!.word) return undefined;
  }
  return undefined;
}

/** "cancelled an appearance at the premiere of her new movie | saying": a past verb's object runs, no comma, up to `cue`. */
function objectOpensBefore(ctx: ClaimContext, sentenceFirst: number, cue: number): boolean {
  const t = ctx.layout.tokens;
  // (Not a gerund after a preposition: "suspended a candidate for allegedly suggesting".)
  let before = cue - 1;
  while (before > sentenceFirst && /ly$/.test(t[before]!.lower)) before--;
  const word = t[before]?.lower ?? "";
  if (before <= sentenceFirst || hasClass(word, W.preposition) || /^(?:for|by|after|before|of|about|without|in|on|while|when)$/.test(word)) return false;
  for (let k = cue - 1; k > sentenceFirst + 1 && k > cue - 14; k--) {
    const w = t[k]!;
    if (!w.word || ctx.quoted[k] || AUXILIARIES.has(w.lower)) return false;
    if (/^(?:a|an|the|his|her|its|their)$/.test(w.lower) && /^[a-z]{3,}ed$/.test(t[k - 1]!.lower)) return true;
  }
  return false;
}

/** Adjectives of attitude a tagged cue may be: "confident that", "concerned about", "determined to". */
const ATTITUDES = /^(?:confident|concerned|determined|keen|eager|adamant|optimistic|hopeful|anxious|worried|convinced|insistent|unhappy|angry|furious|upset|disappointed)$/;

const OBJECT_PREPOSITIONS = new Set(["with", "to", "of", "for", "from", "against", "about", "at", "on", "by"]);

/** "ties with [Sullivan] and denied": a tagged source after a preposition, right before "and" and the cue, is an object. */
function objectBeforeCoordinator(ctx: ClaimContext, sentenceFirst: number, source: TaggedSpan, cue: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  // (Or with the coordinator inside the span: "was dismissed by [the Iraqi parliament last month but] refused".)
  const coordinator = cue.first - 1;
  return (source.last === coordinator || source.last === cue.first) && COORDINATORS.has(t[coordinator]!.lower) && source.first > sentenceFirst
    && OBJECT_PREPOSITIONS.has(t[source.first - 1]!.lower);
}

/** The tokens of a speaker the rules found: the source span when the tagger marked none. */
function spanOfSpeaker(ctx: ClaimContext, found: SpeakerFound): TaggedSpan {
  if (found.kind === "mentions") {
    const m = ctx.mentions[found.mentions[found.mentions.length - 1]!]!;
    return { kind: "source", first: found.first, last: m.lastToken };
  }
  return { kind: "source", first: found.first, last: found.kind === "words" ? found.last : found.first + 1 };
}

const TRIM = new Set([",", ".", ";", ":", "—", "–", "that"]);

/** The content when the tagger marked none: the rest of the sentence after the cue, else what precedes the source. */
function contentAround(ctx: ClaimContext, cue: TaggedSpan, source: TaggedSpan): TaggedSpan | undefined {
  const t = ctx.layout.tokens;
  const sentence = ctx.layout.sentences[t[cue.first]!.sentence]!;
  const trimmed = (a: number, b: number): TaggedSpan | undefined => {
    while (a < b && TRIM.has(t[a]!.lower)) a++;
    while (b > a && !t[b - 1]!.word && !ctx.quoted[b - 1] && !closesNumber(t, b - 1)) b--;
    return b - a >= 2 ? { kind: "content", first: a, last: b } : undefined;
  };
  const after = Math.max(cue.last, source.last);
  // "Several victims also wrote to the court.": whom they wrote to is no content.
  const addressee = t[after]?.lower === "to" && /^(?:wrote|writes|write|writing)$/.test(t[cue.last - 1]!.lower);
  return (addressee ? undefined : trimmed(after, sentence.last)) ?? trimmed(sentence.first, Math.min(cue.first, source.first));
}

/** The quote of a content span: all of it when it is a quote, else its longest inner quote of four words or more. */
function quoteOf(text: string, start: number, end: number): ContentPart {
  const quotes = findQuotes(text, start, end);
  let best: string | null = null;
  let bestWords = 3;
  for (const q of quotes) {
    const n = wordCount(text, q.start, q.end);
    if (n > bestWords) [best, bestWords] = [text.slice(q.start, q.end).replace(/[\s,]+$/, ""), n];
  }
  return { quote: best, start, end };
}

/**
 * "B&B - which has a 22% share of the market - said": a source between dashes describes the speaker
 * before them, unless it is a name ("One group - Amnesty International - said").
 */
function betweenDashes(ctx: ClaimContext, source: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  let named = true;
  for (let k = source.first; k < source.last && named; k++) named = ctx.mentionAt[k]! >= 0 || DASHES.has(t[k]!.text);
  if (named) return false;
  const closing = DASHES.has(t[source.last - 1]!.text) ? source.last - 1 : DASHES.has(t[source.last]?.text ?? "") ? source.last : -1;
  if (closing <= source.first) return false;
  for (let k = source.first - 1; k >= 0 && k >= source.first - 12 && t[k]!.sentence === t[source.first]!.sentence; k--) if (DASHES.has(t[k]!.text)) return true;
  return false;
}

/**
 * "Boeing, in contrast to European rival Airbus, hopes": a source tagged inside a phrase between commas that a
 * preposition opens after a name, right before the cue, is the phrase's object; the name before it speaks.
 */
function insideAside(ctx: ClaimContext, source: TaggedSpan, cue: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  const closing = t[source.last - 1]!.text === "," ? source.last - 1 : source.last;
  if (t[closing]?.text !== "," || closing + 1 !== cue.first) return false;
  for (let k = source.first - 1; k > 0 && k >= source.first - 6 && t[k]!.word; k--) {
    // (Or a participle's agent: "The Economic Freedom Fighters (EFF), led by Julius Malema, refused".)
    // (Past a time: "DeepSeek, founded in 2023 by Liang Wenfeng, did not respond".)
    const agent = /^(?:led|headed|founded|owned|run|chaired|backed)$/.test(t[k]!.lower) && (t[k + 1]?.lower === "by" || t[source.first - 1]?.lower === "by");
    if (t[k - 1]!.text !== "," || !(agent || /^(?:in|like|unlike|as|with|despite|after|for)$/.test(t[k]!.lower))) continue;
    const before = t[k - 2]?.text === ")" && t[k - 4]?.text === "(" ? k - 5 : k - 2; // past "(EFF)"
    const m = ctx.mentions[ctx.mentionAt[before] ?? -1];
    return m !== undefined && m.lastToken === before + 1 && m.type !== "Place";
  }
  return false;
}

/** "Soldiers appeared on national television late on Wednesday to announce": where one appeared is no source. */
function mediumSource(ctx: ClaimContext, source: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  return /^(?:on|in)$/.test(t[source.first - 1]?.lower ?? "") && /^(?:television|tv|radio|camera|air|stage|screen)$/.test(t[source.last - 1]!.lower);
}

/**
 * "United confirmed the decision a day after a 2-1 loss at West Ham, thanking": the phrase right before a participle's
 * comma is no subject of it (the sentence's is), unless a verb of saying puts it there ("..., said the club, thanking").
 */
function phraseBeforeParticiple(ctx: ClaimContext, source: TaggedSpan, comma: number): boolean {
  const t = ctx.layout.tokens;
  if ((source.last !== comma && source.last !== comma + 1) || !/^(?:a|an)$/.test(t[source.first]!.lower) || speechActFromCue(t[source.first - 1]?.lower ?? "") !== undefined) return false;
  // (When the sentence names its subject: not "..., a collection of papers on domestic policy, laying out" after a "you".)
  let first = source.first;
  while (first > 0 && t[first - 1]!.sentence === t[source.first]!.sentence) first--;
  // (Nor a relative clause's subject: "a 70-year-old academic named Eric Kingson, who worked the crowd, praising".)
  if (t.slice(source.first, source.last).some((w) => RELATIVE_PRONOUNS.has(w.lower))) return false;
  const found = participleSubject(ctx, first, comma) ?? subjectOpeningSentence(ctx, first, comma);
  return found !== null && found.first < source.first && found.kind !== "pronoun";
}

/** "quoting Ischinger, who had been sent to Moscow": a relative clause right after the source describes it, it is no content. */
function describesTheSource(t: TextLayout["tokens"], source: TaggedSpan, first: number): boolean {
  // The tagged source may hold the comma: "Ischinger ,".
  return (source.last === first - 1 || source.last === first) && t[first - 1]?.text === "," && RELATIVE_PRONOUNS.has(t[first]!.lower);
}
const RELATIVE_PRONOUNS = new Set(["who", "whom", "whose", "which"]);

/**
 * "many MPs who were happy to say", "The IAAF - which said": a source ending in a relative pronoun is the
 * noun phrase before it, for a verb of saying; "a remark that angered officials" is no one's speech.
 */
function withoutRelative(ctx: ClaimContext, source: TaggedSpan, cue: TaggedSpan): TaggedSpan | undefined {
  const t = ctx.layout.tokens;
  if (!/^(?:that|which|who|whom)$/.test(t[source.last - 1]!.lower) || source.last - source.first < 2) return source;
  let saying = false;
  for (let k = cue.first; k < cue.last && !saying; k++) saying = speechActFromCue(t[k]!.lower) !== undefined;
  if (!saying) return undefined;
  let last = source.last - 1;
  while (last > source.first && !t[last - 1]!.word) last--; // "The IAAF - which", "The group, which"
  return { ...source, last };
}

/** Words that open a noun phrase as its object: a past tense right before one is a verb ("descended an escalator"). */
const OBJECT_OPENERS = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those"]);
const PARTICLES = new Set(["up", "out", "off", "down", "back", "over"]);

/**
 * A tagged source that is no noun phrase: an auxiliary ("They are not sanguine, but do believe"), a verb and its
 * object ("Trump, a candidate, descended an escalator ... to declare", "has set up a website"). Its cue
 * takes the subject the rules find instead.
 */
function verbPhraseSource(ctx: ClaimContext, source: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  const head = t[source.first]!;
  if (!head.word || head.cap || ctx.mentionAt[source.first]! >= 0) return false;
  if (source.last - source.first === 1 && AUXILIARIES.has(head.lower)) return true;
  const before = t[source.first - 1]?.lower ?? "";
  const object = t[source.first + 1]?.lower ?? "";
  const pastParticle = PARTICLES.has(object) && OBJECT_OPENERS.has(t[source.first + 2]?.lower ?? "");
  return ((AUXILIARIES.has(before) && !OBJECT_OPENERS.has(head.lower)) || /[^e]ed$/.test(head.lower)) && (OBJECT_OPENERS.has(object) || pastParticle);
}

/** The other names of a source that is nothing but a list of names of one type with `chosen` ("Airbus and Boeing"); else none. */
function namesListed(ctx: ClaimContext, source: TaggedSpan, chosen: number): number[] {
  const t = ctx.layout.tokens;
  const names: number[] = [];
  for (let k = source.first; k < source.last; k++) {
    const m = ctx.mentionAt[k]!;
    if (m >= 0) {
      // (Places only as countries, which speak as their governments: "Canada and Mexico vow to retaliate".)
      if (ctx.mentions[m]!.type !== ctx.mentions[chosen]!.type || (ctx.mentions[m]!.type === "Place" && ctx.mentions[m]!.kind !== "country") || ctx.mentions[m]!.possessive) return [];
      names.push(m);
      k = ctx.mentions[m]!.lastToken - 1;
    } else if (!/^(?:,|and|the|both)$/.test(t[k]!.lower)) return [];
  }
  return names.length >= 2 && names.includes(chosen) && t.slice(source.first, source.last).some((w) => w.lower === "and") ? names.filter((m) => m !== chosen) : [];
}

/**
 * Claims of the tagged attributions of one document, in text order. `memory` must be fed
 * sentence by sentence by the caller (it is shared with the rules), so claims are made per sentence.
 */
export function claimsOfAttributions(ctx: ClaimContext, memory: PronounMemory, attributions: readonly TaggedAttribution[], docDate: string | null): RawClaim[] {
  const t = ctx.layout.tokens;
  const text = ctx.layout.text;
  const claims: RawClaim[] = [];
  for (const raw of attributions) {
    const a: TaggedAttribution = tidyCueAndSource(ctx, raw.source ? { ...raw, source: trimPunctuation(t, raw.source) } : raw);
    if (a.cue.last <= a.cue.first) continue;
    // A cue tagged without a source takes the subject the rules find: that of the main verb for
    // ", saying ...", else the one right before the cue.
    const first = ctx.layout.sentences[t[a.cue.first]!.sentence]!.first;
    // ", saying", also past an adverb: ", quickly reminding viewers", ", recently telling".
    let verb = a.cue.first;
    while (verb < a.cue.last - 1 && /ly$/.test(t[verb]!.lower)) verb++;
    // After a dash too ("flipped his choice on the spot – saying"). And after a quote closed on its comma:
    // '“..., they’re going to lose,” referencing the large number of ...'.
    const comma = t[a.cue.first - 1]?.text === "," || (DASHES.has(t[a.cue.first - 1]?.text ?? "") && /ing$/.test(t[verb]!.lower)) ? a.cue.first - 1
      : /^[”"]$/.test(t[a.cue.first - 1]?.text ?? "") && t[a.cue.first - 2]?.text === "," ? a.cue.first - 2 : -1;
    // ("..., confident that the boom will continue", "..., concerned about": an adjective of attitude after the comma is
    // the main subject's too, whatever clause the tagger took for its source.)
    // (Not one in a list of adjectives: "activists who are ambivalent, disappointed or flat-out frustrated".)
    const adjectiveList = /^(?:or|and)$/.test(t[verb + 1]?.lower ?? "") || hasClass(t[comma - 1]?.lower ?? "", W.adjective) || ATTITUDES.test(t[comma - 1]?.lower ?? "");
    // (With its complement: "confident that", "determined to"; not "he said, optimistic despite opening defeats".)
    const complement = a.cue.last - verb > 1 || /^(?:that|about|to|of|over)$/.test(t[a.cue.last]?.lower ?? "");
    const attitude = comma >= 0 && ATTITUDES.test(t[verb]!.lower) && !adjectiveList && complement;
    const participle = comma >= 0 && (t[verb]!.lower.endsWith("ing") || attitude);
    // A passive cue ("was asked", "is widely expected") has no source of its own: its subject is the
    // addressee or the topic, even where the tagger marked it as the source; likewise "seems", "appears".
    // "has to trim the deficit": a cue of words none of which is a cue (a modal's "has to") tells no speech.
    let noCueWord = true;
    for (let k = a.cue.first; k < a.cue.last && noCueWord; k++) noCueWord = /^(?:has|have|had|having|is|was|are|were|be|been|to|about)$|ly$/.test(t[k]!.lower);
    // "Conservative health critic Dan Mazier accused": a title before a name, no cue (not "told host Chris Cuomo").
    const title = isRoleNoun(t[a.cue.last - 1]!.lower) && ctx.mentions[ctx.mentionAt[a.cue.last] ?? -1]?.type === "Person"
      && !t.slice(a.cue.first, a.cue.last).some((w) => isCueWord(w.lower));
    if ((isPassive(t, a.cue) && !agentAfter(t, a.cue, a.source)) || noCueWord || title || (a.cue.last - a.cue.first === 1 && notACue(ctx, a.cue.first)) || nounAfterModifierAt(ctx.layout, a.cue.first) || raisingAfterAdverbs(t, a.cue) || missesItsParticle(ctx, a.cue) || facedByItsSubject(ctx, a.cue) || onlyCuePrefix(ctx.layout, a.cue.first, a.cue.last)) continue;
    if (reducedPassive(t, first, a.cue) || statementParticipleAt(ctx.layout, a.cue.first) || anonymityRequestAt(ctx.layout, a.cue.first) || askedWithoutSubjectAt(ctx.layout, a.cue.first) || speakingAtAt(ctx.layout, a.cue.first) || listOfActsAt(ctx.layout, a.cue.last - 1) || inferenceAt(ctx.layout, a.cue.first) || saidNothingAt(ctx.layout, a.cue.first) || saidNothingAt(ctx.layout, a.cue.last - 1) || (a.cue.last - a.cue.first > 2 && saidNothingAt(ctx.layout, a.cue.first + 1)) || addedAnObject(ctx.layout, a.cue.first) || continuesTo(ctx.layout, a.cue.first, isCueWord) || continuesTo(ctx.layout, a.cue.last - 1, isCueWord) || claimAt(ctx, a.cue)) continue; // "added a second goal", "continued to rise"
    // ("..., a claim the ministry denies": the writer's noun taking up the claim before; resumptive-claims.ts reads the denial.)
    const resumptive = t[a.cue.first - 1]?.text === "," && /^(?:a|an)$/.test(t[a.cue.first]!.lower) && ASIDE_NOUN.test(t[a.cue.first + 1]?.lower ?? "");
    // (An interview's "Q: How many people are displaced?" is the interviewer's question, no one's claim.)
    const question = t[a.cue.first]!.text === ":" && opensAQuestion(ctx.layout.text, t[a.cue.first - 1]?.start ?? 0);
    if (question || headlinePassive(ctx, a.cue) || adjectiveCue(ctx, a.cue) || partOfAName(ctx, a.cue) || toldAfterPassiveAt(ctx.layout, a.cue.last - 1) || resumptive || a.borrowed) continue; // "Election result disputed in Zambezia", "a promising break"
    // "banning her ... as a warning to other athletes": no verb; but "as reported by", "quoted ... as saying".
    if (PREPOSITION_FIRST.has(t[a.cue.first]!.lower) && !/^(?:report|say)/.test(t[a.cue.first + 1]?.lower ?? "")) continue;
    // (But people named after a preposition right before the comma are: "rung alarm bells for human rights groups, concerned".)
    const peopleBefore = attitude && a.source ? peopleBeforeComma(ctx, a.source, comma) : undefined;
    // "cancelled an appearance at the premiere of her new movie saying she was too ill": a participle of saying after an
    // object, no comma between, is the main subject's; the object the tagger took for its source is none.
    const objectBeforeParticiple = comma < 0 && /[a-z]{2}ing$/.test(t[verb]!.lower) && speechActFromCue(t[verb]!.lower) !== undefined && objectOpensBefore(ctx, first, a.cue.first);
    const tagged = peopleBefore ?? (a.source && !attitude && !objectBeforeParticiple && !verbPhraseSource(ctx, a.source) && !objectBeforeCoordinator(ctx, first, a.source, a.cue) && !betweenDashes(ctx, a.source) && !insideAside(ctx, a.source, a.cue) && !mediumSource(ctx, a.source) && !(participle && phraseBeforeParticiple(ctx, a.source, comma)) ? withoutRelative(ctx, a.source, a.cue) : undefined);
    const gerund = tagged ? -1 : prepositionBeforeGerund(ctx, first, a.cue);
    const opening = tagged || participle || gerund >= 0 ? null : openingParticiple(ctx, first, a.cue);
    const found = tagged ? null : objectBeforeParticiple ? mainSubject(ctx, first, a.cue.first) : participle ? participleSubject(ctx, first, comma) ?? subjectOpeningSentence(ctx, first, comma)
      : gerund >= 0 ? subjectOpeningAside(ctx, gerund) ?? mainSubject(ctx, first, gerund > first ? gerund : ctx.layout.sentences[t[first]!.sentence]!.last) : opening?.found ?? subjectBefore(ctx, first, a.cue);
    // '"We will not give up an inch," says Greenland premier': after a quote, a verb of saying and its speaker after it.
    const sentenceEnd = ctx.layout.sentences[t[a.cue.first]!.sentence]!.last;
    const inverted = !tagged && !found && a.cue.last - a.cue.first === 1 && speechActFromCue(t[a.cue.first]!.lower) !== undefined
      && (t[a.cue.first - 1]?.text === "," || (/^[”"’']$/.test(t[a.cue.first - 1]?.text ?? "") && /^[,!?]$/.test(t[a.cue.first - 2]?.text ?? "")))
      ? speakerAfter(ctx, a.cue.last, sentenceEnd) : null; // (not a scare quote: 'the "new terrorism" demands new powers')
    const source = tagged ?? (found ? spanOfSpeaker(ctx, found) : inverted ? spanOfSpeaker(ctx, inverted) : undefined);
    // "..., but only if Western allies provided guarantees": a condition's subject speaks nothing.
    // "When the meeting concluded, Smith said": the opening clause of time says nothing.
    if (source && closesTimeClauseAt(ctx.layout, first, Math.min(source.first, a.cue.first), a.cue.last)) continue;
    if (!source || t[source.first]!.lower === "if" || t[source.first]!.lower === "unless" || (t[source.first]!.lower === "only" && t[source.first + 1]?.lower === "if")) continue;
    if (conditionSubjectAt(t, source.first)) continue;
    // "With the election widely predicted for May, angry Labour MPs warned": an absolute phrase's passive, no one saying it.
    const participleAt = /ly$/.test(t[a.cue.first]!.lower) ? a.cue.first + 1 : a.cue.first;
    if (t[source.first - 1]?.lower === "with" && /ed$/.test(t[participleAt]?.lower ?? "")) continue;
    const closedContent = a.content && closesNumber(t, a.content.last) ? { ...a.content, last: a.content.last + 1 } : a.content; // "8%": the tagger stops at "8"
    // ("declined to comment on individual cases but said ...": not the coordinator the tagger ran on to.)
    const taggedContent = closedContent && closedContent.last - closedContent.first > 1 && /^(?:but|and|or)$/.test(t[closedContent.last - 1]!.lower) && !ctx.quoted[closedContent.last - 1]
      ? { ...closedContent, last: closedContent.last - 1 } : closedContent;
    const contentSpan = (opening && !(taggedContent && taggedContent.last <= opening.content.last) ? opening.content : taggedContent) ?? contentAround(ctx, a.cue, source);
    // (Not "before claiming it 8-6", "by saying its name": a gerund's content must be what was said; but what is
    // denounced is the object of "in denouncing the mainstream media".)
    if (!contentSpan || (gerund >= 0 && !holdsAClause(ctx, contentSpan) && predicateOfCue([t[a.cue.last - 1]!.lower]) !== "rejects")) continue;
    // A content that is its own source ("a statement he tweeted", the tagger's content "he") is none.
    const ownSource = contentSpan.first < source.last && source.first < contentSpan.last;
    // "Chuck Schumer, a New Yorker who did not endorse Mamdani, congratulated him": a content inside an aside between the
    // source and the cue is none of the cue's.
    const inAside = source.last <= contentSpan.first && contentSpan.last <= a.cue.first && t.slice(contentSpan.last, a.cue.first).some((w) => w.text === ",");
    // "posted a statement on Instagram on Friday ...": where and when it was posted, not what it said.
    const whereItWent = STATEMENT_WORDS.has(t[a.cue.last - 1]!.lower) && /^(?:on|in|at|via|after|before|during)$/.test(t[contentSpan.first]!.lower);
    // "Siemens Energy raised its forecast on Wednesday, sending its shares up 9%": a participle clause after the
    // main clause tells what followed, not what was said (but ", urging the department to ...", and "he said, using
    // game worlds has never been easier", where the comma closes the cue).
    const consequence = source.last <= a.cue.first && t[contentSpan.first - 1]?.text === "," && contentSpan.first - 1 > a.cue.last && /^[a-z]+ing$/.test(t[contentSpan.first]!.text) && !isCueWord(t[contentSpan.first]!.lower);
    // "issued a blank statement, saying it had no words": the participle of saying is the claim, read on its own.
    const sayingAfter = t[contentSpan.first - 1]?.text === "," && contentSpan.first - 1 >= a.cue.last && /^[a-z]+ing$/.test(t[contentSpan.first]!.text)
      && speechActFromCue(t[contentSpan.first]!.lower) !== undefined;
    // "its legal fight to make three bloggers reveal who told them": what someone is to be made to say is not said yet.
    const causative = (k: number): boolean => t[k - 1]?.lower === "to" && /^(?:make|force|compel|get|persuade)$/.test(t[k]?.lower ?? "");
    const madeTo = causative(source.first) || causative(source.first - 1);
    if (ownSource || inAside || whereItWent || consequence || sayingAfter || madeTo || noSaying(ctx, source, a.cue, contentSpan) || (isAct(ctx, a.cue, contentSpan, source) && !requestForComment(ctx, contentSpan)) || describesTheSource(t, source, contentSpan.first)) continue;
    // "but only to tell Garland": a tagged source that is a stray adverb ("only") gives way to the subject the rules find.
    const strayAdverb = tagged !== undefined && tagged.last - tagged.first === 1 && STRAY_ADVERB.test(t[tagged.first]!.text);
    const resolved = speakerOf(ctx, memory, source) ?? (strayAdverb ? subjectSpeaker(ctx, memory, subjectBefore(ctx, first, a.cue)) : null);
    // "These two projects aim to develop": the tagger's source is the noun's determiners, its cue the noun itself.
    const determinersOnly = source.last === a.cue.first && t.slice(source.first, source.last).every((w) => COUNTING.test(w.lower))
      && /[^s]s$/.test(t[a.cue.first]!.lower) && hasClass(t[a.cue.first]!.lower.replace(/s$/, ""), W.noun);
    // "These two projects aim to develop": counted things the rules found before a cue with no verb of saying do not speak.
    const head = t[source.last - 1]!.lower;
    const countedThings = !tagged && source.last - source.first >= 2 && t.slice(source.first, source.last - 1).every((w) => COUNTING.test(w.lower))
      && /[^s]s$/.test(head) && !isRoleNoun(head.slice(0, -1)) && !t.slice(a.cue.first, a.cue.last).some((w) => speechActFromCue(w.lower) !== undefined);
    if (!resolved || determinersOnly || countedThings || compoundNoun(t, source, a.cue) || nounPhraseCue(t, source, a.cue)) continue;
    const cueSpan = { start: t[a.cue.first]!.start, end: t[a.cue.last - 1]!.end };
    const cueWords = [];
    for (let k = a.cue.first; k < a.cue.last; k++) cueWords.push(t[k]!.lower);
    // "thanked Kenya in a post on X on Sunday": the act's own date and channel close its object, outside the content.
    // ("Karim, who refused to step down, left the city": a relative clause's content ends at its comma.)
    const clauseEnd = contentSpan.first >= a.cue.last ? relativeClauseEnd(ctx, first, a.cue, contentSpan.first, contentSpan.last) : contentSpan.last;
    const objectEnd = actObjectEnd(ctx, contentSpan.first, clauseEnd);
    const content = quoteOf(text, t[contentSpan.first]!.start, t[objectEnd - 1]!.end);
    const sentence = ctx.layout.sentences[t[a.cue.first]!.sentence]!;
    // The date of the speech act is read around the source and cue, not inside the content.
    let dateTo = a.cue.last;
    while (dateTo < sentence.last && dateTo < a.cue.last + 6 && (dateTo < contentSpan.first || dateTo >= contentSpan.last)) dateTo++;
    // ("Unions have called a day of action for February 11 and have not ruled out": a second verb is dated by the first
    // one's act, not by a date its object names.)
    let second = a.cue.first - 1;
    while (second > source.last && !/^(?:and|but|,)$/.test(t[second]!.lower)) second--;
    const coordinated = second > source.last && second > a.cue.first - 4 && source.last <= a.cue.first && (t[second]!.text !== "," || /[a-z]ing$/.test(t[a.cue.first]!.lower));
    const dateFrom = Math.min(source.first, a.cue.first);
    // "On Monday, Iraq's Supreme Court ordered": a time phrase opening the sentence before its source dates the act.
    const intro = introEnd(ctx.layout, sentence, dateFrom);
    const openingDate = intro > sentence.first && /^(?:on|last|earlier|late|early)$/.test(t[sentence.first]!.lower) && !readsAsClause(ctx, sentence.first, intro)
      ? resolveDate(t, sentence.first, intro, docDate) : null;
    const claim: RawClaim = {
      speaker: resolved.speaker,
      sourceSpan: relativeSourceSpan(t, source, a.cue) ?? resolved.sourceSpan,
      predicate: predicateOfCue(cueWords),
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      textSpan: { start: Math.min(sentence.start, content.start), end: Math.max(sentence.end, content.end) },
      quote: content.quote,
      evidence: { start: content.start, end: content.end },
      date: resolveDate(t, Math.max(sentence.first, dateFrom), dateTo, docDate, coordinated) ?? (objectEnd < contentSpan.last ? resolveDate(t, objectEnd, contentSpan.last, docDate) : null) ?? openingDate,
    };
    // "Airbus and Boeing accuse each other": a tagged source that lists names gives each its claim, as the rules do.
    // (Only with a verb of saying or a refusal, "Meta and Google declined to comment": the tagger's other cues are less
    // sure, and a list would repeat a wrong one.)
    const refusal = /^(?:declined|declines|refused|refuses)$/.test(cueWords[0] ?? "")
      || (cueWords.includes("not") && cueWords.some((w) => /^(?:comment|commented|respond|responded|reply|replied)$/.test(w)));
    const saying = refusal || cueWords.some((w) => speechActFromCue(w) !== undefined);
    const listed = "mention" in resolved.speaker && saying ? namesListed(ctx, source, resolved.speaker.mention) : [];
    for (const other of listed) claims.push({ ...claim, speaker: { mention: other }, sourceSpan: resolved.sourceSpan });
    claims.push(claim);
    if ("mention" in resolved.speaker) memory.spoke(resolved.speaker.mention, sentence.index);
    else memory.spokeWords(resolved.speaker, sentence.index);
  }
  return claims;
}
