// Screenshots of the served viewer on a real corpus, to look at: the overview, a search with the entity's panel
// (claims with the source sentence marked), and a path between two entities. Saved to test-results/.
//   npx tsx scripts/bench-viewer-screenshots.ts http://127.0.0.1:5731 [--search Blair --name "Tony Blair" --to Brown --to-name "Gordon Brown"]
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchChromium } from "../tests/browser/chromium.ts";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    search: { type: "string", default: "Blair" },
    name: { type: "string", default: "Tony Blair" },
    to: { type: "string", default: "Brown" },
    "to-name": { type: "string", default: "Gordon Brown" },
    prefix: { type: "string", default: "bbc" },
  },
});
const base = positionals[0] ?? "http://127.0.0.1:5173";

async function pick(page: Page, text: string, name: string): Promise<void> {
  const search = page.getByTestId("search");
  await search.fill(text);
  await page.getByRole("option", { name: new RegExp(`^${name}`) }).first().waitFor({ timeout: 30_000 });
  await search.press("Enter");
  await page.waitForFunction((wanted) => document.querySelector("[data-testid=node-name]")?.textContent === wanted, name, { timeout: 30_000 });
}

mkdirSync("test-results", { recursive: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const started = Date.now();
  await page.goto(base);
  await page.locator("body[data-graph-ready=true]").waitFor({ timeout: 120_000 });
  console.log(`graph ready after ${Date.now() - started} ms (wall clock): ${await page.getByTestId("status").textContent()}`);
  await page.screenshot({ path: `test-results/${args.prefix}-overview.png` });

  await pick(page, args.search, args.name);
  await page.getByTestId("claim").first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: `test-results/${args.prefix}-search-panel.png` });
  await page.getByTestId("node-panel").screenshot({ path: `test-results/${args.prefix}-panel.png` });

  await page.getByTestId("path-from").click();
  await pick(page, args.to, args["to-name"]);
  await page.getByTestId("path-to").click();
  await page.getByTestId("path-result").waitFor({ timeout: 60_000 });
  await page.waitForTimeout(800); // the camera's framing animation
  console.log(`path: ${await page.getByTestId("path-result").textContent()}`);
  await page.screenshot({ path: `test-results/${args.prefix}-path.png` });
  console.log(`saved test-results/${args.prefix}-{overview,search-panel,panel,path}.png`);
} finally {
  await browser.close();
}
