// The browser side of the HTTP API (src/server): one function per endpoint, errors carry the server's message.
import type {
  DocumentResponse, ErrorResponse, GraphResponse, NeighboursResponse, NodeResponse, PathResponse, SearchResponse,
} from "../server/api-types.ts";

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json" }, signal });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorResponse | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? "http_error", error?.message ?? `${path}: HTTP ${response.status}`);
  }
  return body as T;
}

export const fetchGraph = (limit: number) => getJson<GraphResponse>(`api/graph?limit=${limit}`);

export const searchEntities = (text: string, limit: number, signal?: AbortSignal) =>
  getJson<SearchResponse>(`api/search?q=${encodeURIComponent(text)}&limit=${limit}`, signal);

export const fetchNode = (id: string) => getJson<NodeResponse>(`api/node/${encodeURIComponent(id)}`);

export const fetchDocument = (id: string) => getJson<DocumentResponse>(`api/document/${encodeURIComponent(id)}`);

export const fetchNeighbours = (id: string, limit: number) =>
  getJson<NeighboursResponse>(`api/neighbours/${encodeURIComponent(id)}?limit=${limit}`);

export const fetchPath = (from: string, to: string) =>
  getJson<PathResponse>(`api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
