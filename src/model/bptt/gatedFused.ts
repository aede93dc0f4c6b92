/**
 * The gated cells' whole forward passes in one call of the WebAssembly kernels each (vectors.wat's
 * lstm_cells and gru_cells), on the fast paths' work memory (linalg/vectors.ts's workspace):
 * lstmPass and gruPass take them where the kernels run. The same operations in the same order as
 * those passes, so the same bits: each gate's input part b_q + U_q x_t here (one column of U_q
 * for a one-hot x_t), then in the kernel the stacked W times s_{t−1} (each row's sum in order),
 * the gates with σ and tanh as gated.ts's sigmoid and Math.tanh compute them, and the new state.
 */
import { fast } from '../accel';
import type { Mat } from '../linalg/mat';
import type { Workspace } from '../linalg/vectors';
import type { GatedModel, GruModel, LstmModel } from './types';

const B = 8;

/** Each step's pre-activations' input parts b_q + U_q x_t, gate after gate, into the rows of `a` (T×(G·H), from `at` in mem). */
function inputParts(
  model: GatedModel,
  gates: readonly string[],
  mem: Float64Array,
  at: number,
  nz: Int32Array,
): void {
  const { rows: T, cols: D, data: X } = model.inputs;
  const H = model.initialState.length;
  const U = model.U as Record<string, Mat>;
  const b = model.b as Record<string, Mat>;
  const G = gates.length * H;
  const part = fast!.inputPart;
  for (let t = 0; t < T; t++)
    for (let q = 0; q < gates.length; q++)
      part(U[gates[q]].data, b[gates[q]].data, X, t * D, D, nz, mem, at + t * G + q * H, H);
}

/** The gates' W stacked (rows of each in turn) by row pairs at `to`, through row-major at `via`. */
function stackPairs(ws: Workspace, Ws: readonly Mat[], to: number, via: number): void {
  const { k, mem, at } = ws;
  const H = Ws[0].cols;
  Ws.forEach((W, q) => mem.set(W.data, at + via + q * H * H));
  k.interleave_pairs((at + via) * B, (at + to) * B, Ws.length * H, H);
}

/** Copies `n` arrays of `size` entries, one after another in mem from `from`, into `outs`. */
function copyOut(ws: Workspace, from: number, size: number, outs: readonly Mat[]): void {
  const { mem, at } = ws;
  outs.forEach((m, n) =>
    m.data.set(mem.subarray(at + from + n * size, at + from + (n + 1) * size)),
  );
}

const LSTM_GATES = ['i', 'f', 'g', 'o'] as const;

/** The LSTM's pass into `carry` (T×2H) and `cache` (i, f, g, o, c, tanh c); false when the kernels do not run here (or H is odd). */
export function lstmFusedPass(
  model: LstmModel,
  carry: Mat,
  cache: readonly Mat[],
  nz: Int32Array,
): boolean {
  const T = model.inputs.rows;
  const H = model.initialState.length;
  if (H % 2 !== 0) return false;
  const G = 4 * H;
  const TH = T * H;
  // The stack by row pairs and row-major, s_{−1}, c_{−1}, the pre-activations (T×4H), the six
  // cached values, the carry.
  const [wp, w, s0, c0, a, cached, cy, end] = offsets([G * H, G * H, H, H, T * G, 6 * TH, 2 * TH]);
  const ws = fast?.workspace(end) ?? null;
  if (ws === null) return false;
  const { k, mem, at } = ws;
  stackPairs(
    ws,
    LSTM_GATES.map((q) => model.W[q]),
    wp,
    w,
  );
  mem.set(model.initialState, at + s0);
  mem.set(model.initialCell, at + c0);
  inputParts(model, LSTM_GATES, mem, at + a, nz);
  const c = (n: number) => (at + cached + n * TH) * B;
  k.lstm_cells(
    ...[(at + wp) * B, (at + s0) * B, (at + c0) * B, (at + a) * B],
    ...[c(0), c(1), c(2), c(3), c(4), c(5), (at + cy) * B, T, H],
  );
  copyOut(ws, cached, TH, cache);
  copyOut(ws, cy, 2 * TH, [carry]);
  return true;
}

const GRU_GATES = ['z', 'r', 'h'] as const;

/** The GRU's pass into `s` (T×H) and `cache` (z, r, h̃, r ⊙ s_{t−1}); false when the kernels do not run here (or H is not a multiple of 8). */
export function gruFusedPass(
  model: GruModel,
  s: Mat,
  cache: readonly Mat[],
  nz: Int32Array,
): boolean {
  const T = model.inputs.rows;
  const H = model.initialState.length;
  if (H % 8 !== 0) return false;
  const TH = T * H;
  // [W_z; W_r] and W_h by row pairs, their row-major copies, s_{−1}, the pre-activations (T×3H),
  // the four cached values, the states.
  const sizes = [2 * H * H, H * H, 2 * H * H, H * H, H, 3 * TH, 4 * TH, TH];
  const [wzr, wh, vzr, vh, s0, a, cached, st, end] = offsets(sizes);
  const ws = fast?.workspace(end) ?? null;
  if (ws === null) return false;
  const { k, mem, at } = ws;
  stackPairs(ws, [model.W.z, model.W.r], wzr, vzr);
  stackPairs(ws, [model.W.h], wh, vh);
  mem.set(model.initialState, at + s0);
  inputParts(model, GRU_GATES, mem, at + a, nz);
  const c = (n: number) => (at + cached + n * TH) * B;
  k.gru_cells(
    ...[(at + wzr) * B, (at + wh) * B, (at + s0) * B, (at + a) * B],
    ...[c(0), c(1), c(2), c(3), (at + st) * B, T, H],
  );
  copyOut(ws, cached, TH, cache);
  copyOut(ws, st, TH, [s]);
  return true;
}

/** Where each of a run of areas of these sizes starts, from 0, and where the last ends. */
function offsets(sizes: readonly number[]): number[] {
  const out = [0];
  for (const n of sizes) out.push(out[out.length - 1] + n);
  return out;
}
