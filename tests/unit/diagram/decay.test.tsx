// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import {
  forward,
  jacobians,
  norm2,
  randomModel,
  scale,
  targetTerms,
  withSigmaW,
  type RnnModel,
} from '../../../src/model';
import { DecayChart, type DecaySet } from '../../../src/diagram/DecayChart';
import { decadeTicks, decaySeries, legendPlaces, logDomain } from '../../../src/diagram/decay';
import { translator } from '../../../src/i18n';

afterEach(cleanup);

const labels = translator('en', 'diagram');
const base = randomModel({ seed: 5, H: 6, D: 4, K: 4, T: 10 });

function set(name: string, model: RnnModel, t = 9): DecaySet {
  const fwd = forward(model);
  return { name, jac: jacobians(model, fwd, t), terms: targetTerms(model, fwd, t) };
}

describe('decay series', () => {
  it('takes every value from the core', () => {
    const s = set('W', base);
    const d = decaySeries(s.jac, s.terms);
    expect(d.values.jac).toEqual(Array.from(s.jac.productNorm));
    expect(d.values.bound).toEqual(Array.from(s.jac.bound));
    expect(d.values.grad).toEqual(s.terms.dEds.map((g) => norm2(g)));
    expect(d.sigmaW).toBe(s.jac.sigmaW);
  });

  it('covers every drawable value with whole decades, and ignores zeros and overflow', () => {
    const small = decaySeries(
      set('a', withSigmaW(base, 0.3)).jac,
      set('a', withSigmaW(base, 0.3)).terms,
    );
    const large = decaySeries(
      set('b', withSigmaW(base, 3)).jac,
      set('b', withSigmaW(base, 3)).terms,
    );
    const [lo, hi] = logDomain([small, large]);
    for (const s of [small, large])
      for (const v of [...s.values.jac, ...s.values.grad, ...s.values.bound]) {
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
      }
    expect(Number.isInteger(Math.log10(lo))).toBe(true);
    expect(Number.isInteger(Math.log10(hi))).toBe(true);
    const odd = { ...small, values: { jac: [0, Number.NaN, 5], grad: [Infinity], bound: [] } };
    expect(logDomain([odd])).toEqual([1, 10]);
    expect(logDomain([])).toEqual([0.1, 10]);
    expect(decadeTicks([1e-12, 1e4]).length).toBeLessThanOrEqual(7);
  });
});

describe('DecayChart', () => {
  it('draws two panels on one axis, each point carrying the core’s value', () => {
    const sets = [set('small W', withSigmaW(base, 0.5)), set('large W', withSigmaW(base, 2))];
    const { container } = render(<DecayChart sets={sets} labels={labels} />);
    const panels = container.querySelectorAll('[data-panel]');
    expect(panels).toHaveLength(2);
    for (let i = 0; i < 2; i++) {
      const points = panels[i].querySelectorAll('[data-series="jac"] [data-k]');
      expect(points).toHaveLength(10);
      for (const p of points) {
        const k = Number(p.getAttribute('data-k'));
        expect(Number(p.getAttribute('data-value'))).toBe(sets[i].jac.productNorm[k]);
      }
      const grad = panels[i].querySelector('[data-series="grad"] [data-k="4"]')!;
      expect(Number(grad.getAttribute('data-value'))).toBe(norm2(sets[i].terms.dEds[4]));
    }
    // the same k and value sit at the same height in both panels (one shared axis)
    const y = (panel: Element, k: number) =>
      panel.querySelector(`[data-series="bound"] [data-k="${k}"]`)!.getAttribute('d');
    expect(y(panels[0], 9)).toBe(y(panels[1], 9));
    expect(container.textContent).toContain('small W: σₘₐₓ(W) = 0.5');
    expect(container.textContent).toContain('(γσₘₐₓ)⁹⁻ᵏ');
    const attrs = [...container.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.value),
    );
    expect(attrs.filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
  });

  it('tells the series apart by marker shape, not colour alone', () => {
    const { container } = render(<DecayChart sets={[set('W', base)]} labels={labels} />);
    const shape = (s: string) =>
      container
        .querySelector(`[data-series="${s}"] [data-k="0"]`)!
        .getAttribute('d')!
        .replace(/[-\d.]+/g, '#');
    expect(new Set([shape('jac'), shape('grad'), shape('bound')]).size).toBe(3);
  });

  it('fits a narrow panel: long titles and the legend wrap instead of running off', () => {
    const long = 'Small W: the gradient vanishes';
    const { container } = render(
      <DecayChart
        sets={[set(long, withSigmaW(base, 0.3))]}
        labels={labels}
        width={740}
        height={420}
      />,
    );
    const titles = [...container.querySelectorAll('.dc-title')].map((t) => t.textContent);
    expect(titles).toEqual([long, 'σₘₐₓ(W) = 0.3']);
    const places = legendPlaces(['‖∂s₉/∂sₖ‖₂', '‖∂E₉/∂sₖ‖', '(γσₘₐₓ)⁹⁻ᵏ'], 740);
    expect(new Set(places.map((p) => p.y)).size).toBeGreaterThan(1);
    expect(legendPlaces(['a', 'b', 'c'], 1600).every((p) => p.y === 0)).toBe(true);
  });

  it('says which curve the bound is for: the spectral norm of ∂s_t/∂s_k, not ‖∂E_t/∂s_k‖', () => {
    for (const lang of ['en', 'ru'] as const) {
      const { container } = render(
        <DecayChart sets={[set('W', withSigmaW(base, 2))]} labels={translator(lang, 'diagram')} />,
      );
      const legend = [...container.querySelectorAll('.dc-legend [class*="dc-series"]')].map((g) => [
        g.getAttribute('class')!.split(' ')[1],
        g.textContent,
      ]);
      // the bound's entry names ‖∂s₉/∂sₖ‖₂ and stands beside the Jacobian's, before the gradient's
      expect(legend.map(([c]) => c)).toEqual(['dc-jac', 'dc-bound', 'dc-grad']);
      expect(legend[1][1]).toContain('‖∂s₉/∂sₖ‖₂');
      expect(legend[1][1]).toMatch(lang === 'en' ? /upper bound/ : /верхняя оценка/);
      expect(legend[0][1]).toMatch(lang === 'en' ? /spectral norm/ : /спектральная норма/);
      expect(legend[2][1]).toContain('‖∂E₉/∂sₖ‖');
      expect(legend.map(([, t]) => t).join(' ')).not.toMatch(/σ_max|\^/);
      cleanup();
    }
    // and the bound holds for that curve (math.md §5): ‖∂s_t/∂s_k‖₂ ≤ (γσ)^{t−k}
    for (const sigma of [0.3, 1, 3]) {
      const s = set('W', withSigmaW(base, sigma));
      const d = decaySeries(s.jac, s.terms);
      d.values.jac.forEach((v, k) =>
        expect(v).toBeLessThanOrEqual(d.values.bound[k] * (1 + 1e-12)),
      );
    }
  });

  it('leaves out the points a log axis cannot show, and says how many', () => {
    const zeroW = { ...base, W: scale(base.W, 0) };
    const { container } = render(<DecayChart sets={[set('W = 0', zeroW)]} labels={labels} />);
    // ∂s₉/∂s_k = 0 for k < 9, the bound 0 too (σ_max(W) = 0)
    expect(container.querySelectorAll('[data-series="jac"] [data-k]')).toHaveLength(1);
    expect(container.textContent).toMatch(/\d+ values not drawn/);
  });
});
