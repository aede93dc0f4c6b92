/**
 * A step's texts for the current target, length and window, in a language. The texts live in
 * the lesson's strings (src/i18n/<lang>/lesson.ts); the step holds their keys.
 */
import type { LessonKey, ViewsKey } from '../i18n/keys';
import type { Lang } from '../i18n/languages';
import type { Params } from '../i18n/format';
import { t } from '../i18n/t';
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
 * The key of the sentence that says what sub-step `sub` reveals, or null for a step with one
 * sub-step: `<step>.sub.<id>` for the named sub-steps (subIds.ts), `<step>.sub.t` for each time
 * step of a 'forward' step, `<step>.sub.k` for each k of a 'backward' step and `<step>.sub.sum`
 * for its sum. The sentences are in the views' strings, loaded on demand (a test checks that
 * every key exists in every language).
 */
export function subTextKey(step: Step, sub: number, ctx: LessonCtx): ViewsKey | null {
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
  return name === undefined ? null : (`${step.id}.sub.${name}` as ViewsKey);
}

/** A text of the views' strings (notes, sub-step sentences), filled like the lesson's. */
function viewsText(lang: Lang, key: ViewsKey, ctx: LessonCtx, facts?: Params): string {
  return t(lang, 'views', key, facts ? { ...facts, ...ctxParams(ctx) } : ctxParams(ctx));
}

/** The sentence of sub-step `sub`, or null; needs the views' strings (wantExploreStrings). */
export function subText(
  step: Step,
  sub: number,
  ctx: LessonCtx,
  lang: Lang,
  facts?: Params,
): string | null {
  const key = subTextKey(step, sub, ctx);
  return key ? viewsText(lang, key, ctx, facts) : null;
}

/** The step's speaker notes; needs the views' strings (wantExploreStrings). */
export function stepNotes(step: Step, ctx: LessonCtx, lang: Lang, facts?: Params): string {
  return viewsText(lang, step.notes, ctx, facts);
}

export interface StepTexts {
  readonly title: string;
  readonly body: string;
}

/** A step's title and explanation for the current target, length and window, and the case's facts. */
export function stepTexts(step: Step, ctx: LessonCtx, lang: Lang, facts?: Params): StepTexts {
  return {
    title: lessonText(lang, step.title, ctx, facts),
    body: lessonText(lang, step.body, ctx, facts),
  };
}
