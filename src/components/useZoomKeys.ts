import { useEffect } from 'react';
import { lessonStore, ZOOM_MAX, ZOOM_MIN } from '../store';

/** One zoom step: 10 %. */
export const ZOOM_STEP = 0.1;

/** The next zoom level up or down, on the 10 % grid, inside [ZOOM_MIN, ZOOM_MAX]. */
export function nextZoom(zoom: number, direction: 1 | -1): number {
  const z = Number.isFinite(zoom) ? zoom : 1;
  const next = Math.round((z + direction * ZOOM_STEP) * 10) / 10;
  return Math.min(Math.max(next, ZOOM_MIN), ZOOM_MAX);
}

export type ZoomCommand = 'in' | 'out' | 'reset';

function isTyping(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/**
 * The zoom a key asks for: + or = zooms in, − zooms out, 0 resets. Keys that the lesson and the
 * classroom do not use; chords with Ctrl, Meta or Alt (the browser's own zoom) and keys typed
 * into fields are left alone.
 */
export function zoomCommandFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: Element | null,
): ZoomCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(target)) return null;
  switch (e.key) {
    case '+':
    case '=':
      return 'in';
    case '-':
    case '−':
      return 'out';
    case '0':
      return 'reset';
    default:
      return null;
  }
}

/** Applies a zoom command to the lesson's store. */
export function runZoom(command: ZoomCommand): void {
  const s = lessonStore.getState();
  if (command === 'reset') s.setZoom(1);
  else s.setZoom(nextZoom(s.zoom, command === 'in' ? 1 : -1));
}

/** The zoom keys, on the window. */
export function useZoomKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : document.activeElement;
      const command = zoomCommandFor(e, target);
      if (!command) return;
      e.preventDefault();
      runZoom(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
