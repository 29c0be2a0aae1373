// The viewer's node and edge programs: sigma's, made cheap for software WebGL (SwiftShader, what Chromium falls
// back to without a GPU): drawn without instancing (uninstanced.ts), nodes without their picking pass while the
// camera moves, and the edges of a large graph left out while it moves.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeClampedProgram, EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { cameraMoving } from "./motion.ts";
import { withoutInstancing, type ProgramClass } from "./uninstanced.ts";

/** What skipping a pass needs of a program. */
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

/**
 * The program drawing nothing while the camera moves and `hide()` says so. Sigma's own hideEdgesOnMove does the
 * same, but its mouse captor then reprocesses the whole graph after every drag (a second at 100k edges); here
 * renderWhenSettled draws the full frame after the motion instead.
 */
export function restingOnly<T extends PickingProgramClass>(Base: T, hide: () => boolean): T {
  abstract class RestingOnlyProgram extends Base {
    override render(params: RenderParams): void {
      if (!(hide() && cameraMoving(this.renderer))) super.render(params);
    }
  }
  return RestingOnlyProgram;
}

const uninstanced = (Program: unknown) => withoutInstancing(Program as ProgramClass) as unknown as PickingProgramClass;

export function nodeCircleProgram<N extends Attributes, E extends Attributes>(): NodeProgramType<N, E> {
  return pickingAtRest(uninstanced(NodeCircleProgram)) as unknown as NodeProgramType<N, E>;
}

/** Edges as rectangles, left out while the camera moves when `hideWhileMoving()`. */
export function edgeRectangleProgram<N extends Attributes, E extends Attributes>(hideWhileMoving: () => boolean): EdgeProgramType<N, E> {
  return restingOnly(uninstanced(EdgeRectangleProgram), hideWhileMoving) as unknown as EdgeProgramType<N, E>;
}

/** A line with an arrowhead at its target, as sigma's EdgeArrowProgram draws it. */
export function edgeArrowProgram<N extends Attributes, E extends Attributes>(hideWhileMoving: () => boolean): EdgeProgramType<N, E> {
  // The compound program has no renderer of its own: each part decides.
  return createEdgeCompoundProgram<N, E>([
    restingOnly(uninstanced(EdgeClampedProgram), hideWhileMoving) as unknown as EdgeProgramType<N, E>,
    restingOnly(uninstanced(EdgeArrowHeadProgram), hideWhileMoving) as unknown as EdgeProgramType<N, E>,
  ]);
}
