import { describe, expect, it } from 'vitest';
import {
  companionOf,
  defaultModel,
  longDependencyModel,
  norm2,
  randomModel,
  type LstmModel,
} from '../../../src/model';
import { gatedComparison, shownForgetBias } from '../../../src/store/gatedChapter';
import { gatedFacts } from '../../../src/store/gatedFacts';

const sig = (x: number) => 1 / (1 + Math.exp(-x));

/** E_t of an LSTM with c_k[i] moved by eps, written out independently of the core. */
function lossWithCellNudge(m: LstmModel, t: number, k: number, i: number, eps: number): number {
  const { H } = { H: m.initialState.length };
  const D = m.inputs.cols;
  const K = m.V.rows;
  let s = Array.from(m.initialState);
  let c = Array.from(m.initialCell);
  for (let step = 0; step <= t; step++) {
    const x = Array.from({ length: D }, (_, j) => m.inputs.data[step * D + j]);
    const pre = (g: 'i' | 'f' | 'g' | 'o') =>
      Array.from({ length: H }, (_, r) => {
        let v = m.b[g].data[r];
        for (let j = 0; j < D; j++) v += m.U[g].data[r * D + j] * x[j];
        for (let j = 0; j < H; j++) v += m.W[g].data[r * H + j] * s[j];
        return v;
      });
    const [ig, fg, og] = [pre('i').map(sig), pre('f').map(sig), pre('o').map(sig)];
    const gg = pre('g').map(Math.tanh);
    c = c.map((cv, r) => fg[r] * cv + ig[r] * gg[r]);
    if (step === k) c[i] += eps;
    s = c.map((cv, r) => og[r] * Math.tanh(cv));
  }
  const o = Array.from({ length: K }, (_, r) => {
    let v = 0;
    for (let j = 0; j < H; j++) v += m.V.data[r * H + j] * s[j];
    return v;
  });
  const mx = Math.max(...o);
  return mx + Math.log(o.reduce((a, v) => a + Math.exp(v - mx), 0)) - o[m.targets[t]];
}

describe('gatedComparison', () => {
  it('gives the LSTM’s total ‖∂E_t★/∂c_k‖ (through s_k and c_{k+1}), as finite differences do', () => {
    const m = randomModel({ seed: 4, T: 6, H: 3, D: 3, K: 3, cell: 'lstm', biases: 'random' });
    const t = 5;
    const c = gatedComparison(m, t, null).runs.lstm.c!;
    for (let k = 0; k <= t; k++) {
      const g = [0, 1, 2].map(
        (i) =>
          (lossWithCellNudge(m as LstmModel, t, k, i, 1e-6) -
            lossWithCellNudge(m as LstmModel, t, k, i, -1e-6)) /
          2e-6,
      );
      expect(c[k]).toBeCloseTo(norm2(Float64Array.from(g)), 7);
    }
  });

  it('uses the current model for its own cell and seeded companions for the others', () => {
    const lstm = companionOf(defaultModel(), 'lstm');
    const cmp = gatedComparison(lstm, 3, null);
    expect(cmp.runs.lstm.model).toBe(lstm);
    expect(cmp.runs.lstm.own).toBe(true);
    expect(cmp.runs.rnn.own).toBe(false);
    expect(cmp.runs.gru.model.inputs).toBe(lstm.inputs);
  });

  it('applies the forget-gate bias to the LSTM only, and caches per bias', () => {
    const m = defaultModel();
    const a = gatedComparison(m, 3, -2);
    expect(shownForgetBias(a)).toBe(-2);
    expect(shownForgetBias(gatedComparison(m, 3, null))).toBe(1);
    expect(gatedComparison(m, 3, -2)).toBe(a);
    expect(a.runs.rnn.model).toBe(m);
  });
});

describe('gatedFacts', () => {
  const num = (x: number) => String(x);

  it('finds the long dependency and compares the cells ten steps back', () => {
    const m = longDependencyModel();
    const f = gatedFacts(m, 11, null, num);
    expect(f.dep).toBe('yes');
    expect(f.kFar).toBe(1);
    expect(f.back).toBe(10);
    // The LSTM’s cell with b_f = 1 keeps more than the vanilla state ten steps back.
    expect(Number(f.lstmC)).toBeGreaterThan(Number(f.rnnS));
    expect(gatedFacts(defaultModel(), 3, null, num).dep).toBe('no');
  });

  it('says the forget gate is closed exactly when the cell path keeps less than 10⁻³', () => {
    const m = longDependencyModel();
    const closed = gatedFacts(m, 11, -2, num);
    expect(closed.closed).toBe('yes');
    expect(Number(closed.pf)).toBeLessThan(1e-3);
    const open = gatedFacts(m, 11, 3, num);
    expect(open.closed).toBe('no');
    expect(Number(open.pf)).toBeGreaterThan(Number(closed.pf));
  });

  it('names as best the cell whose norm ten steps back is largest', () => {
    for (const bf of [-2, 1, 3]) {
      const f = gatedFacts(longDependencyModel(), 11, bf, num);
      const values = { rnn: Number(f.rnnS), gru: Number(f.gruS), lstm: Number(f.lstmC) };
      const max = Math.max(...Object.values(values));
      expect(values[f.best as keyof typeof values]).toBe(max);
    }
  });
});
