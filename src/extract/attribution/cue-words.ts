// The words of a tagged cue: which words are cues at all (PolNeAR's training cues, the rules' verbs of
// saying, and a list of verbs of saying and judging the training lacks), the predicate they stand for,
// and the tagged cues that are no speech act (a noun, "seems", an act with its object).
import { asSayingIn, QUOTED } from "../quoted-speakers.ts";
import { noActAfterPossessive, pluralNounAt, speechActFromCue } from "../cues.ts";
import { participleModifierAt, singularNounAt } from "../cue-readings.ts";
import { hasClass, W } from "../lexicon.ts";
import type { Predicate } from "../../types/index.ts";
import type { ClaimContext } from "../speaker.ts";
import type { TaggedSpan } from "./assemble.ts";

/** Rebukes that are cues only with their particle: "lashed out at", "fired back at" (not "lashed a shot", "fired wide"). */
const REBUKE_PARTICLES: ReadonlyMap<string, string> = new Map([
  ...["lashed", "lashes", "lashing"].map((w) => [w, "out"] as const),
  ...["fired", "fires", "firing"].map((w) => [w, "back"] as const),
]);

/** Cue words beyond the verbs of saying of cues.ts, with the predicate they stand for. */
const MORE_CUES: ReadonlyMap<string, Predicate> = new Map([
  ["want", "demands"], ["wants", "demands"], ["wanted", "demands"], ["sought", "demands"], ["seeks", "demands"],
  ["seek", "demands"], ["insisting", "states"], ["declined", "rejects"], ["refused", "rejects"], ["refuses", "rejects"],
  ["refusing", "rejects"], ["refuse", "rejects"], ["declining", "rejects"], ["declines", "rejects"],
  ["criticism", "rejects"], ["attack", "rejects"], ["accusations", "rejects"], ["denial", "denies"],
  ["warning", "warns"], ["threat", "warns"], ["promise", "pledges"], ["pledge", "pledges"], ["vowing", "pledges"],
  // Scorn and rebuke, which the verbs of saying lack: "Rubio, derisively mocking Trump", "Clinton decried".
  ...forms("rejects", "mock mocks mocked mocking ridicule ridicules ridiculed ridiculing deride derides derided deriding "
    + "lambast lambasts lambasted lambasting chide chides chided chiding scold scolds scolded scolding rebuke rebukes "
    + "rebuked rebuking decry decries decried decrying denounce denounces denouncing taunt taunts taunted taunting "
    + "belittle belittles belittled belittling dismissing"),
  // Pleading for a cause: "has advocated for building a wall", "lobbied lawmakers to".
  ...forms("urges", "advocate advocates advocated advocating lobby lobbies lobbied lobbying"),
  // "lashed out at", "fired back at": cues only with their particle (missesItsParticle).
  ...[...REBUKE_PARTICLES.keys()].map((w) => [w, "rejects"] as [string, Predicate]),
]);

/** MORE_CUES entries: each of the words with one predicate. */
function forms(predicate: Predicate, words: string): Array<[string, Predicate]> {
  return words.split(" ").map((w) => [w, predicate]);
}
/**
 * Words of saying and judging a tagged cue may rest on though PolNeAR's training cues lack them
 * (British spellings, rarer verbs): see knownCue in index.ts and isAct. Their predicate stays `states`.
 */
const MORE_CUE_FORMS = new Set(("brand brands branded branding label labels labelled labeled labelling labeling dub dubbed dubbing "
  + "doubt doubts doubted criticise criticises criticised criticising recognise recognises recognised apologise apologises "
  + "apologised emphasise herald heralded signal signals signalled signaled anticipate anticipates anticipated remark "
  + "remarks comment comments point points pointed pointing believed believing compare compares compared comparing "
  + "support supports favour favours favoured favor favors favored welcome welcomes estimate estimates calculated "
  + "reckon reckons reckoned reassured suspect suspects suspected expect expecting endorse endorses endorsed endorsing "
  + "echo echoes echoed echoing express expresses expressed expressing blame bemoan bemoans bemoaned lament laments "
  + "lamented lamenting speak speaks spoke spoken speaking mention mentions mentioning back backs backed backing "
  + "regard regards regarded propose proposes proposed proposing announcing hail hails hailed applaud applauds applauded "
  + "brag bragging boast boasts praise praises praised praising urging insist concede concedes admit liken likens likened "
  + "encourage encourages encouraged encouraging tweeting ask asking voice voices voiced rail rails railed supporting "
  + "talk talks talked talking welcomed welcoming highlight highlights highlighted challenge challenges challenged "
  + "challenging agree opposition congratulate congratulates congratulated congratulating thank thanks thanked "
  + "thanking apologize apologizes apologized apologizing refer refers referred referring recall recalls recalled "
  + "recalling retweet retweets retweeted retweeting cite cites cited citing invoke invokes invoked invoking muse mused "
  + "musing champion championed championing").split(" "));
