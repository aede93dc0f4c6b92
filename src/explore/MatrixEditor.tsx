/**
 * A matrix (or a vector) whose entries can be typed by hand: click a cell (or focus it and press
 * Enter), type a value, Enter or leaving the cell keeps it, Escape cancels. A value that is not a
 * finite number (or that `validate` refuses) shows a message naming the field, e.g. "W[1][2]", and
 * the previous value stays.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { scheduleAfterPaint } from '../frame';
import type { Mat } from '../model';
import type { Lang } from '../lesson/types';
import { useFrameLag } from '../components/useFrameLag';
import { MatrixRow } from './MatrixRow';
import { exactText, parseNumberInput } from './numberInput';
import { t as translate } from '../i18n';

export interface MatrixEditorProps {
  /** The field name errors use: "W" gives "W[1][2]" (or "initialState[2]" for a vector). */
  readonly field: string;
  readonly matrix: Mat;
  /** Called with a valid new value; the caller builds the new model. */
  readonly onChange: (i: number, j: number, value: number) => void;
  readonly lang: Lang;
  /** Shows a 1×n matrix as a vector: fields are "name[j]". */
  readonly vector?: boolean;
  /** Extra check of a finite value: a message (English or localised) when refused, else null. */
  readonly validate?: (value: number) => string | null;
  /** A caption above the table. */
  readonly caption?: string;
  /** Row and column headers (indices by default). */
  readonly rowHeader?: (i: number) => string;
  readonly colHeader?: (j: number) => string;
  /** Digits shown in cells (the editor shows the exact value). */
  readonly digits?: number;
}

/** Rows and columns shown at a time: a larger matrix is edited one 16×16 page at a time. */
export const PAGE = 16;

/** The first indices of the pages of n entries: 0, 16, 32, … */
function pageStarts(n: number): number[] {
  return Array.from({ length: Math.ceil(n / PAGE) }, (_, p) => p * PAGE);
}

/** A refused entry, kept as data so that its message follows the language. */
interface Refused {
  readonly field: string;
  /** The text typed (not a number), or the number `validate` refused. */
  readonly found: string | number;
  readonly old: number;
}

interface Editing {
  readonly i: number;
  readonly j: number;
  readonly text: string;
  /** Closing: the cell under the editor is no longer inert, so it can take the focus back. */
  readonly released?: boolean;
}

