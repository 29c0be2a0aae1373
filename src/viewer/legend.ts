// The legend doubles as the type filter: a checkbox per entity type, a drop-down of the entity kinds in the graph,
// the edge styles with the co-mention switch, the switch that colours by community instead of type, and what node
// sizes stand for.
// Types only: importing values from src/types would bundle zod into the page.
import type { EntityType } from "../types/index.ts";
import type { SizeBy } from "./centrality.ts";
import { element } from "./element.ts";
import { withMember, type Filters } from "./filters.ts";
import { EDGE_COLOURS, ENTITY_COLOURS } from "./palette.ts";

export interface LegendEvents {
  onFilters(filters: Filters): void;
  onCommunities(on: boolean): void;
  onSizeBy(sizeBy: SizeBy): void;
}

/** How nodes are drawn, besides what the filters hide. */
export interface LegendDisplay {
  communities: boolean;
  sizeBy: SizeBy;
}

const SIZE_LABELS: Record<SizeBy, string> = { degree: "links", pagerank: "PageRank" };

const swatch = (colour: string, shape: "dot" | "line") => {
  const mark = element("span", { className: `swatch swatch-${shape}`, attributes: { "aria-hidden": "true" } });
  mark.style.backgroundColor = colour;
  return mark;
};

function checkbox(testId: string, checked: boolean, onChange: (checked: boolean) => void): HTMLInputElement {
  const box = element("input", { testId, attributes: { type: "checkbox" } });
  box.checked = checked;
  box.addEventListener("change", () => onChange(box.checked));
  return box;
}

function sizeChoice(sizeBy: SizeBy, onChange: (sizeBy: SizeBy) => void): HTMLSelectElement {
  const select = element("select", { testId: "size-by", attributes: { "aria-label": "Node size by" } },
    (Object.keys(SIZE_LABELS) as SizeBy[]).map((value) => element("option", { text: SIZE_LABELS[value], attributes: { value } })));
  select.value = sizeBy;
  select.addEventListener("change", () => onChange(select.value as SizeBy));
  return select;
}

/** A checkbox per kind (government, party, media, city, ...) in a drop-down: there may be a dozen. */
function kindFilter(kinds: string[], filters: Filters, onFilters: (filters: Filters) => void, open: boolean): HTMLElement {
  const hidden = kinds.filter((kind) => filters.hiddenKinds.has(kind)).length;
  const boxes = kinds.map((kind) =>
    element("label", { className: "legend-toggle kind" }, [
      checkbox(`filter-kind-${kind}`, !filters.hiddenKinds.has(kind), (shown) => onFilters({ ...filters, hiddenKinds: withMember(filters.hiddenKinds, kind, !shown) })),
      element("span", { text: kind.replaceAll("_", " ") }),
    ]));
  const details = element("details", { className: "kind-filter", testId: "kind-filter" }, [
    element("summary", { text: hidden ? `kinds (${hidden} hidden)` : "kinds", attributes: { title: "Show or hide entities by kind" } }),
    element("div", { className: "kind-options" }, boxes),
  ]);
  // The legend is redrawn after each change: the drop-down stays open while the user is choosing.
  details.open = open;
  return element("li", { className: "legend-entry" }, [details]);
}

export function renderLegend(container: HTMLElement, filters: Filters, display: LegendDisplay, events: LegendEvents, kinds: string[] = []): void {
  const kindsOpen = container.querySelector<HTMLDetailsElement>("details.kind-filter")?.open ?? false;
  const typeToggle = (type: EntityType) =>
    element("li", { className: "legend-entry", testId: `legend-${type}` }, [
      element("label", { className: "legend-toggle", title: `Show or hide ${type} entities` }, [
        checkbox(`filter-type-${type}`, !filters.hiddenTypes.has(type), (shown) => events.onFilters({ ...filters, hiddenTypes: withMember(filters.hiddenTypes, type, !shown) })),
        swatch(ENTITY_COLOURS[type], "dot"),
        element("span", { text: type }),
      ]),
    ]);
  const edgeEntry = (colour: string, text: string, testId: string, title: string) =>
    element("li", { className: "legend-entry", testId, title }, [swatch(colour, "line"), element("span", { text })]);

  container.replaceChildren(
    element("ul", { className: "legend-list" }, [
      ...(Object.keys(ENTITY_COLOURS) as EntityType[]).map(typeToggle),
      ...(kinds.length > 0 ? [kindFilter(kinds, filters, events.onFilters, kindsOpen)] : []),
      edgeEntry(EDGE_COLOURS.claim, "claim", "legend-claim", "speaker → what the claim is about"),
      edgeEntry(EDGE_COLOURS.role, "role", "legend-relation", "role, aide, membership (arrow: from the person)"),
      edgeEntry(EDGE_COLOURS.family, "family", "legend-family", "spouse, parent, child, sibling"),
      element("li", { className: "legend-entry" }, [
        element("label", { className: "legend-toggle", title: "Entities named in the same documents" }, [
          checkbox("toggle-co-mentions", filters.showCoMentions, (shown) => events.onFilters({ ...filters, showCoMentions: shown })),
          swatch(EDGE_COLOURS.coMention, "line"),
          element("span", { text: "co-mention" }),
        ]),
      ]),
      element("li", { className: "legend-entry" }, [
        element("label", { className: "legend-toggle", title: "Colour by Louvain community instead of type" }, [
          checkbox("toggle-communities", display.communities, (on) => events.onCommunities(on)),
          element("span", { text: "communities" }),
        ]),
      ]),
      element("li", { className: "legend-entry" }, [
        element("label", { className: "legend-toggle", title: "Node size by the number of links drawn, or by PageRank (central neighbours count more)" }, [
          element("span", { text: "size" }),
          sizeChoice(display.sizeBy, (sizeBy) => events.onSizeBy(sizeBy)),
        ]),
      ]),
    ]),
  );
}
