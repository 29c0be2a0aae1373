// Builds the viewer into dist/viewer, which the server (src/server/static.ts) serves.
// `KG_API_URL=http://127.0.0.1:4173 npx vite --config src/viewer/vite.config.ts` runs it live against a running server.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../../dist/viewer", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { "/api": process.env.KG_API_URL ?? "http://127.0.0.1:4173" },
  },
});
