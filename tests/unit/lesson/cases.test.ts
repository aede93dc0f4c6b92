/**
 * The lesson's words, true in every case: every step and sub-step over a grid of models (each
 * activation × T ∈ {1, 4, 32} × t★ ∈ {0, 1, last} × truncation {none, 0, 1} × s₋₁ zero or not ×
 * W as drawn or scaled to γ·σ_max = 3), in both languages. What can be checked from the numbers
 * is: a text that says the gradient vanishes sits beside norms that decrease; one that allows
 * growth beside γ·σ_max > 1; one that says it does grow beside ‖∂E/∂s₀‖ > ‖∂E/∂s_t★‖; one that
 * speaks of earlier steps or steps back only where t★ > 0; and no placeholder is left unfilled.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  cellOf,
  norm2,
  randomModel,
  withSigmaW,
  type Model,
} from '../../../src/model';
import { LANGS, type Lang } from '../../../src/i18n';
import { STEPS } from '../../../src/lesson/steps';
import {
  lessonText,
  stepNotes,
  stepTexts,
  subText,
  subTextKey,
} from '../../../src/lesson/stepTexts';
import { isKeyOf } from '../../../src/i18n/t';
import { substepCount, effectiveWindow } from '../../../src/lesson/substeps';
import { formulasFor } from '../../../src/lesson/tex';
import { lessonFacts } from '../../../src/store/lessonFacts';
import { lessonCtxOf, stepModelOf, targetTermsOf } from '../../../src/store/selectors';
import type { Step } from '../../../src/lesson/types';
import { failures } from '../i18n/typographyChecks';

interface Case {
  readonly name: string;
  readonly model: Model;
  readonly target: number;
}

function cases(): Case[] {
  const out: Case[] = [];
  let seed = 1;
  for (const activation of ACTIVATIONS)
    for (const T of [1, 4, 32])
      for (const target of [...new Set([0, 1, T - 1])].filter((t) => t < T))
        for (const truncate of [null, 0, 1])
          for (const init of [false, true])
            for (const large of [false, true]) {
              let model = randomModel({
                seed: seed++,
                T,
                H: 3,
                D: 3,
                K: 3,
                activation,
                truncate,
                randomInitialState: init,
              });
              if (large) {
                const b = cellOf(model).transitionBound(model);
                model = withSigmaW(model, 3 / b.gamma);
              }
              const name = `${activation} T=${T} t★=${target} n=${truncate} s₋₁${init ? '≠' : '='}0${large ? ' large W' : ''}`;
              out.push({ name, model, target });
            }
  return out;
}

const CASES = cases();

/** Every text a position shows: title, body, notes, the sub-step's sentence, captions, labels. */
function shownTexts(c: Case, step: Step, sub: number, lang: Lang) {
  const T = c.model.inputs.rows;
  const ctx = lessonCtxOf(c.target, T, effectiveWindow(step, c.model.truncate));
  const facts = lessonFacts({ model: c.model, target: c.target, step, sub }, lang);
  const texts = {
    ...stepTexts(step, ctx, lang, facts),
    notes: stepNotes(step, ctx, lang, facts),
    now: subText(step, sub, ctx, lang, facts),
  };
  const captions = formulasFor(step, ctx).flatMap((f) =>
    f.caption ? [lessonText(lang, f.caption, ctx, facts)] : [],
  );
  const labels = (step.variants ?? []).map((v) => lessonText(lang, v.label, ctx, facts));
  return {
    texts,
    all: [texts.title, texts.body, texts.notes, texts.now ?? '', ...captions, ...labels],
  };
}

/** ‖∂E_t★/∂s_k‖ for k = t★ … 0 in the position's model (variant and window applied). */
function flowNorms(c: Case, step: Step, sub: number): number[] {
  const m = stepModelOf(c.model, step, sub);
  const terms = targetTermsOf(m, c.target);
  return terms.dEds.map((g) => norm2(g)).reverse();
}

const positions = (c: Case) =>
  STEPS.flatMap((step) =>
    Array.from(
      { length: substepCount(step, { T: c.model.inputs.rows, t: c.target }) },
      (_, sub) => ({
        step,
        sub,
      }),
    ),
  );

