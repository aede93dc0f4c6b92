/** Dense float64 matrices, row-major: construction, element-wise operations and norms. */

/** A dense row-major matrix: entry (i, j) is data[i * cols + j]. */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A rows×cols matrix; zeros unless `data` is given (it is used, not copied). */
export function mat(rows: number, cols: number, data?: Float64Array): Mat {
  const d = data ?? new Float64Array(rows * cols);
  if (d.length !== rows * cols)
    throw new RangeError(`mat: ${rows}×${cols} needs ${rows * cols} entries`);
  return { rows, cols, data: d };
}

export function fromRows(rows: readonly (readonly number[])[]): Mat {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0].length;
  const m = mat(r, c);
  for (let i = 0; i < r; i++) {
    if (rows[i].length !== c)
      throw new RangeError(`fromRows: row ${i} has ${rows[i].length} entries, expected ${c}`);
    for (let j = 0; j < c; j++) m.data[i * c + j] = rows[i][j];
  }
  return m;
}

export function toRows(m: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++)
    out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

export function get(m: Mat, i: number, j: number): number {
  return m.data[i * m.cols + j];
}

/** Row i as a copy. */
export function row(m: Mat, i: number): Float64Array {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

/** Row i as a view (no copy): for hot loops that only read. */
export function rowView(m: Mat, i: number): Float64Array {
  return m.data.subarray(i * m.cols, (i + 1) * m.cols);
}

/** Every row's view, by the matrix's entries (and width): made once per matrix, then reused. */
const rowsOf = new WeakMap<
  Float64Array,
  { readonly cols: number; readonly rows: Float64Array[] }
>();

/**
 * Row i as a view, the same object every time for the same matrix entries (rowView makes a new
 * view per call, an allocation the hot loops feel): for rows read step after step (a sweep's
 * operands, the previous states).
 */
export function sharedRow(m: Mat, i: number): Float64Array {
  // The last few matrices asked for first (a sweep alternates between two or three of them):
  // a WeakMap's lookup costs more than the view it saves.
  for (let q = 0; q < RECENT; q++)
    if (recentData[q] === m.data && recentCols[q] === m.cols) return recentRows[q][i];
  let hit = rowsOf.get(m.data);
  if (hit === undefined || hit.cols !== m.cols) {
    const rows: Float64Array[] = new Array<Float64Array>(m.rows);
    for (let r = 0; r < m.rows; r++) rows[r] = m.data.subarray(r * m.cols, (r + 1) * m.cols);
    hit = { cols: m.cols, rows };
    rowsOf.set(m.data, hit);
  }
  recentData[next] = m.data;
  recentCols[next] = m.cols;
  recentRows[next] = hit.rows;
  next = (next + 1) % RECENT;
  return hit.rows[i];
}

const RECENT = 4;
const recentData: (Float64Array | null)[] = new Array<Float64Array | null>(RECENT).fill(null);
const recentCols: number[] = new Array<number>(RECENT).fill(-1);
const recentRows: Float64Array[][] = new Array<Float64Array[]>(RECENT).fill([]);
let next = 0;

export function identity(n: number): Mat {
  const m = mat(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function cloneMat(m: Mat): Mat {
  return mat(m.rows, m.cols, m.data.slice());
}

/** acc += m */
export function addInto(acc: Mat, m: Mat): void {
  if (acc.rows !== m.rows || acc.cols !== m.cols) throw new RangeError('addInto: shapes differ');
  for (let i = 0; i < acc.data.length; i++) acc.data[i] += m.data[i];
}

export function add(a: Mat, b: Mat): Mat {
  const out = cloneMat(a);
  addInto(out, b);
  return out;
}

export function scale(m: Mat, c: number): Mat {
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < out.length; i++) out[i] = m.data[i] * c;
  return mat(m.rows, m.cols, out);
}

/** m / c, entry by entry (dividing, not multiplying by 1/c, which overflows for a subnormal c). */
export function divide(m: Mat, c: number): Mat {
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < out.length; i++) out[i] = m.data[i] / c;
  return mat(m.rows, m.cols, out);
}

export function transpose(m: Mat): Mat {
  const out = mat(m.cols, m.rows);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < m.cols; j++) out.data[j * m.rows + i] = m.data[i * m.cols + j];
  return out;
}

/** out = diag(d)·m, ∂s_j/∂s_{j−1} = diag(f′(z_j)) W for instance (row-major, m's shape). */
export function diagMulInto(d: ArrayLike<number>, m: Mat, out: Float64Array): Float64Array {
  const c = m.cols;
  const M = m.data;
  for (let i = 0; i < m.rows; i++) {
    const o = i * c;
    const di = d[i];
    for (let j = 0; j < c; j++) out[o + j] = di * M[o + j];
  }
  return out;
}

export function frobenius(m: Mat): number {
  return norm2(m.data);
}

/** Euclidean norm, scaled to avoid overflow and underflow when the plain sum of squares would. */
export function norm2(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  if (s > 1e-280 && s < 1e280) return Math.sqrt(s);
  let big = 0;
  for (let i = 0; i < v.length; i++) big = Math.max(big, Math.abs(v[i]));
  if (big === 0 || !Number.isFinite(big)) return big;
  s = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] / big;
    s += x * x;
  }
  return big * Math.sqrt(s);
}

export function maxAbs(m: Mat): number {
  const d = m.data;
  const n = d.length;
  let big = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(d[i]);
    // a > big, or a NaN, which is the answer.
    if (!(a <= big)) {
      if (Number.isNaN(a)) return a;
      big = a;
    }
  }
  return big;
}

export function isFiniteMat(m: Mat): boolean {
  for (let i = 0; i < m.data.length; i++) if (!Number.isFinite(m.data[i])) return false;
  return true;
}
