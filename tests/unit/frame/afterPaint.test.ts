/**
 * The after-paint scheduler: takes wait for the next frame and a message posted from it; takes
 * asked for before the same frame share one frame callback; a cancelled take never runs.
 */
import { describe, expect, it } from 'vitest';
import { afterNextPaint } from '../../../src/frame';

/** A window whose frames the test runs. */
function fakeWindow() {
  const frames = new Map<number, () => void>();
  let next = 1;
  return {
    frames,
    requestAnimationFrame: (cb: () => void) => {
      frames.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (id: number) => {
      frames.delete(id);
    },
    /** Runs the pending frame callbacks, then lets the messages they posted arrive. */
    async paint() {
      const now = [...frames.values()];
      frames.clear();
      now.forEach((cb) => cb());
      await new Promise((r) => setTimeout(r, 10));
    },
  };
}

describe('afterNextPaint', () => {
  it('runs takes after the frame and its message, sharing one frame callback', async () => {
    const win = fakeWindow();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('a'), win);
    afterNextPaint(() => ran.push('b'), win);
    expect(win.frames.size).toBe(1);
    await new Promise((r) => setTimeout(r, 10));
    expect(ran).toEqual([]);
    await win.paint();
    expect(ran).toEqual(['a', 'b']);
    // A take asked for from a take waits for the next frame.
    afterNextPaint(() => {
      ran.push('c');
      afterNextPaint(() => ran.push('d'), win);
    }, win);
    await win.paint();
    expect(ran).toEqual(['a', 'b', 'c']);
    await win.paint();
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a cancelled take never runs; with none left the frame callback is cancelled too', async () => {
    const win = fakeWindow();
    const ran: string[] = [];
    const cancelA = afterNextPaint(() => ran.push('a'), win);
    const cancelB = afterNextPaint(() => ran.push('b'), win);
    cancelA();
    expect(win.frames.size).toBe(1);
    await win.paint();
    expect(ran).toEqual(['b']);
    const cancelC = afterNextPaint(() => ran.push('c'), win);
    cancelC();
    cancelB();
    expect(win.frames.size).toBe(0);
    await win.paint();
    expect(ran).toEqual(['b']);
  });

  it('without frames (a stand-in window), at once', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('now'), {});
    expect(ran).toEqual(['now']);
  });
});
