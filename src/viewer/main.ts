// The viewer: pick the data source (the API, or ?graph=URL for a static file), load and lay out the graph,
// then hand it to the explorer.
import { apiSource, type DataSource } from "./data-source.ts";
import { startExplorer } from "./explorer.ts";
import { buildGraph, isPlaced } from "./graph-data.ts";
import { runLayout, seedPositions } from "./layout.ts";
import { createStaticSource } from "./static-source.ts";
import { readUrlState } from "./url-state.ts";

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
  const query = new URLSearchParams(location.search);
  const asked = Math.floor(Number(query.get("limit")));
  const limit = asked > 0 ? Math.min(asked, MAX_NODE_LIMIT) : DEFAULT_NODE_LIMIT;
  try {
    const staticUrl = query.get("graph");
    const source: DataSource = staticUrl ? await createStaticSource(staticUrl) : apiSource;
    const response = await source.graph(limit);
    performance.mark("kg:graph-fetched");
    const graph = buildGraph(response);
    performance.mark("kg:graph-built");
    if (graph.order === 0) {
      status.textContent = source.isStatic ? "The graph file has no nodes." : "The graph is empty: ingest some documents first (kg ingest).";
      return;
    }
    if (!isPlaced(response)) {
      seedPositions(graph);
      status.textContent = `Laying out ${graph.order} entities…`;
      await runLayout(graph);
    }
    if (response.warnings.length) status.title = response.warnings.join("\n");
    if (source.isStatic) document.body.dataset.static = "true";
    const view = startExplorer(
      {
        container: required("graph"), status, panel: required("node-panel"), legend: required("legend"),
        claimFilters: required("claim-filters"), pathBar: required("path-bar"), search: required("search"),
        suggestions: required("search-suggestions"), exportPng: required("export-png"), exportJson: required("export-json"),
        layoutToggle: required("layout-toggle"),
      },
      source, graph, readUrlState(location.hash), location.hash.length > 1,
    );
    performance.mark("kg:view-created");
    // Benchmarks and tests reach the renderer here (camera, render events); the viewer itself never reads it.
    Object.assign(window, { kgViewer: { sigma: view.sigma } });
    // Tests and scripts wait for this: positions are final from here on.
    document.body.dataset.graphReady = "true";
    // The whole graph is on screen once the frame after the one that drew it begins (bench:viewer reads this mark).
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("kg:first-frame")));
  } catch (error) {
    status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add("error");
  }
}

void start();
