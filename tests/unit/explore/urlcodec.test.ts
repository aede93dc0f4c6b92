// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel, randomModel, toRows, vanillaOf, type RnnModel } from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import {
  base64UrlDecode,
  base64UrlEncode,
  decodeModelParam,
  encodeModelParam,
  LINK_FIELD,
  readModelParam,
  utf8Decode,
  utf8Encode,
} from '../../../src/model/io/urlcodec';

function sameModel(a: RnnModel, b: RnnModel): void {
  expect(modelToJson(a)).toEqual(modelToJson(b));
}

describe('base64url and UTF-8', () => {
  it('agree with Node’s Buffer on random bytes, padded and not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const ref = Buffer.from(bytes).toString('base64url');
        expect(base64UrlEncode(bytes)).toBe(ref);
        const padded = base64UrlEncode(bytes, true);
        expect(padded.length % 4).toBe(0);
        expect(padded.replace(/=+$/, '')).toBe(ref);
        for (const s of [ref, padded]) {
          const d = base64UrlDecode(s);
          expect(d.ok && Array.from(d.value)).toEqual(Array.from(bytes));
        }
      }),
    );
  });

  it('UTF-8 agrees with Node’s Buffer and round-trips any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const bytes = utf8Encode(s);
        expect(Array.from(bytes)).toEqual(Array.from(Buffer.from(s, 'utf8')));
        const back = utf8Decode(bytes);
        expect(back.ok && back.value).toBe(s);
      }),
    );
  });

  it('UTF-8 of any UTF-16 text, lone surrogates included, agrees with Node’s Buffer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(Array.from(utf8Encode(s))).toEqual(Array.from(Buffer.from(s, 'utf8')));
      }),
    );
    expect(Array.from(utf8Encode('a\ud800b'))).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
  });

  it('refuses invalid UTF-8 with an error, not an exception', () => {
    for (const bytes of [[0xff], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]) {
      const d = utf8Decode(Uint8Array.from(bytes));
      expect(d.ok).toBe(false);
    }
  });

  it('refuses characters outside the alphabet, bad padding and impossible lengths', () => {
    for (const s of ['ab+c', 'ab/c', 'a b', 'abc=d', 'a===', 'abcde', 'ab=', '=abc']) {
      const d = base64UrlDecode(s);
      expect(d.ok, s).toBe(false);
      if (!d.ok) expect(d.errors[0].field).toBe(LINK_FIELD);
    }
  });
});

describe('the ?model= parameter', () => {
  it('round-trips the default model exactly, padded or not', () => {
    const m = defaultModel(1);
    const p = encodeModelParam(m);
    expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeModelParam(p);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    sameModel(vanillaOf(back.model), m);
    const padded = p + '='.repeat((4 - (p.length % 4)) % 4);
    const back2 = decodeModelParam(padded);
    expect(back2.ok).toBe(true);
  });

  it('round-trips random models bit for bit (initial state and truncation included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 6 }), (seed, T) => {
        const m = randomModel({
          seed,
          T,
          H: 3,
          D: 2,
          K: 3,
          inputs: 'real',
          randomInitialState: true,
          truncate: 1,
          activation: 'sigmoid',
        });
        const back = decodeModelParam(encodeModelParam(m));
        if (!back.ok) throw new Error(JSON.stringify(back.errors));
        expect(toRows(vanillaOf(back.model).W)).toEqual(toRows(m.W));
        expect(Array.from(back.model.initialState)).toEqual(Array.from(m.initialState));
        expect(back.model.truncate).toBe(1);
        expect(vanillaOf(back.model).activation).toBe('sigmoid');
      }),
    );
  });

  it('reads the parameter from a query string, percent-encoded padding included', () => {
    const p = encodeModelParam(defaultModel(2));
    expect(readModelParam(`?lang=ru&model=${p}`)?.ok).toBe(true);
    const padding = '%3D'.repeat((4 - (p.length % 4)) % 4);
    expect(padding).not.toBe('');
    const q = readModelParam(`?model=${p}${padding}&lang=en`);
    if (!q?.ok) throw new Error('expected a model');
    sameModel(vanillaOf(q.model), defaultModel(2));
    expect(readModelParam('?lang=ru')).toBeNull();
    expect(readModelParam('')).toBeNull();
    const bad = readModelParam('?model=%E0%A4%A');
    expect(bad?.ok).toBe(false);
  });

  it('garbage gives errors naming the field, never an exception', () => {
    const json = (v: unknown) => base64UrlEncode(utf8Encode(JSON.stringify(v)));
    const cases: [string, string][] = [
      ['', LINK_FIELD],
      ['!!!', LINK_FIELD],
      ['%%%', LINK_FIELD],
      [base64UrlEncode(Uint8Array.from([0xff, 0xfe])), LINK_FIELD],
      [base64UrlEncode(utf8Encode('{"activation": "tanh",')), LINK_FIELD],
      [json([1, 2, 3]), '(file)'],
      [json({ ...modelToJson(defaultModel(1)), activation: 'swish' }), 'activation'],
      [json({ ...modelToJson(defaultModel(1)), targets: [0, 1, 2, 9] }), 'targets[3]'],
    ];
    for (const [value, field] of cases) {
      let r: ReturnType<typeof decodeModelParam> | undefined;
      expect(() => (r = decodeModelParam(value))).not.toThrow();
      expect(r?.ok).toBe(false);
      if (r && !r.ok) expect(r.errors.map((e) => e.field)).toContain(field);
    }
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = decodeModelParam(s);
        expect(typeof r.ok).toBe('boolean');
        readModelParam(`?model=${s}`);
      }),
    );
  });
});
