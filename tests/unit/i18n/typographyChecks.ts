/**
 * The typography checks of a string as rendered (/work/shared/design/russian.md): ASCII math,
 * decimal points in Russian, breakable spaces after one-letter words and before an em dash,
 * counted nouns that disagree with their number, double spaces in English. Shared by the test of
 * every catalog string (typography.test.ts) and the lesson's case grid (lesson/cases.test.ts).
 */
import { pluralCategory, type Lang } from '../../../src/i18n';
import { CATALOG as RU_CATALOG } from '../../../src/i18n/ru';

/** The checks, by name (a known failure names the ones it fails). */
export type Check =
  'asciiMath' | 'decimalPoint' | 'oneLetter' | 'emDash' | 'plural' | 'doubleSpace';

/** Whether Russian writes the decimal comma (src/i18n/ru/index.ts). */
export const RU_COMMA = RU_CATALOG.number.decimal === ',';

/** ASCII sub- and superscripts used as math: σ_max, E_t, s_(t−1), x_0, ^(3−k), e^x. */
const ASCII_MATH = /[\p{L}\p{N})\]★][_^][\p{L}\p{N}({−-]/u;
const DECIMAL_POINT = /\d\.\d/;
/** A one-letter Russian word followed by an ordinary (breakable) space. */
const ONE_LETTER_SPACE = /(?:^|[\s(«„"'])[а-яёА-ЯЁ] /u;
const SPACE_EM_DASH = / —/;

/**
 * Counted nouns, Russian: [1 (nominative), 2 (nominative), 1 (genitive: «после 1 шага»), 5]. A
 * number's category admits: one → 1 nom. or gen.; few → 2 nom. or gen. plural; many → gen.
 * plural; other (fractions) → gen. singular.
 */
const RU_NOUNS: readonly (readonly [string, string, string, string])[] = [
  ['шаг', 'шага', 'шага', 'шагов'],
  ['вес', 'веса', 'веса', 'весов'],
  ['символ', 'символа', 'символа', 'символов'],
  ['число', 'числа', 'числа', 'чисел'],
  ['элемент', 'элемента', 'элемента', 'элементов'],
  ['байт', 'байта', 'байта', 'байт'],
  ['раз', 'раза', 'раза', 'раз'],
  ['строка', 'строки', 'строки', 'строк'],
  ['столбец', 'столбца', 'столбца', 'столбцов'],
  ['значение', 'значения', 'значения', 'значений'],
  ['слагаемое', 'слагаемых', 'слагаемого', 'слагаемых'],
  ['класс', 'класса', 'класса', 'классов'],
  ['нейрон', 'нейрона', 'нейрона', 'нейронов'],
  ['секунда', 'секунды', 'секунды', 'секунд'],
  ['минута', 'минуты', 'минуты', 'минут'],
];

const RU_FORMS = new Map<string, readonly [string, string, string, string]>();
for (const forms of RU_NOUNS) for (const f of forms) RU_FORMS.set(f, forms);

function ruAgrees(n: number, word: string): boolean {
  const forms = RU_FORMS.get(word);
  if (!forms) return true;
  const [one, few, genOne, many] = forms;
  switch (pluralCategory('ru', n)) {
    case 'one':
      return word === one || word === genOne;
    case 'few':
      return word === few || word === many;
    case 'many':
      return word === many;
    default:
      return word === genOne;
  }
}

/** Counted nouns, English: singular → plural. */
const EN_NOUNS: Readonly<Record<string, string>> = {
  step: 'steps',
  weight: 'weights',
  character: 'characters',
  number: 'numbers',
  element: 'elements',
  byte: 'bytes',
  time: 'times',
  row: 'rows',
  column: 'columns',
  value: 'values',
  term: 'terms',
  class: 'classes',
  entry: 'entries',
  unit: 'units',
  second: 'seconds',
  minute: 'minutes',
  target: 'targets',
};
const EN_SINGULAR = new Map(Object.entries(EN_NOUNS).map(([s, p]) => [p, s]));

function enAgrees(n: number, word: string): boolean {
  const one = pluralCategory('en', n) === 'one';
  if (Object.hasOwn(EN_NOUNS, word)) return one;
  if (EN_SINGULAR.has(word)) return !one;
  return true;
}

/** The numbers followed by a word in a text, as [number, word, where]. */
function countedWords(s: string, lang: Lang): [number, string, string][] {
  const word = lang === 'ru' ? '[а-яё]+' : '[a-z]+';
  // Not a number in a formula («the k = 0 term», «n + 1 steps»): it does not count the word.
  const re = new RegExp(
    `(?<![\\d.,\\p{L}])(?<![=≤≥<>+−×·][ \\u00a0])(\\d+(?:[.,]\\d+)?)[ \\u00a0](${word})(?![\\p{L}])`,
    'gu',
  );
  return [...s.matchAll(re)].map((m) => [
    Number(m[1].replace(',', '.')),
    m[2],
    s.slice(Math.max(0, m.index - 20), m.index + m[0].length + 5),
  ]);
}

/** The checks a rendered string fails, with what fails them. */
export function failures(lang: Lang, s: string, sample: number): Map<Check, string> {
  const out = new Map<Check, string>();
  const at = (re: RegExp) => {
    const m = re.exec(s);
    return m ? s.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15) : '';
  };
  if (ASCII_MATH.test(s)) out.set('asciiMath', at(ASCII_MATH));
  if (lang === 'ru') {
    // A fractional parameter shows the language's decimal separator: checked once Russian has
    // the comma (a pending change of the number style); the catalog's own numbers always.
    if ((RU_COMMA || Number.isInteger(sample)) && DECIMAL_POINT.test(s)) {
      out.set('decimalPoint', at(DECIMAL_POINT));
    }
    if (ONE_LETTER_SPACE.test(s)) out.set('oneLetter', at(ONE_LETTER_SPACE));
    if (SPACE_EM_DASH.test(s)) out.set('emDash', at(SPACE_EM_DASH));
  } else if (s.includes('  ')) out.set('doubleSpace', at(/ {2}/));
  // What a string counts (steps, weights, characters, bytes) is a whole number: a fraction only
  // tests the decimal separator.
  const agrees = lang === 'ru' ? ruAgrees : enAgrees;
  const wrong = countedWords(s, lang).filter(([n, w]) => Number.isInteger(n) && !agrees(n, w));
  if (wrong.length > 0) out.set('plural', wrong.map(([, , where]) => where).join(' | '));
  return out;
}
