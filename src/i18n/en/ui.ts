/**
 * English: the general UI strings (lesson navigation, help, presenter, diagram, notices). These
 * keys are every language's: the other languages are typed by them.
 */
export const UI = {
  'app.title': 'Backpropagation through time (BPTT)',
  'app.beyondSlides': 'Beyond the slides',

  'mode.label': 'Mode',
  'mode.lesson': 'Lesson',
  'mode.explore': 'Explore',
  'mode.exploreThis': 'Explore this model →',
  'lesson.substituted':
    'This step is about the vanilla cell: it shows a vanilla RNN on your sequence. Your {cell} is in the explore mode and in the gated cells’ steps at the end.',
  'panel.aboutStep': 'About this step',
  'mode.loading': 'Loading the explore mode…',
  'nav.label': 'Lesson navigation',
  'nav.next': 'Next',
  'nav.prev': 'Previous',
  'nav.progress': 'Step {n} of {total}',
  'nav.substep': 'Sub-step {n} of {total}',
  'nav.stepList': 'Steps',
  'nav.stepItem': '{n}. {title}',
  'nav.goto': 'Go to step',
  'nav.gotoPrompt': 'Step number (1–{total})',
  'nav.gotoInvalid': 'Enter a number from 1 to {total}',
  'nav.overview': 'Overview of all steps',
  'nav.fullscreen': 'Full screen',
  'nav.exitFullscreen': 'Exit full screen',
  'nav.blackout': 'Black out the screen',
  'nav.presenter': 'Presenter view',
  'nav.help': 'Keyboard help',
  'nav.announce': 'Step {n} of {total}: {title}',

  'anim.replay': 'Replay the animation',
  'anim.pause': 'Pause',
  'anim.play': 'Resume',
  'anim.speed': 'Speed',
  'anim.speedValue': '{speed}×',
  'anim.reducedMotion': 'Animation is off (system setting)',

  'lang.label': 'Language',

  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.contrast': 'Projector (high contrast)',

  'zoom.label': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.reset': 'Reset zoom',
  'zoom.value': '{percent} %',

  'help.title': 'Keys',
  'help.close': 'Close help',
  'help.next': 'Next step or sub-step',
  'help.prev': 'Previous step or sub-step',
  'help.first': 'First step',
  'help.last': 'Last step',
  'help.fullscreen': 'Full screen',
  'help.blackout': 'Black out the screen and back',
  'help.presenter': 'Open the presenter view',
  'help.overview': 'Overview of all steps',
  'help.goto': 'Go to a step by number',
  'help.help': 'Show or hide this help',
  'help.escape': 'Close a dialog or the overview',
  'help.or': 'or',
  'help.inputsNote': 'Keys do nothing while you type in a field.',
  'help.fileNote':
    'The presenter view syncs only with a copy served over http://…: a file opened from disk has no shared origin.',

  'key.space': 'Space',
  'key.home': 'Home',
  'key.end': 'End',
  'key.pageUp': 'PageUp',
  'key.pageDown': 'PageDown',
  'key.escape': 'Esc',

  'presenter.title': 'Presenter view',
  'presenter.current': 'Now',
  'presenter.next': 'Next',
  'presenter.end': 'End of the lesson',
  'presenter.notes': 'Notes',
  'presenter.timer': 'Time',
  'presenter.timerStart': 'Start the timer',
  'presenter.timerPause': 'Pause the timer',
  'presenter.timerReset': 'Reset the timer',
  'presenter.blackoutOn': 'Screen blacked out',
  'presenter.blackoutOff': 'Screen visible',
  'presenter.connected': 'Connected to the main window',
  'presenter.disconnected': 'Not connected to the main window',

  'blackout.label': 'The screen is blacked out. Press B or the full stop to return.',

  'overview.title': 'All steps',
  'overview.close': 'Close the overview',

  'diagram.title': 'A recurrent network unrolled in time',
  'diagram.desc':
    'Inputs x at the bottom, hidden states s in the middle, outputs ŷ and errors E on top; the arrows U, W, V are the shared weights.',
  'diagram.s': 'hidden state s{t:sub} at t = {t}',
  'diagram.W': 'weights W: s{tPrev:sub} → s{t:sub}',
  'diagram.term': 'term k = {k}: norm {value}, {share} of the sum',
  'diagram.termZero': 'term k = {k} is zero',
  'diagram.outsideWindow': 'outside the truncation window',
  'diagram.cut': 'Truncation cut: n = {n}',
  'diagram.scroll': 'Scroll to see every step',

  'decay.title': 'Jacobian norms',
  'decay.bound': 'upper bound (γσₘₐₓ)ᵗ⁻ᵏ',
  'decay.sigma': 'σₘₐₓ(W) = {value}',

  'trunc.relError': 'Relative difference: {value}',

  'model.activation': 'Nonlinearity: {name}',

  'value.overflow': 'overflow',

  'error.generic': 'Something went wrong: {message}',
  'error.reload': 'Reload',
  'error.field': '{field}: {message}',
  'error.url': 'The link parameter {param} is invalid; the default is used.',
  'error.popupBlocked': 'The browser blocked the presenter window. Allow pop-ups for this page.',
  'error.fullscreen': 'Full screen is not available.',
  'error.clipboard': 'Could not copy to the clipboard.',

  'export.svg': 'Save the diagram (SVG)',
  'export.png': 'Save the diagram (PNG)',
  'export.latex': "Copy the formula's LaTeX",
  'export.print': 'Print: one step per page',

  'overflow.title': 'Values overflowed',
  'overflow.lead':
    'Some numbers are beyond the floating-point range (about ±1.8 × 10³⁰⁸) and are shown as “overflow”, not drawn. First at:',
  'overflow.advice': 'Make the weights smaller (σₘₐₓ(W) below 1 keeps the states bounded).',
  'overflow.s': 'the hidden state s{t:sub} (t = {t})',
  'overflow.yhat': 'the output ŷ{t:sub}',
  'overflow.E': 'the error E{t:sub}',
  'overflow.dEds': 'the gradient ∂E{t:sub}/∂s{k:sub}',
  'overflow.jac': 'the Jacobian product ∂s{t:sub}/∂s{k:sub}',
  'overflow.grad': 'the gradients {list}',
} as const;
