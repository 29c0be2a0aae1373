// When the camera moves, and the full frame once it stops. Frames drawn while moving leave out the hover-picking
// pass and, in a large graph, edges (programs.ts) and labels (sigma); the frame after the motion has them all.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

/** Per camera: renders in a row (up to the last one) that followed a camera update; an update since the last render. */
interface Steps {
  streak: number;
  pending: boolean;
}
const steps = new WeakMap<object, Steps>();

/**
 * Moved by camera.setState before each of the last two frames drawn (a script, a custom control), which sigma's test does
 * not see. Time is no guide: in software WebGL a frame of a large graph takes longer than any sensible gap.
 */
function movedFrameByFrame<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): boolean {
  const seen = steps.get(sigma.getCamera());
  return seen !== undefined && seen.streak >= 2;
}

/** Sigma's own test for a moving camera (its render() uses it for hideLabelsOnMove): an animation, a drag or a wheel zoom. */
function sigmaSeesMotion<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/** Whether the frame being drawn (or the last one drawn) is one of a moving camera. */
export function cameraMoving<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): boolean {
  return sigmaSeesMotion(sigma) || movedFrameByFrame(sigma);
}

/**
 * Renders once the camera has been still for `settleMs` after a frame drawn while moving: the last frame of a wheel
 * zoom, of an animation or of a drag that paused before the release is drawn while moving, and nothing else would
 * replace it. Also records camera updates for cameraMoving.
 */
export function renderWhenSettled<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, settleMs = 150): () => void {
  let reduced = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const camera = sigma.getCamera();
  const check = () => {
    timer = undefined;
    // A camera set since the last frame means another frame is coming, so the motion goes on.
    if (sigmaSeesMotion(sigma) || seen.pending) timer = setTimeout(check, settleMs);
    else if (reduced) sigma.scheduleRender();
  };
  const seen: Steps = { streak: 0, pending: false };
  steps.set(camera, seen);
  const beforeRender = () => {
    seen.streak = seen.pending ? seen.streak + 1 : 0;
    seen.pending = false;
  };
  const afterRender = () => {
    reduced = cameraMoving(sigma);
    if (reduced && timer === undefined) timer = setTimeout(check, settleMs);
  };
  const cameraUpdated = () => (seen.pending = true);
  // Registered first, so the programs and every later afterRender listener see this frame's state.
  sigma.on("beforeRender", beforeRender);
  sigma.on("afterRender", afterRender);
  camera.on("updated", cameraUpdated);
  return () => {
    clearTimeout(timer);
    sigma.off("beforeRender", beforeRender);
    sigma.off("afterRender", afterRender);
    camera.off("updated", cameraUpdated);
  };
}

/** Calls `draw` inside sigma's afterRender of the next frame drawn at rest (a full frame: edges, labels, picking). */
export function onNextFullFrame<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, draw: () => void): void {
  const afterRender = () => {
    if (cameraMoving(sigma)) return;
    sigma.off("afterRender", afterRender);
    draw();
  };
  sigma.on("afterRender", afterRender);
}

/** The layers a reduced frame leaves empty: edges (sigma's and the backdrop's, edge-backdrop.ts), labels, hover labels and highlighted nodes. */
const LAYERS_EMPTY_WHILE_MOVING = ["backdrop", "edges", "labels", "hovers", "hoverNodes"];

/**
 * Hides the layers a frame drawn while moving leaves empty, when `reduce()`: the browser composites every canvas on
 * every frame, empty or not (~3 ms each in software). Called in afterRender, so the frame is shown as drawn.
 */
export function hideEmptyLayersWhileMoving<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, reduce: () => boolean): () => void {
  let hidden = false;
  const afterRender = () => {
    const hide = reduce() && cameraMoving(sigma);
    if (hide === hidden) return;
    hidden = hide;
    const canvases = sigma.getCanvases();
    for (const name of LAYERS_EMPTY_WHILE_MOVING) canvases[name]?.style.setProperty("visibility", hide ? "hidden" : "");
  };
  sigma.on("afterRender", afterRender);
  return () => sigma.off("afterRender", afterRender);
}

/**
 * Sigma looks for the node under the pointer on every mouse move, drags included, by reading a pixel back from the
 * picking buffer (gl.readPixels): the page then waits for the GPU (SwiftShader: the CPU) to finish the frame before,
 * so drawing and the next move stop overlapping. While the camera moves the picking pass is not drawn (programs.ts)
 * and the buffer is stale anyway: no node is under the pointer until the camera stops.
 */
export function noPickingWhileMoving<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): () => void {
  // A private method of sigma's (its mouse handlers call it); a version without it is left as it is.
  type Picker = (position: { x: number; y: number }) => string | null;
  const picking = sigma as unknown as { getNodeAtPosition?: Picker };
  const pick = picking.getNodeAtPosition;
  if (typeof pick !== "function") return () => {};
  picking.getNodeAtPosition = (position) => (cameraMoving(sigma) ? null : pick.call(sigma, position));
  return () => {
    picking.getNodeAtPosition = pick;
  };
}