/** Words that make a clause of a content: a complementiser, an auxiliary (not "be": "to be number one"), a question word. */
const CLAUSE_MARKERS = new Set(["that", "is", "was", "were", "are", "would", "will", "could", "can", "had", "has", "have",
  "should", "may", "might", "must", "did", "does", "do", "whether", "if", "why", "how", "what"]);
const CALLS = new Set(["call", "calls", "called", "calling"]);
/** A word the claim rules read as a speech act ("said", "warning", "refused"), or one of MORE_CUE_FORMS. */
export function isCueWord(word: string): boolean {
  return speechActFromCue(word) !== undefined || MORE_CUES.has(word) || MORE_CUE_FORMS.has(word);
}

/** Verbs of striking that rebuke someone when a person or group is their object. */
const REBUKES = /^(?:blast|blasts|blasted|blasting|slam|slams|slammed|slamming|rip|rips|ripped|ripping)$/;

/** Orders: a demand where the tagger finds one ("ordered troops to impose security"), though no cue word by itself. */
const ORDERS = new Set(["ordered", "orders", "ordering", "instructed", "instructs"]);

/** The predicate of a cue span: the first word that is a known cue, else `states`. */
export function predicateOfCue(words: readonly string[]): Predicate {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (CALLS.has(w) && (words[i + 1] === "for" || words[i + 1] === "on")) return "urges";
    if (ORDERS.has(w)) return "demands";
    if (w === "according" && words[i + 1] === "to") return "reports"; // as the rules read it (cues.ts)
    const p = speechActFromCue(w) ?? MORE_CUES.get(w);
    if (p) return p;
  }
  return "states";
}

/** Verbs whose subject is what the content is about, not who holds it: "Trump seems to be ...". */
const RAISING = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
/** One-word cues that cannot carry a speech act alone: prepositions, auxiliaries, and adverbs but those of hearsay. */
const FUNCTION_WORDS = new Set(["to", "about", "with", "of", "for", "on", "in", "at", "by", "from", "as", "into", "over", "that", "and", "but",
  "will", "would", "could", "can", "should", "may", "might", "must", "has", "have", "had", "is", "was", "are", "were", "be", "do", "did", "does"]);
/** Cue words that are one only with their particle. */
const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([
  ...["doubled", "doubling"].map((w) => [w, "down"] as const),
  ...["singled", "singling"].map((w) => [w, "out"] as const),
  ...REBUKE_PARTICLES,
]);
const DETERMINERS = new Set(["its", "his", "her", "their", "our", "the", "a", "an"]);
const HEARSAY = new Set(["reportedly", "allegedly", "purportedly", "supposedly", "apparently", "reputedly"]);

