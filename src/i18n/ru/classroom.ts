/** Russian: the classroom tools' strings (tools menu, lecturer's link, go-to, print and export). */
import type { ClassroomKey } from '../keys';

export const CLASSROOM: Readonly<Record<ClassroomKey, string>> = {
  'tools.menu': 'Инструменты',
  'tools.menuLabel': 'Инструменты для лекции',
  'tools.close': 'Закрыть меню',
  'tools.present': 'Показ',
  'tools.view': 'Вид',
  'tools.export': 'Экспорт и печать',
  'tools.share': 'Ссылка',

  'dialog.close': 'Закрыть',

  'goto.title': 'Перейти к шагу',
  'goto.submit': 'Перейти',

  'overview.current': 'текущий шаг',
  'overview.hint': 'Щёлкните шаг или выберите его клавишами и нажмите Enter.',

  'link.open': 'Ссылка для лекции…',
  'link.title': 'Ссылка для лекции',
  'link.intro':
    'Ссылка открывает урок на этой модели и этом шаге; отмеченные элементы управления будут скрыты.',
  'link.hide': 'Скрыть',
  'link.include': 'В ссылке',
  'link.step': 'Открыть на текущем шаге ({n})',
  'link.model': 'С текущей моделью и целью t★ = {t}',
  'link.lang': 'На текущем языке ({name})',
  'link.theme': 'В текущей теме ({name})',
  'link.url': 'Ссылка',
  'link.copy': 'Скопировать ссылку',
  'link.copied': 'Ссылка скопирована',
  'link.try': 'Открыть в новой вкладке',
  'link.pending': 'Ссылка готовится…',
  'link.tooLong':
    'Модель слишком велика для ссылки (ссылка с ней — {n} символов, браузеры открывают не больше {max}), поэтому в ссылке её нет. Передайте вместо неё файл модели.',
  'link.saveModel': 'Сохранить файл модели',

  'control.progress': 'Индикатор прогресса',
  'control.langSwitch': 'Переключатель языка',
  'control.themeSwitch': 'Переключатель темы',
  'control.toolbar': 'Справка и меню инструментов',
  'control.zoom': 'Масштаб',
  'control.stepList': 'Список шагов',
  'control.animation': 'Управление анимацией',
  'control.navButtons': 'Кнопки «Назад» и «Далее»',
  'control.explore': 'Панель исследования',

  'presenter.stepOf': 'Шаг {n} из {total}',
  'presenter.nextStep': 'Следующий шаг',
  'presenter.nextSub': 'Следующий подшаг',
  'presenter.blackoutToggle': 'Затемнить экран или вернуть',
  'presenter.clock': 'Время суток',
  'presenter.countdown': 'Обратный отсчёт',
  'presenter.countdownOff': 'Без отсчёта',
  'presenter.countdownMinutes': '{n} мин',
  'presenter.countdownLeft': 'Осталось',
  'presenter.notesAllLanguages': 'Заметки на всех языках',
  'presenter.notesIn': 'Заметки ({name})',
  'presenter.noNotes': 'Заметок нет.',
  'presenter.timerRunning': 'Таймер идёт',
  'presenter.timerStopped': 'Таймер остановлен',

  'print.title': 'Раздаточный материал: по шагу на страницу',
  'print.hint': 'Печать или сохранение в PDF: Ctrl+P (⌘P). Каждый шаг — на отдельной странице.',
  'print.button': 'Печать…',
  'print.back': 'Вернуться к уроку',
  'print.page': 'Шаг {n} из {total}',
  'print.paper': 'Бумага',
  'print.landscape': 'A4, альбомная',
  'print.portrait': 'A4, книжная',
  'print.layout': 'Страницы',
  'print.slides': 'Слайды',
  'print.withNotes': 'Слайды с заметками',
  'print.notes': 'Заметки докладчика',
  'model.seed':
    'Модель #{id}: пример с начальным значением генератора {seed}; T\u00a0=\u00a0{T}, H\u00a0=\u00a0{H}, D\u00a0=\u00a0{D}, K\u00a0=\u00a0{K}, функция активации {activation}{cut}',
  'model.own':
    'Модель #{id}: открыта из файла или изменена; T\u00a0=\u00a0{T}, H\u00a0=\u00a0{H}, D\u00a0=\u00a0{D}, K\u00a0=\u00a0{K}, функция активации {activation}{cut}',
  'model.cut': ', усечение n\u00a0=\u00a0{n}',

  'export.svgSaved': 'Схема сохранена (SVG)',
  'export.pngSaved': 'Схема сохранена (PNG)',
  'export.failed': 'Не удалось сохранить схему.',
  'export.noDiagram': 'На экране нет схемы.',
  'export.noFormula': 'На этом шаге нет формулы.',
  'export.latexCopied': 'LaTeX скопирован в буфер обмена',

  'notice.storage': 'Настройки не сохранятся: хранилище браузера заполнено или недоступно.',
  'notice.targetChanged':
    'Ссылка задаёт t★ = {asked}, но в последовательности {T, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}: прослеживается E{t:sub}.',
  'notice.dismiss': 'Скрыть сообщение',
};
