import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { evaluateNer, formatNerTable, parseConll } from "../../eval/conll.ts";
import { compromisePredictor } from "../../eval/ner-baseline.ts";
import { predictDocumentTags } from "../../extract/ner/index.ts";
import { loadNerModelFile } from "../../extract/ner/load-file.ts";
import { BadInputError } from "../../types/index.ts";
import { say } from "../output.ts";

export function registerEvalNer(evaluate: Command): void {
  evaluate
    .command("ner")
    .description("entity-level exact-match P/R/F1 of our recogniser on a CoNLL-2003 file, beside the compromise baseline")
    .requiredOption("--conll <file>", "a CoNLL-2003 file (token POS chunk NER columns, IOB1 tags)")
    .option("--beam <n>", "beam width for decoding (1 = greedy, the default used by ingest)", (v) => Number(v), 1)
    .option("--no-baseline", "skip the compromise baseline")
    .addHelpText(
      "after",
      `
Overall F1 is over PER, ORG and LOC; MISC is printed on its own line and left out of the overall
figure (our types Person/Group/Place have no MISC). Only the token column is read: POS and chunk
columns are ignored, as raw text has none.

Example:
  npx kg eval ner --conll ../shared/data/conll2003/dev.txt`,
    )
    .action((o: { conll: string; beam: number; baseline: boolean }) => {
      let text: string;
      try {
        text = readFileSync(o.conll, "utf8");
      } catch (e) {
        throw new BadInputError(o.conll, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
      const gold = parseConll(text);
      if (gold.length === 0) throw new BadInputError(o.conll, "no sentences found: is it a CoNLL-2003 file?");
      const model = loadNerModelFile(undefined, { beam: o.beam });
      const started = performance.now();
      const ours = evaluateNer(gold, (doc) => predictDocumentTags(model, doc));
      say(`ours: ${gold.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const systems = [{ name: `ours (perceptron, beam ${o.beam})`, evaluation: ours }];
      if (o.baseline) systems.push({ name: "compromise (baseline)", evaluation: evaluateNer(gold, compromisePredictor()) });
      process.stdout.write(formatNerTable(systems) + "\n");
    });
}
