// Reading the attribution tagger's weights (data/models/attribution.json, written by
// `npm run train:attribution`), once per process, at the pipeline's edge (src/pipeline/extract-document.ts).
import { fileURLToPath } from "node:url";
import { readModelFile } from "../model-file.ts";
import { loadAttributionModel, type AttributionModel } from "./tagger.ts";

export const DEFAULT_ATTRIBUTION_MODEL_PATH = fileURLToPath(new URL("../../../data/models/attribution.json", import.meta.url));

const loaded = new Map<string, AttributionModel>();

export function loadAttributionModelFile(path = DEFAULT_ATTRIBUTION_MODEL_PATH): AttributionModel {
  let model = loaded.get(path);
  if (!model) {
    model = readModelFile(path, "'npm run train:attribution' (scripts/train-attribution.ts)", loadAttributionModel);
    loaded.set(path, model);
  }
  return model;
}
