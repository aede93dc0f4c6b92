/**
 * The Jacobian products' kernel call (bptt/jacobian.ts, through linalg/products.ts'
 * matMulScaledInto), one of the fast paths (accel.ts): a chunk beside the first one, which takes
 * the scalar loops (the same bits) until it is in.
 */
import { deps } from '../fastDeps';
import type { Mat } from './mat';

/**
 * out = a·(diag(d)·b), diag(d)·b written into `scaled` on the way (diagMulInto's products), with
 * the WebAssembly kernels when they run here and the shapes suit them (as wasmMatMulInto);
 * returns max |out_ij| (maxAbs), or null, doing nothing, when they do not run. With `tv`, also
 * tv.out = (diag(d)·b)ᵀ tv.v as matTVecInto sums it, when b's columns are a multiple of 8 (then
 * `scaled` is not written); else null, doing nothing, unless `scaled` is given: then J is
 * written there and tv is left to the caller.
 */
export function wasmMatMulScaledInto(
  a: Mat,
  d: Float64Array,
  b: Mat,
  out: Float64Array,
  scaled: Float64Array | null,
  tv: { readonly v: Float64Array; readonly out: Float64Array } | null = null,
): number | null {
  const n = a.rows;
  const p = a.cols;
  const m = b.cols;
  const transposed = tv !== null && m % 8 === 0;
  if (tv !== null && !transposed && scaled === null) return null;
  const sa = n * p;
  const sb = p * m;
  const so = n * m;
  // a, b, out, d, then tv's vector in and out.
  const dAt = sa + sb + so;
  const vAt = dAt + p;
  const got = deps.kernelHeap(n, p, m, vAt + p + m);
  if (got === null) return null;
  const { k, mem } = got;
  mem.set(a.data, 0);
  mem.set(b.data, sa);
  mem.set(d.subarray(0, p), dAt);
  k.scale_rows(sa * 8, dAt * 8, p, m);
  k.matmul(0, sa * 8, (sa + sb) * 8, n, p, m);
  // J is what the caller reads of `scaled` only when it takes Jᵀv itself.
  if (scaled !== null && !transposed) scaled.set(mem.subarray(sa, sa + sb));
  out.set(mem.subarray(sa + sb, sa + sb + so));
  if (transposed) {
    mem.set(tv.v.subarray(0, p), vAt);
    k.gemv_t4(sa * 8, vAt * 8, (vAt + p) * 8, p, m);
    tv.out.set(mem.subarray(vAt + p, vAt + p + m));
  }
  return k.max_abs((sa + sb) * 8, so);
}