/** A one-word tagged cue that is no speech act: "seems", a preposition, "equally", a noun ("states", "a revised forecast"), "King's show". */
export function notACue(ctx: ClaimContext, k: number): boolean {
  const t = ctx.layout.tokens;
  const w = t[k]!.lower;
  // "warns of 'fear' in markets": a word in scare quotes is the word itself, no verb.
  const scareQuoted = /^['‘"“]$/.test(t[k - 1]?.text ?? "") && /^['’"”]$/.test(t[k + 1]?.text ?? "");
  // "the best supporting actor prize": an -ing form after an article and an adjective modifies a noun (but "a casual
  // remark" is a cue, as PolNeAR marks nouns of saying).
  const nounAfterAdjective = /ing$/.test(w) && /^(?:the|a|an|this|that)$/.test(t[k - 2]?.lower ?? "") && hasClass(t[k - 1]?.lower ?? "", W.adjective)
    && !hasClass(t[k - 1]!.lower, W.verb) && !/ly$/.test(t[k - 1]!.lower);
  // "Broadcasters aiming content at children could offer": a participle after the plural opening the sentence, before its verb.
  const reducedRelative = /ing$/.test(w) && k - 1 === ctx.layout.sentences[t[k]!.sentence]!.first && /[^s]s$/.test(t[k - 1]!.lower)
    && t.slice(k + 1, k + 8).some((x) => /^(?:could|can|will|would|may|might|should|must|are|were|have|had)$/.test(x.lower)) && !t.slice(k + 1, k + 8).some((x) => x.text === "," || x.lower === "that");
  // "The 2005 Consumer Electronics Show in Las Vegas": a capitalised word after a capitalised one is part of a name.
  // (Not in a headline written in title case: "Trump Says He Will Run".)
  const sentence = ctx.layout.sentences[t[k]!.sentence]!;
  const inName = t[k]!.cap && t[k - 1]?.cap === true && t[k - 1]!.word && k !== sentence.first && !ctx.layout.lines[sentence.line]!.heading
    && t.slice(sentence.first, sentence.last).some((x) => x.word && !x.cap && x.lower.length > 3); // nor a sentence in title case
  // "Liz Truss, appointed by the Queen two days earlier, called her": a passive participle of no speech act, its agent
  // after it (a verb of saying stays: "the plan, criticized by Democrats, ..." is the Democrats' claim, as PolNeAR marks it).
  const passiveAside = /ed$/.test(w) && t[k + 1]?.lower === "by" && t[k - 1]?.text === "," && !isCueWord(w);
  // "Many voters who watched the debate appeared unmoved": watching is no saying.
  const watching = /^(?:watch|watches|watched|watching|witness|witnesses|witnessed|witnessing)$/.test(w) && t[k + 1]?.lower !== "that";
  return scareQuoted || nounAfterAdjective || reducedRelative || inName || passiveAside || watching || RAISING.has(w) || FUNCTION_WORDS.has(w) || (/ly$/.test(w) && !HEARSAY.has(w)) || pluralNounAt(ctx.layout, k) || singularNounAt(ctx.layout, k) || participleModifierAt(ctx.layout, k) || noActAfterPossessive(ctx.layout, k);
}

const FACE = new Set(["face", "faces", "faced", "facing"]);
const BEFORE_A_VERB = /^(?:has|have|had|is|are|was|were|be|been|will|would|could|may|might|also|often|now|still|already|again)$|ly$/;

/**
 * "The company has faced accusations that ...", "Republicans have often faced criticism for": whoever faces (or
 * receives, draws, wins) criticism or praise is its target; those who gave it are not named.
 */
export function facedByItsSubject(ctx: ClaimContext, cue: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  let k = cue.first;
  while (k < cue.last - 1 && BEFORE_A_VERB.test(t[k]!.lower)) k++;
  if (FACE.has(t[k]!.lower)) return true;
  // "The title received special praise for", "drew criticism from": what others said of the subject.
  if (!GETS.test(t[k]!.lower)) return false;
  for (let j = k + 1; j <= k + 3 && j < t.length; j++) if (JUDGEMENTS.test(t[j]!.lower)) return true;
  return false;
}

const GETS = /^(?:receiv(?:e|es|ed|ing)|dr(?:ew|aw|aws|awing|awn)|attract(?:s|ed|ing)?|earn(?:s|ed|ing)?|w(?:on|in|ins|inning))$/;
const JUDGEMENTS = /^(?:praise|criticism|condemnation|complaints|accusations|questions|calls|ridicule|scorn|flak|backlash|acclaim|plaudits)$/;

/**
 * "doubled down on", "singled out", "lashed out at" and "fired back at" are stances; "profits doubled", "McRae
 * singled in Tyler Houston", "lashed a shot", "fired wide" are not.
 */
export function missesItsParticle(ctx: ClaimContext, cue: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  for (let k = cue.first; k < cue.last; k++) {
    const particle = PARTICLE_CUES.get(t[k]!.lower);
    if (particle !== undefined) return t[k + 1]?.lower !== particle;
  }
  return false;
}

/**
 * A tagged attribution whose cue has no word of saying or judging the rules know and whose content
 * is no clause: an act with its object ("Nolan Henke fired a nine-under-par 62", "McGwire singled
 * home a run"), which PolNeAR-trained cues also catch. A clause has a quote, "that", an auxiliary or
 * a finite-looking verb ("-ed", "-s").
 */
export function isAct(ctx: ClaimContext, cue: TaggedSpan, content: TaggedSpan, source: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  // "A CBS poll showed Clinton with an 8-point lead", "Polls show Cruz leading": a finding, whatever follows.
  if (/^show/.test(t[cue.last - 1]!.lower) && FINDINGS.test(t[source.last - 1]!.lower)) return false;
  // "She and her husband supported NAFTA", "Obama plans to send a nominee": a stance, an intention (not the noun
  // in "in protest at government plans to extend").
  const last = t[cue.last - 1]!.lower;
  const nounAfterPreposition = cue.last - cue.first === 1 && PREPOSITIONS.has(t[cue.first - 2]?.lower ?? "");
  if (/^support(?:s|ed|ing)?$/.test(last) || (/^plan(?:s|ned|ning)$/.test(last) && t[content.first]!.lower === "to" && !nounAfterPreposition)) return false;
  // "is currently pushing for a $15 minimum", "sided with the Democrats", "was not hopeful about the showdown".
  const before = t[cue.last - 2]?.lower ?? "";
  if (cue.last - cue.first >= 2 && ((last === "for" && /^push(?:ed|es|ing)?$/.test(before)) || (last === "with" && /^sid(?:ed|es|ing)$/.test(before)) || (last === "about" && ATTITUDES.test(before)))) return false;
  // "Super PAC blasts Trump for skipping debate", "slammed the minister over": a rebuke of someone (not "blasts an ace").
  const person = ctx.mentions[ctx.mentionAt[content.first] ?? -1];
  if (REBUKES.test(t[cue.last - 1]!.lower) && ((person && person.type !== "Place") || /^(?:him|her|them)$/.test(t[content.first]!.lower))) return false;
  // "The Associated Press quoted Wassim Bouhlel, a Nice native, as saying": the quoting carries a claim (quoted-speakers.ts).
  if (QUOTED.has(t[cue.last - 1]!.lower) && asSayingIn(t, cue.last, cue.last + 16, t[cue.first]!.sentence) >= 0) return false;
  // "Mr. Obama called Naghmeh Abedini": a call made to a person, whom nothing names as anything.
  if (CALLS.has(last) && person?.type === "Person" && person.firstToken === content.first && person.lastToken >= content.last) return true;
  // "has held talks with Borussia Dortmund", "has issued a lawsuit to prevent leaks": a meeting held, a legal or money
  // instrument issued, no statement.
  if (/^(?:held|holds|hold|holding)$/.test(t[cue.first]!.lower) && /^(?:talks|meetings?|discussions|negotiations)$/.test(t[cue.first + 1]?.lower ?? "")) return true;
  // "launched a website called ...", "the Act introduced by the government in 2001", "Recent investigations have exposed":
  // a thing made or shown, no statement (whatever the tagger learnt).
  // (Not "launched an attack on", a rebuke, nor a quote or a "that" clause after it.)
  const attack = /^an?$/.test(t[content.first]!.lower) && /^(?:attack|assault|broadside|tirade|campaign)$/.test(t[content.first + 1]?.lower ?? "");
  const quoted = t.slice(content.first, content.last).some((_, i) => ctx.quoted[content.first + i] === 1);
  // (Nor plans or pledges unveiled: an announcement, "unveiled proposals to raise the stamp duty threshold".)
  const announced = t.slice(content.first, Math.min(content.last, content.first + 6)).some((w) => ANNOUNCEMENTS.test(w.lower));
  if (MADE_THINGS.test(last) && t[content.first]!.lower !== "that" && !attack && !quoted && !announced) return true;
  // "released a cheap AI model", "released two hostages": a product or a person let go, no statement (not "released a report").
  if (/^releas(?:e|es|ed|ing)$/.test(last) && t.slice(content.first, Math.min(content.last, content.first + 6)).some((w) => RELEASED_THINGS.test(w.lower)) && !quoted) return true;
  if (/^issu(?:e|es|ed|ing)$/.test(last) && ISSUED_THINGS.test(t[content.first + 1]?.lower ?? "") && /^(?:a|an|the|its|new)$/.test(t[content.first]!.lower)) return true;
  // "Several victims also wrote to judges.": whom they wrote to, nothing written (adjuncts.ts reads "wrote to X that").
  // (A noun phrase after "to": a determiner, a name or a plural, then no "that", quote or auxiliary; not "wrote to say".)
  const addressee = t[content.first + 1];
  if (/^(?:wrote|writes|write|writing)$/.test(last) && t[content.first]!.lower === "to" && addressee !== undefined && content.last - content.first <= 8
    && (DETERMINERS.has(addressee.lower) || addressee.cap || /^[a-z]+[^s']s$/.test(addressee.lower))
    && !t.slice(content.first, content.last).some((w, i) => ctx.quoted[content.first + i] === 1 || CLAUSE_MARKERS.has(w.lower))) return true;
  // "showed off the new machine", "showed some nice touches": "show" is evidence only with a clause after it.
  const shows = /^show/.test(t[cue.first]!.lower) && cue.last - cue.first <= 2;
  // A cue word after a determiner inside the span is the act's object, a noun: "raised its profit forecast for".
  let inObject = false;
  for (let k = cue.first; k < cue.last && !shows; k++) {
    const w = t[k]!.lower;
    inObject ||= k > cue.first && DETERMINERS.has(w);
    if (((isCueWord(w) || CALLS.has(w)) && !inObject) || w === "according") return false;
  }
  return !holdsAClause(ctx, content);
}

/** Verbs of making, opening or uncovering, never of saying: "launched a website", "introduced by the government". */
const MADE_THINGS = /^(?:launch(?:es|ed|ing)?|introduc(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|found(?:ed|ing)|exposed|unveil(?:s|ed|ing)?|opened|built)$/;

/** What an unveiling announces: "unveiled plans to", "launched his manifesto". */
const ANNOUNCEMENTS = /^(?:plans?|proposals?|pledges?|budget|bill|strategy|scheme|measures|guidelines|manifesto|polic(?:y|ies)|initiatives?|programme|program|reforms?|package|blueprint|vision|agenda|targets?|review|inquiry|investigation|consultation|campaign)$/;

/** What is released without being said: products, works, people, money. */
const RELEASED_THINGS = /^(?:models?|albums?|singles?|songs?|films?|movies?|games?|phones?|apps?|versions?|updates?|software|devices?|products?|chips?|cars?|hostages?|prisoners?|detainees?|captives?|funds|money|cash|water|balloons?|doves)$/;

/** What is issued without being said: "issued a lawsuit", "issued a writ", "issued new shares". */
const ISSUED_THINGS = /^(?:lawsuit|writ|summons|warrant|fine|ban|recall|licen[cs]e|subpoena|injunction|bonds?|shares|debt|visas?|passports?|tickets?|invoice|refund)$/;

/** A stance held about something: "was concerned about", "wasn't happy about". */
const ATTITUDES = /^(?:concerned|worried|hopeful|happy|unhappy|optimistic|pessimistic|upbeat|enthusiastic|skeptical|sceptical|angry|nervous|anxious|confident|bullish|cautious|vague|clear)$/;

const PREPOSITIONS = new Set(["at", "of", "on", "in", "against", "over", "about", "for", "to", "with", "by", "from", "under"]);

/** What shows a finding: "A CBS poll showed", "Other recent polls show", "the statistics show". */
const FINDINGS = /^(?:polls?|surveys?|stud(?:y|ies)|figures|data|records|statistics|numbers|results|research|analysis|averages?|reports?|documents)$/;

/**
 * Whether a tagged content is a clause or a quote, not an act's object: it has a quote, "that", an auxiliary, a
 * question word or a finite-looking verb ("-ed", "-s").
 */
export function holdsAClause(ctx: ClaimContext, content: TaggedSpan): boolean {
  const t = ctx.layout.tokens;
  for (let k = content.first; k < content.last; k++) {
    const w = t[k]!;
    if (ctx.quoted[k] === 1 || /^['‘’"“]/.test(w.text) || CLAUSE_MARKERS.has(w.lower) || (k > content.first && /ing$/.test(w.lower) && isCueWord(w.lower))) return true; // "quoted an official as saying"
    // (Not a plural after a quantifier: "withdrew from several positions".)
    const counted = /^(?:several|many|few|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(t[k - 1]?.lower ?? "") && w.lower.endsWith("s");
    if (k > content.first && !w.cap && /(?:ed|s)$/.test(w.lower) && !/ss$/.test(w.lower) && !counted) return true;
  }
  return false;
}
