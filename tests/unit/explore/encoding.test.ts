// @vitest-environment node
/**
 * Properties of the text-to-one-hot encoding and of the ?model= codec, over arbitrary input:
 * the encoding is exactly "inputs: every character but the last, targets: every character but
 * the first, one-hot over the text's own vocabulary in order of first appearance"; the codec
 * round-trips any model and turns any garbage into errors naming "?model", never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charModel, randomModel, vanillaOf, type RnnModel } from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import { encodeText, sequenceMatches } from '../../../src/model/build/sequence';
import {
  decodeModelParam,
  encodeModelParam,
  LINK_FIELD,
  readModelParam,
} from '../../../src/model/io/urlcodec';

/** Texts of 2 … 40 code points from a small alphabet (repeats are likely) or any Unicode. */
const texts = fc.oneof(
  fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀', '\u0301', '\n'), {
    minLength: 2,
    maxLength: 40,
  }),
  fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), {
    minLength: 2,
    maxLength: 40,
  }),
);

describe('encodeText', () => {
  it('inputs are every character but the last, targets every character but the first', () => {
    fc.assert(
      fc.property(texts, (chars) => {
        const text = chars.join('');
        const points = Array.from(text);
        const e = encodeText(text);
        if (!e.ok) throw new Error(JSON.stringify(e.errors));
        const { vocab, inputs, targets } = e.value;
        const T = points.length - 1;
        // The vocabulary: each distinct code point once, in order of first appearance.
        expect(new Set(vocab).size).toBe(vocab.length);
        expect(vocab).toEqual([...new Set(points)]);
        const firsts = vocab.map((c) => points.indexOf(c));
        expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
        expect([inputs.rows, inputs.cols]).toEqual([T, vocab.length]);
        expect(targets).toHaveLength(T);
        for (let t = 0; t < T; t++) {
          const row = Array.from(inputs.data.subarray(t * inputs.cols, (t + 1) * inputs.cols));
          expect(row.filter((x) => x === 1)).toHaveLength(1);
          expect(row.filter((x) => x !== 0 && x !== 1)).toHaveLength(0);
          expect(vocab[row.indexOf(1)]).toBe(points[t]);
          expect(vocab[targets[t]]).toBe(points[t + 1]);
        }
        // The model drawn from the same text holds exactly this sequence.
        expect(sequenceMatches(charModel(text, { seed: 1, H: 2 }), text)).toBe(true);
      }),
    );
  });

  it('never throws: anything else is an error naming "text"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3 }), (s) => {
        const e = encodeText(s);
        if (!e.ok) expect(e.errors.map((x) => x.field)).toEqual(['text']);
      }),
    );
    for (const v of [null, undefined, 42, ['a', 'b']]) {
      const e = encodeText(v as unknown as string);
      expect(e.ok).toBe(false);
    }
  });

  it('lone surrogates and combining marks count as characters of their own', () => {
    const e = encodeText('a\u0301a\ud800');
    if (!e.ok) throw new Error('expected ok');
    expect(e.value.vocab).toEqual(['a', '\u0301', '\ud800']);
    expect(e.value.targets).toEqual([1, 0, 2]);
  });

  it('the limits: 257 characters (T = 256) pass, 258 do not', () => {
    expect(encodeText('ab'.repeat(128) + 'a').ok).toBe(true);
    const e = encodeText('ab'.repeat(129));
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.errors[0]).toMatchObject({ field: 'text', code: 'text.tooLong' });
  });
});

function sameNumbers(a: RnnModel, b: RnnModel): void {
  expect(modelToJson(a)).toEqual(modelToJson(b));
}

describe('the ?model= codec', () => {
  it('round-trips any model, extreme doubles included', () => {
    const extreme = fc.constantFrom(5e-324, -1.7976931348623157e308, 1e-300, 0.1, -2 / 3);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(extreme, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('tanh', 'relu', 'sigmoid', 'linear' as const),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
        (seed, T, H, values, activation, truncate) => {
          const m = randomModel({ seed, T, H, D: 2, K: 3, inputs: 'real', activation, truncate });
          const W = m.W.data.slice();
          values.forEach((v, i) => (W[i % W.length] = v));
          const model = { ...m, W: { ...m.W, data: W } };
          const p = encodeModelParam(model);
          expect(p).toMatch(/^[A-Za-z0-9_-]*$/);
          const back = readModelParam(`?lang=ru&model=${p}&mode=explore`);
          if (!back?.ok) throw new Error(JSON.stringify(back));
          sameNumbers(vanillaOf(back.model), model);
          expect(Array.from(vanillaOf(back.model).W.data)).toEqual(Array.from(W));
        },
      ),
    );
  });

  it('garbage in the query gives an error naming "?model", never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        let r: ReturnType<typeof readModelParam> = null;
        expect(() => (r = readModelParam(`?model=${s}`))).not.toThrow();
        const res = r as ReturnType<typeof readModelParam>;
        if (res && !res.ok) {
          expect(res.errors.length).toBeGreaterThan(0);
          for (const e of res.errors) expect(typeof e.code).toBe('string');
        }
      }),
    );
    for (const q of ['?model', '?model=', '?model=+', '?model=%', '?model=a%2', '?model=AAAA']) {
      const r = readModelParam(q);
      expect(r?.ok, q).toBe(false);
    }
    const plus = readModelParam('?model=ab+c');
    expect(plus?.ok).toBe(false);
    if (plus && !plus.ok) expect(plus.errors[0].field).toBe(LINK_FIELD);
  });

  it('reads the first ?model= of a query, and decodes a padded value', () => {
    const a = randomModel({ seed: 1, T: 2, H: 2, D: 2, K: 2 });
    const b = randomModel({ seed: 2, T: 2, H: 2, D: 2, K: 2 });
    const r = readModelParam(`?model=${encodeModelParam(a)}&model=${encodeModelParam(b)}`);
    if (!r?.ok) throw new Error('expected a model');
    sameNumbers(vanillaOf(r.model), a);
    const p = encodeModelParam(b);
    const padded = decodeModelParam(p + '='.repeat((4 - (p.length % 4)) % 4));
    if (!padded.ok) throw new Error('expected a model');
    sameNumbers(vanillaOf(padded.model), b);
  });
});
