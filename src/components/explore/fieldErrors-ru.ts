/**
 * Russian texts of the FieldError codes (src/model/errorCodes.ts). Each takes the error's params;
 * `found` phrases, dimension words and plurals come from the helpers below.
 */
import type { FieldErrorCode, FoundKind } from '../../model/io/errorCodes';

export type Params = Readonly<Record<string, string | number>>;

/** 1 число, 2 числа, 5 чисел. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const a = Math.abs(Math.trunc(n));
  const d = a % 10;
  const h = a % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
  return many;
}

/** The genitive after "из": 1 → the singular, everything else the plural. */
function genitive(n: number, one: string, many: string): string {
  return `из ${n} ${n % 10 === 1 && n % 100 !== 11 ? one : many}`;
}

/** "из 1 элемента", "из 3 элементов". */
const ofElements = (k: number) => genitive(k, 'элемента', 'элементов');
/** "из 1 числа", "из 3 чисел". */
const ofNumbers = (k: number) => genitive(k, 'числа', 'чисел');

const FOUND: Readonly<Record<FoundKind, (found: string) => string>> = {
  null: () => 'null',
  nothing: () => 'ничего',
  number: (f) => f,
  boolean: (f) => f,
  string: (f) => `строка «${f}»`,
  emptyArray: () => 'пустой массив',
  array: (f) => `массив ${ofElements(Number(f))}`,
  object: () => 'объект',
  other: (f) => f,
};

/** The value found, as a Russian phrase. */
export function ruFound(p: Params): string {
  const kind = String(p.foundKind ?? 'other') as FoundKind;
  const phrase = FOUND[kind] ?? FOUND.other;
  return phrase(String(p.found ?? ''));
}

const DIM_WORDS: Readonly<Record<string, string>> = {
  T: 'шаги по времени',
  H: 'скрытые нейроны',
  D: 'компоненты входа',
  K: 'классы выхода',
};

const WHAT: Readonly<Record<string, string>> = {
  U: 'входные веса',
  W: 'рекуррентные веса',
  V: 'выходные веса',
  inputs: 'x_0 … x_{T−1}',
};

const s = (v: string | number | undefined) => String(v ?? '');
const n = (v: string | number | undefined) => Number(v ?? 0);
const limit = (p: Params) =>
  `${s(p.dim)} = ${s(p.n)} превышает предел ${s(p.dim)} ≤ ${s(p.limit)} (${DIM_WORDS[s(p.dim)] ?? ''})`;
const layout = (p: Params) => `number[${s(p.rows)}][${s(p.cols)}] — ${WHAT[s(p.matrix)] ?? ''}`;
const numbers = (k: number) => `${k} ${ruPlural(k, 'число', 'числа', 'чисел')}`;
const classRange = (p: Params) => (p.K === undefined ? '≥ 0' : `в [0, ${s(p.K)})`);

