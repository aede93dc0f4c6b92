// @vitest-environment jsdom
/**
 * The explore mode's number fields in Russian: they show their values with the decimal comma,
 * accept «0,5» as well as «0.5» (and a true minus), and refuse anything else with the field's
 * message while the previous value stays.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../../src/explore/NumberField';
import { MatrixEditor } from '../../../src/explore/MatrixEditor';
import { parseNumberInput } from '../../../src/explore/numberInput';
import { fromRows } from '../../../src/model';

afterEach(cleanup);

/** A field over local state, as the app wires it to the model. */
function Host({ initial, onCommit }: { initial: number; onCommit: (v: number) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <NumberField
      label="η"
      field="lr"
      value={value}
      onCommit={(v) => {
        onCommit(v);
        setValue(v);
      }}
      lang="ru"
      min={0}
      max={10}
    />
  );
}

function field(onCommit: (v: number) => void, value = 0.1) {
  render(<Host initial={value} onCommit={onCommit} />);
  return screen.getByRole('textbox', { name: 'η' }) as HTMLInputElement;
}

describe('number fields in Russian', () => {
  it('read a comma and a point alike', () => {
    expect(parseNumberInput('0,5')).toBe(0.5);
    expect(parseNumberInput('0.5')).toBe(0.5);
    expect(parseNumberInput(' −1,25 ')).toBe(-1.25);
    expect(parseNumberInput('2,27e-5')).toBe(2.27e-5);
    for (const bad of ['', '0,5,1', '1.234,5', 'abc', '1/2', '0,5 %'])
      expect(parseNumberInput(bad), bad).toBeNull();
  });

  it('show the value with a comma and accept «0,5» and «0.5»', () => {
    const onCommit = vi.fn();
    const input = field(onCommit);
    expect(input.value).toBe('0,1');
    fireEvent.change(input, { target: { value: '0,5' } });
    expect(onCommit).toHaveBeenLastCalledWith(0.5);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(input, { target: { value: '0.25' } });
    expect(onCommit).toHaveBeenLastCalledWith(0.25);
    // Left, it writes the value in Russian's style again.
    fireEvent.blur(input);
    expect(input.value).toBe('0,25');
    // ↑ steps it, written with a comma.
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onCommit).toHaveBeenLastCalledWith(0.35);
    expect(input.value).toBe('0,35');
  });

  it('refuse an invalid entry with the field’s message and keep the previous value', () => {
    const onCommit = vi.fn();
    const input = field(onCommit, 0.5);
    fireEvent.change(input, { target: { value: '0,5,1' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('lr');
    expect(alert.textContent).toContain('«0,5,1»');
    // The limits and the value kept, in Russian's style.
    expect(alert.textContent).toMatch(/0,5\s+сохранено/);
    expect(alert.textContent).not.toMatch(/\d\.\d/);
    fireEvent.change(input, { target: { value: '12,5' } });
    expect(screen.getByRole('alert').textContent).toContain('«12,5»');
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.blur(input);
    expect(input.value).toBe('0,5');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a matrix cell: shown, edited and reported with a comma', () => {
    const onChange = vi.fn();
    render(
      <MatrixEditor
        field="W"
        matrix={fromRows([
          [0.5, -0.25],
          [1, 2],
        ])}
        onChange={onChange}
        lang="ru"
      />,
    );
    const open = () => {
      fireEvent.click(screen.getByRole('button', { name: /^W\[0\]\[1\]\s=/ }));
      return screen.getByRole('textbox', { name: 'W[0][1]' }) as HTMLInputElement;
    };
    const cell = screen.getByRole('button', { name: /^W\[0\]\[1\]\s=/ });
    expect(cell.textContent).toBe('−0,25');
    expect(cell.getAttribute('aria-label')).toContain('−0,25');
    let input = open();
    expect(input.value).toBe('−0,25');
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.blur(input);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/−0,25\s+сохранено/);
    input = open();
    fireEvent.change(input, { target: { value: '0,75' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith(0, 1, 0.75);
  });
});