describe('the lesson’s texts over the grid of cases', () => {
  it(`covers ${CASES.length} cases`, () => {
    expect(CASES.length).toBe(4 * (1 + 3 + 3) * 3 * 2 * 2);
  });

  it('leave no placeholder unfilled, in any case, step, sub-step or language', () => {
    for (const c of CASES)
      for (const { step, sub } of positions(c))
        for (const lang of LANGS)
          for (const s of shownTexts(c, step, sub, lang).all) {
            expect(s, `${c.name} ${step.id}/${sub} ${lang}: ${s}`).not.toMatch(
              /\{[A-Za-z][A-Za-z0-9]*(:sub|:sup)?\}|\{[A-Za-z][A-Za-z0-9]*,\s*(select|plural)/,
            );
          }
  });

  it('as rendered in every case, follow the typography: no ASCII math, decimal commas in Russian, no-break spaces, plurals that agree', () => {
    const found: string[] = [];
    for (const c of CASES)
      for (const { step, sub } of positions(c))
        for (const lang of LANGS)
          for (const s of shownTexts(c, step, sub, lang).all)
            for (const [check, where] of failures(lang, s, 0))
              found.push(`${c.name} ${step.id}/${sub} ${lang} [${check}]: ${where}`);
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('every sub-step of a step with several says what it reveals', () => {
    const c = CASES.find((x) => x.model.inputs.rows === 4 && x.target === 3)!;
    for (const { step, sub } of positions(c)) {
      if (substepCount(step, { T: 4, t: 3 }) <= 1) continue;
      const key = subTextKey(step, sub, lessonCtxOf(3, 4, null));
      expect(key, `${step.id}/${sub}`).not.toBeNull();
      expect(isKeyOf('views', key!), `${key} is a key of the views' strings`).toBe(true);
    }
  });

  it('say what the numbers show: vanishing, growth, earlier steps', () => {
    const checked = { vanish: 0, grow: 0, doesGrow: 0, notGrow: 0, back: 0 };
    for (const c of CASES)
      for (const { step, sub } of positions(c)) {
        const { texts } = shownTexts(c, step, sub, 'en');
        const now = texts.now ?? '';
        const at = `${c.name} ${step.id}/${sub}: ${now}`;
        const m = stepModelOf(c.model, step, sub);
        const b = cellOf(m).transitionBound(m);
        const norms = flowNorms(c, step, sub);
        if (/\bit vanishes|\bso it vanishes|forces the gradient to vanish/.test(now)) {
          checked.vanish++;
          expect(b.gamma * b.sigma, at).toBeLessThan(1);
          for (let i = 1; i < norms.length; i++)
            expect(norms[i], at).toBeLessThanOrEqual(norms[i - 1] * (1 + 1e-12));
        }
        if (/allows growth|growth is possible/.test(now)) {
          checked.grow++;
          expect(b.gamma * b.sigma, at).toBeGreaterThan(1);
        }
        if (/does grow/.test(now)) {
          checked.doesGrow++;
          expect(norms[norms.length - 1], at).toBeGreaterThan(norms[0]);
        }
        if (/does not grow/.test(now)) {
          checked.notGrow++;
          expect(norms[norms.length - 1], at).toBeLessThanOrEqual(norms[0]);
        }
        for (const s of [now, texts.body]) {
          if (/earlier steps|(?<!no )steps? back|previous state/.test(s)) {
            checked.back++;
            expect(c.target, `${c.name} ${step.id}/${sub}: ${s}`).toBeGreaterThan(0);
          }
        }
      }
    // Every kind of claim was met somewhere in the grid (else the patterns went stale).
    for (const [kind, n] of Object.entries(checked)) expect(n, kind).toBeGreaterThan(0);
  });

  it('the k = 0 term of ∂E/∂W is called zero exactly when it is', () => {
    for (const c of CASES) {
      const step = STEPS.find((s) => s.id === 'sum-over-k')!;
      const sub = c.target; // k = 0
      const { texts } = shownTexts(c, step, sub, 'en');
      const terms = targetTermsOf(stepModelOf(c.model, step, sub), c.target);
      if (/The term is 0/.test(texts.now ?? '')) expect(terms.normW[0], c.name).toBe(0);
    }
  });
});
