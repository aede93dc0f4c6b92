// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromRows } from '../../../src/model';
import { MatrixEditor } from '../../../src/components/explore/MatrixEditor';
import { sameRow } from '../../../src/components/explore/MatrixRow';
import { setAfterPaintScheduler } from '../../../src/components/useAfterPaint';

afterEach(cleanup);

const W = fromRows([
  [0.5, -0.25, 0],
  [1, 2, 3],
]);

function openCell(field: string) {
  fireEvent.click(
    screen.getByRole('button', { name: new RegExp(`^${field.replace(/[[\]]/g, '\\$&')} =`) }),
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

  it('Enter applies the entry at once and closes the editor after the next paint', () => {
    // A scheduler whose "paint" the test decides.
    let pending: (() => void)[] = [];
    const paint = () => {
      const now = pending;
      pending = [];
      act(() => now.forEach((take) => take()));
    };
    setAfterPaintScheduler((take) => {
      pending.push(take);
      return () => {
        pending = pending.filter((t) => t !== take);
      };
    });
    try {
      const onChange = vi.fn();
      const { container, rerender } = render(
        <MatrixEditor field="W" matrix={W} onChange={onChange} lang="en" />,
      );
      const button = () => container.querySelector('button[data-cell="0-2"]') as HTMLButtonElement;
      const input = openCell('W[0][2]');
      fireEvent.change(input, { target: { value: '7' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      // Applied at once: the caller builds the new model and passes it down.
      expect(onChange).toHaveBeenCalledExactlyOnceWith(0, 2, 7);
      const next = fromRows([
        [0.5, -0.25, 7],
        [1, 2, 3],
      ]);
      rerender(<MatrixEditor field="W" matrix={next} onChange={onChange} lang="en" />);
      // Until the frame is painted the editor stays open with the value typed; keys typed
      // meanwhile change nothing.
      expect(screen.getByRole('textbox', { name: 'W[0][2]' })).toBe(input);
      fireEvent.change(input, { target: { value: '8' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect(input.value).toBe('7');
      expect(button().textContent).toBe('0');
      paint();
      // Then it closes, the focus is back on the cell and the table shows the new value.
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(document.activeElement).toBe(button());
      expect(button().hasAttribute('inert')).toBe(false);
      expect(button().textContent).toBe('7');
      expect(onChange).toHaveBeenCalledOnce();

      // The focus left the editor before the paint (a click elsewhere): it is not taken back.
      const again = openCell('W[1][1]');
      fireEvent.change(again, { target: { value: '5' } });
      fireEvent.keyDown(again, { key: 'Enter' });
      again.blur();
      paint();
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(document.activeElement).toBe(document.body);
      expect(onChange).toHaveBeenLastCalledWith(1, 1, 5);
    } finally {
      setAfterPaintScheduler((take) => {
        take();
        return () => {};
      });
    }
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
