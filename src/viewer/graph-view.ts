// The sigma view: display derived in reducers (colour by type or community, size by degree or PageRank, dim outside the focus,
// hide what the filters exclude, mark a path), never stored in the graph.
import louvain from "graphology-communities-louvain";
import Sigma from "sigma";
import type { CameraState, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { pageRankScores, type SizeBy } from "./centrality.ts";
import { createEdgeBackdrop, type WriteLine } from "./edge-backdrop.ts";
import { computeVisibility, defaultFilters, type Filters, type Visibility } from "./filters.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "./graph-data.ts";
import { mirrorNodes } from "./graph-mirror.ts";
import { communityColour, DIMMED_COLOUR, edgeColour, entityColour, isDirected, PATH_COLOUR } from "./palette.ts";
import { hideEmptyLayersWhileMoving, noPickingWhileMoving, renderWhenSettled } from "./motion.ts";
import { EDGE_TYPES, edgePrograms, nodeCircleProgram, nodeHoverProgram } from "./programs.ts";

export interface GraphView {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Highlights a node and its neighbours and moves the camera to it; false when the node is not in the graph. */
  focusNode(id: string, options?: { animate?: boolean }): boolean;
  clearFocus(): void;
  setFilters(filters: Filters): void;
  /** Marks a path (its nodes and edges) and frames it; an empty path clears the mark. */
  setPath(nodes: string[], edges: string[]): void;
  setCommunityColours(on: boolean): void;
  setSizeBy(sizeBy: SizeBy): void;
  /** After nodes or edges were added: re-derive sizes, filters and neighbourhoods. */
  graphChanged(): void;
  visibleCounts(): { nodes: number; edges: number };
  kill(): void;
}

export interface GraphViewEvents {
  onNodeClick(id: string): void;
  onStageClick(): void;
}

interface ViewState {
  focused?: string;
  neighbours: Set<string>;
  filters: Filters;
  visibility: Visibility;
  path?: { nodes: Set<string>; edges: Set<string> };
  communities?: Record<string, number>;
  /** PageRank per node when sizes follow it; degree otherwise. */
  pageRank?: Record<string, number>;
}

const sizeRange = { min: 3, max: 16 };
const { HAIRLINE, PLAIN, ARROWED } = EDGE_TYPES;
/** Up to this many neighbours of the focused node are all labelled, and so are the edges to them. */
const FORCED_NEIGHBOUR_LABELS = 12;
/** Edges outside the focus or path: thin, so a large graph stays a light background rather than a grey mass. */
const DIMMED_EDGE_SIZE = 0.5;

export const graphViewDefaults = {
  /**
   * Above this many edges the graph counts as large: edges and labels are left out while the camera moves and
   * edges away from the focus are drawn without arrowheads. Without a GPU (software WebGL) every drawn edge costs
   * CPU on every frame, and at this size arrowheads are clutter rather than information.
   */
  largeGraphEdges: 5000,
  /**
   * Above this many edges, edges away from the focus or path are 1-pixel lines: 2 vertices an edge instead of a
   * 6-vertex rectangle, which a software renderer processes, uploads and rasterises much faster. A graph this large
   * when the view is made has them drawn by the edge backdrop (edge-backdrop.ts) rather than by sigma.
   */
  hairlineEdges: 50_000,
};

export function createGraphView(
  container: HTMLElement,
  graph: KnowledgeGraph,
  events: GraphViewEvents,
  initial: { filters?: Filters; communities?: boolean; sizeBy?: SizeBy } = {},
): GraphView {
  const filters = initial.filters ?? defaultFilters();
  const state: ViewState = { neighbours: new Set(), filters, visibility: computeVisibility(graph, filters) };
  if (initial.communities && graph.size > 0) state.communities = louvain(graph, { getEdgeWeight: "weight" });
  if (initial.sizeBy === "pagerank") state.pageRank = pageRankScores(graph) ?? undefined;
  const isLarge = () => graph.size > graphViewDefaults.largeGraphEdges;
  let large = isLarge();
  const isHuge = () => graph.size > graphViewDefaults.hairlineEdges;
  let huge = isHuge();
  const score = (node: string) => (state.pageRank ? (state.pageRank[node] ?? 0) : graph.degree(node));
  let maxScore = 1;
  const measure = () => {
    maxScore = 0;
    graph.forEachNode((node) => (maxScore = Math.max(maxScore, score(node))));
    if (!(maxScore > 0)) maxScore = 1;
  };
  measure();

  // Nodes outside the focus or path shrink: in a dense graph their grey discs would cover the highlighted edges.
  const dimmed = (display: Partial<NodeDisplayData>) => ({ color: DIMMED_COLOUR, label: null, zIndex: 0, size: (display.size ?? sizeRange.min) / 2 });

  const nodeReducer = (node: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    const colour = state.communities ? communityColour(state.communities[node] ?? 0) : entityColour(attributes.type);
    const display: Partial<NodeDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      label: attributes.name,
      color: colour,
      size: sizeRange.min + (sizeRange.max - sizeRange.min) * Math.sqrt(score(node) / maxScore),
      type: "circle",
      zIndex: 1,
      hidden: state.visibility.hiddenNodes.has(node),
    };
    if (state.path) {
      return state.path.nodes.has(node)
        ? { ...display, highlighted: true, forceLabel: true, zIndex: 3, hidden: false }
        : { ...display, ...dimmed(display) };
    }
    if (!state.focused) return display;
    if (node === state.focused) return { ...display, highlighted: true, forceLabel: true, zIndex: 3 };
    // A hub's dozens of neighbours would pile their names on each other: then sigma's label grid picks which to show.
    if (state.neighbours.has(node)) return { ...display, forceLabel: state.neighbours.size <= FORCED_NEIGHBOUR_LABELS, zIndex: 2 };
    return { ...display, ...dimmed(display) };
  };

  /** Edges carry labels on a path, and around a focus with few neighbours: elsewhere they would bury the graph. */
  const edgesLabelled = () => state.path !== undefined || (state.focused !== undefined && state.neighbours.size <= FORCED_NEIGHBOUR_LABELS);

  const edgeReducer = (edge: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> => {
    const coMention = attributes.type === "CO_MENTION";
    const display: Partial<EdgeDisplayData> = {
      color: edgeColour(attributes.type),
      // Thickness by weight; co-mentions are context, drawn thin so relations and claims stand out.
      size: coMention ? 0.3 + 0.4 * Math.log2(1 + attributes.weight) : 1 + Math.log2(1 + attributes.weight),
      type: isDirected(attributes.type) && !large ? ARROWED : huge ? HAIRLINE : PLAIN,
      label: null,
      hidden: state.visibility.hiddenEdges.has(edge),
      zIndex: coMention ? 0 : 1,
    };
    const labelled = () => ({ label: attributes.label ?? attributes.type.toLowerCase().replaceAll("_", " "), forceLabel: true });
    if (state.path) {
      return state.path.edges.has(edge)
        ? { ...display, color: PATH_COLOUR, size: 4, zIndex: 3, hidden: false, type: isDirected(attributes.type) ? ARROWED : PLAIN, ...labelled() }
        : { ...display, color: DIMMED_COLOUR, size: DIMMED_EDGE_SIZE, zIndex: 0 };
    }
    if (!state.focused || display.hidden) return display;
    const touchesFocus = graph.source(edge) === state.focused || graph.target(edge) === state.focused;
    return touchesFocus
      ? { ...display, zIndex: 2, type: isDirected(attributes.type) ? ARROWED : PLAIN, ...(edgesLabelled() ? labelled() : {}) }
      : { ...display, color: DIMMED_COLOUR, size: DIMMED_EDGE_SIZE, zIndex: 0 };
  };

  // A huge graph: sigma renders a mirror of its nodes and only the edges of the focus or path; the backdrop the rest.
  const mirror = huge ? mirrorNodes(graph) : undefined;
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(mirror?.graph ?? graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    defaultEdgeType: PLAIN,
    nodeProgramClasses: { circle: nodeCircleProgram(() => large) },
    nodeHoverProgramClasses: { circle: nodeHoverProgram(() => large) },
    // Edges of a large graph are left out while moving by the programs, not sigma's hideEdgesOnMove (programs.ts).
    edgeProgramClasses: edgePrograms(() => large),
    // Edge labels (the relation or the claim's predicate) where the reducer gives one: a path, a small focus.
    renderEdgeLabels: true,
    edgeLabelColor: { color: "#333" },
    edgeLabelSize: 11,
    labelRenderedSizeThreshold: 6,
    // Fewer, spaced labels: one per 120×60 px cell at most, so names never pile on each other.
    labelDensity: 0.6,
    labelGridCellSize: 120,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    hideLabelsOnMove: large,
  });
  const showLargeMode = () => (container.dataset.edgesWhileMoving = large ? "hidden" : "drawn");

  // Sigma looks for the edges to label by going over every edge on every frame: only while the reducer labels some,
  // and once more after, which clears the last labels. A private method of sigma's.
  const labelling = sigma as unknown as { renderEdgeLabels?: () => unknown };
  const renderEdgeLabels = labelling.renderEdgeLabels?.bind(sigma);
  let edgeLabelsDrawn = true;
  if (renderEdgeLabels) {
    labelling.renderEdgeLabels = () => {
      const wanted = edgesLabelled();
      if (wanted || edgeLabelsDrawn) renderEdgeLabels();
      edgeLabelsDrawn = wanted;
      return sigma;
    };
  }

  /** The backdrop's lines: every edge shown and not drawn by sigma, dimmed when a focus or path is marked. */
  const writeBackdropLines = (write: WriteLine) => {
    const sigmaGraph = sigma.getGraph();
    const hidden = state.visibility.hiddenEdges;
    const marked = state.focused !== undefined || state.path !== undefined;
    graph.forEachEdge((edge, attributes, _source, _target, from, to) => {
      if (hidden.has(edge) || sigmaGraph.hasEdge(edge)) return;
      if (marked) write(0, from, to, DIMMED_COLOUR);
      // Co-mentions below, so relations and claims are drawn over them (sigma's zIndex order).
      else write(attributes.type === "CO_MENTION" ? 0 : 1, from, to, edgeColour(attributes.type));
    });
  };
  const backdrop = mirror ? createEdgeBackdrop(sigma, writeBackdropLines, () => large) : undefined;
  /** With a backdrop: the edges sigma draws, those of the path or else those of the focus (arrowed), follow the state. */
  const showSigmaEdges = () => {
    if (!mirror) return;
    const wanted: string[] = [];
    if (state.path) for (const edge of state.path.edges) wanted.push(edge);
    else if (state.focused !== undefined && graph.hasNode(state.focused)) {
      graph.forEachEdge(state.focused, (edge) => {
        if (!state.visibility.hiddenEdges.has(edge)) wanted.push(edge);
      });
    }
    mirror.showEdges(wanted);
    backdrop!.invalidate();
  };
  showLargeMode();

  const neighboursOf = (node: string) => {
    const found = new Set<string>();
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (!state.visibility.hiddenEdges.has(edge)) found.add(source === node ? target : source);
    });
    return found;
  };
  const refilter = () => {
    state.visibility = computeVisibility(graph, state.filters);
    if (state.focused) state.neighbours = neighboursOf(state.focused);
  };
  const frame = (nodes: string[], animate: boolean) => {
    const points = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((p) => p !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const target: Partial<CameraState> = {
      x: (Math.min(...xs) + Math.max(...xs)) / 2,
      y: (Math.min(...ys) + Math.max(...ys)) / 2,
      ratio: Math.min(1, Math.max(0.3, 1.3 * Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)))),
    };
    if (animate) void sigma.getCamera().animate(target, { duration: 500 });
    else sigma.getCamera().setState(target);
  };

  // The panel opening or the window changing resizes the container: sigma re-measures and re-places labels then.
  // The observer's first call (the size sigma started with) is skipped, as a full refresh of a large graph is costly.
  let size = { width: container.offsetWidth, height: container.offsetHeight };
  const resizeObserver = new ResizeObserver(() => {
    const now = { width: container.offsetWidth, height: container.offsetHeight };
    if (now.width === size.width && now.height === size.height) return;
    size = now;
    sigma.scheduleRefresh();
  });
  resizeObserver.observe(container);

  const stopSettling = renderWhenSettled(sigma);
  const showLayers = hideEmptyLayersWhileMoving(sigma, () => large);
  const restorePicking = noPickingWhileMoving(sigma);

  sigma.on("clickNode", ({ node }) => events.onNodeClick(node));
  sigma.on("clickStage", () => events.onStageClick());
  sigma.on("enterNode", () => (container.style.cursor = "pointer"));
  sigma.on("leaveNode", () => (container.style.cursor = ""));

  return {
    sigma,
    focusNode(id, { animate = true } = {}) {
      if (!graph.hasNode(id)) return false;
      state.focused = id;
      state.neighbours = neighboursOf(id);
      showSigmaEdges();
      sigma.refresh();
      const position = sigma.getNodeDisplayData(id);
      if (!position) return true;
      const target = { x: position.x, y: position.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) };
      if (animate) void sigma.getCamera().animate(target, { duration: 500 });
      else sigma.getCamera().setState(target);
      return true;
    },
    // Refreshes that nothing reads back at once are scheduled: several in one frame cost one pass over the graph.
    clearFocus() {
      state.focused = undefined;
      state.neighbours = new Set();
      showSigmaEdges();
      sigma.scheduleRefresh();
    },
    setFilters(filters) {
      state.filters = filters;
      refilter();
      showSigmaEdges();
      sigma.scheduleRefresh();
    },
    setPath(nodes, edges) {
      state.path = nodes.length ? { nodes: new Set(nodes), edges: new Set(edges) } : undefined;
      showSigmaEdges();
      sigma.refresh();
      if (nodes.length) frame(nodes, true);
    },
    setCommunityColours(on) {
      // Louvain over the graph as an undirected weighted one; computed on demand, not on every render.
      if (on === Boolean(state.communities)) return;
      state.communities = on && graph.size > 0 ? louvain(graph, { getEdgeWeight: "weight" }) : undefined;
      sigma.scheduleRefresh();
    },
    setSizeBy(sizeBy) {
      if ((sizeBy === "pagerank") === Boolean(state.pageRank)) return;
      state.pageRank = sizeBy === "pagerank" ? (pageRankScores(graph) ?? undefined) : undefined;
      measure();
      sigma.scheduleRefresh();
    },
    graphChanged() {
      if (state.pageRank) state.pageRank = pageRankScores(graph) ?? undefined;
      measure();
      large = isLarge();
      huge = isHuge();
      showLargeMode();
      sigma.setSetting("hideLabelsOnMove", large);
      refilter();
      if (state.communities) state.communities = louvain(graph, { getEdgeWeight: "weight" });
      showSigmaEdges();
      sigma.refresh();
    },
    visibleCounts() {
      return { nodes: graph.order - state.visibility.hiddenNodes.size, edges: graph.size - state.visibility.hiddenEdges.size };
    },
    kill() {
      resizeObserver.disconnect();
      stopSettling();
      showLayers();
      restorePicking();
      mirror?.kill();
      sigma.kill();
    },
  };
}
