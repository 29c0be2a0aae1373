// withoutInstancing: an instanced program's per-item attributes written once per vertex, each followed by that
// vertex's constants, in the attribute order the un-instanced definition declares (what WebGL reads back).
import { describe, expect, it } from "vitest";
import { withoutInstancing } from "../../src/viewer/uninstanced.ts";

const FLOAT = 0x1406;
const UNSIGNED_BYTE = 0x1401;

/** Stands in for a sigma program: a triangle per item, a position and a packed colour, the corner as a constant. */
class TriangleProgram {
  array = new Float32Array(0);
  getDefinition() {
    return {
      VERTICES: 3,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [10], [20]],
    };
  }
  processVisibleItem(index: number, startIndex: number, data: { x: number; y: number }) {
    this.array[startIndex++] = data.x;
    this.array[startIndex++] = data.y;
    this.array[startIndex++] = index;
  }
}

describe("withoutInstancing", () => {
  const Uninstanced = withoutInstancing(TriangleProgram);

  it("declares the constants as ordinary attributes after the item's, and no instancing", () => {
    const definition = new Uninstanced().getDefinition();
    expect(definition.ATTRIBUTES.map((a) => a.name)).toEqual(["a_position", "a_color", "a_angle"]);
    expect(definition).not.toHaveProperty("CONSTANT_ATTRIBUTES");
    expect(definition).not.toHaveProperty("CONSTANT_DATA");
    expect(definition.VERTICES).toBe(3);
  });

  it("writes each item once per vertex with that vertex's constant, at the item's offset", () => {
    const program = new Uninstanced();
    program.array = new Float32Array(2 * 3 * 4).fill(-1);
    program.processVisibleItem(7, 0, { x: 1.5, y: 2.5 });
    program.processVisibleItem(8, 12, { x: 3, y: 4 });
    expect([...program.array]).toEqual([
      1.5, 2.5, 7, 0, 1.5, 2.5, 7, 10, 1.5, 2.5, 7, 20,
      3, 4, 8, 0, 3, 4, 8, 10, 3, 4, 8, 20,
    ]);
  });
});
