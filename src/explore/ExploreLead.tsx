import { t as translate } from '../i18n';
import { useLesson } from '../store';
import { preloadExplore } from './loadExplore';
import { useExplore } from './store';

/** The lesson's way out at its end: the explore mode, with the model the lesson showed. */
export function ExploreLead() {
  const lang = useLesson((s) => s.lang);
  const setMode = useExplore((s) => s.setMode);
  return (
    <p className="step-panel__lead">
      <button
        type="button"
        className="nav-btn step-panel__lead-btn"
        data-testid="explore-lead"
        onPointerEnter={preloadExplore}
        onFocus={preloadExplore}
        onClick={() => setMode('explore')}
      >
        {translate(lang, 'ui', 'mode.exploreThis')}
      </button>
    </p>
  );
}
