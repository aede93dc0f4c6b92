// @vitest-environment node
/**
 * The gated cells (GRU, LSTM; math.md §8) against an independent oracle written here: a plain
 * forward pass of the equations, one weight copy per step (so a finite difference of E_t with
 * respect to step k's copy is the k-th term, the weight-copy definition), and finite differences
 * of the carried state. Random models of several shapes, with and without biases, with zero and
 * random initial states (and cells), one-hot and real inputs, full and truncated BPTT.
 *
 * Planted bugs (2026-12-07; each planted in src/model/bptt, this file and reference.test.ts run,
 * then reverted) and how many of their 72 tests failed:
 *   1. GRU: W_r transposed in the forward step                      16 (incl. the gru-hello fixture)
 *   1b. GRU: W_zᵀ replaced by W_z in the backward step              13
 *   2. GRU: r applied after W_h, r ⊙ (W_h s) (PyTorch's nn.GRU)      16
 *   3. LSTM: the forget path f ⊙ γ to c_{k−1} dropped (backward)     17
 *   4. LSTM: the forget path f ⊙ c_{k−1} dropped (forward)           21
 *   5. LSTM: the output gate's σ′ taken as o instead of o(1 − o)     17
 */
import { describe, expect, it } from 'vitest';
import {
  cellOf,
  carriedGradients,
  carryGradients,
  directPath,
  forward,
  fullGradients,
  gradientCheck,
  gradients,
  jacobians,
  outputError,
  paramNames,
  paramOf,
  randomModel,
  sgdStep,
  stateGradients,
  targetTerms,
  truncatedGradients,
  withParam,
  type AnyModel,
  type GatedModel,
  type Mat,
} from '../../../src/model';
import { mat } from '../../../src/model/linalg/mat';

type Cell = 'gru' | 'lstm';

interface Shape {
  cell: Cell;
  seed: number;
  T: number;
  H: number;
  D: number;
  K: number;
  biases: 'zero' | 'random' | 'forget1';
  init: boolean;
  inputs: 'onehot' | 'real';
  truncate: number | null;
}

const SHAPES: Shape[] = [];
for (const cell of ['gru', 'lstm'] as const) {
  SHAPES.push(
    {
      cell,
      seed: 1,
      T: 4,
      H: 3,
      D: 4,
      K: 4,
      biases: 'zero',
      init: false,
      inputs: 'onehot',
      truncate: null,
    },
    {
      cell,
      seed: 2,
      T: 5,
      H: 2,
      D: 3,
      K: 3,
      biases: 'random',
      init: true,
      inputs: 'real',
      truncate: 1,
    },
    {
      cell,
      seed: 3,
      T: 6,
      H: 4,
      D: 2,
      K: 5,
      biases: 'forget1',
      init: true,
      inputs: 'onehot',
      truncate: 2,
    },
    {
      cell,
      seed: 4,
      T: 3,
      H: 1,
      D: 1,
      K: 2,
      biases: 'random',
      init: true,
      inputs: 'real',
      truncate: 0,
    },
  );
}

const name = (s: Shape) =>
  `${s.cell} T=${s.T} H=${s.H} D=${s.D} K=${s.K} b=${s.biases} init=${s.init} ${s.inputs} n=${s.truncate}`;

function build(s: Shape, scale = 1.5): GatedModel {
  return randomModel({
    seed: s.seed,
    T: s.T,
    H: s.H,
    D: s.D,
    K: s.K,
    cell: s.cell,
    biases: s.biases,
    randomInitialState: s.init,
    inputs: s.inputs,
    truncate: s.truncate,
    scale,
  }) as GatedModel;
}

// ---- the independent oracle ------------------------------------------------------------------

const sig = (a: number) => 1 / (1 + Math.exp(-a));
const get = (m: Mat, i: number, j: number) => m.data[i * m.cols + j];
/** M v + (U x) + b for one row i. */
function pre(U: Mat, W: Mat, b: Mat, x: ArrayLike<number>, v: ArrayLike<number>, i: number) {
  let a = b.data[i];
  for (let j = 0; j < U.cols; j++) a += get(U, i, j) * x[j];
  for (let j = 0; j < W.cols; j++) a += get(W, i, j) * v[j];
  return a;
}

