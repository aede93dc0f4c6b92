/**
 * A gated cell's equations above the explore formulas (math.md §8), one relation per line so
 * that each fits the column: the GRU as Cho et al. 2014 write it (the reset gate before W_h; the
 * candidate written h̃_t, as the app writes the output ŷ_t), with a word on PyTorch's nn.GRU,
 * which applies r after the matrix; the LSTM as PyTorch's nn.LSTM, one bias per gate.
 */
import { FitWidth } from '../components/FitWidth';
import { Formula } from '../components/Formula';
import type { GatedModel } from '../model';
import { type Lang, t as translate } from '../i18n';

const GATE = (q: string, f: string, operand = 's_{t-1}') =>
  `${f}(U_${q} x_t+W_${q} ${operand}+b_${q})`;

// Short lines: the σ gates share one line (q names the gate), so each fits a 1024×768 column.
const GRU_TEX: readonly string[] = [
  `q_t=${GATE('q', '\\sigma')},\\ q\\in\\{z,r\\}`,
  `\\tilde h_t=${GATE('h', '\\tanh', '(r_t\\odot s_{t-1})')}`,
  `s_t=(1-z_t)\\odot\\tilde h_t+z_t\\odot s_{t-1}`,
];

const LSTM_TEX: readonly string[] = [
  `q_t=${GATE('q', '\\sigma')},\\ q\\in\\{i,f,o\\}`,
  `g_t=${GATE('g', '\\tanh')}`,
  `c_t=f_t\\odot c_{t-1}+i_t\\odot g_t,\\quad s_t=o_t\\odot\\tanh(c_t)`,
];

export interface CellEquationsProps {
  readonly model: GatedModel;
  readonly lang: Lang;
}

export function CellEquations({ model, lang }: CellEquationsProps) {
  const lines = model.cell === 'gru' ? GRU_TEX : LSTM_TEX;
  return (
    <figure
      className="formula-block xp-cell-eq"
      data-testid="cell-equations"
      data-cell={model.cell}
    >
      {lines.map((tex) => (
        <FitWidth key={tex} watch={tex}>
          <Formula tex={tex} display />
        </FitWidth>
      ))}
      <figcaption className="xp-help">
        {translate(lang, 'explore', model.cell === 'gru' ? 'stage.gru' : 'stage.lstm')}
      </figcaption>
    </figure>
  );
}

export default CellEquations;
