// The file-system edge of the documents stage: expands paths and reads files one at a time.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { BadInputError } from "../types/index.ts";

const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;

/**
 * Expands files and folders (recursively) into a sorted list of text files. Missing paths are
 * reported through `onError`, not thrown, so one bad argument does not stop the others.
 */
export async function listDocumentFiles(paths: string[], onError: (e: BadInputError) => void): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      onError(new BadInputError(p, "no such file or folder"));
      continue;
    }
    if (info.isDirectory()) {
      out.push(...(await walk(abs)));
    } else {
      out.push(abs);
    }
  }
  return [...new Set(out)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full)));
    else if (e.isFile() && TEXT_EXTENSIONS.test(e.name)) files.push(full);
  }
  return files;
}

/**
 * Reads a file's bytes; a file above `maxBytes` is refused before it is read into memory.
 * Synchronous on purpose: extraction runs on worker threads kept busy, and each await of an fs
 * promise there waits for the thread's next turn of its event loop, one extraction per hop
 * (stat, open, read, close): measured, the pool extracted at about half its speed.
 */
export function readDocumentBytes(path: string, maxBytes = Infinity): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw new BadInputError(path, `file is ${size} bytes, above the limit of ${maxBytes} (--max-bytes)`);
    return readFileSync(fd);
  } catch (e) {
    if (e instanceof BadInputError) throw e;
    throw new BadInputError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
