// The viewer's node and edge programs: sigma's, made cheap for software WebGL (SwiftShader, what Chromium falls
// back to without a GPU): drawn without instancing (uninstanced.ts), and nodes without their picking pass while the
// camera moves.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeClampedProgram, EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { cameraMoving } from "./motion.ts";
import { withoutInstancing, type ProgramClass } from "./uninstanced.ts";

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
