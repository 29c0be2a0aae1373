// Target, channel, stance and negation of claims (issue #4), on news sentences: the seed articles' own and
// Reuters-style lines from the same story. Most go through extraction and resolution as a document would;
// the negated speech acts the cue finder does not (yet) report are described from hand-placed spans.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/documents/index.ts";
import { describeClaim } from "../../src/extract/claim-attributes.ts";
import { extractMentionsAndClaims, layoutText, type RawClaim } from "../../src/extract/index.ts";
import { resolveDocument } from "../../src/resolve/index.ts";
import { formatSeedClaimScore, scoreSeedClaims } from "../../src/eval/seed-claims.ts";
import { ClaimRecordSchema, type DocumentExtraction } from "../../src/types/index.ts";

function documentOf(text: string) {
  return parseDocument("t.txt", new TextEncoder().encode(`Headline\n\n${text}`)).document;
}

/** Claims as a reader checks them: speaker and target by name, the channel's words as written. */
function claimsOf(text: string) {
  const document = documentOf(text);
  const x = resolveDocument(document, extractMentionsAndClaims(document));
  const name = (id: string | null | undefined) => (id ? (x.entities.find((e) => e.id === id)?.name ?? id) : null);
  return x.claims.map((c) => {
    ClaimRecordSchema.parse(c);
    return {
      speaker: name(c.speaker),
      predicate: c.predicate,
      target: name(c.target),
      targetWords: c.targetMention ? document.text.slice(c.targetMention.start, c.targetMention.end) : null,
      channel: c.channel,
      channelCue: c.channelCue,
      channelWords: c.channelSpan ? document.text.slice(c.channelSpan.start, c.channelSpan.end) : null,
      stance: c.stance,
      negated: c.negated,
    };
  });
}

/** Attributes of a claim whose cue and content are placed by hand (the speaker is the sentence's first mention). */
function describeByHand(text: string, cue: string, content: string) {
  const document = documentOf(text);
  const layout = layoutText(document.text, document.bodyStart);
  const { mentions } = extractMentionsAndClaims(document);
  const span = (s: string) => {
    const start = document.text.indexOf(s);
    expect(start, s).toBeGreaterThanOrEqual(0);
    return { start, end: start + s.length };
  };
  const claim: RawClaim = { speaker: { mention: 0 }, predicate: "states", cue, cueSpan: span(cue), textSpan: span(text), quote: null, evidence: span(content), date: null };
  return describeClaim(layout, mentions, claim);
}

