// @vitest-environment node
/**
 * The reference results in ../shared/reference (beside the repository), computed independently
 * with PyTorch autograd in float64: every number must match to |a − e| ≤ 1e−9·max(1, |e|).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseModelText } from '../../../src/model/io/parse';
import { computeResults } from '../../../src/model/io/results';

/** <repo>/../shared/reference: tests/unit/model → four levels up is the repository's parent. */
const REFERENCE_DIR = fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));
const present = existsSync(REFERENCE_DIR);
const names = present
  ? readdirSync(REFERENCE_DIR)
      .filter((f) => f.endsWith('.model.json'))
      .map((f) => f.slice(0, -'.model.json'.length))
      .sort()
  : [];

/** Walks expected and actual together; returns every mismatch (at most 10) as "path: a vs e". */
function compare(actual: unknown, expected: unknown, path: string, out: string[]): void {
  if (out.length >= 10) return;
  if (typeof expected === 'number') {
    const ok =
      typeof actual === 'number' &&
      Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    if (!ok) out.push(`${path}: ${String(actual)} vs ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push(
        `${path}: length ${Array.isArray(actual) ? actual.length : 'none'} vs ${expected.length}`,
      );
      return;
    }
    expected.forEach((e, i) => compare(actual[i], e, `${path}[${i}]`, out));
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) {
      out.push(`${path}: missing`);
      return;
    }
    for (const [k, e] of Object.entries(expected)) {
      compare((actual as Record<string, unknown>)[k], e, path ? `${path}.${k}` : k, out);
    }
    return;
  }
  if (actual !== expected) out.push(`${path}: ${String(actual)} vs ${String(expected)}`);
}

describe.skipIf(!present)(`reference results (${REFERENCE_DIR})`, () => {
  it('the folder holds model/results pairs', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(existsSync(`${REFERENCE_DIR}${n}.results.json`)).toBe(true);
  });

  for (const name of names) {
    it(`${name}: loss, states, outputs, gradients and every term match to 1e−9`, () => {
      const parsed = parseModelText(readFileSync(`${REFERENCE_DIR}${name}.model.json`, 'utf8'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const expected = JSON.parse(readFileSync(`${REFERENCE_DIR}${name}.results.json`, 'utf8'));
      const actual = computeResults(parsed.model, { terms: true });
      for (const key of ['loss', 'states', 'outputs', 'gradients', 'terms']) {
        expect(expected, `the reference has ${key}`).toHaveProperty(key);
      }
      const problems: string[] = [];
      compare(actual, expected, '', problems);
      expect(problems).toEqual([]);
    });
  }
});

it.runIf(!present)('reference results: skipped', () => {
  console.warn(
    `Reference results not found at ${REFERENCE_DIR} (expected ../shared/reference beside the ` +
      'repository); the PyTorch cross-check is skipped.',
  );
});
