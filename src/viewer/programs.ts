// The viewer's node and edge programs: sigma's, made cheap for software WebGL (SwiftShader, what Chromium falls
// back to without a GPU): drawn without instancing (uninstanced.ts), nodes without their picking pass while the
// camera moves, and the edges of a large graph left out while it moves.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import {
  createEdgeCompoundProgram, createNodeCompoundProgram, EdgeArrowHeadProgram, EdgeClampedProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram,
} from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { cameraMoving } from "./motion.ts";
import { withoutInstancing, type ProgramClass } from "./uninstanced.ts";

/** What skipping a pass needs of a program. */
interface PickingProgram {
  renderer: Sigma;
  pickProgram: unknown;
  normalProgram: { gl: WebGLRenderingContext | WebGL2RenderingContext };
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

/** The program drawing only while the camera moves and `draw()` says so: restingOnly's counterpart. */
export function movingOnly<T extends PickingProgramClass>(Base: T, draw: () => boolean): T {
  abstract class MovingOnlyProgram extends Base {
    override render(params: RenderParams): void {
      if (draw() && cameraMoving(this.renderer)) super.render(params);
    }
  }
  return MovingOnlyProgram;
}

/** Resolution of the node layer while the camera moves, in a large graph. */
const MOVING_RESOLUTION = 0.5;

/**
 * The program drawing into a canvas of half the resolution (stretched back by CSS) while the camera moves and
 * `reduce()` says so: filling the discs is most of a frame's cost in software WebGL, and half the resolution fills
 * a quarter of the pixels. The frame at rest restores the canvas (and picking, which needs it).
 */
export function coarseWhileMoving<T extends PickingProgramClass>(Base: T, reduce: () => boolean): T {
  abstract class CoarseWhileMovingProgram extends Base {
    override render(params: RenderParams): void {
      const scale = reduce() && cameraMoving(this.renderer) ? MOVING_RESOLUTION : 1;
      const canvas = this.normalProgram.gl.canvas as HTMLCanvasElement;
      const width = Math.round(params.width * params.pixelRatio * scale);
      const height = Math.round(params.height * params.pixelRatio * scale);
      // Setting a canvas's size reallocates and clears it: only when it changes, at the start and end of a motion.
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      super.render(scale === 1 ? params : { ...params, pixelRatio: params.pixelRatio * scale });
    }
  }
  return CoarseWhileMovingProgram;
}

const uninstanced = (Program: unknown) => withoutInstancing(Program as ProgramClass) as unknown as PickingProgramClass;

/** Discs, without their picking pass while moving, and coarse while moving when `reduceWhileMoving()`. */
function discProgram(reduceWhileMoving: () => boolean) {
  return coarseWhileMoving(pickingAtRest(uninstanced(NodeCircleProgram)), reduceWhileMoving);
}

/** Sigma's point sprites, without a picking program: they are drawn only while moving, when nothing is picked. */
class SpriteProgram extends (NodePointProgram as unknown as PickingProgramClass) {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
    super(gl, null, renderer);
  }
}

/**
 * Discs at rest. When `reduceWhileMoving()`, the frames drawn while moving are coarse and draw each disc as a point
 * sprite (one vertex, WebGL POINTS) rather than a triangle: SwiftShader's cost is per primitive rasterised (~4 µs a
 * node whatever its size, the same at a third of the resolution as at half), and a point costs less than a triangle
 * (10k nodes: ~10 ms a frame less, of ~55). A sprite is clipped whole once its centre leaves the view: acceptable in
 * motion.
 */
export function nodeCircleProgram<N extends Attributes, E extends Attributes>(reduceWhileMoving: () => boolean): NodeProgramType<N, E> {
  const discs = restingOnly(pickingAtRest(uninstanced(NodeCircleProgram)), reduceWhileMoving);
  const sprites = movingOnly(SpriteProgram, reduceWhileMoving);
  // Both draw into the node layer, which coarseWhileMoving sizes the same way for both.
  return createNodeCompoundProgram<N, E>([
    coarseWhileMoving(discs, reduceWhileMoving) as unknown as NodeProgramType<N, E>,
    coarseWhileMoving(sprites, reduceWhileMoving) as unknown as NodeProgramType<N, E>,
  ]);
}

/** The hovered and highlighted nodes' layer (hidden while moving): discs only. */
export function nodeHoverProgram<N extends Attributes, E extends Attributes>(reduceWhileMoving: () => boolean): NodeProgramType<N, E> {
  return discProgram(reduceWhileMoving) as unknown as NodeProgramType<N, E>;
}

/** Edges as rectangles, left out while the camera moves when `hideWhileMoving()`. */
export function edgeRectangleProgram<N extends Attributes, E extends Attributes>(hideWhileMoving: () => boolean): EdgeProgramType<N, E> {
  return restingOnly(uninstanced(EdgeRectangleProgram), hideWhileMoving) as unknown as EdgeProgramType<N, E>;
}

/** Edges as 1-pixel lines (not instanced in sigma already), left out while the camera moves when `hideWhileMoving()`. */
export function edgeLineProgram<N extends Attributes, E extends Attributes>(hideWhileMoving: () => boolean): EdgeProgramType<N, E> {
  return restingOnly(EdgeLineProgram as unknown as PickingProgramClass, hideWhileMoving) as unknown as EdgeProgramType<N, E>;
}

/** A line with an arrowhead at its target, as sigma's EdgeArrowProgram draws it. */
export function edgeArrowProgram<N extends Attributes, E extends Attributes>(hideWhileMoving: () => boolean): EdgeProgramType<N, E> {
  // The compound program has no renderer of its own: each part decides.
  return createEdgeCompoundProgram<N, E>([
    restingOnly(uninstanced(EdgeClampedProgram), hideWhileMoving) as unknown as EdgeProgramType<N, E>,
    restingOnly(uninstanced(EdgeArrowHeadProgram), hideWhileMoving) as unknown as EdgeProgramType<N, E>,
  ]);
}

/**
 * Edge programs. Each draws all its edges at once, in the order they are registered (after sigma's own "arrow" and
 * "line", replaced by UnusedEdgeProgram), whatever their zIndex: hairlines and plain lines (co-mentions, dimmed edges of a large
 * graph) first, so arrows (relations, claims, the focus, a path) stay on top of them.
 */
export const EDGE_TYPES = { HAIRLINE: "hairline", PLAIN: "plain", ARROWED: "arrowed" } as const;

/**
 * A program for sigma's default edge types ("arrow", "line"), which the viewer never gives an edge: registering it
 * under their names spares compiling their shaders (sigma creates a program for every registered type) and
 * drawing them every frame.
 */
class UnusedEdgeProgram {
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}

/** The viewer's edge programs by type, each left out while the camera moves when `hideWhileMoving()`. */
export function edgePrograms<N extends Attributes, E extends Attributes>(hideWhileMoving: () => boolean): Record<string, EdgeProgramType<N, E>> {
  const unused = UnusedEdgeProgram as unknown as EdgeProgramType<N, E>;
  return {
    arrow: unused,
    line: unused,
    [EDGE_TYPES.HAIRLINE]: edgeLineProgram(hideWhileMoving),
    [EDGE_TYPES.PLAIN]: edgeRectangleProgram(hideWhileMoving),
    [EDGE_TYPES.ARROWED]: edgeArrowProgram(hideWhileMoving),
  };
}
