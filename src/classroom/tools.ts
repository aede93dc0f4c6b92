/**
 * The tools menu's actions that the keys do not need: the diagram's export (SVG/PNG), the copy of
 * the formula's LaTeX and the handouts. Loaded with the tools menu, never before the first formula.
 */
import { lessonStore } from '../store';
import { classroomStore } from './store';
import { withView } from './links';
import { copyText } from './clipboard';
import {
  drawnColumns,
  exportDiagram,
  exportName,
  findDiagramSvg,
  type ExportKind,
} from './exportDiagram';
import { currentFormulaTex, plainLatex } from './latex';
import { modelCaption } from './modelCaption';
import { translator, wantExploreStrings } from '../i18n';

/** The handouts (every step on its own page) in a new tab. */
export function openPrintView(): void {
  const url = withView(window.location.href, 'print');
  const win = window.open(url, '_blank');
  if (!win) window.location.href = url;
}

/** The practice cards' exercise sheet (with its answer key) for this model and seed, in a new tab. */
export function openSheetView(): void {
  const url = withView(window.location.href, 'sheet');
  const win = window.open(url, '_blank');
  if (!win) window.location.href = url;
}

export async function exportCurrentDiagram(kind: ExportKind): Promise<boolean> {
  const s = lessonStore.getState();
  await wantExploreStrings();
  const vt = translator(s.lang, 'views');
  const svg = findDiagramSvg();
  const part = svg && drawnColumns(svg);
  const caption = [
    modelCaption(vt, s.model, s.seed),
    part && vt('model.part', { lo: part.lo, hi: part.hi, last: part.T - 1 }),
  ]
    .filter(Boolean)
    .join('. ');
  const ok = await exportDiagram(kind, exportName(s.stepIndex, s.sub), caption);
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