describe("the target: whom the act is aimed at", () => {
  it("is the one person the document gives a role whose demand is rejected: “rejected the president's demand”", () => {
    const text = "Chile's President Gabriel Boric urged Congress to approve the reform. Opposition senators rejected the president's demand.";
    expect(claimsOf(text).find((c) => c.predicate === "rejects")).toMatchObject({ target: "Gabriel Boric", stance: "oppose" });
    // Two presidents: no one is guessed.
    const two = "Chile's President Gabriel Boric and Peru's President Dina Boluarte met. Opposition senators rejected the president's demand.";
    expect(claimsOf(two).find((c) => c.predicate === "rejects")).toMatchObject({ target: null });
  });

  it("is the object of urged, for every speaker of a joint appeal", () => {
    const urged = claimsOf("The EU, the UN, and the United States have all urged Erbil to cancel the referendum, arguing that it would distract the Kurds.")
      .filter((c) => c.predicate === "urges");
    expect(urged.map((c) => c.speaker)).toEqual(["European Union", "United Nations", "United States"]);
    for (const c of urged) expect([c.target, c.targetWords]).toEqual(["Erbil", "Erbil"]);
  });

  it("is whose demand is rejected, with the rejection's stance", () => {
    const [c] = claimsOf("Iraq’s Kurdish leadership rejected on Sunday the Iraqi government demand that it cancels the outcome of an independence referendum.");
    expect(c).toMatchObject({ predicate: "rejects", target: "Government of Iraq", targetWords: "Iraqi government", stance: "oppose" });
    const [d] = claimsOf("The Kurdistan Regional Government rejected Baghdad’s demand to hand over the border crossings.");
    expect(d).toMatchObject({ speaker: "Kurdistan Regional Government", target: "Baghdad", stance: "oppose" });
  });

  it("is who is called on, appealed to, accused or threatened", () => {
    expect(claimsOf("Moqtada al-Sadr called on the Kurdistan Regional Government to postpone the vote.")[0]).toMatchObject({ predicate: "urges", target: "Kurdistan Regional Government" });
    expect(claimsOf("Fuad Masum appealed to Masoud Barzani to call off the vote.")[0]).toMatchObject({ predicate: "urges", target: "Masoud Barzani" });
    // Past the target's title or form of address: "urged Prime Minister Benjamin Netanyahu to", "accused Mr Blair of".
    expect(claimsOf("Joe Biden urged Prime Minister Benjamin Netanyahu to allow aid into the enclave.")[0]).toMatchObject({ predicate: "urges", target: "Benjamin Netanyahu" });
    expect(claimsOf("Tony Blair spoke first. Liam Fox accused Mr Blair of telling lies about Tory policies.").find((c) => c.speaker === "Liam Fox")).toMatchObject({ target: "Tony Blair" });
    expect(claimsOf("Turkish President Recep Tayyip Erdogan accused Israel of backing the referendum.")[0]).toMatchObject({ target: "Israel", stance: "oppose" });
    expect(claimsOf("Turkey warned Erbil that it would close the border.")[0]).toMatchObject({ predicate: "warns", target: "Erbil", stance: null });
  });

  it("is not the audience of told, nor the subject of reported content", () => {
    const [told] = claimsOf("Jim Mattis told reporters the United States was working to reduce tensions.");
    expect(told).toMatchObject({ target: null, channel: "press" });
    expect(claimsOf("Recep Tayyip Erdogan said Baghdad would close its airspace.")[0]?.target).toBeNull();
  });

  it("is not what is warned of, an audience after to, nor a name inside what is called for", () => {
    expect(claimsOf("Separately, the IMF warned on Thursday that India's budget deficit was too large.")[0]).toMatchObject({ predicate: "warns", target: null });
    // Nor a name after "amid": "defended his party's campaign posters amid Tory claims".
    expect(claimsOf("Alan Milburn has defended his party's campaign posters amid Tory claims the ads were offensive.")[0]).toMatchObject({ target: null });
    expect(claimsOf("Ironhorse Oil and Gas has denied to Reuters that it is the company in question.")[0]).toMatchObject({ predicate: "denies", target: null, stance: null });
    expect(claimsOf("German Chancellor Gerhard Schroeder has called for radical reform of the EU's stability pact.")[0]).toMatchObject({ predicate: "urges", target: null });
  });

  it("is a group of people no entity names, kept as its words, as an anonymous speaker is", () => {
    const [c] = claimsOf("Earlier today, Haider al-Abadi demanded that Kurdish authorities “cancel” the outcome of the vote.");
    expect(c).toMatchObject({ predicate: "demands", target: "Kurdish authorities", targetWords: "Kurdish authorities" });
    const document = documentOf("Earlier today, Haider al-Abadi demanded that Kurdish authorities “cancel” the outcome of the vote.");
    expect(resolveDocument(document, extractMentionsAndClaims(document)).claims[0]).toMatchObject({ targetIsEntity: false });
    expect(claimsOf("Tony Blair urged European leaders to wake up from their state of denial.")[0]).toMatchObject({ predicate: "urges", target: "European leaders" });
    // In quotes, and past a determiner: “neighboring countries ...”, "the members".
    expect(claimsOf("Haider al-Abadi called on “neighboring countries and countries of the world” to stop buying crude oil.")[0]).toMatchObject({ target: "neighboring countries" });
    expect(claimsOf("Charles Clarke cautioned the members against using hidden earpieces.")[0]).toMatchObject({ target: "members" });
    expect(claimsOf("Donald Trump told the rioters to go home.")[0]).toMatchObject({ predicate: "urges", target: "rioters" });
    expect(claimsOf("Donald Trump advised Americans to avoid gatherings of more than 10 people.")[0]).toMatchObject({ predicate: "urges", target: "Americans" });
    expect(claimsOf("Angela Merkel urged the remaining 27 members not to draw quick conclusions.")[0]).toMatchObject({ target: "remaining 27 members" });
    expect(claimsOf("The SDF called on the international community to impose a no-fly zone.")[0]).toMatchObject({ target: "international community" });
    expect(claimsOf("Norman Baker accused ministers of turning Britain into a nuclear dumpsite.")[0]).toMatchObject({ target: "ministers", stance: "oppose" });
    // The owner of what is rejected; after a possessive inside the phrase, the words after it.
    expect(claimsOf("Michael Howard rejected critics' calls for the law change to be delayed.")[0]).toMatchObject({ target: "critics" });
    expect(claimsOf("Ralph Nader accused the country's biggest tobacco companies of covering up the effects of smoking.")
      .find((c) => c.target !== null)).toMatchObject({ target: "biggest tobacco companies" });
  });

  it("is the entity a described object stands for: its apposition's name, the one holder of its role", () => {
    expect(claimsOf("The Patriotic Union of Kurdistan (PUK) on Saturday accused its rival, the Kurdistan Democratic Party (KDP), of trying to postpone the election.")[0])
      .toMatchObject({ target: "Kurdistan Democratic Party", stance: "oppose" });
    const icc = "The International Criminal Court's chief prosecutor, Karim Khan, applied for arrest warrants. Benjamin Netanyahu accused the prosecutor of pouring gasoline on the fires.";
    expect(claimsOf(icc).find((c) => c.speaker === "Benjamin Netanyahu")).toMatchObject({ target: "Karim Khan", targetWords: "prosecutor" });
    expect(claimsOf("Tony Blair met Chancellor Gordon Brown. Oliver Letwin accused the chancellor of using fancy statistics.").find((c) => c.speaker === "Oliver Letwin"))
      .toMatchObject({ target: "Gordon Brown" });
    // Two chancellors: no one is guessed.
    expect(claimsOf("Chancellor Gordon Brown met Chancellor Gerhard Schroeder. Oliver Letwin accused the chancellor of using fancy statistics.").find((c) => c.speaker === "Oliver Letwin"))
      .toMatchObject({ target: null });
  });

  it("is not a group inside an indirect question, nor the owner of someone else who is asked", () => {
    expect(claimsOf("Lembit Opik asked how police were supposed to interpret the rules.")[0]).toMatchObject({ target: null });
    expect(claimsOf("Mark Oaten asked whether ministers had looked at other measures.")[0]).toMatchObject({ target: null });
    expect(claimsOf("Steve Jobs has asked the journalists' e-mail providers to hand over communications.")[0]).toMatchObject({ target: null });
    // Nor the subject of what is warned: "warned Asian states could soon stop" warns about them.
    expect(claimsOf("Alan Greenspan warned Asian states could soon stop funding the US deficit.")[0]).toMatchObject({ target: null });
    // Nor someone's leadership, a quality ("blamed his leadership"); a party's leadership is people.
    expect(claimsOf("Some Labour MPs blamed his leadership for the party's worst result.")[0]).toMatchObject({ target: null });
    expect(claimsOf("Reince Priebus accused his own party leadership of ignoring the rules.")[0]).toMatchObject({ target: "own party leadership" });
    // Nor a group whose noun phrase goes on: "warned investors' groups" is not "investors".
    expect(claimsOf("Gordon Brown warned investors' groups that rates would rise.")[0]).toMatchObject({ target: null });
  });

  it("is the one group of its kind the document named before, for a described object: “accused the union of”, “urged the council to”", () => {
    const text = "The British Medical Association said doctors would strike. Health Secretary Victoria Atkins accused the union of putting patients at risk. "
      + "The UN Security Council met on Tuesday. Algeria urged the council to act. The Government of Iraq cut the budget. Masoud Barzani accused the federal government of stalling.";
    expect(claimsOf(text).filter((c) => c.target !== null).map((c) => [c.speaker, c.target])).toEqual([
      ["Victoria Atkins", "British Medical Association"], ["Algeria", "UN Security Council"], ["Masoud Barzani", "Government of Iraq"]]);
    // Two of its kind named: no guess.
    expect(claimsOf("The Kurdistan Regional Government and the Government of Iraq met. Masoud Barzani accused the government of stalling.").at(-1)).toMatchObject({ target: null });
  });
});

