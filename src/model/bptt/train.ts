/**
 * Gradient descent on the sequence: θ ← θ − lr · ĝ, with ĝ the gradient the model asks for (full
 * BPTT, or truncated when `truncate` is set), optionally clipped by norm as in Pascanu, Mikolov and
 * Bengio (2013), Algorithm 1, over the concatenation of ∂E/∂U, ∂E/∂W and ∂E/∂V:
 *   if ‖ĝ‖ ≥ θ then ĝ ← θ ĝ / ‖ĝ‖   (the direction is kept).
 */
import { mat, type Mat } from '../linalg/mat';
import { gradientNorm, gradients } from './backward';
import { cellOf } from './cells';
import { forward } from './forward';
import type { AnyModel, Model } from './types';

// In backward.ts: the lesson's facts use it, and training is the explore mode's alone.
export { gradientNorm };

export interface SgdOptions {
  /** The learning rate, a finite number > 0. */
  lr: number;
  /** The clipping threshold θ > 0, or null/undefined for no clipping. */
  clip?: number | null;
}

export interface SgdStepResult<M extends AnyModel = Model> {
  /** The model after the step (the model passed in when the step would leave finite numbers). */
  model: M;
  /** E before the step. */
  loss: number;
  /** ‖(∂E/∂U, ∂E/∂W, ∂E/∂V)‖₂ before clipping. */
  gradNorm: number;
  /** True when the gradient was rescaled to the threshold. */
  clipped: boolean;
  /** True when the loss, the gradient or the new weights are not finite: the step was refused. */
  diverged: boolean;
}

function checkOptions(opts: SgdOptions): void {
  if (!(typeof opts.lr === 'number' && Number.isFinite(opts.lr) && opts.lr > 0))
    throw new RangeError(`the learning rate must be a finite number > 0, found ${opts.lr}`);
  const c = opts.clip;
  if (c !== null && c !== undefined && !(Number.isFinite(c) && c > 0))
    throw new RangeError(`the clipping threshold must be a finite number > 0, found ${c}`);
}

/** p − step · g, or null when a number would not be finite. */
function descend(p: Mat, g: Mat, step: number): Mat | null {
  const out = new Float64Array(p.data.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = p.data[i] - step * g.data[i];
    if (!Number.isFinite(out[i])) return null;
  }
  return mat(p.rows, p.cols, out);
}

/** One step of gradient descent. The model passed in is not modified. */
export function sgdStep<M extends AnyModel>(model: M, opts: SgdOptions): SgdStepResult<M> {
  checkOptions(opts);
  const fwd = forward(model);
  const g = gradients(model, fwd);
  const gradNorm = gradientNorm(g);
  const loss = fwd.loss;
  if (!Number.isFinite(loss) || !Number.isFinite(gradNorm))
    return { model, loss, gradNorm, clipped: false, diverged: true };
  const theta = opts.clip ?? null;
  const clipped = theta !== null && gradNorm >= theta && gradNorm > 0;
  const step = clipped ? (opts.lr * (theta as number)) / gradNorm : opts.lr;
  const cell = cellOf(model);
  const byName = g as unknown as Readonly<Record<string, Mat>>;
  const weights = cell.weights.map((name, i) => descend(cell.weight(model, i), byName[name], step));
  const V = descend(model.V, g.V, step);
  if (!V || weights.some((w) => w === null))
    return { model, loss, gradNorm, clipped, diverged: true };
  const next = cell.withWeights(model, weights as Mat[]) as M;
  return { model: { ...next, V }, loss, gradNorm, clipped, diverged: false };
}

export interface TrainResult<M extends AnyModel = Model> {
  /** The model after the last step taken. */
  model: M;
  /**
   * The loss curve: losses[0] before training, losses[i] after i steps (length steps + 1; on
   * divergence it ends with the loss of the step that was refused).
   */
  losses: number[];
  /** ‖ĝ‖ before clipping at each step taken. */
  gradNorms: number[];
  /** How many steps were clipped. */
  clippedSteps: number;
  /** True when training stopped early because a step would leave finite numbers. */
  diverged: boolean;
}

/** `steps` steps of gradient descent (stops early on divergence). */
export function train<M extends AnyModel>(
  model: M,
  steps: number,
  opts: SgdOptions,
): TrainResult<M> {
  if (!Number.isInteger(steps) || steps < 0)
    throw new RangeError(`the number of steps must be an integer ≥ 0, found ${steps}`);
  checkOptions(opts);
  let current = model;
  const losses: number[] = [];
  const gradNorms: number[] = [];
  let clippedSteps = 0;
  for (let i = 0; i < steps; i++) {
    const r = sgdStep(current, opts);
    losses.push(r.loss);
    if (r.diverged) return { model: current, losses, gradNorms, clippedSteps, diverged: true };
    gradNorms.push(r.gradNorm);
    if (r.clipped) clippedSteps++;
    current = r.model;
  }
  losses.push(forward(current).loss);
  return { model: current, losses, gradNorms, clippedSteps, diverged: false };
}
