// JSON for an answer, made in slices when it is large: JSON.stringify of a 5,000-node graph (3 MB) held the event
// loop 15-25 ms in one go; slices of its long lists let other requests run in between. Same bytes as JSON.stringify.
import { setImmediate as nextTurn } from "node:timers/promises";

/** Items of a top-level list stringified per turn of the event loop (~1.5 ms for graph edges). */
export const SLICE_ITEMS = 1000;

export async function serialise(body: unknown, sliceItems = SLICE_ITEMS): Promise<Buffer> {
  if (!isPlainObject(body) || !Object.values(body).some((v) => Array.isArray(v) && v.length > sliceItems)) {
    return Buffer.from(JSON.stringify(body));
  }
  const parts: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    // JSON.stringify leaves these keys out of an object.
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    const prefix = `${parts.length ? "," : "{"}${JSON.stringify(key)}:`;
    if (!Array.isArray(value) || value.length <= sliceItems) {
      parts.push(prefix + JSON.stringify(value));
      continue;
    }
    parts.push(`${prefix}[`);
    for (let i = 0; i < value.length; i += sliceItems) {
      await nextTurn();
      // A slice's JSON without its brackets is its items joined by commas, as they are in the whole list.
      parts.push(`${i ? "," : ""}${JSON.stringify(value.slice(i, i + sliceItems)).slice(1, -1)}`);
    }
    parts.push("]");
  }
  parts.push(parts.length ? "}" : "{}");
  return Buffer.from(parts.join(""));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype && !("toJSON" in v);
}
