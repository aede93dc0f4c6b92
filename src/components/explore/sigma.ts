/** σ_max(W) the way the core's Jacobians compute it for this size (Jacobi up to 8, else Lanczos). */
import { sigmaMax, sigmaMaxLanczos, type RnnModel } from '../../model';

export function sigmaOf(model: RnnModel): number {
  return model.W.rows <= 8 ? sigmaMax(model.W) : sigmaMaxLanczos(model.W);
}
