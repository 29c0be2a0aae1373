// The search box: suggestions from /api/search as you type; Enter or a click picks one.
import type { SearchResult } from "../server/api-types.ts";
import type { DataSource } from "./data-source.ts";
import { element } from "./element.ts";
import { entityColour } from "./palette.ts";

export const searchDefaults = { debounceMs: 150, suggestions: 10 };

export interface SearchBoxEvents {
  onSelect(result: SearchResult): void;
  onError(message: string): void;
}

export function attachSearchBox(input: HTMLInputElement, list: HTMLUListElement, events: SearchBoxEvents, searchEntities: DataSource["search"]): void {
  const combobox = input.parentElement;
  let results: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  /** The latest lookup, so Enter pressed before suggestions arrive can wait for them. */
  let latest: Promise<void> = Promise.resolve();

  const show = (visible: boolean) => {
    list.hidden = !visible;
    combobox?.setAttribute("aria-expanded", String(visible));
  };

  const render = () => {
    list.replaceChildren(
      ...results.map((result, i) => {
        const dot = element("span", { className: "swatch swatch-dot", attributes: { "aria-hidden": "true" } });
        dot.style.backgroundColor = entityColour(result.type);
        const option = element(
          "li",
          { className: i === active ? "suggestion active" : "suggestion", testId: "search-suggestion", attributes: { role: "option", id: `suggestion-${i}`, "aria-selected": String(i === active) } },
          [dot, element("span", { className: "suggestion-name", text: result.name }), element("span", { className: "suggestion-type", text: result.kind ?? result.type })],
        );
        // mousedown, not click: it fires before the input's blur hides the list.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(result);
        });
        return option;
      }),
    );
    if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
    else input.removeAttribute("aria-activedescendant");
    show(results.length > 0 || input.value.trim() !== "");
    if (results.length === 0 && input.value.trim() !== "") list.append(element("li", { className: "suggestion empty", text: "No match" }));
  };

  const lookup = (text: string): Promise<void> => {
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    latest = searchEntities(text, searchDefaults.suggestions, controller.signal).then(
      (response) => {
        if (controller.signal.aborted) return;
        results = response.results;
        active = -1;
        render();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        events.onError(error instanceof Error ? error.message : String(error));
      },
    );
    return latest;
  };

  const choose = (result: SearchResult) => {
    input.value = result.name;
    results = [];
    active = -1;
    show(false);
    events.onSelect(result);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      inFlight?.abort();
      results = [];
      show(false);
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      void lookup(text);
    }, searchDefaults.debounceMs);
  });

  input.addEventListener("keydown", async (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === "Escape") {
      show(false);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        await lookup(text);
      } else {
        await latest;
      }
      const picked = results[active >= 0 ? active : 0];
      if (picked) choose(picked);
    }
  });

  input.addEventListener("blur", () => show(false));
  input.addEventListener("focus", () => {
    if (results.length > 0) show(true);
  });
}
