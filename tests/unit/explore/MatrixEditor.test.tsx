// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromRows, mat } from '../../../src/model';
import { MatrixEditor } from '../../../src/explore/MatrixEditor';
import { sameRow } from '../../../src/explore/MatrixRow';
import { setAfterPaintScheduler } from '../../../src/frame';

afterEach(cleanup);

const W = fromRows([
  [0.5, -0.25, 0],
  [1, 2, 3],
]);

function openCell(field: string) {
  fireEvent.click(
    // «W[0][0] = …», with a no-break space in Russian (typeset.ts).
    screen.getByRole('button', { name: new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}\\s=`) }),
  );
  return screen.getByRole('textbox', { name: field }) as HTMLInputElement;
}

describe('MatrixEditor', () => {
  it('a typed value is passed on with its place', () => {
    const onChange = vi.fn();
    render(<MatrixEditor field="W" matrix={W} onChange={onChange} lang="en" />);
    const input = openCell('W[0][1]');
    expect(input.value).toBe('−0.25');
    fireEvent.change(input, { target: { value: '−1,5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith(0, 1, -1.5);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens on top of the cell, and Enter or Escape gives the focus back to the cell', () => {
    const onChange = vi.fn();
    const { container } = render(
      <MatrixEditor field="W" matrix={W} onChange={onChange} lang="en" />,
    );
    const button = () => container.querySelector('button[data-cell="1-0"]') as HTMLButtonElement;
    for (const key of ['Enter', 'Escape']) {
      const input = openCell('W[1][0]');
      // The button stays in place under its editor, inert meanwhile.
      expect(button().hasAttribute('inert')).toBe(true);
      expect(input.closest('td')?.contains(button())).toBe(true);
      expect(document.activeElement).toBe(input);
      // The old value is selected: typing replaces it.
      expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
      fireEvent.change(input, { target: { value: '4' } });
      fireEvent.keyDown(input, { key });
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(button().hasAttribute('inert')).toBe(false);
      expect(document.activeElement).toBe(button());
    }
    expect(onChange).toHaveBeenCalledExactlyOnceWith(1, 0, 4);
  });

  describe("with the browser's timing: the table follows a painted frame late", () => {
    // A scheduler whose "paints" the test runs, one callback at a time.
    let pending: (() => void)[] = [];
    const paintOne = () => {
      const take = pending.shift();
      act(() => take?.());
      return take !== undefined;
    };
    beforeEach(() => {
      pending = [];
      setAfterPaintScheduler((take) => {
        pending.push(take);
        return () => {
          pending = pending.filter((t) => t !== take);
        };
      });
    });
    afterEach(() =>
      setAfterPaintScheduler((take) => {
        take();
        return () => {};
      }),
    );

    /** The editor inside an owner that builds the new matrix, as the app does. */
    function Owner({ onChange }: { readonly onChange: (i: number, j: number, v: number) => void }) {
      const [m, setM] = useState(W);
      return (
        <MatrixEditor
          field="W"
          matrix={m}
          lang="en"
          onChange={(i, j, v) => {
            onChange(i, j, v);
            const data = Float64Array.from(m.data);
            data[i * m.cols + j] = v;
            setM(mat(m.rows, m.cols, data));
          }}
        />
      );
    }
    const cell = (c: HTMLElement, k: string) =>
      c.querySelector(`button[data-cell="${k}"]`) as HTMLButtonElement;

    it('Enter applies the entry at once; the editor closes after the paint, on the new value', () => {
      const onChange = vi.fn();
      const { container } = render(<Owner onChange={onChange} />);
      const input = openCell('W[0][2]');
      fireEvent.change(input, { target: { value: '7' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect(onChange).toHaveBeenCalledExactlyOnceWith(0, 2, 7);
      // Until the frame is painted the editor stays open with the value typed (the cell under it
      // still holds the old one); keys typed meanwhile change nothing, but Tab may leave.
      expect(screen.getByRole('textbox', { name: 'W[0][2]' })).toBe(input);
      expect(cell(container, '0-2').textContent).toBe('0');
      fireEvent.change(input, { target: { value: '8' } });
      expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(false);
      expect(fireEvent.keyDown(input, { key: 'Tab' })).toBe(true);
      expect(input.value).toBe('7');
      // Whenever the editor is gone, the cell shows (and is named by) the new value.
      let steps = 0;
      while (paintOne()) {
        steps++;
        if (!screen.queryByRole('textbox')) {
          expect(cell(container, '0-2').textContent).toBe('7');
          expect(cell(container, '0-2').getAttribute('aria-label')).toBe('W[0][2] = 7, edit');
        }
      }
      expect(steps).toBeGreaterThan(0);
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(document.activeElement).toBe(cell(container, '0-2'));
      expect(cell(container, '0-2').hasAttribute('inert')).toBe(false);
      expect(onChange).toHaveBeenCalledOnce();
    });

    it('the focus that left the editor before the paint is not taken back', () => {
      const onChange = vi.fn();
      render(<Owner onChange={onChange} />);
      const input = openCell('W[1][1]');
      fireEvent.change(input, { target: { value: '5' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      input.blur();
      while (paintOne());
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(document.activeElement).toBe(document.body);
      expect(onChange).toHaveBeenCalledExactlyOnceWith(1, 1, 5);
    });

    it('a blur commits and shows the new value at once, with no frame of the old one', () => {
      const onChange = vi.fn();
      const { container } = render(<Owner onChange={onChange} />);
      const input = openCell('W[1][1]');
      fireEvent.change(input, { target: { value: '5' } });
      fireEvent.blur(input);
      expect(onChange).toHaveBeenCalledExactlyOnceWith(1, 1, 5);
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(cell(container, '1-1').textContent).toBe('5');
      // Another cell opened while the first one closes keeps its editor.
      const a = openCell('W[0][0]');
      fireEvent.change(a, { target: { value: '3' } });
      fireEvent.keyDown(a, { key: 'Enter' });
      const b = openCell('W[1][2]');
      while (paintOne());
      expect(screen.getByRole('textbox', { name: 'W[1][2]' })).toBe(b);
      expect(cell(container, '0-0').textContent).toBe('3');
    });

    it('an editor removed while it closes leaves nothing pending', () => {
      const { unmount } = render(<Owner onChange={() => {}} />);
      const input = openCell('W[0][1]');
      fireEvent.change(input, { target: { value: '2' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect(pending.length).toBeGreaterThan(0);
      unmount();
      expect(pending).toEqual([]);
    });
  });

  it('bad input names the field and keeps the previous value', () => {
    const onChange = vi.fn();
    render(<MatrixEditor field="W" matrix={W} onChange={onChange} lang="en" />);
    for (const bad of ['abc', '', '1/2', 'Infinity', 'NaN', '1e999']) {
      const input = openCell('W[1][2]');
      fireEvent.change(input, { target: { value: bad } });
      fireEvent.keyDown(input, { key: 'Enter' });
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('W[1][2]');
      expect(alert.textContent).toContain('3');
      const cell = screen.getByRole('button', { name: /^W\[1\]\[2\] =/ });
      expect(cell.textContent).toBe('3');
      expect(cell.getAttribute('data-value')).toBe('3');
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it('speaks Russian, and a blur commits while Escape cancels', () => {
    const onChange = vi.fn();
    render(<MatrixEditor field="W" matrix={W} onChange={onChange} lang="ru" />);
    let input = openCell('W[0][0]');
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toMatch(/W\[0\]\[0\]: ожидалось конечное число/);
    input = openCell('W[0][0]');
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.blur(input);
    expect(onChange).not.toHaveBeenCalled();
    input = openCell('W[0][0]');
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(0, 0, 7);
  });

  it('a vector names its entries field[j] and a validator can refuse a value', () => {
    const onChange = vi.fn();
    render(
      <MatrixEditor
        field="targets"
        vector
        matrix={fromRows([[0, 1, 2]])}
        onChange={onChange}
        lang="en"
        validate={(v) => (Number.isInteger(v) && v < 3 ? null : 'expected 0, 1 or 2')}
      />,
    );
    const input = openCell('targets[1]');
    fireEvent.change(input, { target: { value: '2.5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toContain('targets[1]: expected 0, 1 or 2');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('sameRow', () => {
  const props = (matrix: typeof W, i = 0) => ({
    i,
    c0: 0,
    nCols: 3,
    matrix,
    name: (a: number, b: number) => `W[${a}][${b}]`,
    header: '0',
    digits: 3,
    lang: 'en' as const,
    onStart: () => {},
    editingJ: null,
    editor: null,
  });
  it('a row is the same while its own values are, whatever the other rows hold', () => {
    const a = props(W, 0);
    const changedRow1 = fromRows([
      [0.5, -0.25, 0],
      [1, 9, 3],
    ]);
    expect(sameRow(a, { ...a, matrix: changedRow1 })).toBe(true);
    expect(sameRow(props(W, 1), props(changedRow1, 1))).toBe(false);
    expect(sameRow(a, { ...a, editingJ: 1 })).toBe(false);
    expect(sameRow(a, { ...a, matrix: fromRows([[0.5, -0.25, 0, 4]]) })).toBe(false);
  });
});

describe('a refusal ends when the field holds a valid value again', () => {
  it('the matrix editor: reopened on the cell, or closed with Escape', () => {
    render(<MatrixEditor field="W" matrix={W} onChange={() => {}} lang="en" />);
    for (const close of ['reopen', 'Escape'] as const) {
      const input = openCell('W[0][0]');
      fireEvent.change(input, { target: { value: 'abc' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect(screen.getByRole('alert').textContent).toContain('W[0][0]');
      const again = openCell('W[0][0]');
      if (close === 'reopen') expect(screen.queryByRole('alert')).toBeNull();
      fireEvent.keyDown(again, { key: 'Escape' });
      expect(screen.queryByRole('alert')).toBeNull();
    }
  });

  it('a number field: typed back to the old value, or left (it shows the old value again)', async () => {
    const { NumberField } = await import('../../../src/explore/NumberField');
    const onCommit = vi.fn();
    render(
      <NumberField
        label="H"
        field="H"
        value={3}
        onCommit={onCommit}
        lang="en"
        min={1}
        max={9}
        integer
      />,
    );
    const input = screen.getByRole('textbox', { name: 'H' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '99' } });
    expect(screen.getByRole('alert').textContent).toContain('H');
    fireEvent.change(input, { target: { value: '3' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(input, { target: { value: 'x' } });
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.blur(input);
    expect(input.value).toBe('3');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onCommit).not.toHaveBeenCalled();
  });
});