/** One step of the equations of math.md §8, written plainly: the new (s, c). */
function step(m: GatedModel, x: ArrayLike<number>, s: number[], c: number[]): [number[], number[]] {
  const H = s.length;
  const U = m.U as Record<string, Mat>;
  const W = m.W as Record<string, Mat>;
  const b = m.b as Record<string, Mat>;
  const p = (q: string, v: ArrayLike<number>, i: number) => pre(U[q], W[q], b[q], x, v, i);
  if (m.cell === 'gru') {
    const z = s.map((_, i) => sig(p('z', s, i)));
    const r = s.map((_, i) => sig(p('r', s, i)));
    const rs = s.map((v, i) => r[i] * v);
    const h = s.map((_, i) => Math.tanh(p('h', rs, i)));
    return [s.map((v, i) => (1 - z[i]) * h[i] + z[i] * v), c];
  }
  const cn: number[] = [];
  const sn: number[] = [];
  for (let i = 0; i < H; i++) {
    const ig = sig(p('i', s, i));
    const fg = sig(p('f', s, i));
    const gg = Math.tanh(p('g', s, i));
    const og = sig(p('o', s, i));
    cn.push(fg * c[i] + ig * gg);
    sn.push(og * Math.tanh(cn[i]));
  }
  return [sn, cn];
}

/** E_t = −log softmax(V s_t)[y_t]. */
function lossAt(m: AnyModel, s: number[], t: number): number {
  const { V } = m;
  const o = Array.from({ length: V.rows }, (_, i) => {
    let a = 0;
    for (let j = 0; j < V.cols; j++) a += get(V, i, j) * s[j];
    return a;
  });
  const mx = Math.max(...o);
  const lse = mx + Math.log(o.reduce((acc, v) => acc + Math.exp(v - mx), 0));
  return lse - o[m.targets[t]];
}

interface Run {
  s: number[][];
  c: number[][];
  E: number[];
}

/**
 * The forward pass with step k's parameters from `at(k)` (one copy per step), and optionally a
 * nudge added to the carried state (s, c concatenated) right after step `nudge.k`.
 */
function run(
  base: GatedModel,
  at: (k: number) => GatedModel = () => base,
  nudge?: { k: number; i: number; h: number },
): Run {
  const H = base.V.cols;
  const T = base.inputs.rows;
  let s = Array.from(base.initialState);
  let c = base.cell === 'lstm' ? Array.from(base.initialCell) : new Array<number>(H).fill(0);
  const out: Run = { s: [], c: [], E: [] };
  for (let k = 0; k < T; k++) {
    const x = base.inputs.data.subarray(k * base.inputs.cols, (k + 1) * base.inputs.cols);
    [s, c] = step(at(k), x, s, c);
    if (nudge && nudge.k === k) {
      if (nudge.i < H) s = s.map((v, i) => (i === nudge.i ? v + nudge.h : v));
      else c = c.map((v, i) => (i === nudge.i - H ? v + nudge.h : v));
    }
    out.s.push(s);
    out.c.push(c);
    out.E.push(lossAt(base, s, k));
  }
  return out;
}

/** |a − n| ≤ tol · max(1e−3, |a|, |n|): relative, with an absolute floor for tiny entries. */
function expectClose(a: number, n: number, tol: number, what: string) {
  const scale = Math.max(1e-3, Math.abs(a), Math.abs(n));
  expect(Math.abs(a - n) / scale, `${what}: ${a} vs ${n}`).toBeLessThanOrEqual(tol);
}

const H_FD = 1e-6;
const TOL = 2e-6;

// ---- the tests ---------------------------------------------------------------------------------

