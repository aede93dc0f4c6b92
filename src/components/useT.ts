import { useCallback } from 'react';
import { t, type Key } from '../lesson/i18n';
import type { Params } from '../lesson/text';
import { useLesson } from '../store';

export type Translate = (key: Key, params?: Params) => string;

/** The UI strings in the current language. */
export function useT(): Translate {
  const lang = useLesson((s) => s.lang);
  return useCallback((key: Key, params?: Params) => t(lang, key, params), [lang]);
}
