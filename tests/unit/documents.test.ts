import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/documents/index.ts";
import { BadInputError } from "../../src/types/index.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("parseDocument", () => {
  it("reads the seed date header and keeps offsets into the whole text", () => {
    const bytes = readFileSync("data/seeds/001_c5fc3b97b6c30a0d.txt");
    const { document, messages } = parseDocument("seed.txt", bytes);
    expect(document.date).toBe("2017-09-27");
    expect(document.text.slice(document.bodyStart).startsWith("Following Kurdistan’s referendum")).toBe(true);
    expect(document.title.startsWith("Following Kurdistan’s referendum")).toBe(true);
    expect(document.id).toMatch(/^doc_[0-9a-f]{20}$/);
    expect(messages).toEqual([]);
  });

  it("gives the same id to the same bytes under another name, and another id to other bytes", () => {
    const a = parseDocument("a.txt", utf8("Same text."));
    const b = parseDocument("b.txt", utf8("Same text."));
    const c = parseDocument("a.txt", utf8("Other text."));
    expect(a.document.id).toBe(b.document.id);
    expect(c.document.id).not.toBe(a.document.id);
  });

  it("accepts plain text without a date line (date unknown, first line is the title)", () => {
    const { document } = parseDocument("bbc.txt", utf8("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped."));
    expect(document.date).toBeNull();
    expect(document.title).toBe("Ad sales boost Time Warner profit");
    expect(document.bodyStart).toBe(0);
  });

  it("warns about an impossible date and leaves the date unknown", () => {
    const { document, messages } = parseDocument("x.txt", utf8(" date 2017-13-45 Kurdish leaders met."));
    expect(document.date).toBeNull();
    expect(messages.map((m) => m.rule)).toEqual(["date-invalid"]);
    expect(document.text.slice(document.bodyStart)).toBe("Kurdish leaders met.");
  });

  it.each([
    ["empty", utf8(""), /empty/],
    ["whitespace only", utf8("  \n\t \n"), /empty/],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /binary/],
    ["invalid UTF-8", new Uint8Array([0x43, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
  ])("refuses %s input with an error naming the file", (_name, bytes, reason) => {
    let error: unknown;
    try {
      parseDocument("bad.txt", bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).file).toBe("bad.txt");
    expect((error as BadInputError).reason).toMatch(reason);
  });

  it("refuses files above the size limit", () => {
    expect(() => parseDocument("big.txt", utf8("x".repeat(100)), { maxBytes: 10 })).toThrow(BadInputError);
  });
});
