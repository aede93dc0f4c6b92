import { useEffect } from 'react';
import { isKeyOf, t } from '../i18n';
import { useLesson } from '../store';
import { useClassroom } from './store';

const SHOW_MS = 6000;

/** A short message (copied, saved, blocked…) at the bottom of the stage; it fades on its own. */
export function Notice() {
  const lang = useLesson((s) => s.lang);
  const notice = useClassroom((s) => s.notice);
  const clear = useClassroom((s) => s.clearNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(clear, SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice, clear]);
  const text = !notice
    ? ''
    : isKeyOf('classroom', notice.key)
      ? t(lang, 'classroom', notice.key, notice.params)
      : isKeyOf('ui', notice.key)
        ? t(lang, 'ui', notice.key, notice.params)
        : notice.key;
  return (
    <div className="cls-notice-region" role="status" aria-live="polite" data-testid="notice">
      {notice && (
        <p className={`cls-notice cls-notice--${notice.tone}`} key={notice.id}>
          <span>{text}</span>
          <button
            type="button"
            className="cls-notice__close"
            aria-label={t(lang, 'classroom', 'notice.dismiss')}
            onClick={clear}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </p>
      )}
    </div>
  );
}
