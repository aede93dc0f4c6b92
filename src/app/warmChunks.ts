/**
 * The lazy chunks the lesson may need at a keypress (the classroom's overlays, the decay
 * comparison, the explore mode, the other languages), fetched in the background once the first formula can paint:
 * when KaTeX has arrived, after the next painted frame, in an idle period. Pressing ? or O then
 * opens its overlay without a wait; a key pressed before is not lost either (the overlay is in
 * the store, and shows when its chunk arrives).
 */
import { afterNextPaint } from '../frame';
import { loadKatex } from '../components/Formula';
import { preloadDecayView } from '../components/loadDecayView';
import { preloadGatedView } from '../components/loadGatedView';
import { preloadOverlays } from '../classroom/loadOverlays';
import { preloadExplore } from '../explore/loadExplore';
import { LANGS, loadLang } from '../i18n';

/** The other languages' catalogs: a switch (or a link in another language) then applies at once. */
function preloadLanguages(): void {
  for (const l of LANGS) loadLang(l).catch(() => undefined);
}

const WARM = [
  preloadOverlays,
  preloadDecayView,
  preloadExplore,
  preloadLanguages,
  preloadGatedView,
];

let started = false;

/** Starts warming once per page (later calls do nothing). */
export function warmChunksAfterFirstFormula(win: Window = window): void {
  if (started) return;
  started = true;
  const idle = (f: () => void) =>
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback(f, { timeout: 2000 })
      : win.setTimeout(f, 200);
  // A KaTeX that cannot load still lets the lesson run (its formulas show their TeX).
  void loadKatex().then(() => {
    afterNextPaint(() => {
      // One chunk per idle period, the overlays first.
      const next = (i: number) => {
        if (i >= WARM.length) return;
        idle(() => {
          WARM[i]();
          next(i + 1);
        });
      };
      next(0);
    }, win);
  });
}
