import { useCallback } from 'react';
import { t, type Key } from '../lesson/i18n';
import type { Params } from '../lesson/text';
import type { Lang } from '../lesson/types';
import { useLesson } from '../store';

export type Translate = (key: Key, params?: Params) => string;

/** The UI strings in the current language, or in `shown` (a panel that lags the store). */
export function useT(shown?: Lang): Translate {
  const current = useLesson((s) => s.lang);
  const lang = shown ?? current;
  return useCallback((key: Key, params?: Params) => t(lang, key, params), [lang]);
}
