// One claim as the panel shows it: when, what kind of speech act, the quote, and the sentence it was read from.
import type { ClaimView, SentenceMark } from "../server/api-types.ts";
import { element } from "./element.ts";

export interface ClaimLinks {
  /** Shown for claims about an entity, where the speaker is the interesting part. */
  showSpeaker: boolean;
  onEntity(id: string): void;
  onDocument(documentId: string, span?: { start: number; end: number }): void;
}

export function renderClaimList(claims: ClaimView[], links: ClaimLinks, testId: string): HTMLElement {
  if (claims.length === 0) return element("p", { className: "empty", text: "None", testId });
  return element("ol", { className: "claims", testId }, claims.map((claim) => renderClaim(claim, links)));
}

function renderClaim(claim: ClaimView, links: ClaimLinks): HTMLElement {
  const when = claim.date
    ? element("time", { className: "claim-date", text: claim.date, attributes: { datetime: claim.date } })
    : element("span", {
        className: "claim-date undated",
        text: claim.documentDate ? `undated (article ${claim.documentDate})` : "undated",
        title: "The text gives no date for the statement itself",
      });
  // The normalised predicate is shown; the word the text used is one hover away.
  const predicate = element("span", {
    className: `predicate predicate-${claim.predicate}`,
    text: claim.predicate,
    title: claim.cue ? `the text says “${claim.cue}”` : undefined,
    testId: "claim-predicate",
  });

  let speaker: HTMLElement | null = null;
  if (links.showSpeaker && claim.speakerName) {
    const speakerId = claim.speakerId;
    speaker = speakerId
      ? linkButton(claim.speakerName, "claim-speaker", () => links.onEntity(speakerId))
      : element("span", { className: "claim-speaker anonymous", text: claim.speakerName, title: "Not resolved to an entity" });
  }

  // "did not say" is shown before the verb, the entity aimed at after it: "not states", "urges Erbil".
  const negated = claim.negated
    ? element("span", { className: "claim-negated", text: "not", title: "The text negates the speech act itself (“did not say”): not a claim that this is so", testId: "claim-negated" })
    : null;
  const targetId = claim.targetId;
  // Words naming a group no entity stands for ("Kurdish authorities") are shown as text, as an anonymous speaker is.
  const target = !claim.targetName ? null : targetId
    ? linkButton(claim.targetName, "claim-target", () => links.onEntity(targetId))
    : element("span", { className: "claim-target anonymous", text: claim.targetName });
  if (target) {
    target.title = "whom the act is aimed at";
    target.dataset.testid = "claim-target";
  }
  const attributes = [
    claim.stance ? `stance: ${claim.stance}` : null,
    claim.channel ? `via ${claim.channel}${claim.channelCue ? ` (“${claim.channelCue}”)` : ""}` : null,
  ].filter((s): s is string => s !== null);
  // Styled as the small source line below it (style.css .claim-source).
  const details = attributes.length > 0 ? element("p", { className: "claim-source claim-attributes", text: attributes.join(" · "), testId: "claim-attributes" }) : null;

  const quote = claim.quote ? element("q", { className: "claim-quote", text: claim.quote, testId: "claim-quote" }) : null;
  const sentence = element("blockquote", { className: "claim-sentence", testId: "claim-sentence" }, markedSentence(claim));

  let source: HTMLElement | null = null;
  const documentId = claim.documentId;
  if (documentId) {
    // The whole sentence is the evidence a reader wants to find in the article; the content span is the fallback.
    const span = claim.sentenceStart !== null
      ? { start: claim.sentenceStart, end: claim.sentenceStart + claim.text.length }
      : claim.start !== null && claim.end !== null ? { start: claim.start, end: claim.end } : undefined;
    source = element("p", { className: "claim-source" }, [
      document.createTextNode("in "),
      linkButton(claim.documentTitle ?? documentId, "document-link", () => links.onDocument(documentId, span)),
    ]);
  }

  return element("li", { className: "claim", testId: "claim" }, [
    element("div", { className: "claim-head" }, [when, speaker, negated, predicate, target]),
    details,
    quote,
    sentence,
    source,
  ]);
}

const MARK_TITLES: Record<SentenceMark["kind"], string> = { speaker: "the speaker", cue: "the words that make it a claim", entity: "this entity" };

/** The sentence as text nodes with <mark>s over the speaker, the cue and this entity's mentions (never as markup). */
function markedSentence(claim: ClaimView): Node[] {
  const parts: Node[] = [];
  let at = 0;
  for (const mark of claim.marks ?? []) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(document.createTextNode(claim.text.slice(at, mark.start)));
    parts.push(element("mark", { className: `claim-mark mark-${mark.kind}`, text: claim.text.slice(mark.start, mark.end), title: MARK_TITLES[mark.kind], testId: `mark-${mark.kind}` }));
    at = mark.end;
  }
  if (at < claim.text.length) parts.push(document.createTextNode(claim.text.slice(at)));
  return parts;
}

/** A button styled as a link: keyboard reachable, and no URL to build from data. */
export function linkButton(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const button = element("button", { className: `link ${className}`, text, attributes: { type: "button" } });
  button.addEventListener("click", onClick);
  return button;
}
