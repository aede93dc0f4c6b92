/**
 * The cell of the model: the lecture's vanilla RNN, the GRU or the LSTM (math.md §8). Choosing
 * one converts the model (the panel keeps the sequence: companionOf), so the same sequence can be
 * watched through each cell.
 */
import { useId } from 'react';
import { CELL_KINDS, type CellKind } from '../model';
import { type ExploreKey, type Lang, t as translate } from '../i18n';

export interface CellSwitchProps {
  readonly cell: CellKind;
  readonly lang: Lang;
  readonly onCell: (cell: CellKind) => void;
}

const LABEL: Readonly<Record<CellKind, ExploreKey>> = {
  rnn: 'net.cell.rnn',
  gru: 'net.cell.gru',
  lstm: 'net.cell.lstm',
};

export function CellSwitch({ cell, lang, onCell }: CellSwitchProps) {
  const id = useId();
  return (
    <div className="xp-field xp-field--wide">
      <div className="xp-cell">
        <span id={id} className="xp-label">
          {translate(lang, 'explore', 'net.cell')}
        </span>
        <div className="xp-switch" role="group" aria-labelledby={id} data-field="cell">
          {CELL_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={cell === k}
              className="xp-button xp-switch__btn"
              data-cell={k}
              onClick={() => cell !== k && onCell(k)}
            >
              {translate(lang, 'explore', LABEL[k])}
            </button>
          ))}
        </div>
      </div>
      <p className="xp-help">{translate(lang, 'explore', 'net.cellHelp')}</p>
    </div>
  );
}

export default CellSwitch;
