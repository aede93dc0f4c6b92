/**
 * The app's strings in every language, and the numbers it writes: one catalog per language
 * (languages.ts), one table per namespace in it, one lookup (t), one placeholder syntax
 * (format.ts), plurals by Intl.PluralRules (plural.ts), numbers by number.ts. No UI library here:
 * the hook that reads the current language lives with the components.
 */
export type { Catalog, KeyOf, Namespace } from './catalog';
export { NAMESPACES } from './catalog';
export { fieldErrorLine, fieldErrorText, fieldLabel, MODEL_MESSAGES_LANG } from './errors';
export { format, placeholders, type Params } from './format';
export { HELP_KEYS, KEYCAP_EVENT_KEY, keyCapLabel, type HelpEntry, type KeyCap } from './keycaps';
export type { ClassroomKey, DiagramKey, ErrorKey, ExploreKey, LessonKey, UiKey } from './keys';
export {
  detectLang,
  isLang,
  isLangLoaded,
  LANG_NAMES,
  LANGS,
  LANGUAGES,
  loadLang,
  wantExploreStrings,
  type Lang,
} from './languages';
export {
  DEFAULT_OVERFLOW,
  charBudget,
  formatFit,
  formatNumber,
  formatPercent,
  formatPercentFit,
  listSeparator,
  numberParts,
  numberStyle,
  numTex,
  percentTex,
  texEscapeText,
  type NumberFormat,
  type NumberStyle,
} from './number';
export { pickPlural, pluralCategory } from './plural';
export { splitSubscript, subscript, superscript } from './script';
export { isKeyOf, keysOf, t, translator, type Translator } from './t';
export { typeset } from './typeset';
