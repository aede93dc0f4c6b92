/** The key caps of the help overlay: which key each is, and how a language writes it. */
import type { KeyOf } from './catalog';
import type { Lang } from './languages';
import { t } from './t';

/** The key caps the help overlay shows. */
export type KeyCap =
  | '→'
  | '←'
  | '↑'
  | '↓'
  | 'PageDown'
  | 'PageUp'
  | 'Space'
  | 'Home'
  | 'End'
  | 'N'
  | 'P'
  | 'F'
  | 'B'
  | '.'
  | 'S'
  | 'O'
  | 'G'
  | '?'
  | 'Escape';

/** The KeyboardEvent.key each cap sends. */
export const KEYCAP_EVENT_KEY: Readonly<Record<KeyCap, string>> = {
  '→': 'ArrowRight',
  '←': 'ArrowLeft',
  '↑': 'ArrowUp',
  '↓': 'ArrowDown',
  PageDown: 'PageDown',
  PageUp: 'PageUp',
  Space: ' ',
  Home: 'Home',
  End: 'End',
  N: 'n',
  P: 'p',
  F: 'f',
  B: 'b',
  '.': '.',
  S: 's',
  O: 'o',
  G: 'g',
  '?': '?',
  Escape: 'Escape',
};

const CAP_LABEL: Partial<Record<KeyCap, KeyOf<'ui'>>> = {
  PageDown: 'key.pageDown',
  PageUp: 'key.pageUp',
  Space: 'key.space',
  Home: 'key.home',
  End: 'key.end',
  Escape: 'key.escape',
};

/** How a key cap is written in a language ("Пробел" for Space in Russian). */
export function keyCapLabel(lang: Lang, cap: KeyCap): string {
  const key = CAP_LABEL[cap];
  return key ? t(lang, 'ui', key) : cap;
}

export interface HelpEntry {
  /** The action's description. */
  readonly action: KeyOf<'ui'>;
  readonly keys: readonly KeyCap[];
}

/** Every key of the app, as the help overlay lists them. */
export const HELP_KEYS: readonly HelpEntry[] = [
  { action: 'help.next', keys: ['→', '↓', 'PageDown', 'Space', 'N'] },
  { action: 'help.prev', keys: ['←', '↑', 'PageUp', 'P'] },
  { action: 'help.first', keys: ['Home'] },
  { action: 'help.last', keys: ['End'] },
  { action: 'help.fullscreen', keys: ['F'] },
  { action: 'help.blackout', keys: ['B', '.'] },
  { action: 'help.presenter', keys: ['S'] },
  { action: 'help.overview', keys: ['O'] },
  { action: 'help.goto', keys: ['G'] },
  { action: 'help.help', keys: ['?'] },
  { action: 'help.escape', keys: ['Escape'] },
];
