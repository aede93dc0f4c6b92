/**
 * The core's throughput and the machine's: GFLOP/s of the forward pass + gradients (what the
 * core section times), beside what a plain float64 multiply–add loop reaches in the same process
 * (JavaScript, scalar: the bound of the core's scalar loops) and what the WebAssembly SIMD
 * matrix product reaches on 64×64 matrices (the bound of its kernels).
 */
import { mat, matMulInto, wasmKernelsActive, type AnyModel } from '../src/model';
import { medianMs } from './report';

/**
 * The multiply–adds of one forward pass + gradients of a model with one-hot inputs and full
 * BPTT, the dense products only: per step W s_{t−1} (or the gates' W, G·H²), V s_t, Vᵀ(ŷ_t − y_t),
 * the recurrent step's Wᵀδ (G·H²: the GRU's W_hᵀδ_h and [W_z; W_r]ᵀ[δ_z; δ_r]), the terms δ s_{t−1}ᵀ (G·H²) and
 * (ŷ_t − y_t) s_tᵀ; the one-hot input's column lookups, the activations and the softmax are
 * not counted. A flop is half a multiply–add.
 */
export function multiplyAdds(model: AnyModel): number {
  const T = model.inputs.rows;
  const H = model.V.cols;
  const K = model.V.rows;
  const G = model.cell === 'gru' ? 3 : model.cell === 'lstm' ? 4 : 1;
  return T * (3 * G * H * H + 3 * K * H);
}

export const gflops = (madds: number, ms: number) => (2 * madds) / (ms * 1e6);

/**
 * A plain float64 multiply–add loop: Σ a_i b_i over 2048 entries (in the first-level cache),
 * eight independent sums so that the adds' latency does not bound it; GFLOP/s.
 */
export function scalarPeakGflops(): number {
  const n = 2048;
  const a = Float64Array.from({ length: n }, (_, i) => 1 + (i % 7) * 1e-3);
  const b = Float64Array.from({ length: n }, (_, i) => 1 - (i % 5) * 1e-3);
  const loop = (): number => {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0;
    for (let i = 0; i < n; i += 8) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
      s4 += a[i + 4] * b[i + 4];
      s5 += a[i + 5] * b[i + 5];
      s6 += a[i + 6] * b[i + 6];
      s7 += a[i + 7] * b[i + 7];
    }
    return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
  };
  return gflops(n, medianMs(loop, { budgetMs: 300, minSamples: 15 }));
}

/** The WebAssembly SIMD matrix product (matMulInto) on 64×64 matrices, GFLOP/s; null without it. */
export function simdKernelGflops(): number | null {
  if (!wasmKernelsActive()) return null;
  const n = 64;
  const a = mat(
    n,
    n,
    Float64Array.from({ length: n * n }, (_, i) => Math.sin(i)),
  );
  const b = mat(
    n,
    n,
    Float64Array.from({ length: n * n }, (_, i) => Math.cos(i)),
  );
  const out = new Float64Array(n * n);
  return gflops(
    n ** 3,
    medianMs(() => matMulInto(a, b, out)[0], { budgetMs: 300 }),
  );
}
