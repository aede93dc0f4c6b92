import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { STEPS } from './lesson/steps';
import { lessonStore, startUrlSync } from './store';
import './diagram/diagram.css';
import './styles/app.css';

// The URL is read before the first render, so a reload or a shared link opens on its step at once.
startUrlSync(lessonStore, { stepIds: STEPS.map((s) => s.id) });
document.documentElement.dataset.theme = lessonStore.getState().theme;
document.documentElement.lang = lessonStore.getState().lang;

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
