/**
 * A step's texts for the current target, length and window, in a language. The texts live in
 * the lesson's strings (src/i18n/<lang>/lesson.ts); the step holds their keys.
 */
import type { LessonKey } from '../i18n/keys';
import type { Lang } from '../i18n/languages';
import type { Params } from '../i18n/format';
import { isKeyOf, t } from '../i18n/t';
import { SUB_IDS, SUM_ID } from './subIds';
import { substepCount } from './substeps';
import type { LessonCtx, Step } from './types';

/**
 * The parameters a step's texts may use: t (the target t★), tPrev (t★ − 1), T, tLast (T − 1),
 * n (the truncation window, or the letter n when there is none) and nextT (t★ + 1).
 */
export function ctxParams(ctx: LessonCtx): Params {
  return {
    t: ctx.t,
    tPrev: ctx.t - 1,
    nextT: ctx.t + 1,
    T: ctx.T,
    tLast: ctx.T - 1,
    n: ctx.n ?? 'n',
  };
}

/**
 * One of the lesson's texts, filled for the context and the case's facts (store/lessonFacts:
 * which words are true for the model shown, and its live numbers).
 */
export function lessonText(lang: Lang, key: LessonKey, ctx: LessonCtx, facts?: Params): string {
  return t(lang, 'lesson', key, facts ? { ...facts, ...ctxParams(ctx) } : ctxParams(ctx));
}

/**
 * The key of the sentence that says what sub-step `sub` reveals, or null when it has none:
 * `<step>.sub.<id>` for the named sub-steps (subIds.ts), `<step>.sub.t` for each time step of a
 * 'forward' step, `<step>.sub.k` for each k of a 'backward' step and `<step>.sub.sum` for its sum.
 */
export function subTextKey(step: Step, sub: number, ctx: LessonCtx): LessonKey | null {
  const count = substepCount(step, ctx);
  if (count <= 1) return null;
  const i = Math.min(Math.max(0, Math.floor(sub)), count - 1);
  const name =
    step.substeps === 'forward'
      ? 't'
      : step.substeps === 'backward'
        ? i === count - 1
          ? SUM_ID
          : 'k'
        : SUB_IDS[step.id]?.[i];
  const key = name === undefined ? null : `${step.id}.sub.${name}`;
  return key !== null && isKeyOf('lesson', key) ? key : null;
}

export interface StepTexts {
  readonly title: string;
  readonly body: string;
  readonly notes: string;
  /** What the current sub-step reveals, in a sentence (null where the body says it all). */
  readonly now: string | null;
}

/**
 * A step's title, body and notes for the current target, length and window, and the sentence of
 * sub-step `sub`; `facts` are the case's (lessonFacts for the same position).
 */
export function stepTexts(
  step: Step,
  ctx: LessonCtx,
  lang: Lang,
  facts?: Params,
  sub = 0,
): StepTexts {
  const nowKey = subTextKey(step, sub, ctx);
  return {
    title: lessonText(lang, step.title, ctx, facts),
    body: lessonText(lang, step.body, ctx, facts),
    notes: lessonText(lang, step.notes, ctx, facts),
    now: nowKey ? lessonText(lang, nowKey, ctx, facts) : null,
  };
}
