// Instanced sigma programs drawn as plain triangles. Sigma draws each node and edge as one instance of a small
// shape; SwiftShader (Chromium's WebGL without a GPU) runs every instance as a draw of its own, about 30 µs each,
// so 10k nodes cost 300 ms a frame. The same triangles written out per vertex and drawn in one drawArrays cost a
// tenth of that, and a GPU draws either form at the same speed.

/** What the wrapper needs of a sigma program: its definition and its per-item writer. */
interface InstancedProgram {
  array: Float32Array;
  getDefinition(): ProgramDefinition;
  processVisibleItem(index: number, startIndex: number, ...data: never[]): void;
}
type ProgramDefinition = { VERTICES: number; ATTRIBUTES: AttributeSpecification[]; CONSTANT_ATTRIBUTES?: AttributeSpecification[]; CONSTANT_DATA?: number[][] };
type AttributeSpecification = { name: string; size: number; type: number; normalized?: boolean };
// A mixin's base class must take any constructor arguments.
export type ProgramClass = abstract new (...args: any[]) => InstancedProgram;

/** Float32 slots one attribute takes in sigma's arrays: normalised bytes (a colour, an id) pack into one. */
const slots = (attribute: AttributeSpecification) => (attribute.normalized ? 1 : attribute.size);

/** Where one item's attributes and each vertex's constants go in a vertex. */
interface VertexLayout {
  itemSlots: number;
  constants: Float32Array[];
  item: Float32Array;
}

/**
 * The program drawn as plain triangles: the per-vertex constants (which corner of the shape) become ordinary
 * attributes, and each item's attributes are written once per vertex. Shaders are unchanged.
 */
export function withoutInstancing<T extends ProgramClass>(Base: T): T {
  abstract class UninstancedProgram extends Base {
    // Built on first use: the base constructor calls getDefinition before this class's fields exist.
    private layout?: VertexLayout;

    override getDefinition(): ProgramDefinition {
      const { CONSTANT_ATTRIBUTES = [], CONSTANT_DATA: _, ...definition } = super.getDefinition();
      return { ...definition, ATTRIBUTES: [...definition.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, startIndex: number, ...data: never[]): void {
      const layout = (this.layout ??= vertexLayout(super.getDefinition()));
      const array = this.array;
      // The base writes one item's attributes; they are then copied into every vertex, followed by its constants.
      this.array = layout.item;
      super.processVisibleItem(index, 0, ...data);
      this.array = array;
      let at = startIndex;
      for (const constant of layout.constants) {
        array.set(layout.item, at);
        array.set(constant, at + layout.itemSlots);
        at += layout.itemSlots + constant.length;
      }
    }
  }
  return UninstancedProgram;
}

function vertexLayout({ ATTRIBUTES, CONSTANT_DATA = [] }: ProgramDefinition): VertexLayout {
  const itemSlots = ATTRIBUTES.reduce((sum, attribute) => sum + slots(attribute), 0);
  return { itemSlots, constants: CONSTANT_DATA.map((vertex) => Float32Array.from(vertex)), item: new Float32Array(itemSlots) };
}
