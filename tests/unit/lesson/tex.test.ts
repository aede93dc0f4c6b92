// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  defaultModel,
  forward,
  fromRows,
  frobenius,
  gradients,
  fullGradients,
  jacobians,
  mat,
  targetTerms,
} from '../../../src/model';
import {
  boundValueTex,
  compareTex,
  gradientTex,
  jacobianTex,
  matTex,
  relativeDifference,
  termTex,
  vecTex,
} from '../../../src/lesson/tex';
import { numTex } from '../../../src/i18n';
import { renderStrict } from './katex';

describe('the strict KaTeX harness', () => {
  it('rejects bad TeX and untrusted classes', () => {
    expect(() => renderStrict('\\frac{')).toThrow();
    expect(() => renderStrict('\\htmlClass{evil}{W}')).toThrow();
    expect(() => renderStrict('\\href{https://example.com}{x}')).toThrow();
    expect(() => renderStrict('\\htmlClass{term-W}{W}')).not.toThrow();
  });
});

describe('matrices and vectors', () => {
  it('writes small matrices out and large ones as their Frobenius norm', () => {
    const m = fromRows([
      [1, -0.5],
      [2e-6, 3],
    ]);
    expect(matTex(m)).toBe('\\begin{bmatrix}1 & -0.5 \\\\ 2\\times10^{-6} & 3\\end{bmatrix}');
    const big = mat(5, 5, new Float64Array(25).fill(1));
    expect(matTex(big)).toBe('\\lVert \\cdot \\rVert_F = 5');
    expect(matTex(big, { name: 'W' })).toBe('\\lVert W \\rVert_F = 5');
    expect(vecTex([1, 2])).toBe('\\begin{bmatrix}1 \\\\ 2\\end{bmatrix}');
    expect(vecTex([1, 2], { row: true })).toBe('\\begin{bmatrix}1 & 2\\end{bmatrix}');
    expect(vecTex([3, 4, 0, 0, 0])).toBe('\\lVert \\cdot \\rVert_2 = 5');
    for (const s of [matTex(m), matTex(big), vecTex([1, 2]), vecTex([3, 4, 0, 0, 0])])
      renderStrict(s);
  });

  it('renders overflowed entries as text', () => {
    const m = fromRows([[NaN, Infinity]]);
    expect(matTex(m)).toContain('\\text{overflow}');
    renderStrict(matTex(m, { overflow: 'переполнение' }));
  });
});

describe('live values from the numeric core', () => {
  const model = defaultModel(1);
  const fwd = forward(model);
  const t = 3;
  const terms = targetTerms(model, fwd, t);
  const total = terms.W.reduce((a, w) => a + frobenius(w), 0);

  it("writes each k-th term with the core's entries, norm and share", () => {
    for (let k = 0; k <= t; k++) {
      const w = terms.W[k];
      const share = frobenius(w) / total;
      const tex = termTex(k, t, { value: w, share });
      renderStrict(tex);
      expect(tex).toContain(`\\right|_{k=${k}}`);
      for (const v of w.data) expect(tex).toContain(numTex(v));
      expect(tex).toContain(`\\lVert \\cdot \\rVert_F = ${numTex(frobenius(w))}`);
      expect(tex).toContain(numTex(share * 100));
      renderStrict(termTex(k, t, { value: w, factors: true, param: 'W' }));
      renderStrict(termTex(k, t, { value: terms.U[k], param: 'U' }));
    }
  });

  it('writes a large term as its norm only', () => {
    const big = mat(6, 6, new Float64Array(36).fill(0.5));
    const tex = termTex(1, 3, { value: big, share: 0.25 });
    expect(tex).not.toContain('bmatrix');
    expect(tex).toContain(`\\rVert_F = ${numTex(3)}`);
    renderStrict(tex);
  });

  it('writes gradients, Jacobians and the bound', () => {
    const g = gradients(model, fwd);
    renderStrict(gradientTex(null, g.W));
    renderStrict(gradientTex(t, terms.sumW, { param: 'W' }));
    renderStrict(gradientTex(null, g.V, { param: 'V' }));
    const j = jacobians(model, fwd, t);
    for (let k = 0; k <= t; k++) {
      const tex = jacobianTex(k, t, j.product[k], { norm2: j.productNorm[k] });
      expect(tex).toContain(numTex(j.productNorm[k]));
      renderStrict(tex);
    }
    const b = boundValueTex(j.gamma, j.sigmaW, { t, k: 0 });
    expect(b).toContain(numTex(j.bound[0]));
    renderStrict(b);
  });

  it('compares a truncated gradient with the full one', () => {
    const full = fullGradients(model, fwd);
    const trunc = gradients({ ...model, truncate: 1 });
    const r = relativeDifference(full.W, trunc.W);
    expect(r).toBeGreaterThan(0);
    expect(relativeDifference(full.W, full.W)).toBe(0);
    const tex = compareTex(full.W, trunc.W, { n: 1 });
    expect(tex).toContain('_{n=1}');
    expect(tex).toContain(numTex(r));
    renderStrict(tex);
  });
});
