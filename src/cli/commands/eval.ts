// `kg eval ...`: extraction quality measured against gold annotations, printed as P/R/F1 tables.
// Each evaluation lives in its own module; this file only groups them under one command.
import type { Command } from "commander";
import { registerEvalClaims } from "./eval-claims.ts";
import { registerEvalNer } from "./eval-ner.ts";
import { registerEvalRelations } from "./eval-relations.ts";
import { registerEvalSeeds } from "./eval-seeds.ts";

export function registerEval(program: Command): void {
  const evaluate = program
    .command("eval")
    .description("measure extraction quality against gold annotations (precision, recall, F1)");
  registerEvalNer(evaluate);
  registerEvalSeeds(evaluate);
  registerEvalClaims(evaluate);
  registerEvalRelations(evaluate);
}
