/**
 * The gated chapter's comparison chart, computed: the series of the three cells (‖∂E_t★/∂s_k‖ of
 * the vanilla RNN, the GRU and the LSTM, and the LSTM's ‖∂E_t★/∂c_k‖) on one logarithmic axis,
 * each told apart by colour, dash and marker.
 */
export type GatedSeriesId = 'rnn' | 'gru' | 'lstmS' | 'lstmC';

export const GATED_SERIES: readonly GatedSeriesId[] = ['rnn', 'gru', 'lstmS', 'lstmC'];

export interface GatedSeries {
  readonly id: GatedSeriesId;
  /** The legend's text (translated by the caller). */
  readonly name: string;
  /** k = 0 … t★. */
  readonly values: ArrayLike<number>;
}

/** A marker centred on (x, y): circle, triangle, diamond or square, by series. */
export function gatedMarker(id: GatedSeriesId, x: number, y: number): string {
  const r = 9;
  switch (id) {
    case 'rnn':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'gru':
      return `M${x},${y - r - 2}L${x + r + 2},${y + r}H${x - r - 2}Z`;
    case 'lstmS':
      return `M${x},${y - r - 3}L${x + r + 3},${y}L${x},${y + r + 3}L${x - r - 3},${y}Z`;
    case 'lstmC':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
  }
}
