import type { MouseEvent } from 'react';

/**
 * Called from a navigation control's click: a click by mouse, pen or touch (detail > 0) takes the
 * focus off the control, so the next Space, → or PageDown moves the lesson on instead of pressing
 * the control again. A keyboard press (Enter or Space on a focused control: detail 0) keeps the
 * focus where the user put it, and Space keeps pressing it (WCAG 2.1.1).
 */
export function releaseFocusAfterPointer(e: MouseEvent<HTMLElement>): void {
  if (e.detail > 0) e.currentTarget.blur();
}
