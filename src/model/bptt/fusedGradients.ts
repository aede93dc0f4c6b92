/**
 * Full BPTT's gradients in a few calls of the WebAssembly kernels (vectors.wat), for every cell,
 * one of the fast paths (accel.ts): backward.ts takes them where the kernels
 * run and the shapes suit them, and the sweep (sweep.ts) everywhere else. The same sums in the
 * same order as there, so the same bits:
 *
 *   R = (ŷ − y)·V, the rows Vᵀ(ŷ_k − y_k) (readoutGradients' product);
 *   the sweep from k = T − 1 down to 0 (rnn_sweep, lstm_sweep, gru_sweep: the cells' backward
 *   steps);
 *   ∂E/∂W = Σ_k δ_k s_{k−1}ᵀ in the sweep's order, one product (outerBatch's);
 *   ∂E/∂U = Σ_k δ_k x_kᵀ in the sweep's order, x_k's non-zero entries only (addOuterInto's);
 *   ∂E/∂b = Σ_k δ_k in the sweep's order (addOuterInto's with the operand 1);
 *   ∂E/∂V = (ŷ − y)ᵀ S (gradV's product).
 */
import { matOn } from '../fastDeps';
import type { Mat } from '../linalg/mat';
import { workspace, type Workspace } from '../linalg/vectors';
import type { Cell } from './cell';
import type { AnyModel, Forward, Gradients, GruModel, LstmModel, RnnModel } from './types';

const B = 8;

/** Where each of a run of areas of these sizes starts, from 0, and where the last ends. */
function offsets(sizes: readonly number[]): number[] {
  const out = [0];
  for (const n of sizes) out.push(out[out.length - 1] + n);
  return out;
}

/**
 * The readout's part, in the work memory from `at0` (offsets from the workspace's start): E =
 * ŷ − y (T×K) and Eᵀ, V, then R = E·V (T×H) and ∂E/∂V = Eᵀ S (K×H, S at `s`); the areas are
 * e, et, v, r, dV, one after another (T·K, K·T, K·H, T·H, K·H).
 */
function readoutPart(ws: Workspace, model: AnyModel, fwd: Forward, at0: number, s: number): void {
  const { T, H, K } = fwd.dims;
  const { k, mem, at } = ws;
  const [e, et, v, r, dV] = offsets([T * K, K * T, K * H, T * H]).map((o) => at + at0 + o);
  mem.set(model.V.data, v);
  mem.set(fwd.yhat.data, e);
  const targets = model.targets;
  for (let t = 0; t < T; t++) mem[e + t * K + targets[t]] -= 1;
  k.transpose(e * B, et * B, T, K);
  k.matmul_acc(e * B, v * B, r * B, T, K, H, 0);
  k.matmul_acc(et * B, (at + s) * B, dV * B, K, T, H, 0);
}

/** The readout part's size (readoutPart) and where R and ∂E/∂V are in it. */
function readoutLayout(T: number, H: number, K: number): { size: number; r: number; dV: number } {
  const [, , , r, dV, size] = offsets([T * K, K * T, K * H, T * H, K * H]);
  return { size, r, dV };
}

/**
 * ∂E/∂U_q for each of `gates` input weights (H×D each, into `outs`) from the δ_k recorded as the
 * columns of u (G·H×T, sweep order, gate q's rows q·H …): x_k's non-zero entries only.
 */
function inputGradients(ws: Workspace, model: AnyModel, u: number, outs: readonly Mat[]): void {
  const { rows: T, cols: D, data: X } = model.inputs;
  const { mem, at } = ws;
  outs.forEach((out, gate) => {
    const H = out.rows;
    const O = out.data;
    const base = at + u + gate * H * T;
    for (let q = 0; q < T; q++) {
      const xo = (T - 1 - q) * D;
      for (let j = 0; j < D; j++) {
        const xj = X[xo + j];
        if (xj === 0) continue;
        for (let i = 0, o = j, d = base + q; i < H; i++, o += D, d += T) O[o] += mem[d] * xj;
      }
    }
  });
}

