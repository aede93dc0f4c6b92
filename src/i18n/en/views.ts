/**
 * English: the strings of the views opened on request — the lecturer's link dialog, the presenter
 * window and the handouts (with the line naming a model). Loaded on demand with the explore
 * mode's part of the catalog, not before the first formula. These keys are every language's.
 */
export const VIEWS = {
  'tools.menuLabel': 'Tools for the lecture',
  'tools.close': 'Close the menu',
  'tools.present': 'Present',
  'tools.view': 'View',
  'tools.export': 'Export and print',
  'tools.share': 'Link',

  'dialog.close': 'Close',

  'goto.title': 'Go to a step',
  'goto.submit': 'Go',

  'overview.current': 'current step',
  'overview.hint': 'Click a step, or move to it with the keys and press Enter.',

  'control.progress': 'Progress bar',
  'control.langSwitch': 'Language switch',
  'control.themeSwitch': 'Theme switch',
  'control.toolbar': 'Help and the tools menu',
  'control.zoom': 'Zoom',
  'control.stepList': 'List of steps',
  'control.animation': 'Animation controls',
  'control.navButtons': 'Previous and Next buttons',
  'control.explore': 'Explore panel',
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
    'The model is too large for a link (with it the link is {n, plural, one {# character} other {# characters}} long; browsers open at most {max}), so the link leaves it out. Share the model file instead.',
  'link.saveModel': 'Save the model file',

  'presenter.stepOf': 'Step {n} of {total}',
  'presenter.nextStep': 'Next step',
  'presenter.nextSub': 'Next sub-step',
  'presenter.blackoutToggle': 'Black out the screen or bring it back',
  'presenter.clock': 'Time of day',
  'presenter.countdown': 'Countdown',
  'presenter.countdownOff': 'No countdown',
  'presenter.countdownMinutes': '{n} min',
  'presenter.countdownLeft': 'Time left',
  'presenter.notesAllLanguages': 'Notes in every language',
  'presenter.notesIn': 'Notes ({name})',
  'presenter.noNotes': 'No notes.',
  'presenter.timerRunning': 'Timer running',
  'presenter.timerStopped': 'Timer stopped',

  'print.title': 'Handout: one step per page',
  'print.hint': 'Print or save as PDF with Ctrl+P (⌘P). Each step is on a page of its own.',
  'print.button': 'Print…',
  'print.back': 'Back to the lesson',
  'print.page': 'Step {n} of {total}',
  'print.paper': 'Paper',
  'print.preparing': 'Laying out page {n} of {total}…',
  'print.landscape': 'A4 landscape',
  'print.portrait': 'A4 portrait',
  'print.layout': 'Pages',
  'print.slides': 'Slides',
  'print.withNotes': 'Slides with notes',
  'print.notes': 'Speaker notes',
  'model.seed':
    'Model #{id}: the example of seed {seed}; T = {T}, H = {H}, D = {D}, K = {K}, activation {activation}{cut}',
  'model.own':
    'Model #{id}: opened from a file or edited; T = {T}, H = {H}, D = {D}, K = {K}, activation {activation}{cut}',
  'model.cut': ', truncation n = {n}',
  'model.part': 'Columns t = {lo}…{hi} of −1…{last} (the part of the diagram on screen)',
} as const;
