/**
 * A step's texts for the current target, length and window, in a language. The texts live in
 * the lesson's strings (src/i18n/<lang>/lesson.ts); the step holds their keys.
 */
import type { LessonKey } from '../i18n/keys';
import type { Lang } from '../i18n/languages';
import type { Params } from '../i18n/format';
import { t } from '../i18n/t';
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

/** One of the lesson's texts, filled for the context. */
export function lessonText(lang: Lang, key: LessonKey, ctx: LessonCtx): string {
  return t(lang, 'lesson', key, ctxParams(ctx));
}

export interface StepTexts {
  readonly title: string;
  readonly body: string;
  readonly notes: string;
}

/** A step's title, body and notes for the current target, length and window. */
export function stepTexts(step: Step, ctx: LessonCtx, lang: Lang): StepTexts {
  return {
    title: lessonText(lang, step.title, ctx),
    body: lessonText(lang, step.body, ctx),
    notes: lessonText(lang, step.notes, ctx),
  };
}
