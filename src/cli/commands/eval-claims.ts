// `kg eval claims --polnear <dir>`: our claims against the PolNeAR attribution corpus (brat standoff).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { parseDocument } from "../../documents/index.ts";
import { formatMisses, formatPolnearTable } from "../../eval/claims-report.ts";
import { parseBratAttributions, predictedFromClaims, scoreDocument, sumScores, type DocumentScore } from "../../eval/polnear.ts";
import { formatSeedClaimScore, scoreSeedClaims, SeedClaimsGoldSchema } from "../../eval/seed-claims.ts";
import { extractDocument } from "../../pipeline/extract-document.ts";
import { BadInputError } from "../../types/index.ts";
import { extractNamed } from "../extract-named.ts";
import { progressReporter, say } from "../output.ts";
import { readValidatedJson } from "../read-json.ts";

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    throw new BadInputError(dir, `cannot read the folder (${(e as NodeJS.ErrnoException).code ?? String(e)}); expected a PolNeAR split with text/ and attributions/`);
  }
}

/** Article name → its annotation file: the first by name when several annotators annotated it. */
export function firstAnnotationPerArticle(annFiles: readonly string[]): Map<string, string> {
  const byArticle = new Map<string, string>();
  for (const f of [...annFiles].sort()) {
    const m = /^(.*)_[^_]+\.ann$/.exec(f);
    if (m && !byArticle.has(m[1]!)) byArticle.set(m[1]!, f);
  }
  return byArticle;
}

export function registerEvalClaims(evaluate: Command): void {
  evaluate
    .command("claims")
    .description("claims (source, cue, content spans and whole attributions) against a PolNeAR split: P/R/F1")
    .option("--polnear <dir>", "a PolNeAR split folder holding text/NAME.txt and attributions/NAME_XXXX.ann")
    .option("--seeds", "instead, the seed articles (data/seeds) against the claims and relations of the gold file")
    .option("--gold <file>", "the gold file for --seeds", "data/gold/seeds.json")
    .option("--limit <n>", "only the first N articles (by name)", (v) => Number(v))
    .option("--errors <n>", "print up to N sample errors of each kind", (v) => Number(v), 0)
    .addHelpText(
      "after",
      `
Ours: a claim's speakerMention is its source span (a claim without one cannot match a source),
cueSpan its cue, evidence its content. Exact means the same start and end (a discontinuous gold span
is taken from its first to its last fragment); overlap means at least one shared character. Matching
is one-to-one, best overlap first. An attribution matches when source and content both overlap;
the cue+content row is the same with the cue. Articles annotated by several annotators are scored
against the first annotation file by name.

With --seeds: each gold claim (speaker, predicate, start of its quote or content, date) and relation
(type, source, target) of data/gold/seeds.json is looked for in the extraction of data/seeds.

Examples:
  npx kg eval claims --polnear ../shared/data/polnear/dev --errors 5
  npx kg eval claims --seeds`,
    )
    .action(async (o: { polnear?: string; seeds?: boolean; gold: string; limit?: number; errors: number }) => {
      if (o.seeds) return evalSeedClaims(o.gold);
      if (!o.polnear) throw new BadInputError("--polnear", "give a PolNeAR split folder (--polnear <dir>) or --seeds");
      await evalPolnear(o.polnear, o.limit, o.errors);
    });
}

async function evalSeedClaims(goldPath: string): Promise<void> {
  const gold = readValidatedJson(goldPath, SeedClaimsGoldSchema, "gold file");
  const extractions = await extractNamed(["data/seeds"]);
  process.stdout.write(`${extractions.length} documents, gold ${goldPath}\n${formatSeedClaimScore(scoreSeedClaims(gold, extractions))}\n`);
}

async function evalPolnear(dir: string, limit: number | undefined, errors: number): Promise<void> {
  const annotations = firstAnnotationPerArticle(listDir(join(dir, "attributions")).filter((f) => f.endsWith(".ann")));
  let articles = [...annotations.keys()];
  if (limit !== undefined && limit >= 0) articles = articles.slice(0, limit);
  if (articles.length === 0) throw new BadInputError(dir, "no .ann files in attributions/");
  const progress = progressReporter("kg: articles", 20);
  const scores: DocumentScore[] = [];
  for (const name of articles) {
    const textPath = join(dir, "text", `${name}.txt`);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(textPath);
    } catch (e) {
      say(`kg: ${textPath}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)}); article skipped`);
      continue;
    }
    const { document } = parseDocument(textPath, bytes);
    const gold = parseBratAttributions(readFileSync(join(dir, "attributions", annotations.get(name)!), "utf8"));
    const extraction = extractDocument(document);
    scores.push(scoreDocument(name, document.text, gold, predictedFromClaims(extraction.claims)));
    progress({ done: scores.length, total: articles.length });
  }
  const result = sumScores(scores);
  process.stdout.write(`${result.documents} articles (first annotation file per article), ${dir}\n${formatPolnearTable(result)}\n`);
  if (errors > 0) process.stdout.write(formatMisses(result.misses, errors) + "\n");
}
