// Aligned text tables for the bench output: first column left, the rest right-aligned.
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

export const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
export const thousands = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
/** Log-log slope between two sizes: 1 is linear growth, 0 flat. */
export const growthExponent = (y1: number, y2: number, n1: number, n2: number) => Math.log(y2 / y1) / Math.log(n2 / n1);
