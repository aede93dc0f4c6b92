// @vitest-environment jsdom
/**
 * The band's numbers beside each s_k and the term list: the projection share with a bar from a
 * zero line (negative ones leftwards and hollow, none out of its box, "—" when the sum is 0), its
 * definition on screen, and "not computed" beyond a truncation window (lesson review, items 4, 6).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { defaultModel, forward, randomModel, scale, targetTerms } from '../../../src/model';
import { STEPS } from '../../../src/lesson/steps';
import { lessonStore, termSummariesOf } from '../../../src/store';
import { TermAnnotation } from '../../../src/components/TermAnnotation';
import { TermList } from '../../../src/components/TermList';
import { DiagramPanel } from '../../../src/components/DiagramPanel';
import { TermAnnotationLegend } from '../../../src/components/TermAnnotationLegend';
import { translator } from '../../../src/i18n';

afterEach(() => {
  cleanup();
  act(() => lessonStore.getState().reset());
});

const annotation = (
  summary: ReturnType<typeof termSummariesOf>[number],
  lang: 'en' | 'ru' = 'en',
) =>
  render(
    <TermAnnotation
      k={summary.k}
      t={4}
      mode="terms"
      summary={summary}
      jac={null}
      lang={lang}
      overflow="overflow"
      notComputed={translator(lang, 'diagram')('annot.notComputed')}
      width={200}
    />,
  ).container;

/** The share bar's box, in % of the row: [left, left + width]. */
function barOf(row: HTMLElement): [number, number] {
  const left = parseFloat(row.style.getPropertyValue('--share-left'));
  const width = parseFloat(row.style.getPropertyValue('--share-width'));
  return [left, left + width];
}

describe('the share bar', () => {
  // seed 6, t = 4: shares 0, −6.2, 14.8, −40.6, 131.9 %
  const m = randomModel({ seed: 6, T: 5, H: 3, D: 3, K: 3 });
  const rows = termSummariesOf(targetTerms(m, forward(m), 4));

  it('runs right from the zero line when positive, left and hollow when negative, never out of its box', () => {
    for (const r of rows) {
      const el = annotation(r).querySelector<HTMLElement>('.term-annot__share')!;
      const [a, b] = barOf(el);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(100 + 1e-9);
      if (r.shareW < 0) {
        expect(el.className).toContain('is-negative');
        expect(b).toBeCloseTo(50, 6);
        expect(el.textContent).toMatch(/^−/);
      } else {
        expect(el.className).not.toContain('is-negative');
        expect(a).toBeCloseTo(50, 6);
      }
      cleanup();
    }
    // 131.9 % fills its half; −40.6 % is drawn to the same scale
    const top = annotation(rows[4]).querySelector<HTMLElement>('.term-annot__share')!;
    expect(barOf(top)).toEqual([50, 100]);
    expect(top.textContent).toMatch(/^13[12](\.9)? %$/);
    cleanup();
    const neg = annotation(rows[3]).querySelector<HTMLElement>('.term-annot__share')!;
    expect(barOf(neg)[1] - barOf(neg)[0]).toBeCloseTo((50 * 0.406) / 1.319, 1);
  });

  it('writes "—" (no bar) when the sum is 0', () => {
    const zero = { ...defaultModel(), V: scale(defaultModel().V, 0) };
    const r = termSummariesOf(targetTerms(zero, forward(zero), 3))[2];
    const el = annotation(r).querySelector<HTMLElement>('.term-annot__share')!;
    expect(el.textContent).toBe('—');
    expect(barOf(el)).toEqual([50, 50]);
  });

  it('is defined on screen, in English and Russian, with Unicode math', () => {
    for (const lang of ['en', 'ru'] as const) {
      const labels = translator(lang, 'diagram');
      const { container } = render(<TermAnnotationLegend t={3} mode="terms" labels={labels} />);
      const title = container.querySelector('.term-annot__share-label')!.getAttribute('title')!;
      expect(title).toContain('⟨');
      expect(title).toContain('‖²');
      expect(title).toContain('∂E₃/∂W');
      expect(title).not.toMatch(/[_^]/);
      cleanup();
    }
  });
});

describe('the lesson’s band and term list', () => {
  const stepOf = (id: string) => STEPS.findIndex((s) => s.id === id);

  it('show the default model’s projection shares, 73.1 / 19.1 / 7.8 %, defined in a line', () => {
    act(() => {
      lessonStore.getState().setModel(defaultModel());
      lessonStore.getState().goTo(stepOf('sum-over-k'), 4);
    });
    const { container } = render(<TermList />);
    const shares = [3, 2, 1].map((k) =>
      Number(container.querySelector(`tr[data-k="${k}"]`)!.getAttribute('data-share')),
    );
    expect(shares.map((v) => Number((100 * v).toFixed(1)))).toEqual([73.1, 19.1, 7.8]);
    expect(container.querySelector('[data-testid="share-def"]')!.textContent).toBe(
      'share of ∂E₃/∂W: ⟨term, sum⟩ / ‖sum‖²',
    );
  });

  it('draw the steps beyond the truncation window as not computed, not as numbers or 0', () => {
    act(() => {
      lessonStore.getState().setModel(defaultModel());
      lessonStore.getState().goTo(stepOf('truncation'), 1);
    });
    const { container } = render(
      <>
        <DiagramPanel />
        <TermList />
      </>,
    );
    // the window n = 1 for E₃: k ≥ 2
    for (const k of [0, 1]) {
      const box = container.querySelector(`.dg-annotation[data-k="${k}"] .term-annot`)!;
      expect(box.className).toContain('is-cut');
      expect(box.getAttribute('data-grad-norm')).toBe('not-computed');
      const dashes = box.querySelectorAll('[data-not-computed]');
      expect(dashes).toHaveLength(2); // share and ‖∂E₃/∂s_k‖
      for (const d of dashes) {
        expect(d.textContent).toBe('—');
        expect(d.getAttribute('title')).toBe('not computed');
      }
      expect(box.textContent).not.toMatch(/\d/);
      const row = container.querySelector(`tr[data-k="${k}"]`)!;
      expect(row.getAttribute('data-grad-norm')).toBe('not-computed');
      expect(row.textContent).toContain('not computed');
      // no flow into s_k, a dashed ring instead of the reached one
      expect(container.querySelector(`path[data-flow-seg][data-k="${k}"]`)).toBeNull();
      expect(container.querySelector(`[data-node="s-${k}"] .dg-not-computed-ring`)).not.toBeNull();
    }
    for (const k of [2, 3]) {
      const box = container.querySelector(`.dg-annotation[data-k="${k}"] .term-annot`)!;
      expect(Number(box.getAttribute('data-grad-norm'))).toBeGreaterThan(0);
      expect(container.querySelector(`path[data-flow-seg][data-k="${k}"]`)).not.toBeNull();
    }
    // the kept shares add up to 100 %
    const kept = [2, 3].map((k) =>
      Number(container.querySelector(`tr[data-k="${k}"]`)!.getAttribute('data-share')),
    );
    expect(kept[0] + kept[1]).toBeCloseTo(1, 12);
  });
});