describe.each(SHAPES)('gated cells: $cell, seed $seed', (shape) => {
  const model = build(shape);
  const fwd = forward(model);
  const cell = cellOf(model);
  const { T, H } = fwd.dims;

  it(`${name(shape)}: the forward pass is the equations' (states, cells, losses)`, () => {
    const r = run(model);
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < H; i++) {
        expect(Math.abs(fwd.s.data[t * H + i] - r.s[t][i])).toBeLessThan(1e-13);
        if (model.cell === 'lstm')
          expect(Math.abs(fwd.cache.c.data[t * H + i] - r.c[t][i])).toBeLessThan(1e-13);
      }
      expect(Math.abs(fwd.losses[t] - r.E[t])).toBeLessThan(1e-12);
    }
  });

  it(`${name(shape)}: every term δ_k a_kᵀ is ∂E_t/∂(step k's copy), by finite differences`, () => {
    for (let t = 0; t < T; t++) {
      const tt = targetTerms(model, fwd, t);
      for (let k = 0; k <= t; k++) {
        for (const w of cell.weights) {
          const term = tt.weights[w].terms[k];
          const inWindow = k >= tt.kMin;
          const p = paramOf(model, w);
          for (let e = 0; e < p.data.length; e++) {
            if (!inWindow) {
              expect(term.data[e], `${w} term [${t}][${k}] outside the window`).toBe(0);
              continue;
            }
            const nudged = (h: number) => {
              const d = p.data.slice();
              d[e] += h;
              const copy = withParam(model, w, mat(p.rows, p.cols, d));
              return run(model, (j) => (j === k ? copy : model)).E[t];
            };
            const numeric = (nudged(H_FD) - nudged(-H_FD)) / (2 * H_FD);
            expectClose(term.data[e], numeric, TOL, `${w}[${e}] term [${t}][${k}]`);
          }
        }
      }
    }
  });

  it(`${name(shape)}: the terms sum to the gradients (truncated as the model says)`, () => {
    const g = gradients(model, fwd);
    const sums = Object.fromEntries(
      cell.weights.map((w) => [w, new Float64Array(paramOf(model, w).data.length)]),
    );
    for (let t = 0; t < T; t++) {
      const tt = targetTerms(model, fwd, t);
      for (const w of cell.weights)
        for (let k = 0; k <= t; k++)
          tt.weights[w].terms[k].data.forEach((v, e) => (sums[w][e] += v));
    }
    for (const w of cell.weights)
      sums[w].forEach((v, e) => expect(Math.abs(v - g[w].data[e])).toBeLessThan(1e-12));
  });

  it(`${name(shape)}: full gradients of every gate's U, W, b and V match finite differences`, () => {
    const check = gradientCheck({ ...model, truncate: null }, 1e-6);
    expect(Object.keys(check.params).sort()).toEqual([...paramNames(model)].sort());
    for (const [p, c] of Object.entries(check.params))
      c.analytic.data.forEach((a, e) => expectClose(a, c.numeric.data[e], TOL, `∂E/∂${p}[${e}]`));
  });

  it(`${name(shape)}: truncation with n ≥ T − 1 is full BPTT, and n = 0 keeps only k = t`, () => {
    const full = fullGradients(model, fwd);
    for (const n of [T - 1, T, T + 3]) {
      const tr = truncatedGradients(model, n, fwd);
      // The same terms, summed per target instead of in one sweep: equal up to rounding.
      for (const p of paramNames(model))
        tr[p].data.forEach((v, e) =>
          expect(Math.abs(v - full[p].data[e])).toBeLessThanOrEqual(
            1e-13 * Math.max(1, Math.abs(v)),
          ),
        );
    }
    const zero = truncatedGradients(model, 0, fwd);
    const immediate = Object.fromEntries(
      cell.weights.map((w) => [w, new Float64Array(paramOf(model, w).data.length)]),
    );
    for (let t = 0; t < T; t++) {
      const tt = targetTerms({ ...model, truncate: null }, fwd, t);
      for (const w of cell.weights)
        tt.weights[w].terms[t].data.forEach((v, e) => (immediate[w][e] += v));
    }
    for (const w of cell.weights)
      immediate[w].forEach((v, e) => expect(Math.abs(v - zero[w].data[e])).toBeLessThan(1e-13));
  });

  it(`${name(shape)}: ∂E_t/∂s_k and ∂E_t/∂c_k, and ∂E/∂(s, c)_k, by finite differences`, () => {
    const C = cell.carryWidth(H);
    for (let t = 0; t < T; t++) {
      const tt = targetTerms(model, fwd, t);
      if (model.cell === 'lstm') expect(tt.dEdc).toHaveLength(t + 1);
      else expect(tt.dEdc).toBeUndefined();
      for (let k = 0; k <= t; k++) {
        for (let i = 0; i < C; i++) {
          const E = (h: number) => run(model, undefined, { k, i, h }).E[t];
          const numeric = (E(H_FD) - E(-H_FD)) / (2 * H_FD);
          const analytic = i < H ? tt.dEds[k][i] : tt.dEdc![k][i - H];
          expectClose(analytic, numeric, TOL, `∂E_${t}/∂carry_${k}[${i}]`);
        }
      }
    }
    const all = carryGradients(model, fwd);
    const states = stateGradients(model, fwd);
    // What step k + 1 hands back to s_k, plus Vᵀ(ŷ_k − y_k), is the whole ∂E/∂s_k.
    const carried = carriedGradients(model, fwd);
    for (let k = 0; k < T - 1; k++) {
      const e = outputError(model, fwd, k);
      for (let i = 0; i < H; i++) {
        let direct = 0;
        for (let c = 0; c < e.length; c++) direct += model.V.data[c * H + i] * e[c];
        expect(Math.abs(direct + carried.data[k * H + i] - states.data[k * H + i])).toBeLessThan(
          1e-13,
        );
      }
    }
    expect(all.cols).toBe(C);
    for (let k = 0; k < T; k++)
      for (let i = 0; i < C; i++) {
        const E = (h: number) => run(model, undefined, { k, i, h }).E.reduce((a, b) => a + b, 0);
        const numeric = (E(H_FD) - E(-H_FD)) / (2 * H_FD);
        expectClose(all.data[k * C + i], numeric, TOL, `∂E/∂carry_${k}[${i}]`);
        if (i < H) expect(states.data[k * H + i]).toBe(all.data[k * C + i]);
      }
  });

  it(`${name(shape)}: the transition Jacobians and their products, by finite differences`, () => {
    const C = cell.carryWidth(H);
    const t = T - 1;
    const J = jacobians(model, fwd, t);
    expect(J.step[0].rows).toBe(C);
    // ∂carry_t/∂carry_k: nudge carry_k, read carry_t.
    for (let k = 0; k < t; k++) {
      for (let j = 0; j < C; j++) {
        const at = (h: number) => {
          const r = run(model, undefined, { k, i: j, h });
          return [...r.s[t], ...(model.cell === 'lstm' ? r.c[t] : [])];
        };
        const plus = at(H_FD);
        const minus = at(-H_FD);
        for (let i = 0; i < C; i++) {
          const numeric = (plus[i] - minus[i]) / (2 * H_FD);
          expectClose(
            J.product[k].data[i * C + j],
            numeric,
            TOL,
            `∂carry_${t}/∂carry_${k}[${i}][${j}]`,
          );
        }
      }
    }
    // The LSTM's block ∂c_k/∂c_{k−1} is exactly diag(f_k).
    if (model.cell === 'lstm') {
      const f = fwd.cache['gate.f'].data;
      for (let k = 0; k <= t; k++)
        for (let i = 0; i < H; i++)
          for (let j = 0; j < H; j++)
            expect(J.step[k].data[(H + i) * C + H + j]).toBe(i === j ? f[k * H + i] : 0);
    }
  });
});

