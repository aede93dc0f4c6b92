/**
 * A class session's state as this window sees it: its role, the relay's connection, whether a
 * student follows the lecturer or has stepped away, the lecturer's position, the room's short code.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type SessionRole = 'lecturer' | 'student';

export interface SessionState {
  /** null: no class session in this window. */
  readonly role: SessionRole | null;
  readonly connected: boolean;
  /** A student follows the lecturer (false once they step away, until they catch up). */
  readonly following: boolean;
  /** The lecturer's last position (a student's view of it). */
  readonly lecturer: { readonly step: string; readonly sub: number } | null;
  /** The room's short code (the lecturer's view). */
  readonly code: string | null;
  /** Where students join, as the relay says (its LAN address), or null: this page's origin. */
  readonly joinBase: string | null;
  /** The room's id (this window's session). */
  readonly room: string | null;
  /** The room is not known to the relay (an old or mistyped link). */
  readonly unknown: boolean;
  /** Follows the lecturer again, at once. */
  readonly catchUp: () => void;
  start(role: SessionRole): void;
  setConnected(on: boolean): void;
}

export const sessionStore = createStore<SessionState>()((set) => ({
  role: null,
  connected: false,
  following: true,
  lecturer: null,
  code: null,
  joinBase: null,
  room: null,
  unknown: false,
  catchUp: () => undefined,
  start: (role) => set({ role, following: true }),
  setConnected: (connected) => set({ connected }),
}));

export function useSession<U>(selector: (s: SessionState) => U): U {
  return useStore(sessionStore, selector);
}
