import type { Lang } from '../lesson/types';

export type Theme = 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];
export const LANGS: readonly Lang[] = ['ru', 'en'];

export function isLang(v: unknown): v is Lang {
  return v === 'ru' || v === 'en';
}

export function isTheme(v: unknown): v is Theme {
  return v === 'light' || v === 'dark' || v === 'contrast';
}
