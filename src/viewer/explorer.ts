// Ties the loaded graph to the page: choosing an entity (click, search, panel, URL), expanding it, filters,
// paths, Esc to clear, and the URL that records all of it so a view can be shared.
import { renderClaimFilters } from "./claim-filters.ts";
import type { DataSource } from "./data-source.ts";
import { element } from "./element.ts";
import { download, graphAsJson, viewAsPng } from "./export-view.ts";
import { claimFacets, entityKinds, type Filters } from "./filters.ts";
import { mergeIntoGraph, type KnowledgeGraph } from "./graph-data.ts";
import { createGraphView, type GraphView } from "./graph-view.ts";
import { layoutRunner, settleLayout } from "./layout.ts";
import { renderLegend } from "./legend.ts";
import { createNodePanel } from "./panel.ts";
import { attachSearchBox } from "./search.ts";
import { writeUrlState, type ViewUrlState } from "./url-state.ts";

export const explorerDefaults = {
  /** Neighbours added by one "Expand". */
  neighbourLimit: 50,
  /** Above this many entities co-mention edges start hidden: they would bury the relations. */
  coMentionsShownUpTo: 200,
};

export interface ExplorerPage {
  container: HTMLElement;
  status: HTMLElement;
  panel: HTMLElement;
  legend: HTMLElement;
  claimFilters: HTMLElement;
  pathBar: HTMLElement;
  search: HTMLInputElement;
  suggestions: HTMLUListElement;
  exportPng: HTMLButtonElement;
  exportJson: HTMLButtonElement;
  layoutToggle: HTMLButtonElement;
}

