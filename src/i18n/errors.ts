/**
 * The model's validation problems (FieldError) in a language: the model writes an English
 * `message`, and a code with params (src/model/errorCodes.ts) from which every other language's
 * text is written with the 'errors' namespace. An error without a known code (none should reach
 * the UI) is shown with its English message.
 */
import { isFieldErrorCode, type FoundKind } from '../model/io/errorCodes';
import type { FieldError } from '../model/io/types';
import { placeholders, type Params } from './format';
import { LANGUAGES, type Lang } from './languages';
import { numberStyle } from './number';
import { isKeyOf, t } from './t';

/** The language the model writes its messages in: shown as they are. */
export const MODEL_MESSAGES_LANG: Lang = 'en';

const FOUND_KINDS: readonly FoundKind[] = [
  'null',
  'nothing',
  'number',
  'boolean',
  'string',
  'emptyArray',
  'array',
  'object',
  'other',
];

const str = (v: string | number | undefined) => String(v ?? '');

/** A helper phrase of the namespace, when the key exists (a dimension's or matrix's name). */
function phrase(lang: Lang, key: string, params: Params = {}): string {
  return isKeyOf('errors', key) ? t(lang, 'errors', key, params) : '';
}

/** The phrases a code's text may use, written from the error's params. */
function derived(lang: Lang, p: Params): Params {
  const kind = FOUND_KINDS.includes(p.foundKind as FoundKind) ? str(p.foundKind) : 'other';
  const foundText = phrase(lang, `found.${kind}`, { found: str(p.found) });
  const what = phrase(lang, `matrix.${str(p.matrix)}`);
  const dimWord = phrase(lang, `dim.${str(p.dim)}`);
  return {
    foundText,
    layoutText: t(lang, 'errors', 'phrase.layout', { rows: str(p.rows), cols: str(p.cols), what }),
    limitText: t(lang, 'errors', 'phrase.limit', {
      dim: str(p.dim),
      n: str(p.n),
      limit: str(p.limit),
      dimWord,
    }),
    classRange:
      p.K === undefined
        ? t(lang, 'errors', 'phrase.classRangeAny')
        : t(lang, 'errors', 'phrase.classRangeK', { K: str(p.K) }),
    guessText: p.guess ? t(lang, 'errors', 'phrase.guess', { guess: str(p.guess) }) : '',
    last: String(Number(p.n ?? 0) - 1),
  };
}

/** The problem's text (without the field) in the language. */
export function fieldErrorText(lang: Lang, e: FieldError): string {
  if (lang === MODEL_MESSAGES_LANG || !isFieldErrorCode(e.code)) return e.message;
  const p = e.params ?? {};
  // Every placeholder is filled: an absent param reads as nothing; numbers as the model wrote them
  // (a hyphen-minus), with the language's decimal separator, except what was found: it quotes
  // the file or the link as written there.
  const given: Record<string, string | number> = {};
  const template = LANGUAGES[lang].catalog.errors[e.code];
  for (const name of placeholders(template)) {
    given[name.replace(/:sub$/, '')] = template.includes(`{${name}, plural,`) ? 0 : '';
  }
  const decimal = numberStyle(lang).decimal;
  for (const [k, v] of Object.entries(p)) {
    given[k] =
      typeof v !== 'number' ? v : k === 'found' ? String(v) : String(v).replace('.', decimal);
  }
  return t(lang, 'errors', e.code, { ...given, ...derived(lang, p) });
}

/** The field as shown: the file's own names ("W[1][0]"), "(file)" for the file as a whole. */
export function fieldLabel(lang: Lang, field: string): string {
  return field === '(file)' ? t(lang, 'errors', 'field.file') : field;
}

/** "field: problem" in the language. */
export function fieldErrorLine(lang: Lang, e: FieldError): string {
  return `${fieldLabel(lang, e.field)}: ${fieldErrorText(lang, e)}`;
}
