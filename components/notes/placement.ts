/**
 * Where the notes UI goes on screen: next to the reader's selection, inside the viewport. Pure,
 * so the rules are tested without a layout engine.
 */

/** A box in viewport coordinates (CSS pixels). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The viewport's size. */
export interface Viewport {
  width: number;
  height: number;
}

/** A fixed position: `left`, and either `top` (below the selection) or `bottom` (above it). */
export interface Placement {
  left: number;
  top?: number;
  bottom?: number;
}

/** Space kept between the UI, the selection and the viewport's edges. */
const GAP = 8;

/**
 * Places a panel of `size` below the selection box when it fits there, else above it; its left
 * edge follows the selection's end for a small panel and its start for a wide one, kept on screen.
 */
export function placeNear(
  box: ScreenBox,
  viewport: Viewport,
  size: { width: number; height: number },
): Placement {
  const preferred = size.width < 200 ? box.right - size.width / 2 : box.left;
  const left = Math.round(Math.max(GAP, Math.min(preferred, viewport.width - size.width - GAP)));
  const roomBelow = viewport.height - box.bottom - GAP;
  if (roomBelow >= size.height || roomBelow >= box.top) {
    return { left, top: Math.round(Math.max(GAP, Math.min(box.bottom + GAP, viewport.height - GAP - 32))) };
  }
  return { left, bottom: Math.round(Math.max(GAP, viewport.height - box.top + GAP)) };
}
