/**
 * The vanilla cell's forward pass in two calls of the WebAssembly kernels (vectors.wat), one of
 * the fast paths (accel.ts): rnnPass takes it where the kernels run. Its gradients are
 * fusedGradients.ts's.
 */
import { deps } from '../fastDeps';
import { inputPart } from './inputPart';
import type { Mat } from '../linalg/mat';
import { workspace } from '../linalg/vectors';
import type { Readout } from './cell';
import type { RnnModel } from './types';

/**
 * The recurrence z_t = U x_t + W s_{t−1}, s_t = f(z_t) for every t (rnnPass's, the same sums)
 * with W and the rows in the kernels' memory: one kernel call per step, W s_{t−1} from z_t's
 * input part (gemv_pairs: each row's sum in order), then f on the step's row; z, f′ and s are
 * copied out at the end. With `readout`, and T and K multiples of 4, the readout too, as
 * forward.ts computes it (O = S Vᵀ, one product; each row's softmax, exp as Math.exp computes it;
 * E_t = lse_t − o_t[y_t]): then E is returned. Returns false, doing nothing, when the kernels do
 * not run here or H is not a multiple of 8.
 */
export function rnnRecurrence(
  model: RnnModel,
  sMat: Mat,
  cache: readonly Mat[],
  nz: Int32Array,
  readout?: Readout,
): false | number | undefined {
  const { rows: T, cols: D } = model.inputs;
  const H = sMat.cols;
  if (H % 8 !== 0) return false;
  const TH = T * H;
  // W by row pairs (gemv_pairs'), W row-major for interleave_pairs to read, s_{−1}, then z, f′, s.
  const wp = 0;
  const w = wp + H * H;
  const s0 = w + H * H;
  const z = s0 + H;
  const fp = z + TH;
  const s = fp + TH;
  // Then the readout's: Vᵀ, O, Ŷ, each row's largest entry and sum, and V.
  const K = model.V.rows;
  const withReadout = readout !== undefined && T % 4 === 0 && K % 4 === 0;
  const vt = s + TH;
  const o = vt + H * K;
  const y = o + T * K;
  const ms = y + T * K;
  const v = ms + 2 * T;
  const ws = workspace(withReadout ? v + K * H : vt);
  if (ws === null) return false;
  const { k, mem, at } = ws;
  mem.set(model.W.data, at + w);
  k.interleave_pairs((at + w) * 8, (at + wp) * 8, H, H);
  mem.set(model.initialState, at + s0);
  const X = model.inputs.data;
  const Ud = model.U.data;
  const zV = mem.subarray(at + z, at + z + TH);
  const sV = mem.subarray(at + s, at + s + TH);
  const fpV = mem.subarray(at + fp, at + fp + TH);
  // Every step's input part first (z_t = U x_t), each sum then continued by W's terms.
  for (let t = 0; t < T; t++) inputPart(Ud, null, X, t * D, D, nz, mem, at + z + t * H, H);
  const B = 8;
  if (model.activation === 'tanh')
    // The whole recurrence in one call, tanh as the engine's Math.tanh computes it.
    k.rnn_tanh((at + wp) * B, (at + s0) * B, (at + z) * B, (at + fp) * B, (at + s) * B, T, H);
  else
    for (let t = 0; t < T; t++) {
      const prev = t === 0 ? at + s0 : at + s + (t - 1) * H;
      k.gemv_pairs((at + wp) * B, prev * B, (at + z + t * H) * B, H, H);
      deps.activateAt(model.activation, zV, sV, fpV, t * H, H);
    }
  cache[0].data.set(zV);
  cache[1].data.set(fpV);
  sMat.data.set(sV);
  if (!withReadout) return undefined;
  mem.set(model.V.data, at + v);
  k.transpose((at + v) * B, (at + vt) * B, K, H);
  k.matmul_acc((at + s) * B, (at + vt) * B, (at + o) * B, T, H, K, 0);
  k.softmax_rows((at + o) * B, (at + y) * B, (at + ms) * B, T, K);
  const { losses } = readout;
  const targets = model.targets;
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const lse = mem[at + ms + 2 * t] + Math.log(mem[at + ms + 2 * t + 1]);
    losses[t] = lse - mem[at + o + t * K + targets[t]];
    loss += losses[t];
  }
  readout.o.data.set(mem.subarray(at + o, at + o + T * K));
  readout.yhat.data.set(mem.subarray(at + y, at + y + T * K));
  return loss;
}
