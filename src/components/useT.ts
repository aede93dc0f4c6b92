import { useCallback } from 'react';
import { t, type Key } from '../lesson/i18n';
import type { Params } from '../lesson/text';
import { useShownLesson } from './useShownLesson';

export type Translate = (key: Key, params?: Params) => string;

/** The UI strings in the current language (the one shown, inside a panel that lags the store). */
export function useT(): Translate {
  const lang = useShownLesson((s) => s.lang);
  return useCallback((key: Key, params?: Params) => t(lang, key, params), [lang]);
}
