/**
 * The vanilla cell's whole forward pass by offset (cell.forwardAll's way), one of the fast paths
 * (accel.ts): forward.ts takes it for the RNN once they are in, and rnnStep step by step until
 * then; the same sums either way.
 */
import { deps } from '../fastDeps';
import { addMatVecAt } from '../linalg/matVecAt';
import { residentStacks } from '../linalg/vectors';
import type { Mat as MatT } from '../linalg/mat';
import type { Readout } from './cell';
import type { RnnModel } from './types';
import { rnnRecurrence } from './rnnFused';
import { inputPart } from './inputPart';

/**
 * The whole pass (cell.forwardAll): rnnStep for t = 0 … T − 1 on the rows of s, z and f′ by
 * offset, with the same sums: z_t = U x_t from x_t's non-zero entries, then + W s_{t−1}.
 */
export function rnnPass(
  model: RnnModel,
  sMat: MatT,
  cache: readonly MatT[],
  nz: Int32Array,
  readout?: Readout,
): number | void {
  // On the kernels, with the readout too where the shapes suit them (E returned then).
  const done = rnnRecurrence(model, sMat, cache, nz, readout);
  if (done !== false) return done;
  const { U, inputs } = model;
  const { rows: T, cols: D } = inputs;
  const H = sMat.cols;
  const X = inputs.data;
  const Ud = U.data;
  const S = sMat.data;
  const Z = cache[0].data;
  const FP = cache[1].data;
  const W = residentStacks([[model.W]])?.[0];
  for (let t = 0; t < T; t++) {
    const xo = t * D;
    const zo = t * H;
    inputPart(Ud, null, X, xo, D, nz, Z, zo, H);
    const prev = t === 0 ? model.initialState : S;
    const pAt = t === 0 ? 0 : zo - H;
    if (W) W.mulAdd(prev, Z, pAt, zo);
    else addMatVecAt(model.W, prev, pAt, Z, zo);
    deps.activateAt(model.activation, Z, S, FP, zo, H);
  }
}
