// Answers serialised in slices are byte for byte what JSON.stringify gives.
import { describe, expect, it } from "vitest";
import { serialise } from "../../src/server/serialise.ts";

describe("serialise", () => {
  it("gives JSON.stringify's bytes, sliced or not", async () => {
    const edges = Array.from({ length: 2501 }, (_, i) => ({ id: `e${i}`, label: i % 3 ? null : "é \"q\"", claims: i % 2 ? undefined : [{ date: null }] }));
    const bodies: unknown[] = [
      { nodes: [1, 2], edges, warnings: [], skipped: undefined },
      { center: "x", nodes: edges.slice(0, 1001), edges: [] },
      { edges: [undefined, () => 1, ...edges.slice(0, 1500)] },
      { big: Array.from({ length: 3000 }, (_, i) => i) },
      { small: [1] },
      [1, 2, 3],
      {},
    ];
    for (const body of bodies) {
      expect((await serialise(body, 1000)).toString()).toBe(JSON.stringify(body));
      expect((await serialise(body, 7)).toString()).toBe(JSON.stringify(body));
    }
  });
});