export function MatrixEditor({
  field,
  matrix,
  onChange,
  lang,
  vector = false,
  validate,
  caption,
  rowHeader,
  colHeader,
  digits = 3,
}: MatrixEditorProps) {
  const id = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  // The table follows the model one painted frame late, as the maps do (src/frame's SCHEDULES):
  // an edit's frame shows its consequences (diagram, formulas, terms) without also laying out and
  // painting the table. Entries are checked against the current matrix.
  const { shown: table, nextAtOnce, catchUp } = useFrameLag('matrixTable', matrix);
  const [origin, setOrigin] = useState({ r: 0, c: 0 });
  // The page stays inside the matrix when it shrinks.
  const r0 = Math.min(origin.r, Math.floor((table.rows - 1) / PAGE) * PAGE);
  const c0 = Math.min(origin.c, Math.floor((table.cols - 1) / PAGE) * PAGE);
  const [error, setError] = useState<Refused | null>(null);
  // Set when Enter or Escape closed the editor, so that the blur that may follow does nothing.
  const closed = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  /**
   * Gives the focus back to the cell's button, which stays mounted under its editor: moved before
   * the editor is removed, the focus never lands on a removed element (whose blur would force a
   * style and layout pass in the middle of the edit's render). The button is inert while covered:
   * React releases it first (a synchronous render of the one row), as it owns the attribute.
   */
  const refocus = (e: Editing) => {
    flushSync(() => setEditing({ ...e, released: true }));
    box.current
      ?.querySelector<HTMLButtonElement>(`button[data-cell="${e.i}-${e.j}"]`)
      ?.focus({ preventScroll: true });
  };
  const name = useCallback(
    (i: number, j: number) => (vector ? `${field}[${j}]` : `${field}[${i}][${j}]`),
    [vector, field],
  );
  const valueAt = (i: number, j: number) => matrix.data[i * matrix.cols + j];

  /**
   * Applies an entry typed: true when the model changed, false when refused or the same. With
   * `atOnce` the table shows the change in the same frame (else one painted frame later).
   */
  const apply = (e: Editing, atOnce: boolean): boolean => {
    const old = valueAt(e.i, e.j);
    if (old === undefined) return false;
    const f = name(e.i, e.j);
    const v = parseNumberInput(e.text);
    if (v === null) {
      setError({ field: f, found: e.text, old });
      return false;
    }
    if (validate?.(v)) {
      setError({ field: f, found: v, old });
      return false;
    }
    setError(null);
    if (v === old) return false;
    if (atOnce) nextAtOnce();
    onChange(e.i, e.j, v);
    return true;
  };

  /** A commit that closes the editor at once (a blur): the table shows the new value with it. */
  const commit = (e: Editing) => {
    setEditing(null);
    apply(e, true);
  };

  // The editor being shown, for a close that comes a frame later.
  const shown = useRef<Editing | null>(null);
  shown.current = editing;
  const cancelClose = useRef<(() => void) | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => cancelClose.current?.(), []);

  /**
   * Enter: the entry is applied at once, so the diagram, the formulas and the terms show it in
   * the next frame; the editor, which already shows the value typed, closes one frame later (the
   * cell's focus, its new text and the input's removal would otherwise add their style, layout,
   * paint and hover update to that frame).
   */
  const enter = (e: Editing) => {
    if (!apply(e, false)) {
      refocus(e);
      setEditing(null);
      return;
    }
    cancelClose.current?.();
    cancelClose.current = scheduleAfterPaint(() => {
      cancelClose.current = null;
      // The cell shows the new value (and is named by it) before it takes the focus back, unless
      // the focus has left the editor meanwhile.
      catchUp();
      if (shown.current !== e) return;
      if (document.activeElement === input.current) refocus(e);
      setEditing(null);
    });
  };

  const start = useCallback(
    (i: number, j: number, value: number) => {
      closed.current = false;
      // The editor opens on the cell's (valid) value: an earlier refusal is over.
      setError(null);
      setEditing({ i, j, text: exactText(value, lang) });
    },
    [lang],
  );

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    if (closed.current) {
      // Closing (see `enter`): keys are dropped, but Tab still leaves the editor.
      if (e.key !== 'Tab') e.preventDefault();
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      closed.current = true;
      enter(editing);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closed.current = true;
      refocus(editing);
      setEditing(null);
      setError(null);
    }
  };

  const rows = Array.from({ length: Math.min(PAGE, table.rows - r0) }, (_, i) => r0 + i);
  const cols = Array.from({ length: Math.min(PAGE, table.cols - c0) }, (_, j) => c0 + j);
  const pager = (axis: 'r' | 'c', n: number, start: number) => (
    <div className="xp-field xp-editor__page">
      <label htmlFor={`${id}-${axis}`}>
        {translate(lang, 'explore', axis === 'r' ? 'edit.rows' : 'edit.cols')}
      </label>
      <select
        id={`${id}-${axis}`}
        className="xp-input"
        value={start}
        onChange={(e) => setOrigin({ r: r0, c: c0, [axis]: Number(e.target.value) })}
      >
        {pageStarts(n).map((p) => (
          <option key={p} value={p}>
            {p} … {Math.min(n, p + PAGE) - 1}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="xp-editor" data-field={field} ref={box}>
      {(table.rows > PAGE || table.cols > PAGE) && (
        <div className="xp-row">
          {!vector && table.rows > PAGE && pager('r', table.rows, r0)}
          {table.cols > PAGE && pager('c', table.cols, c0)}
        </div>
      )}
      <div className="xp-editor__scroll">
        <table className="xp-editor__table">
          {caption && <caption>{caption}</caption>}
          <thead>
            <tr>
              {!vector && <td />}
              {cols.map((j) => (
                <th key={j} scope="col">
                  {colHeader ? colHeader(j) : j}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => {
              const here = editing !== null && editing.i === i ? editing : null;
              return (
                <MatrixRow
                  key={i}
                  i={i}
                  c0={c0}
                  nCols={cols.length}
                  matrix={table}
                  name={name}
                  header={vector ? null : rowHeader ? rowHeader(i) : String(i)}
                  digits={digits}
                  lang={lang}
                  onStart={start}
                  editingJ={here ? here.j : null}
                  released={here?.released}
                  editor={
                    here && (
                      <input
                        ref={input}
                        className="xp-editor__input"
                        aria-label={name(here.i, here.j)}
                        value={here.text}
                        autoFocus
                        inputMode="decimal"
                        // Selected on opening: a typed value replaces the old one.
                        onFocus={(e) => e.currentTarget.select()}
                        onChange={(e) => {
                          if (!closed.current)
                            setEditing({ i: here.i, j: here.j, text: e.target.value });
                        }}
                        onKeyDown={onInputKey}
                        onBlur={() => {
                          if (!closed.current) commit(here);
                        }}
                      />
                    )
                  }
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {error && (
        <p className="xp-error" role="alert" data-field={error.field}>
          {typeof error.found === 'string'
            ? translate(lang, 'explore', 'edit.notNumber', {
                field: error.field,
                found: error.found,
                old: exactText(error.old, lang),
              })
            : translate(lang, 'explore', 'edit.error', {
                field: error.field,
                message: validate?.(error.found) ?? '',
                old: exactText(error.old, lang),
              })}
        </p>
      )}
    </div>
  );
}

export default MatrixEditor;
