/**
 * English: the predictions asked before a reveal, the practice cards, the closing quiz and the
 * exercise sheet. Loaded on demand with the views' strings, not before the first formula.
 */
export const PRACTICE = {
  'prompt.kicker': 'Predict first',
  'prompt.choose': 'Choose k = {k}',
  'prompt.skip': 'Skip',
  'prompt.reveal': 'Reveal',
  'prompt.skipHint': 'Next (→) skips the question and reveals the answer.',
  'prompt.right': 'Right.',
  'prompt.wrong': 'Not this time.',
  'prompt.skipped': 'Skipped. The answer:',
  'prompt.yours': 'Your prediction',
  'prompt.computed': 'Computed',
  'prompt.settingOn': 'Ask before revealing',
  'prompt.settingLabel': 'Predictions',

  'prompt.smallest-term.question':
    'Which k ≥ {kFirst} gives the smallest term of ∂E{t:sub}/∂W? Choose a node sₖ in the diagram, or a k below.',
  'prompt.smallest-term.waiting':
    'You chose k = {k}. The terms appear as the flow reaches each sₖ; the verdict comes when it has reached k = {kFirst}.',
  'prompt.smallest-term.options': 'Your choice of k',
  'prompt.smallest-term.answer':
    'The smallest term is at k = {k}: ‖·‖ = {norm}.{chosen, select, none {} same {} other { Yours, k = {chosen}, is {factor, plural, one {# time} other {# times}} larger.}}',
  'prompt.smallest-term.why':
    'Why: the k-th term’s norm is ‖δₖ‖·‖sₖ₋₁‖, and at k = {k} {why, select, delta {the factor ‖δ{k:sub}‖ = {delta}} other {the factor ‖s{km1:sub}‖ = {state}}} lies furthest below the other steps’.',
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
    'Every unit’s f′ is 0 at a later step, so nothing reaches {count, plural, one {# state} other {# states}} further back.',
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
    '{first, select, yes {Why: with t★ = 0 there is no factor diag(f′)·W; W changes ∂E₀/∂s₀ only through s₀ itself.} other {Why: ∂E/∂s₀ is ∂E/∂s{t:sub} carried back through {t, plural, one {# factor} other {# factors}} diag(f′(zⱼ))·W. With 2W, ‖∂E/∂s{t:sub}‖ itself was multiplied by {out}; in each factor W doubled, while the mean f′ was multiplied by {fr} per step (γσₘₐₓ from {gsA} to {gsB}).}}',

  'prompt.truncation-v.question': 'Does truncation at n = 1 change ∂E/∂V?',
  'prompt.truncation-v.yes': 'Yes',
  'prompt.truncation-v.no': 'No',
  'prompt.truncation-v.answer':
    '{correct, select, no {No: ∂E/∂V is the same{exact, select, yes { to the last digit} other { (the largest change of an entry is {maxChange})}}, while ∂E/∂W changes by {changeW} (its norm is {normW}).} other {Yes: ∂E/∂V changes by {maxChange} at most.}}',
  'prompt.truncation-v.why':
    'Why: ∂E/∂V = Σₜ (ŷₜ − yₜ) sₜᵀ takes no step back in time. Truncation cuts only the sum over k, which V’s gradient does not have.',

  'prompt.c-vs-s.question':
    'For this LSTM, which is larger: ‖∂E{t:sub}/∂c₀‖ or ‖∂E{t:sub}/∂s₀‖?',
  'prompt.c-vs-s.c': '‖∂E{t:sub}/∂c₀‖ is larger',
  'prompt.c-vs-s.s': '‖∂E{t:sub}/∂s₀‖ is larger',
  'prompt.c-vs-s.answer':
    '‖∂E{t:sub}/∂c₀‖ = {a} {correct, select, c {is larger than} other {is smaller than}} ‖∂E{t:sub}/∂s₀‖ = {b} (×{ratio}).',
  'prompt.c-vs-s.why':
    'Why: along the cell state each step back multiplies by diag(fⱼ) alone; here the forget gates’ product reaches {direct} for one unit. The way through s passes the output gate and tanh′ as well.',
} as const;
