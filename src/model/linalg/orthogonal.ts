/**
 * An orthogonal matrix made from a square one: the Q of its QR factorisation by modified
 * Gram–Schmidt (columns in order, each made orthogonal to the ones before and of unit length). A
 * column that is (numerically) a combination of the earlier ones is replaced by the first basis
 * vector not yet in their span, so the result is orthogonal for every input, zero included.
 * Every singular value of the result is 1: what orthogonal initialisation gives a recurrent W.
 */
import { mat, type Mat } from './mat';

export function orthogonalFactor(m: Mat): Mat {
  const n = m.rows;
  if (m.cols !== n)
    throw new RangeError(`orthogonalFactor needs a square matrix, not ${n}×${m.cols}`);
  const cols: Float64Array[] = [];
  const scaleOf = Math.max(1e-300, ...Array.from(m.data, Math.abs));
  /** v made orthogonal to the columns so far (twice, for accuracy); null when nothing is left. */
  const orthogonalize = (v: Float64Array, tol: number): Float64Array | null => {
    for (let pass = 0; pass < 2; pass++) {
      for (const q of cols) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += q[i] * v[i];
        for (let i = 0; i < n; i++) v[i] -= dot * q[i];
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += v[i] * v[i];
    norm = Math.sqrt(norm);
    if (!(norm > tol)) return null;
    for (let i = 0; i < n; i++) v[i] /= norm;
    return v;
  };
  let basis = 0;
  for (let j = 0; j < n; j++) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = m.data[i * n + j] / scaleOf;
    let q = orthogonalize(v, 1e-10);
    while (!q && basis < n) {
      const e = new Float64Array(n);
      e[basis++] = 1;
      q = orthogonalize(e, 1e-6);
    }
    if (!q) throw new Error('orthogonalFactor: no basis vector left (cannot happen)');
    cols.push(q);
  }
  const out = mat(n, n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) out.data[i * n + j] = cols[j][i];
  return out;
}
