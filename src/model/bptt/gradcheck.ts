/**
 * The gradient check: centred finite differences (J(θ + h) − J(θ − h)) / 2h of the full,
 * untruncated loss against the analytic full-BPTT gradient, entry by entry, with the relative error
 * |a − n| / max(|a|, |n|) (0 where both are 0) — the cs231n convention (math.md §6).
 */
import { mat, type Mat } from '../linalg/mat';
import { fullGradients } from './backward';
import { forward, lossOf } from './forward';
import { paramNames, paramOf, withParam } from './params';
import type { GradientCheck, Model, ParamCheck } from './types';

export function relativeError(a: number, n: number): number {
  const m = Math.max(Math.abs(a), Math.abs(n));
  return m === 0 ? 0 : Math.abs(a - n) / m;
}

function checkParam(model: Model, name: string, analytic: Mat, h: number): ParamCheck {
  const own = paramOf(model, name);
  const probe = withParam(model, name, mat(own.rows, own.cols, own.data.slice()));
  const data = paramOf(probe, name).data;
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
export function gradientCheck(model: Model, h = 1e-5): GradientCheck {
  const g = fullGradients(model, forward(model));
  const out: Record<string, ParamCheck> = {};
  let maxRelError = 0;
  for (const name of paramNames(model)) {
    out[name] = checkParam(model, name, g[name], h);
    maxRelError = Math.max(maxRelError, out[name].maxRelError);
  }
  return { h, params: out, maxRelError };
}
