// Bytes → DocumentRecord. Pure: the caller reads the file; this decides whether it is usable text.
import { createHash } from "node:crypto";
import { BadInputError, type DocumentMessage, type DocumentRecord } from "../types/index.ts";

export interface ParseOptions {
  /** Files above this many bytes are refused (a whole book is not a news article). */
  maxBytes: number;
}
export const defaults: ParseOptions = { maxBytes: 5 * 1024 * 1024 };

const DATE_HEADER = /^\uFEFF?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*/;

export interface ParsedDocument {
  document: DocumentRecord;
  messages: DocumentMessage[];
}

/** Content hash of the bytes: a renamed file is the same document. */
export function documentIdOf(bytes: Uint8Array): string {
  return "doc_" + createHash("sha256").update(bytes).digest("hex").slice(0, 20);
}

function isValidDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The first line of the body, cut to a readable length, serves as the title. */
function titleOf(text: string, bodyStart: number): string {
  const body = text.slice(bodyStart).trimStart();
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sentence = firstLine.length > 120 ? firstLine.slice(0, 117).replace(/\s+\S*$/, "") + "…" : firstLine;
  return sentence.trim();
}

/**
 * Decodes and checks one file's bytes. Throws BadInputError when the file cannot be a document
 * (empty, binary, not UTF-8, too large); smaller problems become messages on the result.
 */
export function parseDocument(path: string, bytes: Uint8Array, options: ParseOptions = defaults): ParsedDocument {
  if (bytes.length > options.maxBytes) {
    throw new BadInputError(path, `file is ${bytes.length} bytes, above the limit of ${options.maxBytes} (--max-bytes)`);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new BadInputError(path, "file is UTF-16; convert it to UTF-8");
  }
  if (bytes.includes(0)) throw new BadInputError(path, "file is binary (contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new BadInputError(path, "file is not valid UTF-8");
  }
  if (text.trim().length === 0) throw new BadInputError(path, "file is empty (no text)");

  const messages: DocumentMessage[] = [];
  let date: string | null = null;
  let bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const header = DATE_HEADER.exec(text);
  if (header) {
    const [, y, m, d] = header;
    if (isValidDate(Number(y), Number(m), Number(d))) {
      date = `${y}-${m}-${d}`;
    } else {
      messages.push({ severity: "warning", rule: "date-invalid", reason: `date header ${y}-${m}-${d} is not a real date; date left unknown`, offset: 0 });
    }
    bodyStart = header[0].length;
  } else if (/^\uFEFF?[ \t]*date\b/i.test(text)) {
    messages.push({ severity: "warning", rule: "date-malformed", reason: "first line starts with 'date' but is not ' date YYYY-MM-DD'; read as plain text", offset: 0 });
  }
  const title = titleOf(text, bodyStart);
  return { document: { id: documentIdOf(bytes), path, date, title, text, bodyStart }, messages };
}
