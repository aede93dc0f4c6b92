/**
 * The classroom's lazy chunks: the overlays (with the tools menu's exports) for the lesson and
 * presenter windows, and the two windows of their own (the presenter view, the handouts), which
 * load theirs at start.
 */
export const loadOverlays = () => import('./Overlays');
export const loadPresenterView = () => import('./PresenterView');
export const loadPrintView = () => import('./PrintView');

/** Starts loading the overlays in the background; a failure surfaces when one is opened. */
export function preloadOverlays(): void {
  loadOverlays().catch(() => undefined);
}
