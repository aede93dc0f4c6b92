// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE_BYTES,
  MAX_POINTS,
  parseAnswer,
  parseHost,
  parseJoin,
  parseReveal,
  parseState,
  tally,
} from '../../../src/relay/protocol';

const ID = 'abcdefghijklmnopqrstuv';
const good = {
  seq: 3,
  step: 'sum-over-k',
  sub: 1,
  target: 3,
  model: { cell: 'rnn' },
  prediction: null,
};

describe('the class session’s messages', () => {
  it('take ids of 128 bits and six-digit codes only', () => {
    expect(parseHost({ room: ID, secret: ID })).toEqual({ room: ID, secret: ID });
    for (const bad of [
      null,
      {},
      { room: ID },
      { room: 'short', secret: ID },
      { room: ID, secret: `${ID}x` },
    ])
      expect(parseHost(bad)).toBeNull();
    expect(parseJoin({ code: '012345' })).toEqual({ code: '012345' });
    expect(parseJoin({ code: '12345' })).toBeNull();
    expect(parseJoin({ room: '../etc/passwd' })).toBeNull();
  });

  it('check the lecturer’s state field by field, and its size', () => {
    expect(parseState(good)).toEqual(good);
    expect(parseState({ ...good, sub: -1 })).toBeNull();
    expect(parseState({ ...good, step: 'a/b' })).toBeNull();
    expect(parseState({ ...good, model: [] })).toBeNull();
    expect(
      parseState({ ...good, prediction: { key: 'x', kind: 'poll', revealed: false } }),
    ).toBeNull();
    expect(parseState({ ...good, model: { big: 'x'.repeat(MAX_MESSAGE_BYTES) } })).toBeNull();
    const cyclic: Record<string, unknown> = { ...good };
    cyclic.model = cyclic;
    expect(parseState(cyclic)).toBeNull();
  });

  it('take a student’s answer only in the shapes a prediction has', () => {
    const a = { device: 'device-123', key: 'smallest-term', response: { kind: 'choice', k: 2 } };
    expect(parseAnswer(a)).toEqual(a);
    expect(parseAnswer({ ...a, response: { kind: 'choice', k: 1.5 } })).toBeNull();
    expect(parseAnswer({ ...a, response: { kind: 'draw', values: [1, -1] } })).toBeNull();
    expect(
      parseAnswer({ ...a, response: { kind: 'draw', values: Array(MAX_POINTS + 1).fill(1) } }),
    ).toBeNull();
    expect(parseAnswer({ ...a, device: 'x' })).toBeNull();
    expect(parseReveal({ key: 'c-vs-s@1' })).toEqual({ key: 'c-vs-s@1' });
    expect(parseReveal({ key: '' })).toBeNull();
  });

  it('tally the class’s answers', () => {
    const t = tally('k', [
      { kind: 'binary', option: 'grow' },
      { kind: 'binary', option: 'grow' },
      { kind: 'choice', k: 2 },
      { kind: 'draw', values: [1, 0.1] },
    ]);
    expect(t).toEqual({ key: 'k', total: 4, counts: { grow: 2, k2: 1 }, curves: [[1, 0.1]] });
  });
});
