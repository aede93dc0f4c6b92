/**
 * The predictions in a class session (the lecturer's device decides which is open):
 * - the lecturer's window asks as usual, with the class's records kept apart from the visitor's
 *   own; its prediction goes to the class, and its reveal (an answer, a skip, or "next") reveals
 *   the class's answers;
 * - a student's window asks the prediction only while the lecturer has it open (whatever the
 *   student's own setting), sends the answer (a new one replaces it) and shows the computed
 *   answer only when the lecturer reveals, beside the class's.
 */
import {
  classKeyOf,
  type ClassPrediction,
  type ClassTally,
  type ClassViewState,
} from '../store/classView';
import type { AnyModel } from '../model';
import { BINARY_OPTIONS } from '../lesson/prompts/types';
import { modelKey, type CurrentPrompt } from './current';

/** Where a class's records are kept (beside the visitor's own, never mixed). */
export const classScope = (room: string | null): string => (room ? `room:${room}|` : '');

/** The class's key of the prompt at the position. */
export function classKey(current: CurrentPrompt, model: AnyModel, target: number): string {
  return classKeyOf(current.key, modelKey(model, target));
}

/** The lecturer's prediction as the class sees it. */
export function lecturerPrediction(
  current: CurrentPrompt | null,
  model: AnyModel,
  target: number,
): ClassPrediction | null {
  if (!current) return null;
  const p = {
    key: classKey(current, model, target),
    kind: current.prompt.kind,
    revealed: !current.open,
  };
  const t = current.truth;
  if (t.kind === 'draw') return { ...p, points: t.values.length };
  if (t.kind === 'choice') return { ...p, options: t.options.map((k) => `k${k}`) };
  return { ...p, options: [...BINARY_OPTIONS[t.id]] };
}

/**
 * What a student's window asks: the prompt at its position if the lecturer has the same one open
 * (or revealed), else nothing; `due`: the lecturer has revealed it and this window has not yet.
 */
export function studentPrompt(
  current: CurrentPrompt | null,
  cls: Pick<ClassViewState, 'lecturer'>,
  model: AnyModel,
  target: number,
): { readonly current: CurrentPrompt | null; readonly due: boolean } {
  const l = cls.lecturer;
  if (!current || !l || l.key !== classKey(current, model, target))
    return { current: null, due: false };
  return { current, due: l.revealed && current.open };
}

/** The class's answers to this prompt, once revealed here. */
export function tallyOf(
  current: CurrentPrompt | null,
  cls: Pick<ClassViewState, 'answers'>,
  model: AnyModel,
  target: number,
): ClassTally | null {
  const a = cls.answers;
  return a && current && !current.open && a.key === classKey(current, model, target) ? a : null;
}

/** The class's curves that answer a drawing of n points. */
export const curvesOf = (curves: readonly (readonly number[])[], n: number) =>
  curves.filter((c) => c.length === n);

/** The class's median curve, k by k (null when nobody drew a curve of this length). On the log
 *  axis, an even count's two middle values meet at their geometric mean (0 when one is 0). */
export function medianCurve(curves: readonly (readonly number[])[], n: number): number[] | null {
  const fit = curvesOf(curves, n);
  if (!fit.length) return null;
  return Array.from({ length: n }, (_, k) => {
    const col = fit.map((c) => c[k]).sort((a, b) => a - b);
    const m = col.length >> 1;
    return col.length % 2 ? col[m] : Math.sqrt(col[m - 1] * col[m]);
  });
}
