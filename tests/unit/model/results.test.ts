// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  defaultModel,
  forward,
  fullGradients,
  gradients,
  jacobians,
  randomModel,
  targetTerms,
  toRows,
} from '../../../src/model';
import {
  MAX_TERM_NUMBERS,
  computeResults,
  countTermNumbers,
  firstNonFinite,
  overflowStart,
  stringifyResults,
} from '../../../src/model/io/results';

function countNumbers(v: unknown): number {
  if (typeof v === 'number') return 1;
  if (typeof v !== 'object' || v === null) return 0;
  return Object.values(v).reduce((n: number, x) => n + countNumbers(x), 0);
}

describe('computeResults', () => {
  it('holds the fixed fields with the core’s numbers, and no terms unless asked', () => {
    const model = randomModel({ seed: 5, T: 5, H: 3, D: 4, K: 2, randomInitialState: true });
    const r = computeResults(model, { terms: false });
    const f = forward(model);
    const g = gradients(model, f);
    expect(r.loss.total).toBe(f.loss);
    expect(r.loss.perStep).toEqual(Array.from(f.losses));
    expect(r.states).toEqual(toRows(f.s));
    expect(r.outputs).toEqual(toRows(f.yhat));
    expect(r.gradients).toEqual({ U: toRows(g.U), W: toRows(g.W), V: toRows(g.V) });
    expect(r.dims).toEqual({ T: 5, H: 3, D: 4, K: 2 });
    expect(r.activation).toBe('tanh');
    expect(r.truncate).toBeNull();
    expect(r).not.toHaveProperty('terms');
    expect(r).not.toHaveProperty('jacobian');
    expect(r).not.toHaveProperty('fullGradients');
  });

  it('truncated models: truncated gradients, plus the full ones for comparison', () => {
    const model = { ...randomModel({ seed: 8, T: 6, H: 3, D: 3, K: 3 }), truncate: 1 };
    const r = computeResults(model, { terms: false });
    const g = gradients(model);
    const full = fullGradients(model);
    expect(r.gradients.W).toEqual(toRows(g.W));
    expect(r.fullGradients).toEqual({ U: toRows(full.U), W: toRows(full.W), V: toRows(full.V) });
    expect(r.gradients.W).not.toEqual(toRows(full.W));
    expect(r.truncate).toBe(1);
    // truncate ≥ T − 1 is full BPTT: no second copy.
    expect(computeResults({ ...model, truncate: 5 }, { terms: false })).not.toHaveProperty(
      'fullGradients',
    );
  });

  it('terms[t][k] are the slide terms, zero outside the window', () => {
    const model = { ...randomModel({ seed: 2, T: 4, H: 2, D: 3, K: 2 }), truncate: 1 };
    const r = computeResults(model, { terms: true });
    const f = forward(model);
    expect(r.terms?.U).toHaveLength(4);
    for (let t = 0; t < 4; t++) {
      const tt = targetTerms(model, f, t);
      expect(r.terms?.U[t]).toEqual(tt.U.map(toRows));
      expect(r.terms?.W[t]).toEqual(tt.W.map(toRows));
      expect(r.terms?.W[t]).toHaveLength(t + 1);
    }
    expect(r.terms?.W[3][0]).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(countNumbers(r.terms)).toBe(countTermNumbers(model));
  });

  it('jacobian: the last target’s norms and bound', () => {
    const model = defaultModel();
    const r = computeResults(model, { terms: false, jacobian: true });
    const j = jacobians(model, forward(model), 3);
    expect(r.jacobian).toEqual({
      t: 3,
      sigmaW: j.sigmaW,
      gamma: 1,
      productNorm: Array.from(j.productNorm),
      bound: Array.from(j.bound),
    });
  });
});

describe('countTermNumbers', () => {
  it('is T(T+1)/2 · H(D + H) and the limit is 5,000,000', () => {
    expect(countTermNumbers(defaultModel())).toBe(10 * 3 * 7);
    expect(countTermNumbers(randomModel({ seed: 1, T: 256, H: 16, D: 16, K: 2 }))).toBe(
      ((256 * 257) / 2) * 16 * 32,
    );
    expect(MAX_TERM_NUMBERS).toBe(5_000_000);
  });
});

describe('stringifyResults', () => {
  it('parses back to the same numbers, bit for bit, one matrix row per line', () => {
    const model = randomModel({ seed: 11, T: 3, H: 2, D: 2, K: 3, inputs: 'real' });
    const r = computeResults(model, { terms: true, jacobian: true });
    const text = stringifyResults(r);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(r)));
    expect(text).toContain(`[${r.states[0].map((x) => JSON.stringify(x)).join(', ')}]`);
    expect(text.split('\n')[1]).toBe('  "loss": {');
    expect(stringifyResults({ a: [], b: {}, c: null })).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": null\n}',
    );
  });
});

describe('firstNonFinite', () => {
  it('names the path of the first non-finite number', () => {
    expect(firstNonFinite({ a: [1, 2], b: { c: [[0, NaN]] } })).toBe('b.c[0][1]');
    expect(firstNonFinite({ loss: { total: Infinity } })).toBe('loss.total');
    expect(firstNonFinite(computeResults(defaultModel(), { terms: true }))).toBeNull();
  });
});

describe('overflowStart', () => {
  const ok = () => computeResults(defaultModel(), { terms: true, jacobian: true });

  it('is null when every number asked for is finite, whatever the diagnostics', () => {
    expect(overflowStart(ok())).toBeNull();
    const r = ok();
    r.jacobian = { t: 3, sigmaW: null, gamma: 1, productNorm: [null], bound: [null] };
    expect(overflowStart(r)).toBeNull();
  });

  it('names the first non-finite state in time order before any other field', () => {
    const r = ok();
    r.loss.total = NaN;
    r.gradients.U[0][0] = Infinity;
    r.outputs[1][0] = NaN;
    r.states[3][1] = Infinity;
    r.states[2][0] = -Infinity;
    expect(overflowStart(r)).toEqual({ path: 'states[2]', what: 'the hidden state s_2' });
  });

  it('then the earliest output or loss, then the loss, the gradients and the terms', () => {
    const r = ok();
    r.loss.perStep[2] = Infinity;
    r.outputs[3][0] = NaN;
    expect(overflowStart(r)?.path).toBe('loss.perStep[2]');
    r.outputs[1][1] = NaN;
    expect(overflowStart(r)?.path).toBe('outputs[1]');
    const g = ok();
    g.gradients.W[1][0] = NaN;
    expect(overflowStart(g)).toEqual({ path: 'gradients.W[1][0]', what: 'the gradient ∂E/∂W' });
    const t = ok();
    t.terms!.W[3][2][0][0] = Infinity;
    expect(overflowStart(t)?.path).toBe('terms.W[3][2][0][0]');
  });
});
