import { selectIsFirst, selectIsLast, useLesson } from '../store';
import { releaseFocusAfterPointer } from './pointerClick';
import { useT } from './useT';

/** Previous and next: the same moves as the keys (sub-step by sub-step). */
export function NavButtons() {
  const tr = useT();
  const isFirst = useLesson(selectIsFirst);
  const isLast = useLesson(selectIsLast);
  const prev = useLesson((s) => s.prev);
  const next = useLesson((s) => s.next);
  return (
    <div className="nav-buttons" role="group" aria-label={tr('nav.label')}>
      <button
        type="button"
        className="nav-btn nav-btn--prev"
        onClick={(e) => {
          releaseFocusAfterPointer(e);
          prev();
        }}
        disabled={isFirst}
        data-testid="prev"
      >
        <span aria-hidden="true">←</span> {tr('nav.prev')}
      </button>
      <button
        type="button"
        className="nav-btn nav-btn--next"
        onClick={(e) => {
          releaseFocusAfterPointer(e);
          next();
        }}
        disabled={isLast}
        data-testid="next"
      >
        {tr('nav.next')} <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