/** Fresh zeroed matrices of these shapes, one allocation for all. */
function zeros(shapes: readonly (readonly [number, number])[]): Mat[] {
  const buf = new Float64Array(shapes.reduce((n, [r, c]) => n + r * c, 0));
  let used = 0;
  return shapes.map(([r, c]) => matOn(r, c, buf.subarray(used, (used += r * c))));
}

function rnnGradients(model: RnnModel, fwd: Forward): Gradients | null {
  const { T, H, D, K } = fwd.dims;
  const ro = readoutLayout(T, H, K);
  // W, f′, S, s_{−1}, u (δ by columns), b (s_{k−1} by rows), ∂E/∂W, work, then the readout's.
  const [w, fp, s, s0, u, b, dW, g, ro0, end] = offsets([
    ...[H * H, T * H, T * H, H, H * T, T * H, H * H, 3 * H, ro.size],
  ]);
  const ws = workspace(end);
  if (ws === null) return null;
  const { k, mem, at } = ws;
  mem.set(model.W.data, at + w);
  mem.set(fwd.fprime.data, at + fp);
  mem.set(fwd.s.data, at + s);
  mem.set(model.initialState, at + s0);
  readoutPart(ws, model, fwd, ro0, s);
  const x = (o: number) => (at + o) * B;
  k.rnn_sweep(
    x(fp),
    x(ro0 + ro.r),
    x(w),
    x(s),
    x(s0),
    x(u),
    x(b),
    x(g),
    x(g + H),
    x(g + 2 * H),
    T,
    H,
  );
  k.matmul_acc(x(u), x(b), x(dW), H, T, H, 0);
  const [U, W, V] = zeros([
    [H, D],
    [H, H],
    [K, H],
  ]);
  inputGradients(ws, model, u, [U]);
  W.data.set(mem.subarray(at + dW, at + dW + H * H));
  V.data.set(mem.subarray(at + ro0 + ro.dV, at + ro0 + ro.dV + K * H));
  return { U, W, V };
}

const LSTM_CACHE = ['gate.i', 'gate.f', 'gate.g', 'gate.o', 'tanhc', 'c'] as const;
const LSTM_GATES = ['i', 'f', 'g', 'o'] as const;

function lstmGradients(model: LstmModel, fwd: Forward, names: readonly string[]): Gradients | null {
  const { T, H, K } = fwd.dims;
  const TH = T * H;
  const G = 4 * H;
  const ro = readoutLayout(T, H, K);
  // The stack row-major, i, f, g, o, tanh c, c, c_{−1}, S, s_{−1}, u (δ by columns, 4H×T), b
  // (s_{k−1} by rows), ∂E/∂W for the stack, work (g, g′: 2H each; δ: 4H), the readout's.
  const [w, cached, c0, s, s0, u, b, dW, g, ro0, end] = offsets([
    ...[G * H, 6 * TH, H, TH, H, G * T, TH, G * H, 8 * H, ro.size],
  ]);
  const ws = workspace(end);
  if (ws === null) return null;
  const { k, mem, at } = ws;
  LSTM_GATES.forEach((q, n) => mem.set(model.W[q].data, at + w + n * H * H));
  LSTM_CACHE.forEach((name, n) => mem.set(fwd.cache[name].data, at + cached + n * TH));
  mem.set(model.initialCell, at + c0);
  mem.set(fwd.s.data, at + s);
  mem.set(model.initialState, at + s0);
  readoutPart(ws, model, fwd, ro0, s);
  const x = (o: number) => (at + o) * B;
  const c = (n: number) => x(cached + n * TH);
  k.lstm_sweep(
    ...[x(ro0 + ro.r), c(0), c(1), c(2), c(3), c(4), c(5), x(c0), x(w), x(s), x(s0)],
    ...[x(u), x(b), x(g), x(g + 2 * H), x(g + 4 * H), T, H],
  );
  k.matmul_acc(x(u), x(b), x(dW), G, T, H, 0);
  return gatedResult(ws, model, fwd, names, u, dW, ro0 + ro.dV);
}

/**
 * A gated cell's gradients from the work memory, named in the cell's order, then V (backward.ts's
 * order: Object.values reads them so): ∂U_q from u (the δ by columns, gate q's rows q·H …), ∂W_q
 * the rows q·H … of dW, ∂b_q the row sums of u in order, ∂V at dV.
 */
