/**
 * Filling a message's placeholders:
 * - {name} is replaced by the parameter (a number with a true minus sign: −1);
 * - {name:sub} by its Unicode subscript (E{t:sub} → E₃), {name:sup} by its superscript ((γσ){t:sup} → (γσ)³);
 * - {name, plural, one {…} few {…} other {…}} by the form for the number's plural category in
 *   the language (Intl.PluralRules; `other` when the category has no form), # standing for it;
 * - {name, select, a {…} b {…} other {…}} by the form named by the parameter's value (`other`
 *   when none is), itself filled: texts choose their words by the case shown (t★ = 0, the
 *   activation, the regime).
 * A placeholder without a parameter is left as it is. A plain scan, no regular expression: the
 * diagram fills a few hundred labels per edit.
 */
import { LANGUAGES, type Lang } from './languages';
import { pluralCategory } from './plural';
import { subscript, superscriptText } from './script';

export type Params = Readonly<Record<string, string | number>>;

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** A parameter as shown: a number with a true minus sign and the language's decimal separator. */
function shown(lang: Lang, v: string | number): string {
  if (typeof v !== 'number') return v;
  return String(v).replace('-', '−').replace('.', LANGUAGES[lang].catalog.number.decimal);
}

/** The index just past the brace that closes the one at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The forms of "one {…} other {…}" (the text after "plural,"). */
function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const end = closing(body, open);
    if (end < 0) break;
    forms.set(body.slice(i, open).trim(), body.slice(open + 1, end - 1));
    i = end;
  }
  return forms;
}

function plural(lang: Lang, body: string, v: string | number): string {
  const n = Number(v);
  const forms = pluralForms(body);
  const form = forms.get(pluralCategory(lang, n)) ?? forms.get('other') ?? '';
  return form.split('#').join(shown(lang, v));
}

/** The message with its placeholders filled from `params`. */
export function format(lang: Lang, template: string, params: Params = {}): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = template.indexOf('{', from);
    if (open < 0) break;
    const end = closing(template, open);
    if (end < 0) break;
    const inner = template.slice(open + 1, end - 1);
    const comma = inner.indexOf(',');
    let replaced: string | null = null;
    if (comma > 0) {
      const name = inner.slice(0, comma).trim();
      const rest = inner.slice(comma + 1).trimStart();
      if (NAME.test(name) && rest.startsWith('plural,') && Object.hasOwn(params, name)) {
        replaced = plural(lang, rest.slice('plural,'.length), params[name]);
      } else if (NAME.test(name) && rest.startsWith('select,') && Object.hasOwn(params, name)) {
        // The case's form, itself a message (it may hold placeholders, plurals and selects).
        const forms = pluralForms(rest.slice('select,'.length));
        const form = forms.get(String(params[name])) ?? forms.get('other');
        if (form !== undefined) replaced = format(lang, form, params);
      }
    } else {
      const sub = inner.endsWith(':sub');
      const sup = inner.endsWith(':sup');
      const name = sub || sup ? inner.slice(0, -4) : inner;
      if (NAME.test(name) && Object.hasOwn(params, name)) {
        const s = shown(lang, params[name]);
        replaced = sub ? subscript(s) : sup ? superscriptText(s) : s;
      }
    }
    if (replaced === null) {
      // Not a placeholder we fill: keep the brace and look again just after it.
      out += template.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    out += template.slice(from, open) + replaced;
    from = end;
  }
  return out + template.slice(from);
}

/**
 * The placeholders of a message, sorted, each once: "t", "t:sub" ({n, plural, …} counts as "n":
 * one language may need plural forms where another does not). Every language of a message must
 * have the same ones.
 */
export function placeholders(template: string): string[] {
  const found = new Set<string>();
  for (const m of template.matchAll(
    /\{([A-Za-z][A-Za-z0-9]*)(:sub\}|:sup\}|\}|\s*,\s*(?:plural|select)\s*,)/g,
  )) {
    found.add(m[2] === ':sub}' || m[2] === ':sup}' ? `${m[1]}${m[2].slice(0, -1)}` : m[1]);
  }
  return [...found].sort();
}
