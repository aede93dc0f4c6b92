/**
 * The prompts' answers (src/lesson/prompts/answers.ts) against independent computations: the
 * vanilla cell's forward pass and explicit Jacobian products written out here (checked against
 * finite differences of E_t in s_k), the LSTM's loss with a nudged c₀ or s₀; and the rule that a
 * prompt the model does not decide is not asked, on models built to tie.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  buildPreset,
  companionOf,
  defaultModel,
  fromRows,
  longDependencyModel,
  randomModel,
  withForgetBias,
  type Activation,
  type AnyModel,
  type LstmModel,
  type Mat,
  type RnnModel,
} from '../../../src/model';
import { promptTruth } from '../../../src/lesson/prompts/answers';
import { binaryGap, choiceGap, drawGap } from '../../../src/lesson/prompts/gaps';
import type {
  BinaryTruth,
  ChoiceTruth,
  DrawTruth,
  PromptId,
} from '../../../src/lesson/prompts/types';
import { mismatch, mul, sigmaMaxRef, transposed } from '../model/helpers';

// ——— the vanilla cell, written out ———

const f = (a: Activation, z: number) =>
  a === 'tanh'
    ? Math.tanh(z)
    : a === 'relu'
      ? Math.max(0, z)
      : a === 'sigmoid'
        ? 1 / (1 + Math.exp(-z))
        : z;
const fp = (a: Activation, z: number) => {
  if (a === 'tanh') return 1 - Math.tanh(z) ** 2;
  if (a === 'relu') return z > 0 ? 1 : 0;
  if (a === 'sigmoid') return f(a, z) * (1 - f(a, z));
  return 1;
};
const matVec = (m: Mat, v: number[]) =>
  Array.from({ length: m.rows }, (_, i) =>
    v.reduce((acc, x, j) => acc + m.data[i * m.cols + j] * x, 0),
  );
const norm = (v: readonly number[]) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));
const row = (m: Mat, i: number) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols));

interface Ref {
  /** s[k + 1] = s_k (s[0] = s_{−1}). */
  s: number[][];
  fprime: number[][];
  /** ŷ_t − y_t. */
  e: number[][];
}

/** The forward pass; `nudge` adds eps to s_k[i] once computed (for finite differences). */
function forwardRef(m: RnnModel, nudge?: { k: number; i: number; eps: number }): Ref {
  const s = [Array.from(m.initialState)];
  const fprime: number[][] = [];
  const e: number[][] = [];
  for (let t = 0; t < m.inputs.rows; t++) {
    const ux = matVec(m.U, row(m.inputs, t));
    const z = matVec(m.W, s[t]).map((v, i) => v + ux[i]);
    const st = z.map((v) => f(m.activation, v));
    if (nudge && nudge.k === t) st[nudge.i] += nudge.eps;
    s.push(st);
    fprime.push(z.map((v) => fp(m.activation, v)));
    const o = matVec(m.V, st);
    const mx = Math.max(...o);
    const ex = o.map((v) => Math.exp(v - mx));
    const sum = ex.reduce((a, b) => a + b, 0);
    e.push(ex.map((v, c) => v / sum - (c === m.targets[t] ? 1 : 0)));
  }
  return { s, fprime, e };
}

/** E_t of the model (from a forward pass with a nudge). */
function lossRef(m: RnnModel, t: number, nudge?: { k: number; i: number; eps: number }): number {
  const r = forwardRef(m, nudge);
  const y = m.targets[t];
  return -Math.log(r.e[t][y] + 1);
}

/** (∂E_t/∂s_k)ᵀ = (Π_{j=k+1..t} diag(f′_j) W)ᵀ Vᵀ e_t, the product made explicitly, k = 0 … t. */
function dEdsRef(m: RnnModel, r: Ref, t: number): number[][] {
  const H = m.W.rows;
  let P: Mat = fromRows(
    Array.from({ length: H }, (_, i) => Array.from({ length: H }, (_, j) => +(i === j))),
  );
  const out: number[][] = new Array(t + 1);
  const top = matVec(transposed(m.V), r.e[t]);
  for (let k = t; k >= 0; k--) {
    out[k] = matVec(transposed(P), top);
    const D = fromRows(
      Array.from({ length: H }, (_, i) =>
        Array.from({ length: H }, (_, j) => (i === j ? r.fprime[k][i] : 0)),
      ),
    );
    P = mul(P, mul(D, m.W));
  }
  return out;
}

