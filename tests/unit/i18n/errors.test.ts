// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CELL_KINDS, defaultModel, randomModel, type FieldError } from '../../../src/model';
import { FIELD_ERROR_CODES, foundParams, isFieldErrorCode } from '../../../src/model/io/errorCodes';
import { modelToJson, parseModel, parseModelText } from '../../../src/model/io/parse';
import { decodeModelBytes, MAX_MODEL_FILE_BYTES } from '../../../src/model/io/text';
import {
  appendStep,
  encodeText,
  rebuildModel,
  removeLastStep,
  withInitialStateEntry,
  withInputEntry,
  withTargetEntry,
  withTruncate,
} from '../../../src/model/build/sequence';
import { decodeModelParam, readModelParam, base64UrlEncode } from '../../../src/model/io/urlcodec';
import {
  fieldErrorLine,
  fieldErrorText,
  fieldLabel,
  pickPlural,
  placeholders,
  t,
} from '../../../src/i18n';

/** A coded error's Russian text from its params alone. */
const ru = (code: FieldError['code'], params: FieldError['params'] = {}) =>
  fieldErrorText('ru', { field: 'x', message: 'English', code, params });

const good = () => modelToJson(defaultModel(1)) as unknown as Record<string, unknown>;
const errorsOf = (r: { ok: boolean; errors?: readonly FieldError[] }) =>
  r.ok ? [] : (r.errors ?? []);
/** A GRU's model file, and its parse with every cell accepted. */
const gru = () =>
  modelToJson(randomModel({ seed: 1, T: 3, H: 2, D: 3, K: 3, cell: 'gru' })) as unknown as Record<
    string,
    Record<string, unknown>
  >;
