/**
 * The LaTeX of the formula on screen, for a lecturer's own slides: the last formula the current
 * sub-step has revealed, with the app's \htmlClass{term-…}{…} links reduced to plain groups so
 * that it compiles with any LaTeX. Meant for slides, it is the TeX the app renders: its numbers
 * are in the language's style, as on screen (the lesson's formulas write only integer indices).
 */
import { formulasAt } from '../lesson/tex';
import type { AnyModel } from '../model';
import { selectLessonCtx, selectStep } from '../store';

/** `\htmlClass{term-W}{W}` → `{W}`; everything else is kept. */
export function plainLatex(tex: string): string {
  return tex.replace(/\\htmlClass\{[^{}]*\}/g, '');
}

interface PosState {
  readonly model: AnyModel;
  readonly target: number;
  readonly stepIndex: number;
  readonly sub: number;
}

/** The TeX of the last formula shown at this position (as the app renders it), or null. */
export function currentFormulaTex(s: PosState): string | null {
  const step = selectStep(s);
  const formulas = formulasAt(step, { ...selectLessonCtx(s), sub: s.sub });
  return formulas.length > 0 ? formulas[formulas.length - 1].tex : null;
}
