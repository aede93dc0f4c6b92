/**
 * Jacobians of the recurrence (math.md §2, §5):
 *   ∂s_j/∂s_{j−1} = diag(f′(z_j)) W,   ∂s_t/∂s_k = Π_{j=k+1}^{t} ∂s_j/∂s_{j−1} = D_t W · D_{t−1} W ⋯ D_{k+1} W,
 * with the j = t factor leftmost and the identity for k = t; and the bound
 *   ‖∂s_t/∂s_k‖₂ ≤ (γ·σ_max(W))^{t−k}.
 */
import { gamma } from './activation';
import { diagMul, identity, matMul, rowView, sigmaMax, sigmaMaxPower } from './linalg';
import type { Forward, JacobianInfo, Mat, RnnModel } from './types';

/** Above this size σ_max of the products uses warm-started power iteration instead of Jacobi. */
const JACOBI_MAX = 16;

/** ∂s_j/∂s_{j−1} = diag(f′(z_j)) W. */
export function stepJacobian(model: RnnModel, fwd: Forward, j: number): Mat {
  return diagMul(rowView(fwd.fprime, j), model.W);
}

export function jacobians(model: RnnModel, fwd: Forward, t: number): JacobianInfo {
  const H = fwd.dims.H;
  if (!Number.isInteger(t) || t < 0 || t >= fwd.dims.T) {
    throw new RangeError(`target t = ${t} is not in [0, ${fwd.dims.T})`);
  }
  const step: Mat[] = [];
  for (let j = 0; j <= t; j++) step.push(stepJacobian(model, fwd, j));
  const product: Mat[] = new Array(t + 1);
  product[t] = identity(H);
  // ∂s_t/∂s_k = (∂s_t/∂s_{k+1}) · (∂s_{k+1}/∂s_k)
  for (let k = t - 1; k >= 0; k--) product[k] = matMul(product[k + 1], step[k + 1]);
  const productNorm = new Float64Array(t + 1);
  const warm = new Float64Array(H).fill(1 / Math.sqrt(H));
  for (let k = t; k >= 0; k--) {
    productNorm[k] = H <= JACOBI_MAX ? sigmaMax(product[k]) : sigmaMaxPower(product[k], warm);
  }
  const sigmaW = sigmaMax(model.W);
  const g = gamma(model.activation);
  const bound = new Float64Array(t + 1);
  for (let k = 0; k <= t; k++) bound[k] = Math.pow(g * sigmaW, t - k);
  return { t, step, product, productNorm, sigmaW, gamma: g, bound };
}
