// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STEPS, SLIDE_CTX, stepIndexOf } from '../../../src/lesson/steps';
import { formulasFor } from '../../../src/lesson/tex';
import { LESSON_CLASSES, MARK_CLASS, TERM_CLASSES } from '../../../src/lesson/terms';
import { t } from '../../../src/i18n';
import type { LessonKey } from '../../../src/i18n';
import { lessonText, stepNotes } from '../../../src/lesson/stepTexts';

/** A lesson text in both languages, filled for the context. */
const both = (key: LessonKey, ctx: LessonCtx) => ({
  ru: lessonText('ru', key, ctx),
  en: lessonText('en', key, ctx),
});
import type { ElementKind, LessonCtx, Step, TimeSel } from '../../../src/lesson/types';
import { htmlClassesOf, renderStrict } from './katex';

const KINDS: readonly ElementKind[] = ['x', 's', 'yhat', 'E', 'U', 'W', 'V', 'loss'];
const SELS: readonly TimeSel[] = [
  'all',
  'target',
  'beforeTarget',
  'upToTarget',
  'window',
  'revealed',
];
const CYRILLIC = /[\u0400-\u04FF]/;

function contexts(): LessonCtx[] {
  const out: LessonCtx[] = [];
  for (const T of [1, 2, 4, 16]) {
    for (let t = 0; t < T; t++) {
      for (const n of [null, 0, 1, 3]) out.push({ t, T, n });
    }
  }
  return out;
}

function byId(id: string): Step {
  const i = stepIndexOf(id);
  expect(i).toBeGreaterThanOrEqual(0);
  return STEPS[i];
}

