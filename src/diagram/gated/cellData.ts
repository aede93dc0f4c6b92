/**
 * What the gated cell diagram writes and draws, from the core's forward pass and the traced
 * target's gradients: each gate's mean activation per step (with its range over the units), the
 * norms ‖∂E_t★/∂s_k‖ and, for the LSTM, ‖∂E_t★/∂c_k‖, and the direct path's product.
 */
import { rowView, type DirectPath, type Forward } from '../../model';

export type GatedCellKind = 'gru' | 'lstm';

export interface GateValue {
  /** The mean over the H units. */
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** The range the gate's nonlinearity maps to: σ gates [0, 1], tanh candidates [−1, 1]. */
  readonly signed: boolean;
}

export interface CellData {
  readonly cell: GatedCellKind;
  readonly t: number;
  /** gates[gate][k], k = 0 … t★. */
  readonly gates: Readonly<Record<string, readonly GateValue[]>>;
  /** k = 0 … t★: ‖∂E_t★/∂s_k‖. */
  readonly s: ArrayLike<number>;
  /** k = 0 … t★: ‖∂E_t★/∂c_k‖ (LSTM), else null. */
  readonly c: ArrayLike<number> | null;
  readonly direct: DirectPath | null;
}

/** The tanh-valued gates (the candidates): the others are sigmoids. */
const SIGNED = new Set(['g', 'h']);

export function gateValues(fwd: Forward, gate: string, t: number): GateValue[] {
  const m = fwd.cache[`gate.${gate}`];
  const out: GateValue[] = [];
  for (let k = 0; k <= t; k++) {
    const row = rowView(m, k);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const v of row) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    out.push({ mean: sum / row.length, min, max, signed: SIGNED.has(gate) });
  }
  return out;
}