export function startExplorer(page: ExplorerPage, source: DataSource, graph: KnowledgeGraph, initial: ViewUrlState, hashGiven: boolean): GraphView {
  let filters: Filters = initial.filters;
  if (!hashGiven && graph.order > explorerDefaults.coMentionsShownUpTo) filters = { ...filters, showCoMentions: false };
  let communities = initial.communities;
  let sizeBy = initial.sizeBy;
  let selected: string | undefined;
  let path: ViewUrlState["path"];
  const pathEnds: { from?: { id: string; name: string }; to?: { id: string; name: string } } = {};

  const writeUrl = () => {
    const { x, y, ratio } = camera.getState();
    history.replaceState(null, "", `${location.pathname}${location.search}${writeUrlState({ node: selected, filters, communities, sizeBy, path, camera: { x, y, ratio } })}`);
  };
  const showStatus = () => {
    const shown = view.visibleCounts();
    const filtered = shown.nodes !== graph.order || shown.edges !== graph.size;
    page.status.textContent = filtered
      ? `${shown.nodes} of ${graph.order} entities, ${shown.edges} of ${graph.size} links shown`
      : `${graph.order} entities, ${graph.size} links`;
    Object.assign(page.container.dataset, { nodes: graph.order, edges: graph.size, visibleNodes: shown.nodes, visibleEdges: shown.edges });
  };
  const renderControls = () => {
    renderLegend(page.legend, filters, { communities, sizeBy }, { onFilters: applyFilters, onCommunities: applyCommunities, onSizeBy: applySizeBy }, entityKinds(graph));
    const claims = claimFacets(graph);
    renderClaimFilters(page.claimFilters, filters, claims.predicates, applyFilters, claims.dates);
  };
  const applyFilters = (next: Filters) => {
    filters = next;
    view.setFilters(filters);
    renderControls();
    showStatus();
    writeUrl();
  };
  const applyCommunities = (on: boolean) => {
    communities = on;
    view.setCommunityColours(on);
    renderControls();
    writeUrl();
  };
  const applySizeBy = (next: ViewUrlState["sizeBy"]) => {
    sizeBy = next;
    view.setSizeBy(next);
    renderControls();
    writeUrl();
  };
  const layout = layoutRunner(graph);
  const showLayoutState = () => {
    page.layoutToggle.textContent = layout.running ? "Stop layout" : "Layout";
    page.layoutToggle.setAttribute("aria-pressed", String(layout.running));
  };
  page.layoutToggle.addEventListener("click", () => {
    if (layout.running) layout.stop();
    else layout.start();
    showLayoutState();
  });

  /** Adds an entity's neighbours (and the entity, when it is not loaded yet), then lets the layout settle. */
  const expand = async (id: string) => {
    try {
      const part = await source.neighbours(id, explorerDefaults.neighbourLimit);
      const added = mergeIntoGraph(graph, part, id);
      if (added.length > 0) {
        if (!layout.running) settleLayout(graph);
        view.graphChanged();
        renderControls();
      }
      showStatus();
      if (selected) view.focusNode(selected);
    } catch (error) {
      page.status.textContent = `Could not expand: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  /** One path for every way of choosing an entity: click, search, a link in the panel, the URL. */
  const select = async (id: string, options: { animate?: boolean } = {}) => {
    selected = id;
    void panel.showNode(id);
    if (!graph.hasNode(id)) await expand(id);
    view.focusNode(id, options);
    writeUrl();
  };

  const showPath = async (from: string, to: string) => {
    page.pathBar.hidden = false;
    page.pathBar.replaceChildren(element("span", { text: "Finding a path…" }));
    try {
      const found = await source.path(from, to);
      if (!found.found) {
        page.pathBar.replaceChildren(element("span", { text: "No path within 6 steps between these two.", testId: "path-result" }), clearPathButton());
        return;
      }
      if (mergeIntoGraph(graph, found, from).length > 0) {
        if (!layout.running) settleLayout(graph);
        view.graphChanged();
      }
      path = { from, to };
      view.setPath(found.nodes.map((n) => n.id), found.edges.map((e) => e.id));
      const steps = found.nodes.flatMap((node, i) => [
        ...(i > 0 ? [element("span", { className: "path-arrow", text: ` —${found.edges[i - 1]!.type.toLowerCase()}→ ` })] : []),
        element("span", { className: "path-step", text: node.name }),
      ]);
      page.pathBar.replaceChildren(element("span", { testId: "path-result" }, [element("span", { text: "Path: " }), ...steps]), clearPathButton());
      showStatus();
      writeUrl();
    } catch (error) {
      page.pathBar.replaceChildren(element("span", { className: "error", text: `Path failed: ${error instanceof Error ? error.message : String(error)}` }));
    }
  };
  const clearPath = () => {
    path = undefined;
    delete pathEnds.from;
    delete pathEnds.to;
    view.setPath([], []);
    page.pathBar.hidden = true;
    page.pathBar.replaceChildren();
  };
  const clearPathButton = () => {
    const button = element("button", { className: "action", text: "Clear path", testId: "path-clear", attributes: { type: "button" } });
    button.addEventListener("click", () => {
      clearPath();
      writeUrl();
    });
    return button;
  };
  const choosePathEnd = (end: "from" | "to", id: string, name: string) => {
    pathEnds[end] = { id, name };
    const { from, to } = pathEnds;
    if (from && to && from.id !== to.id) return void showPath(from.id, to.id);
    page.pathBar.hidden = false;
    const waiting = end === "from" ? `Path from ${name}: now open another entity and choose “Path to here”.` : `Path to ${name}: now open another entity and choose “Path from here”.`;
    page.pathBar.replaceChildren(element("span", { text: waiting, testId: "path-pending" }), clearPathButton());
  };

  const clearSelection = () => {
    selected = undefined;
    panel.close();
    view.clearFocus();
    writeUrl();
  };

  const panel = createNodePanel(page.panel, {
    onEntity: (id) => void select(id),
    onClose: () => clearSelection(),
    onExpand: (id) => void expand(id),
    onPathEnd: choosePathEnd,
  }, source);

  attachSearchBox(page.search, page.suggestions, {
    onSelect: (result) => void select(result.id),
    onError: (message) => (page.status.textContent = `Search failed: ${message}`),
  }, source.search);

  // The kind drop-down closes on a click elsewhere, as a menu does (and on Esc, below).
  const closeKindFilter = () => page.legend.querySelector<HTMLDetailsElement>("details.kind-filter")?.removeAttribute("open");
  document.addEventListener("pointerdown", (event) => {
    if (!(event.target instanceof Node && page.legend.querySelector("details.kind-filter")?.contains(event.target))) closeKindFilter();
  });

  // Keyboard: Esc clears everything chosen, / jumps to search, + − zoom and arrows pan when the graph has focus.
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      closeKindFilter();
      page.search.value = "";
      clearPath();
      clearSelection();
      return;
    }
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (typing) return;
    if (event.key === "/") {
      event.preventDefault();
      page.search.focus();
    } else if (document.activeElement === page.container) {
      const state = camera.getState();
      const step = 0.1 * state.ratio;
      const moves: Record<string, Partial<typeof state>> = {
        "+": { ratio: state.ratio / 1.3 }, "=": { ratio: state.ratio / 1.3 }, "-": { ratio: state.ratio * 1.3 },
        ArrowLeft: { x: state.x - step }, ArrowRight: { x: state.x + step }, ArrowUp: { y: state.y + step }, ArrowDown: { y: state.y - step },
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        void camera.animate(move, { duration: 150 });
      }
    }
  });

  page.exportPng.addEventListener("click", async () => download(await viewAsPng(view.sigma), "knowledge-graph.png"));
  page.exportJson.addEventListener("click", () => download(graphAsJson(graph), "knowledge-graph.json"));

  // #node=<id> links to an entity: also when the hash is edited by hand.
  window.addEventListener("hashchange", () => {
    const node = new URLSearchParams(location.hash.slice(1)).get("node");
    if (node && node !== selected) void select(node);
  });

  // The controls before the graph: filling the filter bar changes the graph's height, and a resize just after
  // sigma's first frame would make it process and draw the whole graph a second time.
  renderControls();
  const view = createGraphView(
    page.container, graph, { onNodeClick: (id) => void select(id), onStageClick: () => clearSelection() }, { filters, communities, sizeBy },
  );
  showLayoutState();
  const camera = view.sigma.getCamera();
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on("updated", () => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeUrl, 200);
  });
  showStatus();
  void restore(initial);
  // Killing the view kills the layout's worker with it.
  return {
    ...view,
    kill() {
      layout.kill();
      view.kill();
    },
  };

  async function restore(state: ViewUrlState) {
    if (state.node) await select(state.node, { animate: false });
    if (state.path) await showPath(state.path.from, state.path.to);
    if (state.camera) camera.setState(state.camera);
    writeUrl();
  }
}
