// @vitest-environment jsdom
/**
 * While idle, the lesson renders the formulas of the positions next to the current one into
 * Formula's cache: after the idle callback has run, stepping to the next position needs no KaTeX.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import katex from 'katex';
import { renderTex } from '../../../src/components/Formula';
import { usePrewarmFormulas } from '../../../src/components/usePrewarmFormulas';
import { formulasAt } from '../../../src/lesson/tex';
import {
  lessonStore,
  nextPosition,
  selectCounts,
  selectLessonCtx,
  selectStep,
} from '../../../src/store';

function Probe() {
  usePrewarmFormulas();
  return null;
}

type IdleCb = (d: { timeRemaining(): number }) => void;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The TeX of the formulas at the position after the store's current one. */
function nextTex(): string[] {
  const s = lessonStore.getState();
  const p = nextPosition({ stepIndex: s.stepIndex, sub: s.sub }, selectCounts(s));
  const at = { ...s, ...p };
  return formulasAt(selectStep(at), { ...selectLessonCtx(at), sub: p.sub }).map((f) => f.tex);
}

describe('usePrewarmFormulas', () => {
  it('renders the next position’s formulas in idle time, so showing them needs no KaTeX', async () => {
    const idle: IdleCb[] = [];
    const w = window as unknown as Record<string, unknown>;
    w.requestIdleCallback = (cb: IdleCb) => idle.push(cb);
    w.cancelIdleCallback = () => undefined;
    // Step 8, first sub-step: the next position (a later sub-step) shows the sum over k.
    lessonStore.getState().setTarget(3);
    lessonStore.getState().goTo(7, 0);
    const texs = nextTex();
    expect(texs.length).toBeGreaterThan(0);

    const spy = vi.spyOn(katex, 'renderToString');
    render(<Probe />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(idle.length).toBeGreaterThan(0);
    // Nothing is rendered before the browser is idle.
    expect(spy).not.toHaveBeenCalled();
    while (idle.length > 0) idle.shift()!({ timeRemaining: () => 50 });
    expect(spy).toHaveBeenCalled();

    spy.mockClear();
    for (const tex of texs) expect(renderTex(tex, true)).toContain('katex');
    expect(spy).not.toHaveBeenCalled();
    delete w.requestIdleCallback;
    delete w.cancelIdleCallback;
  });

  it('stops when the position changes before the browser is idle', async () => {
    const idle: IdleCb[] = [];
    const cancelled: number[] = [];
    const w = window as unknown as Record<string, unknown>;
    w.requestIdleCallback = (cb: IdleCb) => idle.push(cb);
    w.cancelIdleCallback = (id: number) => cancelled.push(id);
    lessonStore.getState().goTo(9, 0);
    render(<Probe />);
    await act(async () => {
      await Promise.resolve();
    });
    const scheduled = idle.length;
    expect(scheduled).toBeGreaterThan(0);
    act(() => lessonStore.getState().goTo(10, 0));
    expect(cancelled.length).toBeGreaterThan(0);
    delete w.requestIdleCallback;
    delete w.cancelIdleCallback;
  });

  it('works without requestIdleCallback (a short timeout with its own allowance)', async () => {
    const w = window as unknown as Record<string, unknown>;
    delete w.requestIdleCallback;
    delete w.cancelIdleCallback;
    lessonStore.getState().setTarget(2);
    lessonStore.getState().goTo(5, 0);
    const texs = nextTex();
    expect(texs.length).toBeGreaterThan(0);
    const spy = vi.spyOn(katex, 'renderToString');
    render(<Probe />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 400));
    });
    spy.mockClear();
    for (const tex of texs) renderTex(tex, true);
    expect(spy).not.toHaveBeenCalled();
  });
});
