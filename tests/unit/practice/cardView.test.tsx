// @vitest-environment jsdom
/**
 * The practice card (CardView) on a card of each kind: the right answer typed as the shown answer
 * is accepted in both number styles; each planted mistake gets its hint's sentence on the first
 * try; a second wrong answer shows the worked solution and the answer; a malformed entry names the
 * field and keeps the text; the quiz gives no hint and judges only once revealed.
 */
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { formatNumber, t, type Lang } from '../../../src/i18n';
import {
  CARD_KINDS,
  checkCard,
  plantedMistakes,
  practiceCards,
  shownAnswer,
  type Card,
} from '../../../src/lesson/cards';
import { defaultModel } from '../../../src/model';
import { CardView } from '../../../src/practice/cards/CardView';
import { hintText } from '../../../src/practice/cards/cardText';
import { parseAnswer } from '../../../src/practice/cards/parseAnswer';
import type { CardRecord } from '../../../src/practice/store';

afterEach(cleanup);

const CARDS = practiceCards(1, defaultModel(1), 3);

function Harness({
  card,
  lang,
  mode = 'practice',
  revealed,
  log,
}: {
  card: Card;
  lang: Lang;
  mode?: 'practice' | 'quiz';
  revealed?: boolean;
  log?: CardRecord[];
}) {
  const [record, setRecord] = useState<CardRecord | null>(null);
  return (
    <CardView
      card={card}
      lang={lang}
      mode={mode}
      revealed={revealed}
      record={record}
      onRecord={(r) => {
        log?.push(r);
        setRecord(r);
      }}
    />
  );
}

function answer(text: string) {
  const input = screen.getByTestId('card-input') as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  fireEvent.submit(input.form as HTMLFormElement);
}

const written = (x: number, lang: Lang) => formatNumber(x, { lang, digits: 4 });
const feedback = () => screen.getByTestId('card-feedback').textContent ?? '';