describe('the direct path Π_j diag(d_j)', () => {
  for (const c of ['gru', 'lstm'] as const) {
    it(`${c}: the product of the gate's diagonals; with W = 0 it is the whole Jacobian product's block`, () => {
      const base = build({ ...SHAPES[0], cell: c, T: 6, biases: 'random', init: true });
      const m = cellOf(base).withRecurrentScale(base, 0) as GatedModel;
      const fwd = forward(m);
      const { T, H } = fwd.dims;
      const gate = fwd.cache[c === 'lstm' ? 'gate.f' : 'gate.z'].data;
      const dp = directPath(m, fwd, T - 1)!;
      expect(dp.gate).toBe(c === 'lstm' ? 'f' : 'z');
      const J = jacobians(m, fwd, T - 1);
      const C = cellOf(m).carryWidth(H);
      const off = c === 'lstm' ? H : 0;
      for (let k = 0; k < T; k++) {
        let mx = 0;
        for (let i = 0; i < H; i++) {
          let p = 1;
          for (let j = k + 1; j < T; j++) p *= gate[j * H + i];
          expect(Math.abs(dp.diag[k][i] - p)).toBeLessThan(1e-15);
          mx = Math.max(mx, Math.abs(p));
          expect(Math.abs(J.product[k].data[(off + i) * C + off + i] - p)).toBeLessThan(1e-14);
        }
        expect(Math.abs(dp.norm[k] - mx)).toBeLessThan(1e-15);
      }
    });
  }
  it('the vanilla cell has none', () => {
    const m = randomModel({ seed: 1, T: 3, H: 2, D: 2, K: 2 });
    expect(directPath(m, forward(m), 2)).toBeNull();
  });
});

