// Positions: a seeded random start (the same graph always lands the same way), then ForceAtlas2 —
// synchronously for small graphs (deterministic, instant), in the FA2 worker for large ones so the page stays live.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { KnowledgeGraph } from "./graph-data.ts";

export const layoutDefaults = {
  /** Graphs up to this many nodes are laid out synchronously. */
  synchronousMaxNodes: 1000,
  iterations: 200,
  /** How long the worker runs on a larger graph before the layout is frozen. */
  workerMs: 6000,
};
export type LayoutOptions = typeof layoutDefaults;

export function seedPositions(graph: KnowledgeGraph): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    const random = seededRandom(node);
    return { ...attributes, x: random() * 100, y: random() * 100 };
  });
}

/** Heavier links pull harder, but logarithmically, so one hub's hundreds of shared articles do not collapse the picture. */
const edgeWeight = (_edge: string, attributes: { weight?: unknown }) => Math.log2(1 + (Number(attributes.weight) || 1));

function fa2Parameters(graph: KnowledgeGraph) {
  return { getEdgeWeight: edgeWeight, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 } };
}

/** Resolves once positions are final. */
export async function runLayout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Promise<void> {
  const { synchronousMaxNodes, iterations, workerMs } = { ...layoutDefaults, ...options };
  if (graph.order < 2) return;
  const parameters = fa2Parameters(graph);
  if (graph.order <= synchronousMaxNodes) {
    forceAtlas2.assign(graph, { ...parameters, iterations });
    return;
  }
  const supervisor = new FA2LayoutSupervisor(graph, parameters);
  supervisor.start();
  await new Promise((resolve) => setTimeout(resolve, workerMs));
  supervisor.kill();
}

export interface LayoutRunner {
  start(): void;
  stop(): void;
  readonly running: boolean;
  kill(): void;
}

/**
 * ForceAtlas2 in its web worker, started and stopped by the user (the layout button): the page stays responsive and
 * sigma redraws as positions arrive. The worker is made on a start with the settings inferred for the graph as it is
 * then, and made again on a later start when nodes were added or removed meanwhile (an Expand, a path): settings
 * inferred for 300 nodes do not suit 3,000.
 */
export function layoutRunner(graph: KnowledgeGraph): LayoutRunner {
  let supervisor: FA2LayoutSupervisor | undefined;
  let madeForOrder = 0;
  const kill = () => {
    supervisor?.kill();
    supervisor = undefined;
  };
  return {
    start() {
      if (graph.order < 2) return;
      if (madeForOrder !== graph.order) kill();
      if (!supervisor) {
        supervisor = new FA2LayoutSupervisor(graph, fa2Parameters(graph));
        madeForOrder = graph.order;
      }
      supervisor.start();
    },
    stop() {
      supervisor?.stop();
    },
    get running() {
      return supervisor?.isRunning() ?? false;
    },
    kill,
  };
}

/** mulberry32 seeded from a string hash (FNV-1a). */
function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A few ForceAtlas2 rounds after nodes were added, so they find their place without reshuffling the whole picture. */
export function settleLayout(graph: KnowledgeGraph, iterations = 50): void {
  if (graph.order < 2 || graph.order > layoutDefaults.synchronousMaxNodes) return;
  forceAtlas2.assign(graph, { iterations, getEdgeWeight: edgeWeight, settings: forceAtlas2.inferSettings(graph) });
}
