/**
 * Joining a class session by its short code (the code page, `?view=join`): one connection to the
 * relay on this page's origin, `join {code}`, and the relay's answer — the room's id, or unknown.
 * The relay drops a code past its tries per minute without a word, and a static copy of the app
 * has no relay: both are told apart from a wrong code by the silence (`silent` after the wait).
 * A chunk of its own (the Socket.IO client), loaded on the first try.
 */
import { io } from 'socket.io-client';
import { EVENTS, isId } from '../relay/protocol';

export type JoinAnswer =
  | { readonly kind: 'joined'; readonly room: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'silent' };

/** How long the relay has to answer (ms). */
export const JOIN_WAIT_MS = 5000;

export function joinByCode(code: string, url = '', waitMs = JOIN_WAIT_MS): Promise<JoinAnswer> {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket', 'polling'],
      reconnection: false,
      timeout: waitMs,
    });
    const done = (answer: JoinAnswer) => {
      clearTimeout(timer);
      socket.disconnect();
      resolve(answer);
    };
    const timer = setTimeout(() => done({ kind: 'silent' }), waitMs);
    socket.on('connect', () => socket.emit(EVENTS.join, { code }));
    socket.on('joined', (m: unknown) => {
      const room = typeof m === 'object' && m ? (m as { room?: unknown }).room : null;
      if (isId(room)) done({ kind: 'joined', room });
    });
    socket.on('unknown', () => done({ kind: 'unknown' }));
  });
}
