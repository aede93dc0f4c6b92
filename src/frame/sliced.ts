/**
 * A long computation run in slices on the page's own thread: a generator advanced for at most
 * `budget` milliseconds at a time, the page free to paint and take input between slices (a
 * macrotask each, so a click on "Cancel" is handled), its progress reported, and stoppable.
 */

export interface SlicedOptions<P> {
  /** Milliseconds of work per slice (12 by default: a frame keeps room to paint). */
  readonly budget?: number;
  /** Told the latest progress after each slice. */
  readonly onProgress?: (progress: P) => void;
  /** Stops the computation before its next slice; the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

function aborted(): DOMException {
  return new DOMException('The computation was cancelled.', 'AbortError');
}

/** The next macrotask (a message to ourselves: not clamped like nested timeouts). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export async function runSliced<P, R>(
  steps: Generator<P, R>,
  { budget = 12, onProgress, signal }: SlicedOptions<P> = {},
): Promise<R> {
  for (;;) {
    if (signal?.aborted) throw aborted();
    const start = performance.now();
    let last: P | undefined;
    do {
      const r = steps.next();
      if (r.done) return r.value;
      last = r.value;
    } while (performance.now() - start < budget);
    if (last !== undefined) onProgress?.(last);
    await nextTask();
  }
}
