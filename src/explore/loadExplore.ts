import { wantExploreStrings } from '../i18n';
/**
 * The explore mode's view is a chunk of its own, loaded when the mode is first entered (or
 * warmed when the pointer or focus reaches the mode switch): the lesson starts without it.
 */
export const loadExploreMain = () =>
  // The mode's strings (a chunk per language) arrive with it.
  Promise.all([import('./ExploreMain'), wantExploreStrings()]).then(([m]) => m);

/** Starts loading the explore view in the background; errors surface when it is shown. */
export function preloadExplore(): void {
  loadExploreMain().catch(() => undefined);
}
