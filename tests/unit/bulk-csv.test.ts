// neo4j-admin drops an empty array, so array columns are declared: never null, empties recorded to be
// put back after the import (tests/integration/scale.test.ts checks the graph as a whole).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CsvTable } from "../../src/graph/bulk-csv.ts";

let dir: string;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function table(fixedTypes = {}) {
  dir = mkdtempSync(join(tmpdir(), "kg-csv-"));
  dirs.push(dir);
  return new CsvTable(join(dir, "t.csv"), join(dir, "t.header.csv"), ["id:ID(T)"], fixedTypes);
}

describe("CsvTable", () => {
  it("writes declared array columns, records which were empty, and types the header", () => {
    const t = table({ aliases: "string[]", count: "long" });
    t.add(["a"], { aliases: ["x", "y"], count: 2, name: "A" });
    t.add(["b"], { aliases: [], count: 1, name: null });
    t.close();
    expect([...t.emptyArrays]).toEqual(["aliases"]);
    expect(readFileSync(join(dir, "t.header.csv"), "utf8")).toBe("id:ID(T),aliases:string[],count:long,name:string\n");
    expect(readFileSync(join(dir, "t.csv"), "utf8")).toBe(`"a","x\u001fy",2,"A"\n"b","",1,\n`);
  });

  it("refuses an array in an undeclared column, and null in a declared one (it would come back as [])", () => {
    expect(() => table().add(["a"], { aliases: [] })).toThrow(/declared an array column/);
    expect(() => table({ aliases: "string[]" }).add(["a"], { aliases: null })).toThrow(/an array in every row/);
  });
});
