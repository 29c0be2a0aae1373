// Reads a JSON file the user points at and validates it, so every command reports a bad file the same way.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { BadInputError } from "../types/index.ts";

export function readValidatedJson<T extends z.ZodType>(path: string, schema: T, what: string): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new BadInputError(path, `cannot read the ${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BadInputError(path, `not a ${what}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}
