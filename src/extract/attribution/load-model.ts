// Reading the attribution tagger's weights (data/models/attribution.json, written by
// `npm run train:attribution`), once per process, at the pipeline's edge (src/pipeline/extract-document.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BadInputError } from "../../types/index.ts";
import { loadAttributionModel, type AttributionModel } from "./tagger.ts";

export const DEFAULT_ATTRIBUTION_MODEL_PATH = fileURLToPath(new URL("../../../data/models/attribution.json", import.meta.url));

const loaded = new Map<string, AttributionModel>();

export function loadAttributionModelFile(path = DEFAULT_ATTRIBUTION_MODEL_PATH): AttributionModel {
  const cached = loaded.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "model file not found" : String(err);
    throw new BadInputError(path, `${reason}; train it with 'npm run train:attribution' (scripts/train-attribution.ts)`);
  }
  let model: AttributionModel;
  try {
    model = loadAttributionModel(JSON.parse(text));
  } catch (err) {
    throw new BadInputError(path, err instanceof Error ? err.message : String(err));
  }
  loaded.set(path, model);
  return model;
}
