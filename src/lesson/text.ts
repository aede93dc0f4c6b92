/**
 * Placeholders in the lesson's texts and UI strings: {name} is replaced by a parameter, and
 * {name:sub} by its Unicode subscript (E{t:sub} → E₃). Unknown names are left as they are.
 */
import { subscript } from './format';
import type { LessonCtx, Step, Text2 } from './types';

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(:sub)?\}/g;

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, sub: string | undefined) => {
    const v = params[name];
    if (v === undefined) return whole;
    const s = typeof v === 'number' ? String(v).replace('-', '−') : v;
    return sub ? subscript(s) : s;
  });
}

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

export function fillText(text: Text2, ctx: LessonCtx): Text2 {
  const p = ctxParams(ctx);
  return { ru: interpolate(text.ru, p), en: interpolate(text.en, p) };
}

export interface StepTexts {
  readonly title: Text2;
  readonly body: Text2;
  readonly notes: Text2;
}

/** A step's title, body and notes for the current target, length and window. */
export function stepTexts(step: Step, ctx: LessonCtx): StepTexts {
  return {
    title: fillText(step.title, ctx),
    body: fillText(step.body, ctx),
    notes: fillText(step.notes, ctx),
  };
}
