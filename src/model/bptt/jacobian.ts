/**
 * Jacobians of the recurrence (math.md §2, §5), of the cell's carried state (cell.transition); for
 * the vanilla cell:
 *   ∂s_j/∂s_{j−1} = diag(f′(z_j)) W,   ∂s_t/∂s_k = Π_{j=k+1}^{t} ∂s_j/∂s_{j−1} = D_t W · D_{t−1} W ⋯ D_{k+1} W,
 * with the j = t factor leftmost and the identity for k = t; and the bound
 *   ‖∂s_t/∂s_k‖₂ ≤ (γ·σ_max(W))^{t−k}.
 */
import { sigmaMax } from '../linalg/jacobi';
import { mat, rowView, type Mat } from '../linalg/mat';
import { matMulInto, matMulScaledInto, matTVecInto } from '../linalg/products';
import { JACOBI_MAX, topSingularOf } from '../linalg/sigma';
import { fast } from '../accel';
import { cellOf } from './cells';
import type { Forward, JacobianInfo, JacobianNorms, AnyModel } from './types';

/**
 * The Lanczos stopping tolerance for the products' norms: the estimate's change between steps.
 * Convergence is fast enough that the error left is far smaller (about 1e−11 relative on
 * 64×64 products of every activation), well below what is shown or tested, for about a third
 * fewer steps than the default 1e−12.
 */
const NORM_TOL = 1e-10;

/**
 * The Jacobian products ∂s_t/∂s_k of one target, their norms σ_max and the bound, keeping every
 * step Jacobian and product (2(t + 1) matrices of H×H).
 */
export function jacobians(model: AnyModel, fwd: Forward, t: number): JacobianInfo {
  return compute(model, fwd, t, true) as JacobianInfo;
}

/**
 * The norms σ_max(∂s_t/∂s_k) and the bound alone: the same products, computed in two rolling
 * buffers and dropped (what the app shows; O(H²) memory instead of O(t·H²)).
 */
export function jacobianNorms(model: AnyModel, fwd: Forward, t: number): JacobianNorms {
  return compute(model, fwd, t, false);
}

function compute(
  model: AnyModel,
  fwd: Forward,
  t: number,
  keep: boolean,
): JacobianNorms | JacobianInfo {
  const cell = cellOf(model);
  const H = cell.carryWidth(fwd.dims.H);
  if (!Number.isInteger(t) || t < 0 || t >= fwd.dims.T) {
    throw new RangeError(`target t = ${t} is not in [0, ${fwd.dims.T})`);
  }
  // Kept: one allocation each for all t + 1 steps and products, handed out as views. Not kept:
  // one step and two products, reused.
  const n = t + 1;
  const slots = keep ? n : 2;
  const stepBuf = new Float64Array((keep ? n : 1) * H * H);
  const productBuf = new Float64Array(slots * H * H);
  const view = (buf: Float64Array, i: number) =>
    mat(H, H, buf.subarray(i * H * H, (i + 1) * H * H));
  const step: Mat[] = [];
  const product: Mat[] = [];
  for (let i = 0; i < (keep ? n : 1); i++) step.push(view(stepBuf, i));
  for (let i = 0; i < slots; i++) product.push(view(productBuf, i));
  const stepAt = (j: number) => step[keep ? j : 0];
  const productAt = (k: number) => product[keep ? k : k % 2];
  // Kept, every step is built here; otherwise each is built in the loop just before its use.
  if (keep) for (let j = 0; j <= t; j++) cell.transition(model, fwd, j, step[j].data);
  const last = productAt(t).data;
  for (let i = 0; i < H; i++) last[i * H + i] = 1;
  const productNorm = new Float64Array(n);
  productNorm[t] = 1;
  const jacobi = H <= JACOBI_MAX;
  // The products of a cell whose carry beyond s is elementwise, without J's zeros (a fast path).
  const split = cell.elementwiseCarry ? fast?.splitProduct(H, fwd.dims.H) : undefined;
  let right: Float64Array | undefined;
  const start = jacobi ? null : new Float64Array(H);
  // A transition diag(d)·M (the vanilla cell's) is built and multiplied in one kernel call,
  // which finds the product's largest entry on the way (Lanczos scales by it).
  const factors = !keep && !split ? cell.transitionFactors : undefined;
  for (let k = t - 1; k >= 0; k--) {
    // ∂s_t/∂s_k = (∂s_t/∂s_{k+1}) · (∂s_{k+1}/∂s_k)
    const J = stepAt(k + 1);
    const P = productAt(k);
    let big: number | undefined;
    // With the factors, the warm start below (J_{k+1}ᵀ v) comes out of the same kernel call.
    let warmed = false;
    if (factors) {
      const { scale, matrix } = factors(model, fwd, k + 1);
      const tv = !jacobi && right !== undefined ? { v: right, out: start! } : null;
      big = matMulScaledInto(productAt(k + 1), scale, matrix, P.data, J.data, tv);
      warmed = tv !== null;
    } else {
      if (!keep) cell.transition(model, fwd, k + 1, J.data);
      if (split) split(productAt(k + 1), J, P.data);
      else matMulInto(productAt(k + 1), J, P.data);
    }
    if (jacobi) {
      productNorm[k] = sigmaMax(P);
    } else {
      // If ∂s_t/∂s_{k+1} ≈ σ·u·vᵀ, then ∂s_t/∂s_k ≈ σ·u·(J_{k+1}ᵀv)ᵀ: J_{k+1}ᵀv is a good start
      // for this product's top right singular vector.
      const warm =
        right === undefined ? undefined : warmed ? start! : matTVecInto(J, right, start!);
      const top = topSingularOf(P, { start: warm, tol: NORM_TOL, maxAbs: big });
      productNorm[k] = top.sigma;
      right = top.right;
    }
  }
  const { sigma: sigmaW, gamma: g } = cell.transitionBound(model);
  const bound = new Float64Array(n);
  for (let k = 0; k <= t; k++) bound[k] = Math.pow(g * sigmaW, t - k);
  const norms: JacobianNorms = { t, productNorm, sigmaW, gamma: g, bound };
  return keep ? { ...norms, step, product } : norms;
}

