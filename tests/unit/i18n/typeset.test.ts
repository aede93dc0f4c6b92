// @vitest-environment node
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_TEST_OPTIONS } from '../../../src/components/katexOptions';
import { numTex, t, typeset } from '../../../src/i18n';
import { NB_HYPHEN, NBSP } from '../../../src/i18n/typeset';

/** Written with ⍽ for a no-break space and ‑ for a non-breaking hyphen, to read the expectations. */
const ru = (s: string) => typeset('ru', s).replaceAll(NBSP, '⍽').replaceAll(NB_HYPHEN, '‑');

describe('typeset: Russian', () => {
  it('binds a one-letter word to the next one, in either case, after opening punctuation too', () => {
    expect(ru('Перейти к шагу')).toBe('Перейти к⍽шагу');
    expect(ru('и проверка, а затем с ним')).toBe('и⍽проверка, а⍽затем с⍽ним');
    expect(ru('В окне, У модели, Я вижу')).toBe('В⍽окне, У⍽модели, Я⍽вижу');
    expect(ru('(в ссылке) «и W»')).toBe('(в⍽ссылке) «и⍽W»');
    // One letter words in a row: each bound to the next.
    expect(ru('и в окне')).toBe('и⍽в⍽окне');
    // Latin letters are symbols, not words: «W влияет» may break.
    expect(ru('W влияет')).toBe('W влияет');
  });

  it('binds the word before an em dash to it, not the dash to the next word', () => {
    expect(ru('Входы — все символы')).toBe('Входы⍽— все символы');
    expect(ru('E{t} — ошибка')).toBe('E{t}⍽— ошибка');
  });

  it('binds a number to its unit, its % and the word it counts', () => {
    expect(ru('13,5 %')).toBe('13,5⍽%');
    expect(ru('после 5 шагов')).toBe('после 5⍽шагов');
    expect(ru('(8 МиБ)')).toBe('(8⍽МиБ)');
    expect(ru('−1,5 раза')).toBe('−1,5⍽раза');
    // Not a number that ends a sentence, nor one before a bracket.
    expect(ru('равно 0. Дальше')).toBe('равно 0. Дальше');
    expect(ru('≥ 0 (сколько')).toBe('≥⍽0 (сколько');
  });

  it('binds short formulas in prose, around = ≤ ≥ < > + − × · … →', () => {
    expect(ru('окно n + 1 шагов')).toBe('окно n⍽+⍽1⍽шагов');
    expect(ru('только k ≥ t − n')).toBe('только k⍽≥⍽t⍽−⍽n');
    expect(ru('при T = 4 шагах')).toBe('при T⍽=⍽4⍽шагах');
    expect(ru('t = 0 … 5')).toBe('t⍽=⍽0⍽…⍽5');
    expect(ru('около ±1,8 × 10³⁰⁸')).toBe('около ±1,8⍽×⍽10³⁰⁸');
    expect(ru('E = Σ Eₜ')).toBe('E⍽=⍽Σ⍽Eₜ');
    expect(ru('хорошо (< 10⁻⁷)')).toBe('хорошо (<⍽10⁻⁷)');
    expect(ru('веса W: s₁ → s₂')).toBe('веса W: s₁⍽→⍽s₂');
    // A long operand, or a prose word, is not bound to the operator.
    expect(ru('ожидалось целое число ≥ 0')).toBe('ожидалось целое число ≥⍽0');
  });

  it('uses a non-breaking hyphen in «k-е», «i-й», «t-го», «3-й»', () => {
    expect(ru('k-е слагаемое, i-й вектор, t-го шага, 3-й шаг, t★-го')).toBe(
      'k‑е слагаемое, i‑й вектор, t‑го шага, 3‑й шаг, t★‑го',
    );
    // Not in words, nor in UTF-8, one-hot or a spaced hyphen.
    expect(ru('UTF-8, one-hot, какой-либо, 0–9 - _')).toBe('UTF-8, one-hot, какой-либо, 0–9 - _');
  });

  it('turns paired ASCII double quotes into « », nested „ “', () => {
    expect(ru('файл "модель" открыт')).toBe('файл «модель» открыт');
    expect(ru('«текст "внутри"»')).toBe('«текст „внутри“»');
    // An unpaired quote (a user's text, say) is left as it is.
    expect(ru('символ "')).toBe('символ "');
  });

  it('leaves breakable what may break, and double spaces as they are', () => {
    expect(ru('Обратное распространение ошибки во времени')).toBe(
      'Обратное распространение ошибки во времени',
    );
    expect(ru('два  пробела')).toBe('два  пробела');
    expect(ru('')).toBe('');
  });

  it('is idempotent', () => {
    const samples = [
      'Перейти к шагу и в окне k ≥ t − n — и так далее, 13,5 % и 5 шагов; k-е, "цитата"',
      'E = Σ Eₜ (все шаги), t = 0 … 5, s₋₁ = 0. Ловушка',
      typeset('ru', 'и и и и и'),
    ];
    for (const s of samples) expect(typeset('ru', typeset('ru', s))).toBe(typeset('ru', s));
  });

  it('leaves English as it is', () => {
    const s = 'Go to a step: k ≥ t − n — a "quote", 5 steps, k-th';
    expect(typeset('en', s)).toBe(s);
  });
});

describe('typeset through t()', () => {
  it('applies to every Russian lookup, after the placeholders are filled', () => {
    expect(t('ru', 'ui', 'nav.progress', { n: 3, total: 12 })).toBe(`Шаг 3${NBSP}из 12`);
    expect(t('ru', 'ui', 'nav.goto')).toBe(`Перейти к${NBSP}шагу`);
    expect(t('en', 'ui', 'nav.goto')).toBe('Go to step');
  });

  it('gives the same string for the same lookup (the cache returns what typeset gives)', () => {
    const a = t('ru', 'ui', 'diagram.term', { k: 2, value: '0,5', share: '13,5 %' });
    const b = t('ru', 'ui', 'diagram.term', { k: 2, value: '0,5', share: '13,5 %' });
    expect(a).toBe(b);
    expect(a).toBe(typeset('ru', a));
    expect(a).toContain(`13,5${NBSP}%`);
  });
});

describe('typeset text in KaTeX', () => {
  const render = (tex: string) => katex.renderToString(tex, KATEX_TEST_OPTIONS);

  it('the overflow word, the one translated text that goes into \\text{}, renders strictly', () => {
    for (const lang of ['ru', 'en'] as const) {
      const overflow = t(lang, 'ui', 'value.overflow');
      expect(() => render(numTex(NaN, { lang, overflow }))).not.toThrow();
    }
  });

  it('KaTeX in strict mode rejects U+00A0 and U+2011 in \\text{}: ~ and - are its forms', () => {
    // So a typeset string must not go into \text{} as it is (none does today: see above).
    expect(() => render('\\text{в\u00a0окне}')).toThrow(/Unicode|160/);
    expect(() => render('\\text{k\u2011е}')).toThrow(/Unicode|8209/);
    expect(() => render('\\text{в~окне, k-е}')).not.toThrow();
    // The app renders non-strictly (a warning): a no-break space still comes out as a space.
    expect(katex.renderToString('\\text{в\u00a0окне}', { strict: 'ignore' })).toContain('окне');
  });
});
