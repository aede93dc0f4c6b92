/**
 * The WebAssembly SIMD matrix product (wasm/kernels.wat), used by matMulInto for blocks of 4×4
 * when the engine can run it. Where it cannot (no WebAssembly, no SIMD, a page policy without
 * 'wasm-unsafe-eval'), or when `setWasmKernels(false)` says so, the scalar kernel runs instead;
 * both give the same bits.
 */
import type { Mat } from './mat';
import { KERNELS_WASM } from './wasm/kernels';

/** The little of the WebAssembly API used here (the model's lib has no DOM or Node types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

export interface Kernels {
  readonly memory: { buffer: ArrayBuffer; grow(pages: number): number };
  readonly matmul: (
    a: number,
    b: number,
    out: number,
    n: number,
    p: number,
    m: number,
    acc: number,
  ) => void;
  readonly gemv_pairs: (a: number, v: number, out: number, n: number, p: number) => void;
  readonly gemv_t: (a: number, v: number, out: number, n: number, p: number) => void;
  readonly gemv_t4: (a: number, v: number, out: number, n: number, p: number) => void;
}

const PAGE = 65536;
/** Below this many multiply–adds the copies in and out cost more than the kernel saves. */
const MIN_WORK = 4096;

let enabled = true;
let kernels: Kernels | null | undefined;
let heap: Float64Array | null = null;

/** Turns the WebAssembly kernel on or off (tests compare both paths); returns whether it runs. */
export function setWasmKernels(on: boolean): boolean {
  enabled = on;
  return wasmKernelsActive();
}

/** Whether matMulInto runs the WebAssembly kernel here. */
export function wasmKernelsActive(): boolean {
  return enabled && load() !== null;
}

/** Whether the kernels are switched on (setWasmKernels); they may still not run here. */
export function wasmKernelsEnabled(): boolean {
  return enabled;
}

function load(): Kernels | null {
  if (kernels === undefined) kernels = kernelInstance();
  return kernels;
}

/**
 * A new instance of the kernels, with a memory of its own (matMulInto's is one; the matrices
 * kept for a whole pass, vectors.ts, another), or null where WebAssembly or SIMD cannot run.
 */
export function kernelInstance(): Kernels | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  try {
    // Synchronous compilation: the module is 1.3 KB, far below any engine's main-thread limit.
    const instance = new api.Instance(new api.Module(Uint8Array.from(KERNELS_WASM)));
    return instance.exports as unknown as Kernels;
  } catch {
    return null;
  }
}

/**
 * A view of a kernel instance's memory with room for `count` doubles (grown as needed); `view` is
 * the caller's last view, returned when still current.
 */
export function memoryFor(k: Kernels, count: number, view: Float64Array | null): Float64Array {
  const bytes = count * 8;
  if (k.memory.buffer.byteLength < bytes)
    k.memory.grow(Math.ceil((bytes - k.memory.buffer.byteLength) / PAGE));
  return view !== null && view.buffer === k.memory.buffer
    ? view
    : new Float64Array(k.memory.buffer);
}

function heapFor(k: Kernels, count: number): Float64Array {
  heap = memoryFor(k, count, heap);
  return heap;
}

/**
 * out = a·b with the WebAssembly kernel when it runs here and the shapes suit it (a.rows and
 * b.cols multiples of 4, enough work to pay for the copies); returns false, doing nothing,
 * otherwise. With `accumulate`, out += a·b, each entry's sum starting from out's (out_ij +
 * a_i0·b_0j + a_i1·b_1j + …, as addMatMulInto's scalar loop).
 */
export function wasmMatMulInto(a: Mat, b: Mat, out: Float64Array, accumulate = false): boolean {
  const n = a.rows;
  const p = a.cols;
  const m = b.cols;
  if (!enabled || n % 4 !== 0 || m % 4 !== 0 || n * p * m < MIN_WORK) return false;
  const k = load();
  if (k === null) return false;
  const sa = n * p;
  const sb = p * m;
  const mem = heapFor(k, sa + sb + n * m);
  mem.set(a.data, 0);
  mem.set(b.data, sa);
  if (accumulate) mem.set(out, sa + sb);
  k.matmul(0, sa * 8, (sa + sb) * 8, n, p, m, accumulate ? 1 : 0);
  out.set(mem.subarray(sa + sb, sa + sb + n * m));
  return true;
}
