// @vitest-environment node
/**
 * The core's optimised forward pass and gradients (batched readout, whole-pass cell steps, work
 * arrays kept between calls, the WebAssembly kernels) against a straightforward reference: the
 * equations of math.md §2 and §8 in plain loops, one step and one target at a time, written
 * without the core. Random models of several sizes (some that take the kernels, some that do
 * not), every cell, one-hot and real inputs, zero and random initial states, full and truncated
 * BPTT; with the WebAssembly kernels on and off. Agreement to 1e−12 relative (to the largest
 * entry of each compared array).
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fastPaths,
  forward,
  gradients,
  installFullCore,
  mat,
  matMulScaledInto,
  matTVecInto,
  maxAbs,
  paramNames,
  randomModel,
  setWasmKernels,
  type AnyModel,
  type Mat,
} from '../../../src/model';
import { maxAbsOf, mismatch } from './helpers';

beforeAll(async () => {
  await fastPaths;
  installFullCore();
});

afterEach(() => {
  setWasmKernels(true);
});

const TOL = 1e-12;

const at = (m: Mat, i: number, j: number) => m.data[i * m.cols + j];
const sig = (a: number) => 1 / (1 + Math.exp(-a));
const zeros = (n: number) => new Array<number>(n).fill(0);

/** Σ_j M[i][j]·v[j] for each row i. */
function mv(M: Mat, v: ArrayLike<number>): number[] {
  const out = zeros(M.rows);
  for (let i = 0; i < M.rows; i++) for (let j = 0; j < M.cols; j++) out[i] += at(M, i, j) * v[j];
  return out;
}

/** Σ_i M[i][j]·v[i] for each column j. */
function mtv(M: Mat, v: ArrayLike<number>): number[] {
  const out = zeros(M.cols);
  for (let i = 0; i < M.rows; i++) for (let j = 0; j < M.cols; j++) out[j] += at(M, i, j) * v[i];
  return out;
}

/** acc += u vᵀ */
function addOuter(acc: number[], cols: number, u: ArrayLike<number>, v: ArrayLike<number>): void {
  for (let i = 0; i < u.length; i++)
    for (let j = 0; j < cols; j++) acc[i * cols + j] += u[i] * v[j];
}

interface Reference {
  loss: number;
  yhat: number[][];
  s: number[][];
  grads: Record<string, number[]>;
}

/**
 * One step's local backward pass: from (∂E/∂s_k, ∂E/∂c_k) the gates' δ (by the weights' gate
 * names) and what it hands to step k − 1.
 */
type LocalBackward = (
  k: number,
  gs: number[],
  gc: number[],
) => {
  deltas: Record<string, number[]>;
  gsPrev: number[];
  gcPrev: number[];
  wOperand: Record<string, number[]>;
};

