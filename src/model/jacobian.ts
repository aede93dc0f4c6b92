/**
 * Jacobians of the recurrence (math.md §2, §5):
 *   ∂s_j/∂s_{j−1} = diag(f′(z_j)) W,   ∂s_t/∂s_k = Π_{j=k+1}^{t} ∂s_j/∂s_{j−1} = D_t W · D_{t−1} W ⋯ D_{k+1} W,
 * with the j = t factor leftmost and the identity for k = t; and the bound
 *   ‖∂s_t/∂s_k‖₂ ≤ (γ·σ_max(W))^{t−k}.
 */
import { gamma } from './activation';
import { diagMul, identity, mat, rowView, sigmaMax } from './linalg';
import { sigmaMaxLanczos } from './lanczos';
import type { Forward, JacobianInfo, Mat, RnnModel } from './types';

/** Up to this size σ_max uses Jacobi on the Gram matrix; above it, Lanczos bidiagonalisation. */
const JACOBI_MAX = 8;

/** p · diag(d) · W, without forming diag(d)·W: (p·D)_{ik} = p_{ik} d_k. */
function mulStep(p: Mat, d: Float64Array, W: Mat): Mat {
  const n = p.rows;
  const h = W.cols;
  const out = new Float64Array(n * h);
  const P = p.data;
  const B = W.data;
  for (let i = 0; i < n; i++) {
    const oo = i * h;
    for (let k = 0; k < p.cols; k++) {
      const aik = P[i * p.cols + k] * d[k];
      if (aik === 0) continue;
      const bo = k * h;
      for (let j = 0; j < h; j++) out[oo + j] += aik * B[bo + j];
    }
  }
  return mat(n, h, out);
}

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
  for (let k = t - 1; k >= 0; k--) {
    product[k] = mulStep(product[k + 1], rowView(fwd.fprime, k + 1), model.W);
  }
  const productNorm = new Float64Array(t + 1);
  const norm = H <= JACOBI_MAX ? sigmaMax : sigmaMaxLanczos;
  for (let k = 0; k <= t; k++) productNorm[k] = k === t ? 1 : norm(product[k]);
  const sigmaW = norm(model.W);
  const g = gamma(model.activation);
  const bound = new Float64Array(t + 1);
  for (let k = 0; k <= t; k++) bound[k] = Math.pow(g * sigmaW, t - k);
  return { t, step, product, productNorm, sigmaW, gamma: g, bound };
}
