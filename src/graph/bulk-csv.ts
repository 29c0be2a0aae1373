// One CSV table for `neo4j-admin database import`: key columns given by the caller (ids, labels,
// type), property columns taken from the rows themselves and typed from their values, so a field
// added to the write rows is carried without touching this file. Rows stream to a data file; the
// header goes to its own file at the end, once every value's type has been seen.
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { KgError } from "../types/index.ts";

/** Separates array elements (and labels); a control character no text property carries. */
export const ARRAY_DELIMITER = "\u001f";

export type ColumnType = "string" | "double" | "long" | "boolean" | "string[]" | "double[]" | "long[]" | "boolean[]";

/** A number is stored as the driver sends it (a JavaScript number is a Cypher Float); `long` only when asked for. */
function typeOf(value: unknown): ColumnType | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) {
    const element = value.map(typeOf).find((t) => t !== null);
    return element ? (`${element}[]` as ColumnType) : null;
  }
  throw new KgError(`bulk import: cannot store a ${typeof value} property`);
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function cell(value: unknown, column: string): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    const parts = value.map(String);
    if (parts.some((p) => p.includes(ARRAY_DELIMITER))) throw new KgError(`bulk import: a value of '${column}' contains the array delimiter U+001F`);
    return quote(parts.join(ARRAY_DELIMITER));
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new KgError(`bulk import: '${column}' is not a finite number (${value})`);
  return typeof value === "string" ? quote(value) : String(value);
}

export class CsvTable {
  private readonly fd: number;
  private columns: string[] | null = null;
  private readonly types = new Map<string, ColumnType>();
  /**
   * Array properties that were empty in some row. neo4j-admin stores an empty array as no property
   * at all, where the online writer stores []: an array column is declared (fixedTypes) and never
   * null, so after the import its missing values are exactly the empty ones (BulkCsvWriter.emptyArrayFixes).
   */
  readonly emptyArrays = new Set<string>();
  private buffer: string[] = [];
  rows = 0;
  /** True once a value spans lines (the importer must then parse this file as multi-line). */
  multiline = false;

  /**
   * @param keyHeader header cells of the key columns, e.g. ["id:ID(Document)"] or [":START_ID(Entity)", ":END_ID(Document)"]
   * @param fixedTypes property types that the values cannot tell (counts computed by Cypher are integers), and every array property
   */
  constructor(
    readonly dataPath: string,
    readonly headerPath: string,
    private readonly keyHeader: string[],
    private readonly fixedTypes: Record<string, ColumnType> = {},
  ) {
    this.fd = openSync(dataPath, "w");
  }

  /** keys: raw key cells (ids, labels joined by ARRAY_DELIMITER, type); props: the properties, null for none. */
  add(keys: string[], props: Record<string, unknown>): void {
    this.columns ??= Object.keys(props);
    if (Object.keys(props).length !== this.columns.length || Object.keys(props).some((k) => !this.columns!.includes(k))) {
      throw new KgError(`bulk import: rows of ${this.headerPath} differ in their fields (${Object.keys(props).join(", ")})`);
    }
    const cells = keys.map((k) => quote(k));
    for (const column of this.columns) {
      const value = props[column];
      const fixed = this.fixedTypes[column];
      const type = fixed ?? typeOf(value);
      const known = this.types.get(column);
      if (type && known && type !== known) throw new KgError(`bulk import: '${column}' holds both ${known} and ${type} values`);
      if (type && !known) this.types.set(column, type);
      const arrayColumn = fixed?.endsWith("[]") ?? false;
      if (arrayColumn !== Array.isArray(value)) {
        throw new KgError(`bulk import: '${column}' of ${this.headerPath} must be ${arrayColumn ? "an array in every row" : "declared an array column (fixedTypes)"}`);
      }
      if (Array.isArray(value) && value.length === 0) this.emptyArrays.add(column);
      if (typeof value === "string" && /[\r\n]/.test(value)) this.multiline = true;
      cells.push(cell(value, column));
    }
    this.buffer.push(cells.join(","));
    this.rows++;
    if (this.buffer.length >= 1_000) this.flush();
  }

  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join("\n") + "\n");
    this.buffer = [];
  }

  /** Writes the header (properties whose values were all null are typed string). */
  close(): void {
    this.flush();
    closeSync(this.fd);
    const props = (this.columns ?? []).map((c) => `${c}:${this.types.get(c) ?? "string"}`);
    writeFileSync(this.headerPath, [...this.keyHeader, ...props].join(",") + "\n");
  }
}
