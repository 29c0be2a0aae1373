// Sigma's node and edge programs, made cheap for software WebGL (SwiftShader, what Chromium falls back to without a
// GPU): without instancing, and nodes without their picking pass while the camera moves. Sigma draws each node and
// edge as one instance of a small shape; SwiftShader runs every instance as a draw of its own, about 30 µs each,
// so 10k nodes cost 300 ms a frame. The same triangles written out per vertex and drawn in one plain drawArrays
// cost a tenth of that, and a GPU draws either form at the same speed.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeClampedProgram, EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { cameraMoving } from "./motion.ts";

/** What the wrapper needs of a sigma program: its definition and its per-item writer. */
interface InstancedProgram {
  array: Float32Array;
  getDefinition(): ProgramDefinition;
  processVisibleItem(index: number, startIndex: number, ...data: never[]): void;
}
type ProgramDefinition = { VERTICES: number; ATTRIBUTES: AttributeSpecification[]; CONSTANT_ATTRIBUTES?: AttributeSpecification[]; CONSTANT_DATA?: number[][] };
type AttributeSpecification = { name: string; size: number; type: number; normalized?: boolean };
// A mixin's base class must take any constructor arguments.
type ProgramClass = abstract new (...args: any[]) => InstancedProgram;

/** Float32 slots one attribute takes in sigma's arrays: four normalised bytes (a colour, an id) pack into one. */
const slots = (attribute: AttributeSpecification) => (attribute.type === WebGLRenderingContext.UNSIGNED_BYTE ? 1 : attribute.size);

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

/** What skipping the picking pass needs of a program. */
interface PickingProgram {
  renderer: Sigma;
  pickProgram: unknown;
  render(params: RenderParams): void;
}
type PickingProgramClass = abstract new (...args: any[]) => PickingProgram;

/**
 * The program without its picking pass (the nodes drawn again, in id colours, for hover and click) while the
 * camera moves: nothing is hovered then, and the pass costs as much as the picture in software WebGL. The frame
 * after the motion (renderWhenSettled) draws it again.
 */
export function pickingAtRest<T extends PickingProgramClass>(Base: T): T {
  abstract class PickingAtRestProgram extends Base {
    override render(params: RenderParams): void {
      const pickProgram = this.pickProgram;
      if (pickProgram && cameraMoving(this.renderer)) this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pickProgram;
      }
    }
  }
  return PickingAtRestProgram;
}

export function nodeCircleProgram<N extends Attributes, E extends Attributes>(): NodeProgramType<N, E> {
  const Circle = withoutInstancing(NodeCircleProgram as unknown as ProgramClass) as unknown as PickingProgramClass;
  return pickingAtRest(Circle) as unknown as NodeProgramType<N, E>;
}

export function edgeRectangleProgram<N extends Attributes, E extends Attributes>(): EdgeProgramType<N, E> {
  return withoutInstancing(EdgeRectangleProgram as unknown as ProgramClass) as unknown as EdgeProgramType<N, E>;
}

/** A line with an arrowhead at its target, as sigma's EdgeArrowProgram draws it. */
export function edgeArrowProgram<N extends Attributes, E extends Attributes>(): EdgeProgramType<N, E> {
  return createEdgeCompoundProgram<N, E>([
    withoutInstancing(EdgeClampedProgram as unknown as ProgramClass) as unknown as EdgeProgramType<N, E>,
    withoutInstancing(EdgeArrowHeadProgram as unknown as ProgramClass) as unknown as EdgeProgramType<N, E>,
  ]);
}
