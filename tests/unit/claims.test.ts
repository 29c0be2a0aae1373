import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/documents/index.ts";
import { extractMentionsAndClaims } from "../../src/extract/index.ts";

function claimsOf(text: string) {
  const document = parseDocument("t.txt", new TextEncoder().encode(`Headline\n\n${text}`)).document;
  const x = extractMentionsAndClaims(document);
  const at = (s: { start: number; end: number } | undefined) => (s ? document.text.slice(s.start, s.end) : undefined);
  return x.claims.map((c) => ({ cue: at(c.cueSpan), content: at(c.evidence), source: at(c.sourceSpan), predicate: c.predicate }));
}

describe("claims the PolNeAR way", () => {
  it("takes auxiliaries into the cue span", () => {
    const [c] = claimsOf("Senator Elizabeth Warren has repeatedly said that the bank should be broken up.");
    expect(c?.cue).toBe("has repeatedly said");
  });

  it("gives a participle after a comma to the main clause's subject", () => {
    const cs = claimsOf("Donald Trump attacked Hillary Clinton on Monday, saying she was unfit to serve.");
    const saying = cs.find((c) => c.cue === "saying");
    expect(saying?.content).toBe("she was unfit to serve");
  });

  it("keeps the pronoun as the source span of a resolved speaker", () => {
    const cs = claimsOf("Donald Trump spoke in Ohio. “We will win,” he said.");
    expect(cs.find((c) => c.cue === "said")?.source).toBe("he");
  });

  it("reads new cue verbs such as criticized and asked", () => {
    expect(claimsOf("Bernie Sanders criticized the trade deal as a disaster for workers.")[0]?.predicate).toBe("rejects");
  });
});
