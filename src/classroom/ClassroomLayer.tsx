import { lazy, Suspense, useCallback } from 'react';
import { useClassroom } from './store';
import { Blackout } from './Blackout';
import { loadOverlays } from './loadOverlays';
import { Notice } from './Notice';
import { useClassroomKeys } from './useClassroomKeys';
import { useHiddenControls } from './useHiddenControls';

const Overlays = lazy(loadOverlays);

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
      <Blackout />
    </>
  );
}