describe('the steps', () => {
  it('are the nineteen steps of the lesson, with unique ids', () => {
    expect(STEPS.map((s) => s.id)).toEqual([
      'title',
      'forward-pass',
      'gradients-needed',
      'ideas',
      'sum-over-t',
      'chain-rule',
      'total-derivative',
      'sum-over-k',
      'jacobian',
      'vanishing-exploding',
      'remedies',
      'truncation',
      'whole-gradient',
      'backward-sweep',
      'lstm-cell',
      'gru-cell',
      'gated-compare',
      'practice',
      'quiz',
    ]);
  });

  it('mark steps 9–19, and only those, as beyond the slides; in step 7 the sub-steps from 3 on', () => {
    expect(STEPS.map((s) => !!s.beyondSlides)).toEqual([
      ...Array(8).fill(false),
      ...Array(11).fill(true),
    ]);
    expect(
      STEPS.filter((s) => s.beyondFrom !== undefined).map((s) => [s.id, s.beyondFrom]),
    ).toEqual([['total-derivative', 2]]);
  });

  it('every formula of every step parses under strict KaTeX for T in {1, 2, 4, 16} and every t', () => {
    let count = 0;
    for (const ctx of contexts()) {
      for (const step of STEPS) {
        for (const f of formulasFor(step, ctx)) {
          expect(
            () => renderStrict(f.tex),
            `${step.id}/${f.id} at ${JSON.stringify(ctx)}`,
          ).not.toThrow();
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
  });

  it('use only the linking classes, and each formula of a derivation links its factors', () => {
    for (const step of STEPS) {
      for (const f of formulasFor(step, SLIDE_CTX)) {
        for (const c of htmlClassesOf(f.tex)) expect(LESSON_CLASSES).toContain(c);
        // The LSTM's cell path has no element in the vanilla diagram to link to (the gated
        // chapter draws its own).
        if (f.tex.includes('\\partial') && f.id !== 'gating' && !step.focus.cell)
          expect(htmlClassesOf(f.tex).length, f.id).toBeGreaterThan(0);
      }
    }
  });

  it("keep the slides' TeX in `tex` and build it for the actual target", () => {
    for (const step of STEPS) {
      for (const [i, f] of formulasFor(step, SLIDE_CTX).entries())
        expect(f.tex).toBe(step.formulas[i].tex);
    }
    const sumK = formulasFor(byId('sum-over-k'), { t: 2, T: 6, n: null }).find(
      (f) => f.id === 'sum-over-k',
    );
    expect(sumK?.tex).toContain('\\sum_{k=0}^{2}');
    expect(sumK?.tex).toContain('E_{2}');
    expect(sumK?.tex).not.toContain('E_{3}');
  });

  it('name only existing elements and time selections in every focus', () => {
    for (const step of STEPS) {
      for (const item of [...step.focus.emphasis, ...(step.focus.mark ?? [])]) {
        expect(KINDS).toContain(item.kind);
        expect(SELS).toContain(item.at);
      }
      expect(['none', 'toState', 'sumOverK', 'allTargets']).toContain(step.focus.flow);
    }
  });

  it('have non-empty texts in both languages, English without Cyrillic, no placeholder left', () => {
    for (const ctx of [SLIDE_CTX, { t: 0, T: 1, n: null }, { t: 7, T: 16, n: 2 }]) {
      for (const step of STEPS) {
        const captions = formulasFor(step, ctx).flatMap((f) => (f.caption ? [f.caption] : []));
        const labels = (step.variants ?? []).map((v) => v.label);
        const keys = [step.title, step.body, ...captions, ...labels];
        const notes = { ru: stepNotes(step, ctx, 'ru'), en: stepNotes(step, ctx, 'en') };
        for (const x of [...keys.map((k) => both(k, ctx)), notes]) {
          expect(x.ru.trim()).not.toBe('');
          expect(x.en.trim()).not.toBe('');
          expect(x.en, x.en).not.toMatch(CYRILLIC);
          expect(x.ru).toMatch(CYRILLIC);
          // Placeholders that need the case's facts are checked with them (cases.test.ts).
          for (const s of [x.ru, x.en]) expect(s, s).not.toMatch(/\{(t|T|n|tPrev|tLast)(:sub)?\}/);
        }
      }
    }
  });

  it("follow the lecture's wording", () => {
    const title = byId('title');
    expect(t('ru', 'lesson', title.title)).toContain('Рекуррентные нейронные сети');
    expect(t('ru', 'lesson', title.title)).toContain('обратный проход');
    expect(t('ru', 'lesson', byId('gradients-needed').body)).toContain(
      'Нужно уметь вычислять градиенты',
    );
    // The wording of russian.md (no-break spaces aside).
    const ideas = t('ru', 'lesson', byId('ideas').body).replace(/\u00a0/g, ' ');
    expect(ideas).toContain('Ошибка сети — сумма её ошибок по всем t');
    expect(ideas).toContain('Полный градиент по параметру — сумма его градиентов по всем t');
  });

  it('say once, in step 2, that the slide writes h_t for the output', () => {
    for (const lang of ['ru', 'en'] as const) {
      const all = STEPS.flatMap((s) => [
        ...[s.title, s.body].map((k) => t(lang, 'lesson', k)),
        t(lang, 'views', s.notes),
      ]).join('\n');
      expect(all.match(/hₜ/g)?.length).toBe(1);
      expect(t(lang, 'lesson', byId('forward-pass').body)).toContain('hₜ');
    }
  });

  it('step 7 marks U and W in s_t★ = f(U x + W s) and expands the total derivative', () => {
    const [state, total] = formulasFor(byId('total-derivative'), SLIDE_CTX);
    expect(state.tex).toContain(`\\htmlClass{${MARK_CLASS}}{\\htmlClass{term-U}{U}}`);
    expect(state.tex).toContain(`\\htmlClass{${MARK_CLASS}}{\\htmlClass{term-W}{W}}`);
    expect(state.tex).toContain('s_{2}');
    expect(total.tex).toContain('\\mathrm{d} s_{3}');
    expect(total.tex).toContain('\\partial^{+} s_{3}');
    const mark = byId('total-derivative').focus.mark ?? [];
    expect(mark.map((m) => m.kind).sort()).toEqual(['U', 'W']);
  });

  it('step 8 holds the sum over k with every factor linked and ∂⁺ explained', () => {
    const step = byId('sum-over-k');
    const f = formulasFor(step, SLIDE_CTX);
    const sum = f[0].tex;
    expect(sum).toContain('\\sum_{k=0}^{3}');
    for (const c of ['term-E', 'term-yhat', 'term-jac', 'term-imm'])
      expect(htmlClassesOf(sum)).toContain(c);
    expect(sum).toContain('\\htmlClass{term-imm}{\\frac{\\partial^{+} s_{k}}{\\partial W}}');
    expect(t('ru', 'lesson', f[0].caption!)).toContain('∂⁺');
    expect(t('en', 'lesson', f[0].caption!)).toContain('immediate');
    expect(step.substeps).toBe('backward');
    expect(step.focus.flow).toBe('sumOverK');
    expect(step.focus.terms).toBe(true);
    const last = f.find((x) => x.id === 'sum-expanded');
    expect(last?.from).toBe(4);
  });

  it('exports one class per diagram element kind plus the two factor kinds', () => {
    expect([...TERM_CLASSES].sort()).toEqual(
      [
        'term-E',
        'term-yhat',
        'term-s',
        'term-W',
        'term-U',
        'term-V',
        'term-x',
        'term-jac',
        'term-imm',
      ].sort(),
    );
  });

  it('step 10 shows the model, a small W and a large W; step 11 demonstrates a window', () => {
    const decay = byId('vanishing-exploding');
    expect(decay.variants?.map((v) => v.gammaSigma)).toHaveLength(3);
    expect(decay.variants?.[0].gammaSigma).toBeNull();
    expect(decay.variants?.[1].gammaSigma).toBeLessThan(1);
    expect(decay.variants?.[2].gammaSigma).toBeGreaterThan(1);
    expect(byId('truncation').demoTruncate).toBeGreaterThanOrEqual(0);
    const tr = formulasFor(byId('truncation'), { t: 3, T: 4, n: 1 })[0].tex;
    expect(tr).toContain('\\sum_{k=2}^{3}');
    expect(tr).toContain('\\Big]_{n=1}');
    expect(formulasFor(byId('truncation'), { t: 3, T: 4, n: null })[0].tex).toContain(
      '\\max(0,\\,3-n)',
    );
  });
});
