/**
 * One row of a MatrixEditor's page. Memoised on the row's own values: an entry typed elsewhere in
 * the matrix re-renders only its own row (a 16 × 16 page is 256 cells).
 */
import { memo, type ReactNode } from 'react';
import type { Mat } from '../model';
import type { Lang } from '../i18n';
import { MatrixCell } from './MatrixCell';

export interface MatrixRowProps {
  readonly i: number;
  /** The page's columns: c0 … c0 + nCols − 1. */
  readonly c0: number;
  readonly nCols: number;
  readonly matrix: Mat;
  /** The entry's field name, e.g. "W[1][2]". */
  readonly name: (i: number, j: number) => string;
  /** The row's header, or null for a vector (no header column). */
  readonly header: string | null;
  readonly digits: number;
  readonly lang: Lang;
  readonly onStart: (i: number, j: number, value: number) => void;
  /** The column whose editor is open in this row, and that editor; null elsewhere. */
  readonly editingJ: number | null;
  readonly editor: ReactNode;
  /** The editor is closing: its cell is no longer covered (it takes the focus back). */
  readonly released?: boolean;
}

function MatrixRowView({
  i,
  c0,
  nCols,
  matrix,
  name,
  header,
  digits,
  lang,
  onStart,
  editingJ,
  editor,
  released = false,
}: MatrixRowProps) {
  const cells = [];
  for (let j = c0; j < c0 + nCols; j++) {
    const isEditing = editingJ === j;
    cells.push(
      <td
        key={j}
        data-field={name(i, j)}
        className={isEditing ? 'xp-editor__td is-editing' : 'xp-editor__td'}
      >
        <MatrixCell
          i={i}
          j={j}
          field={name(i, j)}
          value={matrix.data[i * matrix.cols + j]}
          digits={digits}
          lang={lang}
          onStart={onStart}
          covered={isEditing && !released}
        />
        {isEditing && editor}
      </td>,
    );
  }
  return (
    <tr>
      {header !== null && <th scope="row">{header}</th>}
      {cells}
    </tr>
  );
}

/** The same row: equal props, except that the matrix need only hold the same values in it. */
export function sameRow(a: MatrixRowProps, b: MatrixRowProps): boolean {
  for (const key of Object.keys(a) as (keyof MatrixRowProps)[]) {
    if (key !== 'matrix' && a[key] !== b[key]) return false;
  }
  if (a.matrix === b.matrix) return true;
  if (a.matrix.cols !== b.matrix.cols) return false;
  const base = a.i * a.matrix.cols;
  for (let j = a.c0; j < a.c0 + a.nCols; j++) {
    if (!Object.is(a.matrix.data[base + j], b.matrix.data[base + j])) return false;
  }
  return true;
}

export const MatrixRow = memo(MatrixRowView, sameRow);

export default MatrixRow;
