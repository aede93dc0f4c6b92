/**
 * The classroom tools' own UI strings (the lecturer's link, the tools menu, go-to, print and export
 * messages), in Russian and English. The key set is the Russian table's; the English one is typed
 * Record<ClassroomKey, string>, so a key missing from (or extra in) either language fails to
 * compile. The shared keys (help, presenter, overview, zoom…) live in src/lesson/i18n.ts.
 */
import { interpolate, type Params } from '../../lesson/text';
import type { Lang } from '../../lesson/types';

const RU = {
  'tools.menu': 'Инструменты',
  'tools.menuLabel': 'Инструменты для лекции',
  'tools.close': 'Закрыть меню',
  'tools.present': 'Показ',
  'tools.view': 'Вид',
  'tools.export': 'Экспорт и печать',
  'tools.share': 'Ссылка',

  'dialog.close': 'Закрыть',
  'dialog.cancel': 'Отмена',

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
  'presenter.notesIn': 'Заметки ({name})',
  'presenter.noNotes': 'Заметок нет.',
  'presenter.timerRunning': 'Таймер идёт',
  'presenter.timerStopped': 'Таймер остановлен',
  'presenter.backToLesson': 'Вернуться к уроку',

  'print.title': 'Раздаточный материал: по шагу на страницу',
  'print.hint': 'Печать или сохранение в PDF: Ctrl+P (⌘P). Каждый шаг — на отдельной странице.',
  'print.button': 'Печать…',
  'print.back': 'Вернуться к уроку',
  'print.page': 'Шаг {n} из {total}',

  'export.svgSaved': 'Схема сохранена (SVG)',
  'export.pngSaved': 'Схема сохранена (PNG)',
  'export.failed': 'Не удалось сохранить схему.',
  'export.noDiagram': 'На экране нет схемы.',
  'export.noFormula': 'На этом шаге нет формулы.',
  'export.latexCopied': 'LaTeX скопирован в буфер обмена',

  'notice.dismiss': 'Скрыть сообщение',
} as const satisfies Record<string, string>;

/** A classroom string's key. */
export type ClassroomKey = keyof typeof RU;

const EN: Readonly<Record<ClassroomKey, string>> = {
  'tools.menu': 'Tools',
  'tools.menuLabel': 'Tools for the lecture',
  'tools.close': 'Close the menu',
  'tools.present': 'Present',
  'tools.view': 'View',
  'tools.export': 'Export and print',
  'tools.share': 'Link',

  'dialog.close': 'Close',
  'dialog.cancel': 'Cancel',

  'goto.title': 'Go to a step',
  'goto.submit': 'Go',

  'overview.current': 'current step',
  'overview.hint': 'Click a step, or move to it with the keys and press Enter.',

  'link.open': "Lecturer's link…",
  'link.title': "Lecturer's link",
  'link.intro':
    'The link opens the lesson on this model and this step; the controls ticked below are hidden.',
  'link.hide': 'Hide',
  'link.include': 'In the link',
  'link.step': 'Open on the current step ({n})',
  'link.model': 'With the current model and target t★ = {t}',
  'link.lang': 'In the current language ({name})',
  'link.theme': 'In the current theme ({name})',
  'link.url': 'Link',
  'link.copy': 'Copy the link',
  'link.copied': 'Link copied',
  'link.try': 'Open in a new tab',
  'link.pending': 'Preparing the link…',
  'link.tooLong':
    'The model is too large for a link (with it the link is {n} characters long; browsers open at most {max}), so the link leaves it out. Share the model file instead.',
  'link.saveModel': 'Save the model file',

  'control.progress': 'Progress bar',
  'control.langSwitch': 'Language switch',
  'control.themeSwitch': 'Theme switch',
  'control.toolbar': 'Help and the tools menu',
  'control.zoom': 'Zoom',
  'control.stepList': 'List of steps',
  'control.animation': 'Animation controls',
  'control.navButtons': 'Previous and Next buttons',
  'control.explore': 'Explore panel',

  'presenter.stepOf': 'Step {n} of {total}',
  'presenter.nextStep': 'Next step',
  'presenter.nextSub': 'Next sub-step',
  'presenter.blackoutToggle': 'Black out the screen or bring it back',
  'presenter.notesIn': 'Notes ({name})',
  'presenter.noNotes': 'No notes.',
  'presenter.timerRunning': 'Timer running',
  'presenter.timerStopped': 'Timer stopped',
  'presenter.backToLesson': 'Back to the lesson',

  'print.title': 'Handout: one step per page',
  'print.hint': 'Print or save as PDF with Ctrl+P (⌘P). Each step is on a page of its own.',
  'print.button': 'Print…',
  'print.back': 'Back to the lesson',
  'print.page': 'Step {n} of {total}',

  'export.svgSaved': 'Diagram saved (SVG)',
  'export.pngSaved': 'Diagram saved (PNG)',
  'export.failed': 'The diagram could not be saved.',
  'export.noDiagram': 'There is no diagram on the screen.',
  'export.noFormula': 'This step has no formula.',
  'export.latexCopied': 'LaTeX copied to the clipboard',

  'notice.dismiss': 'Dismiss the message',
};

export const CLASSROOM_STRINGS: {
  readonly ru: Readonly<Record<ClassroomKey, string>>;
  readonly en: Readonly<Record<ClassroomKey, string>>;
} = { ru: RU, en: EN };

/** Every classroom key, in the tables' order. */
export const CLASSROOM_KEYS: readonly ClassroomKey[] = Object.keys(RU) as ClassroomKey[];

export function isClassroomKey(v: unknown): v is ClassroomKey {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(RU, v);
}

/** A classroom string with its {name} placeholders filled. */
export function ct(lang: Lang, key: ClassroomKey, params?: Params): string {
  return interpolate(CLASSROOM_STRINGS[lang][key], params);
}
