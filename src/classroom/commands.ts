/**
 * What the classroom keys, the tools menu and the presenter view's buttons do, in one place, on
 * the app's stores. The exports, the LaTeX copy and the handouts are in ./tools (a chunk of its
 * own, with the tools menu).
 */
import { classroomStore } from './store';
import { withView } from './links';
import { currentDeckId } from './deck';
import { toggleFullscreen } from './fullscreen';

export type ClassroomCommand =
  'fullscreen' | 'blackout' | 'presenter' | 'overview' | 'goto' | 'help' | 'escape';

/** The presenter window's name: pressing S again brings the same window back. */
export const PRESENTER_WINDOW = 'bptt-presenter';

/** Opens (or focuses) the presenter view; must run inside a user gesture (a key or a click). */
export function openPresenterWindow(): boolean {
  // The presenter window follows this window, and no other tab (deck.ts).
  const url = withView(window.location.href, 'presenter', currentDeckId());
  let win: Window | null;
  try {
    win = window.open(url, PRESENTER_WINDOW, 'popup=yes,width=1280,height=800');
  } catch {
    win = null;
  }
  const c = classroomStore.getState();
  if (!win) {
    c.notify('error.popupBlocked', 'error');
    return false;
  }
  win.focus?.();
  if (window.location.protocol === 'file:') c.notify('help.fileNote', 'info');
  return true;
}

export function runCommand(command: ClassroomCommand): void {
  const c = classroomStore.getState();
  switch (command) {
    case 'fullscreen':
      void toggleFullscreen().then((ok) => {
        if (!ok) classroomStore.getState().notify('error.fullscreen', 'error');
      });
      return;
    case 'blackout':
      c.toggleBlackout();
      return;
    case 'presenter':
      if (c.view === 'app') openPresenterWindow();
      return;
    case 'overview':
      c.toggleOverlay('overview');
      return;
    case 'goto':
      c.openOverlay('goto');
      return;
    case 'help':
      c.toggleOverlay('help');
      return;
    case 'escape':
      if (c.overlay !== null) c.closeOverlay();
      else if (c.blackout) c.setBlackout(false);
      return;
  }
}
