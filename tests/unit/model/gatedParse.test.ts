// @vitest-environment node
/**
 * Gated model files (math.md §8): validation as strict as the vanilla cell's, every error naming
 * its field; the file round trip; and the `bptt` command on them.
 */
import { describe, expect, it } from 'vitest';
import { CELL_KINDS, randomModel, type AnyModel, type FieldError } from '../../../src/model';
import { modelToJson, parseModel } from '../../../src/model/io/parse';
import { runBptt } from '../../../src/cli/bpttCommand';
import { fieldErrorText } from '../../../src/i18n';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = Record<string, unknown>;
const gated = (cell: 'gru' | 'lstm', extra: Partial<Parameters<typeof randomModel>[0]> = {}) =>
  randomModel({ seed: 5, T: 4, H: 3, D: 2, K: 3, cell, ...extra });
const fileOf = (m: AnyModel) => JSON.parse(JSON.stringify(modelToJson(m))) as Json;
const parse = (json: unknown) => parseModel(json, { cells: CELL_KINDS });
const errorsOf = (json: unknown): readonly FieldError[] => {
  const r = parse(json);
  return r.ok ? [] : r.errors;
};
/** The fields and codes of a file's errors, "field code". */
const problems = (json: unknown) => errorsOf(json).map((e) => `${e.field} ${e.code}`);

describe('gated model files', () => {
  it('round-trip through modelToJson, with and without biases, initial state and cell', () => {
    for (const cell of ['gru', 'lstm'] as const) {
      for (const extra of [
        {},
        { biases: 'random', randomInitialState: true, truncate: 2 },
        { biases: 'forget1' },
      ] as const) {
        const m = gated(cell, extra);
        const json = fileOf(m);
        expect(json.cell).toBe(cell);
        expect('activation' in json).toBe(false);
        expect('b' in json).toBe(extra.biases !== undefined);
        expect('initialCell' in json).toBe(cell === 'lstm' && 'randomInitialState' in extra);
        const back = parse(json);
        expect(back.ok, JSON.stringify(back)).toBe(true);
        if (back.ok) {
          expect(fileOf(back.model)).toEqual(json);
          expect(back.model).toEqual(m);
        }
      }
    }
  });

  it('are refused by default (the app shows the vanilla cell only), naming `cell`', () => {
    const r = parseModel(fileOf(gated('gru')));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => `${e.field} ${e.code}`)).toEqual(['cell cell.unsupported']);
  });

  it('name every field that is wrong', () => {
    const gru = fileOf(gated('gru', { biases: 'random' }));
    const lstm = fileOf(gated('lstm'));
    const U = gru.U as Json;
    const b = gru.b as Json;
    expect(problems({ ...gru, activation: 'tanh' })).toEqual(['activation key.notForCell']);
    expect(errorsOf({ ...gru, activation: 'tanh' })[0].message).toMatch(/belongs to rnn only/);
    expect(problems({ ...gru, initialCell: [0, 0, 0] })).toEqual(['initialCell key.notForCell']);
    expect(problems({ ...lstm, initialCell: [0, 0] })).toEqual(['initialCell vector.length']);
    expect(problems({ ...gru, U: { ...U, q: [[0, 0]] } })).toEqual(['U.q gate.unknown']);
    expect(errorsOf({ ...gru, U: { ...U, q: [[0, 0]] } })[0].message).not.toMatch(/did you mean/);
    expect(errorsOf({ ...gru, U: { ...U, Z: U.z, z: undefined } })[0].message).toMatch(
      /did you mean "z"/,
    );
    expect(errorsOf({ ...gru, U: { ...U, zz: [[0, 0]] } })[0].message).toMatch(/did you mean "z"/);
    expect(problems({ ...gru, U: { z: U.z, r: U.r } })).toEqual(['U.h gate.missing']);
    expect(problems({ ...gru, b: { ...b, h: undefined } })).toEqual(['b.h gate.missing']);
    expect(problems({ ...gru, b: { ...b, r: [1, 2] } })).toEqual(['b.r vector.length']);
    expect(problems({ ...gru, b: { ...b, r: [1, 'x', 2] } })).toEqual(['b.r[1] number.type']);
    expect(problems({ ...gru, b: [1, 2, 3] })).toEqual(['b gates.notObject']);
    expect(problems({ ...gru, W: [[0]] })).toEqual(['W gates.notObject']);
    expect(problems({ ...gru, U: undefined })).toEqual(['U key.missingGates']);
    expect(problems({ ...gru, W: { ...(gru.W as Json), h: [[0, 0]] } })).toEqual([
      'W.h matrix.shape',
    ]);
    expect(problems({ ...gru, U: { ...U, r: [[0, 0, 0]] } })).toContain('U.r matrix.shape');
    expect(problems({ ...gru, U: { ...U, r: [[0, NaN]] } })[0]).toMatch(/^U\.r\[0\]\[1\] /);
    // Russian names the gate's matrix from the catalog.
    const lstmU = lstm.U as Json;
    const e = errorsOf({ ...lstm, U: { ...lstmU, f: 'no' } });
    expect(e.map((x) => `${x.field} ${x.code}`)).toEqual(['U.f matrix.notArray']);
    expect(e[0].message).toMatch(/the input weights of the forget gate f/);
    expect(fieldErrorText('ru', e[0])).toMatch(/входные веса вентиля забывания f/);
    // The vanilla cell's file may not carry a gated cell's keys.
    const rnn = fileOf(randomModel({ seed: 1, T: 2, H: 2, D: 2, K: 2 }));
    expect(problems({ ...rnn, b: {} })).toEqual(['b key.notForCell']);
    expect(problems({ ...rnn, initialCell: [0, 0] })).toEqual(['initialCell key.notForCell']);
  });
});

describe('`bptt` on gated model files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bptt-gated-'));
  const write = (name: string, json: unknown) => {
    const f = join(dir, name);
    writeFileSync(f, JSON.stringify(json));
    return f;
  };

  it('prints gates, cells, gate-keyed gradients and terms', () => {
    const m = gated('lstm', { biases: 'forget1', randomInitialState: true, truncate: 1 });
    const r = runBptt([write('lstm.json', fileOf(m)), '--terms']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Json;
    expect(out.cell).toBe('lstm');
    expect(Object.keys(out.gates as Json)).toEqual(['i', 'f', 'g', 'o']);
    expect((out.cells as number[][]).length).toBe(4);
    const g = out.gradients as Record<string, Json>;
    expect(Object.keys(g)).toEqual(['U', 'W', 'b', 'V']);
    expect((g.b.f as number[]).length).toBe(3);
    expect(Object.keys(out.terms as Json)).toEqual(['U', 'W']);
    expect('fullGradients' in out).toBe(true);
    const jac = out.jacobian as Json;
    expect(jac.sigmaW).toBeNull();
    expect((jac.productNorm as number[]).length).toBe(4);
    expect(jac.directGate).toBe('f');
    const f = (out.gates as Record<string, number[][]>).f;
    const norms = jac.directPathNorm as number[];
    expect(norms[3]).toBe(1);
    expect(norms[2]).toBeCloseTo(Math.max(...f[3].map(Math.abs)), 14);
  });

  it('refuses a bad gated file with the field named', () => {
    const json = { ...fileOf(gated('gru')), activation: 'tanh' };
    const r = runBptt([write('bad.json', json)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/activation: not a key of the gru cell/);
  });
});
