// Bench corpora of any size, replicated from the BBC articles: copy r of a file is its text plus a
// last line "[replica r]" (copy 0 is the file itself), so every copy has its own content hash and
// document id while extraction finds the same things. Generated under .kg/bench/ and reused.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const REPLICA_RULE = 'copy r of each BBC file = its bytes + "\\n[replica r]\\n" (copy 0 unchanged), files taken in order until the size is reached';

export interface Corpus {
  dir: string;
  files: number;
  bytes: number;
}

/** Sizes like "10k", "100k", "5000"; "2k" and "bbc" mean the BBC corpus itself (2,224 articles, `bbcCount`). */
export function parseSize(s: string, bbcCount: number): number {
  if (/^(2k|bbc)$/i.test(s.trim())) return bbcCount;
  const m = /^(\d+(?:\.\d+)?)(k?)$/i.exec(s.trim());
  if (!m) throw new Error(`bench: size '${s}' is not a number like 2k, 10k or 2224`);
  return Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
}

export function sourceFiles(sourceDir: string): string[] {
  return readdirSync(sourceDir).filter((f) => f.endsWith(".txt")).sort();
}

/** "2k" is the BBC corpus itself (its 2,224 articles); larger sizes are replicated. */
export function ensureCorpus(sourceDir: string, size: number, root: string): Corpus {
  const names = sourceFiles(sourceDir);
  const dir = join(root, `corpus-${size}`);
  const marker = join(dir, "COMPLETE");
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    let written = 0;
    for (let r = 0; written < size; r++) {
      const replicaDir = join(dir, `r${String(r).padStart(3, "0")}`);
      mkdirSync(replicaDir, { recursive: true });
      for (const name of names) {
        if (written >= size) break;
        const bytes = readFileSync(join(sourceDir, name));
        writeFileSync(join(replicaDir, name), r === 0 ? bytes : Buffer.concat([bytes, Buffer.from(`\n[replica ${r}]\n`)]));
        written++;
      }
    }
    writeFileSync(marker, `${written}\n`);
  }
  let files = 0;
  let bytes = 0;
  for (const sub of readdirSync(dir).filter((d) => d.startsWith("r"))) {
    for (const f of readdirSync(join(dir, sub))) {
      files++;
      bytes += statSync(join(dir, sub, f)).size;
    }
  }
  return { dir, files, bytes };
}
