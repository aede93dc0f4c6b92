/**
 * Model-file and settings problems (FieldError) in the current language: English is the core's
 * own message; Russian is written from the error's code and params. An error without a known code
 * (none should reach the UI) is shown with its English message.
 */
import { isFieldErrorCode, type FieldError } from '../../model';
import type { Lang } from '../../lesson/types';
import { RU_ERRORS } from './fieldErrors-ru';

/** The problem's text (without the field) in the language. */
export function fieldErrorText(lang: Lang, e: FieldError): string {
  if (lang === 'en' || !isFieldErrorCode(e.code)) return e.message;
  return RU_ERRORS[e.code](e.params ?? {});
}

const FIELD_NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {},
  ru: { '(file)': '(файл)' },
};

/** The field as shown: the file's own names ("W[1][0]"), "(file)" for the file as a whole. */
export function fieldLabel(lang: Lang, field: string): string {
  return FIELD_NAMES[lang][field] ?? field;
}

/** "field: problem" in the language. */
export function fieldErrorLine(lang: Lang, e: FieldError): string {
  return `${fieldLabel(lang, e.field)}: ${fieldErrorText(lang, e)}`;
}
