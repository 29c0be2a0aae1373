// Reading the trained model from disk (the one I/O edge of the recogniser).
import { fileURLToPath } from "node:url";
import { readModelFile } from "../model-file.ts";
import { loadNerModel, type NerLoadOptions, type NerModel } from "./index.ts";

/** data/models/ner.json in the repository, wherever the process was started. */
export const DEFAULT_NER_MODEL_PATH = fileURLToPath(new URL("../../../data/models/ner.json", import.meta.url));

const loaded = new Map<string, NerModel>();

/** Loads (once per path and options) the model file written by `npm run train`. */
export function loadNerModelFile(path = DEFAULT_NER_MODEL_PATH, options: NerLoadOptions = {}): NerModel {
  const key = `${path}\u0000${options.beam ?? ""}`;
  let model = loaded.get(key);
  if (!model) {
    model = readModelFile(path, "'npm run train' (scripts/train-ner.ts)", (json) => loadNerModel(json, options));
    loaded.set(key, model);
  }
  return model;
}
