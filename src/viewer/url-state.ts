// The shareable part of a view, kept in the URL hash: the selected entity, the filters, the colouring, the camera
// and a chosen path. `#node=<id>` alone (the older link form) still works.
import type { SizeBy } from "./centrality.ts";
import { defaultFilters, type Filters } from "./filters.ts";

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewUrlState {
  node?: string;
  filters: Filters;
  communities: boolean;
  sizeBy: SizeBy;
  camera?: Camera;
  path?: { from: string; to: string };
}

const list = (value: string | null) => new Set((value ?? "").split(",").filter(Boolean));
const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "");

/** Reads a hash such as `#node=person_1&hide=Place&kinds=media&from=2017-10-01&size=pagerank&cam=0.5,0.5,1`; anything malformed is ignored. */
export function readUrlState(hash: string): ViewUrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const filters = defaultFilters();
  filters.hiddenTypes = list(params.get("hide"));
  filters.hiddenKinds = list(params.get("kinds"));
  filters.hiddenPredicates = list(params.get("preds"));
  filters.dateFrom = isoDate(params.get("from"));
  filters.dateTo = isoDate(params.get("to"));
  if (params.get("co") === "0") filters.showCoMentions = false;
  const state: ViewUrlState = { filters, communities: params.get("comm") === "1", sizeBy: params.get("size") === "pagerank" ? "pagerank" : "degree" };
  const node = params.get("node");
  if (node) state.node = node;
  const camera = (params.get("cam") ?? "").split(",").map(Number);
  if (camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0) state.camera = { x: camera[0]!, y: camera[1]!, ratio: camera[2]! };
  const pathFrom = params.get("pathFrom");
  const pathTo = params.get("pathTo");
  if (pathFrom && pathTo) state.path = { from: pathFrom, to: pathTo };
  return state;
}

/** Only what differs from the defaults is written, so a plain view keeps a plain URL. */
export function writeUrlState(state: ViewUrlState): string {
  const params = new URLSearchParams();
  if (state.node) params.set("node", state.node);
  const { filters } = state;
  if (filters.hiddenTypes.size) params.set("hide", [...filters.hiddenTypes].join(","));
  if (filters.hiddenKinds.size) params.set("kinds", [...filters.hiddenKinds].join(","));
  if (filters.hiddenPredicates.size) params.set("preds", [...filters.hiddenPredicates].join(","));
  if (filters.dateFrom) params.set("from", filters.dateFrom);
  if (filters.dateTo) params.set("to", filters.dateTo);
  if (!filters.showCoMentions) params.set("co", "0");
  if (state.communities) params.set("comm", "1");
  if (state.sizeBy === "pagerank") params.set("size", "pagerank");
  if (state.path) {
    params.set("pathFrom", state.path.from);
    params.set("pathTo", state.path.to);
  }
  if (state.camera) params.set("cam", [state.camera.x, state.camera.y, state.camera.ratio].map((n) => n.toFixed(4)).join(","));
  const text = params.toString();
  return text ? `#${text}` : "";
}
