// @vitest-environment jsdom
/**
 * The diagram as the app mounts it (DiagramPanel over the lesson's store): long sequences lay
 * out with every E_t and the flow, the band beside each s_k carries the core's numbers; formulas
 * fold; the zoom keys.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { forward, frobenius, norm2, randomModel, targetTerms } from '../../../src/model';
import { STEPS } from '../../../src/lesson/steps';
import { formulasAt } from '../../../src/lesson/tex';
import { lessonStore, ZOOM_MAX, ZOOM_MIN } from '../../../src/store';
import { DiagramPanel } from '../../../src/components/DiagramPanel';
import { foldedIds } from '../../../src/components/StepFormulas';
import { nextZoom, zoomCommandFor } from '../../../src/components/useZoomKeys';
import { LABEL_FONT, MIN_COL_WIDTH, MIN_STROKE } from '../../../src/diagram/layout';

afterEach(() => {
  cleanup();
  act(() => lessonStore.getState().reset());
});

const stepOf = (id: string) => STEPS.findIndex((s) => s.id === id);

function mountAt(T: number, stepId: string, sub: number, target: number | null = null) {
  const model = randomModel({ seed: 3, H: 8, D: 5, K: 5, T });
  act(() => {
    lessonStore.getState().setModel(model);
    if (target !== null) lessonStore.getState().setTarget(target);
    lessonStore.getState().goTo(stepOf(stepId), sub);
  });
  return { model, ...render(<DiagramPanel />) };
}

describe.each([16, 64])('a sequence of T = %i', (T) => {
  it('draws every E_t and the whole gradient’s flow, at label size, scrolling sideways', () => {
    const { container } = mountAt(T, 'whole-gradient', 2);
    const svg = container.querySelector('.dg-svg')!;
    for (let t = 0; t < T; t++) {
      const e = container.querySelector(`[data-node="E-${t}"] text`);
      // The index as a real subscript (a tspan), not Unicode subscript glyphs.
      expect(e?.textContent).toBe(`E${t}`);
      expect(e?.querySelector('.dg-sub')?.textContent).toBe(String(t));
    }
    // columns never narrower than a node and its arrows: wider than the panel, so it scrolls
    const xs = [...container.querySelectorAll('[data-node^="s-"]')]
      .map((n) => Number(n.querySelector('circle')!.getAttribute('cx')))
      .sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++)
      expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(MIN_COL_WIDTH - 1e-6);
    expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual((T + 1) * MIN_COL_WIDTH);
    const flows = [...container.querySelectorAll('path[data-flow-seg]')];
    expect(flows).toHaveLength(3 * T - 1);
    for (const f of flows)
      expect(Number(f.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(MIN_STROKE);
    expect(LABEL_FONT).toBeGreaterThanOrEqual(28);
  });

  it('puts the core’s k-th term under each s_k for the traced target', () => {
    const last = T >= 4 ? 4 : T; // the sum over k: t★ = 3, sub-steps 0 … 4
    const { container, model } = mountAt(T, 'sum-over-k', last, 3);
    const ref = targetTerms(model, forward(model), 3);
    for (let k = 0; k <= 3; k++) {
      const cell = container.querySelector(`.dg-annotation[data-k="${k}"] [data-term-norm]`)!;
      expect(Number(cell.getAttribute('data-term-norm'))).toBe(frobenius(ref.W[k]));
      expect(Number(cell.getAttribute('data-grad-norm'))).toBe(norm2(ref.dEds[k]));
    }
    // narrow columns: numbers only, and the legend names the rows
    expect(container.querySelector('.dg-annotation .term-annot__sym')).toBeNull();
    expect(container.querySelector('.dg-annotation--legend')!.textContent).toContain('share');
  });
});

describe('the default example', () => {
  // jsdom lays nothing out: give the panel the stage's size.
  beforeEach(() => {
    for (const [k, v] of [
      ['clientWidth', 880],
      ['clientHeight', 880],
    ] as const)
      Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
  });
  afterEach(() => {
    // Back to jsdom's own getters (on Element.prototype).
    for (const k of ['clientWidth', 'clientHeight'])
      Reflect.deleteProperty(HTMLElement.prototype, k);
  });

  it('writes each k-th term as a formula beside s_k, with its norm, share and gradient', () => {
    const { container } = mountAt(4, 'sum-over-k', 4);
    const cell = container.querySelector('.dg-annotation[data-k="2"]')!;
    expect(cell.querySelector('[data-tex]')!.getAttribute('data-tex')).toContain('k=2');
    expect(cell.querySelectorAll('.term-annot__row')).toHaveLength(3);
    expect(container.querySelector('.dg-annotation--legend .term-annot__row')).not.toBeNull();
  });
});

describe('formulas that fold', () => {
  it('fold the earlier secondary formulas once a later one appears, never the first', () => {
    const step = STEPS[stepOf('sum-over-k')];
    const ctx = { t: 3, T: 4, n: null };
    expect([...foldedIds(formulasAt(step, { ...ctx, sub: 0 }))]).toEqual([]);
    expect([...foldedIds(formulasAt(step, { ...ctx, sub: 4 }))]).toEqual(['immediate']);
    for (const s of STEPS)
      for (let sub = 0; sub < 6; sub++) {
        const f = formulasAt(s, { ...ctx, sub });
        const folded = foldedIds(f);
        if (f.length > 0) expect(folded.has(f[0].id)).toBe(false);
        for (const x of f) if (folded.has(x.id)) expect(x.caption).toBeTruthy();
      }
  });
});

describe('zoom keys', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
    zoomCommandFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods }, null);

  it('map + = − 0 and leave chords, fields and the lesson’s keys alone', () => {
    expect(key('+')).toBe('in');
    expect(key('=')).toBe('in');
    expect(key('-')).toBe('out');
    expect(key('0')).toBe('reset');
    expect(key('+', { ctrlKey: true })).toBeNull();
    expect(key('-', { metaKey: true })).toBeNull();
    const input = document.createElement('input');
    expect(
      zoomCommandFor({ key: '+', ctrlKey: false, metaKey: false, altKey: false }, input),
    ).toBeNull();
    for (const k of [
      'ArrowRight',
      'ArrowDown',
      'PageDown',
      ' ',
      'n',
      'p',
      'f',
      'b',
      '.',
      's',
      'o',
      'g',
      '?',
      'Home',
      'End',
    ])
      expect(key(k)).toBeNull();
  });

  it('step by 10 % inside the store’s range', () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1.1, -1)).toBe(1);
    expect(nextZoom(ZOOM_MAX, 1)).toBe(ZOOM_MAX);
    expect(nextZoom(ZOOM_MIN, -1)).toBe(ZOOM_MIN);
    expect(nextZoom(Number.NaN, 1)).toBe(1.1);
  });
});