const kMinOf = (m: AnyModel, t: number) => (m.truncate === null ? 0 : Math.max(0, t - m.truncate));
const rel = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
/** Within 1e−6 of the ambiguity threshold: the reference cannot tell. */
const nearThreshold = (a: number, b: number) => Math.abs(rel(a, b) - 1e-3) < 1e-6;
const close = (a: number, b: number, tol = 1e-9) =>
  a === b ||
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1e-12, Math.abs(a), Math.abs(b)));

/** The δ-term norms of ∂E_t/∂W: ‖f′_k ⊙ ∂E_t/∂s_k‖ ‖s_{k−1}‖ inside the window. */
function termRef(m: RnnModel, t: number) {
  const r = forwardRef(m);
  const g = dEdsRef(m, r, t);
  const deltas = g.map((v, k) => norm(v.map((x, i) => x * r.fprime[k][i])));
  const prevs = g.map((_, k) => norm(r.s[k]));
  const kMin = kMinOf(m, t);
  return { r, g, deltas, prevs, norms: deltas.map((d, k) => (k < kMin ? 0 : d * prevs[k])), kMin };
}

function logMedian(v: number[]): number {
  const l = v.map(Math.log).sort((a, b) => a - b);
  const m = l.length >> 1;
  return l.length % 2 ? l[m] : (l[m - 1] + l[m]) / 2;
}

// ——— the grid ———

const TS = (T: number) => [...new Set([0, 1, 2, T - 1])];
const TRUNCATIONS = [null, 0, 1, 2];
function grid(): { m: RnnModel; name: string }[] {
  const out: { m: RnnModel; name: string }[] = [];
  for (const activation of ACTIVATIONS)
    for (const [seed, scale, init] of [
      [1, 1, false],
      [2, 2.5, true],
      [3, 0.5, false],
      [4, 1.5, true],
    ] as const)
      for (const truncate of TRUNCATIONS) {
        const base = randomModel({
          seed,
          T: 6,
          H: 3,
          D: 3,
          K: 3,
          activation,
          scale,
          inputs: 'real',
          randomInitialState: init,
        });
        out.push({ m: { ...base, truncate }, name: `${activation} seed ${seed} n=${truncate}` });
      }
  for (const truncate of TRUNCATIONS)
    out.push({ m: { ...defaultModel(), truncate }, name: `default n=${truncate}` });
  return out;
}
const GRID = grid();

describe('the reference itself', () => {
  it('gives ∂E_t/∂s_k as finite differences of E_t do', () => {
    for (const activation of ACTIVATIONS) {
      const m = randomModel({ seed: 9, T: 4, H: 3, D: 2, K: 3, activation, inputs: 'real' });
      const g = dEdsRef(m, forwardRef(m), 3);
      for (let k = 0; k <= 3; k++)
        for (let i = 0; i < 3; i++) {
          const h = 1e-6;
          const fd = (lossRef(m, 3, { k, i, eps: h }) - lossRef(m, 3, { k, i, eps: -h })) / (2 * h);
          expect(Math.abs(fd - g[k][i])).toBeLessThan(1e-7);
        }
    }
  });
});

