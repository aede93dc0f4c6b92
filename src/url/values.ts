/**
 * The values a link may carry, declared where the URL schema reads them: the store and the features
 * take them from here.
 */
import { isLang, LANGS } from '../i18n';

export type Theme = 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];
/** The languages (src/i18n/languages.ts is their one list). */
export { isLang, LANGS };

export function isTheme(v: unknown): v is Theme {
  return v === 'light' || v === 'dark' || v === 'contrast';
}

/** The parts of the UI a lecturer's link can hide (`?hide=stepList,explore`). */
export const CONTROL_IDS = [
  'progress',
  'langSwitch',
  'themeSwitch',
  'toolbar',
  'zoom',
  'stepList',
  'animation',
  'navButtons',
  'explore',
  'predictions',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export function isControlId(v: unknown): v is ControlId {
  return typeof v === 'string' && (CONTROL_IDS as readonly string[]).includes(v);
}

/**
 * What a window shows: the lesson, the presenter view (`?view=presenter`), handouts, or the
 * practice cards' exercise sheet with its answer key (`?view=sheet`), or the page where students
 * type a class session's code (`?view=join`).
 */
export type View = 'app' | 'presenter' | 'print' | 'sheet' | 'join';

/** The stage's mode: the lesson or the explore mode (`?mode=explore`). */
export type AppMode = 'lesson' | 'explore';
export const APP_MODES: readonly AppMode[] = ['lesson', 'explore'];

export function isAppMode(v: unknown): v is AppMode {
  return typeof v === 'string' && (APP_MODES as readonly string[]).includes(v);
}
