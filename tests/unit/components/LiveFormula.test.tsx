// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveFormula } from '../../../src/components/LiveFormula';
import { fromRows } from '../../../src/model';
import { gradientParts, partsTex } from '../../../src/lesson/liveValue';

afterEach(cleanup);

describe('LiveFormula', () => {
  it('renders the symbols with KaTeX and the numbers as text, keeping the whole TeX', () => {
    const parts = gradientParts(
      3,
      fromRows([
        [0.5, -0.25],
        [1e-6, NaN],
      ]),
    );
    const { container } = render(<LiveFormula parts={parts} lang="en" overflow="overflow" />);
    const root = container.querySelector('.live-formula') as HTMLElement;
    expect(root.dataset.tex).toBe(partsTex(parts, { lang: 'en', overflow: 'overflow' }));
    expect(root.querySelectorAll('.katex').length).toBe(1);
    const nums = Array.from(root.querySelectorAll('.live-num'), (n) => n.textContent);
    expect(nums).toEqual(['0.5', '−0.25', '1 × 10⁻⁶', 'overflow']);
    expect(root.querySelector('.live-num.is-overflow')?.textContent).toBe('overflow');
  });

  it('changes only the numbers when only the numbers change', () => {
    const a = gradientParts(1, fromRows([[1, 2, 3, 4, 5]]));
    const b = gradientParts(1, fromRows([[5, 4, 3, 2, 1.5]]));
    const { container, rerender } = render(<LiveFormula parts={a} lang="en" />);
    const katex = container.querySelector('.katex');
    rerender(<LiveFormula parts={b} lang="en" />);
    // The KaTeX tree is the same node: nothing but the number was replaced.
    expect(container.querySelector('.katex')).toBe(katex);
    expect(container.querySelector('.live-num')?.textContent).toBe('7.5');
  });
});
