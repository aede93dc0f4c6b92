import { describe, expect, it } from 'vitest';
import { forward, fromRows, frobenius, randomModel, targetTerms } from '../../../src/model';
import { gradLhs, truncatedLhs } from '../../../src/lesson/formulas';
import {
  compareParts,
  gradientParts,
  matParts,
  partsShape,
  partsTex,
} from '../../../src/lesson/liveValue';
import { compareTex, gradientTex, matTex } from '../../../src/lesson/tex';

const small = fromRows([
  [0.5, -0.25],
  [1e-6, 3],
]);
const big = randomModel({ seed: 4, T: 4, H: 6, D: 3, K: 3 }).W;

describe('live value parts', () => {
  it('write the same TeX as gradientTex and compareTex', () => {
    for (const m of [small, big]) {
      for (const t of [0, 3, null]) {
        expect(partsTex(gradientParts(t, m))).toBe(gradientTex(t, m));
      }
      expect(partsTex(gradientParts(null, m, { truncated: true, n: 2 }))).toBe(
        `${truncatedLhs(null, 2, 'W')} = ${matTex(m)}`,
      );
    }
    const model = randomModel({ seed: 2, T: 5, H: 3, D: 3, K: 3 });
    const full = targetTerms(model, forward(model), 4).sumW;
    const cut = targetTerms({ ...model, truncate: 1 }, forward(model), 4).sumW;
    expect(partsTex(compareParts(full, cut, { t: 4, n: 1 }))).toBe(
      compareTex(full, cut, { t: 4, n: 1 }),
    );
    expect(partsTex(compareParts(big, big, { t: 2, n: 1 }))).toBe(
      compareTex(big, big, { t: 2, n: 1 }),
    );
  });

  it('keep the numbers apart from the TeX: a small matrix by entries, a large one by its norm', () => {
    expect(matParts(small)).toEqual([{ kind: 'mat', value: small }]);
    const parts = gradientParts(3, big);
    expect(parts[0]).toEqual({ kind: 'tex', tex: `${gradLhs(3, 'W')} =` });
    expect(parts.at(-1)).toEqual({ kind: 'num', value: frobenius(big) });
    // No number is written into the TeX parts.
    for (const p of parts) if (p.kind === 'tex') expect(p.tex).not.toMatch(/\d\.\d/);
  });

  it('have a shape that follows the symbols and sizes, not the numbers', () => {
    const a = fromRows([[1, 2]]);
    const b = fromRows([[-7, 0.5]]);
    expect(partsShape(gradientParts(1, a))).toBe(partsShape(gradientParts(1, b)));
    expect(partsShape(gradientParts(1, a))).not.toBe(partsShape(gradientParts(2, a)));
    expect(partsShape(gradientParts(1, a))).not.toBe(partsShape(gradientParts(1, small)));
  });
});
