/**
 * Test helpers for the numeric core: random-model generators for fast-check and small independent
 * implementations (matrix product, σ_max by Jacobi) to check the core against.
 */
import fc from 'fast-check';
import {
  ACTIVATIONS,
  randomModel,
  type Activation,
  type Mat,
  type RnnModel,
} from '../../../src/model';

export interface ModelSpec {
  seed: number;
  T: number;
  H: number;
  D: number;
  K: number;
  activation: Activation;
  inputs: 'onehot' | 'real';
  randomInitialState: boolean;
  scale: number;
}

/** Random model specifications within the given size ranges (inclusive). */
export function modelSpecArb(
  sizes: {
    T?: [number, number];
    H?: [number, number];
    D?: [number, number];
    K?: [number, number];
  } = {},
  opts: { initialState?: 'random' | 'zero' | 'any'; activation?: Activation } = {},
): fc.Arbitrary<ModelSpec> {
  const int = ([min, max]: [number, number]) => fc.integer({ min, max });
  const init = opts.initialState ?? 'any';
  return fc.record({
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    T: int(sizes.T ?? [1, 6]),
    H: int(sizes.H ?? [1, 5]),
    D: int(sizes.D ?? [1, 4]),
    K: int(sizes.K ?? [2, 4]),
    activation: opts.activation ? fc.constant(opts.activation) : fc.constantFrom(...ACTIVATIONS),
    inputs: fc.constantFrom<'onehot' | 'real'>('onehot', 'real'),
    randomInitialState: init === 'any' ? fc.boolean() : fc.constant(init === 'random'),
    scale: fc.double({ min: 0.5, max: 2, noNaN: true }),
  });
}

export function buildModel(spec: ModelSpec, truncate: number | null = null): RnnModel {
  return { ...randomModel(spec), truncate };
}

/** |a − e| ≤ tol·max(1, |e|) for every entry; returns the first failure as text, or null. */
export function mismatch(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tol: number,
  scale?: number,
): string | null {
  if (actual.length !== expected.length) return `length ${actual.length} vs ${expected.length}`;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const e = expected[i];
    const ref = Math.max(1, scale ?? Math.abs(e));
    if (!(Math.abs(a - e) <= tol * ref)) return `entry ${i}: ${a} vs ${e} (tolerance ${tol * ref})`;
  }
  return null;
}

/** a·b, by the textbook triple loop (independent of the core's linalg). */
export function mul(a: Mat, b: Mat): Mat {
  const out = new Float64Array(a.rows * b.cols);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < b.cols; j++) {
      let acc = 0;
      for (let k = 0; k < a.cols; k++) acc += a.data[i * a.cols + k] * b.data[k * b.cols + j];
      out[i * b.cols + j] = acc;
    }
  return { rows: a.rows, cols: b.cols, data: out };
}

export function transposed(a: Mat): Mat {
  const out = new Float64Array(a.rows * a.cols);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.cols; j++) out[j * a.rows + i] = a.data[i * a.cols + j];
  return { rows: a.cols, cols: a.rows, data: out };
}

/** The eigenvalues of a symmetric matrix by cyclic Jacobi rotations (classical, Golub–Van Loan 8.5). */
export function symmetricEigenvalues(sym: Mat): number[] {
  const n = sym.rows;
  const a = Array.from({ length: n }, (_, i) => Array.from(sym.data.subarray(i * n, (i + 1) * n)));
  for (let sweep = 0; sweep < 200; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = 0; q < n; q++) if (p !== q) off += a[p][q] ** 2;
    if (off < 1e-34) break;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const tau = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.hypot(1, tau));
        const c = 1 / Math.hypot(1, t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const kp = a[k][p];
          const kq = a[k][q];
          a[k][p] = c * kp - s * kq;
          a[k][q] = s * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const pk = a[p][k];
          const qk = a[q][k];
          a[p][k] = c * pk - s * qk;
          a[q][k] = s * pk + c * qk;
        }
      }
  }
  return a.map((r, i) => r[i]);
}

/** σ_max(m) = √λ_max(mᵀm), computed independently of the core. */
export function sigmaMaxRef(m: Mat): number {
  let big = 0;
  for (const x of m.data) big = Math.max(big, Math.abs(x));
  if (big === 0) return 0;
  const scaled: Mat = { rows: m.rows, cols: m.cols, data: m.data.map((x) => x / big) };
  const gram = mul(transposed(scaled), scaled);
  return big * Math.sqrt(Math.max(0, ...symmetricEigenvalues(gram)));
}

export function maxAbsOf(v: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
