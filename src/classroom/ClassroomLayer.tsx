import { lazy, Suspense, useCallback } from 'react';
import { useClassroom } from './store';
import { Blackout } from './Blackout';
import { loadOverlays } from './loadOverlays';
import { Notice } from './Notice';
import { loadSession } from './loadOverlays';
import { readProp } from '../url/read';
import { useClassroomKeys } from './useClassroomKeys';
import { useHiddenControls } from './useHiddenControls';

const Overlays = lazy(loadOverlays);
const SessionBadge = lazy(() => loadSession().then((m) => ({ default: m.SessionBadge })));

/** A class session's link (`#…?room=…`): its badge and its chunk, for this page. */
const inSession =
  readProp('room', '', typeof location === 'undefined' ? '' : location.hash) !== null;

/**
 * The classroom's keys, overlays, blackout and notices. Mounted once inside the stage (so the
 * dialogs scale with the lesson), in the lesson window and in the presenter window. The overlays
 * are a chunk of their own: an overlay asked for before it has arrived opens when it does.
 */
export function ClassroomLayer() {
  useClassroomKeys();
  useHiddenControls();
  const overlay = useClassroom((s) => s.overlay);
  const closeOverlay = useClassroom((s) => s.closeOverlay);
  const close = useCallback(() => closeOverlay(), [closeOverlay]);
  return (
    <>
      {overlay !== null && (
        <Suspense fallback={null}>
          <Overlays overlay={overlay} onClose={close} />
        </Suspense>
      )}
      <Notice />
      {inSession && (
        <Suspense fallback={null}>
          <SessionBadge />
        </Suspense>
      )}
      <Blackout />
    </>
  );
}
