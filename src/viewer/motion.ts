// When the camera moves, and the full frame once it stops. Sigma leaves edges and labels out of frames drawn
// while moving (large graphs) and the viewer leaves out the hover-picking pass; the frame after motion has both.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

/** Sigma's own test for a moving camera (render() leaves edges out on it): an animation, a drag or a wheel zoom. */
export function cameraMoving<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/**
 * Renders once the camera has been still for `settleMs` after a frame drawn while moving. Sigma itself re-renders
 * only after a drag, so a wheel zoom or a drag that paused before the release could leave the reduced frame up.
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
