// Reading the trained model from disk (the one I/O edge of the recogniser).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BadInputError } from "../../types/index.ts";
import { loadNerModel, type NerLoadOptions, type NerModel } from "./index.ts";

/** data/models/ner.json in the repository, wherever the process was started. */
export const DEFAULT_NER_MODEL_PATH = fileURLToPath(new URL("../../../data/models/ner.json", import.meta.url));

const loaded = new Map<string, NerModel>();

/** Loads (once per path and options) the model file written by `npm run train`. */
export function loadNerModelFile(path = DEFAULT_NER_MODEL_PATH, options: NerLoadOptions = {}): NerModel {
  const key = `${path}\u0000${options.beam ?? ""}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "model file not found" : String(err);
    throw new BadInputError(path, `${reason}; train it with 'npm run train' (scripts/train-ner.ts)`);
  }
  let model: NerModel;
  try {
    model = loadNerModel(JSON.parse(text), options);
  } catch (err) {
    throw new BadInputError(path, err instanceof Error ? err.message : String(err));
  }
  loaded.set(key, model);
  return model;
}
