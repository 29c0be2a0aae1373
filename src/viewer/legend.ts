// The legend: what each colour means, and the switch for co-mention edges.
// Types only: importing values from src/types would bundle zod into the page.
import type { EntityType } from "../types/index.ts";
import { element } from "./element.ts";
import { EDGE_COLOURS, ENTITY_COLOURS } from "./palette.ts";

export interface LegendEvents {
  onCoMentionsToggle(visible: boolean): void;
}

export function renderLegend(container: HTMLElement, events: LegendEvents): void {
  const swatch = (colour: string, shape: "dot" | "line") => {
    const mark = element("span", { className: `swatch swatch-${shape}`, attributes: { "aria-hidden": "true" } });
    mark.style.backgroundColor = colour;
    return mark;
  };
  const entry = (colour: string, shape: "dot" | "line", text: string, testId: string) =>
    element("li", { className: "legend-entry", testId }, [swatch(colour, shape), element("span", { text })]);

  const toggle = element("input", { testId: "toggle-co-mentions", attributes: { type: "checkbox" } });
  toggle.checked = true;
  toggle.addEventListener("change", () => events.onCoMentionsToggle(toggle.checked));

  container.replaceChildren(
    element("ul", { className: "legend-list" }, [
      ...(Object.keys(ENTITY_COLOURS) as EntityType[]).map((type) => entry(ENTITY_COLOURS[type], "dot", type, `legend-${type}`)),
      entry(EDGE_COLOURS.relation, "line", "relation", "legend-relation"),
      entry(EDGE_COLOURS.CLAIM, "line", "claim", "legend-claim"),
      element("li", { className: "legend-entry" }, [
        element("label", { className: "legend-toggle" }, [toggle, swatch(EDGE_COLOURS.CO_MENTION, "line"), element("span", { text: "co-mention" })]),
      ]),
    ]),
  );
}
