/** Where the explore view goes on the stage: loaded on first use, behind its error boundary. */
import { lazy, Suspense } from 'react';
import { useLesson } from '../store';
import { Panel } from '../components/Panel';
import { loadExploreMain } from './loadExplore';
import { t as translate } from '../i18n';

const ExploreMain = lazy(loadExploreMain);

export function ExploreSlot() {
  const lang = useLesson((s) => s.lang);
  return (
    <Panel name="explore">
      <Suspense
        fallback={
          <main className="app-main xp-loading" aria-busy="true">
            <p role="status">{translate(lang, 'ui', 'mode.loading')}</p>
          </main>
        }
      >
        <ExploreMain />
      </Suspense>
    </Panel>
  );
}

export default ExploreSlot;
