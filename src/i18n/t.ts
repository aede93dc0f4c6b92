/** The one lookup: a namespace's string in a language, with its placeholders filled. */
import type { KeyOf, Namespace } from './catalog';
import { format, type Params } from './format';
import { anyCatalog, LANGUAGES, type Lang } from './languages';
import { typesetCached } from './typeset';

/**
 * The string of `key` in namespace `ns`, in `lang`, with its placeholders filled, then typeset by
 * the language's rules as a whole (typeset.ts: no-break spaces and hyphens in Russian), so that
 * the rules also hold where a parameter meets the text around it. A string without placeholders
 * is typeset once (cached by its text), and so is a filled one shown again.
 */
export function t<N extends Namespace>(lang: Lang, ns: N, key: KeyOf<N>, params?: Params): string {
  const table: Readonly<Record<string, string>> = LANGUAGES[lang].catalog[ns];
  return typesetCached(lang, format(lang, table[key], params));
}

/**
 * A namespace's lookup bound to a language. It carries the language, so that whatever writes
 * strings through it can write its numbers in the same language's style (number.ts).
 */
export type Translator<N extends Namespace> = ((key: KeyOf<N>, params?: Params) => string) & {
  readonly lang: Lang;
};

const BOUND = new Map<string, Translator<Namespace>>();

/** t bound to a language and a namespace (the same function each time it is asked for). */
export function translator<N extends Namespace>(lang: Lang, ns: N): Translator<N> {
  const id = `${lang}:${ns}`;
  let f = BOUND.get(id);
  if (!f) {
    f = Object.assign((key: KeyOf<Namespace>, params?: Params) => t(lang, ns, key, params), {
      lang,
    });
    BOUND.set(id, f);
  }
  return f as Translator<N>;
}

/** Whether `key` is a key of namespace `ns` (a notice's key, say). */
export function isKeyOf<N extends Namespace>(ns: N, key: string): key is KeyOf<N> {
  return Object.hasOwn(anyCatalog()[ns], key);
}

/** Every key of a namespace, in the tables' order. */
export function keysOf<N extends Namespace>(ns: N): KeyOf<N>[] {
  return Object.keys(anyCatalog()[ns]) as KeyOf<N>[];
}
