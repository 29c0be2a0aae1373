// The `kg` command line: one subcommand per job, each with --help that teaches by example.
import { Command } from "commander";
import { registerCypher } from "./commands/cypher.ts";
import { registerEval } from "./commands/eval.ts";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerImport } from "./commands/import.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerNeo4j } from "./commands/neo4j.ts";
import { registerQuery } from "./commands/query.ts";
import { registerServe } from "./commands/serve.ts";
import { registerStart } from "./commands/start.ts";
import { exitCodeFor, reportError } from "./output.ts";

const program = new Command("kg")
  .description("News knowledge-graph builder: documents in, a Neo4j graph of people, groups, places and claims out")
  .showHelpAfterError()
  .addHelpText(
    "after",
    `
Environment:
  NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD  use this Neo4j (unset: the local one in .kg/neo4j is started)
  PORT, HOST                             where the viewer listens (default 127.0.0.1:5173)

Start here:
  npx kg start                 ingest data/seeds and open the viewer
  npx kg ingest my-articles/   add documents
  npx kg cypher "MATCH (p:Person) RETURN p.name"`,
  );

// A reader that stops early (`kg extract ... | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(0);
});

registerStart(program);
registerIngest(program);
registerImport(program);
registerExtract(program);
registerCypher(program);
registerQuery(program);
registerExport(program);
registerEval(program);
registerServe(program);
registerNeo4j(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  reportError(e);
  process.exitCode = exitCodeFor(e);
}
