/**
 * Русский: предсказания перед раскрытием, карточки с упражнениями, итоговый тест и лист с
 * заданиями. Загружаются по требованию вместе со строками представлений.
 */
import type { PracticeKey } from '../keys';

export const PRACTICE: Readonly<Record<PracticeKey, string>> = {
  'cards.seed': 'Карточки для начального значения (seed) {seed} · модель {model}',
  'cards.new': 'Новые карточки',
  'cards.sheet': 'Распечатать лист',
  'quiz.check': 'Проверить ответы',
  'quiz.again': 'Пройти ещё раз',
  'quiz.score': 'Результат: {score} из {of}.',
  'quiz.best': 'Ваш лучший результат на этой модели: {best} из {of}.',
  'quiz.question': 'Вопрос {n} из {of}',
  'quiz.right': 'Верно.',
  'quiz.wrong': 'Неверно. Ответ: {answer}.',
  'quiz.unanswered': 'Нет ответа. Ответ: {answer}.',
  'prompt.kicker': 'Сначала предскажите',
  'prompt.choose': 'Выбрать k = {k}',
  'prompt.skip': 'Пропустить',
  'prompt.reveal': 'Показать ответ',
  'prompt.skipHint': '«Далее» (→) пропускает вопрос и показывает ответ.',
  'prompt.right': 'Верно.',
  'prompt.wrong': 'Неверно.',
  'prompt.skipped': 'Ответ:',
  'prompt.yours': 'Ваше предсказание',
  'prompt.computed': 'Вычислено',
  'prompt.settingOn': 'Спрашивать до ответа',
  'prompt.settingLabel': 'Предсказания',
  'class.hintLecturer':
    '«Далее» (→) закрывает вопрос; затем вычисленный ответ появится рядом с ответами аудитории.',
  'class.sending': 'Отправляется: {answer}…',
  'class.reveal': 'Закрыть вопрос и показать ответы аудитории',
  'class.count': 'Ответов пока: {n}',
  'class.ask':
    'Ответьте на этом устройстве. Вычисленный ответ и ответы аудитории лектор покажет позже.',
  'class.sent':
    'Отправлено и учтено: {answer}. Ответ можно изменить, пока лектор не покажет результаты.',
  'class.sentCurve': 'ваша кривая',
  'class.send': 'Отправить кривую',
  'class.title': 'Ответы аудитории: {total}',
  'class.none': 'Никто в аудитории не ответил.',
  'class.bar': '{n} ({percent} %)',
  'class.correct': 'вычисленный ответ',
  'class.curves': 'Тонкие серые линии — кривые аудитории ({n}).',
  'class.median': 'Медиана ответов аудитории',
  'class.medianNote': 'Кривая аудитории — медиана ответов при каждом k.',

  'prompt.smallest-term.question':
    'При каком k ≥ {kFirst} слагаемое ∂E{t:sub}/∂W наименьшее? Выберите узел sₖ на схеме или k ниже.',
  'prompt.smallest-term.waiting': 'k = {k}. Ответ будет, когда поток дойдёт до k = {kFirst}.',
  'prompt.smallest-term.quiz': 'При каком k ≥ {kFirst} слагаемое ∂E{t:sub}/∂W наименьшее?',
  'prompt.smallest-term.options': 'Ваш выбор k',
  'prompt.smallest-term.answer':
    'Наименьшее слагаемое при k = {k}: ‖·‖ = {norm}.{chosen, select, none {} same {} other { Ваше, при k = {chosen}, больше {factor, plural, one {в # раз} few {в # раза} many {в # раз} other {в # раза}}.}}',
  'prompt.smallest-term.why':
    'Почему: норма k‑го слагаемого — ‖δₖ‖·‖sₖ₋₁‖; при k = {k} это ‖δ{k:sub}‖ = {delta}, умноженная на ‖s{km1:sub}‖ = {state}.',
  'prompt.smallest-term.zero': 'Слагаемое при k = 0 в точности равно 0: оно умножается на s₋₁ = 0.',

  'prompt.draw-norms.question':
    'Нарисуйте ‖∂E{t:sub}/∂sₖ‖ для k = 0 … {t} в логарифмической шкале: перетащите точки или двигайте их клавишами со стрелками. Ниже оси — полоса для точного 0.',
  'prompt.draw-norms.answer':
    'Ваша кривая отличается меньше чем в десять раз в {near} из {total} точек; дальше всего при k = {k}: {dir, select, high {выше} other {ниже}} {factor, plural, one {в # раз} few {в # раза} many {в # раз} other {в # раза}} ({decades, plural, one {# порядок} few {# порядка} many {# порядков} other {# порядка}}).',
  'prompt.draw-norms.exact': 'Ваша кривая во всех точках отличается меньше чем в десять раз.',
  'prompt.draw-norms.missed':
    '{count, plural, one {# точка, нарисованная выше 0, в вычислении в точности равна 0.} few {# точки, нарисованные выше 0, в вычислении в точности равны 0.} other {# точек, нарисованных выше 0, в вычислении в точности равны 0.}}',
  'prompt.draw-norms.falseZero':
    '{count, plural, one {# точка, поставленная в 0, не равна 0.} few {# точки, поставленные в 0, не равны 0.} other {# точек, поставленных в 0, не равны 0.}}',
  'prompt.draw-norms.why':
    'Почему: каждый шаг назад умножает градиент на Wᵀ·diag(f′); здесь в среднем ×{perStep} за шаг (γσₘₐₓ = {gs}).',
  'prompt.draw-norms.window':
    'Усечение с окном n = {n} останавливает обратный проход: при всех k < {kMin} градиент в точности равен 0.',
  'prompt.draw-norms.dead':
    '{count, plural, one {# состояние получает} few {# состояния получают} other {# состояний получают}} в вычислении в точности 0: произведение на пути назад обращает градиент в 0.',
  'draw.zeroLane': 'точно 0',
  'draw.point': 'k = {k}: {value}',
  'draw.pointZero': 'k = {k}: точно 0',
  'draw.high':
    'выше {factor, plural, one {в # раз} few {в # раза} many {в # раз} other {в # раза}}',
  'draw.low': 'ниже {factor, plural, one {в # раз} few {в # раза} many {в # раз} other {в # раза}}',
  'draw.near': 'близко',
  'draw.label': 'Ваше предсказание ‖∂E{t:sub}/∂sₖ‖, k = 0 … {t}',

  'prompt.sigma-double.question':
    'Если умножить W на 2 (σₘₐₓ(W) удвоится), ‖∂E{t:sub}/∂s₀‖ вырастет или уменьшится?',
  'prompt.sigma-double.grow': 'Вырастет',
  'prompt.sigma-double.shrink': 'Уменьшится',
  'prompt.sigma-double.answer':
    '{correct, select, grow {Вырастет} other {Уменьшится}}: с {a} до {b} при 2W ({ratio, plural, one {в # раз} few {в # раза} many {в # раз} other {в # раза}}).',
  'prompt.sigma-double.why':
    '{first, select, yes {Почему: при t★ = 0 множителя diag(f′)·W нет; W меняет ∂E₀/∂s₀ только через само s₀.} other {Почему: ∂E/∂s₀ — это ∂E/∂s{t:sub}, перенесённый назад через {t, plural, one {# множитель} few {# множителя} many {# множителей} other {# множителя}} diag(f′(zⱼ))·W. При 2W: ‖∂E/∂s{t:sub}‖ ×{out}; в каждом множителе W ×2, а средняя f′ ×{fr} (γσₘₐₓ {gsA} → {gsB}).}}',

  'prompt.truncation-v.question': 'Меняет ли усечение с окном n = 1 градиент ∂E/∂V?',
  'prompt.truncation-v.yes': 'Да',
  'prompt.truncation-v.no': 'Нет',
  'prompt.truncation-v.answer':
    '{correct, select, no {Нет: ∂E/∂V не меняется{exact, select, yes { ни в одной цифре} other { (наибольшее изменение элемента — {maxChange})}}, а ∂E/∂W меняется на {changeW} (его норма {normW}).} other {Да: ∂E/∂V меняется не больше чем на {maxChange}.}}',
  'prompt.truncation-v.why':
    'Почему: ∂E/∂V = Σₜ (ŷₜ − yₜ) sₜᵀ не требует шагов назад во времени. Усечение затрагивает только сумму по k, а в градиенте по V её нет.',

  'prompt.c-vs-s.question': 'Что больше у этой LSTM: ‖∂E{t:sub}/∂c₀‖ или ‖∂E{t:sub}/∂s₀‖?',
  'prompt.c-vs-s.c': 'Больше ‖∂E{t:sub}/∂c₀‖',
  'prompt.c-vs-s.s': 'Больше ‖∂E{t:sub}/∂s₀‖',
  'prompt.c-vs-s.answer':
    '‖∂E{t:sub}/∂c₀‖ = {a} {correct, select, c {больше} other {меньше}}, чем ‖∂E{t:sub}/∂s₀‖ = {b} ({ratio, plural, one {в # раз} few {в # раза} many {в # раз} other {в # раза}}).',
  'prompt.c-vs-s.why':
    '{first, select, yes {Почему: при t★ = 0 c₀ влияет на E₀ только через s₀ = o₀ ⊙ tanh(c₀), а o₀(1 − tanh²c₀) < 1.} other {Почему: вдоль c каждый шаг назад умножает только на diag(fⱼ) (здесь произведение вентилей забывания достигает {direct} у одного из нейронов); путь через s проходит ещё и через выходной вентиль и tanh′.}}',

  'card.compute': 'Вычислите',
  'card.kind.jacobian-entry': 'один элемент якобиана ∂s{k:sub}/∂s{km1:sub} = diag(f′(z{k:sub}))·W.',
  'card.kind.delta-entry': 'один элемент δ{k:sub}, градиента E{t:sub} по z{k:sub}.',
  'card.kind.term-entry':
    'один элемент k‑го слагаемого δₖ sₖ₋₁ᵀ градиента ∂E{t:sub}/∂W, здесь при k = {k}.',
  'card.kind.forward-state':
    'следующее значение s{t:sub} в прямом проходе: s{t:sub} = f(U x{t:sub} + W s{tm1:sub}).',
  'card.kind.softmax': 'один выход softmax: ŷ{t:sub} = softmax(o{t:sub}).',
  'card.fprime':
    '{f, select, tanh {f = tanh, поэтому f′ через показанное состояние s = f(z) равна} sigmoid {f = σ, сигмоида, поэтому f′ через показанное состояние s = f(z) равна} relu {f = relu, поэтому f′ через показанное состояние s = f(z) равна} other {f линейная, поэтому}}',
  'card.f':
    '{f, select, tanh {Здесь f = tanh.} sigmoid {Здесь f = σ, сигмоида: σ(z) = 1/(1 + exp(−z)).} relu {Здесь f = relu: relu(z) = max(0, z).} other {Здесь f линейная: f(z) = z.}}',
  'card.legend': 'Жирные числа в рамке с меткой ▸ — те, что нужны для ответа.',
  'card.usedMark': 'нужно для ответа',
  'card.field': 'Ваш ответ',
  'card.check': 'Проверить',
  'card.tolerance': 'Допуск при проверке: {rel} (или ±{abs}).',
  'card.empty': '{field}: сначала введите число.',
  'card.malformed': '{field}: «{text}» — не число. Введите, например, {example} или {exampleExp}.',
  'card.right': 'Верно:',
  'card.wrong': 'Пока неверно.',
  'card.recheck': 'Проверьте каждый множитель по отмеченным числам, по одному, и знак каждого.',
  'card.wrongAgain': 'Неверно. Вот решение на этих числах.',
  'card.showSolution': 'Показать решение',
  'card.solution': 'Решение',
  'card.answer': 'Ответ:',
  'card.quizRecorded': 'Ответ записан: {value}. Результаты будут в конце.',
  'card.quizRight': 'Верно: ваш ответ {value}.',
  'card.quizWrong': 'Неверно: ваш ответ {value}, правильный — {answer}.',
  'card.hint.transpose.jacobian': 'Проверьте индексы W: здесь нужен W{ij:sub}, а не W{ji:sub}.',
  'card.hint.transpose.delta':
    'Проверьте индексы {m}: в δ{ki:sub} входит столбец {i} матрицы {m} (умножается {m}ᵀ), а не строка {i}.',
  'card.hint.transpose.term':
    'Проверьте индексы: элемент ({i}, {j}) произведения δ{k:sub} s{km1:sub}ᵀ равен δ{ki:sub} · s{kj:sub}, а не δ{kj2:sub} · s{ki2:sub}.',
  'card.hint.transpose.forward':
    'Проверьте индексы W: в s{ti:sub} входит строка {i} матрицы W (произведение W s{tm1:sub}), а не столбец {i}.',
  'card.hint.fprime-step':
    'f′(z{ki:sub}) относится к шагу {k}: запишите её через s{ki:sub}, а не через s{oi:sub} шага {other}.',
  'card.hint.fprime-unit.jacobian':
    'diag(f′(z{k:sub})) масштабирует строки W: элементу ({i}, {j}) нужна f′ нейрона {i}, из s{ki:sub}, а не нейрона {j}.',
  'card.hint.fprime-unit.delta':
    'f′(z{ki:sub}) — общий множитель всей суммы: возьмите его один раз, из s{ki:sub}, а не для каждого нейрона внутри суммы.',
  'card.hint.f-for-fprime':
    'Здесь нужна f′(z{ki:sub}), а не само состояние s{ki:sub} = f(z{ki:sub}): f′ = {rule}.',
  'card.hint.state-step':
    'Слагаемое δ{k:sub} s{km1:sub}ᵀ берёт состояние предыдущего шага, s{km1:sub}, а не s{k:sub}.',
  'card.hint.missing-onehot':
    'Вычтите правильный ответ: ошибка на выходе — ŷ{t:sub} − y{t:sub}, с −1 в правильном классе.',
  'card.hint.missing-input':
    'У z{ti:sub} две части: добавьте к (W s{tm1:sub}){i:sub} входную часть (U x{t:sub}){i:sub}.',
  'card.hint.missing-recurrent':
    'У z{ti:sub} две части: добавьте к (U x{t:sub}){i:sub} рекуррентную часть (W s{tm1:sub}){i:sub}.',
  'card.hint.missing-exp':
    'Softmax сначала берёт exp: нужно exp(o{ti:sub}), делённое на сумму exp всех элементов o{t:sub}, а не отношение самих логитов.',
  'card.hint.missing-normalisation':
    'exp(o{ti:sub}) — только числитель: разделите его на сумму exp всех элементов o{t:sub}.',
  'card.hint.missing-fprime':
    'Не хватает множителя f′(z{ki:sub}): умножьте на f′ = {rule}, где s = s{ki:sub}.',
  'card.hint.missing-f':
    'Это z{ti:sub}, сумма до функции активации: примените к ней f, s{ti:sub} = f(z{ti:sub}).',
  'card.hint.sign': 'Величина верна, знак — нет: проверьте знак каждого множителя.',

  'sheet.title': 'Обратное распространение ошибки во времени: упражнения',
  'sheet.meta': 'Начальное значение (seed) {seed} · модель {fingerprint}',
  'sheet.intro':
    'Вычислите каждый элемент вручную по данным числам (округлённым до 4 значащих цифр). Числа с меткой ▸ — те, что нужны для ответа.',
  'sheet.link': 'Проверить ответы на сайте: {link}',
  'sheet.exercise': 'Упражнение {n}',
  'sheet.answerLine': 'Ответ:',
  'sheet.key': 'Ответы',
  'sheet.keyIntro': 'Каждый ответ с 4 значащими цифрами и с решением.',
  'sheet.page': 'Страница {n} из {total}',
};
