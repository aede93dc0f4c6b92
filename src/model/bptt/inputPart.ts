/**
 * One step's input part of a pre-activation, b + U x_t, summed from x_t's non-zero entries (their
 * indices gathered into `nz`), so that a one-hot x_t costs one column of U; each sum then goes
 * on with W's terms. The vanilla cell's sums start from 0 (no bias), a gate's from b_i. One of
 * the fast paths (rnnPass.ts, rnnFused.ts, and the gated cells' through fast.ts).
 */
export function inputPart(
  U: Float64Array,
  b: Float64Array | null,
  X: Float64Array,
  xo: number,
  D: number,
  nz: Int32Array,
  out: Float64Array,
  at: number,
  H: number,
): void {
  let nnz = 0;
  for (let j = 0; j < D; j++) if (X[xo + j] !== 0) nz[nnz++] = j;
  if (nnz === 1) {
    const j = nz[0];
    const xj = X[xo + j];
    for (let i = 0, uo = j; i < H; i++, uo += D) out[at + i] = (b === null ? 0 : b[i]) + U[uo] * xj;
    return;
  }
  for (let i = 0; i < H; i++) {
    let acc = b === null ? 0 : b[i];
    const uo = i * D;
    for (let q = 0; q < nnz; q++) acc += U[uo + nz[q]] * X[xo + nz[q]];
    out[at + i] = acc;
  }
}