/** The reference: forward by the equations, then for each target t a walk back to max(0, t − n). */
function reference(model: AnyModel): Reference {
  const T = model.inputs.rows;
  const H = model.V.cols;
  const K = model.V.rows;
  const x = (t: number) =>
    Array.from(model.inputs.data.subarray(t * model.inputs.cols, (t + 1) * model.inputs.cols));
  const s: number[][] = [];
  const c: number[][] = [];
  const cache: Record<string, number[]>[] = [];
  const sPrev = (t: number) => (t === 0 ? Array.from(model.initialState) : s[t - 1]);
  const cPrev = (t: number) =>
    t === 0 ? (model.cell === 'lstm' ? Array.from(model.initialCell) : zeros(H)) : c[t - 1];
  for (let t = 0; t < T; t++) {
    const sp = sPrev(t);
    if (model.cell === 'gru') {
      const pre = (g: 'z' | 'r' | 'h', v: number[]) => {
        const u = mv(model.U[g], x(t));
        const w = mv(model.W[g], v);
        return u.map((ui, i) => ui + w[i] + model.b[g].data[i]);
      };
      const z = pre('z', sp).map(sig);
      const r = pre('r', sp).map(sig);
      const rs = r.map((ri, i) => ri * sp[i]);
      const h = pre('h', rs).map(Math.tanh);
      s.push(h.map((hi, i) => (1 - z[i]) * hi + z[i] * sp[i]));
      c.push(zeros(H));
      cache.push({ z, r, h, rs });
    } else if (model.cell === 'lstm') {
      const pre = (g: 'i' | 'f' | 'g' | 'o') => {
        const u = mv(model.U[g], x(t));
        const w = mv(model.W[g], sp);
        return u.map((ui, i) => ui + w[i] + model.b[g].data[i]);
      };
      const i = pre('i').map(sig);
      const f = pre('f').map(sig);
      const g = pre('g').map(Math.tanh);
      const o = pre('o').map(sig);
      const ct = f.map((fj, j) => fj * cPrev(t)[j] + i[j] * g[j]);
      const tc = ct.map(Math.tanh);
      s.push(o.map((oj, j) => oj * tc[j]));
      c.push(ct);
      cache.push({ i, f, g, o, tc });
    } else {
      const u = mv(model.U, x(t));
      const w = mv(model.W, sp);
      const z = u.map((ui, i) => ui + w[i]);
      const act = {
        tanh: Math.tanh,
        relu: (a: number) => (a > 0 ? a : 0),
        sigmoid: sig,
        linear: (a: number) => a,
      }[model.activation];
      const st = z.map(act);
      const fp = z.map((zi, i) =>
        model.activation === 'tanh'
          ? 1 - st[i] ** 2
          : model.activation === 'relu'
            ? zi > 0
              ? 1
              : 0
            : model.activation === 'sigmoid'
              ? st[i] * (1 - st[i])
              : 1,
      );
      s.push(st);
      c.push(zeros(H));
      cache.push({ fp });
    }
  }
  const yhat: number[][] = [];
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const o = mv(model.V, s[t]);
    const m = Math.max(...o);
    const sum = o.reduce((a, oi) => a + Math.exp(oi - m), 0);
    yhat.push(o.map((oi) => Math.exp(oi - m) / sum));
    loss += m + Math.log(sum) - o[model.targets[t]];
  }
  const local: LocalBackward = (k, gs, gc): ReturnType<LocalBackward> => {
    const sp = sPrev(k);
    const C = cache[k];
    if (model.cell === 'gru') {
      const { z, r, h, rs } = C;
      const dh = gs.map((g, i) => g * (1 - z[i]) * (1 - h[i] ** 2));
      const dz = gs.map((g, i) => g * (sp[i] - h[i]) * z[i] * (1 - z[i]));
      const rho = mtv(model.W.h, dh);
      const dr = rho.map((p, i) => p * sp[i] * r[i] * (1 - r[i]));
      const wz = mtv(model.W.z, dz);
      const wr = mtv(model.W.r, dr);
      const gsPrev = gs.map((g, i) => z[i] * g + r[i] * rho[i] + wz[i] + wr[i]);
      return {
        deltas: { z: dz, r: dr, h: dh },
        gsPrev,
        gcPrev: zeros(H),
        wOperand: { z: sp, r: sp, h: rs },
      };
    }
    if (model.cell === 'lstm') {
      const { i, f, g, o, tc } = C;
      const cp = cPrev(k);
      const gamma = gc.map((v, j) => v + gs[j] * o[j] * (1 - tc[j] ** 2));
      const deltas = {
        i: gamma.map((v, j) => v * g[j] * i[j] * (1 - i[j])),
        f: gamma.map((v, j) => v * cp[j] * f[j] * (1 - f[j])),
        g: gamma.map((v, j) => v * i[j] * (1 - g[j] ** 2)),
        o: gs.map((v, j) => v * tc[j] * o[j] * (1 - o[j])),
      };
      const gsPrev = zeros(H);
      for (const q of ['i', 'f', 'g', 'o'] as const) {
        const back = mtv(model.W[q], deltas[q]);
        for (let j = 0; j < H; j++) gsPrev[j] += back[j];
      }
      return {
        deltas,
        gsPrev,
        gcPrev: gamma.map((v, j) => f[j] * v),
        wOperand: { i: sp, f: sp, g: sp, o: sp },
      };
    }
    const delta = gs.map((g, i) => g * C.fp[i]);
    return {
      deltas: { '': delta },
      gsPrev: mtv(model.W, delta),
      gcPrev: zeros(H),
      wOperand: { '': sp },
    };
  };
  const grads: Record<string, number[]> = {};
  const D = model.inputs.cols;
  const gateNames =
    model.cell === 'gru' ? ['z', 'r', 'h'] : model.cell === 'lstm' ? ['i', 'f', 'g', 'o'] : [''];
  const name = (p: string, g: string) => (g === '' ? p : `${p}.${g}`);
  for (const g of gateNames) {
    grads[name('U', g)] = zeros(H * D);
    grads[name('W', g)] = zeros(H * H);
    if (g !== '') grads[name('b', g)] = zeros(H);
  }
  grads.V = zeros(K * H);
  const n = model.truncate ?? T;
  for (let t = 0; t < T; t++) {
    const e = yhat[t].map((y, j) => y - (j === model.targets[t] ? 1 : 0));
    addOuter(grads.V, H, e, s[t]);
    let gs = mtv(model.V, e);
    let gc = zeros(H);
    for (let k = t; k >= Math.max(0, t - n); k--) {
      const { deltas, gsPrev, gcPrev, wOperand } = local(k, gs, gc);
      for (const g of gateNames) {
        addOuter(grads[name('U', g)], D, deltas[g], x(k));
        addOuter(grads[name('W', g)], H, deltas[g], wOperand[g]);
        if (g !== '') addOuter(grads[name('b', g)], 1, deltas[g], [1]);
      }
      gs = gsPrev;
      gc = gcPrev;
    }
  }
  return { loss, yhat, s, grads };
}

