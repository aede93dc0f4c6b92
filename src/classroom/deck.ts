/**
 * Which windows follow each other: a lesson window and the presenter window it opened share a
 * deck id, and the presenter channel is named after it. Another tab of the app (a deep link
 * opened beside the lesson) has a deck of its own: it neither moves nor is moved by the others.
 *
 * A presenter window finds the id in its URL (`?view=presenter&deck=…`, which a reload keeps); a
 * lesson window keeps its own in sessionStorage (per tab, kept across a reload), or makes one.
 */
import { readProp } from '../url/read';
import type { SyncStorage } from '../store/safeStorage';

const KEY = 'bptt-deck';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A random id (letters and digits): a deck's, or a window's on the channel. */
export function randomId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID().replace(/-/g, '');
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/** The session storage, or null where it is missing or refused. */
function sessionStore(): SyncStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** This window's deck id: the URL's, else this tab's, else a new one (remembered for the tab). */
export function deckIdOf(search: string, storage: SyncStorage | null = sessionStore()): string {
  const fromUrl = readProp('deck', search);
  if (fromUrl !== null) return fromUrl;
  try {
    const kept = storage?.getItem(KEY) ?? null;
    if (kept !== null && ID.test(kept)) return kept;
  } catch {
    // A refused storage: the id lives as long as the page.
  }
  const id = randomId();
  try {
    storage?.setItem(KEY, id);
  } catch {
    // Likewise.
  }
  return id;
}

let current: string | null = null;

/** The deck id of the page (read once). */
export function currentDeckId(): string {
  current ??= deckIdOf(typeof location === 'undefined' ? '' : location.search);
  return current;
}
