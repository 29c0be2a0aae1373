// `kg eval seeds`: entity extraction on the seed articles against the hand-made gold file.
import type { Command } from "commander";
import { evaluateSeeds, formatSeedErrors, formatSeedTable, SeedsGoldSchema, type ExtractedDocument } from "../../eval/seeds.ts";
import { BadInputError } from "../../types/index.ts";
import { extractNamed } from "../extract-named.ts";
import { readValidatedJson } from "../read-json.ts";

function readGold(path: string) {
  return readValidatedJson(path, SeedsGoldSchema, "gold file");
}

export function registerEvalSeeds(evaluate: Command): void {
  evaluate
    .command("seeds")
    .description("entities found in the seed articles against data/gold/seeds.json: P/R/F1 per type and every error")
    .argument("[paths...]", "the documents the gold file describes (matched by file name)", ["data/seeds"])
    .option("--gold <file>", "the gold file", "data/gold/seeds.json")
    .addHelpText(
      "after",
      `
An extracted entity is right when its type matches and its name or an alias folds to a gold name or
alias. Errors: false entity (nothing in the gold), missed entity, wrong merge (one id for two gold
entities), missed merge (one gold entity over several ids, in a document or across documents).

Example:
  npx kg eval seeds
  npx kg eval seeds --gold data/gold/seeds.json data/seeds`,
    )
    .action(async (paths: string[], o: { gold: string }) => {
      const gold = readGold(o.gold);
      const extracted: ExtractedDocument[] = (await extractNamed(paths)).map(({ document, extraction }) => ({ document, entities: extraction.entities }));
      if (extracted.length === 0) throw new BadInputError(paths.join(" "), "no documents found");
      const result = evaluateSeeds(gold, extracted);
      process.stdout.write(`${extracted.length} documents, gold ${o.gold}\n${formatSeedTable(result)}\n\n${formatSeedErrors(result.errors)}\n`);
    });
}
