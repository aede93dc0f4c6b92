// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scaleSqrt } from 'd3-scale';
import {
  defaultModel,
  forward,
  fullGradients,
  norm2,
  outer,
  prevState,
  randomModel,
  row,
  stateGradients,
  targetTerms,
  type Mat,
} from '../../../src/model';
import type { Focus } from '../../../src/lesson/types';
import { computeLayout } from '../../../src/diagram/layout';
import { computeFlow, flowWidthScale, MAX_FLOW, wholeFlow } from '../../../src/diagram/flow';
import { MIN_STROKE } from '../../../src/diagram/layout';
import { flowReach, revealedRange } from '../../../src/lesson/focus';

const model = defaultModel();
const fwd = forward(model);
const terms = targetTerms(model, fwd, 3);
const layout = computeLayout({ T: 4, width: 1600, height: 640 });
const sumOverK: Focus = { emphasis: [], flow: 'sumOverK' };

describe('gradient flow', () => {
  it('follows E₃ → ŷ₃ → s₃ → s₂ … one s_k per sub-step, with the core’s norms', () => {
    for (let sub = 0; sub <= 4; sub++) {
      const flow = computeFlow({
        layout,
        focus: sumOverK,
        sub,
        target: 3,
        terms,
        whole: null,
        kMin: 0,
      });
      const reach = Math.max(0, 3 - sub);
      const ks = flow.segments.filter((s) => s.k !== null).map((s) => s.k);
      expect(ks).toEqual([3, 2, 1, 0].filter((k) => k >= reach));
      expect(flow.segments[0].id).toBe('3:loss-3');
      for (const s of flow.segments) if (s.k !== null) expect(s.norm).toBe(norm2(terms.dEds[s.k]));
      expect(flow.reference).toBe(Math.max(...terms.dEds.map((g) => norm2(g))));
    }
  });

  it('runs each segment against its edge: from the downstream node back to the upstream one', () => {
    const flow = computeFlow({
      layout,
      focus: sumOverK,
      sub: 4,
      target: 3,
      terms,
      whole: null,
      kMin: 0,
    });
    const w = flow.segments.find((s) => s.id === '3:W-2')!;
    const e = layout.edgeById.get('W-2')!;
    expect(w.d).toBe(`M${e.x2},${e.y2}L${e.x1},${e.y1}`);
    expect(w.k).toBe(1);
    expect(w.length).toBeCloseTo(Math.abs(e.x2 - e.x1), 9);
  });

  it('scales widths by the square root, from 3 px up to the maximum, never non-finite', () => {
    const w = flowWidthScale(4);
    expect(w(0)).toBe(MIN_STROKE);
    expect(w(4)).toBe(MAX_FLOW);
    expect(w(1)).toBeCloseTo(MIN_STROKE + (MAX_FLOW - MIN_STROKE) / 2, 9);
    expect(w(1e-6)).toBeLessThan(MIN_STROKE + 0.1);
    expect(w(1e9)).toBe(MAX_FLOW);
    expect(w(Number.NaN)).toBe(MAX_FLOW);
    expect(Number.isFinite(flowWidthScale(Number.NaN)(1))).toBe(true);
  });

  it('uses a given reference so two diagrams share one scale', () => {
    const flow = computeFlow({
      layout,
      focus: sumOverK,
      sub: 4,
      target: 3,
      terms,
      whole: null,
      kMin: 0,
      reference: 1000,
    });
    expect(flow.reference).toBe(1000);
    expect(Math.max(...flow.segments.filter((s) => s.k !== null).map((s) => s.width))).toBeLessThan(
      6,
    );
  });

  it('draws no flow beyond the truncation window when the cut is shown (never computed there)', () => {
    const input = { layout, sub: 4, target: 3, terms, whole: null, kMin: 2 };
    const cut = computeFlow({ ...input, focus: { ...sumOverK, cut: true } });
    expect(cut.segments.map((s) => s.k)).toEqual([null, 3, 2]);
    // nor do the dropped steps set the width scale
    expect(cut.reference).toBe(Math.max(...[3, 2].map((k) => norm2(terms.dEds[k]))));
    // without the cut shown, the whole flow
    const whole = computeFlow({ ...input, focus: sumOverK });
    expect(whole.segments.map((s) => s.k)).toEqual([null, 3, 2, 1, 0]);
  });

  it('merges every target’s flow into the gradient that BPTT carries (checked against ∂E/∂W)', () => {
    const m = randomModel({ seed: 7, H: 4, D: 3, K: 3, T: 6 });
    const f = forward(m);
    const all = Array.from({ length: 6 }, (_, t) => targetTerms(m, f, t));
    // what the later targets send back into s_k: Σ_{t>k} ∂E_t/∂s_k, from the per-target terms
    const carried = Array.from({ length: 5 }, (_, k) => {
      const acc = new Float64Array(4);
      for (const tt of all) if (tt.t > k) tt.dEds[k].forEach((v, i) => (acc[i] += v));
      return acc;
    });
    // ∂E/∂W = Σ_k (f′(z_k) ⊙ ∂E/∂s_k) s_{k−1}ᵀ with ∂E/∂s_k = ∂E_k/∂s_k + carried_k
    const dW: Mat = { rows: 4, cols: 4, data: new Float64Array(16) };
    for (let k = 0; k < 6; k++) {
      const total = all[k].dEds[k].map((v, i) => v + (k < 5 ? carried[k][i] : 0));
      const delta = row(f.fprime, k).map((fp, i) => fp * total[i]);
      const term = outer(delta, prevState(m, f, k));
      for (let i = 0; i < 16; i++) dW.data[i] += term.data[i];
    }
    const ref = fullGradients(m, f).W;
    for (let i = 0; i < 16; i++) expect(dW.data[i]).toBeCloseTo(ref.data[i], 12);

    // the flow, from the core's stateGradients alone, carries the same norms
    const whole = wholeFlow(m, f);
    const G = stateGradients(m, f);
    for (let k = 0; k < 6; k++) {
      expect(whole.output[k]).toBeCloseTo(norm2(all[k].outputError), 12);
      expect(whole.local[k]).toBeCloseTo(norm2(all[k].dEds[k]), 12);
      expect(whole.total[k]).toBe(norm2(row(G, k)));
      if (k < 5) expect(whole.carried[k]).toBeCloseTo(norm2(carried[k]), 12);
    }

    const layout6 = computeLayout({ T: 6, width: 1600, height: 640 });
    const flow = computeFlow({
      layout: layout6,
      focus: { emphasis: [], flow: 'allTargets' },
      sub: 0,
      target: 5,
      terms: null,
      whole,
      kMin: 0,
    });
    expect(flow.segments.filter((s) => s.edge === 'loss')).toHaveLength(6);
    const w2 = flow.segments.find((s) => s.id === 'all:W-3')!;
    expect(w2.k).toBe(2);
    expect(w2.norm).toBe(whole.carried[2]);
  });

  it('builds the whole flow for T = 64, H = 64 from one sweep, quickly', () => {
    const m = randomModel({ seed: 11, H: 64, D: 8, K: 8, T: 64 });
    const f = forward(m);
    const start = performance.now();
    const whole = wholeFlow(m, f);
    const ms = performance.now() - start;
    expect(whole.carried).toHaveLength(63);
    expect([...whole.output, ...whole.local, ...whole.carried].every(Number.isFinite)).toBe(true);
    // one O(T·H²) sweep: far below the T per-target terms it replaces
    expect(ms).toBeLessThan(200);
  });

  it('shows the whole flow at once when the sub-steps are not the backward walk', () => {
    for (const sub of [0, 1, 2]) {
      const flow = computeFlow({
        layout,
        focus: sumOverK,
        sub,
        target: 3,
        terms,
        whole: null,
        kMin: 0,
        stepwise: false,
      });
      expect(flow.segments.filter((s) => s.k !== null).map((s) => s.k)).toEqual([3, 2, 1, 0]);
    }
    expect(flowReach(sumOverK, 1, 3, false)).toBe(0);
    expect(revealedRange(sumOverK, 1, 4, 3, false)).toEqual({ lo: 0, hi: 3 });
  });
});

describe('flowWidthScale', () => {
  it('is d3’s clamped square-root scale, to the bit', () => {
    for (const ref of [1e-9, 0.3, 1, 2.5, 17, 1e6]) {
      const f = flowWidthScale(ref);
      const d3 = scaleSqrt().domain([0, ref]).range([MIN_STROKE, MAX_FLOW]).clamp(true);
      for (let i = 0; i <= 400; i++) {
        const x = (ref * 1.5 * i) / 400;
        expect(f(x)).toBe(d3(x));
        expect(f(-x)).toBe(d3(x));
      }
    }
    expect(flowWidthScale(2)(Number.NaN)).toBe(MAX_FLOW);
  });
});
