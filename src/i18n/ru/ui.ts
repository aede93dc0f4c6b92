/** Russian: the general UI strings (lesson navigation, help, presenter, diagram, notices). */
import type { UiKey } from '../keys';

export const UI: Readonly<Record<UiKey, string>> = {
  'app.title': 'Обратное распространение ошибки во времени (BPTT)',
  'app.beyondSlides': 'Сверх слайдов',

  'mode.label': 'Режим',
  'mode.lesson': 'Урок',
  'mode.explore': 'Исследование',
  'mode.exploreThis': 'Исследовать эту модель →',
  'lesson.substituted':
    'Этот шаг — о простой ячейке: он показан на простой RNN с вашей последовательностью. Ваша {cell} — в режиме исследования и в шагах о ячейках с вентилями в конце урока.',
  'panel.aboutStep': 'Об этом шаге',
  'mode.loading': 'Загружается режим исследования…',
  'nav.label': 'Навигация по уроку',
  'nav.next': 'Далее',
  'nav.prev': 'Назад',
  'nav.progress': 'Шаг {n} из {total}',
  'nav.substep': 'Подшаг {n} из {total}',
  'nav.stepList': 'Список шагов',
  'nav.stepItem': '{n}. {title}',
  'nav.goto': 'Перейти к шагу',
  'nav.gotoPrompt': 'Номер шага (1–{total})',
  'nav.gotoInvalid': 'Введите номер от 1 до {total}',
  'nav.overview': 'Обзор всех шагов',
  'nav.fullscreen': 'Во весь экран',
  'nav.exitFullscreen': 'Выйти из полноэкранного режима',
  'nav.blackout': 'Затемнить экран',
  'nav.presenter': 'Окно докладчика',
  'nav.help': 'Справка по клавишам',
  'nav.announce': 'Шаг {n} из {total}: {title}',

  'anim.replay': 'Повторить анимацию',
  'anim.pause': 'Пауза',
  'anim.play': 'Продолжить',
  'anim.speed': 'Скорость',
  'anim.speedValue': '{speed}×',
  'anim.reducedMotion': 'Анимация отключена настройками системы',

  'lang.label': 'Язык',

  'theme.label': 'Тема',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'theme.contrast': 'Проектор (высокий контраст)',

  'zoom.label': 'Масштаб',
  'zoom.in': 'Увеличить',
  'zoom.out': 'Уменьшить',
  'zoom.reset': 'Исходный масштаб',
  'zoom.value': '{percent} %',

  'help.title': 'Клавиши',
  'help.close': 'Закрыть справку',
  'help.next': 'Следующий шаг или подшаг',
  'help.prev': 'Предыдущий шаг или подшаг',
  'help.first': 'Первый шаг',
  'help.last': 'Последний шаг',
  'help.fullscreen': 'Полноэкранный режим',
  'help.blackout': 'Затемнить экран и вернуть',
  'help.presenter': 'Открыть окно докладчика',
  'help.overview': 'Обзор всех шагов',
  'help.goto': 'Перейти к шагу по номеру',
  'help.help': 'Показать или скрыть эту справку',
  'help.escape': 'Закрыть окно или обзор',
  'help.or': 'или',
  'help.inputsNote': 'Пока курсор в поле ввода, клавиши не действуют.',
  'help.fileNote':
    'Если страница открыта как файл, окно докладчика может не синхронизироваться (зависит от браузера); надёжнее открыть её с сервера (http://…).',

  'key.space': 'Пробел',
  'key.home': 'Home',
  'key.end': 'End',
  'key.pageUp': 'PageUp',
  'key.pageDown': 'PageDown',
  'key.escape': 'Esc',

  'presenter.title': 'Окно докладчика',
  'presenter.current': 'Сейчас',
  'presenter.next': 'Далее',
  'presenter.end': 'Конец урока',
  'presenter.notes': 'Заметки',
  'presenter.timer': 'Время',
  'presenter.timerStart': 'Запустить таймер',
  'presenter.timerPause': 'Остановить таймер',
  'presenter.timerReset': 'Сбросить таймер',
  'presenter.blackoutOn': 'Экран затемнён',
  'presenter.blackoutOff': 'Экран виден',
  'presenter.connected': 'Связь с основным окном установлена',
  'presenter.disconnected': 'Нет связи с основным окном',

  'blackout.label': 'Экран затемнён. Нажмите B или точку, чтобы вернуться.',

  'overview.title': 'Все шаги',
  'overview.close': 'Закрыть обзор',

  'diagram.title': 'Рекуррентная сеть, развёрнутая во времени',
  'diagram.desc':
    'Снизу входы x, посередине скрытые состояния s, сверху выходы ŷ и ошибки E; стрелки U, W, V — общие веса.',
  'diagram.s': 'скрытое состояние s{t:sub} при t = {t}',
  'diagram.W': 'веса W: s{tPrev:sub} → s{t:sub}',
  'diagram.term': 'слагаемое k = {k}: норма {value}, {share} суммы',
  'diagram.termZero': 'слагаемое k = {k} равно нулю',
  'diagram.outsideWindow': 'вне окна усечения',
  'diagram.cut': 'Окно усечения: n = {n}',
  'diagram.scroll': 'Прокрутите, чтобы увидеть все шаги',

  'decay.title': 'Нормы якобианов',
  'decay.bound': 'верхняя оценка (γσₘₐₓ)ᵗ⁻ᵏ',
  'decay.sigma': 'σₘₐₓ(W) = {value}',

  'trunc.relError': 'Относительное расхождение: {value}',

  'model.activation': 'Функция активации: {name}',

  'value.overflow': 'переполнение',

  'error.generic': 'Что-то пошло не так: {message}',
  'error.reload': 'Перезагрузить',
  'error.field': '{field}: {message}',
  'error.url': 'Параметр ссылки {param} неверен, используется значение по умолчанию.',
  'error.popupBlocked':
    'Браузер заблокировал окно докладчика. Разрешите всплывающие окна для этой страницы.',
  'error.fullscreen': 'Полноэкранный режим недоступен.',
  'error.clipboard': 'Не удалось скопировать в буфер обмена.',

  'export.svg': 'Сохранить схему (SVG)',
  'export.png': 'Сохранить схему (PNG)',
  'export.latex': 'Скопировать формулы в LaTeX',
  'export.print': 'Печать: шаг на страницу',

  'overflow.title': 'Переполнение',
  'overflow.lead':
    'Часть чисел вышла за пределы диапазона чисел с плавающей точкой (около ±1,8 × 10³⁰⁸): они показаны как «переполнение» и не рисуются. Впервые:',
  'overflow.advice': 'Уменьшите веса (при σₘₐₓ(W) меньше 1 состояния ограничены).',
  'overflow.s': 'скрытое состояние s{t:sub} (t = {t})',
  'overflow.yhat': 'выход ŷ{t:sub}',
  'overflow.E': 'ошибка E{t:sub}',
  'overflow.dEds': 'градиент ∂E{t:sub}/∂s{k:sub}',
  'overflow.jac': 'произведение якобианов ∂s{t:sub}/∂s{k:sub}',
  'overflow.grad': 'градиенты {list}',
};
