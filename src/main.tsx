import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { lessonStore, onStorageFailure } from './store';
import { classroomStore } from './classroom/store';
import { exploreStore } from './explore/store';
import { openLink } from './app/openLink';
import { LANGS, loadLang } from './i18n';
import { readProp } from './url/read';
import { loadDiagram } from './components/loadDiagram';
import { loadTermList } from './components/loadTermList';
import './diagram/diagram.css';
import './styles/app.css';

/**
 * The URL is read, and its model decoded (decompression is asynchronous), before the first
 * render: a reload or a shared link opens on its model and step at once, with no frame of the
 * default model. Which window this is (?view=presenter, ?print) and the link's model, target,
 * theme and hidden controls come first: the position is resolved against the link's model. The
 * shown language's catalog is loaded then, before the first render, too.
 */
async function boot(): Promise<void> {
  // A class session's room and, for the lecturer, its secret: read before the address is
  // rewritten (the secret is never written back into it).
  const room = readProp('room', '', window.location.hash);
  const secret = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('host');
  // The language the visitor's settings name is fetched while the link is read (a link that
  // names another one waits for that one's catalog below).
  void loadLang(lessonStore.getState().lang).catch(() => undefined);
  // The diagram's drawing is fetched beside the first formula's scripts, not after them.
  void loadDiagram().catch(() => undefined);
  void loadTermList().catch(() => undefined);
  try {
    await openLink({ lesson: lessonStore, classroom: classroomStore, explore: exploreStore });
  } catch (e) {
    // Never expected (reading a link does not throw); the lesson opens on its defaults anyway.
    console.error(e);
  }
  await loadStartLang();
  // A storage that is full or refused: the preferences are kept for this visit only, and said so.
  onStorageFailure(() => classroomStore.getState().notify('notice.storage', 'error'));
  document.documentElement.dataset.theme = lessonStore.getState().theme;
  document.documentElement.lang = lessonStore.getState().lang;
  render();
  // The lesson and the presenter window follow each other (the handouts stand alone). The
  // channel (and the model parser it checks a peer's model with) is a chunk of its own.
  const view = classroomStore.getState().view;
  // A class session's link: this window follows (or, with the room's secret, leads) the class.
  if (room !== null && (view === 'app' || view === 'presenter')) {
    void import('./classroom/loadOverlays')
      .then((m) => m.loadSession())
      .then(({ startSession }) => startSession({ lesson: lessonStore, room, secret }));
  }
  if (view !== 'print' && view !== 'sheet' && view !== 'join') {
    void import('./classroom/sync').then(({ startSync }) =>
      startSync({ lesson: lessonStore, classroom: classroomStore }),
    );
  }
}

/**
 * The catalog of the language shown first, loaded before the first render (the others are
 * fetched after the first formula, or when the user switches; the presenter window, which shows
 * the notes in every language, loads them all first). Should it fail to arrive, the first
 * language that does is shown instead.
 */
async function loadStartLang(): Promise<void> {
  // A link's language (applied once its catalog is in), else the visitor's.
  const lang = readProp('lang', window.location.search) ?? lessonStore.getState().lang;
  // The presenter window shows the notes in every language.
  if (classroomStore.getState().view === 'presenter') {
    await Promise.allSettled(LANGS.map((l) => loadLang(l)));
  }
  for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
    try {
      await loadLang(l);
      if (l !== lang) lessonStore.getState().setLang(l);
      return;
    } catch (e) {
      console.error(e);
    }
  }
}

function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

void boot();
