import { ExploreLead } from '../explore/ExploreLead';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { afterNextPaint } from '../frame';
import { t } from '../i18n';
import { lessonStore, useLesson } from '../store';
import { AnimationControls } from '../components/AnimationControls';
import { DiagramPanel } from '../components/DiagramPanel';
import { Header } from './Header';
import { LiveRegion } from '../components/LiveRegion';
import { NavButtons } from '../components/NavButtons';
import { Panel } from '../components/Panel';
import { Stage } from '../components/Stage';
import { StepList } from '../components/StepList';
import { ShownLesson } from '../components/ShownLesson';
import { StepPanel } from '../components/StepPanel';
import { useKeyboardNav } from '../components/useKeyboardNav';
import { ClassroomLayer } from '../classroom/ClassroomLayer';
import { loadSubstepSentence } from '../classroom/loadOverlays';
import { ExploreSlot } from '../explore/ExploreSlot';
import { loadPractice } from '../practice/loadPractice';
import { useExploreMode } from './useExploreMode';

/** Idle preparation of the neighbouring steps: a chunk of its own, not needed for the first paint. */
const PrewarmFormulas = lazy(() =>
  import('../components/PrewarmFormulas').then((m) => ({ default: m.PrewarmFormulas })),
);

/** The prediction at the position: the practice chunk (started by Root). */
const PromptCard = lazy(() => loadPractice().then((m) => ({ default: m.PromptCard })));
const PracticeView = lazy(() => loadPractice().then((m) => ({ default: m.PracticeView })));

/** The sub-step's sentence: its strings come on demand, after the first formula. */
const SubstepSentence = lazy(() =>
  loadSubstepSentence().then((m) => ({ default: m.SubstepSentence })),
);

/** The lesson: header, diagram, formulas, the step's text and values, navigation. */
export function App() {
  const theme = useLesson((s) => s.theme);
  const lang = useLesson((s) => s.lang);
  const zoom = useLesson((s) => s.zoom);
  const stepIndex = useLesson((s) => s.stepIndex);
  const explore = useExploreMode();
  const panel = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useKeyboardNav();

  // The factor under the pointer lights its element and its formula factors everywhere, through
  // one attribute on the root (written here only, without re-rendering the app).
  useEffect(() => {
    const apply = (term: string | null) => {
      if (!root.current) return;
      if (term) root.current.dataset.activeTerm = term;
      else delete root.current.dataset.activeTerm;
    };
    apply(lessonStore.getState().activeTerm);
    return lessonStore.subscribe((s, prev) => {
      if (s.activeTerm !== prev.activeTerm) apply(s.activeTerm);
    });
  }, []);

  // A new step starts at the top of its text. The panel's scroll position is followed from its
  // scroll events, so a step that finds it at the top (the usual case) forces no layout. A panel
  // mounted anew (back from the explore mode) starts at the top.
  const panelScrolled = useRef(false);
  useEffect(() => {
    panelScrolled.current = false;
  }, [explore]);
  useEffect(() => {
    if (panelScrolled.current) {
      panel.current?.scrollTo({ top: 0 });
      panelScrolled.current = false;
      return;
    }
    // A scroll whose event has not arrived yet (a step taken in the frame of a wheel turn) is
    // caught once the move is painted, when reading the position forces no layout of its own.
    return afterNextPaint(() => {
      const el = panel.current;
      if (el && el.scrollTop > 0) el.scrollTo({ top: 0 });
    });
  }, [stepIndex]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // The sub-step's sentence (and the views' strings) right after the first paint, not on demand.
  useEffect(
    () =>
      afterNextPaint(() => {
        loadSubstepSentence().catch(() => undefined);
      }),
    [],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'ui', 'app.title');
  }, [lang]);

  return (
    <Stage>
      <div
        ref={root}
        className="app"
        data-mode={explore ? 'explore' : 'lesson'}
        data-theme={theme}
        style={{ ['--zoom' as string]: zoom }}
      >
        <Panel name="header">
          <Header />
        </Panel>
        {explore ? (
          <ExploreSlot />
        ) : (
          <main className="app-main">
            <div className="app-diagram">
              <Panel name="diagram">
                <DiagramPanel
                  practice={
                    <Suspense fallback={null}>
                      <PracticeView />
                    </Suspense>
                  }
                />
              </Panel>
            </div>
            <div
              className="app-panel"
              ref={panel}
              onScroll={(e) => {
                panelScrolled.current = e.currentTarget.scrollTop > 0;
              }}
            >
              <Panel name="step">
                <ShownLesson>
                  <StepPanel
                    now={
                      <Suspense fallback={null}>
                        <SubstepSentence />
                      </Suspense>
                    }
                    end={<ExploreLead />}
                    prompt={
                      <Suspense fallback={null}>
                        <PromptCard />
                      </Suspense>
                    }
                  />
                </ShownLesson>
              </Panel>
            </div>
          </main>
        )}
        {!explore && (
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
        )}
        <LiveRegion />
        <Suspense fallback={null}>
          <PrewarmFormulas />
        </Suspense>
        <ClassroomLayer />
      </div>
    </Stage>
  );
}