describe('smallest-term', () => {
  it('names the k ≥ 1 of the smallest term inside the window, and why', () => {
    let decided = 0;
    for (const { m, name } of GRID)
      for (const t of TS(m.inputs.rows)) {
        const truth = promptTruth('smallest-term', m, t) as ChoiceTruth | null;
        const ref = termRef(m, t);
        const options: number[] = [];
        for (let k = Math.max(1, ref.kMin); k <= t; k++) options.push(k);
        if (options.length < 2) {
          expect(truth, name).toBeNull();
          continue;
        }
        const [best, second] = [...options].sort((a, b) => ref.norms[a] - ref.norms[b]);
        if (nearThreshold(ref.norms[best], ref.norms[second])) continue;
        if (rel(ref.norms[best], ref.norms[second]) <= 1e-3) {
          expect(truth, name).toBeNull();
          continue;
        }
        decided++;
        expect(truth, name).not.toBeNull();
        expect(truth!.options).toEqual(options);
        expect(truth!.correct, `${name} t=${t}`).toBe(best);
        expect(mismatch(truth!.norms, ref.norms, 1e-9, Math.max(...ref.norms))).toBeNull();
        expect(mismatch(truth!.deltaNorms, ref.deltas, 1e-9, Math.max(...ref.deltas))).toBeNull();
        expect(mismatch(truth!.prevNorms, ref.prevs, 1e-12)).toBeNull();
        expect(truth!.zeroAtStart).toBe(ref.kMin === 0 && ref.prevs[0] === 0);
        const below = (v: number[]) => Math.log(v[best]) - logMedian(options.map((k) => v[k]));
        const [bd, bs] = [below(ref.deltas), below(ref.prevs)];
        if (Math.abs(bd - bs) > 1e-9) expect(truth!.why, name).toBe(bs < bd ? 'state' : 'delta');
      }
    expect(decided).toBeGreaterThan(60);
  });

  it('says the k = 0 term is exactly zero when s₋₁ = 0 and k = 0 is in the window', () => {
    const m = defaultModel();
    const truth = promptTruth('smallest-term', m, 3) as ChoiceTruth;
    expect(truth.zeroAtStart).toBe(true);
    expect(truth.norms[0]).toBe(0);
    expect(truth.options).toEqual([1, 2, 3]);
    expect(
      (promptTruth('smallest-term', { ...m, truncate: 2 }, 3) as ChoiceTruth).zeroAtStart,
    ).toBe(false);
  });

  it('is not asked with fewer than two options', () => {
    const m = defaultModel();
    expect(promptTruth('smallest-term', m, 0)).toBeNull();
    expect(promptTruth('smallest-term', m, 1)).toBeNull();
    expect(promptTruth('smallest-term', { ...m, truncate: 0 }, 3)).toBeNull();
  });
});

describe('draw-norms', () => {
  it('gives ‖∂E_t/∂s_k‖ inside the window and exact zeros outside it', () => {
    for (const { m, name } of GRID)
      for (const t of TS(m.inputs.rows)) {
        const truth = promptTruth('draw-norms', m, t) as DrawTruth | null;
        if (t === 0) {
          expect(truth).toBeNull();
          continue;
        }
        const ref = termRef(m, t);
        const values = ref.g.map((v, k) => (k < ref.kMin ? 0 : norm(v)));
        expect(truth!.kMin).toBe(ref.kMin);
        expect(mismatch(truth!.values, values, 1e-9, Math.max(...values)), name).toBeNull();
        truth!.values.forEach((v, k) => {
          if (k < ref.kMin) expect(v).toBe(0);
          expect(truth!.zeros[k]).toBe(k < ref.kMin ? 'window' : v === 0 ? 'dead' : null);
        });
        const gamma = m.activation === 'sigmoid' ? 0.25 : 1;
        close(truth!.gammaSigma, gamma * sigmaMaxRef(m.W), 1e-8);
        if (t === ref.kMin || values[ref.kMin] === 0 || values[t] === 0)
          expect(truth!.perStep).toBeNaN();
        else
          close(
            truth!.perStep,
            (truth!.values[ref.kMin] / truth!.values[t]) ** (1 / (t - ref.kMin)),
            1e-12,
          );
      }
  });

  it('marks where a ReLU network carries nothing (every f′ = 0 at a later step)', () => {
    // At step 2 the input drives every unit below 0: f′(z₂) = 0, so nothing reaches s₀ or s₁
    // (s₂ still gets Wᵀδ₃).
    const m: RnnModel = {
      activation: 'relu',
      U: fromRows([
        [1, -10],
        [0.5, -10],
      ]),
      W: fromRows([
        [0.3, -0.2],
        [0.1, 0.4],
      ]),
      V: fromRows([
        [1, -1],
        [0.5, 0.2],
      ]),
      inputs: fromRows([
        [1, 0],
        [1, 0],
        [0, 1],
        [1, 0],
      ]),
      targets: [0, 1, 0, 1],
      initialState: new Float64Array(2),
      truncate: null,
    };
    const truth = promptTruth('draw-norms', m, 3) as DrawTruth;
    expect(truth.zeros).toEqual(['dead', 'dead', null, null]);
    expect(truth.values.slice(0, 2)).toEqual([0, 0]);
    expect(truth.perStep).toBeNaN();
    const cut = promptTruth('draw-norms', { ...m, truncate: 2 }, 3) as DrawTruth;
    expect(cut.zeros).toEqual(['window', 'dead', null, null]);
  });
});

