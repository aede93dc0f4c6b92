// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultModel, randomModel } from '../../../src/model';
import { STEPS } from '../../../src/lesson/steps';
import { PROMPTS, promptAt, promptSub } from '../../../src/lesson/prompts/prompts';
import { promptTruth } from '../../../src/lesson/prompts/answers';
import { createPracticeStore, readStored, MAX_MODELS } from '../../../src/practice/store';
import { currentPrompt, modelKey } from '../../../src/practice/current';
import { isRight, quizOf, QUIZ_SIZE } from '../../../src/practice/quiz';
import { lessonCards } from '../../../src/practice/cardsOf';
import { lessonCtxOf } from '../../../src/store';

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const stepIndex = (id: string) => STEPS.findIndex((s) => s.id === id);

describe('the prompts as data', () => {
  it('sit on steps that exist, at sub-steps inside them, one per position', () => {
    const ctx = lessonCtxOf(3, 4, null);
    for (const p of PROMPTS) {
      expect(stepIndex(p.step), p.id).toBeGreaterThanOrEqual(0);
      expect(promptAt(p.step, promptSub(p, ctx), ctx)?.id).toBe(p.id);
    }
  });
});

describe('the prompt at the position', () => {
  const model = defaultModel(1);
  const at = (step: string, sub: number) => ({ model, target: 3, stepIndex: stepIndex(step), sub });
  const on = { enabled: true, records: {} };

  it('is open at its own sub-step, with the core’s answer', () => {
    const c = currentPrompt(at('sum-over-k', 0), on, null);
    expect(c?.open).toBe(true);
    expect(c?.truth).toEqual(promptTruth('smallest-term', model, 3));
    expect(c?.judged).toBe(false);
  });

  it('is not asked past its sub-step unless answered, nor when turned off or hidden', () => {
    expect(currentPrompt(at('sum-over-k', 2), on, null)).toBeNull();
    expect(currentPrompt(at('sum-over-k', 0), { enabled: false, records: {} }, null)).toBeNull();
    expect(currentPrompt(at('sum-over-k', 0), on, null, true)).toBeNull();
  });

  it('is revealed and judged once answered, for this model and target only', () => {
    const key = modelKey(model, 3);
    const records = {
      [key]: {
        prompts: {
          'smallest-term': {
            state: 'answered' as const,
            response: { kind: 'choice' as const, k: 1 },
          },
        },
        cards: {},
        quiz: null,
        at: 1,
      },
    };
    // Judged once the flow has reached k = 1 (sub-step 2), and gone once the lesson moves on.
    const c = currentPrompt(at('sum-over-k', 2), { enabled: true, records }, null);
    expect(c?.open).toBe(false);
    expect(c?.judged).toBe(true);
    expect(currentPrompt(at('sum-over-k', 1), { enabled: true, records }, null)?.judged).toBe(
      false,
    );
    expect(currentPrompt(at('sum-over-k', 3), { enabled: true, records }, null)).toBeNull();
    const other = {
      model: randomModel({ seed: 9, H: 3, D: 4, K: 4, T: 4 }),
      target: 3,
      stepIndex: stepIndex('sum-over-k'),
      sub: 0,
    };
    expect(currentPrompt(other, { enabled: true, records }, null)?.open).toBe(true);
  });

  it('skips a prompt the model does not decide (t★ = 1 offers one k)', () => {
    const short = { model, target: 1, stepIndex: stepIndex('sum-over-k'), sub: 0 };
    expect(currentPrompt(short, on, null)).toBeNull();
  });
});

describe('the answers kept', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
  });

  it('survive a new store (a reload)', () => {
    const a = createPracticeStore(storage);
    a.getState().setPrompt('m|3', 'sigma-double', {
      state: 'answered',
      response: { kind: 'binary', option: 'grow' },
    });
    a.getState().setEnabled(false);
    const b = createPracticeStore(storage);
    expect(b.getState().enabled).toBe(false);
    expect(b.getState().records['m|3'].prompts['sigma-double']).toEqual({
      state: 'answered',
      response: { kind: 'binary', option: 'grow' },
    });
  });

  it('drop what is not well formed, never trusting it', () => {
    const bad = JSON.stringify({
      enabled: 'yes',
      records: {
        'm|3': {
          prompts: {
            'smallest-term': { state: 'answered', response: { kind: 'choice', k: -1 } },
            'draw-norms': { state: 'answered', response: { kind: 'draw', values: [1, 'x'] } },
            'sigma-double': { state: 'answered', response: { kind: 'binary', option: 'maybe' } },
            'no-such-prompt': { state: 'skipped' },
            'truncation-v': { state: 'skipped' },
          },
          cards: { a: { tries: [1, 'x', 2], solved: true }, b: { tries: 3 } },
          quiz: { best: 9, of: 6 },
        },
        'bad key with spaces': { prompts: {} },
      },
    });
    const r = readStored(bad);
    expect(r.enabled).toBe(true);
    expect(Object.keys(r.records)).toEqual(['m|3']);
    expect(r.records['m|3'].prompts).toEqual({ 'truncation-v': { state: 'skipped' } });
    expect(r.records['m|3'].cards).toEqual({ a: { tries: [1, 2], solved: true } });
    expect(r.records['m|3'].quiz).toEqual({ best: 6, of: 6 });
    expect(readStored('{not json').records).toEqual({});
    expect(readStored(null).enabled).toBe(true);
  });

  it('keep the latest models only', () => {
    const s = createPracticeStore(storage);
    for (let i = 0; i < MAX_MODELS + 5; i++)
      s.getState().setCard(`m${i}|0`, 'c', { tries: [1], solved: true });
    expect(Object.keys(s.getState().records)).toHaveLength(MAX_MODELS);
  });
});

describe('the quiz', () => {
  it('has QUIZ_SIZE questions, the decided predictions first, each right answer accepted', () => {
    for (const model of [
      defaultModel(1),
      randomModel({ seed: 3, H: 4, D: 3, K: 3, T: 6, activation: 'relu' }),
    ]) {
      const q = quizOf(model, model.targets.length - 1, null, 1);
      expect(q).toHaveLength(QUIZ_SIZE);
      for (const question of q) {
        const right =
          question.kind === 'card'
            ? question.card.answer
            : question.truth.kind === 'choice'
              ? question.truth.correct
              : question.truth.kind === 'binary'
                ? question.truth.correct
                : null;
        expect(isRight(question, right)).toBe(true);
        expect(isRight(question, null)).toBe(false);
      }
    }
  });

  it('draws its cards apart from the practice cards', () => {
    const model = defaultModel(1);
    const cards = quizOf(model, 3, null, 1).flatMap((q) => (q.kind === 'card' ? [q.card] : []));
    const practice = lessonCards(model, 3, 1);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.answer)).not.toEqual(
      practice.slice(0, cards.length).map((c) => c.answer),
    );
  });
});
