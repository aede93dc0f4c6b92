/**
 * The WebAssembly SIMD matrix product (wasm/kernels.wat), used by matMulInto for blocks of 4×4
 * when the engine can run it. Where it cannot (no WebAssembly, no SIMD, a page policy without
 * 'wasm-unsafe-eval'), when `setWasmKernels(false)` says so, or until its bytes arrive with the
 * core's fast paths (accel.ts: they are not in the first chunk), the scalar kernel runs instead;
 * both give the same bits.
 */
import type { Mat } from './mat';

/** The little of the WebAssembly API used here (the model's lib has no DOM or Node types). */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

export interface Kernels {
  readonly memory: { buffer: ArrayBuffer; grow(pages: number): number };
  readonly matmul: (a: number, b: number, out: number, n: number, p: number, m: number) => void;
  readonly scale_rows: (b: number, d: number, n: number, m: number) => void;
  readonly max_abs: (a: number, count: number) => number;
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

/** Whether the kernels are switched on (setWasmKernels); they may still not run here. */
export function wasmKernelsEnabled(): boolean {
  return enabled;
}

/** Whether matMulInto runs the WebAssembly kernel here. */
export function wasmKernelsActive(): boolean {
  return enabled && load() !== null;
}

/** The compiled module's bytes, once the fast paths have handed them in (accel.ts). */
let bytes: readonly number[] | null = null;

/** Called by accel.ts with kernels.wat's bytes when the fast paths load. */
export function provideKernels(compiled: readonly number[]): void {
  bytes = compiled;
  kernels = undefined;
  heap = null;
}

function load(): Kernels | null {
  if (kernels !== undefined) return kernels;
  if (bytes === null) return null;
  kernels = null;
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  try {
    // Synchronous compilation: the module is under 1 KB, far below any engine's main-thread limit.
    const instance = new api.Instance(new api.Module(Uint8Array.from(bytes)));
    kernels = instance.exports as unknown as Kernels;
  } catch {
    kernels = null;
  }
  return kernels;
}

/** A view of the kernel's memory with room for `count` doubles (grown, and re-viewed, as needed). */
function heapFor(k: Kernels, count: number): Float64Array {
  // Only this module grows the memory: a view long enough is still the memory's (no getter).
  if (heap !== null && heap.length >= count) return heap;
  const bytes = count * 8;
  if (k.memory.buffer.byteLength < bytes)
    k.memory.grow(Math.ceil((bytes - k.memory.buffer.byteLength) / PAGE));
  if (heap === null || heap.buffer !== k.memory.buffer) heap = new Float64Array(k.memory.buffer);
  return heap;
}

/**
 * The kernels and a view of their memory with room for `count` doubles, when they run here and
 * the work (`n`×`p`×`m` multiply–adds on rows and columns in fours) suits them; else null. For the
 * fast paths' own uses of the kernels (linalg/wasmScaled.ts).
 */
export function kernelHeap(
  n: number,
  p: number,
  m: number,
  count: number,
): { readonly k: Kernels; readonly mem: Float64Array } | null {
  if (!enabled || n % 4 !== 0 || m % 4 !== 0 || n * p * m < MIN_WORK) return null;
  const k = load();
  return k === null ? null : { k, mem: heapFor(k, count) };
}

/**
 * out = a·b with the WebAssembly kernel when it runs here and the shapes suit it (a.rows and
 * b.cols multiples of 4, enough work to pay for the copies); returns false, doing nothing,
 * otherwise.
 */
export function wasmMatMulInto(a: Mat, b: Mat, out: Float64Array): boolean {
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
  k.matmul(0, sa * 8, (sa + sb) * 8, n, p, m);
  out.set(mem.subarray(sa + sb, sa + sb + n * m));
  return true;
}