describe('sigma-double', () => {
  it('compares ‖∂E_t/∂s₀‖ for W and for 2W, forward pass and all', () => {
    const shrink: string[] = [];
    for (const { m, name } of GRID)
      for (const t of TS(m.inputs.rows)) {
        const truth = promptTruth('sigma-double', m, t) as BinaryTruth | null;
        // At t = 0 with s₋₁ = 0, nothing changes: undecided.
        if (t === 0 && m.initialState.every((x) => x === 0)) expect(truth).toBeNull();
        const m2: RnnModel = {
          ...m,
          W: fromRows(Array.from({ length: m.W.rows }, (_, i) => row(m.W, i).map((x) => 2 * x))),
        };
        const [r1, r2] = [forwardRef(m), forwardRef(m2)];
        const [g1, g2] = [dEdsRef(m, r1, t), dEdsRef(m2, r2, t)];
        const [a, b] = [norm(g1[0]), norm(g2[0])];
        // Rounding: relative to the largest ‖∂E_t/∂s_k‖ on the way back (cancellation below it),
        // and to e_t's absolute error (ŷ_t − y_t of a saturated softmax) carried back by VᵀWᵀ⋯.
        const carried = (w: Mat) =>
          1e-14 * norm(Array.from(m.V.data)) * Math.max(1, norm(Array.from(w.data))) ** t;
        const [ea, eb] = [
          [g1, m.W],
          [g2, m2.W],
        ].map(([g, w]) => 1e-9 * Math.max(...(g as number[][]).map(norm)) + carried(w as Mat));
        if (
          nearThreshold(a, b) ||
          Math.abs(Math.abs(a - b) - 1e-3 * Math.max(a, b)) < 2 * (ea + eb)
        )
          continue;
        if (rel(a, b) <= 1e-3) {
          expect(truth, name).toBeNull();
          continue;
        }
        expect(truth!.correct, `${name} t=${t}`).toBe(b > a ? 'grow' : 'shrink');
        if (truth!.correct === 'shrink') shrink.push(`${name} t=${t}`);
        expect(Math.abs(truth!.a - a), `${name} t=${t}`).toBeLessThanOrEqual(ea);
        expect(Math.abs(truth!.b - b)).toBeLessThanOrEqual(eb);
        const gamma = m.activation === 'sigmoid' ? 0.25 : 1;
        close(truth!.facts.gammaSigmaBefore, gamma * sigmaMaxRef(m.W), 1e-8);
        close(truth!.facts.gammaSigmaAfter, 2 * gamma * sigmaMaxRef(m.W), 1e-8);
        close(truth!.facts.ratio, truth!.b / truth!.a, 1e-15);
        const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
        let log = 0;
        for (let j = 1; j <= t; j++) log += Math.log(mean(r2.fprime[j]) / mean(r1.fprime[j]));
        if (t > 0 && Number.isFinite(log)) close(truth!.facts.fprimeRatio, Math.exp(log / t), 1e-9);
        else expect(truth!.facts.fprimeRatio).toBeNaN();
      }
    // Doubling W does not always grow the gradient: a saturating f loses f′ (tanh here), and a
    // larger W can saturate the softmax on the right class, so that ŷ_t − y_t itself shrinks (ReLU).
    expect(shrink.some((n) => n.startsWith('tanh'))).toBe(true);
    expect(shrink.some((n) => n.startsWith('relu'))).toBe(true);
  });

  it('shrinks for the sigmoid preset at t★ = 2: f′ falls with 2W', () => {
    const truth = promptTruth('sigma-double', buildPreset('sigmoid'), 2) as BinaryTruth;
    expect(truth.correct).toBe('shrink');
    expect(truth.facts.fprimeRatio).toBeLessThan(0.7);
    expect(truth.facts.ratio).toBeLessThan(1);
  });
});

