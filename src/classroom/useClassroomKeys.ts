import { useEffect } from 'react';
import { classroomStore } from './store';
import { runCommand, type ClassroomCommand } from './commands';
import { latinKey } from '../components/latinKey';

export { latinKey } from '../components/latinKey';

type KeyInfo = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Elements that own the keyboard while focused (typing, choosing). */
export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * The classroom command a key asks for, or null when the key is not ours: chords with Ctrl, Meta
 * or Alt and keys typed into inputs are left alone; Tab is never bound.
 * F full screen; B or . blackout; S presenter view; O overview; G go to; ? help; Esc closes.
 */
export function classroomCommandFor(e: KeyInfo, target: Element | null): ClassroomCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTypingTarget(target)) return null;
  switch (latinKey(e)) {
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'blackout';
    case 's':
    case 'S':
      return 'presenter';
    case 'o':
    case 'O':
      return 'overview';
    case 'g':
    case 'G':
      return 'goto';
    case '?':
      return 'help';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
}

/** Keys that end a blackout; every other key is swallowed while the screen is black. */
function endsBlackout(command: ClassroomCommand | null): boolean {
  return command === 'blackout' || command === 'escape';
}

/**
 * The classroom keys, on the window. While the lesson window is blacked out, the other keys
 * (navigation included) do nothing, as in reveal.js's pause: the audience sees no surprise when
 * the screen comes back. The presenter window is never blacked out itself.
 */
export function useClassroomKeys(): void {
  useEffect(() => {
    const targetOf = (e: KeyboardEvent) =>
      e.target instanceof Element ? e.target : document.activeElement;

    const guard = (e: KeyboardEvent) => {
      const c = classroomStore.getState();
      if (!c.blackout || c.view !== 'app') return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.key === 'Tab') return;
      if (endsBlackout(classroomCommandFor(e, null))) return;
      e.preventDefault();
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing) return;
      const command = classroomCommandFor(e, targetOf(e));
      if (!command) return;
      // A dialog that handled the key (Escape in a dialog, Space on a button) keeps it; the
      // blackout keys still work when the guard swallowed nothing.
      if (e.defaultPrevented) return;
      if (command === 'escape' && classroomStore.getState().overlay === null) {
        if (!classroomStore.getState().blackout) return;
      }
      e.preventDefault();
      runCommand(command);
    };

    window.addEventListener('keydown', guard, true);
    window.addEventListener('keydown', onKeyDown);
    // Tests (and anything else) can tell when the keys are live.
    document.documentElement.dataset.keys = 'on';
    return () => {
      window.removeEventListener('keydown', guard, true);
      window.removeEventListener('keydown', onKeyDown);
      delete document.documentElement.dataset.keys;
    };
  }, []);
}
