/** Small helpers to write steps as data. */
import type { LessonKey } from '../i18n/keys';
import type { ElementKind, FocusItem, LessonCtx, StepFormula, TimeSel } from './types';

/** The lecture's own context: E_3 of a sequence of four, full BPTT. */
export const SLIDE_CTX: LessonCtx = { t: 3, T: 4, n: null };

/** Focus items: at(sel, 'E', 'yhat') → [{ kind: 'E', at: sel }, { kind: 'yhat', at: sel }]. */
export function at(sel: TimeSel, ...kinds: ElementKind[]): FocusItem[] {
  return kinds.map((kind) => ({ kind, at: sel }));
}

interface FormulaOpts {
  readonly from?: number;
  readonly fromFor?: (ctx: LessonCtx) => number;
  readonly caption?: LessonKey;
}

/** A formula whose TeX is built for the context; `tex` holds the slides' version. */
export function formula(
  id: string,
  build: (ctx: LessonCtx) => string,
  opts: FormulaOpts = {},
): StepFormula {
  const from = opts.fromFor ? opts.fromFor(SLIDE_CTX) : opts.from;
  return {
    id,
    tex: build(SLIDE_CTX),
    texFor: build,
    ...(from !== undefined ? { from } : {}),
    ...(opts.fromFor ? { fromFor: opts.fromFor } : {}),
    ...(opts.caption ? { caption: opts.caption } : {}),
  };
}

/** The last sub-step of a 'backward' step (the sum), for the context's target. */
export const lastBackwardSub = (ctx: LessonCtx): number => ctx.t + 1;
