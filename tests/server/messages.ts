/** What the relay's tests share: waiting for an event, and a lecturer's state. */
import type { Socket } from 'socket.io-client';
import type { LecturerState } from '../../src/relay/protocol';

/** The next message of `event` on the socket. */
export const next = <T>(s: Socket, event: string): Promise<T> =>
  new Promise((resolve) => s.once(event, (v: T) => resolve(v)));

/** A lecturer's state at a position (target 3, a stand-in model), with its prediction. */
export function state(
  seq: number,
  step: string,
  sub: number,
  prediction: LecturerState['prediction'] = null,
): LecturerState {
  return { seq, step, sub, target: 3, model: { cell: 'rnn' }, prediction };
}
