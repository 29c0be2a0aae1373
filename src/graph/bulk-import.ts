// The bulk path for a first load: the rows batchParameters makes for the online writer (write.ts)
// are written as CSV for `neo4j-admin database import full` instead of sent as Cypher, so the two
// paths cannot drift. Edges follow the online writer's rules (MERGE semantics, edges only to
// entities that exist once the batch's own entities are written). Entity names, aliases, kinds and
// counts are folded from the mention rows as they pass (entity-from-mentions.ts, the Node copy of the
// Cypher the online path runs), and the entity rows are written last, once every mention is in.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { KgError, type DocumentExtraction } from "../types/index.ts";
import { ARRAY_DELIMITER, CsvTable, type ColumnType } from "./bulk-csv.ts";
import { explainDriverError } from "./connection.ts";
import { deriveEntity, emptyTally, serializeTally, tallyMention, type MentionTally } from "./entity-from-mentions.ts";
import { SCHEMA_VERSION } from "./migrations.ts";
import { applySchema } from "./schema.ts";
import { batchParameters } from "./write.ts";
import { foldClaimRows } from "./write-rows.ts";

type Rows = ReturnType<typeof batchParameters>;
/** Drops fields from a row (they become key columns or are not stored). */
function without<T extends Record<string, unknown>>(row: T, ...keys: (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const k of keys) delete out[k as string];
  return out;
}

