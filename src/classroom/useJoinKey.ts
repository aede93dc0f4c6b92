import { useEffect } from 'react';
import { classroomStore } from './store';

/** J as a Latin layout names it (a Russian layout's "о" is read from the physical key). */
function isJ(e: KeyboardEvent): boolean {
  const k = e.key.length === 1 && e.key.charCodeAt(0) > 0x7f && e.code === 'KeyJ' ? 'j' : e.key;
  return k === 'j' || k === 'J';
}

/**
 * J, in the lecturer's window of a class session: the join view (the QR code, the address and
 * the short code, for the projector) opens, or closes. Left alone while typing, with a chord, and
 * while the screen is black (the classroom keys swallow it then). The typing check is the
 * classroom keys' own, repeated here so that this chunk does not pull theirs apart.
 */
export function useJoinKey(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.isComposing) return;
      if (!isJ(e)) return;
      const t = e.target instanceof HTMLElement ? e.target : null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      const c = classroomStore.getState();
      if (c.blackout) return;
      e.preventDefault();
      c.toggleOverlay('join');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
