import { useCallback } from 'react';
import type { Params } from '../../lesson/text';
import { useLesson } from '../../store';
import { ct, type ClassroomKey } from './strings';

export type ClassroomTranslate = (key: ClassroomKey, params?: Params) => string;

/** The classroom strings in the current language. */
export function useCt(): ClassroomTranslate {
  const lang = useLesson((s) => s.lang);
  return useCallback((key: ClassroomKey, params?: Params) => ct(lang, key, params), [lang]);
}
