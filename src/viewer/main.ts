// The viewer: load the graph, lay it out, draw it; search and clicks open the side panel.
import { fetchGraph } from "./api.ts";
import { buildGraph } from "./graph-data.ts";
import { createGraphView, type GraphView } from "./graph-view.ts";
import { runLayout, seedPositions } from "./layout.ts";
import { renderLegend } from "./legend.ts";
import { createNodePanel } from "./panel.ts";
import { attachSearchBox } from "./search.ts";

/** How many entities to load; `?limit=` in the page URL overrides it (the server allows up to 5000). */
const DEFAULT_NODE_LIMIT = 300;
const MAX_NODE_LIMIT = 5000;

function required<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer: the page has no #${id} element`);
  return found as T;
}

async function start(): Promise<void> {
  const status = required<HTMLParagraphElement>("status");
  const container = required<HTMLDivElement>("graph");
  let view: GraphView | undefined;

  const panel = createNodePanel(required("node-panel"), {
    onEntity: (id) => select(id),
    onClose: () => view?.clearFocus(),
  });
  /** One path for every way of choosing an entity: click, search, a link in the panel, the URL hash. */
  const select = (id: string) => {
    view?.focusNode(id);
    void panel.showNode(id);
    history.replaceState(null, "", `#node=${encodeURIComponent(id)}`);
  };

  attachSearchBox(required("search"), required("search-suggestions"), {
    onSelect: (result) => select(result.id),
    onError: (message) => (status.textContent = `Search failed: ${message}`),
  });
  renderLegend(required("legend"), { onCoMentionsToggle: (visible) => view?.setCoMentionsVisible(visible) });

  const asked = Math.floor(Number(new URLSearchParams(location.search).get("limit")));
  const limit = asked > 0 ? Math.min(asked, MAX_NODE_LIMIT) : DEFAULT_NODE_LIMIT;
  try {
    const response = await fetchGraph(limit);
    const graph = buildGraph(response);
    if (graph.order === 0) {
      status.textContent = "The graph is empty: ingest some documents first (kg ingest).";
      return;
    }
    seedPositions(graph);
    view = createGraphView(container, graph, {
      onNodeClick: (id) => select(id),
      onStageClick: () => view?.clearFocus(),
    });
    status.textContent = `Laying out ${graph.order} entities…`;
    await runLayout(graph);
    status.textContent = `${graph.order} entities, ${graph.size} links`;
    if (response.warnings.length) status.title = response.warnings.join("\n");
    // Tests and scripts wait for this: positions are final from here on.
    document.body.dataset.graphReady = "true";
  } catch (error) {
    status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add("error");
  }

  // #node=<id> links to an entity: on load and when the hash is changed by hand.
  const selectFromHash = () => {
    const linked = /^#node=(.+)$/.exec(location.hash)?.[1];
    if (!linked) return;
    try {
      select(decodeURIComponent(linked));
    } catch {
      status.textContent = "The link names no valid entity id";
    }
  };
  window.addEventListener("hashchange", selectFromHash);
  selectFromHash();
}

void start();
