import { lazy, Suspense, useEffect } from 'react';
import { t } from '../i18n';
import { useLesson } from '../store';
import { useClassroom } from '../classroom/store';
import { App } from './App';
import { warmChunksAfterFirstFormula } from './warmChunks';
import { loadPractice } from '../practice/loadPractice';
import { loadJoinPage, loadPresenterView, loadPrintView } from '../classroom/loadOverlays';
import '../styles/classroom.css';
import '../styles/print.css';

// The presenter view and the handouts are chunks of their own: the lesson never loads them, and
// their windows load theirs at start.
const PresenterView = lazy(() => loadPresenterView().then((m) => ({ default: m.PresenterView })));
const PrintView = lazy(() => loadPrintView().then((m) => ({ default: m.PrintView })));
const SheetPage = lazy(() => loadPractice().then((m) => ({ default: m.SheetPage })));
const JoinPage = lazy(() => loadJoinPage().then((m) => ({ default: m.JoinPage })));

/**
 * What this window shows: the lesson (with the classroom layer), the presenter view, the
 * handouts, the exercise sheet or the class session's code page, as the URL's `?view=` /
 * `?print=` chose at start.
 */
export function Root() {
  const view = useClassroom((s) => s.view);
  const theme = useLesson((s) => s.theme);
  const lang = useLesson((s) => s.lang);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.view = view;
    root.dataset.theme = view === 'print' || view === 'sheet' ? 'light' : theme;
    root.lang = lang;
    const title = t(lang, 'ui', 'app.title');
    document.title =
      view === 'presenter' ? `${t(lang, 'ui', 'presenter.title')} — ${title}` : title;
  }, [view, theme, lang]);
  // The overlays (and the lesson's other lazy chunks) are fetched once the first formula can
  // paint, so that the first keypress finds them; the handouts have no keys.
  useEffect(() => {
    if (view === 'app' || view === 'presenter') warmChunksAfterFirstFormula();
  }, [view]);
  // The predictions follow the position in the lesson's window and the presenter's (whose
  // "next" skips an open one too).
  useEffect(() => {
    if (view === 'app' || view === 'presenter')
      loadPractice()
        .then((m) => m.startPractice())
        .catch((e: unknown) => console.error(e));
  }, [view]);
  if (view === 'app') return <App />;
  return (
    <Suspense fallback={null}>
      {view === 'presenter' ? (
        <PresenterView />
      ) : view === 'sheet' ? (
        <SheetPage />
      ) : view === 'join' ? (
        <JoinPage />
      ) : (
        <PrintView />
      )}
    </Suspense>
  );
}
