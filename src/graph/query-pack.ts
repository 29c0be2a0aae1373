// The query pack: the named questions in cypher/queries/*.cypher, run read-only through runRead.
// Only files in that folder can run: a name is a plain lower-case word, never a path.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { BadInputError, NotFoundError } from "../types/index.ts";
import { runRead, type ReadOptions, type ReadResult } from "./connection.ts";
import { bindQueryParams, parseQueryFile, type QueryDefinition } from "./query-file.ts";

export const QUERY_DIR = fileURLToPath(new URL("../../cypher/queries/", import.meta.url));

/** What a query name may look like: no dots or slashes, so it can only name a file in QUERY_DIR. */
const QUERY_NAME = /^[a-z][a-z0-9-]{0,63}$/;

export function queryNames(dir = QUERY_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => f.slice(0, -".cypher".length))
    .filter((n) => QUERY_NAME.test(n))
    .sort();
}

export function loadQuery(name: string, dir = QUERY_DIR): QueryDefinition {
  if (!QUERY_NAME.test(name)) {
    throw new BadInputError(name, "is not a query name: names are lower-case words with dashes, such as 'claims' (see 'kg query --list'); files outside cypher/queries cannot run");
  }
  const known = queryNames(dir);
  if (!known.includes(name)) throw new NotFoundError(`no query '${name}' in cypher/queries; there are: ${known.join(", ")}`);
  return parseQueryFile(name, readFileSync(join(dir, `${name}.cypher`), "utf8"));
}

export function listQueries(dir = QUERY_DIR): QueryDefinition[] {
  return queryNames(dir).map((n) => loadQuery(n, dir));
}

export interface QueryRun extends ReadResult {
  query: QueryDefinition;
  params: Record<string, unknown>;
}

/** Runs a pack query with its header's defaults under the given values, in a read-only transaction. */
export async function runQuery(driver: Driver, name: string, given: Record<string, unknown> = {}, options: Partial<ReadOptions> = {}): Promise<QueryRun> {
  const query = loadQuery(name);
  const params = bindQueryParams(query, given);
  return { ...(await runRead(driver, query.cypher, params, options)), query, params };
}