describe('truncation-v', () => {
  it('says truncation leaves ∂E/∂V alone, and measures what it does to ∂E/∂W', () => {
    for (const { m, name } of GRID) {
      const truth = promptTruth('truncation-v', m, 2) as BinaryTruth;
      expect(truth.correct, name).toBe('no');
      expect(truth.facts.maxChangeV).toBe(0);
      const r = forwardRef(m);
      const [T, H, K] = [m.inputs.rows, m.W.rows, m.V.rows];
      // ∂E/∂W with window n (null: full) and ∂E/∂V, summed from the explicit products.
      const gradW = (n: number | null) => {
        const out = new Array(H * H).fill(0);
        for (let t = 0; t < T; t++) {
          const g = dEdsRef(m, r, t);
          for (let k = n === null ? 0 : Math.max(0, t - n); k <= t; k++)
            for (let i = 0; i < H; i++)
              for (let j = 0; j < H; j++) out[i * H + j] += g[k][i] * r.fprime[k][i] * r.s[k][j];
        }
        return out;
      };
      const [full, cut] = [gradW(null), gradW(1)];
      close(truth.facts.normW, norm(full), 1e-9);
      const change = norm(full.map((x, i) => x - cut[i]));
      expect(Math.abs(truth.facts.changeW - change)).toBeLessThanOrEqual(1e-9 * norm(full));
      const dV = new Array(K * H).fill(0);
      for (let t = 0; t < T; t++)
        for (let i = 0; i < K; i++)
          for (let j = 0; j < H; j++) dV[i * H + j] += r.e[t][i] * r.s[t + 1][j];
      close(truth.a, norm(dV), 1e-9);
      expect(truth.b).toBe(truth.a);
    }
  });
});

// ——— the LSTM ———

const sig = (x: number) => 1 / (1 + Math.exp(-x));

/** E_t of an LSTM with c_k[i] (where 'c') or s_k[i] (where 's') moved by eps, written out. */
function lstmLoss(
  m: LstmModel,
  t: number,
  where: 'c' | 's',
  k: number,
  i: number,
  eps: number,
): number {
  const H = m.initialState.length;
  let s = Array.from(m.initialState);
  let c = Array.from(m.initialCell);
  for (let step = 0; step <= t; step++) {
    const x = row(m.inputs, step);
    const pre = (g: 'i' | 'f' | 'g' | 'o') => {
      const [ux, ws] = [matVec(m.U[g], x), matVec(m.W[g], s)];
      return Array.from({ length: H }, (_, r) => m.b[g].data[r] + ux[r] + ws[r]);
    };
    const [ig, fg, og, gg] = [
      pre('i').map(sig),
      pre('f').map(sig),
      pre('o').map(sig),
      pre('g').map(Math.tanh),
    ];
    c = c.map((cv, r) => fg[r] * cv + ig[r] * gg[r]);
    if (step === k && where === 'c') c[i] += eps;
    s = c.map((cv, r) => og[r] * Math.tanh(cv));
    if (step === k && where === 's') s[i] += eps;
  }
  const o = matVec(m.V, s);
  const mx = Math.max(...o);
  return mx + Math.log(o.reduce((a, v) => a + Math.exp(v - mx), 0)) - o[m.targets[t]];
}

function lstmGradRef(m: LstmModel, t: number, where: 'c' | 's'): number {
  const h = 1e-6;
  const g = Array.from(
    { length: m.initialState.length },
    (_, i) => (lstmLoss(m, t, where, 0, i, h) - lstmLoss(m, t, where, 0, i, -h)) / (2 * h),
  );
  return norm(g);
}

/** max_i Π_{j=1..t} f_j,i, from the gates written out. */
function forgetProduct(m: LstmModel, t: number): number {
  const H = m.initialState.length;
  let s = Array.from(m.initialState);
  let c = Array.from(m.initialCell);
  const prod = new Array(H).fill(1);
  for (let step = 0; step <= t; step++) {
    const x = row(m.inputs, step);
    const pre = (g: 'i' | 'f' | 'g' | 'o') => {
      const [ux, ws] = [matVec(m.U[g], x), matVec(m.W[g], s)];
      return Array.from({ length: H }, (_, r) => m.b[g].data[r] + ux[r] + ws[r]);
    };
    const [ig, fg, og, gg] = [
      pre('i').map(sig),
      pre('f').map(sig),
      pre('o').map(sig),
      pre('g').map(Math.tanh),
    ];
    if (step > 0) fg.forEach((v, r) => (prod[r] *= v));
    c = c.map((cv, r) => fg[r] * cv + ig[r] * gg[r]);
    s = c.map((cv, r) => og[r] * Math.tanh(cv));
  }
  return Math.max(...prod);
}

