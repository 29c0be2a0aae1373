// The claim filters: a checkbox per predicate found in the graph and a date range over claim dates, set on a timeline
// of the claims or typed.
import { element } from "./element.ts";
import { withMember, type Filters } from "./filters.ts";
import { renderTimeline } from "./timeline.ts";

export function renderClaimFilters(container: HTMLElement, filters: Filters, predicates: string[], onFilters: (filters: Filters) => void, dates: readonly string[] = []): void {
  const predicateBoxes = predicates.map((predicate) => {
    const box = element("input", { testId: `filter-predicate-${predicate}`, attributes: { type: "checkbox" } });
    box.checked = !filters.hiddenPredicates.has(predicate);
    box.addEventListener("change", () => onFilters({ ...filters, hiddenPredicates: withMember(filters.hiddenPredicates, predicate, !box.checked) }));
    return element("label", { className: `legend-toggle predicate predicate-${predicate}` }, [box, element("span", { text: predicate })]);
  });
  const dateInput = (testId: string, label: string, value: string, apply: (value: string) => Filters) => {
    const input = element("input", { testId, attributes: { type: "date", "aria-label": label } });
    input.value = value;
    // "change", not "input": a half-typed date would flicker the graph at every keystroke.
    input.addEventListener("change", () => onFilters(apply(input.value)));
    return element("label", { className: "date-bound" }, [element("span", { text: label }), input]);
  };

  container.replaceChildren(
    element("div", { className: "claim-filters" }, [
      element("span", { className: "filter-heading", text: "Claims:" }),
      ...predicateBoxes,
      renderTimeline(dates, filters.dateFrom, filters.dateTo, (dateFrom, dateTo) => onFilters({ ...filters, dateFrom, dateTo })),
      dateInput("date-from", "from", filters.dateFrom, (dateFrom) => ({ ...filters, dateFrom })),
      dateInput("date-to", "to", filters.dateTo, (dateTo) => ({ ...filters, dateTo })),
    ]),
  );
}
