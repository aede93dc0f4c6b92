// @vitest-environment node
/**
 * The reference results in tests/fixtures/reference, computed independently with PyTorch autograd
 * in float64 (scripts/reference/make_reference.py; see the README there).
 *
 * Every pair in the folder, vanilla and gated (GRU, LSTM; docs math §8): what the `bptt` command
 * prints with --terms (the command's own code path, runBptt) must hold every field of the results
 * file, with the same names and shapes, and every number must match to |a − e| ≤ 1e−9·max(1, |e|).
 * Each fixture is also checked for consistency on its own: every field shaped by the model's
 * sizes, the terms zero outside the truncation window and summing to the gradients, the outputs
 * and losses agreeing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBptt } from '../../../src/cli/bpttCommand';

const REFERENCE_DIR = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url));

const VANILLA = ['hello-tanh', 'relu-truncate1-s0'];
const GATED = ['gru-hello', 'lstm-bias-s0-c0-truncate1'];
const GATES: Record<string, readonly string[]> = {
  gru: ['z', 'r', 'h'],
  lstm: ['i', 'f', 'g', 'o'],
};

/** The fixture names: every NAME.model.json in the folder. */
const names = readdirSync(REFERENCE_DIR)
  .filter((f) => f.endsWith('.model.json'))
  .map((f) => f.slice(0, -'.model.json'.length))
  .sort();

type Json = Record<string, unknown>;
const readJson = (file: string): Json =>
  JSON.parse(readFileSync(`${REFERENCE_DIR}${file}`, 'utf8')) as Json;

const TOL = 1e-9;
const close = (a: unknown, e: number) =>
  typeof a === 'number' && Math.abs(a - e) <= TOL * Math.max(1, Math.abs(e));

/**
 * Walks expected and actual together; pushes every mismatch (at most 10) as "path: a vs e" and
 * returns how many numbers were compared.
 */
function compare(actual: unknown, expected: unknown, path: string, out: string[]): number {
  if (typeof expected === 'number') {
    if (!close(actual, expected) && out.length < 10) {
      out.push(`${path}: ${String(actual)} vs ${expected}`);
    }
    return 1;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      if (out.length < 10) {
        const n = Array.isArray(actual) ? actual.length : 'none';
        out.push(`${path}: length ${n} vs ${expected.length}`);
      }
      return 0;
    }
    return expected.reduce<number>((n, e, i) => n + compare(actual[i], e, `${path}[${i}]`, out), 0);
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      if (out.length < 10) out.push(`${path}: missing`);
      return 0;
    }
    let n = 0;
    for (const [k, e] of Object.entries(expected)) {
      n += compare((actual as Json)[k], e, path ? `${path}.${k}` : k, out);
    }
    return n;
  }
  if (actual !== expected && out.length < 10) {
    out.push(`${path}: ${String(actual)} vs ${String(expected)}`);
  }
  return 0;
}

/** How many numbers a JSON value holds. */
function countNumbers(v: unknown): number {
  if (typeof v === 'number') return 1;
  if (Array.isArray(v)) return v.reduce<number>((n, x) => n + countNumbers(x), 0);
  if (typeof v === 'object' && v !== null) {
    return Object.values(v).reduce<number>((n, x) => n + countNumbers(x), 0);
  }
  return 0;
}

/** Asserts a finite-number vector of length n. */
function expectVector(v: unknown, n: number, what: string): asserts v is number[] {
  expect(Array.isArray(v), `${what} is an array`).toBe(true);
  expect((v as unknown[]).length, `${what}: length`).toBe(n);
  for (const x of v as unknown[]) {
    expect(typeof x === 'number' && Number.isFinite(x), `${what}: finite numbers`).toBe(true);
  }
}

/** Asserts a rows×cols matrix of finite numbers. */
function expectMatrix(
  m: unknown,
  rows: number,
  cols: number,
  what: string,
): asserts m is number[][] {
  expect(Array.isArray(m), `${what} is an array`).toBe(true);
  expect((m as unknown[]).length, `${what}: rows`).toBe(rows);
  (m as unknown[]).forEach((r, i) => expectVector(r, cols, `${what}[${i}]`));
}

/** Asserts an object keyed exactly by `keys`. */
function expectKeyed(o: unknown, keys: readonly string[], what: string): asserts o is Json {
  expect(typeof o === 'object' && o !== null && !Array.isArray(o), `${what} is an object`).toBe(
    true,
  );
  expect(Object.keys(o as Json).sort(), `${what}: keys`).toEqual([...keys].sort());
}

interface Sizes {
  T: number;
  H: number;
  D: number;
  K: number;
  /** null for the vanilla cell; the gate names for a gated one. */
  gates: readonly string[] | null;
  truncate: number | null;
}

