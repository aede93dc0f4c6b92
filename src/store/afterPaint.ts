/** What frames come from: a window, or a stand-in without them. */
export interface FrameSource {
  readonly requestAnimationFrame?: (cb: () => void) => number;
  readonly cancelAnimationFrame?: (id: number) => void;
}

/**
 * Runs `take` once the frame now being prepared is painted: a requestAnimationFrame callback (the
 * next frame) posts a message, which is delivered after that frame's paint. Where the window has
 * no requestAnimationFrame (a test's stand-in), at once. Returns a function that cancels it.
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
  let live = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) take();
  };
  const frame = win.requestAnimationFrame(() => channel.port2.postMessage(0));
  const cancelFrame = win.cancelAnimationFrame;
  return () => {
    live = false;
    cancelFrame.call(win, frame);
    channel.port1.close();
  };
}
