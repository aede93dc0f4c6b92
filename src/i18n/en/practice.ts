/**
 * English: the predictions asked before a reveal, the practice cards, the closing quiz and the
 * exercise sheet. Loaded on demand with the views' strings, not before the first formula.
 */
export const PRACTICE = {
  'cards.seed': 'Cards of seed {seed} · model {model}',
  'cards.new': 'New cards',
  'cards.sheet': 'Print the sheet',
  'quiz.check': 'Check my answers',
  'quiz.again': 'Try again',
  'quiz.score': 'Score: {score} of {of}.',
  'quiz.best': 'Your best on this model: {best} of {of}.',
  'quiz.question': 'Question {n} of {of}',
  'quiz.right': 'Right.',
  'quiz.wrong': 'Not right. The answer: {answer}.',
  'quiz.unanswered': 'Not answered. The answer: {answer}.',
  'prompt.kicker': 'Predict first',
  'prompt.choose': 'Choose k = {k}',
  'prompt.skip': 'Skip',
  'prompt.reveal': 'Reveal',
  'prompt.skipHint': 'Next (→) skips the question and reveals the answer.',
  'prompt.right': 'Right.',
  'prompt.wrong': 'Not this time.',
  'prompt.skipped': 'The answer:',
  'prompt.yours': 'Your prediction',
  'prompt.computed': 'Computed',
  'prompt.settingOn': 'Ask before revealing',
  'prompt.settingLabel': 'Predictions',
  'class.hintLecturer':
    'Next (→) closes the question; the computed answer then shows beside the class’s answers.',
  'class.sending': 'Sending: {answer}…',
  'class.reveal': 'Close and show the class’s answers',
  'class.count': 'Answers so far: {n}',
  'class.ask':
    'Answer on this device. The lecturer reveals the computed answer and the class’s answers later.',
  'class.sent': 'Sent and counted: {answer}. You can change it until the lecturer reveals.',
  'class.sentCurve': 'your curve',
  'class.send': 'Send my curve',
  'class.title': 'The class’s answers: {total}',
  'class.none': 'Nobody in the class answered.',
  'class.bar': '{n} ({percent}%)',
  'class.correct': 'computed answer',
  'class.curves': 'Thin grey lines: the class’s {n, plural, one {# curve} other {# curves}}.',
  'class.median': 'The class’s median',
  'class.medianNote': 'The class’s curve is their median at each k.',

  'prompt.smallest-term.question':
    'Which k ≥ {kFirst} gives the smallest term of ∂E{t:sub}/∂W? Choose a node sₖ in the diagram, or a k below.',
  'prompt.smallest-term.waiting':
    'k = {k}. The verdict comes when the flow has reached k = {kFirst}.',
  'prompt.smallest-term.quiz': 'Which k ≥ {kFirst} gives the smallest term of ∂E{t:sub}/∂W?',
  'prompt.smallest-term.options': 'Your choice of k',
  'prompt.smallest-term.answer':
    'The smallest term is at k = {k}: ‖·‖ = {norm}.{chosen, select, none {} same {} other { Yours, k = {chosen}, is {factor, plural, one {# time} other {# times}} larger.}}',
  'prompt.smallest-term.why':
    'Why: the k-th term’s norm is ‖δₖ‖·‖sₖ₋₁‖; at k = {k} it is ‖δ{k:sub}‖ = {delta} times ‖s{km1:sub}‖ = {state}.',
  'prompt.smallest-term.zero': 'The k = 0 term is exactly 0: it multiplies s₋₁ = 0.',

  'prompt.draw-norms.question':
    'Draw ‖∂E{t:sub}/∂sₖ‖ for k = 0 … {t} on the log scale: drag the points, or move them with the arrow keys. Below the axis is the lane for exactly 0.',
  'prompt.draw-norms.answer':
    'Your curve is within a factor of ten at {near} of {total} points; the furthest is k = {k}, {factor, plural, one {# time} other {# times}} {dir, select, high {too high} other {too low}} ({decades, plural, one {# decade} other {# decades}}).',
  'prompt.draw-norms.exact': 'Your curve is within a factor of ten at every point.',
  'prompt.draw-norms.missed':
    '{count, plural, one {# point you drew above 0 is exactly 0 in the computation.} other {# points you drew above 0 are exactly 0 in the computation.}}',
  'prompt.draw-norms.falseZero':
    '{count, plural, one {# point you put at 0 is not 0.} other {# points you put at 0 are not 0.}}',
  'prompt.draw-norms.why':
    'Why: each step back multiplies the gradient by Wᵀ·diag(f′); here by ×{perStep} per step on average (γσₘₐₓ = {gs}).',
  'prompt.draw-norms.window':
    'Truncation at n = {n} stops the sweep: every k < {kMin} receives exactly 0.',
  'prompt.draw-norms.dead':
    '{count, plural, one {# state receives} other {# states receive}} exactly 0 in the computation: the product on the way back sends the gradient to 0.',
  'draw.zeroLane': 'exactly 0',
  'draw.point': 'k = {k}: {value}',
  'draw.pointZero': 'k = {k}: exactly 0',
  'draw.high': '×{factor} high',
  'draw.low': '×{factor} low',
  'draw.near': 'close',
  'draw.label': 'Your prediction of ‖∂E{t:sub}/∂sₖ‖, k = 0 … {t}',

  'prompt.sigma-double.question':
    'If W is scaled so that σₘₐₓ(W) doubles, does ‖∂E{t:sub}/∂s₀‖ grow or shrink?',
  'prompt.sigma-double.grow': 'It grows',
  'prompt.sigma-double.shrink': 'It shrinks',
  'prompt.sigma-double.answer':
    '{correct, select, grow {It grows} other {It shrinks}}: from {a} to {b} with 2W (×{ratio}).',
  'prompt.sigma-double.why':
    '{first, select, yes {Why: with t★ = 0 there is no factor diag(f′)·W; W changes ∂E₀/∂s₀ only through s₀ itself.} other {Why: ∂E/∂s₀ is ∂E/∂s{t:sub} carried back through {t, plural, one {# factor} other {# factors}} diag(f′(zⱼ))·W. With 2W: ‖∂E/∂s{t:sub}‖ ×{out}; in each factor W ×2 and the mean f′ ×{fr} (γσₘₐₓ {gsA} → {gsB}).}}',

  'prompt.truncation-v.question': 'Does truncation at n = 1 change ∂E/∂V?',
  'prompt.truncation-v.yes': 'Yes',
  'prompt.truncation-v.no': 'No',
  'prompt.truncation-v.answer':
    '{correct, select, no {No: ∂E/∂V is the same{exact, select, yes { to the last digit} other { (the largest change of an entry is {maxChange})}}, while ∂E/∂W changes by {changeW} (its norm is {normW}).} other {Yes: ∂E/∂V changes by {maxChange} at most.}}',
  'prompt.truncation-v.why':
    'Why: ∂E/∂V = Σₜ (ŷₜ − yₜ) sₜᵀ takes no step back in time. Truncation cuts only the sum over k, which V’s gradient does not have.',

  'prompt.c-vs-s.question': 'For this LSTM, which is larger: ‖∂E{t:sub}/∂c₀‖ or ‖∂E{t:sub}/∂s₀‖?',
  'prompt.c-vs-s.c': '‖∂E{t:sub}/∂c₀‖ is larger',
  'prompt.c-vs-s.s': '‖∂E{t:sub}/∂s₀‖ is larger',
  'prompt.c-vs-s.answer':
    '‖∂E{t:sub}/∂c₀‖ = {a} {correct, select, c {is larger than} other {is smaller than}} ‖∂E{t:sub}/∂s₀‖ = {b} (×{ratio}).',
  'prompt.c-vs-s.why':
    '{first, select, yes {Why: at t★ = 0, c₀ reaches E₀ only through s₀ = o₀ ⊙ tanh(c₀), and o₀(1 − tanh²c₀) < 1.} other {Why: along c each step back multiplies by diag(fⱼ) alone (here the forget gates’ product reaches {direct} for one unit); the way through s also passes the output gate and tanh′.}}',

  'card.compute': 'Compute',
  'card.kind.jacobian-entry':
    'one entry of the Jacobian ∂s{k:sub}/∂s{km1:sub} = diag(f′(z{k:sub}))·W.',
  'card.kind.delta-entry': 'one entry of δ{k:sub}, the gradient of E{t:sub} at z{k:sub}.',
  'card.kind.term-entry': 'one entry of the k-th term δₖ sₖ₋₁ᵀ of ∂E{t:sub}/∂W, here for k = {k}.',
  'card.kind.forward-state':
    'the next value of s{t:sub} in the forward pass: s{t:sub} = f(U x{t:sub} + W s{tm1:sub}).',
  'card.kind.softmax': 'a softmax output: ŷ{t:sub} = softmax(o{t:sub}).',
  'card.fprime':
    '{f, select, tanh {f = tanh, so f′ through the shown state s = f(z) is} sigmoid {f = σ, the sigmoid, so f′ through the shown state s = f(z) is} relu {f = relu, so f′ through the shown state s = f(z) is} other {f is linear, so}}',
  'card.f':
    '{f, select, tanh {Here f = tanh.} sigmoid {Here f = σ, the sigmoid: σ(z) = 1/(1 + exp(−z)).} relu {Here f = relu: relu(z) = max(0, z).} other {Here f is linear: f(z) = z.}}',
  'card.legend': 'Bold, framed and marked ▸: the numbers this answer uses.',
  'card.usedMark': 'used',
  'card.field': 'Your answer',
  'card.check': 'Check',
  'card.tolerance': 'Checked to within {rel} (or ±{abs}).',
  'card.empty': '{field}: type a number first.',
  'card.malformed': '{field}: “{text}” is not a number. Type it like {example} or {exampleExp}.',
  'card.right': 'Right:',
  'card.wrong': 'Not right yet.',
  'card.recheck':
    'Recheck each factor against the marked numbers, one at a time, and the sign of each.',
  'card.wrongAgain': 'Not right. Here is the worked solution with these numbers.',
  'card.showSolution': 'Show the solution',
  'card.solution': 'Solution',
  'card.answer': 'The answer:',
  'card.quizRecorded': 'Answer recorded: {value}. The verdicts come at the end.',
  'card.quizRight': 'Right: you gave {value}.',
  'card.quizWrong': 'Not right: you gave {value}; the answer is {answer}.',
  'card.hint.transpose.jacobian':
    'Check the indices of W: this entry needs W{ij:sub}, not W{ji:sub}.',
  'card.hint.transpose.delta':
    'Check the indices of {m}: δ{ki:sub} takes column {i} of {m} (it is {m}ᵀ that multiplies), not row {i}.',
  'card.hint.transpose.term':
    'Check the indices: entry ({i}, {j}) of δ{k:sub} s{km1:sub}ᵀ is δ{ki:sub} · s{kj:sub}, not δ{kj2:sub} · s{ki2:sub}.',
  'card.hint.transpose.forward':
    'Check the indices of W: s{ti:sub} takes row {i} of W (the product W s{tm1:sub}), not column {i}.',
  'card.hint.fprime-step':
    'f′(z{ki:sub}) belongs to step {k}: write it through s{ki:sub}, not through s{oi:sub} of step {other}.',
  'card.hint.fprime-unit.jacobian':
    'diag(f′(z{k:sub})) scales the rows of W: entry ({i}, {j}) takes f′ of unit {i}, from s{ki:sub}, not of unit {j}.',
  'card.hint.fprime-unit.delta':
    'f′(z{ki:sub}) is one factor for the whole sum: take it once, from s{ki:sub}, not unit by unit inside the sum.',
  'card.hint.f-for-fprime':
    'This needs f′(z{ki:sub}), not the state s{ki:sub} = f(z{ki:sub}) itself: f′ = {rule}.',
  'card.hint.state-step':
    'The term δ{k:sub} s{km1:sub}ᵀ takes the state of the step before, s{km1:sub}, not s{k:sub}.',
  'card.hint.missing-onehot':
    'Subtract the target: the output’s error is ŷ{t:sub} − y{t:sub}, with its −1 at the target class.',
  'card.hint.missing-input':
    'z{ti:sub} has two parts: add the input’s part (U x{t:sub}){i:sub} to (W s{tm1:sub}){i:sub}.',
  'card.hint.missing-recurrent':
    'z{ti:sub} has two parts: add the recurrent part (W s{tm1:sub}){i:sub} to (U x{t:sub}){i:sub}.',
  'card.hint.missing-exp':
    'The softmax takes exp first: exp(o{ti:sub}) divided by the sum of exp of every entry of o{t:sub}, not a ratio of the logits themselves.',
  'card.hint.missing-normalisation':
    'exp(o{ti:sub}) is only the numerator: divide it by the sum of exp of every entry of o{t:sub}.',
  'card.hint.missing-fprime':
    'The factor f′(z{ki:sub}) is missing: multiply by f′ = {rule}, with s = s{ki:sub}.',
  'card.hint.missing-f':
    'That is z{ti:sub}, the sum before the activation: apply f to it, s{ti:sub} = f(z{ti:sub}).',
  'card.hint.sign': 'The size is right, the sign is not: check the sign of each factor.',

  'sheet.title': 'Backpropagation through time: exercises',
  'sheet.meta': 'Seed {seed} · model {fingerprint}',
  'sheet.intro':
    'Compute each entry by hand from the numbers given (rounded to 4 significant digits). The numbers marked ▸ are the ones the answer uses.',
  'sheet.link': 'Check your answers online: {link}',
  'sheet.exercise': 'Exercise {n}',
  'sheet.answerLine': 'Answer:',
  'sheet.key': 'Answer key',
  'sheet.keyIntro': 'Each answer to 4 significant digits, with its worked solution.',
  'sheet.page': 'Page {n} of {total}',
} as const;
