/**
 * The header's mode switch, Lesson | Explore: two toggle buttons (Tab to reach, Enter or Space to
 * press). The mode is written into the URL (?mode=explore) by the explore store's sync. A
 * lecturer's link with ?hide=explore hides the switch (data-control).
 */
import { useLesson } from '../store';
import { useExplore } from './store';
import { APP_MODES, type AppMode } from '../url/values';
import { preloadExplore } from './loadExplore';
import { t as translate } from '../i18n';

const KEY = { lesson: 'mode.lesson', explore: 'mode.explore' } as const;

export function ModeSwitch() {
  const lang = useLesson((s) => s.lang);
  const mode = useExplore((s) => s.mode);
  const setMode = useExplore((s) => s.setMode);
  return (
    <div
      className="switch mode-switch"
      role="group"
      aria-label={translate(lang, 'ui', 'mode.label')}
      data-control="explore"
      data-testid="mode-switch"
      onPointerEnter={preloadExplore}
      onFocus={preloadExplore}
    >
      {APP_MODES.map((m: AppMode) => (
        <button
          key={m}
          type="button"
          className="switch__btn mode-switch__btn"
          data-mode={m}
          aria-pressed={mode === m}
          onClick={() => setMode(m)}
        >
          {translate(lang, 'ui', KEY[m])}
        </button>
      ))}
    </div>
  );
}

export default ModeSwitch;
