/**
 * Sums of outer products Σ_n u_n v_nᵀ added into a matrix, the pairs recorded one at a time and
 * added at the end as one matrix product U·V (u_n the columns of U, v_n the rows of V), in the
 * order recorded. A gradient Σ_k δ_k a_kᵀ (sweep.ts) costs one rank-1 update per step otherwise,
 * each reading and writing the whole matrix; the product keeps its blocks in registers (and runs
 * the WebAssembly kernel when it can).
 *
 * Same bits as the one-at-a-time updates acc += u_n v_nᵀ: every entry is acc_ij + u_0i v_0j +
 * u_1i v_1j + … in the order recorded, one multiply and one add at a time. (A pair's zero entries
 * add ±0, which changes nothing, where addOuterInto skips them.)
 */
import type { Mat } from './mat';
import { deps, matOn } from '../fastDeps';
import { wasmAddMatMul } from './vectors';

export interface OuterBatch {
  /** Records u vᵀ (u: acc.rows entries, v: acc.cols entries; both copied). */
  push(u: ArrayLike<number>, v: ArrayLike<number>): void;
  /** Adds the recorded pairs into acc and forgets them. */
  flush(): void;
}

/** Below this many entries a matrix takes its updates one at a time: a batch's setup costs more. */
const SMALL = 64;

/** Whether `acc` is worth a batch (else addOuterInto, one pair at a time). */
export function batchable(acc: Mat): boolean {
  return acc.rows * acc.cols >= SMALL;
}

/**
 * A batch for the terms δ_k a_kᵀ of a sweep (sweep.ts) whose first operand is `a`, or null when
 * one rank-1 update per step costs less: a small matrix, or an operand of fewer than four
 * entries or mostly zeros (a one-hot input costs one column, a bias one entry per row). `slot` names the batch's work arrays (kept between calls: deps.scratch).
 */
export function batchFor(
  acc: Mat,
  a: Float64Array,
  capacity: number,
  slot?: string,
): OuterBatch | null {
  if (a.length < 4 || !batchable(acc)) return null;
  let nnz = 0;
  for (let j = 0; j < a.length; j++) if (a[j] !== 0) nnz++;
  return 4 * nnz >= a.length ? outerBatch(acc, capacity, slot) : null;
}

/** A work array of n entries: the slot's (kept between calls) when named, else a new one. */
function work(slot: string | undefined, n: number): Float64Array {
  return slot === undefined ? new Float64Array(n) : deps.scratch(slot, n);
}

/** A batch slot's three work arrays' names, made once per slot. */
const slotNames = new Map<string, { ut: string; v: string; u: string }>();
function namesOf(slot: string | undefined): { ut?: string; v?: string; u?: string } {
  if (slot === undefined) return {};
  let names = slotNames.get(slot);
  if (names === undefined) {
    names = { ut: `${slot}.ut`, v: `${slot}.v`, u: `${slot}.u` };
    slotNames.set(slot, names);
  }
  return names;
}

/**
 * A batch for `acc` with room for `capacity` pairs (it flushes itself when full); its work
 * arrays are `slot`'s when named.
 */
export function outerBatch(acc: Mat, capacity: number, slot?: string): OuterBatch {
  const { rows, cols } = acc;
  const cap = Math.max(1, capacity);
  // The pairs as rows, u_n of `ut` (cap×rows) and v_n of `vs` (cap×cols), each written in order;
  // U (rows×n, pair n in column n) is ut's first n rows transposed, made when flushed.
  const names = namesOf(slot);
  const ut = work(names.ut, cap * rows);
  const vs = work(names.v, cap * cols);
  let n = 0;
  const flush = (): void => {
    if (n === 0) return;
    const u = work(names.u, rows * n);
    for (let q = 0; q < n; q++)
      for (let i = 0, o = q * rows; i < rows; i++) u[i * n + q] = ut[o + i];
    addMatMulInto(acc, matOn(rows, n, u), matOn(n, cols, vs.subarray(0, n * cols)));
    n = 0;
  };
  return {
    push(u, v) {
      if (n === cap) flush();
      copyRow(ut, n * rows, u, rows);
      copyRow(vs, n * cols, v, cols);
      n++;
    },
    flush,
  };
}

/** out[at … at + n) = v[0 … n): a memory copy for a typed array of n ≥ 32 entries, else a loop. */
function copyRow(out: Float64Array, at: number, v: ArrayLike<number>, n: number): void {
  if (n >= 32 && v instanceof Float64Array && v.length === n) out.set(v, at);
  else for (let i = 0; i < n; i++) out[at + i] = v[i];
}

function isZero(m: Mat): boolean {
  const d = m.data;
  for (let i = 0; i < d.length; i++) if (d[i] !== 0) return false;
  return true;
}

/**
 * acc += a·b with each entry summed as acc_ij + a_i0 b_0j + a_i1 b_1j + … in that order. Into a
 * zero acc this is the plain product (0 + x = x), written by matMulInto; otherwise the
 * WebAssembly kernel's accumulating form when it runs, else the scalar loop below, four columns
 * at a time, starting from acc's entries (the same bits).
 */
export function addMatMulInto(acc: Mat, a: Mat, b: Mat): void {
  if (isZero(acc)) {
    deps.matMulInto(a, b, acc.data);
    return;
  }
  if (wasmAddMatMul(a, b, acc.data)) return;
  const n = a.rows;
  const m = b.cols;
  const p = a.cols;
  const A = a.data;
  const B = b.data;
  const out = acc.data;
  for (let i = 0; i < n; i++) {
    const r = i * p;
    const o = i * m;
    const m4 = m - (m % 4);
    for (let j = 0; j < m4; j += 4) {
      let c0 = out[o + j];
      let c1 = out[o + j + 1];
      let c2 = out[o + j + 2];
      let c3 = out[o + j + 3];
      for (let k = 0, bo = j; k < p; k++, bo += m) {
        const x = A[r + k];
        c0 += x * B[bo];
        c1 += x * B[bo + 1];
        c2 += x * B[bo + 2];
        c3 += x * B[bo + 3];
      }
      out[o + j] = c0;
      out[o + j + 1] = c1;
      out[o + j + 2] = c2;
      out[o + j + 3] = c3;
    }
    for (let j = m4; j < m; j++) {
      let c = out[o + j];
      for (let k = 0, bo = j; k < p; k++, bo += m) c += A[r + k] * B[bo];
      out[o + j] = c;
    }
  }
}
