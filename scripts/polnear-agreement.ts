// Agreement between PolNeAR's annotators, the ceiling of `kg eval claims`: on the articles that
// several annotators marked, each other annotator's attributions scored as predictions against the
// first file (the one the eval takes as gold), with the same measures. Usage:
//   npx tsx scripts/polnear-agreement.ts [--polnear ../shared/data/polnear/train]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatPolnearTable } from "../src/eval/claims-report.ts";
import { parseBratAttributions, scoreDocument, sumScores, type GoldSpan, type PredictedAttribution } from "../src/eval/polnear.ts";

const { values } = parseArgs({ options: { polnear: { type: "string", default: "../shared/data/polnear/train" } } });
const dir = values.polnear!;
const byArticle = new Map<string, string[]>();
for (const f of readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort()) {
  const name = /^(.*)_[^_]+\.ann$/.exec(f)![1]!;
  byArticle.set(name, [...(byArticle.get(name) ?? []), f]);
}
const span = (g: GoldSpan | undefined): { start: number; end: number } | undefined =>
  g ? { start: g.fragments[0]!.start, end: g.fragments[g.fragments.length - 1]!.end } : undefined;
const scores = [];
let articles = 0;
for (const [name, files] of byArticle) {
  if (files.length < 2) continue;
  articles++;
  const text = readFileSync(join(dir, "text", `${name}.txt`), "utf8");
  const gold = parseBratAttributions(readFileSync(join(dir, "attributions", files[0]!), "utf8"));
  for (const other of files.slice(1)) {
    const predicted: PredictedAttribution[] = parseBratAttributions(readFileSync(join(dir, "attributions", other), "utf8"))
      .filter((a) => a.content)
      .map((a) => ({ source: span(a.source), cue: span(a.cue), content: span(a.content)! }));
    scores.push(scoreDocument(name, text, gold, predicted));
  }
}
console.log(`${articles} articles with several annotators, ${scores.length} annotations against the first\n${formatPolnearTable(sumScores(scores))}`);