describe('training a gated model', () => {
  it('a step of gradient descent on every gate lowers the loss', () => {
    for (const c of ['gru', 'lstm'] as const) {
      const m = build({ ...SHAPES[0], cell: c, biases: 'random' }, 1);
      const r = sgdStep(m, { lr: 0.05 });
      expect(r.diverged).toBe(false);
      expect((r.model as GatedModel).cell).toBe(c);
      expect(forward(r.model).loss).toBeLessThan(r.loss);
    }
  });
});

describe('randomModel for gated cells', () => {
  it('gives every gate its shapes, biases as asked, and is fixed by the seed', () => {
    for (const c of ['gru', 'lstm'] as const) {
      const opts = { seed: 7, T: 5, H: 3, D: 4, K: 2, cell: c, randomInitialState: true } as const;
      const m = randomModel(opts) as GatedModel;
      const again = randomModel(opts) as GatedModel;
      expect(m.cell).toBe(c);
      const gates = c === 'gru' ? ['z', 'r', 'h'] : ['i', 'f', 'g', 'o'];
      expect(Object.keys(m.U).sort()).toEqual([...gates].sort());
      for (const g of gates) {
        const U = (m.U as Record<string, Mat>)[g];
        const W = (m.W as Record<string, Mat>)[g];
        const b = (m.b as Record<string, Mat>)[g];
        expect([U.rows, U.cols, W.rows, W.cols, b.rows, b.cols]).toEqual([3, 4, 3, 3, 3, 1]);
        expect(Array.from(b.data)).toEqual([0, 0, 0]);
        expect(U.data).toEqual((again.U as Record<string, Mat>)[g].data);
      }
      expect(m.initialState.some((x) => x !== 0)).toBe(true);
      if (m.cell === 'lstm') expect(m.initialCell.some((x) => x !== 0)).toBe(true);
      const f1 = randomModel({ ...opts, biases: 'forget1' }) as GatedModel;
      if (f1.cell === 'lstm') expect(Array.from(f1.b.f.data)).toEqual([1, 1, 1]);
      const rb = randomModel({ ...opts, biases: 'random' }) as GatedModel;
      expect(
        Object.values(rb.b as Record<string, Mat>).some((b) => b.data.some((x) => x !== 0)),
      ).toBe(true);
    }
  });

  it('leaves the vanilla cell’s random stream as it was', () => {
    const a = randomModel({ seed: 3, T: 4, H: 3, D: 4, K: 4 });
    const b = randomModel({ seed: 3, T: 4, H: 3, D: 4, K: 4, biases: 'random' });
    expect(a.W.data).toEqual(b.W.data);
    expect(a.V.data).toEqual(b.V.data);
  });
});
