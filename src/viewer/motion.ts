// When the camera moves, and the full frame once it stops. Frames drawn while moving leave out the hover-picking
// pass and, in a large graph, edges (programs.ts) and labels (sigma); the frame after the motion has them all.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

/** Sigma's own test for a moving camera (its render() uses it for hideLabelsOnMove): an animation, a drag or a wheel zoom. */
export function cameraMoving<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/**
 * Renders once the camera has been still for `settleMs` after a frame drawn while moving: the last frame of a wheel
 * zoom or of a drag that paused before the release is drawn while moving, and nothing else would replace it.
 */
export function renderWhenSettled<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, settleMs = 150): () => void {
  let reduced = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (cameraMoving(sigma)) timer = setTimeout(check, settleMs);
    else if (reduced) sigma.scheduleRender();
  };
  const afterRender = () => {
    reduced = cameraMoving(sigma);
    if (reduced && timer === undefined) timer = setTimeout(check, settleMs);
  };
  sigma.on("afterRender", afterRender);
  return () => {
    clearTimeout(timer);
    sigma.off("afterRender", afterRender);
  };
}