describe('CardView', () => {
  it('gives one card of each kind', () => {
    expect(CARDS.map((c) => c.kind)).toEqual(CARD_KINDS);
  });

  describe.each(CARDS.map((c) => [c.kind, c] as const))('%s', (_kind, card) => {
    it.each(['en', 'ru'] as const)('accepts the shown answer written in %s style', (lang) => {
      const log: CardRecord[] = [];
      render(<Harness card={card} lang={lang} log={log} />);
      const text = written(shownAnswer(card), lang);
      if (lang === 'ru' && /\d[.,]\d/.test(text)) expect(text).toContain(',');
      answer(text);
      expect(log).toHaveLength(1);
      expect(log[0].solved).toBe(true);
      expect(feedback()).toContain(t(lang, 'practice', 'card.right'));
      expect(screen.getByTestId('card-view').dataset.state).toBe('solved');
      expect(screen.getByTestId('card-check')).toHaveProperty('disabled', true);
    });

    it('accepts an ASCII minus and a power of ten', () => {
      const log: CardRecord[] = [];
      render(<Harness card={card} lang="en" log={log} />);
      answer(shownAnswer(card).toExponential(3).replace('−', '-'));
      expect(log[0]?.solved).toBe(true);
    });

    it('names the planted mistakes on the first wrong answer', () => {
      const planted = plantedMistakes(card);
      expect(planted.length).toBeGreaterThan(0);
      for (const lang of ['en', 'ru'] as const)
        for (const m of planted) {
          const { unmount } = render(<Harness card={card} lang={lang} />);
          const text = written(m.value, lang);
          const hint = checkCard(card, parseAnswer(text) as number).hint;
          // The value is this mistake's; a mistake of higher priority may explain it as well.
          expect(hint, `${m.hint} ${text}`).not.toBeNull();
          answer(text);
          const shown = screen.getByTestId('card-hint');
          expect(shown.dataset.hint).toBe(hint);
          expect(shown.textContent).toBe(hintText(card, hint!, lang));
          expect(screen.queryByTestId('card-solution')).toBeNull();
          unmount();
        }
    });

    it('asks to recheck a wrong answer without a hint, shows the solution after a second', () => {
      render(<Harness card={card} lang="en" />);
      const wrong = card.answer * 3 + 1.2345;
      expect(checkCard(card, wrong).hint).toBeNull();
      answer(String(wrong));
      expect(screen.getByTestId('card-hint').textContent).toBe(t('en', 'practice', 'card.recheck'));
      expect(screen.queryByTestId('card-solution')).toBeNull();
      answer(String(wrong * 2));
      expect(screen.getByTestId('card-solution').querySelectorAll('.katex').length).toBeGreaterThan(
        1,
      );
      expect(screen.getByTestId('card-solution').innerHTML).not.toContain('katex-error');
      const a = screen.getByTestId('card-answer');
      expect(a.querySelector('[data-tex]')?.getAttribute('data-tex')).toContain(
        written(card.answer, 'en').replace('−', '-').split(' ')[0],
      );
    });

    it('shows the solution on request after the first wrong answer, in Russian with commas', () => {
      render(<Harness card={card} lang="ru" />);
      answer('12345');
      fireEvent.click(screen.getByTestId('card-show-solution'));
      const sol = screen.getByTestId('card-solution');
      const tex = [...sol.querySelectorAll('[data-tex]')].map((e) => e.getAttribute('data-tex'));
      expect(tex.join(' ')).toContain('{,}');
      expect(tex.join(' ')).not.toMatch(/\d\.\d/);
    });
  });

  it.each(['en', 'ru'] as const)('refuses a malformed entry, naming the field (%s)', (lang) => {
    const log: CardRecord[] = [];
    render(<Harness card={CARDS[0]} lang={lang} log={log} />);
    answer('0,12abc');
    const err = screen.getByTestId('card-error');
    expect(err.textContent).toContain(t(lang, 'practice', 'card.field'));
    expect(err.textContent).toContain('0,12abc');
    expect((screen.getByTestId('card-input') as HTMLInputElement).value).toBe('0,12abc');
    expect(screen.getByTestId('card-input').getAttribute('aria-invalid')).toBe('true');
    expect(log).toHaveLength(0);
    answer('');
    expect(screen.getByTestId('card-error').textContent).toContain(
      t(lang, 'practice', 'card.field'),
    );
  });

  it('quiz: records the answer (changeable until checked), no hint, no solution; the verdict once revealed', () => {
    const card = CARDS[0];
    const m = plantedMistakes(card)[0];
    const log: CardRecord[] = [];
    const { rerender } = render(<Harness card={card} lang="en" mode="quiz" log={log} />);
    answer(written(m.value, 'en'));
    // What is typed is the answer (recorded as it is typed, and on Enter).
    expect(log.at(-1)?.tries).toEqual([Number(written(m.value, 'en').replace('−', '-'))]);
    expect(screen.queryByTestId('card-hint')).toBeNull();
    expect(screen.queryByTestId('card-show-solution')).toBeNull();
    expect(screen.queryByTestId('card-solution')).toBeNull();
    expect(feedback()).not.toContain(t('en', 'practice', 'card.wrong'));
    expect(screen.getByTestId('card-check')).toHaveProperty('disabled', false);
    answer('1');
    expect(log.at(-1)?.tries).toEqual([1]);
    rerender(<Harness card={card} lang="en" mode="quiz" revealed log={log} />);
    expect(screen.getByTestId('card-check')).toHaveProperty('disabled', true);
    expect(screen.queryByTestId('card-hint')).toBeNull();
    expect(screen.queryByTestId('card-solution')).toBeNull();
    expect(feedback()).toContain(written(card.answer, 'en'));
    expect(screen.getByText(/Not right/)).toBeTruthy();
  });

  it('marks the used entries by weight, outline and a marker, and states the tolerance', () => {
    const card = CARDS.find((c) => c.kind === 'jacobian-entry') as Card;
    const { container } = render(<Harness card={card} lang="en" />);
    const used = container.querySelectorAll('[data-used="true"]');
    expect(used.length).toBe(card.given.reduce((n, g) => n + g.used.length, 0));
    for (const cell of used) expect(cell.querySelector('.pcard-given__mark')).not.toBeNull();
    expect(container.textContent).toMatch(/Checked to within 1 % \(or ±/);
  });
});
