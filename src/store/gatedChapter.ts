/**
 * The gated chapter's three cells on one sequence: the vanilla RNN, the GRU and the LSTM of the
 * current model's sequence and target (companionOf: the model itself for its own cell, seeded
 * standard weights for the others), and what the chapter draws of each: ‖∂E_t★/∂s_k‖, for the
 * LSTM ‖∂E_t★/∂c_k‖ too, and the direct path's product Π diag(d_j) (f for the LSTM, z for the
 * GRU). Computed by the core, once per model, target and forget-gate bias.
 */
import {
  companionOf,
  directPath,
  dimsOf,
  norm2,
  rowView,
  type AnyModel,
  type CellKind,
  type DirectPath,
  type Forward,
  type LstmModel,
  type TargetTerms,
} from '../model';
import { forwardOf, targetTermsOf } from './selectors';

/** The cells in the order the chapter shows them. */
export const CHAPTER_CELLS: readonly CellKind[] = ['rnn', 'gru', 'lstm'];

export interface CellRun {
  readonly cell: CellKind;
  readonly model: AnyModel;
  /** Whether this is the current model itself (not a seeded companion). */
  readonly own: boolean;
  readonly fwd: Forward;
  readonly terms: TargetTerms;
  /** k = 0 … t★: ‖∂E_t★/∂s_k‖ (untruncated: the total derivative through every path). */
  readonly s: Float64Array;
  /**
   * k = 0 … t★: the LSTM's ‖∂E_t★/∂c_k‖, the total derivative (through s_k and through c_{k+1});
   * null for the other cells.
   */
  readonly c: Float64Array | null;
  /** The direct path's products (null for the vanilla cell). */
  readonly direct: DirectPath | null;
}

export interface GatedComparison {
  /** The traced target t★, clamped to the sequence. */
  readonly t: number;
  /** The LSTM's forget-gate bias shown (every entry), or null: the current LSTM's own b_f. */
  readonly forgetBias: number | null;
  readonly runs: Readonly<Record<CellKind, CellRun>>;
}

const norms = (rows: readonly Float64Array[]) => Float64Array.from(rows, (r) => norm2(r));

function run(cell: CellKind, model: AnyModel, own: boolean, t: number): CellRun {
  const fwd = forwardOf(model);
  const terms = targetTermsOf(model, t);
  return {
    cell,
    model,
    own,
    fwd,
    terms,
    s: norms(terms.dEds),
    c: terms.dEdc ? cellTotals(fwd, terms.dEds, terms.dEdc) : null,
    direct: directPath(model, fwd, t),
  };
}

/**
 * ‖∂E_t★/∂c_k‖ in full. The core's dEdc[k] is the part through c_{k+1} alone (s_k held fixed, as
 * the (s, c) transition sees it); c_k also reaches E_t★ through s_k = o_k ⊙ tanh(c_k), which adds
 * (∂E/∂s_k) ⊙ o_k ⊙ (1 − tanh²(c_k)).
 */
function cellTotals(
  fwd: Forward,
  dEds: readonly Float64Array[],
  dEdc: readonly Float64Array[],
): Float64Array {
  const o = fwd.cache['gate.o'];
  const tc = fwd.cache.tanhc;
  const H = fwd.dims.H;
  const out = new Float64Array(dEds.length);
  const v = new Float64Array(H);
  for (let k = 0; k < dEds.length; k++) {
    const ok = rowView(o, k);
    const tk = rowView(tc, k);
    for (let i = 0; i < H; i++) v[i] = dEds[k][i] * ok[i] * (1 - tk[i] * tk[i]) + dEdc[k][i];
    out[k] = norm2(v);
  }
  return out;
}

const cache = new WeakMap<AnyModel, Map<string, GatedComparison>>();

/**
 * The three cells on the model's sequence with target t★ = `target` (clamped). `forgetBias`: the
 * LSTM's b_f; null keeps a current LSTM's own and gives a companion LSTM the common 1.
 */
export function gatedComparison(
  model: AnyModel,
  target: number,
  forgetBias: number | null,
): GatedComparison {
  const { T } = dimsOf(model);
  const t = Math.min(Math.max(0, target), T - 1);
  let byKey = cache.get(model);
  if (!byKey) {
    byKey = new Map();
    cache.set(model, byKey);
  }
  const key = `${t}|${forgetBias}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  if (byKey.size > 64) byKey.clear();
  const kind = model.cell ?? 'rnn';
  const runs = {} as Record<CellKind, CellRun>;
  for (const cell of CHAPTER_CELLS) {
    const opts = cell === 'lstm' && forgetBias !== null ? { forgetBias } : {};
    const m = companionOf(model, cell, opts);
    runs[cell] = run(cell, m, kind === cell && m === model, t);
  }
  const out: GatedComparison = { t, forgetBias, runs };
  byKey.set(key, out);
  return out;
}

/** The forget-gate bias the comparison's LSTM has (its first entry: the control sets them all). */
export function shownForgetBias(c: GatedComparison): number {
  return (c.runs.lstm.model as LstmModel).b.f.data[0] ?? 0;
}
