/**
 * The unrolled gated cell as geometry, for the columns of the traced target's last steps: the
 * LSTM's cell-state lane c above its state lane s, the gates of each step between them as small
 * nodes, the inputs x below; the GRU without the c lane, its update path drawn as the s lane's own
 * edge (s_t = (1 − z_t) ⊙ h̃_t + z_t ⊙ s_{t−1}). The flow runs back from s_t★ along both lanes.
 */
import type { GatedCellKind } from './cellData';

/** A gate's radius and the gap between a step's gates. */
export const GATE_R = 25;
const GATE_GAP = 6;
export const STATE_W = 84;
export const STATE_H = 56;

export interface CellLayoutInput {
  readonly cell: GatedCellKind;
  /** The traced target t★. */
  readonly t: number;
  readonly width: number;
  readonly height: number;
}

export interface GateGeom {
  readonly gate: string;
  readonly x: number;
  readonly y: number;
}

export interface CellColumn {
  /** The step k (−1: the initial state). */
  readonly k: number;
  readonly x: number;
  readonly gates: readonly GateGeom[];
}

export interface CellLayout {
  readonly columns: readonly CellColumn[];
  /** The first column shown is not k = −1: the earlier steps are left out (the chart has them). */
  readonly cut: boolean;
  /** The lanes' y: the cell state (LSTM only), the gates, the state, the input. */
  readonly yC: number | null;
  readonly yGate: number;
  readonly yS: number;
  readonly yX: number;
  /** E_t★'s place, right of s_t★. */
  readonly e: { readonly x: number; readonly y: number };
  readonly colW: number;
  readonly height: number;
}

export const GATES: Readonly<Record<GatedCellKind, readonly string[]>> = {
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['z', 'r', 'h'],
};

/** The columns k = t★ − n + 1 … t★ that fit the width (k ≥ −1), and their lanes. */
export function cellLayout({ cell, t, width, height }: CellLayoutInput): CellLayout {
  const left = 16;
  const right = 112;
  const names = GATES[cell];
  // A column holds its step's gates side by side, with room between the columns.
  const colMin = names.length * (2 * GATE_R + GATE_GAP) + 12;
  const fit = Math.max(2, Math.floor((width - left - right) / colMin));
  const n = Math.min(t + 2, fit);
  const first = t - n + 1;
  const colW = (width - left - right) / n;
  const lstm = cell === 'lstm';
  const top = 96;
  // Under s: its flow, its norm, then x; under x the note on the columns left out.
  const below = 132 + (first > -1 ? 96 : 40);
  const rowGap = Math.max(120, Math.min(170, (height - top - below) / (lstm ? 2 : 1)));
  const yC = lstm ? top : null;
  const yGate = lstm ? top + rowGap : top + 30;
  const yS = yGate + rowGap;
  const yX = yS + 132;
  const gateSpan = (names.length - 1) * (2 * GATE_R + GATE_GAP);
  const columns: CellColumn[] = [];
  for (let k = first; k <= t; k++) {
    const x = left + (k - first + 0.5) * colW;
    const gates =
      k < 0
        ? []
        : names.map((gate, i) => ({
            gate,
            x: x - gateSpan / 2 + (names.length > 1 ? (i * gateSpan) / (names.length - 1) : 0),
            y: yGate,
          }));
    columns.push({ k, x, gates });
  }
  return {
    columns,
    cut: first > -1,
    yC,
    yGate,
    yS,
    yX,
    e: { x: width - right / 2, y: yS },
    colW,
    height: yS + below,
  };
}
