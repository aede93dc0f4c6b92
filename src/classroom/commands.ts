/**
 * What the classroom keys, the tools menu and the presenter view's buttons do, in one place, on
 * the app's stores.
 */
import { lessonStore } from '../store';
import { classroomStore } from './store';
import { withView } from './links';
import { copyText } from './clipboard';
import { exportDiagram, exportName, type ExportKind } from './exportDiagram';
import { toggleFullscreen } from './fullscreen';
import { currentFormulaTex, plainLatex } from './latex';

export type ClassroomCommand =
  'fullscreen' | 'blackout' | 'presenter' | 'overview' | 'goto' | 'help' | 'escape';

/** The presenter window's name: pressing S again brings the same window back. */
export const PRESENTER_WINDOW = 'bptt-presenter';

/** Opens (or focuses) the presenter view; must run inside a user gesture (a key or a click). */
export function openPresenterWindow(): boolean {
  const url = withView(window.location.href, 'presenter');
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

/** The handouts (every step on its own page) in a new tab. */
export function openPrintView(): void {
  const url = withView(window.location.href, 'print');
  const win = window.open(url, '_blank');
  if (!win) window.location.href = url;
}

export async function exportCurrentDiagram(kind: ExportKind): Promise<boolean> {
  const s = lessonStore.getState();
  const ok = await exportDiagram(kind, exportName(s.stepIndex, s.sub));
  const c = classroomStore.getState();
  if (ok) c.notify(kind === 'svg' ? 'export.svgSaved' : 'export.pngSaved');
  else
    c.notify(document.querySelector('svg.dg-svg') ? 'export.failed' : 'export.noDiagram', 'error');
  return ok;
}

/** Copies the LaTeX of the formula on screen; returns the text copied, or null. */
export async function copyCurrentLatex(): Promise<string | null> {
  const tex = currentFormulaTex(lessonStore.getState());
  const c = classroomStore.getState();
  if (tex === null) {
    c.notify('export.noFormula', 'error');
    return null;
  }
  const text = plainLatex(tex);
  if (await copyText(text)) {
    c.notify('export.latexCopied');
    return text;
  }
  c.notify('error.clipboard', 'error');
  return null;
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
