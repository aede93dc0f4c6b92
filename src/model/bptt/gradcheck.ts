/**
 * The gradient check: centred finite differences (J(θ + h) − J(θ − h)) / 2h of the full,
 * untruncated loss against the analytic full-BPTT gradient, entry by entry, with the relative error
 * |a − n| / max(|a|, |n|) (0 where both are 0) — the cs231n convention (math.md §6).
 */
import { mat, type Mat } from '../linalg/mat';
import { fullGradients } from './backward';
import { forward, lossOf } from './forward';
import { paramNames, paramOf, withParam } from './params';
import type { GradientCheck, AnyModel, ParamCheck } from './types';

export function relativeError(a: number, n: number): number {
  const m = Math.max(Math.abs(a), Math.abs(n));
  return m === 0 ? 0 : Math.abs(a - n) / m;
}

/** How far a long computation has come: units done of the total. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** One parameter's check, yielding after every weight (two forward passes each). */
function* checkParamSteps(
  model: AnyModel,
  name: string,
  analytic: Mat,
  h: number,
  before: number,
  total: number,
): Generator<Progress, ParamCheck> {
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
    yield { done: before + i + 1, total };
  }
  return { analytic, numeric, relError, maxRelError };
}

/**
 * The gradient check as a computation that can be paused: it yields its progress after every
 * weight, so a caller can run it in slices (the page stays responsive) and stop it.
 */
export function* gradientCheckSteps(model: AnyModel, h = 1e-5): Generator<Progress, GradientCheck> {
  const g = fullGradients(model, forward(model));
  const names = paramNames(model);
  const total = names.reduce((n, name) => n + paramOf(model, name).data.length, 0);
  const out: Record<string, ParamCheck> = {};
  let maxRelError = 0;
  let before = 0;
  for (const name of names) {
    out[name] = yield* checkParamSteps(model, name, g[name], h, before, total);
    before += out[name].analytic.data.length;
    maxRelError = Math.max(maxRelError, out[name].maxRelError);
  }
  return { h, params: out, maxRelError };
}

/** Runs a computation of steps to its end. */
export function runToEnd<R>(steps: Generator<unknown, R>): R {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Central differences (f(p + h) − f(p − h)) / 2h for every weight against the backward pass: each
 * parameter's numeric gradient, the relative error per entry and the largest of all.
 */
export function gradientCheck(model: AnyModel, h = 1e-5): GradientCheck {
  return runToEnd(gradientCheckSteps(model, h));
}
