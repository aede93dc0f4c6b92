/**
 * A matrix–vector product on rows by offset, for the passes that run every step at once (the
 * vanilla cell's in the fast paths, bptt/rnnPass.ts; the gated cells'): a module of its own, so
 * that it travels with them and not in the first chunk.
 */
import type { Mat } from './mat';

/**
 * out[at + i] += Σ_j W[i][j]·v[vAt + j], each row's sum from its entry in column order, as
 * addMatVec sums it (the same bits), four rows at a time so that their sums run side by side.
 */
export function addMatVecAt(
  W: Mat,
  v: Float64Array,
  vAt: number,
  out: Float64Array,
  at: number,
): void {
  const { rows, cols, data } = W;
  const n4 = rows - (rows % 4);
  for (let i = 0; i < n4; i += 4) {
    const o0 = i * cols;
    const o1 = o0 + cols;
    const o2 = o1 + cols;
    const o3 = o2 + cols;
    let s0 = out[at + i];
    let s1 = out[at + i + 1];
    let s2 = out[at + i + 2];
    let s3 = out[at + i + 3];
    for (let j = 0; j < cols; j++) {
      const vj = v[vAt + j];
      s0 += data[o0 + j] * vj;
      s1 += data[o1 + j] * vj;
      s2 += data[o2 + j] * vj;
      s3 += data[o3 + j] * vj;
    }
    out[at + i] = s0;
    out[at + i + 1] = s1;
    out[at + i + 2] = s2;
    out[at + i + 3] = s3;
  }
  for (let i = n4; i < rows; i++) {
    let acc = out[at + i];
    for (let j = 0, o = i * cols; j < cols; j++) acc += data[o + j] * v[vAt + j];
    out[at + i] = acc;
  }
}