export const RU_ERRORS: Readonly<Record<FieldErrorCode, (p: Params) => string>> = {
  'file.empty': () => 'файл пуст; ожидался объект JSON (файл модели)',
  'file.json': (p) => `это не JSON: ${s(p.detail)}`,
  'file.notObject': (p) => `ожидался объект JSON с ключами ${s(p.keys)}, найдено: ${ruFound(p)}`,
  'file.invalid': () => 'это не модель',
  'file.read': () => 'файл не удалось прочитать',
  'key.unknown': (p) =>
    `неизвестный ключ${p.guess ? `; может быть, «${s(p.guess)}»?` : ''} (допустимы: ${s(p.allowed)})`,
  'key.missingActivation': (p) => `отсутствует; ожидалось одно из: ${s(p.allowed)}`,
  'key.missingTargets': () => 'отсутствует; ожидался integer[T] — номера классов y_0 … y_{T−1}',
  'key.missingMatrix': (p) => `отсутствует; ожидалось ${layout(p)}`,
  'number.type': (p) => `ожидалось число, найдено: ${ruFound(p)}`,
  'number.nan': () => 'ожидалось конечное число, найдено NaN',
  'number.infinite': (p) =>
    `ожидалось конечное число, найдено ${s(p.found)} (слишком велико для float64)`,
  'matrix.notArray': (p) => `ожидался массив строк (${layout(p)}), найдено: ${ruFound(p)}`,
  'matrix.empty': (p) =>
    `ожидалась хотя бы одна строка (${s(p.dim)} ≥ 1), найден пустой массив (${s(p.dim)} = 0)`,
  'matrix.firstRow': (p) => `ожидалась строка чисел (${layout(p)}), найдено: ${ruFound(p)}`,
  'matrix.rowEmpty': (p) => `ожидалось хотя бы одно число (${s(p.dim)} ≥ 1), найдена пустая строка`,
  'matrix.row': (p) => `ожидалась строка ${ofNumbers(n(p.n))}, найдено: ${ruFound(p)}`,
  'matrix.rowLength': (p) =>
    `ожидалось ${numbers(n(p.expected))} (как в ${s(p.matrix)}[0]: все строки одной длины), найдено ${s(p.found)}`,
  'matrix.shape': (p) =>
    `ожидался размер ${s(p.rows)}×${s(p.cols)} (${s(p.dimRows)}×${s(p.dimCols)}), найден ${s(p.foundRows)}×${s(p.foundCols)}`,
  'limit.rows': (p) => `строк: ${s(p.n)}; ${limit(p)}`,
  'limit.cols': (p) => `чисел в строке: ${s(p.n)}; ${limit(p)}`,
  'limit.targets': (p) => `целей: ${s(p.n)}; ${limit(p)}`,
  'limit.vector': (p) => `чисел: ${s(p.n)}; ${limit(p)}`,
  'entries.more': (p) => `и ещё неверных элементов: ${s(p.n)} (не перечислены)`,
  'activation.invalid': (p) => `ожидалось одно из: ${s(p.allowed)}, найдено: ${ruFound(p)}`,
  'targets.notArray': (p) => `ожидался массив номеров классов (integer[T]), найдено: ${ruFound(p)}`,
  'targets.empty': () => 'ожидалась хотя бы одна цель (T ≥ 1), найден пустой массив',
  'targets.count': (p) =>
    `ожидалось элементов: ${s(p.expected)} (T, по одному на каждый вход), найдено: ${s(p.found)}`,
  'target.notNumber': (p) => `ожидался номер класса ${classRange(p)}, найдено: ${ruFound(p)}`,
  'target.notInteger': (p) => `ожидался целый номер класса, найдено ${s(p.found)}`,
  'target.range': (p) => `${s(p.found)} — не номер класса ${classRange(p)}`,
  'vector.notArray': (p) => `ожидался массив чисел (number[${s(p.dim)}]), найдено: ${ruFound(p)}`,
  'vector.length': (p) => `ожидалось чисел: ${s(p.expected)} (${s(p.dim)}), найдено: ${s(p.found)}`,
  'truncate.invalid': (p) =>
    `ожидалось целое число ≥ 0 (сколько шагов назад; без этого ключа — полный BPTT), найдено: ${ruFound(p)}`,
  'link.empty': () => 'пусто; ожидалась модель',
  'link.notText': () => 'ожидался текст base64url',
  'link.padding': (p) => `неуместное выравнивание «=» в позиции ${s(p.at)} текста base64url`,
  'link.char': (p) => `«${s(p.char)}» в позиции ${s(p.at)} — не символ base64url (A–Z a–z 0–9 - _)`,
  'link.length': (p) => `у текста base64url невозможная длина (символов: ${s(p.n)})`,
  'link.utf8': (p) => `декодированные байты — не UTF-8 (байт ${s(p.at)})`,
  'link.json': (p) => `декодированный текст — не JSON: ${s(p.detail)}`,
  'link.percent': () => 'ссылка закодирована неверно (percent-encoding)',
  'text.notText': () => 'ожидался текст',
  'text.tooShort': (p) =>
    `нужно не меньше 2 символов (входы — все, кроме последнего; цели — все, кроме первого), введено: ${s(p.n)}`,
  'text.tooLong': (p) => `допускается не больше ${s(p.max)} символов, введено: ${s(p.n)}`,
  'text.vocab': (p) => `допускается не больше ${s(p.max)} различных символов, введено: ${s(p.n)}`,
  'setting.seed': (p) => `ожидалось целое число, введено ${s(p.found)}`,
  'setting.scale': (p) => `ожидалось число от ${s(p.min)} до ${s(p.max)}, введено ${s(p.found)}`,
  'setting.H': (p) => `ожидалось целое число от ${s(p.min)} до ${s(p.max)}, введено ${s(p.found)}`,
  'entry.index': (p) => `ожидался индекс от 0 до ${n(p.n) - 1}`,
  'entry.inputs': (p) => `ожидался элемент входов размера ${s(p.rows)}×${s(p.cols)}`,
  'entry.step': (p) => `ожидался шаг от 0 до ${n(p.n) - 1}`,
  'number.notFinite': (p) => `ожидалось конечное число, найдено ${s(p.found)}`,
  'steps.max': (p) => `допускается не больше ${s(p.max)} шагов`,
  'steps.min': () => 'должен остаться хотя бы один шаг',
};
