import { translator, type Translator } from '../i18n';
import { useLesson } from '../store';

export type ViewsTranslate = Translator<'views'>;

/**
 * The strings of the views opened on request (link dialog, presenter window, handouts) in the
 * current language: loaded on demand, so every view using them is loaded with wantExploreStrings.
 */
export function useVt(): ViewsTranslate {
  const lang = useLesson((s) => s.lang);
  return translator(lang, 'views');
}
