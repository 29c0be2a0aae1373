// Exploring the seed graph in real Chromium against the real API and Neo4j: highlighted claim sentences, Esc,
// expand on demand, filters, paths, the URL as shared state, PNG/JSON export, static mode, a narrow window, and
// an entity whose name is markup.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCompactGraph } from "../../src/graph/export/compact-graph.ts";
import { apiLimits, responseCacheDefaults } from "../../src/server/index.ts";
import { testDriver } from "../helpers.ts";
import { distinctColours } from "./chromium.ts";
import { startSeededViewer, type SeededViewer } from "./seeded-viewer.ts";

const driver = testDriver();
const XSS_NAME = "<img src=x onerror=alert(1)>";
let server: SeededViewer["server"];
let browser: Browser;
let page: Page;
let viewer: SeededViewer;
let exportedJson: string;

async function openViewer(target: Page, query = "", hash = ""): Promise<void> {
  await target.goto(`${server.url}/${query}${hash}`);
  await target.locator("body[data-graph-ready=true]").waitFor({ timeout: 60_000 });
}
async function pick(target: Page, text: string, name: string): Promise<void> {
  const search = target.getByTestId("search");
  await search.fill(text);
  await target.getByRole("option", { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().waitFor({ timeout: 15_000 });
  await search.press("Enter");
  await expect.poll(() => target.getByTestId("node-name").textContent(), { timeout: 15_000 }).toBe(name);
}
const graphCount = async (target: Page, key: "nodes" | "edges" | "visibleNodes" | "visibleEdges") =>
  Number(await target.getByTestId("graph").evaluate((el, k) => (el as HTMLElement).dataset[k], key));

beforeAll(async () => {
  viewer = await startSeededViewer(driver);
  ({ server, browser, page } = viewer);
});

afterAll(async () => {
  await viewer?.close();
  await driver.close();
});

describe("exploring the graph", () => {
  it("shows each claim's sentence with the speaker marked, and the whole document with every mention marked", async () => {
    await openViewer(page);
    await pick(page, "Hawrami", "Hemin Hawrami");
    const claim = page.getByTestId("claims-made").getByTestId("claim").first();
    await expect.poll(() => claim.getByTestId("mark-speaker").textContent()).toBe("Hemin Hawrami");
    expect(await claim.getByTestId("mark-cue").textContent()).toBe("said");
    expect(await claim.getByTestId("claim-sentence").textContent()).toMatch(/^Kurdish leaders who met .* said on Twitter\.$/);
    await page.screenshot({ path: "test-results/explore-sentence.png" });

    await claim.locator(".document-link").click();
    const documentView = page.getByTestId("document-view");
    await documentView.waitFor();
    expect(await documentView.locator("mark.mention").count()).toBeGreaterThan(10);
    expect(await documentView.locator("mark.mention.focus").first().textContent()).toBe("Hemin Hawrami");
    expect(await page.getByTestId("evidence").allTextContents().then((t) => t.join(""))).toMatch(/^Kurdish leaders who met .* said on Twitter\.$/);
  });

  it("shows whom a claim is aimed at: an entity as a link, a group no entity names as its words", async () => {
    await pick(page, "Erbil", "Erbil");
    const urged = page.getByTestId("claims-about").getByTestId("claim").filter({ hasText: "urged Erbil" }).first();
    expect(await urged.getByTestId("claim-target").evaluate((el) => [el.tagName, el.textContent])).toEqual(["BUTTON", "Erbil"]);
    await pick(page, "Abadi", "Haider al-Abadi");
    const demand = page.getByTestId("claims-made").getByTestId("claim").filter({ hasText: "Kurdish authorities “cancel”" }).first();
    const words = demand.getByTestId("claim-target");
    await expect.poll(() => words.textContent()).toBe("Kurdish authorities");
    expect(await words.evaluate((el) => [el.tagName, el.classList.contains("anonymous")])).toEqual(["SPAN", true]);
    await page.screenshot({ path: "test-results/explore-target-words.png" });
  });

  it("clears the selection, the highlight and the panel with Esc; / goes back to search", async () => {
    expect(page.url()).toMatch(/node=person_/);
    await page.getByTestId("graph").click({ position: { x: 5, y: 5 }, trial: true });
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("node-panel").isHidden()).toBe(true);
    expect(page.url()).not.toMatch(/node=/);
    expect(await page.getByTestId("search").inputValue()).toBe("");
    await page.getByTestId("graph").focus();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
  });

  it("starts from the most central entities and adds neighbours on Expand and on search", async () => {
    const small = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openViewer(small, "?limit=3");
    expect(await graphCount(small, "nodes")).toBe(3);
    await small.locator("canvas").first().waitFor();
    // Hawrami is not among the three most-mentioned; choosing him loads him with his neighbours.
    await pick(small, "Hawrami", "Hemin Hawrami");
    await expect.poll(() => graphCount(small, "nodes"), { timeout: 15_000 }).toBeGreaterThan(3);
    const afterSearch = await graphCount(small, "nodes");
    await pick(small, "Barzani", "Masoud Barzani");
    await small.getByTestId("expand").click();
    await expect.poll(() => graphCount(small, "nodes"), { timeout: 15_000 }).toBeGreaterThan(afterSearch);
    expect(await small.getByTestId("status").textContent()).toMatch(/^\d+ entities, \d+ links$/);
    await small.close();
  });

  it("filters by entity type, claim predicate and claim date through the legend, keeping the graph data", async () => {
    await openViewer(page);
    const nodes = await graphCount(page, "nodes");
    const edges = await graphCount(page, "edges");
    expect(await graphCount(page, "visibleNodes")).toBe(nodes);

    await page.getByTestId("filter-type-Place").uncheck();
    const places = (await (await fetch(`${server.url}/api/graph`)).json()).nodes.filter((n: { type: string }) => n.type === "Place").length;
    expect(places).toBeGreaterThan(0);
    await expect.poll(() => graphCount(page, "visibleNodes")).toBe(nodes - places);
    expect(await graphCount(page, "nodes")).toBe(nodes);
    expect(page.url()).toMatch(/hide=Place/);
    await page.getByTestId("filter-type-Place").check();

    // Kinds, from a drop-down of those in the graph: hiding media hides the media groups only.
    const kindOf = async (kind: string) => (await (await fetch(`${server.url}/api/graph`)).json()).nodes.filter((n: { kind: string | null }) => n.kind === kind).length;
    const media = await kindOf("media");
    expect(media).toBeGreaterThan(0);
    await page.getByTestId("kind-filter").locator("summary").click();
    await page.getByTestId("filter-kind-media").uncheck();
    await expect.poll(() => graphCount(page, "visibleNodes")).toBe(nodes - media);
    expect(page.url()).toMatch(/kinds=media/);
    // The legend is redrawn on each change; the drop-down stays open.
    expect(await page.getByTestId("filter-kind-media").isVisible()).toBe(true);
    await page.screenshot({ path: "test-results/explore-kinds.png" });
    await page.getByTestId("filter-kind-media").check();
    await expect.poll(() => graphCount(page, "visibleNodes")).toBe(nodes);
    // A click elsewhere closes it, as a menu.
    await page.getByTestId("search").click();
    expect(await page.getByTestId("filter-kind-media").isVisible()).toBe(false);

    const visibleEdges = await graphCount(page, "visibleEdges");
    await page.getByTestId("filter-predicate-states").uncheck();
    await expect.poll(() => graphCount(page, "visibleEdges")).toBeLessThan(visibleEdges);
    await page.getByTestId("filter-predicate-states").check();
    await expect.poll(() => graphCount(page, "visibleEdges")).toBe(visibleEdges);

    // The seeds' claims are dated September and October 2017: a range in October hides the September ones.
    await page.getByTestId("date-from").fill("2017-10-01");
    await expect.poll(() => graphCount(page, "visibleEdges")).toBeLessThan(visibleEdges);
    expect(await graphCount(page, "edges")).toBe(edges);
    expect(await page.getByTestId("status").textContent()).toMatch(/of \d+ entities, \d+ of \d+ links shown/);
    expect(page.url()).toMatch(/from=2017-10-01/);
    await page.getByTestId("graph").screenshot({ path: "test-results/explore-filtered.png" });
  });

  it("restores selection, filters and camera from a shared URL", async () => {
    await pick(page, "Barzani", "Masoud Barzani");
    await expect.poll(() => page.url()).toMatch(/cam=/);
    const shared = page.url();
    expect(shared).toMatch(/node=person_.*from=2017-10-01/);
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(shared);
    await other.locator("body[data-graph-ready=true]").waitFor({ timeout: 60_000 });
    await expect.poll(() => other.getByTestId("node-name").textContent(), { timeout: 15_000 }).toBe("Masoud Barzani");
    expect(await other.getByTestId("date-from").inputValue()).toBe("2017-10-01");
    expect(await graphCount(other, "visibleEdges")).toBe(await graphCount(page, "visibleEdges"));
    const camera = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get("cam");
    await expect.poll(() => camera(other.url())).toBe(camera(shared));
    await other.close();
    await page.keyboard.press("Escape");
    await page.getByTestId("date-from").fill("");
  });

  it("sets the claim date range on the timeline of the claims", async () => {
    await openViewer(page);
    const visibleEdges = await graphCount(page, "visibleEdges");
    const timeline = page.getByTestId("timeline");
    // The seeds' claims span about a month: a bar per day, with a count in each bar's title.
    expect(await timeline.locator("rect").count()).toBeGreaterThan(10);
    const last = Number(await page.getByTestId("timeline-from").getAttribute("max"));
    await page.getByTestId("timeline-from").fill(String(Math.floor(last / 2)));
    await expect.poll(() => graphCount(page, "visibleEdges")).toBeLessThan(visibleEdges);
    const from = page.url().match(/from=(\d{4}-\d{2}-\d{2})/)?.[1];
    expect(from).toBeDefined();
    expect(await page.getByTestId("date-from").inputValue()).toBe(from);
    expect(await timeline.locator("rect.outside").count()).toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/explore-timeline.png" });
    // Back to the start: the bound is open again, every claim shown.
    await page.getByTestId("timeline-from").fill("0");
    await expect.poll(() => graphCount(page, "visibleEdges")).toBe(visibleEdges);
    expect(page.url()).not.toMatch(/from=/);
  });

  it("highlights the shortest path between two chosen entities", async () => {
    await pick(page, "Hawrami", "Hemin Hawrami");
    await page.getByTestId("path-from").click();
    await page.getByTestId("path-pending").waitFor();
    await pick(page, "Masum", "Fuad Masum");
    await page.getByTestId("path-to").click();
    const result = page.getByTestId("path-result");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toMatch(/^Path: Hemin Hawrami —.*→ .*Fuad Masum$/);
    expect(page.url()).toMatch(/pathFrom=.*pathTo=/);
    await page.waitForTimeout(700);
    await page.screenshot({ path: "test-results/explore-path.png" });
    // The path's edges carry their labels (the relation, the claim's predicate); no other edge does.
    const labelled = await page.evaluate(() => {
      const { sigma } = (window as unknown as { kgViewer: { sigma: import("sigma").default } }).kgViewer;
      const labels = sigma.getGraph().filterEdges((edge) => Boolean(sigma.getEdgeDisplayData(edge)?.label));
      const canvas = sigma.getCanvases().edgeLabels!;
      const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) drawn++;
      return { labels: labels.length, drawn };
    });
    const hops = ((await result.textContent()) ?? "").split("→").length - 1;
    expect(labelled.labels).toBe(hops);
    expect(labelled.drawn).toBeGreaterThan(50);
  });

  it("exports the view as a PNG and the graph as graphology JSON", async () => {
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { colours, nonBackground } = await distinctColours(page, bytes);
    expect(colours).toBeGreaterThan(5);
    expect(nonBackground).toBeGreaterThan(500);

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
    exportedJson = readFileSync((await json.path())!, "utf8");
    const exported = JSON.parse(exportedJson) as { nodes: { key: string; attributes: { name: string; type: string } }[]; edges: unknown[] };
    expect(exported.nodes.length).toBe(await graphCount(page, "nodes"));
    expect(exported.edges.length).toBe(await graphCount(page, "edges"));
    expect(exported.nodes.map((n) => n.attributes.name)).toContain("Masoud Barzani");
  });

  it("loads a graphology JSON file with ?graph= and makes no API call", async () => {
    const staticPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const apiCalls: string[] = [];
    staticPage.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/")) apiCalls.push(request.url());
    });
    await staticPage.route("**/shared/graph.json", (route) => route.fulfill({ contentType: "application/json", body: exportedJson }));
    await openViewer(staticPage, "?graph=shared/graph.json");
    expect(await graphCount(staticPage, "nodes")).toBe(JSON.parse(exportedJson).nodes.length);
    await pick(staticPage, "Barzani", "Masoud Barzani");
    expect(await staticPage.getByTestId("node-relations").textContent()).toMatch(/Hemin Hawrami/);
    const png = await staticPage.getByTestId("graph").screenshot({ path: "test-results/explore-static.png" });
    expect((await distinctColours(staticPage, png)).colours).toBeGreaterThan(5);
    expect(apiCalls).toEqual([]);
    await staticPage.close();
  });

  it("loads the same graph in the compact form kg export writes, claims and relations included", async () => {
    const staticPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const compact = JSON.stringify(encodeCompactGraph(JSON.parse(exportedJson)));
    await staticPage.route("**/shared/compact.json", (route) => route.fulfill({ contentType: "application/json", body: compact }));
    await openViewer(staticPage, "?graph=shared/compact.json");
    const exported = JSON.parse(exportedJson) as { nodes: unknown[]; edges: unknown[] };
    expect([await graphCount(staticPage, "nodes"), await graphCount(staticPage, "edges")]).toEqual([exported.nodes.length, exported.edges.length]);
    await pick(staticPage, "Barzani", "Masoud Barzani");
    expect(await staticPage.getByTestId("node-relations").textContent()).toMatch(/Hemin Hawrami/);
    await staticPage.close();
  });

  it("puts the panel below the graph in a narrow window", async () => {
    const narrow = await browser.newPage({ viewport: { width: 600, height: 900 } });
    await openViewer(narrow);
    await pick(narrow, "Barzani", "Masoud Barzani");
    const graph = (await narrow.getByTestId("graph").boundingBox())!;
    const panel = (await narrow.getByTestId("node-panel").boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    expect(panel.width).toBeGreaterThan(500);
    await narrow.screenshot({ path: "test-results/explore-narrow.png" });
    await narrow.close();
  });

  it("heads the claim list with the speaker's total, also past the API's row bound", async () => {
    const copies = apiLimits.maxNodeRows + 1;
    // Copies of one of Hawrami's claims, in the same document: more than the panel lists.
    await driver.executeQuery(
      `MATCH (s:Entity {name: 'Hemin Hawrami'})-[:MADE]->(c:Claim)-[:IN]->(d:Document)
       WITH s, c, d LIMIT 1
       UNWIND range(1, $copies) AS i
       CREATE (s)-[:MADE]->(x:Claim)-[:IN]->(d) SET x = c {.*, id: c.id + '_copy_' + i}`,
      { copies },
    );
    try {
      const { records } = await driver.executeQuery("MATCH (:Entity {name: 'Hemin Hawrami'})-[:MADE]->(c:Claim) RETURN count(c) AS n");
      const total = Number(records[0]!.get("n"));
      // The server notices a write by another process on its next graph-version check, at most one interval
      // after the last: an earlier test may have checked just now, and its cached answer for Hawrami is then served.
      await new Promise((r) => setTimeout(r, responseCacheDefaults.versionCheckMs + 200));
      await openViewer(page);
      await pick(page, "Hawrami", "Hemin Hawrami");
      const heading = page.getByTestId("claims-made-section").locator("h3");
      await expect.poll(() => heading.textContent()).toBe(`Claims made (${total}, ${apiLimits.maxNodeRows} listed)`);
      expect(await page.getByTestId("claims-made").getByTestId("claim").count()).toBe(apiLimits.maxNodeRows);
    } finally {
      await driver.executeQuery("MATCH (c:Claim) WHERE c.id CONTAINS '_copy_' DETACH DELETE c");
    }
  });

  it("runs ForceAtlas2 in its worker until stopped, and sizes nodes by PageRank, kept in the URL", async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openViewer(other);
    type Sigmaish = { getGraph(): { mapNodes<T>(f: (n: string, a: { x: number; y: number }) => T): T[] }; getNodeDisplayData(n: string): { size: number } | undefined };
    const positions = () => other.evaluate(() => (window as unknown as { kgViewer: { sigma: Sigmaish } }).kgViewer.sigma.getGraph().mapNodes((_n, a) => [a.x, a.y]));
    const sizes = (target: Page) =>
      target.evaluate(() => {
        const sigma = (window as unknown as { kgViewer: { sigma: Sigmaish } }).kgViewer.sigma;
        return sigma.getGraph().mapNodes((n) => Math.round((sigma.getNodeDisplayData(n)?.size ?? 0) * 1000) / 1000);
      });

    const before = await positions();
    const toggle = other.getByTestId("layout-toggle");
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await toggle.textContent()).toBe("Stop layout");
    await other.waitForTimeout(1000);
    await toggle.click();
    expect(await toggle.textContent()).toBe("Layout");
    const after = await positions();
    const moved = after.filter(([x, y], i) => Math.hypot(x! - before[i]![0]!, y! - before[i]![1]!) > 1e-6).length;
    expect(moved).toBeGreaterThan(before.length / 2);
    await other.waitForTimeout(500);
    expect(await positions()).toEqual(after);

    const byDegree = await sizes(other);
    await other.getByTestId("size-by").selectOption("pagerank");
    await expect.poll(() => other.url()).toMatch(/size=pagerank/);
    await expect.poll(async () => JSON.stringify(await sizes(other))).not.toBe(JSON.stringify(byDegree));
    const byPageRank = await sizes(other);
    // Sizes still span the range: the most central node is the largest, not every node the same.
    expect(Math.max(...byPageRank)).toBeGreaterThan(2 * Math.min(...byPageRank));
    await other.screenshot({ path: "test-results/explore-pagerank.png" });

    const shared = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await shared.goto(other.url());
    await shared.locator("body[data-graph-ready=true]").waitFor({ timeout: 60_000 });
    expect(await shared.getByTestId("size-by").inputValue()).toBe("pagerank");
    await expect.poll(async () => (await sizes(shared)).length).toBe(byPageRank.length);
    await shared.close();
    await other.close();
  });

  it("shows an entity named like markup as text and runs none of it", async () => {
    await driver.executeQuery(
      "CREATE (:Entity:Person {id: 'person_xss', name: $name, aliases: [$name], aliasText: $name, kind: null, mentionCount: 1})",
      { name: XSS_NAME },
    );
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openViewer(page);
    await pick(page, "onerror", XSS_NAME);
    expect(await page.getByTestId("node-name").textContent()).toBe(XSS_NAME);
    expect(await page.getByTestId("node-panel").locator("img").count()).toBe(0);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
  });
});
