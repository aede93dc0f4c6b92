// @vitest-environment jsdom
/**
 * useFrameLag with the browser's scheduler: a new value is taken up only after the next
 * animation frame and a message posted from it (the frame's paint), never in the render or the
 * commit that brought it; a value replaced before then is never shown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { setAfterPaintScheduler } from '../../../src/frame';
import { useFrameLag } from '../../../src/components/useFrameLag';

function Probe({ value }: { readonly value: string }) {
  const shown = useFrameLag('heatmaps', value).shown;
  return <p data-testid="p">{shown}</p>;
}

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  setAfterPaintScheduler(null);
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => {};
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setAfterPaintScheduler((take) => {
    take();
    return () => {};
  });
});

/** Runs the pending frame callbacks, then lets the messages they posted arrive. */
async function paint() {
  await act(async () => {
    const pending = frames;
    frames = [];
    for (const cb of pending) cb(performance.now());
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('useFrameLag', () => {
  it('takes a change up after the next frame is painted, not before', async () => {
    const { rerender } = render(<Probe value="a" />);
    expect(screen.getByTestId('p').textContent).toBe('a');
    act(() => rerender(<Probe value="b" />));
    expect(screen.getByTestId('p').textContent).toBe('a');
    // Messages alone (no frame yet) change nothing.
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByTestId('p').textContent).toBe('a');
    await paint();
    expect(screen.getByTestId('p').textContent).toBe('b');
  });

  it('skips a value replaced before the frame', async () => {
    const seen: string[] = [];
    function Recorder({ value }: { readonly value: string }) {
      const shown = useFrameLag('heatmaps', value).shown;
      seen.push(shown);
      return null;
    }
    const { rerender } = render(<Recorder value="a" />);
    act(() => rerender(<Recorder value="b" />));
    act(() => rerender(<Recorder value="c" />));
    await paint();
    expect(seen.at(-1)).toBe('c');
    expect(seen).not.toContain('b');
  });
});
