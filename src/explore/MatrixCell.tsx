/**
 * One entry of a MatrixEditor while it is not being edited: a button showing the value, named by
 * its field ("W[1][2] = 0.5, edit"). Memoised: it re-renders only when its own value changes.
 */
import { memo } from 'react';
import { formatNumber, type Lang, t as translate } from '../i18n';
import { exactText } from './numberInput';

export interface MatrixCellProps {
  readonly i: number;
  readonly j: number;
  /** The entry's field name, e.g. "W[1][2]". */
  readonly field: string;
  readonly value: number;
  readonly digits: number;
  readonly lang: Lang;
  readonly onStart: (i: number, j: number, value: number) => void;
  /**
   * Its editor is open on top of it: the button stays mounted (so the focus can come back to it
   * without a layout pass) but is inert meanwhile.
   */
  readonly covered?: boolean;
}

function MatrixCellView({
  i,
  j,
  field,
  value,
  digits,
  lang,
  onStart,
  covered = false,
}: MatrixCellProps) {
  return (
    <button
      type="button"
      className="xp-editor__cell"
      data-cell={`${i}-${j}`}
      data-value={value}
      inert={covered}
      aria-label={translate(lang, 'explore', 'edit.cell', { field, v: exactText(value, lang) })}
      onClick={() => onStart(i, j, value)}
    >
      {formatNumber(value, { digits, lang })}
    </button>
  );
}

export const MatrixCell = memo(MatrixCellView);

export default MatrixCell;
