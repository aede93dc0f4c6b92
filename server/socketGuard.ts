/**
 * How the relay takes one socket's messages: each through its handler, in the order they came
 * (a changed answer replaces the first, never the reverse), within a rate (a token bucket per
 * socket). Over the rate a message is dropped, except where the newest one matters (the
 * lecturer's state): that one is kept and handled once the bucket allows.
 */
import type { Socket } from 'socket.io';
import { RateLimit } from './rateLimit';

export interface GuardOptions {
  readonly drop: (reason: string) => void;
  readonly log: (line: string) => void;
  /** Whether an event, over the rate, keeps its newest message instead of dropping it. */
  readonly keepsLatest: (name: string) => boolean;
  readonly perSecond?: number;
  readonly burst?: number;
}

export function socketGuard(socket: Socket, options: GuardOptions) {
  const limit = new RateLimit({ perSecond: options.perSecond ?? 20, burst: options.burst ?? 40 });
  let queue: Promise<void> = Promise.resolve();
  let pending: { data: unknown; timer: ReturnType<typeof setTimeout> } | null = null;
  socket.on('disconnect', () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  });
  return (name: string, handler: (data: unknown) => Promise<void>): void => {
    const run = (data: unknown) => {
      queue = queue
        .then(() => handler(data))
        .catch((e: unknown) => options.log(`relay: ${name} failed: ${String(e)}`));
    };
    const onMessage = (data: unknown) => {
      if (limit.take()) return run(data);
      if (!options.keepsLatest(name)) return options.drop(`${name}: rate`);
      if (pending) pending.data = data;
      else
        pending = {
          data,
          timer: setTimeout(() => {
            const d = pending?.data;
            pending = null;
            onMessage(d);
          }, 100),
        };
    };
    socket.on(name, onMessage);
  };
}