const parseGated = (json: unknown) => parseModel(json, { cells: CELL_KINDS });
const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** Bad inputs of every kind the core refuses, each with the code it must carry. */
function battery(): [string, readonly FieldError[]][] {
  const m = defaultModel(1);
  let one = m;
  for (let i = 0; i < 3; i++) {
    const r = removeLastStep(one);
    if (r.ok) one = r.model;
  }
  let long = m;
  while (long.targets.length < 256) {
    const r = appendStep(long);
    if (!r.ok) break;
    long = r.model;
  }
  const entries = Array.from({ length: 3 }, () => ['a', null, [1]]);
  return [
    ['file.empty', errorsOf(parseModelText('  '))],
    ['file.tooLarge', errorsOf(decodeModelBytes(new Uint8Array(MAX_MODEL_FILE_BYTES + 1)))],
    ['file.encoding', errorsOf(decodeModelBytes(new Uint8Array([0x7b, 0xff, 0x7d])))],
    ['file.json', errorsOf(parseModelText('{"U": ['))],
    ['file.notObject', errorsOf(parseModel([1, 2]))],
    ['cell.unknown', errorsOf(parseModel({ ...good(), cell: 'gru2' }))],
    ['cell.unsupported', errorsOf(parseModel({ ...gru() }))],
    ['key.notForCell', errorsOf(parseGated({ ...gru(), activation: 'tanh' }))],
    ['key.missingGates', errorsOf(parseGated({ ...gru(), U: undefined }))],
    ['gates.notObject', errorsOf(parseGated({ ...gru(), W: [[0, 0]] }))],
    ['gate.missing', errorsOf(parseGated({ ...gru(), U: { ...gru().U, h: undefined } }))],
    ['gate.unknown', errorsOf(parseGated({ ...gru(), U: { ...gru().U, q: [[0, 0, 0]] } }))],
    ['key.unknown', errorsOf(parseModel({ ...good(), Wx: 1 }))],
    ['key.missingActivation', errorsOf(parseModel({ ...good(), activation: undefined }))],
    ['key.missingTargets', errorsOf(parseModel({ ...good(), targets: undefined }))],
    ['key.missingMatrix', errorsOf(parseModel({ ...good(), V: undefined }))],
    [
      'number.type',
      errorsOf(
        parseModel({
          ...good(),
          W: [
            [1, 'x', 0],
            [0, 0, 0],
            [0, 0, 0],
          ],
        }),
      ),
    ],
    [
      'number.nan',
      errorsOf(
        parseModel({
          ...good(),
          W: [
            [NaN, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
          ],
        }),
      ),
    ],
    [
      'number.infinite',
      errorsOf(parseModelText(JSON.stringify(good()).replace(/\d\.\d+/, '1e999'))),
    ],
    ['matrix.notArray', errorsOf(parseModel({ ...good(), U: 'no' }))],
    ['matrix.empty', errorsOf(parseModel({ ...good(), U: [] }))],
    ['matrix.firstRow', errorsOf(parseModel({ ...good(), U: [3, 4] }))],
    ['matrix.rowEmpty', errorsOf(parseModel({ ...good(), U: [[]] }))],
    ['matrix.row', errorsOf(parseModel({ ...good(), W: [[0, 0, 0], 5, [0, 0, 0]] }))],
    [
      'matrix.rowLength',
      errorsOf(
        parseModel({
          ...good(),
          W: [
            [0, 0, 0],
            [0, 0],
            [0, 0, 0],
          ],
        }),
      ),
    ],
    [
      'matrix.shape',
      errorsOf(
        parseModel({
          ...good(),
          W: [
            [0, 0],
            [0, 0],
          ],
        }),
      ),
    ],
    [
      'limit.rows',
      errorsOf(parseModel({ ...good(), inputs: Array.from({ length: 300 }, () => [1, 0, 0, 0]) })),
    ],
    ['limit.cols', errorsOf(parseModel({ ...good(), U: [Array(300).fill(0)] }))],
    ['limit.targets', errorsOf(parseModel({ ...good(), targets: Array(300).fill(0) }))],
    ['limit.vector', errorsOf(parseModel({ ...good(), initialState: Array(300).fill(0) }))],
    ['entries.more', errorsOf(parseModel({ ...good(), inputs: entries.map((r) => [...r, 0]) }))],
    ['activation.invalid', errorsOf(parseModel({ ...good(), activation: 'swish' }))],
    ['targets.notArray', errorsOf(parseModel({ ...good(), targets: {} }))],
    ['targets.empty', errorsOf(parseModel({ ...good(), targets: [] }))],
    ['targets.count', errorsOf(parseModel({ ...good(), targets: [0, 1] }))],
    ['target.notNumber', errorsOf(parseModel({ ...good(), targets: [0, 1, 'two', 3] }))],
    ['target.notInteger', errorsOf(parseModel({ ...good(), targets: [0, 1, 2.5, 3] }))],
    ['target.range', errorsOf(parseModel({ ...good(), targets: [0, 1, 2, 9] }))],
    ['vector.notArray', errorsOf(parseModel({ ...good(), initialState: 0 }))],
    ['vector.length', errorsOf(parseModel({ ...good(), initialState: [0, 0] }))],
    ['truncate.invalid', errorsOf(parseModel({ ...good(), truncate: -1 }))],
    ['link.empty', errorsOf(decodeModelParam(''))],
    ['link.padding', errorsOf(decodeModelParam('ab=c'))],
    ['link.char', errorsOf(decodeModelParam('ab*c'))],
    ['link.length', errorsOf(decodeModelParam('abcde'))],
    ['link.utf8', errorsOf(decodeModelParam(base64UrlEncode(Uint8Array.from([0xff]))))],
    ['link.json', errorsOf(decodeModelParam(b64('{"x":')))],
    ['link.percent', errorsOf(readModelParam('?model=%E0%A4%A') ?? { ok: true })],
    ['text.tooShort', errorsOf(encodeText('a'))],
    ['text.bidi', errorsOf(encodeText('ab\u202ecd'))],
    ['text.tooLong', errorsOf(encodeText('ab'.repeat(200)))],
    [
      'text.vocab',
      errorsOf(
        encodeText(
          Array.from({ length: 257 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join(''),
        ),
      ),
    ],
    ['setting.seed', errorsOf(rebuildModel(m, { seed: 0.5, scale: 1 }))],
    ['setting.scale', errorsOf(rebuildModel(m, { seed: 1, scale: 0 }))],
    ['setting.H', errorsOf(rebuildModel(m, { seed: 1, scale: 1, H: 65 }))],
    ['entry.index', errorsOf(withInitialStateEntry(m, 7, 1))],
    ['entry.inputs', errorsOf(withInputEntry(m, 9, 0, 1))],
    ['entry.step', errorsOf(withTargetEntry(m, 9, 0))],
    ['number.notFinite', errorsOf(withInputEntry(m, 0, 0, Infinity))],
    ['steps.max', errorsOf(appendStep(long))],
    ['steps.min', errorsOf(removeLastStep(one))],
    ['truncate.invalid', errorsOf(withTruncate(m, 1.5))],
  ];
}

describe('field errors carry a code and params', () => {
  const cases = battery();

  it.each(cases)('%s', (code, errors) => {
    expect(errors.length, code).toBeGreaterThan(0);
    expect(errors.map((e) => e.code)).toContain(code);
    for (const e of errors) {
      expect(isFieldErrorCode(e.code), `${e.field}: ${e.message}`).toBe(true);
      for (const v of Object.values(e.params ?? {}))
        expect(['string', 'number']).toContain(typeof v);
    }
  });

  it('the battery covers every code but the two the UI or a non-string makes', () => {
    const seen = new Set(cases.flatMap(([, es]) => es.map((e) => e.code)));
    const missing = FIELD_ERROR_CODES.filter((c) => !seen.has(c));
    expect(missing.sort()).toEqual(['file.invalid', 'file.read', 'link.notText', 'text.notText']);
  });

  it('English is the core’s message; Russian is written from the code, fully', () => {
    for (const [, errors] of cases) {
      for (const e of errors) {
        expect(fieldErrorText('en', e)).toBe(e.message);
        const ru = fieldErrorText('ru', e);
        expect(ru).not.toBe(e.message);
        expect(ru, e.message).not.toMatch(/undefined|\bexpected\b|\bfound\b/);
        expect(ru, e.message).toMatch(/[а-яё]/i);
      }
    }
  });

  it('names the field, the file as a whole in the language', () => {
    const e: FieldError = {
      field: '(file)',
      message: 'not valid JSON: x',
      code: 'file.json',
      params: { detail: 'x' },
    };
    expect(fieldErrorLine('en', e)).toBe('(file): not valid JSON: x');
    expect(fieldErrorLine('ru', e)).toBe('(файл): это не JSON: x');
    expect(fieldLabel('ru', 'W[1][0]')).toBe('W[1][0]');
  });

  it('an error without a known code keeps its English message', () => {
    const e: FieldError = { field: 'x', message: 'something', code: 'no.such' };
    expect(fieldErrorText('ru', e)).toBe('something');
    expect(fieldErrorText('ru', { field: 'x', message: 'plain' })).toBe('plain');
  });

  it('every code has a text in every language, complete for empty params too', () => {
    for (const code of FIELD_ERROR_CODES) {
      expect(typeof ru(code)).toBe('string');
      expect(ru(code), code).not.toMatch(/\{[A-Za-z]+(:sub)?\}|undefined/);
      expect(placeholders(t('ru', 'errors', code)), code).toEqual(
        placeholders(t('en', 'errors', code)),
      );
    }
  });

  it('found values and Russian plurals', () => {
    expect(foundParams('x'.repeat(30))).toEqual({
      foundKind: 'string',
      found: `${'x'.repeat(21)}…`,
    });
    expect(foundParams([1, 2])).toEqual({ foundKind: 'array', found: 2 });
    expect(foundParams([])).toEqual({ foundKind: 'emptyArray', found: 0 });
    expect(foundParams(undefined)).toEqual({ foundKind: 'nothing', found: '' });
    const p = (n: number) => pickPlural('ru', n, { one: 'число', few: 'числа', other: 'чисел' });
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111].map(p)).toEqual([
      'число',
      'числа',
      'чисел',
      'чисел',
      'чисел',
      'число',
      'числа',
      'чисел',
      'чисел',
    ]);
    const row = ru('matrix.row', { matrix: 'W', n: 3, foundKind: 'array', found: 1 });
    // Typeset: a no-break space between a number and what it counts (typeset.ts).
    expect(row).toBe('ожидалась строка из 3\u00a0чисел, найдено: массив из 1\u00a0элемента');
    expect(ru('matrix.row', { matrix: 'W', n: 21, foundKind: 'array', found: 11 })).toBe(
      'ожидалась строка из 21\u00a0числа, найдено: массив из 11\u00a0элементов',
    );
    expect(ru('matrix.rowLength', { matrix: 'W', expected: 22, found: 2 })).toBe(
      'ожидалось 22\u00a0числа (как в\u00a0W[0]: все строки одной длины), найдено 2',
    );
  });
});
