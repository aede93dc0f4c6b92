// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultModel, randomModel } from '../../../src/model';
import {
  modelToJson,
  parseModel,
  parseModelText,
  type ModelJson,
} from '../../../src/model/io/parse';
import type { FieldError } from '../../../src/model/io/types';

/** A valid file: H = 2, D = 3, K = 2, T = 3. */
function good(): Record<string, unknown> {
  return {
    activation: 'tanh',
    U: [
      [0.1, 0.2, 0.3],
      [-0.1, 0, 0.5],
    ],
    W: [
      [0.5, -0.25],
      [0.75, 1],
    ],
    V: [
      [1, -1],
      [0.5, 2],
    ],
    inputs: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    targets: [1, 0, 1],
  };
}

function errorsOf(json: unknown): readonly FieldError[] {
  const r = parseModel(json);
  if (r.ok) throw new Error('expected the model to be rejected');
  return r.errors;
}

/** The one error for `field`; fails when there is none or several. */
function errorFor(json: unknown, field: string): string {
  const errs = errorsOf(json).filter((e) => e.field === field);
  expect(errs, `errors for ${field}`).toHaveLength(1);
  return errs[0].message;
}

describe('parseModel: valid files', () => {
  it('reads every field into float64 matrices', () => {
    const r = parseModel({ ...good(), initialState: [0.5, -0.5], truncate: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.model;
    expect(m.activation).toBe('tanh');
    expect([m.U.rows, m.U.cols, m.W.rows, m.W.cols, m.V.rows, m.V.cols]).toEqual([
      2, 3, 2, 2, 2, 2,
    ]);
    expect([m.inputs.rows, m.inputs.cols]).toEqual([3, 3]);
    expect(m.U.data).toBeInstanceOf(Float64Array);
    expect(Array.from(m.U.data)).toEqual([0.1, 0.2, 0.3, -0.1, 0, 0.5]);
    expect(Array.from(m.W.data)).toEqual([0.5, -0.25, 0.75, 1]);
    expect(m.targets).toEqual([1, 0, 1]);
    expect(Array.from(m.initialState)).toEqual([0.5, -0.5]);
    expect(m.truncate).toBe(1);
  });

  it('defaults: zero initial state, full BPTT (truncate absent or null)', () => {
    for (const extra of [{}, { truncate: null }]) {
      const r = parseModel({ ...good(), ...extra });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(Array.from(r.model.initialState)).toEqual([0, 0]);
      expect(r.model.truncate).toBeNull();
    }
  });

  it('accepts every activation, real-valued inputs, truncate 0, and the limits themselves', () => {
    for (const activation of ['tanh', 'relu', 'sigmoid', 'linear']) {
      expect(parseModel({ ...good(), activation }).ok).toBe(true);
    }
    expect(
      parseModel({
        ...good(),
        inputs: [
          [0.3, -2, 7.5],
          [1e-300, 0, 1],
          [0, 0, 0],
        ],
      }).ok,
    ).toBe(true);
    expect(parseModel({ ...good(), truncate: 0 }).ok).toBe(true);
    const big = modelToJson(randomModel({ seed: 3, T: 256, H: 128, D: 4, K: 3 }));
    expect(parseModel(big).ok).toBe(true);
  });

  it('round-trips through modelToJson (bit for bit)', () => {
    const models = [
      defaultModel(7),
      randomModel({ seed: 2, T: 5, H: 4, D: 3, K: 6, activation: 'relu', inputs: 'real' }),
      {
        ...randomModel({ seed: 9, T: 3, H: 2, D: 2, K: 2, randomInitialState: true }),
        truncate: 0,
      },
    ];
    for (const m of models) {
      const text = JSON.stringify(modelToJson(m));
      const r = parseModelText(text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.model.activation).toBe(m.activation);
      for (const p of ['U', 'W', 'V', 'inputs'] as const) {
        expect(r.model[p].rows).toBe(m[p].rows);
        expect(Array.from(r.model[p].data)).toEqual(Array.from(m[p].data));
      }
      expect(r.model.targets).toEqual(m.targets);
      expect(Array.from(r.model.initialState)).toEqual(Array.from(m.initialState));
      expect(r.model.truncate).toBe(m.truncate);
    }
  });

  it('modelToJson writes initialState only when non-zero and truncate only when set', () => {
    const json: ModelJson = modelToJson(defaultModel());
    expect(Object.keys(json)).toEqual(['activation', 'U', 'W', 'V', 'inputs', 'targets']);
    const m = randomModel({ seed: 1, T: 2, H: 2, D: 2, K: 2, randomInitialState: true });
    const json2 = modelToJson({ ...m, truncate: 3 });
    expect(json2.initialState).toEqual(Array.from(m.initialState));
    expect(json2.truncate).toBe(3);
  });
});

describe('parseModel: errors name the field, the expectation and what was found', () => {
  it('the examples of the issue', () => {
    const json = good();
    json.U = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    json.W = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    json.V = [
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ];
    json.targets = [0, 7, 2];
    // H = 3 (U, V agree), so W must be 3×3; K = 4.
    expect(errorFor(json, 'W')).toBe('expected 3×3 (H×H), found 3×2');
    expect(errorFor(json, 'targets[1]')).toBe('7 is not a class index in [0, 4)');
  });

  it('a shape mismatch blames the field that disagrees with the others', () => {
    const json = good();
    json.U = [[0.1, 0.2, 0.3]]; // 1×3 while W, V say H = 2
    expect(errorFor(json, 'U')).toBe('expected 2×3 (H×D), found 1×3');
    expect(errorsOf(json).map((e) => e.field)).toEqual(['U']);

    const j2 = good();
    j2.V = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(errorFor(j2, 'V')).toBe('expected 2×2 (K×H), found 2×3');

    const j3 = good();
    j3.inputs = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    expect(errorFor(j3, 'inputs')).toBe('expected 3×3 (T×D), found 3×2');

    const j4 = good();
    j4.targets = [1, 0];
    expect(errorFor(j4, 'targets')).toBe('expected 3 entries (T, one per input), found 2');

    const j5 = { ...good(), initialState: [1, 2, 3] };
    expect(errorFor(j5, 'initialState')).toBe('expected 2 numbers (H), found 3');
  });

  it('unknown keys, naming the key and suggesting the likely one', () => {
    const json: Record<string, unknown> = { ...good(), activaton: 'relu' };
    const msg = errorFor(json, 'activaton');
    expect(msg).toMatch(/^unknown key; did you mean "activation"\?/);
    expect(errorFor({ ...good(), bias: [1, 2] }, 'bias')).toMatch(/^unknown key \(allowed: /);
    expect(errorFor({ ...good(), initial_state: [0, 0] }, 'initial_state')).toMatch(
      /did you mean "initialState"/,
    );
  });

  it('missing required keys', () => {
    for (const key of ['activation', 'U', 'W', 'V', 'inputs', 'targets']) {
      const json = good();
      delete json[key];
      expect(errorFor(json, key)).toMatch(/^missing; expected /);
    }
  });

  it('a wrong activation', () => {
    expect(errorFor({ ...good(), activation: 'Tanh' }, 'activation')).toBe(
      'expected one of "tanh", "relu", "sigmoid", "linear", found the string "Tanh"',
    );
    expect(errorFor({ ...good(), activation: 3 }, 'activation')).toMatch(/found 3$/);
  });

  it('non-finite numbers (1e400 parses as Infinity), NaN, and non-numbers', () => {
    const text = JSON.stringify(good()).replace('0.75', '1e400');
    const r = parseModelText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject([
      {
        field: 'W[1][0]',
        message: 'expected a finite number, found Infinity (too large for float64)',
      },
    ]);
    const json = good();
    (json.U as unknown[][])[1][2] = '0.5';
    (json.V as unknown[][])[0][1] = null;
    (json.inputs as unknown[][])[2][0] = NaN;
    expect(errorFor(json, 'U[1][2]')).toBe('expected a number, found the string "0.5"');
    expect(errorFor(json, 'V[0][1]')).toBe('expected a number, found null');
    expect(errorFor(json, 'inputs[2][0]')).toBe('expected a finite number, found NaN');
    expect(errorFor({ ...good(), initialState: [0, -Infinity] }, 'initialState[1]')).toMatch(
      /found -Infinity/,
    );
  });

  it('ragged rows and rows that are not arrays', () => {
    const json = good();
    json.U = [[0.1, 0.2, 0.3], [0.4]];
    expect(errorFor(json, 'U[1]')).toBe(
      'expected 3 numbers (the length of U[0]; rows must all have the same length), found 1',
    );
    const j2 = good();
    j2.W = [[1, 2], 3];
    expect(errorFor(j2, 'W[1]')).toBe('expected a row of 2 numbers, found 3');
    const j3 = good();
    j3.V = { 0: [1, 2] };
    expect(errorFor(j3, 'V')).toMatch(
      /^expected an array of rows \(number\[K\]\[H\].*found an object$/,
    );
  });

  it('T = 0, H = 0 and empty rows', () => {
    expect(errorFor({ ...good(), inputs: [], targets: [] }, 'inputs')).toBe(
      'expected at least one row (T ≥ 1), found an empty array (T = 0)',
    );
    expect(errorFor({ ...good(), inputs: [], targets: [] }, 'targets')).toBe(
      'expected at least one target (T ≥ 1), found an empty array',
    );
    expect(errorFor({ ...good(), U: [] }, 'U')).toMatch(/found an empty array \(H = 0\)$/);
    expect(errorFor({ ...good(), U: [[], []] }, 'U[0]')).toMatch(/found an empty row$/);
  });

  it('targets: non-integers, negatives, out of range, non-numbers', () => {
    expect(errorFor({ ...good(), targets: [1, 0.5, 1] }, 'targets[1]')).toBe(
      'expected an integer class index, found 0.5',
    );
    expect(errorFor({ ...good(), targets: [1, 0, -1] }, 'targets[2]')).toBe(
      '-1 is not a class index in [0, 2)',
    );
    expect(errorFor({ ...good(), targets: [2, 0, 1] }, 'targets[0]')).toBe(
      '2 is not a class index in [0, 2)',
    );
    expect(errorFor({ ...good(), targets: ['1', 0, 1] }, 'targets[0]')).toBe(
      'expected a class index in [0, 2), found the string "1"',
    );
    expect(errorFor({ ...good(), targets: 1 }, 'targets')).toMatch(/found 1$/);
  });

  it('truncate: an integer ≥ 0', () => {
    for (const bad of [-1, 1.5, '2', true, [1]]) {
      expect(errorFor({ ...good(), truncate: bad }, 'truncate')).toMatch(
        /^expected an integer ≥ 0 .*found /,
      );
    }
  });

  it('limits name the limit', () => {
    const longT = randomModel({ seed: 1, T: 257, H: 2, D: 3, K: 2 });
    const json = { ...good(), ...modelToJson(longT), W: good().W, U: good().U, V: good().V };
    expect(errorFor(json, 'inputs')).toBe(
      '257 rows: T = 257 exceeds the limit T ≤ 256 (time steps)',
    );
    expect(errorFor(json, 'targets')).toBe(
      '257 targets: T = 257 exceeds the limit T ≤ 256 (time steps)',
    );
    const wide = modelToJson(randomModel({ seed: 1, T: 2, H: 129, D: 2, K: 2 }));
    expect(errorFor(wide, 'U')).toBe('129 rows: H = 129 exceeds the limit H ≤ 128 (hidden units)');
    expect(errorFor(wide, 'W')).toMatch(/H = 129 exceeds the limit H ≤ 128/);
    const manyInputs = modelToJson(randomModel({ seed: 1, T: 2, H: 2, D: 257, K: 2 }));
    expect(errorFor(manyInputs, 'U')).toBe(
      'rows of 257 numbers: D = 257 exceeds the limit D ≤ 256 (input entries)',
    );
    const manyClasses = modelToJson(randomModel({ seed: 1, T: 2, H: 2, D: 2, K: 257 }));
    expect(errorFor(manyClasses, 'V')).toBe(
      '257 rows: K = 257 exceeds the limit K ≤ 256 (output classes)',
    );
  });

  it('collects several errors at once, in the order of the keys', () => {
    const json: Record<string, unknown> = {
      ...good(),
      activation: 'softplus',
      W: [[1, 2], [3]],
      targets: [0, 9, 1],
      truncate: -2,
    };
    expect(errorsOf(json).map((e) => e.field)).toEqual([
      'activation',
      'W[1]',
      'targets[1]',
      'truncate',
    ]);
  });

  it('caps the entries listed for one field', () => {
    const json = good();
    json.inputs = Array.from({ length: 3 }, () => ['a', 'b', 'c']);
    const errs = errorsOf(json).filter((e) => e.field.startsWith('inputs'));
    expect(errs).toHaveLength(6);
    expect(errs[5]).toMatchObject({
      field: 'inputs',
      message: '4 more invalid entries not listed',
    });
  });

  it('the file itself: not an object, empty, not JSON', () => {
    for (const v of [null, [good()], 'model', 42]) {
      expect(errorFor(v, '(file)')).toMatch(/^expected a JSON object with the keys activation, /);
    }
    const empty = parseModelText('  \n');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors[0].field).toBe('(file)');
    const broken = parseModelText('{"activation": "tanh",');
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.errors).toHaveLength(1);
      expect(broken.errors[0].field).toBe('(file)');
      expect(broken.errors[0].message).toMatch(/^not valid JSON: /);
    }
    // A byte-order mark is not an error.
    expect(parseModelText('\ufeff' + JSON.stringify(good())).ok).toBe(true);
  });
});
