import { useEffect } from 'react';
import { t } from '../lesson/i18n';
import { useLesson } from '../store';
import { AnimationControls } from './AnimationControls';
import { DiagramPanel } from './DiagramPanel';
import { Header } from './Header';
import { LiveRegion } from './LiveRegion';
import { NavButtons } from './NavButtons';
import { Panel } from './Panel';
import { Stage } from './Stage';
import { StepFormulas } from './StepFormulas';
import { StepList } from './StepList';
import { StepPanel } from './StepPanel';
import { useKeyboardNav } from './useKeyboardNav';

/** The lesson: header, diagram, formulas, the step's text and values, navigation. */
export function App() {
  const theme = useLesson((s) => s.theme);
  const lang = useLesson((s) => s.lang);
  const zoom = useLesson((s) => s.zoom);
  useKeyboardNav();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'app.title');
  }, [lang]);

  return (
    <Stage>
      <div className="app" data-theme={theme} style={{ ['--zoom' as string]: zoom }}>
        <Panel name="header">
          <Header />
        </Panel>
        <main className="app-main">
          <div className="app-diagram">
            <Panel name="diagram">
              <DiagramPanel />
            </Panel>
          </div>
          <div className="app-formulas">
            <Panel name="formulas">
              <StepFormulas />
            </Panel>
          </div>
          <div className="app-panel">
            <Panel name="step">
              <StepPanel />
            </Panel>
          </div>
        </main>
        <footer className="app-footer">
          <Panel name="steps">
            <StepList />
          </Panel>
          <Panel name="animation">
            <AnimationControls />
          </Panel>
          <Panel name="navigation">
            <NavButtons />
          </Panel>
        </footer>
        <LiveRegion />
      </div>
    </Stage>
  );
}
