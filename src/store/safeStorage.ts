/**
 * The preferences' storage, made safe: a storage that is missing, refused (a private window, a
 * sandboxed frame) or full never takes the app down. Every read and write is caught; after the
 * first failure the preferences live in memory for the rest of the visit, and `onFailure` is told
 * once (the app then says that they will not be kept).
 */
import type { StateStorage } from 'zustand/middleware';

/** What the preferences need of a storage (localStorage, or a stand-in). */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function safeStorage(
  open: () => SyncStorage,
  onFailure: (error: unknown) => void,
): StateStorage {
  const memory = new Map<string, string>();
  let failed = false;
  let storage: SyncStorage | null = null;
  const fail = (e: unknown) => {
    if (failed) return;
    failed = true;
    onFailure(e);
  };
  const attempt = <R>(op: (s: SyncStorage) => R, fallback: () => R): R => {
    if (!failed) {
      try {
        storage ??= open();
        return op(storage);
      } catch (e) {
        fail(e);
      }
    }
    return fallback();
  };
  return {
    getItem: (name) =>
      attempt(
        (s) => s.getItem(name),
        () => memory.get(name) ?? null,
      ),
    setItem: (name, value) => {
      memory.set(name, value);
      attempt(
        (s) => s.setItem(name, value),
        () => undefined,
      );
    },
    removeItem: (name) => {
      memory.delete(name);
      attempt(
        (s) => s.removeItem(name),
        () => undefined,
      );
    },
  };
}

type Listener = (error: unknown) => void;
const listeners = new Set<Listener>();
let failure: { error: unknown } | null = null;

/** Reports the preferences' storage failing (once per visit). */
export function reportStorageFailure(error: unknown): void {
  if (failure) return;
  failure = { error };
  for (const l of listeners) l(error);
}

/**
 * Calls `listener` when the preferences' storage fails, at once if it already has. Returns a
 * function that stops listening.
 */
export function onStorageFailure(listener: Listener): () => void {
  if (failure) listener(failure.error);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
