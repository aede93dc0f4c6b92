/**
 * The gated chapter's view (the unrolled LSTM and GRU, the three cells' chart, its controls) is a
 * chunk of its own with its strings (the views' part of the catalog): only its three steps show it.
 */
import { wantExploreStrings } from '../i18n';

export const loadGatedView = () =>
  Promise.all([import('./GatedView'), wantExploreStrings()]).then(([m]) => m);

/** Starts loading the view in the background; a failure surfaces when it is shown. */
export function preloadGatedView(): void {
  loadGatedView().catch(() => undefined);
}
