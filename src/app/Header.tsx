import { LANG_NAMES, type Lang } from '../i18n';
import { LANGS, STEP_COUNT, THEMES, useLesson, type Theme } from '../store';
import { useT } from '../components/useT';
import { Toolbar } from '../classroom/Toolbar';
import { ModeSwitch } from '../explore/ModeSwitch';

const THEME_KEY = { light: 'theme.light', dark: 'theme.dark', contrast: 'theme.contrast' } as const;
/** Short visible labels; the full name is the button's accessible name and tooltip. */
const THEME_GLYPH: Readonly<Record<Theme, string>> = { light: '☀', dark: '☾', contrast: '◑' };

/** Title, progress, language and theme switches. */
export function Header() {
  const tr = useT();
  const lang = useLesson((s) => s.lang);
  const theme = useLesson((s) => s.theme);
  const stepIndex = useLesson((s) => s.stepIndex);
  const setLang = useLesson((s) => s.setLang);
  const setTheme = useLesson((s) => s.setTheme);
  const n = stepIndex + 1;
  const progress = tr('nav.progress', { n, total: STEP_COUNT });
  return (
    <header className="app-header">
      <h1 className="app-title">{tr('app.title')}</h1>
      <ModeSwitch />
      <p className="progress" data-testid="progress">
        {progress}
      </p>
      <div className="switch" role="group" aria-label={tr('lang.label')}>
        {LANGS.map((l: Lang) => (
          <button
            key={l}
            type="button"
            className="switch__btn"
            lang={l}
            aria-pressed={lang === l}
            aria-label={`${l.toUpperCase()} — ${LANG_NAMES[l]}`}
            title={LANG_NAMES[l]}
            onClick={() => setLang(l)}
          >
            {l.toUpperCase()}
          </button>
        ))}
      </div>
      <div className="switch" role="group" aria-label={tr('theme.label')}>
        {THEMES.map((th) => (
          <button
            key={th}
            type="button"
            className="switch__btn"
            data-theme-option={th}
            aria-pressed={theme === th}
            aria-label={tr(THEME_KEY[th])}
            title={tr(THEME_KEY[th])}
            onClick={() => setTheme(th)}
          >
            <span aria-hidden="true">{THEME_GLYPH[th]}</span>
          </button>
        ))}
      </div>
      <Toolbar />
    </header>
  );
}
