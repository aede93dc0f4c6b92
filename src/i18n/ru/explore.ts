/** Russian: the explore mode's strings. */
import type { ExploreKey } from '../keys';

export const EXPLORE: Readonly<Record<ExploreKey, string>> = {
  'errors.more': '… и ещё {n}',
  'stage.diagram': 'Развёрнутая сеть текущей модели',
  'stage.formulas': 'Формулы и значения',
  'stage.traceOne': 'Прослеживается E{t:sub}, сумма по k = {kMin} … {t}.',
  'stage.traceAll': 'Прослеживается вся ошибка E = Σ Eₜ.',
  'stage.terms': 'Слагаемые ∂E{t:sub}/∂W по k',

  'panel.title': 'Исследование',

  'presets.title': 'Готовые примеры',

  'preset.default': 'По умолчанию: «hell» → «ello»',
  'preset.vanishing': 'Затухание (tanh, малая W)',
  'preset.exploding': 'Взрыв (линейная, σₘₐₓ(W) = 1,5)',
  'preset.sigmoid': 'Насыщение сигмоиды',
  'preset.long': 'Длинная последовательность (T = 32)',

  'seq.title': 'Последовательность',
  'seq.mode': 'Входы задаются',
  'seq.modeText': 'Текстом',
  'seq.modeTable': 'Числами',
  'seq.text': 'Текст',
  'seq.textHelp': 'Входы — все символы, кроме последнего; цели — все символы, кроме первого.',
  'seq.vocab': 'Словарь ({n}): {chars}',
  'seq.notFromText':
    'Текущие входы получены не из этого текста; ввод текста заменит их (и веса, если изменится размер словаря).',
  'seq.inputs': 'Входы xₜ (строка t)',
  'seq.targets': 'Цели yₜ (номера классов 0 … {max})',
  'seq.error': '{field}: {message}; текущая последовательность сохранена.',
  'seq.targetRange': 'ожидался номер класса, целое число от 0 до {max}',
  'seq.addStep': 'Добавить шаг',
  'seq.removeStep': 'Убрать последний шаг',

  'net.title': 'Сеть',
  'net.H': 'Размер скрытого слоя H',
  'net.activation': 'Функция активации',
  'net.scale': 'Масштаб весов',
  'net.seed': 'Начальное значение (seed) генератора случайных чисел',
  'net.redrawHelp':
    'H, начальное значение генератора и масштаб задают новые веса; ручные правки заменяются.',
  'net.sigma': 'σₘₐₓ(W)',
  'net.sigmaValue': 'σₘₐₓ(W) = {v}, γ = {g}, γσₘₐₓ(W) = {gv}',
  'net.initial': 'Начальное состояние s₋₁',
  'net.truncate': 'Усечённое BPTT',
  'net.truncateN': 'Окно усечения n',
  'net.truncateHelp': 'В ∂Eₜ/∂U и ∂Eₜ/∂W входят только k ≥ t − n; ∂E/∂V не усекается.',

  'trace.target': 'Ошибка',
  'trace.all': 'E = Σ Eₜ (все шаги)',
  'trace.one': 'E{t:sub}',
  'trace.param': 'Параметр',
  'trace.k': 'Слагаемое k',

  'maps.title': 'Веса и градиенты',
  'maps.edit': 'Править {p} вручную',
  'maps.grad': '∂{E}/∂{p}',
  'maps.term': 'Слагаемое k = {k} в ∂{E}/∂{p}',
  'maps.termCut': 'k = {k} вне окна усечения (k < t − n): это слагаемое отбрасывается.',

  'heat.summarised': 'Большая матрица: каждая клетка показывает наибольший элемент блока {r}×{c}.',
  'heat.hint':
    'Наведите курсор или фокус на клетку (стрелки двигают), чтобы увидеть значение и место в формуле.',
  'heat.legend':
    'Синий и «+»: положительные; оранжевый, штриховка и «−»: отрицательные; бледнее — ближе к 0.',
  'heat.scale': 'Шкала цвета: −{v} … 0 … +{v}',
  'heat.entry': '{name}[{i}][{j}] = {v}',
  'heat.block': '{name}[{i0}…{i1}][{j0}…{j1}]: наибольший элемент {name}[{i}][{j}] = {v}',

  'place.U': 'вес от входа {j} в xₜ к нейрону {i} в sₜ в zₜ = U xₜ + W sₜ₋₁',
  'place.W': 'вес от нейрона {j} в sₜ₋₁ к нейрону {i} в sₜ в zₜ = U xₜ + W sₜ₋₁',
  'place.V': 'вес от нейрона {j} в sₜ к выходу {i} в oₜ = V sₜ',
  'place.gradU': 'сумма по k от δₖ[{i}] · xₖ[{j}] ({sum})',
  'place.gradW': 'сумма по k от δₖ[{i}] · sₖ₋₁[{j}] ({sum})',
  'place.gradV': 'сумма по t от (ŷₜ − yₜ)[{i}] · sₜ[{j}]',
  'place.termU': 'δₖ[{i}] · xₖ[{j}]: слагаемое k = {k} в ∂E{t:sub}/∂U',
  'place.termW': 'δₖ[{i}] · sₖ₋₁[{j}]: слагаемое k = {k} в ∂E{t:sub}/∂W',
  'place.sumOne': 'k = {kMin} … {t}',
  'place.sumAll': 'все t и k ≤ t в окне',

  'edit.hint':
    'Щёлкните клетку (или выберите её и нажмите Enter) и введите число: Enter сохраняет, Escape отменяет.',
  'edit.cell': '{field} = {v}, изменить',
  'edit.rows': 'Показаны строки',
  'edit.cols': 'Показаны столбцы',
  'edit.notNumber':
    '{field}: ожидалось конечное число, введено «{found}»; значение {old} сохранено.',
  'edit.error': '{field}: {message}; значение {old} сохранено.',

  'num.range': '{field}: ожидалось {what} от {min} до {max}, введено «{found}»; {old} сохранено.',
  'num.integer': 'целое число',
  'num.number': 'число',

  'decay.title': 'Затухающие и взрывающиеся градиенты: две настройки рядом',
  'decay.a': 'A ({activation})',
  'decay.b': 'B ({activation})',
  'decay.bActivation': 'Функция активации в B',
  'decay.bSigma': 'σₘₐₓ(W) в B',

  'check.title': 'Проверка градиента конечными разностями',
  'check.caption':
    'Аналитический градиент полного BPTT в сравнении с центральными разностями (J(θ + h) − J(θ − h)) / 2h, h = {h}; относительная ошибка |a − n| / max(|a|, |n|).',
  'check.run': 'Запустить проверку',
  'check.large':
    'У модели {n, plural, one {# вес} few {# веса} many {# весов} other {# веса}}, и проверка требует двух прямых проходов на каждый: на этом компьютере около {time}. Запускайте по необходимости; проверку можно прервать.',
  'check.progress': 'Проверено {done} из {total, plural, one {# веса} other {# весов}}',
  'check.cancel': 'Прервать проверку',
  'time.seconds': '{n} с',
  'time.minutes': '{n} мин',
  'check.param': 'Параметр',
  'check.maxErr': 'Наибольшая относительная ошибка',
  'check.band': 'Вывод',
  'check.worst': 'Худший элемент',
  'check.worstEntry': '{field}: аналитически {a}, численно {n}',
  'check.good': '✓ хорошо (< 10⁻⁷)',
  'check.uncertain': '? приемлемо (< 10⁻⁴)',
  'check.poor': '! сомнительно (10⁻⁴ … 10⁻²)',
  'check.wrong': '✗ неверно (> 10⁻²)',
  'check.overall': 'Итого: {v}',
  'check.truncated':
    'Усечение включено (n = {n}): градиент урока и обучения отличается от истинного (полное BPTT) на {pct}, ‖g̃ − g‖ / ‖g‖ ({byWeight}; V не усекается). Проверка выше сравнивает с истинным градиентом.',
  'check.truncatedFull': 'Усечение n = {n} сохраняет все слагаемые при T = {T}: градиент истинный.',

  'train.title': 'Обучение',
  'train.lr': 'Скорость обучения',
  'train.clip': 'Ограничивать норму градиента',
  'train.threshold': 'Порог θ',
  'train.steps': 'Шагов N',
  'train.progress': 'Шаг {done} из {total}',
  'train.cancel': 'Остановить после этого шага',
  'train.one': 'Один шаг',
  'train.many': '{n, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}',
  'train.run': 'Пуск',
  'train.pause': 'Пауза',
  'train.clear': 'Очистить кривую',
  'train.status':
    'После {i, plural, one {# шага} other {# шагов}}: E = {loss}; последняя ‖g‖ = {norm}; ограничено {c, plural, one {# раз} few {# раза} many {# раз} other {# раза}}.',
  'train.start': 'E = {loss}. Шагов ещё не было.',
  'train.diverged':
    'Остановлено: шаг дал бы бесконечные веса. Уменьшите скорость обучения или включите ограничение.',
  'train.curve': 'Ошибка E по шагам обучения',

  'io.title': 'Импорт и экспорт',
  'io.open': 'Открыть файл модели',
  'io.drop': 'или перетащите файл модели в любое место страницы.',
  'io.exportModel': 'Экспорт модели (JSON)',
  'io.exportResults': 'Экспорт результатов (JSON)',
  'io.share': 'Скопировать ссылку на модель',
  'io.link': 'Ссылка на эту модель',
  'io.tooLong':
    'Модель слишком велика для ссылки (в ссылке было бы {n, plural, one {# символ} few {# символа} many {# символов} other {# символа}}, браузеры открывают не больше {max}). Передайте вместо неё файл модели: «Экспорт модели (JSON)».',
  'io.copied': 'Ссылка скопирована.',
  'io.copyFailed': 'Скопируйте ссылку из поля.',
  'io.loaded': 'Загружен {name}.',
  'io.fileError': '{name} не загружен; текущая модель сохранена.',
  'io.linkError': 'Модель из ссылки не прочитана; текущая модель сохранена.',
  'io.termsTooMany':
    'В результатах нет матриц слагаемых: {n, plural, one {# число} few {# числа} many {# чисел} other {# числа}} больше предела {max}.',
};
