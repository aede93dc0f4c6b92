/**
 * English: the classroom tools' strings (tools menu, lecturer's link, go-to, print and export).
 * These keys are every language's: the other languages are typed by them.
 */
export const CLASSROOM = {
  'tools.menu': 'Tools',
  'export.svgSaved': 'Diagram saved (SVG)',
  'export.pngSaved': 'Diagram saved (PNG)',
  'export.failed': 'The diagram could not be saved.',
  'export.noDiagram': 'There is no diagram on the screen.',
  'export.noFormula': 'This step has no formula.',
  'export.latexCopied': 'LaTeX copied to the clipboard',

  'notice.storage':
    'Settings will not be kept after this visit: the browser’s storage is full or unavailable.',
  'notice.targetChanged':
    'The link asks for t★ = {asked}, but the sequence has {T, plural, one {# step} other {# steps}}: E{t:sub} is traced instead.',
  'notice.dismiss': 'Dismiss the message',
} as const;
