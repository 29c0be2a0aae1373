// Endpoints for exploring outward: /api/neighbours/:id (expand on demand) and /api/path (shortest chain between two).
import { z } from "zod";
import { NotFoundError } from "../types/index.ts";
import type { GraphEdge, GraphNode, NeighboursResponse, PathResponse } from "./api-types.ts";
import * as queries from "./explore-queries.ts";
import { edgesAmong, relationEdgeId, rowsAs, type Read } from "./graph-edges.ts";
import { IdParam, limitParam } from "./params.ts";
import type { ApiRouter } from "./router.ts";

/** Above heavyNeighbours the answer (neighbours and every edge among them) runs in the query gate's heavy lane. */
export const exploreLimits = { maxNeighbours: 500, defaultNeighbours: 50, heavyNeighbours: 200 } as const;

const NeighbourParams = z.object({
  id: IdParam,
  limit: limitParam(exploreLimits.maxNeighbours, exploreLimits.defaultNeighbours),
});
const PathParams = z
  .object({ from: IdParam, to: IdParam })
  .refine((p) => p.from !== p.to, { message: "from and to are the same entity; choose two", path: ["to"] });

export function addExploreRoutes(router: ApiRouter, read: Read): ApiRouter {
  return router
    .get("/api/neighbours/:id", { params: NeighbourParams, run: (p) => neighbours(read, p), heavy: (p) => p.limit > exploreLimits.heavyNeighbours })
    .get("/api/path", { params: PathParams, run: (p) => shortestPath(read, p) });
}

async function neighbours(read: Read, { id, limit }: { id: string; limit: number }): Promise<NeighboursResponse> {
  const [row] = rowsAs<{ center: GraphNode; found: GraphNode[] }>(await read(queries.NEIGHBOURS, { id, limit }, 1));
  if (!row) throw new NotFoundError(`no entity with id '${id}'`);
  const nodes = [row.center, ...row.found];
  const { edges, warnings } = await edgesAmong(read, nodes.map((n) => n.id));
  return { center: id, nodes, edges, warnings };
}

interface PathNode extends GraphNode {
  isClaim: boolean;
  predicate: string | null;
  date: string | null;
}
interface PathStep {
  type: string;
  source: string;
  target: string;
  label: string | null;
}

async function shortestPath(read: Read, { from, to }: { from: string; to: string }): Promise<PathResponse> {
  const row = rowsAs<{ fromFound: boolean; toFound: boolean; nodes: PathNode[] | null; steps: PathStep[] | null }>(
    await read(queries.SHORTEST_PATH, { from, to }, 1),
  )[0]!;
  if (!row.fromFound || !row.toFound) throw new NotFoundError(`no entity with id '${row.fromFound ? to : from}'`);
  if (!row.nodes || !row.steps) return { found: false, nodes: [], edges: [] };
  return { found: true, ...foldClaims(row.nodes, row.steps) };
}

/**
 * Turns the raw path (entities, claims, relationships) into entity-to-entity edges the viewer already draws:
 * speaker -MADE-> claim -ABOUT-> entity becomes one CLAIM edge; two entities the same claim is about, SAME_CLAIM.
 */
function foldClaims(pathNodes: PathNode[], steps: PathStep[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let previous: PathNode | undefined;
  let claim: { node: PathNode; entering: PathStep } | undefined;
  pathNodes.forEach((node, i) => {
    if (node.isClaim) {
      claim = { node, entering: steps[i - 1]! };
      return;
    }
    nodes.push({ id: node.id, type: node.type, name: node.name, kind: node.kind, mentionCount: node.mentionCount });
    if (previous && claim) {
      const leaving = steps[i - 1]!;
      const speakerFirst = claim.entering.type === "MADE";
      const speakerLast = leaving.type === "MADE";
      const type = speakerFirst || speakerLast ? "CLAIM" : "SAME_CLAIM";
      const [source, target] = speakerLast ? [node.id, previous.id] : [previous.id, node.id];
      const label = `${claim.node.predicate ?? "claim"}${claim.node.date ? ` (${claim.node.date})` : ""}`;
      edges.push({ id: relationEdgeId(type, source, target), source, target, type, weight: 1, label });
    } else if (previous) {
      const step = steps[i - 1]!;
      edges.push({ id: relationEdgeId(step.type, step.source, step.target), source: step.source, target: step.target, type: step.type, weight: 1, label: step.label });
    }
    previous = node;
    claim = undefined;
  });
  return { nodes, edges };
}
