import { useCallback } from 'react';
import { useClassroom } from './store';
import { Blackout } from './Blackout';
import { GotoDialog } from './GotoDialog';
import { HelpOverlay } from './HelpOverlay';
import { LinkDialog } from './LinkDialog';
import { Notice } from './Notice';
import { Overview } from './Overview';
import { ToolsMenu } from './ToolsMenu';
import { useClassroomKeys } from './useClassroomKeys';
import { useHiddenControls } from './useHiddenControls';

/**
 * The classroom's keys, overlays, blackout and notices. Mounted once inside the stage (so the
 * dialogs scale with the lesson), in the lesson window and in the presenter window.
 */
export function ClassroomLayer() {
  useClassroomKeys();
  useHiddenControls();
  const overlay = useClassroom((s) => s.overlay);
  const closeOverlay = useClassroom((s) => s.closeOverlay);
  const close = useCallback(() => closeOverlay(), [closeOverlay]);
  return (
    <>
      {overlay === 'help' && <HelpOverlay onClose={close} />}
      {overlay === 'overview' && <Overview onClose={close} />}
      {overlay === 'goto' && <GotoDialog onClose={close} />}
      {overlay === 'link' && <LinkDialog onClose={close} />}
      {overlay === 'tools' && <ToolsMenu onClose={close} />}
      <Notice />
      <Blackout />
    </>
  );
}
