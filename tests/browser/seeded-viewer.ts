// The browser tests' common ground: the seeds ingested through the real CLI, the API and viewer
// served from this process, and a Chromium page at 1280×800.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { ensureViewerBuilt } from "../../src/cli/viewer-build.ts";
import type { Driver } from "../../src/graph/index.ts";
import { startServer } from "../../src/server/index.ts";
import { kg, wipeDatabase } from "../helpers.ts";
import { launchChromium } from "./chromium.ts";

export interface SeededViewer {
  server: Awaited<ReturnType<typeof startServer>>;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function startSeededViewer(driver: Driver): Promise<SeededViewer> {
  await wipeDatabase(driver);
  const r = kg(["ingest", "data/seeds"]);
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  const staticDir = await ensureViewerBuilt(() => {});
  const server = await startServer({ driver, port: 0, host: "127.0.0.1", staticDir });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  mkdirSync("test-results", { recursive: true });
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
