import { selectIsFirst, selectIsLast, useLesson } from '../store';
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
        onClick={prev}
        disabled={isFirst}
        data-testid="prev"
      >
        <span aria-hidden="true">←</span> {tr('nav.prev')}
      </button>
      <button
        type="button"
        className="nav-btn nav-btn--next"
        onClick={next}
        disabled={isLast}
        data-testid="next"
      >
        {tr('nav.next')} <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
