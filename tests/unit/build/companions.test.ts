import { describe, expect, it } from 'vitest';
import {
  companionOf,
  defaultModel,
  DEFAULT_FORGET_BIAS,
  forward,
  randomModel,
  withForgetBias,
  type LstmModel,
} from '../../../src/model';

describe('companionOf', () => {
  const rnn = defaultModel();

  it('returns the model itself for its own cell', () => {
    expect(companionOf(rnn, 'rnn')).toBe(rnn);
    const lstm = companionOf(rnn, 'lstm') as LstmModel;
    expect(companionOf(lstm, 'lstm')).toBe(lstm);
  });

  it('keeps the sequence, targets, V, s₋₁ and truncation, and seeds the same weights every time', () => {
    for (const cell of ['gru', 'lstm'] as const) {
      const c = companionOf(rnn, cell);
      expect(c.cell).toBe(cell);
      expect(c.inputs).toBe(rnn.inputs);
      expect(c.targets).toBe(rnn.targets);
      expect(c.V).toBe(rnn.V);
      expect(c.initialState).toBe(rnn.initialState);
      expect(c.truncate).toBe(rnn.truncate);
      expect(forward(companionOf(rnn, cell)).loss).toBe(forward(c).loss);
    }
  });

  it('gives the LSTM the forget bias asked for, 1 by default, and only there', () => {
    const lstm = companionOf(rnn, 'lstm') as LstmModel;
    expect([...lstm.b.f.data].every((v) => v === DEFAULT_FORGET_BIAS)).toBe(true);
    expect([...lstm.b.i.data].every((v) => v === 0)).toBe(true);
    const closed = companionOf(lstm, 'lstm', { forgetBias: -2 }) as LstmModel;
    expect([...closed.b.f.data].every((v) => v === -2)).toBe(true);
    expect(closed.W).toBe(lstm.W);
    expect(withForgetBias(closed, 3).b.f.data[0]).toBe(3);
  });

  it('keeps an LSTM’s c₋₁ and gives a vanilla companion tanh', () => {
    const lstm = randomModel({
      seed: 3,
      T: 5,
      H: 4,
      D: 3,
      K: 3,
      cell: 'lstm',
      randomInitialState: true,
    });
    const back = companionOf(lstm, 'rnn');
    expect(back.cell === undefined || back.cell === 'rnn').toBe(true);
    expect('activation' in back && back.activation).toBe('tanh');
    const again = companionOf(back, 'lstm') as LstmModel;
    expect([...again.initialCell].every((v) => v === 0)).toBe(true);
    expect(again.initialState).toBe(lstm.initialState);
  });
});
