/**
 * The one backward sweep, generic over the cell. Every gradient of the core is one of its runs:
 *
 *   g_k = (∂E/∂c_k)ᵀ = [Vᵀ(ŷ_k − y_k) if E_k is a source] + (what step k + 1 hands back),
 *   the cell's local step turns g_k into each weight's δ_k and into step k's share of g_{k−1},
 *   a weight's gradient through step k is δ_k a_kᵀ (its operand a_k), for the steps k it keeps.
 *
 * - full BPTT: one run from T − 1 down to 0 with every E_t a source (O(T));
 * - one target's terms: a run from t down to 0 with E_t alone, kept from the truncation's first step;
 * - truncated BPTT: one such run per target t, from t down to max(0, t − n) (O(T·n)), as in
 *   Britz's `bptt_truncate`;
 * - the state gradients ∂E/∂s_k: the full run without the weights.
 * ∂E/∂V (the readout's) needs no recursion and is not part of the sweep.
 */
import { matMulInto, matTVecInto, addOuterInto } from '../linalg/products';
import { mat, type Mat } from '../linalg/mat';
import { scratch } from '../linalg/scratch';
import { fast } from '../accel';
import type { OuterBatch } from '../linalg/outerBatch';
import type { StackedMats } from '../linalg/vectors';
import type { BackwardStep } from './cell';
import { cellOf } from './cells';
import { outputErrorInto } from './forward';
import type { Forward, AnyModel } from './types';

export interface SweepOptions {
  /** The step the sweep starts at (it runs k = from, from − 1, …, to). */
  readonly from: number;
  /** The last step it reaches (0 unless truncated). */
  readonly to?: number;
  /** Which losses send gradient: every E_k with k ≤ from ('all'), or E_from alone ('from'). */
  readonly sources: 'all' | 'from';
  /** Steps k ≥ keepFrom add their terms to `grads` (default: every step the sweep reaches). */
  readonly keepFrom?: number;
  /**
   * Accumulates each cell weight's gradient (in cell.weights order) when given; complete when
   * the sweep returns (the terms of a large matrix are added in one product at the end).
   */
  readonly grads?: readonly Mat[];
  /**
   * Called at every step with g = (∂E/∂c_k)ᵀ, the weights' δ_k, and, when k is kept and `grads`
   * given, each weight's operand a_k (else null). The arrays are reused by the next step: copy
   * what you keep.
   */
  readonly onStep?: (
    k: number,
    g: Float64Array,
    deltas: readonly Float64Array[],
    operands: readonly Float64Array[] | null,
  ) => void;
}

/** Work arrays of a sweep and the cell's bound backward step (made once, reused across the runs of truncated BPTT). */
export interface SweepWork {
  readonly step: BackwardStep;
  /** V kept in the WebAssembly kernels' memory for the sweep, when they run (vectors.ts); made when first used. */
  readout(): StackedMats | null;
  readonly e: Float64Array;
  readonly fromOutput: Float64Array;
  readonly g: Float64Array;
  readonly gPrev: Float64Array;
}

export function sweepWork(model: AnyModel, fwd: Forward): SweepWork {
  const { H, K } = fwd.dims;
  const cell = cellOf(model);
  const C = cell.carryWidth(H);
  const buf = scratch('sweep.work', K + H + 2 * C);
  let readout: StackedMats | null | undefined;
  return {
    step: cell.backwardStep(model, fwd),
    readout: () => (readout ??= fast?.residentStacks([[model.V]])?.[0] ?? null),
    e: buf.subarray(0, K),
    fromOutput: buf.subarray(K, K + H),
    g: buf.subarray(K + H, K + H + C),
    gPrev: buf.subarray(K + H + C),
  };
}

/**
 * The output errors ŷ_k − y_k of steps 0 … n − 1 as the rows of an n×K matrix (work of the
 * sweep's, `slot`'s scratch).
 */
export function outputErrors(model: AnyModel, fwd: Forward, n: number, slot: string): Mat {
  const K = fwd.dims.K;
  const E = scratch(slot, n * K);
  E.set(fwd.yhat.data.subarray(0, n * K));
  for (let k = 0; k < n; k++) E[k * K + model.targets[k]] -= 1;
  return mat(n, K, E);
}

/**
 * Vᵀ(ŷ_k − y_k) for k = 0 … n − 1, what each loss sends to its state, as the rows of one
 * product (ŷ − y)·V (n×H, scratch): the sweep over every source reads its row k at step k.
 */
function readoutGradients(model: AnyModel, fwd: Forward, n: number): Float64Array {
  const out = scratch('sweep.readout', n * fwd.dims.H);
  matMulInto(outputErrors(model, fwd, n, 'sweep.errors'), model.V, out);
  return out;
}

/** Each weight's batch's work arrays' slot (scratch.ts), its name made once. */
const batchSlots: string[] = [];
function batchSlot(w: number): string {
  return (batchSlots[w] ??= `sweep.batch${w}`);
}

export function sweep(
  model: AnyModel,
  fwd: Forward,
  o: SweepOptions,
  work: SweepWork = sweepWork(model, fwd),
): void {
  const cell = cellOf(model);
  const H = fwd.dims.H;
  const to = o.to ?? 0;
  const keepFrom = o.keepFrom ?? to;
  const { step, e, fromOutput } = work;
  // Every source's share at once, as one product, when each step has one.
  const fromAll = o.sources === 'all' ? readoutGradients(model, fwd, o.from + 1) : null;
  const { grads, onStep } = o;
  const operands: Float64Array[] = grads ? new Array<Float64Array>(grads.length) : [];
  // With the fast paths, a weight whose operand is dense has its terms recorded and added in one
  // product at the end (batchFor, outerBatch: the same sums in the same order); a one-hot input's
  // or a bias's, and every weight's without them, one rank-1 update per step.
  const batches: (OuterBatch | null)[] | undefined = grads && new Array(grads.length);
  let g = work.g;
  let gPrev = work.gPrev;
  g.fill(0);
  for (let k = o.from; k >= to; k--) {
    if (fromAll) {
      // g_k += Vᵀ(ŷ_k − y_k): the loss at k reaches s_k, the first H entries of the carry.
      for (let i = 0, r = k * H; i < H; i++) g[i] = fromAll[r + i] + g[i];
    } else if (k === o.from) {
      outputErrorInto(model, fwd, k, e);
      const readout = work.readout();
      if (readout) readout.mulT(e, fromOutput);
      else matTVecInto(model.V, e, fromOutput);
      for (let i = 0; i < H; i++) g[i] = fromOutput[i] + g[i];
    }
    const deltas = step(k, g, k > to ? gPrev : null);
    const kept = grads !== undefined && k >= keepFrom;
    if (kept)
      for (let w = 0; w < grads.length; w++) {
        const a = (operands[w] = cell.operand(model, fwd, w, k));
        let batch = batches![w];
        if (batch === undefined)
          batch = batches![w] = fast?.batchFor(grads[w], a, k - keepFrom + 1, batchSlot(w)) ?? null;
        if (batch) batch.push(deltas[w], a);
        else addOuterInto(grads[w], deltas[w], a);
      }
    onStep?.(k, g, deltas, kept ? operands : null);
    const swap = g;
    g = gPrev;
    gPrev = swap;
  }
  if (batches) for (const b of batches) b?.flush();
}
