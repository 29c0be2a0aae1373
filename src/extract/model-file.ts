// Reading a trained model file (the recognisers' one I/O edge): the same errors for every model,
// naming the file and the command that writes it.
import { readFileSync } from "node:fs";
import { BadInputError } from "../types/index.ts";

/** Reads `path` as JSON and hands it to `parse`; a missing or malformed file is a BadInputError naming it. */
export function readModelFile<T>(path: string, trainHint: string, parse: (json: unknown) => T): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "model file not found" : String(err);
    throw new BadInputError(path, `${reason}; train it with ${trainHint}`);
  }
  try {
    return parse(JSON.parse(text));
  } catch (err) {
    throw new BadInputError(path, err instanceof Error ? err.message : String(err));
  }
}
