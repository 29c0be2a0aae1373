// `npm test`: provisions what the tests need (Debian's chromium, the Neo4j launcher), runs vitest
// (unit, integration on real Neo4j, browser in real Chromium) and ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { ensureLauncherBuilt } from "../src/graph/index.ts";

function have(cmd: string): boolean {
  return spawnSync("which", [cmd], { stdio: "ignore" }).status === 0;
}

function ensureChromium(): void {
  if (process.env.CHROMIUM_PATH || have("chromium") || have("chromium-browser")) return;
  if (process.getuid?.() !== 0) {
    console.error("npm test: the browser tests need Debian's chromium: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)");
    process.exit(1);
  }
  console.error("npm test: installing Debian's chromium for the browser tests (apt-get)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const r = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error("npm test: 'apt-get install -y chromium' failed; install it by hand or set CHROMIUM_PATH");
    process.exit(1);
  }
}

ensureChromium();
ensureLauncherBuilt((line) => console.error(line));

const report = "test-results/vitest.json";
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync("npx", args, { stdio: "inherit" });

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""}`);
}
process.exit(run.status ?? 1);
