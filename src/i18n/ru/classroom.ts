/** Russian: the classroom tools' strings (tools menu, lecturer's link, go-to, print and export). */
import type { ClassroomKey } from '../keys';

export const CLASSROOM: Readonly<Record<ClassroomKey, string>> = {
  'tools.menu': 'Инструменты',
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