const TABLES = {
  documents: { kind: "nodes", label: "Document", keys: ["id:ID(Document)"] },
  entities: { kind: "nodes", label: null, keys: ["id:ID(Entity)", ":LABEL"] },
  claims: { kind: "nodes", label: "Claim", keys: ["id:ID(Claim)"] },
  mentionedIn: { kind: "relationships", label: "MENTIONED_IN", keys: [":START_ID(Entity)", ":END_ID(Document)"] },
  in: { kind: "relationships", label: "IN", keys: [":START_ID(Claim)", ":END_ID(Document)"] },
  made: { kind: "relationships", label: "MADE", keys: [":START_ID(Entity)", ":END_ID(Claim)"] },
  about: { kind: "relationships", label: "ABOUT", keys: [":START_ID(Claim)", ":END_ID(Entity)"] },
  targets: { kind: "relationships", label: "TARGETS", keys: [":START_ID(Claim)", ":END_ID(Entity)"] },
  relations: { kind: "relationships", label: null, keys: [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"] },
} as const;
type TableName = keyof typeof TABLES;

/** Writes extraction batches as neo4j-admin CSV files; batches must come in the order an online ingest would write them. */
export class BulkCsvWriter {
  private readonly tables: Record<TableName, CsvTable>;
  // Online, an edge to an entity is made only if the entity exists by then. Per entity, its first
  // row's label and name and the tally of its mentions; with the document ids, the only whole-run state.
  private readonly entities = new Map<string, { label: string; name: string; tally: MentionTally }>();
  private readonly documents = new Set<string>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    // Counts are integers online (size() and sum() in Cypher); a JavaScript number would be typed double.
    // Array columns are declared: never null, so a value missing after the import is an empty array.
    const fixedTypes: Partial<Record<TableName, Record<string, ColumnType>>> = {
      mentionedIn: { count: "long", starts: "double[]", ends: "double[]", aliases: "string[]" },
      entities: { mentionCount: "long", aliases: "string[]" },
    };
    this.tables = Object.fromEntries(
      Object.entries(TABLES).map(([name, t]) => [
        name,
        new CsvTable(join(dir, `${name}.csv`), join(dir, `${name}.header.csv`), [...t.keys], fixedTypes[name as TableName]),
      ]),
    ) as Record<TableName, CsvTable>;
  }

  add(batch: DocumentExtraction[]): void {
    if (batch.length === 0) return;
    const p: Rows = batchParameters(batch);
    const t = this.tables;
    const dates = new Map(p.docs.map((d) => [d.id, d.date]));
    for (const doc of p.docs) {
      if (this.documents.has(doc.id)) throw new KgError(`bulk import: document ${doc.id} (${doc.path}) appears twice; keep one file per content`);
      this.documents.add(doc.id);
      t.documents.add([doc.id], without(doc, "id"));
    }
    // MERGE (e)-[m:MENTIONED_IN]->(d) then SET: one edge per entity and document, the last row wins.
    const mentions = new Map(p.entities.map((row) => [`${row.id}|${row.documentId}`, row]));
    for (const row of mentions.values()) {
      let entity = this.entities.get(row.id);
      if (!entity) {
        entity = { label: `Entity${ARRAY_DELIMITER}${row.type}`, name: row.name, tally: emptyTally() };
        this.entities.set(row.id, entity);
      }
      const mention = { ...without(row, "id", "type", "documentId"), count: row.starts.length };
      tallyMention(entity.tally, { ...row, count: mention.count });
      t.mentionedIn.add([row.id, row.documentId], mention);
    }
    // MERGE (c:Claim {id}) then SET: the last row's properties; MADE, TARGETS and ABOUT edges of every row, once each.
    const claims = foldClaimRows(p.claims);
    for (const { row, speakers, targets, about } of claims.values()) {
      t.claims.add([row.id], { ...without(row, "id", "documentId", "speakerId", "targetId", "about"), documentDate: dates.get(row.documentId) ?? null });
      t.in.add([row.id, row.documentId], {});
      for (const s of speakers) if (this.entities.has(s)) t.made.add([s, row.id], {});
      for (const x of targets) if (this.entities.has(x)) t.targets.add([row.id, x], {});
      for (const a of about) if (this.entities.has(a)) t.about.add([row.id, a], {});
    }
    // MERGE (a)-[r:TYPE {document, start, end}]->(b) SET r.label: one edge per type, ends and span.
    const relations = new Map(p.relations.map((r) => [`${r.type}|${r.source}|${r.target}|${r.documentId}|${r.start}|${r.end}`, r]));
    for (const r of relations.values()) {
      if (!this.entities.has(r.source) || !this.entities.has(r.target)) continue;
      t.relations.add([r.source, r.target, r.type], { document: r.documentId, ...without(r, "type", "source", "target", "documentId") });
    }
  }

  /**
   * Cypher that gives back the empty arrays the importer dropped (CsvTable.emptyArrays); run after
   * the import. An array column is never null, so a missing value is an empty one: no marker to write and remove.
   */
  emptyArrayFixes(): string[] {
    const fixes: string[] = [];
    for (const [name, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
      const columns = [...this.tables[name].emptyArrays];
      if (columns.length === 0) continue;
      for (const c of columns) if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(c)) throw new KgError(`bulk import: property name '${c}' cannot be written`);
      const match =
        spec.kind === "nodes" ? `MATCH (x:${spec.label ?? "Entity"})` : spec.label ? `MATCH ()-[x:${spec.label}]->()` : "MATCH (:Entity)-[x]->(:Entity)";
      const missing = columns.map((c) => `x.${c} IS NULL`).join(" OR ");
      const sets = columns.map((c) => `x.${c} = coalesce(x.${c}, [])`).join(", ");
      fixes.push(`${match} WHERE ${missing} CALL (x) { SET ${sets} } IN TRANSACTIONS OF 10000 ROWS`);
    }
    return fixes;
  }

  /** Writes the entity rows, closes the files; returns the arguments for `neo4j-admin database import full`. */
  finish(): string[] {
    for (const [id, { label, name, tally }] of this.entities) this.tables.entities.add([id, label], { ...deriveEntity(tally, name), tally: serializeTally(tally) });
    const args: string[] = [];
    let multiline = false;
    for (const [name, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
      const table = this.tables[name];
      table.close();
      if (table.rows === 0) continue;
      args.push(`--${spec.kind}=${spec.label ? `${spec.label}=` : ""}${table.headerPath},${table.dataPath}`);
      multiline ||= table.multiline;
    }
    args.push("--id-type=string", `--array-delimiter=U+001F`, "--delimiter=,", "--quote=\"", "--overwrite-destination=true");
    // The v2 multi-line reader (a list of files) fails on CR inside quoted text in 5.26 ("found CR outside a text cell"); v1 reads it.
    if (multiline) args.push("--multiline-fields=true");
    return args;
  }

  get counts() {
    const n = (names: TableName[]) => names.reduce((sum, name) => sum + this.tables[name].rows, 0);
    return { nodes: n(["documents", "entities", "claims"]), relationships: n(["mentionedIn", "in", "made", "about", "relations"]) };
  }
}

/**
 * After the import: puts back the empty arrays (emptyArrayFixes), records the schema version (so applySchema sees a current graph, not an
 * unversioned one to migrate), and applies constraints and indexes. The entities were derived from
 * their mentions when the CSV files were written.
 */
export async function finishImportedGraph(driver: Driver, fixes: string[], log: (line: string) => void = () => {}): Promise<{ emptyArrays: number; schema: number }> {
  const t0 = performance.now();
  const session = driver.session();
  try {
    // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    for (const fix of fixes) await session.run(fix);
    await session.run("MERGE (v:SchemaVersion {id: 'kg'}) SET v.version = $version", { version: SCHEMA_VERSION });
  } catch (e) {
    throw explainDriverError(e, "the local server");
  } finally {
    await session.close();
  }
  const t1 = performance.now();
  // Every index of a large import is populated here, at once: far longer than an online ingest's wait.
  await applySchema(driver, log, { indexWaitSeconds: 3600 });
  return { emptyArrays: (t1 - t0) / 1000, schema: (performance.now() - t1) / 1000 };
}
