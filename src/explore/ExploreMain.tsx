/**
 * The explore mode's stage: the lesson's unrolled diagram for the current model (left); the
 * formula and value of what is traced above the explore panel (right). Every change of the panel
 * goes to the store's model at once; the diagram, the formulas and the charts follow it.
 */
import type { KeyboardEvent } from 'react';
import { dimsOf } from '../model';
import { useLesson } from '../store';
import { useExplore } from './store';
import { ExploreDiagram } from './ExploreDiagram';
import { ExploreFormulas } from './ExploreFormulas';
import { ExplorePanel } from './ExplorePanel';
import { exploreStep } from './exploreStep';
import { t as translate } from '../i18n';
import './explore-stage.css';

/** The lesson's navigation keys: inside the explore view they scroll and edit, not navigate. */
const NAV_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  ' ',
  'n',
  'N',
  'p',
  'P',
]);

function keepNavKeys(e: KeyboardEvent<HTMLElement>): void {
  // React's stopPropagation stops the native event at the root: the window's lesson
  // navigation does not see it, while the key's own action (scrolling, editing) still happens.
  if (NAV_KEYS.has(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
}

export function ExploreMain() {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const setModel = useLesson((s) => s.setModel);
  const setTarget = useLesson((s) => s.setTarget);
  const traceAll = useExplore((s) => s.traceAll);
  const setTraceAll = useExplore((s) => s.setTraceAll);
  const linkErrors = useExplore((s) => s.linkErrors);
  const T = dimsOf(model).T;
  const t = Math.min(Math.max(0, target), T - 1);
  const view = exploreStep({ T, t, traceAll, truncated: model.truncate !== null });
  return (
    <main className="app-main xp-main" data-testid="explore-main" onKeyDown={keepNavKeys}>
      <div className="app-diagram">
        <ExploreDiagram
          model={model}
          t={t}
          view={view}
          lang={lang}
          label={translate(lang, 'explore', 'stage.diagram')}
        />
      </div>
      <div className="xp-main__right">
        {/* Focusable: a long formula column scrolls from the keyboard too. */}
        <div className="app-panel xp-main__formulas" tabIndex={0}>
          <ExploreFormulas model={model} t={t} traceAll={traceAll} view={view} lang={lang} />
        </div>
        <div className="app-panel xp-main__panel">
          <ExplorePanel
            model={model}
            onModelChange={setModel}
            target={t}
            onTargetChange={setTarget}
            lang={lang}
            linkErrors={linkErrors ?? undefined}
            traceAll={traceAll}
            onTraceAllChange={setTraceAll}
          />
        </div>
      </div>
    </main>
  );
}

export default ExploreMain;
