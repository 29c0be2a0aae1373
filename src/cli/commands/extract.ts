import type { Command } from "commander";
import { listDocumentFiles } from "../../documents/index.ts";
import { displayPath, extractFile, ingestDefaults } from "../../pipeline/ingest.ts";
import { BadInputError } from "../../types/index.ts";
import { say } from "../output.ts";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("run extraction only (no database) and print one JSON object per document")
    .argument("<paths...>", "text files or folders")
    .option("--jsonl", "one JSON object per line (the default and only format for now)", true)
    .option("--entities-only", "recognition and resolution only: entities and their mentions, no claims or relations (about 2x faster)")
    .addHelpText(
      "after",
      `
Each line: {document: {id, path, date, title}, entities: [{id, type, name, aliases, kind, mentions:
[{start, end, text}]}], claims: [{id, speaker, speakerIsEntity, predicate, cue, text, quote, date,
about, evidence: {start, end}, cueSpan, speakerMention}], relations: [{type, source, target, label,
evidence}], messages: [...]}. Offsets are UTF-16 code-unit offsets into the file's text.

Examples:
  npx kg extract data/seeds/000_cef581ca98d7b430.txt --jsonl | head -c 2000
  npx kg extract ../shared/data/bbc --entities-only > entities.jsonl   # claims: [] and relations: [] on every line`,
    )
    .action(async (paths: string[], options: { entitiesOnly?: boolean }) => {
      let failures = 0;
      const files = await listDocumentFiles(paths, (e) => {
        failures++;
        say(`kg: ${e.file}: ${e.reason}`);
      });
      let written = 0;
      for (const file of files) {
        try {
          const { extraction, messages } = extractFile(file, ingestDefaults.maxBytes, { entitiesOnly: options.entitiesOnly === true });
          const { text: _text, bodyStart: _bodyStart, ...document } = extraction.document;
          process.stdout.write(JSON.stringify({ ...extraction, document, messages }) + "\n");
          written++;
        } catch (e) {
          failures++;
          say(`kg: ${displayPath(file)}: ${e instanceof BadInputError ? e.reason : (e as Error).message}`);
        }
      }
      if (written === 0 && failures > 0) process.exitCode = 1;
    });
}
