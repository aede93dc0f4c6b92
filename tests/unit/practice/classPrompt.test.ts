import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model';
import { STEPS } from '../../../src/lesson/steps';
import { currentPrompt } from '../../../src/practice/current';
import {
  classKey,
  classScope,
  lecturerPrediction,
  medianCurve,
  studentPrompt,
  tallyOf,
} from '../../../src/practice/classPrompt';
import { parseClassAnswers, parseCount, parseState, tally } from '../../../src/relay/protocol';

const stepIndex = (id: string) => STEPS.findIndex((s) => s.id === id);
const model = defaultModel(1);
const at = (step: string, sub: number) => ({ model, target: 3, stepIndex: stepIndex(step), sub });
const on = { enabled: true, records: {} };

describe('predictions in a class session', () => {
  const open = currentPrompt(at('sum-over-k', 0), on, null, false, classScope('r'.repeat(22)))!;

  it('keeps the class’s records apart from the visitor’s own', () => {
    expect(open.model.startsWith(`room:${'r'.repeat(22)}|`)).toBe(true);
    const own = currentPrompt(at('sum-over-k', 0), on, null)!;
    expect(own.model).not.toBe(open.model);
    expect(classKey(open, model, 3)).toBe(classKey(own, model, 3));
  });

  it('sends the lecturer’s prediction in a form the relay accepts', () => {
    const p = lecturerPrediction(open, model, 3);
    expect(p).toMatchObject({ key: classKey(open, model, 3), kind: 'choice', revealed: false });
    expect(p?.options).toEqual(
      open.truth.kind === 'choice' ? open.truth.options.map((k) => `k${k}`) : [],
    );
    const state = { seq: 1, step: 'sum-over-k', sub: 0, target: 3, model: { cell: 'rnn' } };
    expect(parseState({ ...state, prediction: p })?.prediction).toEqual(p);
    expect(lecturerPrediction(null, model, 3)).toBeNull();
  });

  it('asks a student only what the lecturer has open, and is due when the lecturer reveals', () => {
    const key = classKey(open, model, 3);
    expect(studentPrompt(open, { lecturer: null }, model, 3).current).toBeNull();
    const other = { key: 'sigma-double|x|3', kind: 'binary' as const, revealed: false };
    expect(studentPrompt(open, { lecturer: other }, model, 3).current).toBeNull();
    const asked = studentPrompt(
      open,
      { lecturer: { key, kind: 'choice', revealed: false } },
      model,
      3,
    );
    expect(asked).toEqual({ current: open, due: false });
    const revealed = { key, kind: 'choice' as const, revealed: true };
    expect(studentPrompt(open, { lecturer: revealed }, model, 3).due).toBe(true);
    // Another model (a student who loaded their own) is not the lecturer's question.
    const mine = defaultModel(2);
    const theirs = currentPrompt({ ...at('sum-over-k', 0), model: mine }, on, null)!;
    expect(studentPrompt(theirs, { lecturer: revealed }, mine, 3).current).toBeNull();
  });

  it('shows the class’s answers only for this prompt, once it is no longer open', () => {
    const key = classKey(open, model, 3);
    const answers = tally(key, [{ kind: 'choice', k: 1 }]);
    expect(tallyOf(open, { answers }, model, 3)).toBeNull();
    const shown = { ...open, open: false };
    expect(tallyOf(shown, { answers }, model, 3)).toBe(answers);
    expect(tallyOf(shown, { answers: { ...answers, key: 'other' } }, model, 3)).toBeNull();
  });

  it('takes the class’s median curve k by k (an even count’s middle pair meets at its geometric mean)', () => {
    expect(medianCurve([], 3)).toBeNull();
    expect(medianCurve([[1, 2]], 3)).toBeNull();
    expect(
      medianCurve(
        [
          [1, 0, 3],
          [2, 5, 1e-3],
          [3, 1, 2],
        ],
        3,
      ),
    ).toEqual([2, 1, 2]);
    expect(medianCurve([[1], [4]], 1)).toEqual([2]);
    expect(medianCurve([[0], [4]], 1)).toEqual([0]);
  });
});

describe('the class’s messages from the relay, checked on arrival', () => {
  it('answers and counts', () => {
    const a = tally('smallest-term|abc|3', [
      { kind: 'choice', k: 1 },
      { kind: 'choice', k: 1 },
      { kind: 'draw', values: [1, 0.5] },
    ]);
    expect(parseClassAnswers(JSON.parse(JSON.stringify(a)))).toEqual(a);
    expect(parseClassAnswers({ ...a, counts: { '<b>': 1 } })).toBeNull();
    expect(parseClassAnswers({ ...a, total: -1 })).toBeNull();
    expect(parseClassAnswers({ ...a, curves: [[1, -2], [Number.NaN], 'x', [2]] })?.curves).toEqual([
      [2],
    ]);
    expect(parseClassAnswers(null)).toBeNull();
    expect(parseCount({ key: 'k', n: 3 })).toEqual({ key: 'k', n: 3 });
    expect(parseCount({ key: 'k', n: 1.5 })).toBeNull();
    expect(parseCount({ key: '', n: 1 })).toBeNull();
  });
});