/** The sizes a model file implies, after checking its own shapes. */
function modelSizes(model: Json): Sizes {
  const cell = (model.cell as string | undefined) ?? 'rnn';
  const gates = cell === 'rnn' ? null : GATES[cell];
  expect(gates, `cell "${cell}" is rnn, gru or lstm`).toBeDefined();
  const V = model.V as number[][];
  const K = V.length;
  const H = V[0].length;
  const inputs = model.inputs as number[][];
  const T = inputs.length;
  const D = inputs[0].length;
  expectMatrix(V, K, H, 'V');
  expectMatrix(inputs, T, D, 'inputs');
  expectVector(model.targets, T, 'targets');
  for (const y of model.targets as number[])
    expect(Number.isInteger(y) && y >= 0 && y < K).toBe(true);
  const keys = ['U', 'W', 'V', 'inputs', 'targets'];
  if (gates) {
    keys.push('cell');
    expectKeyed(model.U, gates, 'U');
    expectKeyed(model.W, gates, 'W');
    for (const g of gates) {
      expectMatrix(model.U[g], H, D, `U.${g}`);
      expectMatrix(model.W[g], H, H, `W.${g}`);
    }
    if ('b' in model) {
      keys.push('b');
      expectKeyed(model.b, gates, 'b');
      for (const g of gates) expectVector(model.b[g], H, `b.${g}`);
    }
    if (cell === 'lstm' && 'initialCell' in model) {
      keys.push('initialCell');
      expectVector(model.initialCell, H, 'initialCell');
    }
  } else {
    keys.push('activation');
    expect(['tanh', 'relu', 'sigmoid', 'linear']).toContain(model.activation);
    expectMatrix(model.U, H, D, 'U');
    expectMatrix(model.W, H, H, 'W');
  }
  if ('initialState' in model) {
    keys.push('initialState');
    expectVector(model.initialState, H, 'initialState');
  }
  let truncate: number | null = null;
  if ('truncate' in model) {
    keys.push('truncate');
    truncate = model.truncate as number;
    expect(Number.isInteger(truncate) && truncate >= 0, 'truncate ≥ 0').toBe(true);
  }
  expect(Object.keys(model).sort(), 'the model file holds only its own keys').toEqual(keys.sort());
  return { T, H, D, K, gates, truncate };
}

/**
 * Terms shaped [t][k] for k = 0…t, each rows×cols, zero outside the window
 * k ∈ [max(0, t − n), t], summing over t and k to the gradient.
 */
function expectTerms(
  terms: unknown,
  gradient: number[][],
  s: Sizes,
  rows: number,
  cols: number,
  what: string,
): void {
  expect(Array.isArray(terms), `${what} is an array`).toBe(true);
  const tt = terms as unknown[][];
  expect(tt.length, `${what}: one entry per target`).toBe(s.T);
  const sum = gradient.map((r) => r.map(() => 0));
  tt.forEach((row, t) => {
    expect(row.length, `${what}[${t}]: k = 0…t`).toBe(t + 1);
    row.forEach((m, k) => {
      expectMatrix(m, rows, cols, `${what}[${t}][${k}]`);
      const inWindow = s.truncate === null || k >= t - s.truncate;
      m.forEach((r, i) =>
        r.forEach((x, j) => {
          if (!inWindow) expect(x, `${what}[${t}][${k}] is outside the window`).toBe(0);
          sum[i][j] += x;
        }),
      );
    });
  });
  const problems: string[] = [];
  compare(sum, gradient, `Σ ${what}`, problems);
  expect(problems, `${what} sum to the gradient`).toEqual([]);
}