describe("the channel, normalised, with its words", () => {
  it("prefers the platform to the form and keeps the whole phrase", () => {
    const [c] = claimsOf("“We are immediately ready to engage in negotiations on independence with Baghdad,” Masoud Barzani said in a statement he tweeted.");
    expect(c).toMatchObject({ channel: "twitter", channelCue: "in a statement he tweeted", channelWords: "in a statement he tweeted" });
  });

  it("reads Twitter, tweets, television and radio", () => {
    expect(claimsOf("Kurdish leaders renewed their offer to resolve the crisis with Baghdad, Hemin Hawrami said on Twitter.")[0]).toMatchObject({ channel: "twitter", channelCue: "on Twitter" });
    // "on social media", whose content starts after "that".
    expect(claimsOf("Organisers of the protests said on social media that they would march again next Tuesday.")[0]).toMatchObject({ channel: "social_media", channelCue: "on social media" });
    expect(claimsOf("Meanwhile, the official twitter account of Haider al-Abadi posted tweets that “Oil revenues must be returned.”")[0]).toMatchObject({ channel: "twitter", channelCue: "posted tweets" });
    expect(claimsOf("Hemin Hawrami told Rudaw TV that the referendum would go ahead.")[0]).toMatchObject({ channel: "television", channelCue: "told Rudaw TV" });
    expect(claimsOf("Mute Egede said in a New Year's address that the island should break free.")[0]).toMatchObject({ channel: "speech" });
    expect(claimsOf("In an audio message, Yevgeny Prigozhin said his men had turned back.")[0]).toMatchObject({ channel: "social_media", channelCue: "In an audio message" });
    expect(claimsOf("In a message posted on its website, the group said the site was closing down.")[0]).toMatchObject({ channel: "statement" });
    expect(claimsOf("His spokesman, Saad al-Hadithi, told the state-run Al Iraqiya channel that the offer was not acceptable.")[0])
      .toMatchObject({ channel: "television", channelCue: "told the state-run Al Iraqiya channel" });
    expect(claimsOf("Donald Trump wrote on Truth Social that Canada had been ripping us off.")[0]).toMatchObject({ channel: "social_media", channelCue: "on Truth Social" });
    // Another clause's channel is not the cue's: "His remarks, made to reporters, came hours after X said".
    expect(claimsOf("His remarks, made to reporters in New York, came hours after Israel Katz said Israel would act.")[0]).toMatchObject({ channel: null });
    // A person's trade is no channel: "the television presenter Jeremy Clarkson said".
    expect(claimsOf("At the rally, the television presenter Jeremy Clarkson said the policy would kill off small farms.")[0]).toMatchObject({ channel: null });
    expect(claimsOf("In a televised address, Haider al-Abadi said the vote was unconstitutional.")[0]).toMatchObject({ channel: "television", channelCue: "In a televised address" });
    expect(claimsOf("Haider al-Abadi said on state television that Iraqi forces would not attack.")[0]).toMatchObject({ channel: "television", channelCue: "on state television" });
  });

  it("reads a post on X, a social media post and a letter told in, not “the post of” an office", () => {
    expect(claimsOf("Israel Katz wrote in a post on X that Hezbollah would pay a heavy price.")[0]).toMatchObject({ channel: "twitter", channelCue: "in a post on X" });
    expect(claimsOf("Israel Katz said in a social media post that Hezbollah would pay.")[0]).toMatchObject({ channel: "social_media" });
    expect(claimsOf("Kelly Ortberg told investors in a letter on Monday that deliveries would recover.")[0]).toMatchObject({ channel: "letter" });
    expect(claimsOf("Israel Katz said the post of prime minister was vacant.")[0]).toMatchObject({ channel: null });
    expect(claimsOf("Kirkuk Gov. Najm Eddine Karim, a Kurd sacked by Baghdad but who refuses to quit his post, warned: “Residents will help the Peshmerga.”")[0])
      .toMatchObject({ channel: null });
    expect(claimsOf("Nvidia said in a regulatory filing that it had not been subpoenaed.")[0]).toMatchObject({ channel: "statement", channelCue: "in a regulatory filing" });
    // A note to clients is a letter, a call with analysts a briefing; the content starts after "that".
    expect(claimsOf("Analysts at Jefferies said in a note to clients that the warning was worse than feared.")[0]).toMatchObject({ channel: "letter", channelCue: "in a note" });
    expect(claimsOf("Arno Antlitz said in a call with analysts that margins would fall.")[0]).toMatchObject({ channel: "press", channelCue: "in a call" });
    expect(claimsOf("Volodymyr Zelensky said in his nightly video address that Ukraine wants peace.")[0]).toMatchObject({ channel: "speech", channelCue: "in his nightly video address" });
  });

  it("takes a platform's name as a channel only where it is how a thing was said, not the speaker or its employer", () => {
    expect(claimsOf("Twitter said on Friday it had permanently suspended the account of Donald Trump.")[0]).toMatchObject({ speaker: "Twitter", channel: null });
    expect(claimsOf("Facebook chief executive Mark Zuckerberg announced on Thursday that Donald Trump would be blocked.")[0]).toMatchObject({ channel: null });
    expect(claimsOf("Jason Miller said on Facebook that the decision was disgusting.")[0]).toMatchObject({ channel: "facebook", channelCue: "on Facebook" });
    expect(claimsOf("Jason Miller said in a Telegram post that the decision was disgusting.")[0]).toMatchObject({ channel: "social_media" });
    expect(claimsOf("Apple said in an emailed statement that it had complied with the law.")[0]).toMatchObject({ channel: "statement", channelCue: "in an emailed statement" });
    // A report it was said in, not one that says: "In a monthly report Sophos said", not "Some web users also report".
    expect(claimsOf("In a monthly report anti-virus firm Sophos said that two hoaxes made the top 10.")[0]).toMatchObject({ channel: "statement", channelCue: "In a monthly report" });
    expect(claimsOf("Some web users in Canada also report that they can browse the site.")[0]).toMatchObject({ channel: null });
    // A blog post is the company's article.
    expect(claimsOf("Twitter said in a blog post that two tweets had broken its rules.")[0]).toMatchObject({ channel: "article", channelCue: "in a blog post" });
  });

  it("reads a newspaper or agency told as an interview, a memo as a letter, a podcast as radio", () => {
    expect(claimsOf("Interior Minister Alexander Dobrindt told the Bild newspaper that border controls would remain.")[0]).toMatchObject({ channel: "interview", channelCue: "told the Bild newspaper" });
    expect(claimsOf("Oil Minister Hayan Abdul-Ghani told state news agency INA that exports could resume.")[0]).toMatchObject({ channel: "interview" });
    expect(claimsOf("Murat Karayilan told the group's Firat news agency that the process was in danger.")[0]).toMatchObject({ channel: "interview" });
    // After the content: "..., in a speech marking the anniversary".
    expect(claimsOf("Masoud Barzani said on Monday that Kurds would never give up their right, in a speech marking the anniversary of the referendum.")[0])
      .toMatchObject({ channel: "speech", channelCue: "in a speech" });
    expect(claimsOf("Mikel Arteta told Sky Sports that it was a long season.")[0]).toMatchObject({ channel: "interview", channelCue: "told Sky Sports" });
    expect(claimsOf("Kelly Ortberg wrote in a memo to staff that the company would cut jobs.")[0]).toMatchObject({ channel: "letter", channelCue: "in a memo" });
    expect(claimsOf("Gary Neville said on his podcast that Arsenal lacked a ruthless forward.")[0]).toMatchObject({ channel: "radio", channelCue: "on his podcast" });
    // A newspaper that speaks, or one cited, is the source, not a channel.
    expect(claimsOf("The newspaper said the minister had resigned.")[0]).toMatchObject({ channel: null });
    expect(claimsOf("The minister had resigned, according to the Kommersant newspaper.")[0]).toMatchObject({ channel: null });
  });

  it("reads statements, interviews with the press, and remarks to reporters", () => {
    expect(claimsOf("Secretary of State Rex Tillerson said in a statement that the United States does not recognize the referendum.")[0]).toMatchObject({ channel: "statement", channelCue: "in a statement" });
    expect(claimsOf("On Sunday, the central government of Iraq issued a statement calling on “neighboring countries” to stop buying crude oil.")[0]).toMatchObject({ predicate: "urges", channel: "statement", channelCue: "issued a statement" });
    expect(claimsOf("Kurdish Peshmerga fighters rejected a warning to withdraw, a Kurdish security official told Reuters on Sunday.").find((c) => c.predicate === "states")).toMatchObject({ channel: "interview", channelCue: "told Reuters" });
    expect(claimsOf("Iraqi Vice President Ayad Allawi told the BBC that the vote was a mistake.")[0]).toMatchObject({ channel: "interview", channelCue: "told the BBC" });
  });

  it("is not the source of according to", () => {
    const [c] = claimsOf("According to Reuters, the Kurdish authorities plan to hold the vote on Monday.");
    expect(c).toMatchObject({ channel: null, channelCue: null });
  });

  it("is not read from the content", () => {
    const [c] = claimsOf("Masoud Barzani said the interview on state television had been staged.");
    expect(c).toMatchObject({ channel: null, channelCue: null, channelWords: null });
  });
});

