/**
 * The closing quiz: QUIZ_SIZE questions on the current model, the predictions first (those the
 * model decides), then cards (seeded apart from the practice cards) to fill it up. Each question's
 * correct answer is computed, as everywhere in the practice.
 */
import { promptSub, PROMPTS } from '../lesson/prompts/prompts';
import type { BinaryOption, Prompt, Truth } from '../lesson/prompts/types';
import { checkCard, type Card } from '../lesson/cards';
import type { AnyModel } from '../model';
import { STEPS } from '../lesson/steps';
import { selectLessonCtx } from '../store';
import { lessonCards, QUIZ_SEED_OFFSET } from './cardsOf';
import { truthOf } from './current';

export const QUIZ_SIZE = 6;

export type QuizQuestion =
  | { readonly kind: 'prompt'; readonly prompt: Prompt; readonly truth: Truth }
  | { readonly kind: 'card'; readonly card: Card };

/** An answer: an option, a k, or a number (null: not answered). */
export type QuizAnswer = BinaryOption | number | null;

/** The prompts a quiz may ask: those answered by choosing (a drawing is not a quiz question). */
const ASKABLE = PROMPTS.filter((p) => p.kind !== 'draw');

export function quizOf(
  model: AnyModel,
  target: number,
  forgetBias: number | null,
  seed: number,
): readonly QuizQuestion[] {
  const out: QuizQuestion[] = [];
  for (const prompt of ASKABLE) {
    const stepIndex = STEPS.findIndex((s) => s.id === prompt.step);
    const ctx = selectLessonCtx({ model, target, stepIndex, sub: 0 });
    const truth = truthOf(prompt, model, target, forgetBias, promptSub(prompt, ctx));
    if (truth) out.push({ kind: 'prompt', prompt, truth });
  }
  for (const card of lessonCards(model, target, seed + QUIZ_SEED_OFFSET)) {
    if (out.length >= QUIZ_SIZE) break;
    out.push({ kind: 'card', card });
  }
  return out.slice(0, QUIZ_SIZE);
}

/** Whether an answer to a question is right. */
export function isRight(q: QuizQuestion, a: QuizAnswer): boolean {
  if (a === null) return false;
  if (q.kind === 'card') return typeof a === 'number' && checkCard(q.card, a).correct;
  const truth = q.truth;
  if (truth.kind === 'choice') return a === truth.correct;
  if (truth.kind === 'binary') return a === truth.correct;
  return false;
}