/** Checks a results file against the sizes of its model: names, shapes and internal agreement. */
function expectConsistentResults(results: Json, model: Json, s: Sizes): void {
  const keys = ['loss', 'states', 'outputs', 'gradients', 'terms'];
  if (s.gates) keys.push('gates');
  if (s.gates?.includes('f')) keys.push('cells');
  expectKeyed(results, keys, 'results');

  expectKeyed(results.loss, ['perStep', 'total'], 'loss');
  const perStep = results.loss.perStep;
  expectVector(perStep, s.T, 'loss.perStep');
  const sumE = perStep.reduce((a, b) => a + b, 0);
  expect(close(results.loss.total, sumE), 'loss.total = Σ E_t').toBe(true);
  expectMatrix(results.states, s.T, s.H, 'states');
  expectMatrix(results.outputs, s.T, s.K, 'outputs');
  const targets = model.targets as number[];
  results.outputs.forEach((y, t) => {
    expect(
      close(
        y.reduce((a, b) => a + b, 0),
        1,
      ),
      `outputs[${t}] sums to 1`,
    ).toBe(true);
    expect(close(-Math.log(y[targets[t]]), perStep[t]), `E_${t} = −log ŷ[y]`).toBe(true);
  });

  const gradKeys = s.gates ? ['U', 'W', 'b', 'V'] : ['U', 'W', 'V'];
  expectKeyed(results.gradients, gradKeys, 'gradients');
  const grads = results.gradients;
  expectMatrix(grads.V, s.K, s.H, 'gradients.V');
  expectKeyed(results.terms, ['U', 'W'], 'terms');
  const terms = results.terms;

  if (!s.gates) {
    expectMatrix(grads.U, s.H, s.D, 'gradients.U');
    expectMatrix(grads.W, s.H, s.H, 'gradients.W');
    expectTerms(terms.U, grads.U, s, s.H, s.D, 'terms.U');
    expectTerms(terms.W, grads.W, s, s.H, s.H, 'terms.W');
    return;
  }
  expectKeyed(results.gates, s.gates, 'gates');
  for (const g of s.gates) expectMatrix(results.gates[g], s.T, s.H, `gates.${g}`);
  if (keys.includes('cells')) expectMatrix(results.cells, s.T, s.H, 'cells');
  for (const p of ['U', 'W', 'b'] as const) {
    expectKeyed(grads[p], s.gates, `gradients.${p}`);
  }
  expectKeyed(terms.U, s.gates, 'terms.U');
  expectKeyed(terms.W, s.gates, 'terms.W');
  for (const g of s.gates) {
    const gU = (grads.U as Json)[g];
    const gW = (grads.W as Json)[g];
    expectMatrix(gU, s.H, s.D, `gradients.U.${g}`);
    expectMatrix(gW, s.H, s.H, `gradients.W.${g}`);
    expectVector((grads.b as Json)[g], s.H, `gradients.b.${g}`);
    expectTerms((terms.U as Json)[g], gU, s, s.H, s.D, `terms.U.${g}`);
    expectTerms((terms.W as Json)[g], gW, s, s.H, s.H, `terms.W.${g}`);
  }
}

describe('reference results (tests/fixtures/reference)', () => {
  it('the folder holds the vanilla and gated pairs, and nothing else but its README', () => {
    expect(names).toEqual([...VANILLA, ...GATED].sort());
    const expectedFiles = names.flatMap((n) => [`${n}.model.json`, `${n}.results.json`]);
    expect(readdirSync(REFERENCE_DIR).sort()).toEqual([...expectedFiles, 'README.md'].sort());
  });

  for (const name of names) {
    it(`${name}: the results file is shaped by the model's sizes and agrees with itself`, () => {
      const model = readJson(`${name}.model.json`);
      const results = readJson(`${name}.results.json`);
      const s = modelSizes(model);
      expect(s.gates === null, `${name} is ${s.gates ? 'gated' : 'vanilla'}`).toBe(
        VANILLA.includes(name),
      );
      expectConsistentResults(results, model, s);
    });
  }

  it('the gated fixtures cover a GRU and an LSTM with biases, initial state and cell, truncation', () => {
    const gru = readJson('gru-hello.model.json');
    const lstm = readJson('lstm-bias-s0-c0-truncate1.model.json');
    expect(gru.cell).toBe('gru');
    expect(lstm.cell).toBe('lstm');
    for (const key of ['b', 'initialState', 'initialCell', 'truncate'])
      expect(lstm).toHaveProperty(key);
  });

  for (const name of names) {
    it(`${name}: \`bptt --terms\` prints every field and number of the reference to 1e−9`, () => {
      const r = runBptt([`${REFERENCE_DIR}${name}.model.json`, '--terms']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const actual = JSON.parse(r.stdout) as unknown;
      const expected = readJson(`${name}.results.json`);
      const problems: string[] = [];
      const compared = compare(actual, expected, '', problems);
      expect(problems).toEqual([]);
      expect(compared, 'every number of the reference was compared').toBe(countNumbers(expected));
      expect(compared).toBeGreaterThan(100);
    });
  }

  it('the comparison catches a number off by more than the tolerance, and a missing field', () => {
    const expected = readJson('hello-tanh.results.json');
    const bumped = structuredClone(expected) as { terms: { W: number[][][][] } };
    const e = bumped.terms.W[3][2][1][0];
    bumped.terms.W[3][2][1][0] = e + 2 * TOL * Math.max(1, Math.abs(e));
    const problems: string[] = [];
    compare(bumped, expected, '', problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^terms\.W\[3\]\[2\]\[1\]\[0\]: /);

    const missing: string[] = [];
    const { terms: _terms, ...withoutTerms } = expected;
    compare(withoutTerms, expected, '', missing);
    expect(missing).toEqual(['terms: missing']);
  });
});
