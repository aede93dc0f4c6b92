/**
 * Russian: the texts of the model's FieldError codes (src/model/errorCodes.ts), with the error's
 * params as placeholders and the phrases that src/i18n/errors.ts builds from them: {foundText}
 * (the value found, from 'found.*'), {layoutText}, {limitText}, {classRange}, {guessText}, {last}.
 */
import type { ErrorKey } from '../keys';

export const ERRORS: Readonly<Record<ErrorKey, string>> = {
  'field.file': '(файл)',

  'found.null': 'null',
  'found.nothing': 'ничего',
  'found.number': '{found}',
  'found.boolean': '{found}',
  'found.string': 'строка «{found}»',
  'found.emptyArray': 'пустой массив',
  'found.array': 'массив из {found, plural, one {# элемента} other {# элементов}}',
  'found.object': 'объект',
  'found.other': '{found}',

  'dim.T': 'шаги по времени',
  'dim.H': 'скрытые нейроны',
  'dim.D': 'компоненты входа',
  'dim.K': 'классы выхода',
  'matrix.U': 'входные веса',
  'matrix.W': 'рекуррентные веса',
  'matrix.V': 'выходные веса',
  'matrix.inputs': 'входы x₀, x₁, … (по одному на шаг)',
  // Веса ячеек с вентилями (math.md §8).
  'matrix.U.z': 'входные веса вентиля обновления z',
  'matrix.W.z': 'рекуррентные веса вентиля обновления z',
  'matrix.U.r': 'входные веса вентиля сброса r',
  'matrix.W.r': 'рекуррентные веса вентиля сброса r',
  'matrix.U.h': 'входные веса кандидатного состояния h̃',
  'matrix.W.h': 'рекуррентные веса кандидатного состояния h̃',
  'matrix.U.i': 'входные веса входного вентиля i',
  'matrix.W.i': 'рекуррентные веса входного вентиля i',
  'matrix.U.f': 'входные веса вентиля забывания f',
  'matrix.W.f': 'рекуррентные веса вентиля забывания f',
  'matrix.U.g': 'входные веса кандидата g',
  'matrix.W.g': 'рекуррентные веса кандидата g',
  'matrix.U.o': 'входные веса выходного вентиля o',
  'matrix.W.o': 'рекуррентные веса выходного вентиля o',
  'phrase.layout': 'number[{rows}][{cols}] — {what}',
  'phrase.limit': '{dim} = {n} превышает предел {dim} ≤ {limit} ({dimWord})',
  'phrase.classRangeK': 'в [0, {K})',
  'phrase.classRangeAny': '≥ 0',
  'phrase.guess': '; может быть, «{guess}»?',

  'file.empty': 'файл пуст; ожидался объект JSON (файл модели)',
  'file.json': 'это не JSON: {detail}',
  'file.notObject': 'ожидался объект JSON с ключами {keys}, найдено: {foundText}',
  'file.invalid': 'это не модель',
  'file.tooLarge':
    '{n, plural, one {# байт} few {# байта} many {# байт} other {# байта}} — больше {limit, plural, one {# байта} other {# байт}} (8 МиБ), допустимых для файла модели',
  'file.encoding': 'это не текст в кодировке {encoding}',
  'file.read': 'файл не удалось прочитать',
  'cell.unknown': 'ожидалось одно из: {known}, найдено: {foundText}',
  'key.unknown': 'неизвестный ключ{guessText} (допустимы: {allowed})',
  'key.missingActivation': 'отсутствует; ожидалось одно из: {allowed}',
  'key.missingTargets':
    'отсутствует; ожидался integer[T] — номера классов y₀, y₁, … (по одному на шаг)',
  'key.missingMatrix': 'отсутствует; ожидалось {layoutText}',
  'cell.unsupported':
    'ячейка {cell} здесь не поддерживается (ожидалось: {known}); команда bptt читает ячейки всех видов',
  'key.notForCell': 'не ключ ячейки {cell}: он есть только у {owners} (допустимы: {allowed})',
  'key.missingGates':
    'отсутствует; ожидался объект с ключами-вентилями ({gates}), каждый — number[{rows}][{cols}]',
  'gates.notObject': 'ожидался объект с ключами-вентилями ({gates}), найдено: {foundText}',
  'gate.missing': 'нет вентиля {gate} (нужны все вентили: {gates})',
  'gate.unknown': 'неизвестный вентиль{guessText} (вентили ячейки {cell}: {gates})',
  'number.type': 'ожидалось число, найдено: {foundText}',
  'number.nan': 'ожидалось конечное число, найдено NaN',
  'number.infinite': 'ожидалось конечное число, найдено {found} (слишком велико для float64)',
  'matrix.notArray': 'ожидался массив строк ({layoutText}), найдено: {foundText}',
  'matrix.empty': 'ожидалась хотя бы одна строка ({dim} ≥ 1), найден пустой массив ({dim} = 0)',
  'matrix.firstRow': 'ожидалась строка чисел ({layoutText}), найдено: {foundText}',
  'matrix.rowEmpty': 'ожидалось хотя бы одно число ({dim} ≥ 1), найдена пустая строка',
  'matrix.row':
    'ожидалась строка из {n, plural, one {# числа} other {# чисел}}, найдено: {foundText}',
  'matrix.rowLength':
    'ожидалось {expected, plural, one {# число} few {# числа} many {# чисел} other {# числа}} (как в {matrix}[0]: все строки одной длины), найдено {found}',
  'matrix.shape':
    'ожидался размер {rows}×{cols} ({dimRows}×{dimCols}), найден {foundRows}×{foundCols}',
  'limit.rows': 'строк: {n}; {limitText}',
  'limit.cols': 'чисел в строке: {n}; {limitText}',
  'limit.targets': 'целей: {n}; {limitText}',
  'limit.vector': 'чисел: {n}; {limitText}',
  'entries.more': 'и ещё неверных элементов: {n} (не перечислены)',
  'activation.invalid': 'ожидалось одно из: {allowed}, найдено: {foundText}',
  'targets.notArray': 'ожидался массив номеров классов (integer[T]), найдено: {foundText}',
  'targets.empty': 'ожидалась хотя бы одна цель (T ≥ 1), найден пустой массив',
  'targets.count':
    'ожидалось элементов: {expected} (T, по одному на каждый вход), найдено: {found}',
  'target.notNumber': 'ожидался номер класса {classRange}, найдено: {foundText}',
  'target.notInteger': 'ожидался целый номер класса, найдено {found}',
  'target.range': '{found} — не номер класса {classRange}',
  'vector.notArray': 'ожидался массив чисел (number[{dim}]), найдено: {foundText}',
  'vector.length': 'ожидалось чисел: {expected} ({dim}), найдено: {found}',
  'truncate.invalid':
    'ожидалось целое число ≥ 0 (сколько шагов назад; без этого ключа — полное BPTT), найдено: {foundText}',
  'link.empty': 'пусто; ожидалась модель',
  'link.notText': 'ожидался текст base64url',
  'link.padding': 'неуместное выравнивание «=» в позиции {at} текста base64url',
  'link.char': '«{char}» в позиции {at} — не символ base64url (A–Z a–z 0–9 - _)',
  'link.length': 'у текста base64url невозможная длина (символов: {n})',
  'link.utf8': 'декодированные байты — не UTF-8 (байт {at})',
  'link.json': 'декодированный текст — не JSON: {detail}',
  'link.percent': 'ссылка закодирована неверно (percent-encoding)',
  'text.notText': 'ожидался текст',
  'text.tooShort':
    'нужно не меньше 2 символов (входы — все, кроме последнего; цели — все, кроме первого), введено: {n}',
  'text.tooLong':
    'допускается не больше {max, plural, one {# символа} other {# символов}}, введено: {n}',
  'text.vocab':
    'допускается не больше {max, plural, one {# различного символа} other {# различных символов}}, введено: {n}',
  'text.bidi':
    'символ {at} — управляющий символ направления текста ({code}); в последовательности он недопустим',
  'setting.seed': 'ожидалось целое число, введено {found}',
  'setting.scale': 'ожидалось число от {min} до {max}, введено {found}',
  'setting.H': 'ожидалось целое число от {min} до {max}, введено {found}',
  'entry.index': 'ожидался индекс от 0 до {last}',
  'entry.inputs': 'ожидался элемент входов размера {rows}×{cols}',
  'entry.step': 'ожидался шаг от 0 до {last}',
  'number.notFinite': 'ожидалось конечное число, найдено {found}',
  'steps.max': 'допускается не больше {max, plural, one {# шага} other {# шагов}}',
  'steps.min': 'должен остаться хотя бы один шаг',
};
