/** σ_max(W) the way the core's Jacobians compute it for this size (Jacobi up to 8, else Lanczos). */
import { sigmaMax, sigmaMaxLanczos, type Mat } from '../../model';

export function sigmaOf(W: Mat): number {
  return W.rows <= 8 ? sigmaMax(W) : sigmaMaxLanczos(W);
}
