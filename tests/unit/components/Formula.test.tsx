// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import katex from 'katex';
import { Formula, renderTex } from '../../../src/components/Formula';
import { KATEX_OPTIONS, trustTermClass } from '../../../src/components/katexOptions';
import { formulasFor } from '../../../src/lesson/tex';
import { SLIDE_CTX, STEPS } from '../../../src/lesson/steps';

afterEach(cleanup);

const annotationOf = (el: Element) =>
  el.querySelector('annotation[encoding="application/x-tex"]')?.textContent;

describe('Formula', () => {
  it('renders TeX with KaTeX and keeps the source in data-tex and the MathML annotation', () => {
    const tex = '\\htmlClass{term-W}{W} = \\frac{\\partial E}{\\partial W}';
    const { container } = render(<Formula tex={tex} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.tagName).toBe('SPAN');
    expect(root.dataset.tex).toBe(tex);
    expect(root.querySelector('.katex')).not.toBeNull();
    expect(root.querySelector('math')).not.toBeNull();
    expect(annotationOf(root)).toBe(tex);
    expect(root.querySelector('.term-W')).not.toBeNull();
    expect(root.innerHTML).not.toContain('katex-error');
  });

  it('renders display math in a block, with a class and a spoken label', () => {
    const { container } = render(
      <Formula tex="E = \sum_t E_t" display className="big" label="E is the sum of E t" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.tagName).toBe('DIV');
    expect(root.className).toContain('big');
    expect(root.querySelector('.katex-display')).not.toBeNull();
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('E is the sum of E t');
  });

  it("renders every step's formulas without error markup", () => {
    for (const step of STEPS) {
      for (const f of formulasFor(step, SLIDE_CTX)) {
        const { container, unmount } = render(<Formula tex={f.tex} display />);
        const root = container.firstElementChild as HTMLElement;
        expect(root.innerHTML, f.id).not.toContain('katex-error');
        expect(annotationOf(root)).toBe(f.tex);
        unmount();
      }
    }
  });

  it('shows bad TeX as an error instead of throwing', () => {
    const { container } = render(<Formula tex="\frac{" />);
    expect(container.innerHTML).toContain('katex-error');
  });

  it('trusts only \\htmlClass with a term-… class', () => {
    expect(trustTermClass({ command: '\\htmlClass', class: 'term-jac' })).toBe(true);
    expect(trustTermClass({ command: '\\htmlClass', class: 'term-W' })).toBe(true);
    expect(trustTermClass({ command: '\\htmlClass', class: 'evil' })).toBe(false);
    expect(trustTermClass({ command: '\\htmlClass', class: 'term-a b' })).toBe(false);
    expect(trustTermClass({ command: '\\href', url: 'https://example.com' })).toBe(false);
    expect(trustTermClass({ command: '\\htmlStyle', style: 'color:red' })).toBe(false);
    expect(KATEX_OPTIONS.output).toBe('htmlAndMathml');
    expect(KATEX_OPTIONS.minRuleThickness).toBe(0.06);
    expect(KATEX_OPTIONS.throwOnError).toBe(false);
  });

  it('renders each (tex, display) pair once', () => {
    const spy = vi.spyOn(katex, 'renderToString');
    const tex = `x_{${Math.random()}}`;
    const a = renderTex(tex, false);
    const b = renderTex(tex, false);
    renderTex(tex, true);
    expect(a).toBe(b);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });
});
