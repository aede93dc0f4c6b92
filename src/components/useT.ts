import { translator, type Translator } from '../i18n';
import { useShownLesson } from './useShownLesson';

export type Translate = Translator<'ui'>;

/** The UI strings in the current language (the one shown, inside a panel that lags the store). */
export function useT(): Translate {
  const lang = useShownLesson((s) => s.lang);
  return translator(lang, 'ui');
}
