// Where the viewer's first frame goes, function by function: Chromium's CPU profile (CDP Profiler) of loading one
// graph file in static mode, self and inclusive time of the busiest functions. For finding what to cut; the
// wall-clock figures are bench:viewer's.
//   npx tsx scripts/profile-viewer-load.ts .kg/bench-viewer/generated-10000-100000-20260601-compact1.json [--top 30]
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { VIEWER_SOURCE } from "../src/cli/viewer-build.ts";
import { serveStatic } from "../src/server/static.ts";
import { launchChromium } from "../tests/browser/chromium.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "30" } } });
const file = resolve(positionals[0] ?? "");
// Built unminified into a folder of its own, so the profile names the viewer's and the libraries' functions.
const viewerDir = join(tmpdir(), "kg-viewer-profile");
await (await import("vite")).build({ configFile: join(VIEWER_SOURCE, "vite.config.ts"), logLevel: "warn", build: { minify: false, outDir: viewerDir, emptyOutDir: true } });
const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const inGraphs = url.pathname.startsWith("/graphs/");
  if (inGraphs) url.pathname = url.pathname.slice("/graphs".length);
  void serveStatic(request, response, url, inGraphs ? dirname(file) : viewerDir);
});
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?graph=/graphs/${basename(file)}`);
  await page.waitForFunction(() => performance.getEntriesByName("kg:first-frame").length > 0, null, { timeout: 120_000, polling: 50 });
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
  console.log(marks.join("\n"));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(name(byId.get(id)!), (self.get(name(byId.get(id)!)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms), seen.add(key);
    }
  });
  const top = (table: Map<string, number>) => [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top)).map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${k}`).join("\n");
  console.log(`\nself time\n${top(self)}\n\ninclusive time\n${top(inclusive)}`);
} finally {
  await browser.close();
  server.close();
}
