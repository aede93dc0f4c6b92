import { useEffect } from 'react';
import { t } from '../i18n';
import { useLesson } from '../store';
import { useClassroom } from '../classroom/store';
import { App } from './App';
import { PresenterView } from '../classroom/PresenterView';
import { PrintView } from '../classroom/PrintView';
import '../styles/classroom.css';
import '../styles/print.css';

/**
 * What this window shows: the lesson (with the classroom layer), the presenter view or the
 * handouts, as the URL's `?view=` / `?print=` chose at start.
 */
export function Root() {
  const view = useClassroom((s) => s.view);
  const theme = useLesson((s) => s.theme);
  const lang = useLesson((s) => s.lang);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.view = view;
    root.dataset.theme = view === 'print' ? 'light' : theme;
    root.lang = lang;
    const title = t(lang, 'ui', 'app.title');
    document.title =
      view === 'presenter' ? `${t(lang, 'ui', 'presenter.title')} — ${title}` : title;
  }, [view, theme, lang]);
  if (view === 'presenter') return <PresenterView />;
  if (view === 'print') return <PrintView />;
  return <App />;
}
