// @vitest-environment jsdom
/**
 * The exercise sheet (SheetView): every card's given numbers on the exercise pages, every answer
 * in the key, the seed and the model's fingerprint printed, in both languages (Russian with
 * decimal commas).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { formatNumber, t } from '../../../src/i18n';
import { practiceCards } from '../../../src/lesson/cards';
import { defaultModel } from '../../../src/model';
import { modelFingerprint } from '../../../src/model/io/fingerprint';
import { SheetView } from '../../../src/practice/cards/SheetView';
import { sheetPages } from '../../../src/practice/cards/sheetLayout';

afterEach(cleanup);

const model = defaultModel(1);
const CARDS = practiceCards(123, model, 3);
const FP = modelFingerprint(model);

describe('SheetView', () => {
  it.each(['en', 'ru'] as const)('prints every card, its givens and its answer (%s)', (lang) => {
    render(
      <SheetView
        cards={CARDS}
        lang={lang}
        seed={123}
        fingerprint={FP}
        link="https://example.org/?seed=123"
      />,
    );
    const meta = screen.getByTestId('sheet-meta').textContent ?? '';
    expect(meta).toContain('123');
    expect(meta).toContain(FP);
    if (lang === 'en') expect(meta).toBe(`Seed 123 · model ${FP}`);

    const exercises = screen.getAllByTestId('sheet-card');
    expect(exercises).toHaveLength(CARDS.length);
    exercises.forEach((el, n) => {
      const card = CARDS[n];
      expect(el.dataset.kind).toBe(card.kind);
      expect(el.textContent).toContain(t(lang, 'practice', 'sheet.exercise', { n: n + 1 }));
      for (const g of card.given) {
        const table = el.querySelector(`[data-given="${g.id}"]`);
        expect(table, `${card.kind} ${g.id}`).not.toBeNull();
        const cells = [...(table as Element).querySelectorAll('td.pcard-given__cell')].map((c) =>
          (c.textContent ?? '').replace(/\s*\(.*\)$/, '').replace('▸', ''),
        );
        expect(cells).toEqual(g.shown.map((x) => formatNumber(x, { lang, digits: 4 })));
        expect((table as Element).querySelectorAll('[data-used="true"]').length).toBe(
          g.used.length,
        );
      }
      // The answer is not on the exercise pages.
      expect(el.querySelector('[data-testid="card-solution"]')).toBeNull();
    });

    const key = screen.getAllByTestId('sheet-key');
    expect(key).toHaveLength(CARDS.length);
    key.forEach((el, n) => {
      const card = CARDS[n];
      const tex = [...el.querySelectorAll('[data-tex]')]
        .map((e) => e.getAttribute('data-tex'))
        .join(' ');
      const answer = formatNumber(card.answer, { lang, digits: 4 })
        .replace('−', '-')
        .replace(',', '{,}')
        .split(' ')[0];
      expect(tex, card.kind).toContain(answer);
      expect(el.querySelector('[data-testid="card-solution"]')).not.toBeNull();
      expect(el.innerHTML).not.toContain('katex-error');
    });

    const pages = screen.getAllByTestId('sheet-page');
    const parts = sheetPages(CARDS);
    expect(pages).toHaveLength(parts.exercises.length + parts.key.length);
    expect(pages[pages.length - 1].dataset.part).toBe('key');
    expect(pages[pages.length - 1].textContent).toContain(
      t(lang, 'practice', 'sheet.page', { n: pages.length, total: pages.length }),
    );

    const text = screen.getByTestId('sheet-view').textContent ?? '';
    expect(text).toContain('https://example.org/?seed=123');
    if (lang === 'ru') {
      expect(text).toMatch(/\d,\d/);
      expect(text.replace('https://example.org/?seed=123', '')).not.toMatch(/\d\.\d/);
      expect(text).toContain(t('ru', 'practice', 'sheet.key'));
    } else expect(text).toMatch(/\d\.\d/);
  });
});
