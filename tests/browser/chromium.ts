// Debian's chromium driven by playwright-core (never a downloaded browser), headless, as root-safe.
import { execFileSync } from "node:child_process";
import { chromium, type Browser, type Page } from "playwright-core";

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim();
    } catch {
      /* try the next name */
    }
  }
  throw new Error("chromium is not installed: run 'apt-get install -y chromium' (npm test does this as root)");
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/**
 * Counts the distinct colours in a screenshot of an element, decoding the PNG in the browser itself
 * (a 2D canvas), so no image library is needed. A blank or one-colour canvas gives 1.
 */
export async function distinctColours(page: Page, png: Buffer): Promise<{ colours: number; nonBackground: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = Math.max(...counts.values());
    return { colours: counts.size, nonBackground: data.length / 4 - background };
  }, png.toString("base64"));
}
