/**
 * The header's mode switch, Lesson | Explore: two toggle buttons (Tab to reach, Enter or Space to
 * press). The mode is written into the URL (?mode=explore) by the explore store's sync. A
 * lecturer's link with ?hide=explore hides the switch (data-control).
 */
import { APP_MODES, useExplore, useLesson, type AppMode } from '../../store';
import { preloadExplore } from './loadExplore';
import { xt } from './strings';

const KEY = { lesson: 'mode.lesson', explore: 'mode.explore' } as const;

export function ModeSwitch() {
  const lang = useLesson((s) => s.lang);
  const mode = useExplore((s) => s.mode);
  const setMode = useExplore((s) => s.setMode);
  return (
    <div
      className="switch mode-switch"
      role="group"
      aria-label={xt(lang, 'mode.label')}
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
          {xt(lang, KEY[m])}
        </button>
      ))}
    </div>
  );
}

export default ModeSwitch;