/** The direct path's products of one target t (DirectPath). */
export interface DirectPath {
  readonly t: number;
  /** The gate whose product it is (the LSTM's forget gate `f`, the GRU's update gate `z`). */
  readonly gate: string;
  /** k = 0 … t: the diagonal of Π_{j=k+1}^{t} diag(d_j) (length H; ones for k = t). */
  readonly diag: readonly Float64Array[];
  /** k = 0 … t: its σ_max, max_i |diag_i|. */
  readonly norm: Float64Array;
}

/**
 * The direct path of a gated cell (math.md §8): Π_{j=k+1}^{t} diag(d_j), with d_j the cell's
 * direct gate at step j. For the LSTM d = f, and the product is exactly ∂c_t/∂c_k along the cell
 * state alone (the "constant error carousel" when f ≈ 1); for the GRU d = z, the part of ∂s_t/∂s_k
 * through the update gate's keep path alone. Null for a cell without one (the vanilla cell, whose
 * whole product is ∂s_t/∂s_k = Π_j diag(f′(z_j)) W).
 */
export function directPath(model: AnyModel, fwd: Forward, t: number): DirectPath | null {
  const cell = cellOf(model);
  const name = cell.directGate;
  if (name === null) return null;
  const { T, H } = fwd.dims;
  if (!Number.isInteger(t) || t < 0 || t >= T)
    throw new RangeError(`target t = ${t} is not in [0, ${T})`);
  const gate = fwd.cache[name];
  const buf = new Float64Array((t + 1) * H);
  const diag: Float64Array[] = [];
  for (let k = 0; k <= t; k++) diag.push(buf.subarray(k * H, (k + 1) * H));
  const norm = new Float64Array(t + 1);
  diag[t].fill(1);
  norm[t] = 1;
  for (let k = t - 1; k >= 0; k--) {
    // Π_{j=k+1}^{t} = (Π_{j=k+2}^{t}) · diag(d_{k+1})
    const d = rowView(gate, k + 1);
    let m = 0;
    for (let i = 0; i < H; i++) {
      diag[k][i] = diag[k + 1][i] * d[i];
      m = Math.max(m, Math.abs(diag[k][i]));
    }
    norm[k] = m;
  }
  return { t, gate: name.replace(/^gate\./, ''), diag, norm };
}
