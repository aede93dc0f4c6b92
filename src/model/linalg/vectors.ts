/**
 * The kernels of vectors.wat: matrix–vector products with the matrices kept in WebAssembly
 * memory for a whole pass, and the work memory of the cells' fused passes (workspace). The
 * gated cells use each gate's W once per step, T times per pass, so the SIMD kernels of
 * vectors.wat pay for one copy of W at the start and of two short vectors per product.
 *
 * Same bits as the scalar loops they replace: in `mulAdd` each row's sum runs over the columns
 * in order from the entry's start value (addMatVec's), in `mulTAdd` each column's over the rows
 * in order (addMatTVec's), in `mulT` as matTVecInto groups them, one multiply and one add at a
 * time; a zero factor adds ±0, which changes nothing, where the scalar loop skips it.
 */
import type { Mat } from './mat';
import type { WasmApi } from './simd';
import { deps } from '../fastDeps';
import { VECTORS_WASM } from './wasm/vectors';

/** vectors.wat's exports (byte offsets; see there). */
interface Kernels {
  readonly memory: { buffer: ArrayBuffer; grow(pages: number): number };
  readonly matmul_acc: (
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
  readonly interleave_pairs: (from: number, to: number, rows: number, cols: number) => void;
  readonly lstm_cells: (...offsetsThenTH: number[]) => void;
  readonly gru_cells: (...offsetsThenTH: number[]) => void;
  readonly lstm_sweep: (...offsetsThenTH: number[]) => void;
  readonly gru_sweep: (...offsetsThenTH: number[]) => void;
  readonly transpose: (from: number, to: number, rows: number, cols: number) => void;
  readonly softmax_rows: (o: number, y: number, ms: number, t: number, k: number) => void;
  readonly rnn_tanh: (
    wp: number,
    s0: number,
    z: number,
    fp: number,
    s: number,
    t: number,
    h: number,
  ) => void;
  readonly rnn_sweep: (
    fp: number,
    r: number,
    w: number,
    s: number,
    s0: number,
    u: number,
    b: number,
    g: number,
    gp: number,
    d: number,
    t: number,
    h: number,
  ) => void;
}

/** The kernels, a view of their memory and where a region of it starts (in doubles). */
export interface Workspace {
  readonly k: Kernels;
  readonly mem: Float64Array;
  readonly at: number;
}

/** Several matrices with the same number of columns, stacked (rows of the first, then …). */
export interface StackedMats {
  readonly rows: number;
  readonly cols: number;
  /**
   * out (rows entries, each the start of its sum) += M·v (v: cols entries); v and out from
   * their offsets vAt and outAt (default 0).
   */
  mulAdd(v: Float64Array, out: Float64Array, vAt?: number, outAt?: number): void;
  /** out (cols entries) += Mᵀ·d (d: rows entries). */
  mulTAdd(d: Float64Array, out: Float64Array): void;
  /** out = Mᵀ·d with matTVecInto's sums (rows four at a time, from zero): the same bits. */
  mulT(d: Float64Array, out: Float64Array): void;
}

/** Below this many multiply–adds per product the copies cost more than the kernel saves. */
const MIN_WORK = 512;

let kernels: Kernels | null | undefined;
let memory: Float64Array | null = null;
/**
 * The memory is handed out from the start, one region per set of stacks, so that the sets of a
 * forward pass (the cell's, the readout's) and of the sweeps after it stay in place together.
 * When the next set would pass LIMIT doubles, everything is handed out again from the start:
 * `epoch` counts those restarts, and a set from an earlier epoch copies itself again when used.
 */
const LIMIT = 1 << 21;
let epoch = 0;
let top = 0;

/** A region of `size` doubles in the current epoch: its offset. */
function region(size: number): number {
  if (top + size > LIMIT && top > 0) {
    epoch++;
    top = 0;
  }
  const at = top;
  top += size;
  return at;
}

/** The kernels' instance (its own memory), or null where WebAssembly or SIMD cannot run. */
function load(): Kernels | null {
  if (kernels !== undefined) return kernels;
  kernels = null;
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  try {
    // Synchronous compilation: the module is about 7 KB, below any engine's main-thread limit.
    const instance = new api.Instance(new api.Module(Uint8Array.from(VECTORS_WASM)));
    kernels = instance.exports as unknown as Kernels;
  } catch {
    kernels = null;
  }
  return kernels;
}

/** A view of the kernels' memory with room for `count` doubles (grown, and re-viewed, as needed). */
function view(k: Kernels, count: number): Float64Array {
  // Only this module grows the memory: a view long enough is still the memory's (no getter).
  if (memory !== null && memory.length >= count) return memory;
  const bytes = count * 8;
  const have = k.memory.buffer.byteLength;
  if (have < bytes) k.memory.grow(Math.ceil((bytes - have) / 65536));
  if (memory === null || memory.buffer !== k.memory.buffer)
    memory = new Float64Array(k.memory.buffer);
  return memory;
}

/**
 * out += a·b (n×p times p×m) with each entry summed from out's as out_ij + a_i0·b_0j + … in order,
 * on the kernels when they run and the shapes suit them (n, m multiples of 4); returns false,
 * doing nothing, otherwise. Its operands pass through a region of the memory of their own.
 */
export function wasmAddMatMul(a: Mat, b: Mat, out: Float64Array): boolean {
  const n = a.rows;
  const p = a.cols;
  const m = b.cols;
  if (!deps.wasmKernelsEnabled() || n % 4 !== 0 || m % 4 !== 0 || n * p * m < 4096) return false;
  const k = load();
  if (k === null) return false;
  const sa = n * p;
  const sb = p * m;
  const at = region(sa + sb + n * m);
  const mem = view(k, at + sa + sb + n * m);
  mem.set(a.data, at);
  mem.set(b.data, at + sa);
  mem.set(out, at + sa + sb);
  k.matmul_acc(at * 8, (at + sa) * 8, (at + sa + sb) * 8, n, p, m, 1);
  out.set(mem.subarray(at + sa + sb, at + sa + sb + n * m));
  return true;
}

/** A second instance of the kernels, whose memory is the fused passes' work (workspace). */
let own: { k: Kernels; mem: Float64Array } | null | undefined;

/**
 * `size` doubles of work for one computation's own layout (the fused passes, bptt/rnnFused.ts):
 * always the start of a second instance's memory, so that the work stays in the processor's
 * caches from call to call; valid until the next call. Null where the kernels do not run or are
 * switched off.
 */
export function workspace(size: number): Workspace | null {
  if (!deps.wasmKernelsEnabled() || load() === null) return null;
  if (own === undefined) {
    own = null;
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly as WasmApi;
    try {
      const k = new api.Instance(new api.Module(Uint8Array.from(VECTORS_WASM)))
        .exports as unknown as Kernels;
      own = { k, mem: new Float64Array(k.memory.buffer) };
    } catch {
      own = null;
    }
  }
  if (own === null) return null;
  if (own.mem.length < size) {
    const have = own.k.memory.buffer.byteLength;
    own.k.memory.grow(Math.ceil((size * 8 - have) / 65536));
    own.mem = new Float64Array(own.k.memory.buffer);
  }
  return { k: own.k, mem: own.mem, at: 0 };
}

/**
 * Below this many entries a vector is copied in and out of the kernels' memory by a plain loop;
 * from it on by set (a memory copy), which costs a view of the vector but no loop per entry.
 */
const LOOP_COPY = 32;

/** mem[at … at + n) = v[from … from + n). */
function copyIn(mem: Float64Array, at: number, v: Float64Array, from: number, n: number): void {
  if (n < LOOP_COPY) for (let i = 0; i < n; i++) mem[at + i] = v[from + i];
  else mem.set(from === 0 && v.length === n ? v : v.subarray(from, from + n), at);
}

/** out[to … to + n) = mem[at … at + n). */
function copyOut(mem: Float64Array, at: number, out: Float64Array, to: number, n: number): void {
  if (n < LOOP_COPY) for (let i = 0; i < n; i++) out[to + i] = mem[at + i];
  else out.set(mem.subarray(at, at + n), to);
}

/**
 * The stacks of one pass (each a list of matrices stacked row-wise), copied into the kernels'
 * memory together; null when the kernels do not run here or the shapes do not suit them (rows
 * and columns multiples of 8, enough work), and the scalar loops should run.
 */
export function residentStacks(groups: readonly (readonly Mat[])[]): StackedMats[] | null {
  if (!deps.wasmKernelsEnabled()) return null;
  // Checked without allocating: small models ask for every pass and are refused.
  for (const group of groups) {
    const cols = group[0].cols;
    let rows = 0;
    for (const m of group) {
      if (m.cols !== cols) return null;
      rows += m.rows;
    }
    if (rows % 8 !== 0 || cols % 8 !== 0 || rows * cols < MIN_WORK) return null;
  }
  const shapes = groups.map((g) => ({ rows: g.reduce((n, m) => n + m.rows, 0), cols: g[0].cols }));
  const k = load();
  if (k === null) return null;
  // Each stack twice: by row pairs (pair q's entry j is (M[2q][j], M[2q+1][j]), for mulAdd) and
  // row-major (for mulTAdd); then room for one vector in and one out. Offsets from the region's.
  const offsets: number[] = [];
  let used = 0;
  for (const { rows, cols } of shapes) {
    offsets.push(used);
    used += 2 * rows * cols;
  }
  const longest = Math.max(...shapes.map((s) => Math.max(s.rows, s.cols)));
  let mine = -1;
  let base = 0;
  const at: number[] = [];
  let vAt = 0;
  let outAt = 0;
  const copy = (): Float64Array => {
    base = region(used + 2 * longest);
    mine = epoch;
    for (let g = 0; g < offsets.length; g++) at[g] = base + offsets[g];
    vAt = base + used;
    outAt = vAt + longest;
    const mem = (memory = view(k, outAt + longest));
    for (let g = 0; g < groups.length; g++) {
      const { rows, cols } = shapes[g];
      const rowMajor = at[g] + rows * cols;
      let o = rowMajor;
      for (const m of groups[g]) {
        mem.set(m.data, o);
        o += m.data.length;
      }
      k.interleave_pairs(rowMajor * 8, at[g] * 8, rows, cols);
    }
    return mem;
  };
  copy();
  const current = (): Float64Array => (mine === epoch ? (memory as Float64Array) : copy());
  return shapes.map(({ rows, cols }, g) => ({
    rows,
    cols,
    mulAdd(v, out, from = 0, to = 0) {
      const mem = current();
      copyIn(mem, vAt, v, from, cols);
      copyIn(mem, outAt, out, to, rows);
      k.gemv_pairs(at[g] * 8, vAt * 8, outAt * 8, rows, cols);
      copyOut(mem, outAt, out, to, rows);
    },
    mulTAdd(d, out) {
      const mem = current();
      copyIn(mem, vAt, d, 0, rows);
      copyIn(mem, outAt, out, 0, cols);
      k.gemv_t((at[g] + rows * cols) * 8, vAt * 8, outAt * 8, rows, cols);
      copyOut(mem, outAt, out, 0, cols);
    },
    mulT(d, out) {
      const mem = current();
      copyIn(mem, vAt, d, 0, rows);
      k.gemv_t4((at[g] + rows * cols) * 8, vAt * 8, outAt * 8, rows, cols);
      copyOut(mem, outAt, out, 0, cols);
    },
  }));
}