describe("the channel of an outlet no list knows, by its shape", () => {
  it("reads “told 9News”, “told WTVO”, “told France Info” as interviews", () => {
    const claims = claimsOf("The fire chief told 9News that crews were exhausted. Organizer Keisha Grant told WTVO that the march would go ahead. Julien Dumont told France Info that his sister was safe.");
    expect(claims.map((c) => [c.channel, c.channelCue])).toEqual([["interview", "told 9News"], ["interview", "told WTVO"], ["interview", "told France Info"]]);
  });
});

describe("negation of the speech act", () => {
  it("takes no channel from the topic of a question put to the speaker: “asked about the letter”", () => {
    expect(claimsOf("Speaker Mike Johnson, asked about the letter, said he had not read it.").map((c) => c.channel)).toEqual([null]);
    expect(claimsOf("Speaker Mike Johnson, asked about the letter in an interview, said he had not read it.").map((c) => c.channel)).toEqual(["interview"]);
  });

  it("marks never said, did not say, didn't say and declined to say", () => {
    expect(claimsOf("Jim Mattis never said the United States would take sides.")[0]).toMatchObject({ negated: true, stance: null });
    expect(describeByHand("Masoud Barzani did not say when talks with Baghdad would begin.", "did not say", "when talks with Baghdad would begin").negated).toBe(true);
    expect(describeByHand("Masoud Barzani didn't say when talks with Baghdad would begin.", "say", "when talks with Baghdad would begin").negated).toBe(true);
    expect(describeByHand("Masoud Barzani declined to say when talks with Baghdad would begin.", "say", "when talks with Baghdad would begin").negated).toBe(true);
  });

  it("marks what someone refused to rule out as a rejection not made", () => {
    expect(claimsOf("Gordon Brown refused to rule out future tax rises.")[0]).toMatchObject({ predicate: "rejects", negated: true, stance: null });
  });

  it("marks what someone stopped short of saying, with that act's predicate", () => {
    expect(claimsOf("Joe Biden stopped short of criticising the French plan.")[0]).toMatchObject({ predicate: "rejects", negated: true, stance: null });
    expect(claimsOf("Joe Biden stopped short of calling for his resignation.")[0]).toMatchObject({ predicate: "urges", negated: true });
  });

  it("keeps a denial a denial, and a negation inside the content the content's", () => {
    expect(claimsOf("Baghdad has denied that its forces attacked Kurdish positions.")[0]).toMatchObject({ predicate: "denies", negated: false });
    expect(claimsOf("Haider al-Abadi said on state television that Iraqi forces would not attack.")[0]?.negated).toBe(false);
    expect(describeByHand("Iraqi troops did not withdraw, a Kurdish official said.", "said", "Iraqi troops did not withdraw").negated).toBe(false);
  });
});

