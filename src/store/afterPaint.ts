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
