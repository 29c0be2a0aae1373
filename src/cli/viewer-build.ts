// Builds the viewer bundle with Vite when it is missing or older than its sources, so `npm start`
// and `kg serve` work straight after `npm install` with no separate build step.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { KgError } from "../types/index.ts";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const VIEWER_SOURCE = join(ROOT, "src", "viewer");
export const VIEWER_DIST = join(ROOT, "dist", "viewer");
/** Files outside src/viewer that the bundle holds (the graph file format is shared with the exporter). */
const SHARED_SOURCES = [join(ROOT, "src", "graph", "export", "compact-graph.ts")];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export async function ensureViewerBuilt(log: (line: string) => void): Promise<string> {
  const index = join(VIEWER_DIST, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(newestMtime(VIEWER_SOURCE), ...SHARED_SOURCES.map((f) => statSync(f).mtimeMs))) return VIEWER_DIST;
  log("Building the viewer with Vite...");
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new KgError("the viewer is not built and Vite is not installed: run 'npm install' (with dev dependencies) or 'npm run build:viewer'");
  }
  await vite.build({ configFile: join(VIEWER_SOURCE, "vite.config.ts"), logLevel: "warn" });
  return VIEWER_DIST;
}