function lstmGrid(): { m: LstmModel; name: string }[] {
  const out: { m: LstmModel; name: string }[] = [];
  for (const [seed, biases, init] of [
    [4, 'random', false],
    [5, 'forget1', true],
    [6, 'zero', false],
  ] as const)
    for (const truncate of TRUNCATIONS) {
      const m = randomModel({
        seed,
        T: 6,
        H: 3,
        D: 3,
        K: 3,
        cell: 'lstm',
        biases,
        inputs: 'real',
        randomInitialState: init,
      });
      out.push({ m: { ...(m as LstmModel), truncate }, name: `lstm seed ${seed} n=${truncate}` });
    }
  for (const bf of [-2, 1, 3])
    out.push({
      m: withForgetBias(companionOf(longDependencyModel(), 'lstm') as LstmModel, bf),
      name: `long b_f=${bf}`,
    });
  return out;
}

describe('c-vs-s', () => {
  it('compares the LSTM’s total ‖∂E_t/∂c₀‖ with ‖∂E_t/∂s₀‖ as finite differences do', () => {
    const seen = new Set<string>();
    for (const { m, name } of lstmGrid())
      for (const t of TS(m.inputs.rows)) {
        const truth = promptTruth('c-vs-s', m, t) as BinaryTruth | null;
        const [a, b] = [lstmGradRef(m, t, 'c'), lstmGradRef(m, t, 's')];
        // Finite differences are good to about 1e−9 here: skip what they cannot tell.
        if (Math.abs(rel(a, b) - 1e-3) < 1e-5 || Math.max(a, b) < 1e-6) continue;
        if (rel(a, b) <= 1e-3) {
          expect(truth, name).toBeNull();
          continue;
        }
        expect(truth!.correct, `${name} t=${t}`).toBe(a > b ? 'c' : 's');
        seen.add(truth!.correct);
        expect(Math.abs(truth!.a - a)).toBeLessThan(1e-8 + 1e-6 * a);
        expect(Math.abs(truth!.b - b)).toBeLessThan(1e-8 + 1e-6 * b);
        close(truth!.facts.directPath, forgetProduct(m, t), 1e-12);
        if (t === 0) expect(truth!.correct).toBe('s');
      }
    expect([...seen].sort()).toEqual(['c', 's']);
  });

  it('is asked only of an LSTM, and the vanilla prompts only of a vanilla cell', () => {
    const base = { seed: 3, T: 5, H: 3, D: 3, K: 3 };
    const rnn = randomModel(base);
    for (const cell of ['gru', 'lstm'] as const) {
      const m = randomModel({ ...base, cell });
      for (const id of [
        'smallest-term',
        'draw-norms',
        'sigma-double',
        'truncation-v',
      ] as PromptId[])
        for (const t of [0, 1, 2, 4]) expect(promptTruth(id, m, t)).toBeNull();
    }
    for (const t of [0, 1, 2, 4]) expect(promptTruth('c-vs-s', rnn, t)).toBeNull();
    expect(promptTruth('c-vs-s', randomModel({ ...base, cell: 'gru' }), 2)).toBeNull();
    expect(promptTruth('draw-norms', rnn, 5)).toBeNull();
    expect(promptTruth('draw-norms', rnn, -1)).toBeNull();
  });
});

// ——— undecided: models built to tie ———

/** H = D = 1, K = 2, linear: V = (1, −1)ᵀ, y = 0, s₋₁ = 0. */
function scalarModel(U: number, W: number, xs: number[]): RnnModel {
  return {
    activation: 'linear',
    U: fromRows([[U]]),
    W: fromRows([[W]]),
    V: fromRows([[1], [-1]]),
    inputs: fromRows(xs.map((x) => [x])),
    targets: xs.map(() => 0),
    initialState: new Float64Array(1),
    truncate: null,
  };
}

