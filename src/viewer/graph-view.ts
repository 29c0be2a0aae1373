// The sigma view: display derived in reducers (colour by type, size by degree, dim outside the focus), never stored.
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "./graph-data.ts";
import { DIMMED_COLOUR, edgeColour, entityColour } from "./palette.ts";

export interface GraphView {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Highlights a node and its neighbours and moves the camera to it; false when the node is not in the graph. */
  focusNode(id: string): boolean;
  clearFocus(): void;
  setCoMentionsVisible(visible: boolean): void;
  kill(): void;
}

export interface GraphViewEvents {
  onNodeClick(id: string): void;
  onStageClick(): void;
}

interface ViewState {
  focused?: string;
  neighbours: Set<string>;
  showCoMentions: boolean;
}

const sizeRange = { min: 3, max: 16 };

export function createGraphView(container: HTMLElement, graph: KnowledgeGraph, events: GraphViewEvents): GraphView {
  const state: ViewState = { neighbours: new Set(), showCoMentions: true };
  let maxDegree = 1;
  graph.forEachNode((node) => (maxDegree = Math.max(maxDegree, graph.degree(node))));

  const edgeShown = (attributes: EdgeAttributes) => state.showCoMentions || attributes.type !== "CO_MENTION";

  const nodeReducer = (node: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      label: attributes.name,
      color: entityColour(attributes.type),
      size: sizeRange.min + (sizeRange.max - sizeRange.min) * Math.sqrt(graph.degree(node) / maxDegree),
      type: "circle",
      zIndex: 1,
    };
    if (!state.focused) return display;
    if (node === state.focused) return { ...display, highlighted: true, forceLabel: true, zIndex: 3 };
    if (state.neighbours.has(node)) return { ...display, forceLabel: true, zIndex: 2 };
    return { ...display, color: DIMMED_COLOUR, label: null, zIndex: 0 };
  };

  const edgeReducer = (edge: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> => {
    const coMention = attributes.type === "CO_MENTION";
    const display: Partial<EdgeDisplayData> = {
      color: edgeColour(attributes.type),
      // Co-mentions are context, drawn thin so relations and claims stand out.
      size: coMention ? 0.3 + 0.4 * Math.log2(1 + attributes.weight) : 1 + Math.log2(1 + attributes.weight),
      type: coMention ? "line" : "arrow",
      label: attributes.label ?? attributes.type,
      hidden: !edgeShown(attributes),
      zIndex: coMention ? 0 : 1,
    };
    if (!state.focused || display.hidden) return display;
    const touchesFocus = graph.source(edge) === state.focused || graph.target(edge) === state.focused;
    return touchesFocus ? { ...display, zIndex: 2 } : { ...display, color: DIMMED_COLOUR, zIndex: 0 };
  };

  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    defaultEdgeType: "line",
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 8,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
  });

  const neighboursOf = (node: string) => {
    const found = new Set<string>();
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (edgeShown(attributes)) found.add(source === node ? target : source);
    });
    return found;
  };

  // Sigma re-measures its container on each render; the panel opening or the window changing must trigger one.
  const resizeObserver = new ResizeObserver(() => sigma.refresh());
  resizeObserver.observe(container);

  sigma.on("clickNode", ({ node }) => events.onNodeClick(node));
  sigma.on("clickStage", () => events.onStageClick());
  sigma.on("enterNode", () => (container.style.cursor = "pointer"));
  sigma.on("leaveNode", () => (container.style.cursor = ""));

  return {
    sigma,
    focusNode(id) {
      if (!graph.hasNode(id)) return false;
      state.focused = id;
      state.neighbours = neighboursOf(id);
      sigma.refresh();
      const position = sigma.getNodeDisplayData(id);
      if (position) void sigma.getCamera().animate({ x: position.x, y: position.y, ratio: 0.5 }, { duration: 500 });
      return true;
    },
    clearFocus() {
      state.focused = undefined;
      state.neighbours = new Set();
      sigma.refresh();
    },
    setCoMentionsVisible(visible) {
      state.showCoMentions = visible;
      if (state.focused) state.neighbours = neighboursOf(state.focused);
      sigma.refresh();
    },
    kill() {
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}
