/**
 * The classroom's lazy chunks: the overlays (with the tools menu's exports) for the lesson and
 * presenter windows, and the two windows of their own (the presenter view, the handouts), which
 * load theirs at start. Each comes with the catalog's part on demand (their strings: views).
 */
import { wantExploreStrings } from '../i18n';

/** A chunk, resolved once the strings it shows have arrived too. */
function withStrings<M>(chunk: Promise<M>): Promise<M> {
  return Promise.all([chunk, wantExploreStrings()]).then(([m]) => m);
}

export const loadOverlays = () => withStrings(import('./Overlays'));
export const loadPresenterView = () => withStrings(import('./PresenterView'));
export const loadPrintView = () => withStrings(import('./PrintView'));
export const loadSubstepSentence = () => withStrings(import('./SubstepSentence'));
/** A class session's client and badge (only for a link with a room). */
export const loadSession = () => withStrings(import('./sessionChunk'));
/** The page where students type a class session's code (`?view=join`). */
export const loadJoinPage = () => withStrings(import('./JoinPage'));

/** Starts loading the overlays in the background; a failure surfaces when one is opened. */
export function preloadOverlays(): void {
  loadOverlays().catch(() => undefined);
}
