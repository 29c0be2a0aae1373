// Where the viewer's data comes from: the live API, or (static mode, ?graph=URL) one graphology JSON file.
import type { DocumentResponse, GraphResponse, NeighboursResponse, NodeResponse, PathResponse, SearchResponse } from "../server/api-types.ts";
import { fetchDocument, fetchGraph, fetchNeighbours, fetchNode, fetchPath, searchEntities } from "./api.ts";

export interface DataSource {
  /** True when there is no server behind: no documents, no claims beyond what the file holds. */
  readonly isStatic: boolean;
  graph(limit: number): Promise<GraphResponse>;
  search(text: string, limit: number, signal?: AbortSignal): Promise<SearchResponse>;
  node(id: string): Promise<NodeResponse>;
  document(id: string): Promise<DocumentResponse>;
  neighbours(id: string, limit: number): Promise<NeighboursResponse>;
  path(from: string, to: string): Promise<PathResponse>;
}

export const apiSource: DataSource = {
  isStatic: false,
  graph: fetchGraph,
  search: searchEntities,
  node: fetchNode,
  document: fetchDocument,
  neighbours: fetchNeighbours,
  path: fetchPath,
};
