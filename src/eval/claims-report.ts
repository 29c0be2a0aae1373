// How `kg eval claims` prints its results: the P/R/F1 table and a sample of errors to read.
import { MEASURES, prf, type Miss, type PolnearResult } from "./polnear.ts";

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

/** One row per measure: gold, ours, matched, P, R, F1. */
export function formatPolnearTable(r: PolnearResult): string {
  const width = Math.max(...MEASURES.map((m) => m.length));
  const head = `${"measure".padEnd(width)} ${"gold".padStart(6)} ${"ours".padStart(6)} ${"match".padStart(6)} ${"P%".padStart(6)} ${"R%".padStart(6)} ${"F1%".padStart(6)}`;
  const rows = MEASURES.map((m) => {
    const c = r.counts[m];
    const s = prf(c);
    return `${m.padEnd(width)} ${String(c.gold).padStart(6)} ${String(c.predicted).padStart(6)} ${String(c.matched).padStart(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  });
  return [head, ...rows].join("\n");
}

/**
 * Up to `n` errors of each kind (missed and false, per span kind and for attributions), spread evenly
 * over the run so one long article does not fill the sample. Deterministic for a given result.
 */
export function formatMisses(misses: readonly Miss[], n: number): string {
  if (n <= 0) return "";
  const groups = new Map<string, Miss[]>();
  for (const m of misses) {
    const key = `${m.error} ${m.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: string[] = [];
  for (const [key, all] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`\n${key} (${all.length}):`);
    const step = Math.max(1, all.length / n);
    for (let i = 0; i < Math.min(n, all.length); i++) {
      const m = all[Math.floor(i * step)]!;
      const text = m.text.length > 160 ? `${m.text.slice(0, 157)}...` : m.text;
      out.push(`  ${m.document}: ${m.detail ? `[${m.detail}] ` : ""}${JSON.stringify(text)}`);
    }
  }
  return out.join("\n");
}
