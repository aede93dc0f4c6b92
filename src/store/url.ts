/**
 * The current step and sub-step live in the URL hash as `#/<step 1-based>/<sub 0-based>` (as in
 * reveal.js), so a reload (a clicker's F5) or a shared link lands on the same place. `?lang=ru|en`
 * overrides the stored language. The hash is written with history.replaceState (after the frame
 * that shows the move is painted, where the window paints): moving through
 * the lesson does not fill the browser's history.
 */
import type { Lang } from '../lesson/types';
import { START, type Position } from './nav';
import { afterNextPaint } from './afterPaint';
import { isLang } from './guards';
import type { LessonStore } from './store';

/** `#/3/1` for the third step's second sub-step. */
export function formatHash(pos: Position): string {
  return `#/${pos.stepIndex + 1}/${pos.sub}`;
}

const DIGITS = /^\d{1,6}$/;

/**
 * Reads `#/3/1`, `#/3`, `#3/1` or `#/<step-id>/1` (ids from `stepIds`). Anything unreadable gives
 * the start; a readable step with an unreadable sub-step gives that step's first sub-step. The
 * result is not clamped to the lesson's length (the store does that).
 */
export function parseHash(hash: string, stepIds: readonly string[] = []): Position {
  if (typeof hash !== 'string') return START;
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return START;
  }
  const parts = raw.split('/').filter((p, i) => !(i === 0 && p === ''));
  if (parts.length === 0) return START;
  const [stepPart, subPart] = parts;
  let stepIndex: number;
  if (DIGITS.test(stepPart)) {
    const n = Number(stepPart);
    if (n < 1) return START;
    stepIndex = n - 1;
  } else {
    const i = stepIds.indexOf(stepPart);
    if (i < 0) return START;
    stepIndex = i;
  }
  const sub = subPart !== undefined && DIGITS.test(subPart) ? Number(subPart) : 0;
  return { stepIndex, sub };
}

/** `ru` or `en` from a query string (`?lang=ru`), or null. */
export function parseLangParam(search: string): Lang | null {
  if (typeof search !== 'string') return null;
  try {
    const v = new URLSearchParams(search).get('lang');
    const l = v?.trim().toLowerCase();
    return isLang(l) ? l : null;
  } catch {
    return null;
  }
}

/** The query string with `lang` set to `lang` (other parameters kept). */
export function withLangParam(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}

export interface UrlSyncOptions {
  readonly stepIds?: readonly string[];
  /** Defaults to the global window. */
  readonly win?: Window;
}

/**
 * Applies the URL to the store (now and on every hashchange) and writes the store's position back
 * into the hash. Returns a function that stops the synchronisation.
 */
export function startUrlSync(store: LessonStore, options: UrlSyncOptions = {}): () => void {
  const win = options.win ?? window;
  const ids = options.stepIds ?? [];

  const readHash = () => {
    const pos = parseHash(win.location.hash, ids);
    const s = store.getState();
    if (pos.stepIndex !== s.stepIndex || pos.sub !== s.sub) s.goTo(pos.stepIndex, pos.sub);
    // Garbage or an out-of-range position is replaced by where the lesson actually is.
    writeUrl();
  };

  const writeUrl = () => {
    const s = store.getState();
    const hash = formatHash({ stepIndex: s.stepIndex, sub: s.sub });
    const loc = win.location;
    let search = loc.search;
    // A `lang` parameter in the URL follows the language switch, so a reload keeps the choice.
    if (parseLangParam(search) !== null && parseLangParam(search) !== s.lang) {
      search = withLangParam(search, s.lang);
    }
    if (loc.hash === hash && loc.search === search) return;
    try {
      win.history.replaceState(win.history.state, '', `${loc.pathname}${search}${hash}`);
    } catch {
      // Some embedded contexts (sandboxed iframes, file: URLs) refuse; the lesson still works.
    }
  };

  const lang = parseLangParam(win.location.search);
  if (lang) store.getState().setLang(lang);
  readHash();

  // A move is written once the frame showing it is painted (history.replaceState costs a few
  // milliseconds that the key press's frame cannot spare); moves before then are written as one.
  let queued = false;
  let cancel = () => {};
  const writeSoon = () => {
    if (queued) return;
    queued = true;
    cancel = afterNextPaint(() => {
      queued = false;
      writeUrl();
    }, win);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.stepIndex !== prev.stepIndex || s.sub !== prev.sub || s.lang !== prev.lang) writeSoon();
  });
  // A model change may clamp the position: the hash must follow that too (the subscription does).
  win.addEventListener('hashchange', readHash);
  return () => {
    unsubscribe();
    cancel();
    win.removeEventListener('hashchange', readHash);
  };
}