describe("stance, where the words make it explicit", () => {
  it("opposes with rejections, denials of someone and threats; takes no side with appeals", () => {
    expect(claimsOf("Regional powers Iran and Turkey have also strongly opposed the vote.").map((c) => [c.speaker, c.stance, c.target])).toEqual([["Iran", "oppose", null], ["Turkey", "oppose", null]]);
    expect(claimsOf("Iran denied Israel’s accusations.")[0]).toMatchObject({ predicate: "denies", target: "Israel", stance: "oppose" });
    expect(claimsOf("Recep Tayyip Erdogan threatened the Kurdistan Regional Government with sanctions on Monday.")[0]).toMatchObject({ target: "Kurdistan Regional Government", stance: "oppose" });
    expect(claimsOf("Moqtada al-Sadr called on the Kurdistan Regional Government to postpone the vote.")[0]?.stance).toBeNull();
  });

  it("reads support, opposition and neutrality the speaker states of itself", () => {
    expect(claimsOf("Russia said it supports the territorial integrity of Iraq.")[0]?.stance).toBe("support");
    expect(claimsOf("Washington said it would remain neutral in the dispute between Baghdad and Erbil.")[0]?.stance).toBe("neutral");
    expect(claimsOf("Iran said it would not accept the result of the vote.")[0]?.stance).toBe("oppose");
    expect(claimsOf("Haider al-Abadi said he would accept nothing short of the annulment of the referendum.")[0]?.stance).toBeNull();
    expect(claimsOf("Recep Tayyip Erdogan said Baghdad would close its airspace.")[0]?.stance).toBeNull();
  });
});

