// `kg eval relations`: typed relations against a gold file that lists every relation of its documents.
import type { Command } from "commander";
import { formatRelationScore, RelationsGoldSchema, scoreRelations } from "../../eval/relations.ts";
import { BadInputError } from "../../types/index.ts";
import { extractNamed } from "../extract-named.ts";
import { readValidatedJson } from "../read-json.ts";

export function registerEvalRelations(evaluate: Command): void {
  evaluate
    .command("relations")
    .description("typed relations (ROLE, AIDE_TO, family, MEMBER_OF, ...) against a gold file: P/R/F1 per type and every error")
    .argument("[paths...]", "the documents the gold file describes (matched by file name)", ["data/seeds"])
    .option("--gold <file>", "the gold file (its `documents` and `relations`)", "data/gold/seeds.json")
    .addHelpText(
      "after",
      `
A relation counts once per document, type and pair of entities. It is right when the gold lists, for
its document, the same type with a source and target that fold to a name or alias of its entities
(SPOUSE_OF, SIBLING_OF and ALLIED_WITH either way round). The gold must list every relation its
documents state, or precision means nothing; a gold relation marked "optional" is neither missed nor
false. Errors: missed relation (with the words that state it), false relation (with the words we read
it from, and the gold's type when the gold joins the same two entities otherwise).

data/gold/relations-fresh.json describes 216 news texts written for the purpose (data/gold/relations-fresh/),
its gold written before the texts were run through kg.

Examples:
  npx kg eval relations
  npx kg eval relations --gold data/gold/relations-fresh.json data/gold/relations-fresh`,
    )
    .action(async (paths: string[], o: { gold: string }) => {
      const gold = readValidatedJson(o.gold, RelationsGoldSchema, "gold file");
      const score = scoreRelations(gold, await extractNamed(paths));
      if (score.documents === 0) throw new BadInputError(paths.join(" "), `none of these documents is named in ${o.gold}`);
      process.stdout.write(`${score.documents} documents, gold ${o.gold}\n${formatRelationScore(score)}\n`);
    });
}
