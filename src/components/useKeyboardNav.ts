import { useEffect } from 'react';
import { lessonStore } from '../store';
import { latinKey } from './latinKey';

export type NavCommand = 'next' | 'prev' | 'first' | 'last';

/** Elements that own the keyboard while focused (typing, choosing). */
function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Elements that Space activates: the key stays with them. */
function isPressable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'BUTTON' || tag === 'SUMMARY') return true;
  const role = el.getAttribute('role');
  return role === 'button' || role === 'checkbox' || role === 'switch' || role === 'tab';
}

/**
 * The command a key press asks for, or null when the key is not ours: chords with Ctrl, Meta or
 * Alt, keys typed into inputs, and Space on a focused button are left alone; Tab is never bound.
 */
export function navCommandFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & {
    readonly code?: string;
  },
  target: Element | null,
): NavCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isEditable(target)) return null;
  // N and P by their physical keys on a non-Latin layout (a Russian keyboard sends т and з).
  switch (latinKey(e)) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
    case 'N':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return 'prev';
    case ' ':
    case 'Spacebar':
      if (isPressable(target)) return null;
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/**
 * Clicker and keyboard navigation: next → ↓ PageDown Space N; previous ← ↑ PageUp Shift+Space P;
 * Home and End. A press during an animation moves on at once: the diagram jumps its animation to
 * the end state when the sub-step changes, so presses never queue.
 */
export function useKeyboardNav(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : document.activeElement;
      const command = navCommandFor(e, target);
      if (!command) return;
      e.preventDefault();
      lessonStore.getState()[command]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