describe('undecided answers are not asked', () => {
  const RATIOS: [number, boolean][] = [
    [1, false],
    [1 + 1e-4, false],
    [1 - 1e-4, false],
    [1 + 1e-2, true],
    [1 - 1e-2, true],
  ];

  it('smallest-term: terms k = 1, 2 with ratio ρ', () => {
    // term₁ = |w δ₂|·|s₀| = ½|δ₂|, term₂ = |δ₂|·|s₁|, s₁ = x₁ + ½: ρ = term₁/term₂ = ½ / s₁.
    for (const [r, decided] of RATIOS) {
      const truth = promptTruth(
        'smallest-term',
        scalarModel(1, 0.5, [1, 0.5 / r - 0.5, 1]),
        2,
      ) as ChoiceTruth | null;
      if (!decided) expect(truth, `ρ = ${r}`).toBeNull();
      else expect(truth!.correct).toBe(r > 1 ? 2 : 1);
    }
  });

  it('sigma-double: b / a = r exactly by construction', () => {
    // t = 1: a = |w|·2σ(−2s₁) with s₁ = 0; b = 2|w|·2σ(−2(s₁ + s₀)), s₀ = ½ ln(4/r − 1): b/a = r.
    for (const [r, decided] of RATIOS) {
      const s0 = Math.log(4 / r - 1) / 2;
      const truth = promptTruth(
        'sigma-double',
        scalarModel(1, 1, [s0, -s0]),
        1,
      ) as BinaryTruth | null;
      if (!decided) expect(truth, `r = ${r}`).toBeNull();
      else {
        expect(truth!.correct).toBe(r > 1 ? 'grow' : 'shrink');
        close(truth!.facts.ratio, r, 1e-12);
        expect(truth!.facts.fprimeRatio).toBe(1);
      }
    }
  });

  it('c-vs-s: a forget bias found to give ‖∂E/∂c₀‖ / ‖∂E/∂s₀‖ = r', () => {
    const base = randomModel({
      seed: 11,
      T: 3,
      H: 2,
      D: 2,
      K: 2,
      cell: 'lstm',
      biases: 'random',
    }) as LstmModel;
    const ratio = (bf: number) => {
      const tr = promptTruth('c-vs-s', withForgetBias(base, bf), 2) as BinaryTruth | null;
      return tr ? tr.a / tr.b : NaN;
    };
    const ref = (bf: number) =>
      lstmGradRef(withForgetBias(base, bf), 2, 'c') / lstmGradRef(withForgetBias(base, bf), 2, 's');
    let [lo, hi] = [-6, 6];
    expect(ref(lo)).toBeLessThan(1);
    expect(ref(hi)).toBeGreaterThan(1);
    for (const [r, decided] of RATIOS) {
      // Bisection on the reference's ratio (increasing in b_f here) to r.
      [lo, hi] = [-6, 6];
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (ref(mid) < r) lo = mid;
        else hi = mid;
      }
      const truth = promptTruth('c-vs-s', withForgetBias(base, lo), 2) as BinaryTruth | null;
      if (!decided) expect(truth, `r = ${r}`).toBeNull();
      else {
        expect(truth!.correct).toBe(r > 1 ? 'c' : 's');
        expect(Math.abs(ratio(lo) - r)).toBeLessThan(1e-6);
      }
    }
  });
});

describe('gaps', () => {
  it('choiceGap: right or how many times larger the chosen term is', () => {
    const truth = promptTruth('smallest-term', defaultModel(), 3) as ChoiceTruth;
    expect(choiceGap(truth, truth.correct)).toEqual({ correct: true, offered: true, factor: 1 });
    for (const k of truth.options.filter((k) => k !== truth.correct)) {
      const g = choiceGap(truth, k);
      expect(g.correct).toBe(false);
      expect(g.factor).toBeGreaterThan(1);
      close(g.factor, truth.norms[k] / truth.norms[truth.correct], 1e-15);
    }
    expect(choiceGap(truth, 0)).toMatchObject({ correct: false, offered: false });
  });

  it('drawGap: decades per k, exact zeros missed or drawn, the worst and the mean', () => {
    const truth: DrawTruth = {
      kind: 'draw',
      values: [0, 1e-3, 0.1, 1],
      kMin: 1,
      gammaSigma: 1,
      perStep: 10,
      zeros: ['window', null, null, null],
    };
    const g = drawGap(truth, [1e-2, 0, 1, 1]);
    expect(g.points.map((p) => p.zero)).toEqual(['missed-zero', 'false-zero', null, null]);
    expect(g.points.map((p) => p.decades)).toEqual([null, null, 1, 0]);
    expect(g.worst).toEqual({ k: 2, decades: 1 });
    expect(g.meanAbsDecades).toBe(0.5);
    expect(g.comparable).toBe(2);
    const none = drawGap(truth, [0, 0, 0, 0]);
    expect(none.worst).toBeNull();
    expect(none.meanAbsDecades).toBeNaN();
  });

  it('binaryGap: the option against the truth', () => {
    const truth = promptTruth('truncation-v', defaultModel(), 0) as BinaryTruth;
    expect(binaryGap(truth, 'no')).toEqual({ correct: true });
    expect(binaryGap(truth, 'yes')).toEqual({ correct: false });
  });
});
