// A document's text with its entity mentions marked; the span of a chosen claim is marked and scrolled to.
import type { DocumentResponse, MentionView } from "../server/api-types.ts";
import { element } from "./element.ts";
import { entityColour } from "./palette.ts";

export interface DocumentViewOptions {
  /** A span to mark and scroll to (the evidence of a claim). */
  highlight?: { start: number; end: number };
  /** The entity the panel is about; its mentions are marked more strongly. */
  focusEntity?: string;
  onEntity(id: string): void;
}

export function renderDocument(response: DocumentResponse, options: DocumentViewOptions): HTMLElement {
  const { document: doc, mentions } = response;
  const body = element("div", { className: "document-text", testId: "document-text" });
  const boundaries = mentionSegments(doc.text.length, mentions, options.highlight);
  for (const segment of boundaries) {
    const text = doc.text.slice(segment.start, segment.end);
    let node: Node = document.createTextNode(text);
    if (segment.mention) {
      const mention = segment.mention;
      const mark = element("mark", { className: mention.entityId === options.focusEntity ? "mention focus" : "mention", text, title: `${mention.name} (${mention.type})` });
      mark.style.borderBottomColor = entityColour(mention.type);
      mark.addEventListener("click", () => options.onEntity(mention.entityId));
      node = mark;
    }
    if (segment.highlighted) node = element("span", { className: "evidence", testId: "evidence" }, [node]);
    body.append(node);
  }
  const meta = [doc.date ?? "undated", doc.path].filter(Boolean).join(" · ");
  return element("article", { className: "document", testId: "document-view" }, [
    element("h3", { className: "document-title", text: doc.title ?? doc.id }),
    element("p", { className: "document-meta", text: meta }),
    body,
  ]);
}

interface Segment {
  start: number;
  end: number;
  mention?: MentionView;
  highlighted: boolean;
}

/** Cuts the text at every mention and highlight boundary; overlapping mentions keep the first (longest) one. */
function mentionSegments(length: number, mentions: MentionView[], highlight?: { start: number; end: number }): Segment[] {
  const kept: MentionView[] = [];
  const sorted = [...mentions].filter((m) => m.start >= 0 && m.end <= length && m.start < m.end).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  const cuts = new Set<number>([0, length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  if (highlight) cuts.add(Math.max(0, highlight.start)).add(Math.min(length, highlight.end));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let index = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (index < kept.length && kept[index]!.end <= start) index++;
    const candidate = kept[index];
    const mention = candidate && candidate.start <= start && end <= candidate.end ? candidate : undefined;
    const highlighted = highlight !== undefined && start >= highlight.start && end <= highlight.end;
    segments.push({ start, end, mention, highlighted });
  }
  return segments;
}