function gatedResult(
  ws: Workspace,
  model: AnyModel,
  fwd: Forward,
  names: readonly string[],
  u: number,
  dW: number,
  dV: number,
): Gradients {
  const { T, H, D, K } = fwd.dims;
  const { mem, at } = ws;
  const gates = names.length / 3;
  const shape = (rows: number, cols: number) =>
    Array.from({ length: gates }, (): [number, number] => [rows, cols]);
  const mats = zeros([...shape(H, D), ...shape(H, H), ...shape(H, 1), [K, H]]);
  inputGradients(ws, model, u, mats.slice(0, gates));
  for (let q = 0; q < gates; q++) {
    mats[gates + q].data.set(mem.subarray(at + dW + q * H * H, at + dW + (q + 1) * H * H));
    const db = mats[2 * gates + q].data;
    for (let i = 0; i < H; i++) {
      let sum = 0;
      for (let p = 0, d = at + u + (q * H + i) * T; p < T; p++, d++) sum += mem[d];
      db[i] = sum;
    }
  }
  mats[3 * gates].data.set(mem.subarray(at + dV, at + dV + K * H));
  const out: Record<string, Mat> = {};
  names.forEach((name, n) => (out[name] = mats[n]));
  out.V = mats[3 * gates];
  return out;
}

const GRU_CACHE = ['gate.z', 'gate.r', 'gate.h', 'rs'] as const;

function gruGradients(model: GruModel, fwd: Forward, names: readonly string[]): Gradients | null {
  const { T, H, K } = fwd.dims;
  const TH = T * H;
  const ro = readoutLayout(T, H, K);
  // [W_z; W_r] and W_h row-major, z, r, h̃, r ⊙ s_{k−1}, S, s_{−1}, u (δ by columns, 3H×T), b and
  // bh (the W's operands by rows), ∂E/∂W for the three, work (g, g′, ρ: H each; δ: 3H), the
  // readout's.
  const [wzr, wh, cached, s, s0, u, b, bh, dW, g, ro0, end] = offsets([
    ...[2 * H * H, H * H, 4 * TH, TH, H, 3 * H * T, TH, TH, 3 * H * H, 6 * H, ro.size],
  ]);
  const ws = workspace(end);
  if (ws === null) return null;
  const { k, mem, at } = ws;
  mem.set(model.W.z.data, at + wzr);
  mem.set(model.W.r.data, at + wzr + H * H);
  mem.set(model.W.h.data, at + wh);
  GRU_CACHE.forEach((name, n) => mem.set(fwd.cache[name].data, at + cached + n * TH));
  mem.set(fwd.s.data, at + s);
  mem.set(model.initialState, at + s0);
  readoutPart(ws, model, fwd, ro0, s);
  const x = (o: number) => (at + o) * B;
  const c = (n: number) => x(cached + n * TH);
  k.gru_sweep(
    ...[x(ro0 + ro.r), c(0), c(1), c(2), c(3), x(s), x(s0), x(wzr), x(wh), x(u), x(b), x(bh)],
    ...[x(g), x(g + H), x(g + 2 * H), x(g + 5 * H), T, H],
  );
  // ∂W_z, ∂W_r from (δ_z; δ_r)·b, ∂W_h from δ_h·bh.
  k.matmul_acc(x(u), x(b), x(dW), 2 * H, T, H, 0);
  k.matmul_acc(x(u + 2 * H * T), x(bh), x(dW + 2 * H * H), H, T, H, 0);
  return gatedResult(ws, model, fwd, names, u, dW, ro0 + ro.dV);
}

/**
 * The untruncated gradients of `cell`'s model on the kernels, or null where they do not run or
 * the shapes do not suit them (T, K multiples of 4, H of 8).
 */
export function fusedGradients(cell: Cell, model: AnyModel, fwd: Forward): Gradients | null {
  const { T, H, K } = fwd.dims;
  if (T % 4 !== 0 || H % 8 !== 0 || K % 4 !== 0) return null;
  if (cell.kind === 'rnn') return rnnGradients(model as RnnModel, fwd);
  if (cell.kind === 'lstm') return lstmGradients(model as LstmModel, fwd, cell.weights);
  if (cell.kind === 'gru') return gruGradients(model as GruModel, fwd, cell.weights);
  return null;
}
