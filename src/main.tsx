import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './components/classroom/Root';
import { STEPS } from './lesson/steps';
import {
  applyLinkParams,
  classroomStore,
  exploreStore,
  lessonStore,
  parseView,
  startModeSync,
  startSync,
  startUrlSync,
} from './store';
import './diagram/diagram.css';
import './styles/app.css';

// The URL is read before the first render, so a reload or a shared link opens on its step at once.
// Which window this is (?view=presenter, ?print=1) and a lecturer's link (?model=, ?target=,
// ?theme=, ?hide=) come first: the hash's step is clamped against the link's model.
const view = parseView(window.location.search);
classroomStore.setState({ view });
const link = applyLinkParams(lessonStore, classroomStore, window.location.search);
if (link.invalid.length > 0) {
  classroomStore.getState().notify('error.url', 'error', { param: link.invalid.join(', ') });
}
startUrlSync(lessonStore, { stepIds: STEPS.map((s) => s.id) });
// Lesson or explore (?mode=explore), and the problems of a bad ?model= for the explore panel.
startModeSync(exploreStore);
document.documentElement.dataset.theme = lessonStore.getState().theme;
document.documentElement.lang = lessonStore.getState().lang;
// The lesson and the presenter window follow each other (the handouts stand alone).
if (view !== 'print') startSync({ lesson: lessonStore, classroom: classroomStore });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
