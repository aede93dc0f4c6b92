// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charModel, defaultModel, toRows, withWeight } from '../../../src/model';
import {
  appendStep,
  encodeText,
  rebuildModel,
  removeLastStep,
  sequenceMatches,
  withInitialStateEntry,
  withInputEntry,
  withTargetEntry,
  withTruncate,
} from '../../../src/model/build/sequence';

describe('encodeText', () => {
  it('"hello" gives inputs "hell", targets "ello" over h, e, l, o', () => {
    const e = encodeText('hello');
    if (!e.ok) throw new Error('expected ok');
    expect(e.value.vocab).toEqual(['h', 'e', 'l', 'o']);
    expect(toRows(e.value.inputs)).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 1, 0],
    ]);
    expect(e.value.targets).toEqual([1, 2, 2, 3]);
  });

  it('orders the vocabulary by first appearance, counting code points', () => {
    const e = encodeText('ba😀ab');
    if (!e.ok) throw new Error('expected ok');
    expect(e.value.vocab).toEqual(['b', 'a', '😀']);
    expect(e.value.inputs.rows).toBe(4);
    expect(e.value.targets).toEqual([1, 2, 1, 0]);
  });

  it('each input row is one-hot', () => {
    const e = encodeText('abracadabra');
    if (!e.ok) throw new Error('expected ok');
    for (const r of toRows(e.value.inputs)) {
      expect(r.filter((x) => x === 1)).toHaveLength(1);
      expect(r.filter((x) => x !== 0)).toHaveLength(1);
    }
  });

  it.each(['', 'a', '😀'])('%j is too short: an error naming "text", not an exception', (text) => {
    const e = encodeText(text);
    expect(e.ok).toBe(false);
    if (e.ok) return;
    expect(e.errors[0].field).toBe('text');
    expect(e.errors[0].message).toMatch(/at least 2 characters/);
  });

  it('refuses more than 257 characters', () => {
    const e = encodeText('ab'.repeat(200));
    expect(e.ok).toBe(false);
  });

  it('matches charModel', () => {
    const m = charModel('hello world', { seed: 3, H: 2 });
    expect(sequenceMatches(m, 'hello world')).toBe(true);
    expect(sequenceMatches(m, 'hello worle')).toBe(false);
    expect(sequenceMatches(m, 'x')).toBe(false);
  });
});

describe('rebuildModel', () => {
  const base = defaultModel(1);

  it('a new text with a new vocabulary size gives charModel with the same seed', () => {
    const r = rebuildModel(base, { seed: 5, scale: 1, text: 'abcab' });
    if (!r.ok) throw new Error('expected ok');
    const ref = charModel('abcab', { seed: 5, H: 3 });
    expect(toRows(r.model.U)).toEqual(toRows(ref.U));
    expect(toRows(r.model.W)).toEqual(toRows(ref.W));
    expect(toRows(r.model.V)).toEqual(toRows(ref.V));
    expect(r.model.targets).toEqual(ref.targets);
  });

  it('keeps hand-edited weights when the sizes do not change', () => {
    const edited = withWeight(base, 'W', 0, 1, 0.75);
    const r = rebuildModel(edited, { seed: 1, scale: 1, text: 'abcdd', activation: 'relu' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.model.W.data[1]).toBe(0.75);
    expect(r.model.activation).toBe('relu');
    expect(r.model.targets).toEqual([1, 2, 3, 3]);
  });

  it('redraws on a new seed or scale, and on a new H', () => {
    const r = rebuildModel(base, { seed: 2, scale: 0.5, redraw: true });
    if (!r.ok) throw new Error('expected ok');
    const ref = charModel('hello', { seed: 2, H: 3, scale: 0.5 });
    expect(toRows(r.model.W)).toEqual(toRows(ref.W));
    const h = rebuildModel(
      { ...base, initialState: Float64Array.from([1, 2, 3]), truncate: 1 },
      {
        seed: 1,
        scale: 1,
        H: 5,
      },
    );
    if (!h.ok) throw new Error('expected ok');
    expect(h.model.W.rows).toBe(5);
    expect(h.model.U.rows).toBe(5);
    expect(h.model.V.cols).toBe(5);
    expect(Array.from(h.model.initialState)).toEqual([1, 2, 3, 0, 0]);
    expect(h.model.truncate).toBe(1);
  });

  it('names the field of each bad setting and throws nothing', () => {
    const r = rebuildModel(base, { seed: 1.5, scale: -1, H: 65, text: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(['H', 'scale', 'seed', 'text']);
  });
});

describe('entry edits', () => {
  const base = defaultModel(1);
  it('truncation, initial state, inputs and targets', () => {
    expect(withTruncate(base, 2).ok).toBe(true);
    expect(withTruncate(base, -1).ok).toBe(false);
    const s = withInitialStateEntry(base, 1, 0.5);
    expect(s.ok && s.model.initialState[1]).toBe(0.5);
    expect(base.initialState[1]).toBe(0);
    const bad = withInitialStateEntry(base, 1, NaN);
    expect(!bad.ok && bad.errors[0].field).toBe('initialState[1]');
    const x = withInputEntry(base, 2, 3, -0.25);
    expect(x.ok && x.model.inputs.data[2 * 4 + 3]).toBe(-0.25);
    const y = withTargetEntry(base, 0, 4);
    expect(!y.ok && y.errors[0].field).toBe('targets[0]');
    expect(withTargetEntry(base, 0, 3).ok).toBe(true);
  });

  it('adds and removes steps', () => {
    const a = appendStep(base);
    if (!a.ok) throw new Error('expected ok');
    expect(a.model.inputs.rows).toBe(5);
    expect(a.model.targets).toEqual([...base.targets, 0]);
    const r = removeLastStep(a.model);
    if (!r.ok) throw new Error('expected ok');
    expect(toRows(r.model.inputs)).toEqual(toRows(base.inputs));
    let m = base;
    for (let i = 0; i < 3; i++) {
      const q = removeLastStep(m);
      if (q.ok) m = q.model;
    }
    expect(removeLastStep(m).ok).toBe(false);
  });
});
