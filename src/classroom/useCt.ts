import { translator, type Translator } from '../i18n';
import { useLesson } from '../store';

export type ClassroomTranslate = Translator<'classroom'>;

/** The classroom strings in the current language. */
export function useCt(): ClassroomTranslate {
  const lang = useLesson((s) => s.lang);
  return translator(lang, 'classroom');
}
