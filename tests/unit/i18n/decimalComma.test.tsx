// @vitest-environment jsdom
/**
 * Every number follows the language's style: in Russian (the decimal comma of its catalog,
 * ./decimalComma.ts) the lesson's step panel, the term list, the diagram's labels and tooltips,
 * the decay chart and the explore mode's fields, tables and formulas show commas, no decimal
 * point and no English "× 10"; English keeps its points.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { DiagramPanel } from '../../../src/components/DiagramPanel';
import { StepPanel } from '../../../src/components/StepPanel';
import { ExploreFormulas } from '../../../src/explore/ExploreFormulas';
import { ExplorePanel } from '../../../src/explore/ExplorePanel';
import { exploreStep } from '../../../src/explore/exploreStep';
import type { Lang } from '../../../src/i18n';
import { STEPS } from '../../../src/lesson/steps';
import {
  defaultModel,
  dimsOf,
  withTruncate,
  type AnyModel,
  type RnnModel,
} from '../../../src/model';
import { lessonStore, selectSubCount } from '../../../src/store';
import {
  DECIMAL_COMMA_NUMBER,
  DECIMAL_POINT,
  decimalPoints,
  shownTexts,
  timesSigns,
} from './decimalComma';

afterEach(() => {
  cleanup();
  act(() => lessonStore.getState().reset());
});

/** The lesson at step `id`'s last sub-step, in `lang`: the step panel and the diagram. */
function lessonAt(lang: Lang, id: string) {
  act(() => {
    const s = lessonStore.getState();
    s.setLang(lang);
    s.goTo(STEPS.findIndex((q) => q.id === id));
    s.goTo(
      STEPS.findIndex((q) => q.id === id),
      selectSubCount(lessonStore.getState()) - 1,
    );
  });
  return render(
    <>
      <StepPanel />
      <DiagramPanel />
    </>,
  );
}

const text = (el: Element | null) => el?.textContent ?? '';

describe('the lesson in Russian with a decimal comma', () => {
  it.each(STEPS.map((s) => s.id))('step %s shows no decimal point', (id) => {
    const { container } = lessonAt('ru', id);
    expect(decimalPoints(shownTexts(container))).toEqual([]);
    expect(timesSigns(shownTexts(container))).toEqual([]);
  });

  it('writes the term list, the sum and the diagram’s labels with commas', () => {
    const { container } = lessonAt('ru', 'sum-over-k');
    const list = container.querySelector('[data-testid="term-list"]')!;
    const cells = [...list.querySelectorAll('tbody .term-list__num')].map(text);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => DECIMAL_COMMA_NUMBER.test(c)).length).toBeGreaterThan(0);
    const rows = [...list.querySelectorAll('tbody tr[aria-label]')].map((r) =>
      r.getAttribute('aria-label')!,
    );
    expect(rows.filter((r) => DECIMAL_COMMA_NUMBER.test(r)).length).toBeGreaterThan(0);
    expect(text(container.querySelector('.term-sum'))).toMatch(DECIMAL_COMMA_NUMBER);
    // The diagram: every node's name and tooltip lines.
    expect(container.querySelector('[data-node="E-3"]')!.getAttribute('aria-label')).toMatch(
      DECIMAL_COMMA_NUMBER,
    );
    const s3 = container.querySelector('[data-node="s-3"]')!.getAttribute('aria-label')!;
    // A vector's entries: "[0,532; −0,731; …]", and the gradient's norm reaching s₃.
    expect(s3).toMatch(/\[−?\d,\d+; /);
    expect(s3).toMatch(/‖∂E₃\/∂s₃‖\s=\s−?\d,\d/);
    // The annotation band under each s_k.
    const band = [...container.querySelectorAll('.dg-annotation .term-annot__value')].map(text);
    expect(band.filter((c) => DECIMAL_COMMA_NUMBER.test(c)).length).toBeGreaterThan(0);
  });

  it('writes the decay chart’s σ_max(W) and its points with commas', async () => {
    const { container } = lessonAt('ru', 'vanishing-exploding');
    // The decay chart is a lazy chunk.
    await waitFor(() => expect(container.querySelector('.dc-root title')).not.toBeNull());
    const titles = [...container.querySelectorAll('.dc-root title')].map(text).join(' ');
    expect(titles).toMatch(/σ(?:_max|ₘₐₓ)\(W\)\s=\s\d,\d/);
  });

  it('keeps the decimal point in English', () => {
    const { container } = lessonAt('en', 'sum-over-k');
    expect(text(container.querySelector('.term-sum'))).toMatch(DECIMAL_POINT);
    expect(container.querySelector('[data-node="s-3"]')!.getAttribute('aria-label')).toMatch(
      /\[−?\d\.\d+, /,
    );
  });
});

/** The explore panel over local state, as the app wires it to the store. */
function ExploreHost({ lang, initial }: { readonly lang: Lang; readonly initial: RnnModel }) {
  const [model, setModel] = useState<AnyModel>(initial);
  const [target, setTarget] = useState(3);
  const T = dimsOf(model).T;
  const t = Math.min(target, T - 1);
  return (
    <>
      <ExplorePanel
        model={model}
        onModelChange={setModel}
        target={t}
        onTargetChange={setTarget}
        lang={lang}
        pageUrl="http://localhost/app/#/8/0"
      />
      <ExploreFormulas
        model={model}
        t={t}
        traceAll={false}
        view={exploreStep({ T, t, traceAll: false, truncated: model.truncate !== null })}
        lang={lang}
      />
    </>
  );
}

describe('the explore mode in Russian with a decimal comma', () => {
  const truncated = () => {
    const r = withTruncate(defaultModel(1), 1);
    if (!r.ok) throw new Error('no truncated model');
    return r.model;
  };

  it.each([
    ['full BPTT', () => defaultModel(1)],
    ['truncated', truncated],
  ])('%s: fields, cells, tables and formulas show commas, never a decimal point', (_, make) => {
    const { container } = render(<ExploreHost lang="ru" initial={make()} />);
    expect(decimalPoints(shownTexts(container))).toEqual([]);
    expect(timesSigns(shownTexts(container))).toEqual([]);
    // The number fields: the learning rate 0,1 and the other model's σ_max(W).
    const fields = [...container.querySelectorAll<HTMLInputElement>('input.xp-input--number')];
    expect(fields.map((f) => f.value)).toContain('0,1');
    const sigma = container.querySelector<HTMLInputElement>('input[data-field="decaySigma"]')!;
    expect(sigma.value).toMatch(DECIMAL_COMMA_NUMBER);
    // The matrices' cells, the live formula and its TeX, the σ readout.
    const cells = [...container.querySelectorAll('.xp-editor__cell')].map(text);
    expect(cells.filter((c) => DECIMAL_COMMA_NUMBER.test(c)).length).toBeGreaterThan(0);
    const live = container.querySelector('[data-testid="explore-value"] .live-formula')!;
    expect(text(live)).toMatch(DECIMAL_COMMA_NUMBER);
    expect(live.getAttribute('data-tex')).toMatch(/\d\{,\}\d/);
    expect(text(container.querySelector('[data-testid="sigma-readout"]'))).toMatch(
      DECIMAL_COMMA_NUMBER,
    );
  });

  it('keeps the decimal point in English', () => {
    const { container } = render(<ExploreHost lang="en" initial={defaultModel(1)} />);
    const fields = [...container.querySelectorAll<HTMLInputElement>('input.xp-input--number')];
    expect(fields.map((f) => f.value)).toContain('0.1');
    expect(text(container.querySelector('[data-testid="sigma-readout"]'))).toMatch(DECIMAL_POINT);
  });
});
