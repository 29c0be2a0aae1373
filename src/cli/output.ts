// How the CLI talks to people: errors that name the problem, progress on stderr, tables on stdout.
import { BadInputError, DatabaseUnavailableError, KgError, ReadOnlyViolationError } from "../types/index.ts";

export const say = (line: string) => process.stderr.write(line + "\n");

/** Exit codes: 1 bad input or refused query, 2 usage, 3 database unavailable, 70 internal. */
export function exitCodeFor(e: unknown): number {
  if (e instanceof DatabaseUnavailableError) return 3;
  if (e instanceof BadInputError || e instanceof ReadOnlyViolationError) return 1;
  if (e instanceof KgError) return 1;
  return 70;
}

export function reportError(e: unknown): void {
  if (e instanceof KgError) say(`kg: ${e.message}`);
  else say(`kg: internal error: ${(e as Error)?.stack ?? String(e)}`);
}

/** A progress line that rewrites itself on a terminal and prints every `every` items elsewhere. */
export function progressReporter(label: string, every = 500) {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  return ({ done, total }: { done: number; total: number }) => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? (done / secs).toFixed(1) : "-";
    const line = `${label} ${done}/${total} (${rate}/s)`;
    if (tty) process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
    else if (done % every === 0 || done === total) say(line);
  };
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Prints rows as an aligned text table (long cells cut to keep it readable). */
export function printTable(keys: string[], rows: Record<string, unknown>[]): void {
  const cells = rows.map((r) => keys.map((k) => cell(r[k]).replace(/\s+/g, " ").slice(0, 80)));
  const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join(" | ").trimEnd();
  process.stdout.write(line(keys) + "\n" + widths.map((w) => "-".repeat(w)).join("-+-") + "\n");
  for (const c of cells) process.stdout.write(line(c) + "\n");
}
