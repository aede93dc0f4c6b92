/**
 * The comparison chart's series, by sub-step: the gradients (‖∂E_t★/∂s_k‖ of each cell and the
 * LSTM's ‖∂E_t★/∂c_k‖), or the whole transition's Jacobian products (σ_max of ∂h_t★/∂h_k, h = s
 * or the LSTM's (s, c)) beside the LSTM's cell path alone, Π diag(f_j). A product still being
 * computed is named so in the legend and drawn when it arrives.
 */
import type { Translator } from '../i18n';
import type { GatedSeries } from '../diagram/gated/chart';
import type { GatedComparison } from '../store/gatedChapter';
import type { Products } from '../store/transitionProducts';

const NONE = new Float64Array(0);

export function gatedSeries(
  cmp: GatedComparison,
  mode: 'gradients' | 'products',
  products: readonly (Products | null)[],
  tr: Translator<'views'>,
): GatedSeries[] {
  const { rnn, gru, lstm } = cmp.runs;
  const vars = { t: cmp.t };
  if (mode === 'gradients') {
    const out: GatedSeries[] = [
      { id: 'rnn', name: tr('gated.series.rnn', vars), values: rnn.s },
      { id: 'gru', name: tr('gated.series.gru', vars), values: gru.s },
      { id: 'lstmS', name: tr('gated.series.lstmS', vars), values: lstm.s },
    ];
    if (lstm.c) out.push({ id: 'lstmC', name: tr('gated.series.lstmC', vars), values: lstm.c });
    return out;
  }
  const ids = ['rnn', 'gru', 'lstmS'] as const;
  const keys = ['gated.products.rnn', 'gated.products.gru', 'gated.products.lstm'] as const;
  const out: GatedSeries[] = ids.map((id, i) => {
    const p = products[i];
    const ready = p?.status === 'ready';
    const name = tr(keys[i], vars);
    return {
      id,
      name: ready ? name : `${name} (${tr('gated.pending')})`,
      values: ready ? p.norms : NONE,
    };
  });
  if (lstm.direct)
    out.push({ id: 'lstmC', name: tr('gated.products.direct', vars), values: lstm.direct.norm });
  return out;
}
