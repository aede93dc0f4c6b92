/**
 * The prediction at the lesson's position, with its computed answer: which prompt of the step the
 * position has reached, whether it is open (asked and waiting), and its record. Pure functions
 * of the stores' states; the truths are memoised per model and target.
 */
import { STEPS } from '../lesson/steps';
import { promptSub, revealSub, PROMPTS } from '../lesson/prompts/prompts';
import { promptTruth } from '../lesson/prompts/answers';
import { BINARY_OPTIONS, type Prompt, type Truth } from '../lesson/prompts/types';
import { modelFingerprint } from '../model/io/fingerprint';
import type { AnyModel } from '../model';
import { gatedComparison } from '../store/gatedChapter';
import { lessonModelOf, selectLessonCtx, stepModelOf, type LessonState } from '../store';
import { promptKey, type PracticeState, type PromptRecord } from './store';

export interface CurrentPrompt {
  readonly prompt: Prompt;
  readonly truth: Truth;
  /** The record's model key (modelKey) and the prompt's key in it (promptKey). */
  readonly model: string;
  readonly key: string;
  readonly record: PromptRecord | null;
  /** At the prompt's own sub-step, asked and not yet answered or skipped. */
  readonly open: boolean;
  /** The reveal's sentence is due (the position has reached revealSub). */
  readonly judged: boolean;
  /** The sub-step where it is asked and revealed. */
  readonly sub: number;
  /** The sub-step from which the reveal's sentence shows. */
  readonly revealAt: number;
  /** t★, for the texts. */
  readonly t: number;
}

const fingerprints = new WeakMap<AnyModel, string>();

/** The key answers are kept under: the model's fingerprint and the traced target. */
export function modelKey(model: AnyModel, target: number): string {
  let f = fingerprints.get(model);
  if (f === undefined) {
    f = modelFingerprint(model);
    fingerprints.set(model, f);
  }
  return `${f}|${target}`;
}

const truths = new WeakMap<AnyModel, Map<string, Truth | null>>();

/** The model a prompt's answer is computed on: the step's model, or the chapter's LSTM. */
function promptModel(
  prompt: Prompt,
  model: AnyModel,
  target: number,
  forgetBias: number | null,
  sub: number,
): AnyModel {
  if (prompt.id === 'c-vs-s') return gatedComparison(model, target, forgetBias).runs.lstm.model;
  const step = STEPS.find((s) => s.id === prompt.step);
  const lesson = lessonModelOf(model);
  return step ? stepModelOf(lesson, step, sub) : lesson;
}

/** The prompt's computed answer for the model shown (null: not decided by it, not asked). */
export function truthOf(
  prompt: Prompt,
  model: AnyModel,
  target: number,
  forgetBias: number | null,
  sub: number,
): Truth | null {
  const m = promptModel(prompt, model, target, forgetBias, sub);
  let byKey = truths.get(m);
  if (!byKey) {
    byKey = new Map();
    truths.set(m, byKey);
  }
  const key = `${prompt.id}|${target}`;
  if (!byKey.has(key)) byKey.set(key, promptTruth(prompt.id, m, target));
  return byKey.get(key) ?? null;
}

/** Whether a kept record answers the question as the model asks it (its kind, an offered k or
 *  option, a curve of the right length). */
function fits(record: PromptRecord, truth: Truth): boolean {
  if (record.state === 'skipped') return true;
  const r = record.response;
  if (truth.kind === 'choice') return r.kind === 'choice' && truth.options.includes(r.k);
  if (truth.kind === 'draw') return r.kind === 'draw' && r.values.length === truth.values.length;
  return r.kind === 'binary' && (BINARY_OPTIONS[truth.id] as readonly string[]).includes(r.option);
}

/** The prompt whose part of its step the position is in, if it applies to the model. */
export function currentPrompt(
  lesson: Pick<LessonState, 'model' | 'target' | 'stepIndex' | 'sub'>,
  practice: Pick<PracticeState, 'enabled' | 'records'>,
  forgetBias: number | null,
  hidden = false,
  /** Where the records are kept: '' (the visitor's own), or a class session's (`room:<id>|`). */
  scope = '',
): CurrentPrompt | null {
  const step = STEPS[lesson.stepIndex];
  if (!step) return null;
  const ctx = selectLessonCtx(lesson);
  if (!practice.enabled || hidden) return null;
  const prompt = PROMPTS.find((p) => p.step === step.id && lesson.sub >= promptSub(p, ctx));
  if (!prompt) return null;
  const at = promptSub(prompt, ctx);
  const truth = truthOf(prompt, lesson.model, lesson.target, forgetBias, at);
  if (!truth) return null;
  const model = scope + modelKey(lesson.model, lesson.target);
  const key = promptKey(prompt.id, forgetBias);
  const stored = practice.records[model]?.prompts[key] ?? null;
  // A kept answer that does not fit the question as this model asks it is not used.
  const record = stored && fits(stored, truth) ? stored : null;
  // Asked only where the setting (and the link) allow; not asked when the position jumped past it;
  // after the sub-step its reveal shows at, the lesson moves on.
  const revealAt = revealSub(prompt, ctx);
  if ((!record && lesson.sub !== at) || lesson.sub > revealAt) return null;
  return {
    prompt,
    truth,
    model,
    key,
    record,
    open: !record && lesson.sub === at,
    judged: lesson.sub >= revealAt,
    sub: at,
    revealAt,
    t: ctx.t,
  };
}