/** |a − e| ≤ TOL · max(1, largest |e|) over the array; the failure as text, or null. */
function agree(actual: ArrayLike<number>, expected: ArrayLike<number>): string | null {
  return mismatch(actual, expected, TOL, maxAbsOf(expected));
}

const specArb = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  cell: fc.constantFrom('rnn' as const, 'gru' as const, 'lstm' as const),
  // Sizes that take the WebAssembly kernels (multiples of 8, 4096 multiply–adds and more) and
  // sizes that do not.
  size: fc.constantFrom([4, 3, 4], [5, 8, 3], [16, 16, 16], [9, 24, 12], [32, 32, 32], [7, 17, 5]),
  activation: fc.constantFrom(
    'tanh' as const,
    'relu' as const,
    'sigmoid' as const,
    'linear' as const,
  ),
  inputs: fc.constantFrom('onehot' as const, 'real' as const),
  randomInitialState: fc.boolean(),
  truncate: fc.constantFrom(null, 0, 2),
  wasm: fc.boolean(),
});

describe('the optimised forward pass and gradients against a plain reference', () => {
  it('agree to 1e−12 relative: every cell, sizes on and off the kernels, truncated or not', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const [T, H, DK] = spec.size;
        const model = randomModel({
          seed: spec.seed,
          T,
          H,
          D: DK,
          K: DK,
          cell: spec.cell,
          activation: spec.activation,
          inputs: spec.inputs,
          randomInitialState: spec.randomInitialState,
          biases: 'random',
          truncate: spec.truncate,
        });
        setWasmKernels(spec.wasm);
        const fwd = forward(model);
        const g = gradients(model, fwd);
        const ref = reference(model);
        expect(Math.abs(fwd.loss - ref.loss)).toBeLessThanOrEqual(
          TOL * Math.max(1, Math.abs(ref.loss)),
        );
        expect(agree(fwd.s.data, ref.s.flat())).toBeNull();
        expect(agree(fwd.yhat.data, ref.yhat.flat())).toBeNull();
        for (const p of paramNames(model)) {
          const why = agree(g[p].data, ref.grads[p]);
          expect(why === null ? null : `${p}: ${why}`).toBeNull();
        }
      }),
      { numRuns: 80 },
    );
  });

  it('give the same numbers with the WebAssembly kernels on and off, call after call', () => {
    for (const cell of ['rnn', 'gru', 'lstm'] as const) {
      const model = randomModel({ seed: 7, T: 24, H: 32, D: 32, K: 32, cell, biases: 'random' });
      const run = (on: boolean) => {
        setWasmKernels(on);
        const f = forward(model);
        return [
          f.loss,
          ...f.yhat.data,
          ...Object.values(gradients(model, f)).flatMap((m) => [...m.data]),
        ];
      };
      const first = run(true);
      // Work arrays are kept between calls: a second call, and one between them of another size,
      // give the same numbers.
      forward(randomModel({ seed: 8, T: 5, H: 8, D: 4, K: 4, cell }));
      expect(run(true)).toEqual(first);
      expect(run(false)).toEqual(first);
    }
  });

  it('the fused passes and gradients (bptt/rnnFused.ts, gatedFused.ts, fusedGradients.ts) give the scalar loops’ bits', () => {
    const shapes = [
      [16, 16, 16, 16],
      [8, 8, 5, 4],
      [12, 24, 3, 8],
      [20, 16, 30, 12],
      [7, 6, 9, 5],
      [64, 64, 64, 64],
    ] as const;
    const kinds = [
      ...(['tanh', 'relu', 'sigmoid', 'linear'] as const).map((activation) => ({
        cell: 'rnn' as const,
        activation,
      })),
      { cell: 'gru' as const, activation: 'tanh' as const },
      { cell: 'lstm' as const, activation: 'tanh' as const },
    ];
    for (const [T, H, D, K] of shapes)
      for (const { cell, activation } of kinds)
        for (const inputs of ['onehot', 'real'] as const) {
          const model = randomModel({
            seed: T + H + D,
            ...{ T, H, D, K, cell, activation, inputs },
            randomInitialState: inputs === 'real',
            biases: 'random',
          });
          const run = (on: boolean) => {
            setWasmKernels(on);
            const f = forward(model);
            // Another model's pass between the forward pass and the gradients: the work is not
            // kept in the kernels' memory between calls.
            forward(randomModel({ seed: 3, T: 8, H: 16, D: 16, K: 16, cell }));
            const g = gradients(model, f);
            return [
              f.loss,
              ...f.losses,
              ...[f.carry, ...Object.values(f.cache), f.o, f.yhat].flatMap((m) => [...m.data]),
              ...Object.entries(g).flatMap(([name, m]) => [name, ...m.data]),
            ];
          };
          const on = run(true);
          const off = run(false);
          const differ = on.findIndex((x, i) => !Object.is(x, off[i]));
          expect(differ, `${cell} (${T}, ${H}, ${D}, ${K}) ${activation} ${inputs}`).toBe(-1);
        }
  });

  it('matMulScaledInto: a·diag(d)·b, diag(d)·b and the largest |entry| (NaN kept), kernels on and off alike', () => {
    const next = (() => {
      let x = 12345;
      return () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 4;
    })();
    for (const [n, p, m] of [
      [16, 16, 16],
      [64, 64, 64],
      [8, 12, 4],
      [16, 16, 12],
      [5, 7, 3],
    ]) {
      for (const poison of [false, true]) {
        const a = mat(n, p, Float64Array.from({ length: n * p }, next));
        if (poison) a.data[n * p - 1] = NaN;
        const b = mat(p, m, Float64Array.from({ length: p * m }, next));
        const d = Float64Array.from({ length: p }, next);
        const run = (on: boolean) => {
          setWasmKernels(on);
          const out = new Float64Array(n * m);
          const scaled = new Float64Array(p * m);
          const big = matMulScaledInto(a, d, b, out, scaled);
          // With Jᵀv taken on the way (the Jacobian products' warm start): the same product,
          // and Jᵀv as matTVecInto sums it over J = diag(d)·b.
          const v = Float64Array.from({ length: p }, (_, i) => Math.sin(i + 1));
          const tv = { v, out: new Float64Array(m) };
          const out2 = new Float64Array(n * m);
          const big2 = matMulScaledInto(a, d, b, out2, new Float64Array(p * m), tv);
          expect([...out2]).toEqual([...out]);
          expect(Object.is(big2, big)).toBe(true);
          expect([...tv.out]).toEqual([...matTVecInto(mat(p, m, scaled), v, new Float64Array(m))]);
          return {
            out: [...out],
            scaled: [...scaled],
            big,
            max: maxAbs(mat(n, m, out)),
            jtv: [...tv.out],
          };
        };
        const fast = run(true);
        const scalar = run(false);
        expect(fast).toEqual(scalar);
        expect(Object.is(fast.big, fast.max)).toBe(true);
        expect(Number.isNaN(fast.big)).toBe(poison);
      }
    }
  });
});
