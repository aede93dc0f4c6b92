/**
 * The vanishing/exploding comparison (its chart, d3's continuous scales and lines) is a chunk of
 * its own: only the steps with model variants show it, and the lesson warms it once its first
 * formula has painted.
 */
export const loadDecayView = () => import('./DecayView');

/** Starts loading the comparison in the background; a failure surfaces when it is shown. */
export function preloadDecayView(): void {
  loadDecayView().catch(() => undefined);
}
