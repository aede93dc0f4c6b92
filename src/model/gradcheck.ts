/**
 * The gradient check: centred finite differences (J(θ + h) − J(θ − h)) / 2h of the full,
 * untruncated loss against the analytic full-BPTT gradient, entry by entry, with the relative error
 * |a − n| / max(|a|, |n|) (0 where both are 0) — the cs231n convention (math.md §6).
 */
import { fullGradients } from './backward';
import { forward, lossOf } from './forward';
import { mat } from './linalg';
import type { GradientCheck, Mat, ParamCheck, ParamName, RnnModel } from './types';

export function relativeError(a: number, n: number): number {
  const m = Math.max(Math.abs(a), Math.abs(n));
  return m === 0 ? 0 : Math.abs(a - n) / m;
}

/** A copy of the model whose parameter p has its own data array (so it can be perturbed). */
function withOwnParam(model: RnnModel, p: ParamName): RnnModel {
  const m = model[p];
  return { ...model, [p]: mat(m.rows, m.cols, m.data.slice()) };
}

function checkParam(model: RnnModel, p: ParamName, analytic: Mat, h: number): ParamCheck {
  const probe = withOwnParam(model, p);
  const data = probe[p].data;
  const numeric = mat(analytic.rows, analytic.cols);
  const relError = mat(analytic.rows, analytic.cols);
  let maxRelError = 0;
  for (let i = 0; i < data.length; i++) {
    const orig = data[i];
    data[i] = orig + h;
    const plus = lossOf(probe);
    data[i] = orig - h;
    const minus = lossOf(probe);
    data[i] = orig;
    numeric.data[i] = (plus - minus) / (2 * h);
    relError.data[i] = relativeError(analytic.data[i], numeric.data[i]);
    if (!(relError.data[i] <= maxRelError)) maxRelError = relError.data[i];
  }
  return { analytic, numeric, relError, maxRelError };
}

/** Costs 2 forward passes per parameter entry: meant for the small models of a lesson. */
export function gradientCheck(model: RnnModel, h = 1e-5): GradientCheck {
  const g = fullGradients(model, forward(model));
  const U = checkParam(model, 'U', g.U, h);
  const W = checkParam(model, 'W', g.W, h);
  const V = checkParam(model, 'V', g.V, h);
  return { h, U, W, V, maxRelError: Math.max(U.maxRelError, W.maxRelError, V.maxRelError) };
}
