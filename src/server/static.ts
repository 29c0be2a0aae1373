// Serves the built viewer from one folder: known content types, no path outside the folder, index.html for "/".
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

// The viewer loads only its own scripts and styles and talks only to this server; a name that slips into
// the page as markup still cannot run script.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export async function serveStatic(request: IncomingMessage, response: ServerResponse, url: URL, staticDir: string): Promise<void> {
  const root = path.resolve(staticDir);
  const file = resolveInside(root, url.pathname);
  if (!file) return sendText(request, response, 400, "bad path");
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    const hint = url.pathname === "/" ? ": the viewer is not built; run 'npm run build:viewer'" : "";
    return sendText(request, response, 404, `not found${hint}`);
  }
  const extension = path.extname(file).toLowerCase();
  response.writeHead(200, {
    "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
    "Content-Length": info.size,
    // Vite puts a content hash in every asset name, so assets never change; index.html must be re-read.
    "Cache-Control": file.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
    "X-Content-Type-Options": "nosniff",
    ...(extension === ".html" ? { "Content-Security-Policy": CONTENT_SECURITY_POLICY } : {}),
  });
  if (request.method === "HEAD") return void response.end();
  const stream = createReadStream(file);
  stream.on("error", () => response.destroy());
  stream.pipe(response);
}

/** The file a URL path names under root, or undefined when it is malformed or would leave root. */
export function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const relative = decoded.endsWith("/") ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

function sendText(request: IncomingMessage, response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text), "X-Content-Type-Options": "nosniff" });
  response.end(request.method === "HEAD" ? undefined : text);
}
