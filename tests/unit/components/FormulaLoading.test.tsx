// @vitest-environment jsdom
/**
 * KaTeX arrives as a chunk of its own: a formula waits for it (an empty, busy box), renders when
 * it is in, and shows its TeX source if it cannot be loaded.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  cleanup();
  vi.doUnmock('katex');
  vi.resetModules();
});

describe('Formula while KaTeX loads', () => {
  it('is an empty busy box first, then the rendered formula', async () => {
    vi.resetModules();
    const { Formula, loadKatex, renderTex } = await import('../../../src/components/Formula');
    const { container } = render(<Formula tex="\frac{a}{b}" display />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.classList.contains('formula-pending')).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).toBe('');
    expect(renderTex('x', false)).toBeNull();
    await act(() => loadKatex());
    const done = container.firstElementChild as HTMLElement;
    expect(done.querySelector('.katex-display')).not.toBeNull();
    expect(done.getAttribute('aria-busy')).toBeNull();
    expect(done.dataset.tex).toBe('\\frac{a}{b}');
  });

  it('shows the TeX source, as text, when KaTeX cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('katex', () => {
      throw new Error('offline');
    });
    const { Formula, loadKatex } = await import('../../../src/components/Formula');
    await loadKatex();
    const { container } = render(<Formula tex="<b>x</b> \alpha" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.classList.contains('formula-source')).toBe(true);
    expect(root.textContent).toBe('<b>x</b> \\alpha');
    expect(root.querySelector('b')).toBeNull();
  });
});
