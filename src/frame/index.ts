/**
 * Frame timing: when each view follows a change of the model or of the lesson's position, and
 * the one after-paint scheduler that the lagging views (and the URL write) wait on.
 *
 * Framework-free: React's side is one hook (components/useFrameLag), which every lagging view
 * goes through, naming its row of SCHEDULES.
 */

/**
 * - 'atOnce': drawn in the frame of the change itself;
 * - 'afterPaint': taken up once that frame is painted, in a render React may interrupt, so its
 *   work never delays the frame that shows the change.
 */
export type Schedule = 'atOnce' | 'afterPaint';

interface ViewSchedule {
  readonly follows: Schedule;
  /** Why this view follows on that schedule. */
  readonly why: string;
}

/**
 * Every view's schedule, in one place. What the user acts on and what explains it comes at
 * once; what is costly, or only completes the picture, follows a painted frame later. (Explore
 * sections scrolled out of view follow nothing until they come back into view: see LiveSection.)
 */
export const SCHEDULES = {
  diagram: {
    follows: 'atOnce',
    why: 'The unrolled diagram is what a key press or an edit is about: its frame shows it.',
  },
  navigation: {
    follows: 'atOnce',
    why: 'The step list, the buttons and the live region answer the key that was pressed.',
  },
  exploreFormulas: {
    follows: 'atOnce',
    why: 'In the explore mode the formulas and the terms give the numbers the edit changed.',
  },
  stepPanel: {
    follows: 'afterPaint',
    why:
      'A step’s text, formulas and terms (the lesson mode): a first visit lays out new formulas; ' +
      'the diagram and the navigation paint first and the panel follows in the next frame.',
  },
  heatmaps: {
    follows: 'afterPaint',
    why: 'The explore maps draw every entry of a gradient: the edit paints first.',
  },
  decayCharts: {
    follows: 'afterPaint',
    why: 'The vanishing/exploding charts take Jacobian products, O(t·H³).',
  },
  gradientCheck: {
    follows: 'afterPaint',
    why: 'The finite-difference check runs the forward pass twice per entry.',
  },
  matrixTable: {
    follows: 'afterPaint',
    why:
      'The matrix editor’s table (up to 16 × 16 cells) would add its layout and paint to the ' +
      'edit’s frame; its own edits (a blur) are shown at once, and it catches up before a focus.',
  },
  urlWrite: {
    follows: 'afterPaint',
    why: 'history.replaceState costs a few milliseconds that a key press’s frame cannot spare.',
  },
} as const satisfies Record<string, ViewSchedule>;

/** The views that follow a painted frame late. */
export type LaggingView = {
  [K in keyof typeof SCHEDULES]: (typeof SCHEDULES)[K]['follows'] extends 'afterPaint' ? K : never;
}[keyof typeof SCHEDULES];

/** Runs `take` once the frame now being prepared is painted; returns a cancel function. */
export type AfterPaintScheduler = (take: () => void) => () => void;

let schedule: AfterPaintScheduler = afterNextPaint;

/**
 * Replaces the scheduler the lagging views use (null: the browser's). Component tests take
 * changes at once, so that a view's update can be checked right after the event that caused it.
 */
export function setAfterPaintScheduler(s: AfterPaintScheduler | null): void {
  schedule = s ?? afterNextPaint;
}

/** Runs `take` once the frame now being prepared is painted (through the replaceable scheduler). */
export function scheduleAfterPaint(take: () => void): () => void {
  return schedule(take);
}

/** What frames come from: a window, or a stand-in without them. */
export interface FrameSource {
  readonly requestAnimationFrame?: (cb: () => void) => number;
  readonly cancelAnimationFrame?: (id: number) => void;
}

interface Entry {
  readonly take: () => void;
  live: boolean;
}

/** One window's pending takes: those waiting for the frame, and the batches posted after it. */
interface Queue {
  waiting: Entry[];
  frame: number | null;
  readonly posted: Entry[][];
  readonly channel: MessageChannel;
}

const queues = new WeakMap<FrameSource, Queue>();

/** An idle queue is dropped, and its channel closed (an open port would keep a test's event loop alive). */
function dropIfIdle(win: FrameSource, q: Queue): void {
  if (q.frame !== null || q.waiting.length > 0 || q.posted.length > 0) return;
  q.channel.port1.close();
  if (queues.get(win) === q) queues.delete(win);
}

function queueOf(win: FrameSource & Required<FrameSource>): Queue {
  let q = queues.get(win);
  if (!q) {
    const channel = new MessageChannel();
    const queue: Queue = { waiting: [], frame: null, posted: [], channel };
    channel.port1.onmessage = () => {
      for (const e of queue.posted.shift() ?? []) if (e.live) e.take();
      dropIfIdle(win, queue);
    };
    queues.set(win, (q = queue));
  }
  return q;
}

/**
 * Runs `take` once the frame now being prepared is painted: a requestAnimationFrame callback (the
 * next frame) posts a message, which is delivered after that frame's paint. Takes asked for
 * before the same frame share one frame callback and one message (several views follow each
 * edit). Where the window has no requestAnimationFrame (a test's stand-in), at once. Returns a
 * function that cancels it.
 */
export function afterNextPaint(
  take: () => void,
  win: FrameSource = globalThis as FrameSource,
): () => void {
  if (
    typeof win.requestAnimationFrame !== 'function' ||
    typeof win.cancelAnimationFrame !== 'function' ||
    typeof MessageChannel === 'undefined'
  ) {
    take();
    return () => {};
  }
  const frames = win as FrameSource & Required<FrameSource>;
  const q = queueOf(frames);
  const entry: Entry = { take, live: true };
  q.waiting.push(entry);
  q.frame ??= frames.requestAnimationFrame(() => {
    q.frame = null;
    const batch = q.waiting;
    q.waiting = [];
    if (!batch.some((e) => e.live)) return dropIfIdle(frames, q);
    q.posted.push(batch);
    q.channel.port2.postMessage(0);
  });
  return () => {
    entry.live = false;
    // Nothing left to wait for: the frame callback is not needed.
    if (q.frame !== null && !q.waiting.some((e) => e.live)) {
      frames.cancelAnimationFrame(q.frame);
      q.frame = null;
      q.waiting = [];
      dropIfIdle(frames, q);
    }
  };
}
export { runSliced, type SlicedOptions } from './sliced';
