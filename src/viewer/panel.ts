// The side panel: an entity (name, type, aliases, relations, documents, claims) or one of its documents.
import type { NodeResponse, RelationView } from "../server/api-types.ts";
import type { DataSource } from "./data-source.ts";
import { linkButton, renderClaimList, type ClaimLinks } from "./claim-list.ts";
import { renderDocument } from "./document-view.ts";
import { element } from "./element.ts";
import { entityColour } from "./palette.ts";

export interface NodePanel {
  showNode(id: string): Promise<void>;
  close(): void;
}

export interface NodePanelEvents {
  /** Another entity was chosen from inside the panel (a relation, a speaker, a mention). */
  onEntity(id: string): void;
  onClose(): void;
  /** Adds the entity's neighbours to the graph. */
  onExpand(id: string): void;
  onPathEnd(end: "from" | "to", id: string, name: string): void;
}

export function createNodePanel(panel: HTMLElement, events: NodePanelEvents, source: DataSource): NodePanel {
  /** Counts requests so a slow answer never replaces a newer one. */
  let generation = 0;
  let current: NodeResponse | undefined;

  const open = (...children: (HTMLElement | null)[]) => {
    const close = element("button", { className: "close", text: "×", title: "Close", testId: "panel-close", attributes: { type: "button", "aria-label": "Close panel" } });
    close.addEventListener("click", () => {
      api.close();
      events.onClose();
    });
    panel.replaceChildren(close, ...children.filter((child): child is HTMLElement => child !== null));
    panel.hidden = false;
    panel.scrollTop = 0;
  };

  const links: ClaimLinks = {
    showSpeaker: false,
    onEntity: (id) => events.onEntity(id),
    onDocument: (documentId, span) => void showDocument(documentId, span),
  };

  const showDocument = async (documentId: string, span?: { start: number; end: number }) => {
    const request = ++generation;
    const back = current ? backButton(current) : null;
    open(back, element("p", { className: "loading", text: "Loading document…" }));
    try {
      const response = await source.document(documentId);
      if (request !== generation) return;
      const view = renderDocument(response, { highlight: span, focusEntity: current?.node.id, onEntity: (id) => events.onEntity(id) });
      open(current ? backButton(current) : null, view);
      view.querySelector(".evidence")?.scrollIntoView({ block: "center" });
    } catch (error) {
      if (request === generation) open(errorMessage(error));
    }
  };

  const backButton = (node: NodeResponse) =>
    linkButton(`← ${node.node.name}`, "back", () => {
      generation++;
      open(...renderNode(node, links, events));
    });

  const api: NodePanel = {
    async showNode(id) {
      const request = ++generation;
      if (current?.node.id !== id) open(element("p", { className: "loading", text: "Loading…" }));
      try {
        const response = await source.node(id);
        if (request !== generation) return;
        current = response;
        open(...renderNode(response, links, events));
      } catch (error) {
        if (request === generation) open(errorMessage(error));
      }
    },
    close() {
      generation++;
      current = undefined;
      panel.hidden = true;
      panel.replaceChildren();
    },
  };
  return api;
}

function renderNode(response: NodeResponse, links: ClaimLinks, events: NodePanelEvents): HTMLElement[] {
  const { node, documents, claimsMade, claimsAbout, relations, totals } = response;
  const dot = element("span", { className: "swatch swatch-dot", attributes: { "aria-hidden": "true" } });
  dot.style.backgroundColor = entityColour(node.type);
  const facts = [node.type, node.kind, `${node.mentionCount} mention${node.mentionCount === 1 ? "" : "s"}`].filter(Boolean).join(" · ");

  const header = element("header", { className: "panel-header" }, [
    element("h2", { className: "node-name", text: node.name, testId: "node-name" }),
    element("p", { className: "node-type", testId: "node-type" }, [dot, element("span", { text: facts })]),
    element("div", { className: "panel-actions" }, [
      actionButton("Expand", "expand", "Add this entity's neighbours to the graph", () => events.onExpand(node.id)),
      actionButton("Path from here", "path-from", "Start a path at this entity", () => events.onPathEnd("from", node.id, node.name)),
      actionButton("Path to here", "path-to", "End a path at this entity", () => events.onPathEnd("to", node.id, node.name)),
    ]),
  ]);
  const aliases = node.aliases.filter((alias) => alias !== node.name);

  return [
    header,
    section("Also called", "node-aliases", aliases.length ? element("ul", { className: "aliases" }, aliases.map((a) => element("li", { text: a }))) : empty()),
    section("Relations", "node-relations", relations.length ? element("ul", { className: "relations" }, relations.map((r) => renderRelation(r, links))) : empty()),
    section(`Claims made (${countText(claimsMade.length, totals.claimsMade)})`, "claims-made-section", renderClaimList(claimsMade, { ...links, showSpeaker: false }, "claims-made")),
    section(`Claims about (${countText(claimsAbout.length, totals.claimsAbout)})`, "claims-about-section", renderClaimList(claimsAbout, { ...links, showSpeaker: true }, "claims-about")),
    section(
      `Documents (${countText(documents.length, totals.documents)})`,
      "node-documents",
      documents.length
        ? element("ul", { className: "documents" }, documents.map((d) =>
            element("li", { className: "document-item" }, [
              linkButton(d.title ?? d.id, "document-link", () => links.onDocument(d.id)),
              element("span", { className: "document-date", text: d.date ?? "undated" }),
            ]),
          ))
        : empty(),
    ),
  ];
}

function renderRelation(relation: RelationView, links: ClaimLinks): HTMLElement {
  const name = relation.type.toLowerCase().replace(/_/g, " ") + (relation.label ? ` (${relation.label})` : "");
  const other = linkButton(relation.otherName, "relation-other", () => links.onEntity(relation.otherId));
  // "role (head) → Ministry" for this entity's own relations, "Barzani → role (head)" for those pointing at it.
  const parts = relation.direction === "out"
    ? [element("span", { className: "relation-type", text: `${name} → ` }), other]
    : [other, element("span", { className: "relation-type", text: ` → ${name}` })];
  return element("li", { className: "relation", testId: "relation" }, parts);
}

function actionButton(text: string, testId: string, title: string, onClick: () => void): HTMLButtonElement {
  const button = element("button", { className: "action", text, title, testId, attributes: { type: "button" } });
  button.addEventListener("click", onClick);
  return button;
}

/** A heading's count: the entity's total, and how many are listed when the API stopped short of it. */
function countText(listed: number, total: number): string {
  return total > listed ? `${total}, ${listed} listed` : String(listed);
}

function section(title: string, testId: string, content: HTMLElement): HTMLElement {
  return element("section", { className: "panel-section", testId }, [element("h3", { text: title }), content]);
}

function empty(): HTMLElement {
  return element("p", { className: "empty", text: "None" });
}

function errorMessage(error: unknown): HTMLElement {
  return element("p", { className: "error", text: error instanceof Error ? error.message : String(error), testId: "panel-error" });
}