describe("the seeds eval of claim attributes", () => {
  it("scores target by the entity's names, and reports wrong and extra values", () => {
    const text = "The EU urged Erbil to cancel the referendum, Barzani said in a statement.";
    const x = {
      document: { id: "d", path: "x.txt", date: null, title: "", text, bodyStart: 0 },
      entities: [
        { id: "g1", type: "Group", name: "European Union", aliases: ["EU"], mentions: [] },
        { id: "p1", type: "Place", name: "Erbil", aliases: [], mentions: [] },
        { id: "p2", type: "Person", name: "Masoud Barzani", aliases: ["Barzani"], mentions: [] },
      ],
      claims: [
        { id: "c1", speaker: "g1", speakerIsEntity: true, predicate: "urges", cue: "urged", text, quote: null, date: null, about: ["p1"], evidence: { start: 13, end: 43 }, target: "p1", channel: "twitter", stance: null, negated: false },
        { id: "c2", speaker: "p2", speakerIsEntity: true, predicate: "states", cue: "said", text, quote: null, date: null, about: [], evidence: { start: 0, end: 43 }, target: null, channel: "statement", stance: "oppose", negated: false },
      ],
      relations: [],
      messages: [],
    } satisfies DocumentExtraction;
    const gold = {
      claims: [
        { document: "x.txt", speaker: "EU", predicate: "urges" as const, content: "Erbil to cancel", date: null, target: "Erbil", channel: "statement" as const },
        { document: "x.txt", speaker: "Barzani", predicate: "states" as const, content: "The EU urged", date: null, channel: "statement" as const, negated: true },
      ],
      relations: [],
    };
    const s = scoreSeedClaims(gold, [{ document: "x.txt", extraction: x }]);
    expect(s.claims.found).toBe(2);
    expect(s.attributes).toEqual({
      target: { gold: 1, right: 1, wrong: 0, extra: 0 },
      channel: { gold: 2, right: 1, wrong: 1, extra: 0 },
      stance: { gold: 0, right: 0, wrong: 0, extra: 1 },
      negated: { gold: 1, right: 0, wrong: 0, extra: 0 },
    });
    expect(s.errors).toContain('wrong channel   x.txt: EU "Erbil to cancel": twitter, gold statement');
    expect(formatSeedClaimScore(s)).toMatch(/^channel: +1\/2 right on the gold claims found; 1 wrong, 0 where the gold has none$/m);
  });
});
