// Which nodes and edges the filters hide: entity types and kinds, claim predicates, a date range over claims, co-mentions.
// Computed once per filter change into two sets the reducers read; the graph itself is never touched.
import type { EdgeAttributes, KnowledgeGraph } from "./graph-data.ts";

export interface Filters {
  hiddenTypes: Set<string>;
  /** Entity kinds (government, party, media, city, ...); an entity without a kind is never hidden by them. */
  hiddenKinds: Set<string>;
  hiddenPredicates: Set<string>;
  /** ISO dates (YYYY-MM-DD), inclusive; empty for no bound. */
  dateFrom: string;
  dateTo: string;
  showCoMentions: boolean;
}

export function defaultFilters(): Filters {
  return { hiddenTypes: new Set(), hiddenKinds: new Set(), hiddenPredicates: new Set(), dateFrom: "", dateTo: "", showCoMentions: true };
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

const claimFilterActive = (filters: Filters) => filters.hiddenPredicates.size > 0 || filters.dateFrom !== "" || filters.dateTo !== "";

/** A claim edge stays when at least one of its claims passes; undated claims fall outside any date range. */
function claimEdgeShown(attributes: EdgeAttributes, filters: Filters): boolean {
  const claims = attributes.claims;
  if (!claims || claims.length === 0) return !claimFilterActive(filters);
  return claims.some((claim) => {
    if (filters.hiddenPredicates.has(claim.predicate)) return false;
    // A month or a year ("2017-08", "2017": "last month", "last year") spans to its end: '~' sorts after digits.
    if (filters.dateFrom && (!claim.date || claim.date.padEnd(10, "~") < filters.dateFrom)) return false;
    if (filters.dateTo && (!claim.date || claim.date.slice(0, 10) > filters.dateTo)) return false;
    return true;
  });
}

function edgeShownByItself(attributes: EdgeAttributes, filters: Filters): boolean {
  if (attributes.type === "CO_MENTION") return filters.showCoMentions;
  if (attributes.type === "CLAIM") return claimEdgeShown(attributes, filters);
  return true;
}

export function computeVisibility(graph: KnowledgeGraph, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (filters.hiddenTypes.has(attributes.type) || (attributes.kind !== null && filters.hiddenKinds.has(attributes.kind))) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgeShownByItself(attributes, filters)) hiddenEdges.add(edge);
  });
  // An entity known only through claims the filter hides goes with them; one with no links at all stays.
  if (claimFilterActive(filters)) {
    graph.forEachNode((node) => {
      if (hiddenNodes.has(node)) return;
      let claims = 0;
      let shown = 0;
      graph.forEachEdge(node, (edge, attributes) => {
        if (attributes.type === "CLAIM") claims++;
        if (!hiddenEdges.has(edge)) shown++;
      });
      if (claims > 0 && shown === 0) hiddenNodes.add(node);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** Every kind the graph's entities have, for the kind filter's checkboxes. */
export function entityKinds(graph: KnowledgeGraph): string[] {
  const found = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind) found.add(attributes.kind);
  });
  return [...found].sort();
}

/** In one pass over the claim edges: every predicate (for the filter's checkboxes) and every claim date (YYYY-MM-DD, for the timeline). */
export function claimFacets(graph: KnowledgeGraph): { predicates: string[]; dates: string[] } {
  const predicates = new Set<string>();
  const dates: string[] = [];
  graph.forEachEdge((_edge, attributes) =>
    attributes.claims?.forEach((claim) => {
      predicates.add(claim.predicate);
      if (claim.date && /^\d{4}-\d{2}-\d{2}/.test(claim.date)) dates.push(claim.date.slice(0, 10));
    }),
  );
  return { predicates: [...predicates].sort(), dates };
}

/** A copy of `set` with `value` in it or not: a checkbox's change to the filter it belongs to. */
export function withMember(set: ReadonlySet<string>, value: string, member: boolean): Set<string> {
  const next = new Set(set);
  if (member) next.add(value);
  else next.delete(value);
  return next;
}
