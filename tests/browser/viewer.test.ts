// The viewer in real Chromium against the real API and Neo4j: the graph draws, search finds
// Barzani and opens his panel.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDriver } from "../helpers.ts";
import { distinctColours } from "./chromium.ts";
import { startSeededViewer, type SeededViewer } from "./seeded-viewer.ts";

const driver = testDriver();
let server: SeededViewer["server"];
let browser: Browser;
let page: Page;
let viewer: SeededViewer;

beforeAll(async () => {
  viewer = await startSeededViewer(driver);
  ({ server, browser, page } = viewer);
});

afterAll(async () => {
  await viewer?.close();
  await driver.close();
});

describe("viewer", () => {
  it("draws the seed graph on the canvas", async () => {
    await page.goto(server.url);
    const graph = page.getByTestId("graph");
    await graph.locator("canvas").first().waitFor();
    await page.locator("body[data-graph-ready=true]").waitFor({ timeout: 60_000 });
    mkdirSync("test-results", { recursive: true });
    const png = await graph.screenshot({ path: "test-results/viewer-graph.png" });
    const { colours, nonBackground } = await distinctColours(page, png);
    expect(colours).toBeGreaterThan(5);
    expect(nonBackground).toBeGreaterThan(500);
  });

  it("finds Barzani with the search box and shows his panel", async () => {
    const search = page.getByTestId("search");
    await search.fill("Barzani");
    await page.getByRole("option", { name: /Masoud Barzani/ }).first().waitFor({ timeout: 15_000 });
    await search.press("Enter");
    const panel = page.getByTestId("node-panel");
    await expect.poll(() => panel.getByTestId("node-name").textContent(), { timeout: 15_000 }).toBe("Masoud Barzani");
    await expect.poll(() => panel.textContent()).toMatch(/immediately ready to engage in negotiations/);
    await page.screenshot({ path: "test-results/viewer-barzani.png" });
  });
});
