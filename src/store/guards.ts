import { isLang, LANGS } from '../i18n';

export type Theme = 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];
/** The languages (src/i18n/languages.ts is their one list). */
export { isLang, LANGS };

export function isTheme(v: unknown): v is Theme {
  return v === 'light' || v === 'dark' || v === 'contrast';
}
