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
  'tools.predictions': 'Ask predictions before the reveals',
  'presenter.promptOpen':
    'A prediction is asked here: the next press skips it, and its answer shows.',
  'presenter.promptRevealed': 'The prediction here is revealed.',
  'presenter.answered': 'Answers from the class: {n}.',
  'snapshot.cards':
    'Practice cards: each student computes on their own screen; the same cards, with the answer key, are on the exercise sheet (Tools).',
  'snapshot.quiz': 'The closing quiz: each student answers on their own screen.',
  'session.following': 'Following the lecturer',
  'session.detached': 'You stepped away from the lecturer',
  'session.catchUp': 'Catch up (C)',
  'session.offline': 'Connecting to the class session…',
  'session.lecturer': 'Class session · code {code}',
  'session.unknown': 'This class session has ended, or the link is not right.',
  'session.joinOpen': 'How students join: QR code and class code…',
  'session.joinKey': 'Show how students join (QR code, class code)',
  'session.joinTitle': 'Join the class',
  'session.joinClose': 'Close the join view',
  'session.joinQr': 'QR code of the students’ link to this class',
  'session.joinScan': 'Scan with your phone’s camera',
  'session.joinAddress': 'No camera? Open this address',
  'session.joinType': 'and type the class code:',
  'join.title': 'Join the class',
  'join.intro': 'Type the six-digit code the lecturer shows on the screen.',
  'join.field': 'Class code (six digits)',
  'join.submit': 'Join',
  'join.waiting': 'Connecting to the class…',
  'join.invalid': 'The class code is six digits, such as 123 456.',
  'join.unknown': 'The class code is not right: no class has this code. Check it and try again.',
  'join.silent':
    'No answer from the class server. Wait a minute and try again, or ask the lecturer for the link.',
  'tools.sheet': 'Exercise sheet with the answer key',

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
  'control.predictions': 'Predictions before the reveals',
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
  'model.ownCell':
    'Model #{id}: a {cell}, opened from a file or edited; T = {T}, H = {H}, D = {D}, K = {K}{cut}',
  'model.cut': ', truncation n = {n}',
  'model.part': 'Columns t = {lo}…{hi} of −1…{last} (the part of the diagram on screen)',
  // The lesson's speaker notes ('<step>.notes') and sub-step sentences ('<step>.sub.<id>'),
  // loaded on demand: the first formula never waits for them.
  'title.notes':
    'Title slide. Plan: the forward pass, two ideas (the error and the gradient are sums over t), the chain rule for E{t:sub}, the sum over k. Then what the slides leave out: Jacobians, vanishing and exploding gradients, truncated BPTT, the whole gradient. Keys: → or PageDown for next, ? for help.',
  'forward-pass.notes':
    'Each press reveals the next step, t = 0 … {tLast}. s₋₁ is the initial state ({init, select, zero {here zero} other {here given, not zero}}). f is the activation function ({act} here), the output is a softmax, the error is the cross-entropy. The model has no biases.',
  'forward-pass.sub.t':
    '{kfirst, select, yes {t = 0: the network reads x₀ and the initial state s₋₁{init, select, zero { = 0} other { (given, not zero)}}, computes s₀ and outputs ŷ₀; the error E₀ = {Ek}.} other {t = {k}: s{k:sub} is computed from x{k:sub} and s{kPrev:sub}, then ŷ{k:sub}; the error E{k:sub} = {Ek}.}}',
  'gradients-needed.notes':
    'Stress that U, W, V are not a separate copy for each of the {T, plural, one {# step} other {# steps}} but the same parameters. That is the difficulty: W affects the error at every step, and along more than one path.',
  'ideas.notes':
    'First press: the sum of the errors, every Eₜ lit in the diagram. Second press: the same for the gradient, since the derivative of a sum is the sum of the derivatives.',
  'ideas.sub.error-sum':
    '{single, select, yes {With T = 1 the sum has one error: E = E₀ = {E}.} other {E = E₀ + … + E{tLast:sub} = {E}: every error Eₜ is lit.}}',
  'ideas.sub.gradient-sum':
    'The derivative of a sum is the sum of the derivatives: for each of U, W and V, ∂E/∂θ = Σₜ ∂Eₜ/∂θ.',
  'sum-over-t.notes':
    'From here on we follow one error, E{t:sub} (the target t★ = {t}; it can be changed). The argument for U is the same; V is simpler, we return to it at the end.',
  'chain-rule.notes':
    'For softmax with cross-entropy the product of the first two factors simplifies to (ŷ{t:sub} − y{t:sub})ᵀV, with no division by ŷ, which is numerically stable. The most interesting factor is the third, ∂s{t:sub}/∂W. A gradient with respect to a matrix is written later in the matrix’s shape (the last steps), which turns rows into columns: (ŷ − y)sᵀ, δsᵀ.',
  'total-derivative.notes':
    'U and W are marked as on the slide (in red there). The second press expands the total derivative: d is the total one, ∂⁺ the immediate one (the previous state held constant). The third writes the recursion out to the end, the fourth shows the same sum as copies of W, one per step (both beyond the slides). s₋₁ is given and does not depend on W: the recursion stops there.',
  'total-derivative.sub.marked-state':
    'U and W are marked: both enter s{t:sub} directly, through z{t:sub} = U x{t:sub} + W s{tPrev:sub}.',
  'total-derivative.sub.total-derivative':
    '{first, select, yes {With t★ = 0 no earlier state depends on W: ds₀/dW = ∂⁺s₀/∂W.} other {d is the total derivative, ∂⁺ the immediate one (s{tPrev:sub} held constant); the second term carries W’s effect through s{tPrev:sub}.}}',
  'total-derivative.sub.expanded':
    '{first, select, yes {For t★ = 0 the expansion has one term, ∂⁺s₀/∂W: s₋₁ is given.} other {Applying the same rule to ds{tPrev:sub}/dW, and again, down to s₀: one term for each state sₖ, k = 0 … {t}, each the immediate derivative at k carried to s{t:sub} by the Jacobians Jⱼ in between.}}',
  'total-derivative.sub.weight-copies':
    'Another view of the same sum: give each step its own copy Wₖ of W, all equal. Each copy enters its step once, so ∂E/∂Wₖ needs only the immediate derivative, and ∂E/∂W = Σₖ ∂E/∂Wₖ: no path is counted twice. The PyTorch results this app is checked against are computed this way.',
  'sum-over-k.notes':
    'Each press moves the flow one step back, and the k-th term appears beside sₖ: its norm and its share of the sum. The last press shows the sum. The k = 0 term for W is zero when s₋₁ = 0 ({init, select, zero {as here} other {not here: s₋₁ is not zero}}). A subtlety of the slide: ∂s{t:sub}/∂W and ∂sₖ/∂W are written alike, but the first is total and the second immediate.',
  'sum-over-k.sub.k':
    '{kept, select, no {k = {k} lies outside the truncation window (k ≥ {kMin}): its term is dropped.} other {{kpos, select, target {k = {k}: the direct path; ‖∂E{t:sub}/∂s{k:sub}‖ = {gk}, the flow’s width.} other {k = {k}: {back, plural, one {# step} other {# steps}} back along the recurrent arrows; ‖∂E{t:sub}/∂s{k:sub}‖ = {gk}.}} {wzero, select, yes {The term is 0: ∂⁺s₀/∂W multiplies by s₋₁ = 0.} other {Term: norm {wk}, share {share}.}}}}',
  'sum-over-k.sub.sum':
    'The {terms, plural, one {# term adds} other {# terms add}} up to ∂E{t:sub}/∂W. The shares add up to 100 % and can be negative.',
  'jacobian.notes':
    'Beside each sₖ: the matrix ∂s{t:sub}/∂sₖ (its norm for a large H). For k = {t} the product is empty: the identity. The order matters: the j = {t} factor is leftmost. The backward pass multiplies by the transposes, Wᵀ diag(f′).',
  'jacobian.sub.k':
    '{kpos, select, target {k = {t}: the product is empty, ∂s{t:sub}/∂s{t:sub} = I.} other {k = {k}: {back, plural, one {# factor} other {# factors}} diag(f′(zⱼ))·W, j = {kNext} … {t}; ‖∂s{t:sub}/∂s{k:sub}‖ = {jk}.}}',
  'jacobian.sub.sum':
    '{first, select, yes {With t★ = 0 there is no step back: the only product is the identity.} other {Each step back multiplies by one more factor. Whether the products shrink or grow is the next step’s subject.}}',
  'vanishing-exploding.notes':
    'Three presses: the current model, the same network with W scaled so that γ·σₘₐₓ = 0.3, and so that γ·σₘₐₓ = 3. The chart shows ‖∂s{t:sub}/∂sₖ‖ on a log scale with its upper bound. γ·σₘₐₓ < 1 suffices for vanishing; γ·σₘₐₓ > 1 is necessary for exploding, not sufficient.',
  'vanishing-exploding.sub.current-w':
    'This model: γ·σₘₐₓ(W) = {gamma} · {sigma} = {gs}{regime, select, vanish { < 1: the bound forces the gradient to vanish.} edge { = 1: the bound neither shrinks nor grows.} other { > 1: the bound allows growth; the chart shows whether it happens.}}{first, select, yes { With t★ = 0 there is no step back to see it on.} other {}}',
  'vanishing-exploding.sub.small-w':
    '{first, select, yes {W scaled so that γ·σₘₐₓ = {gs} < 1; with t★ = 0 there is no step back for the gradient to shrink over.} other {W scaled so that γ·σₘₐₓ = {gs}: each step back multiplies the gradient’s norm by at most {gs}, so it vanishes.}}',
  'vanishing-exploding.sub.large-w':
    '{first, select, yes {W scaled so that γ·σₘₐₓ = {gs} > 1: growth is possible, but with t★ = 0 there is no step back for it to grow over.} other {W scaled so that γ·σₘₐₓ = {gs}: each step back multiplies the bound by {gs}, so growth is possible. {grows, select, yes {Here the gradient does grow: ‖∂E{t:sub}/∂s₀‖ = {g0} against ‖∂E{t:sub}/∂s{t:sub}‖ = {gt}.} other {Here it does not grow: ‖∂E{t:sub}/∂s₀‖ = {g0} against ‖∂E{t:sub}/∂s{t:sub}‖ = {gt}; the bound is not reached.}}}}',
  'remedies.notes':
    'Four presses: clipping on this model and on its large-W variant; the same network with an orthogonal W; with W = I; and the gates. Clipping: Pascanu, Mikolov and Bengio (2013); orthogonal initialisation: Saxe et al. (2014); identity with ReLU (IRNN): Le, Jaitly and Hinton (2015); the LSTM: Hochreiter and Schmidhuber (1997).',
  'remedies.sub.clipping':
    'Here ‖g‖ = {gnorm} over all the weights; with c = {c} {clips, select, yes {the step is scaled by {factor}: same direction, shorter.} other {nothing changes, since ‖g‖ ≤ c.}} With W scaled to γ·σₘₐₓ = 3, ‖g‖ = {gnormL}{clipsL, select, yes {, scaled by {factorL}.} other {, not clipped.}} Clipping bounds the step; it does nothing against vanishing.',
  'remedies.sub.orthogonal':
    'W replaced by an orthogonal matrix (the Q of W’s QR factorisation): σₘₐₓ = 1, so γ·σₘₐₓ = {gs}. {first, select, yes {With t★ = 0 there is no product to compare.} other {‖∂s{t:sub}/∂s₀‖ = {j0v}, against {j0} with the model’s W; {act, select, linear {with the linear activation nothing shrinks it: it is exactly 1.} other {only f′ can still shrink it.}}}}',
  'remedies.sub.identity':
    'W = I: σₘₐₓ = 1, so γ·σₘₐₓ = {gs}, and the product is diag(f′) alone. {first, select, yes {With t★ = 0 there is no product to compare.} other {‖∂s{t:sub}/∂s₀‖ = {j0v}: {act, select, relu {with ReLU each unit passes the gradient on unchanged while it is active (the IRNN of Le et al. 2015).} linear {with the linear activation it is exactly 1.} sigmoid {the sigmoid’s f′ ≤ 1/4 shrinks it at every step.} other {tanh’s f′ < 1 wherever zⱼ ≠ 0 shrinks it.}}}}',
  'remedies.sub.gating':
    'Gated cells (LSTM, GRU): the LSTM adds to its cell state cₜ, so along that path the gradient is multiplied by the forget gate fₜ (0 to 1 per unit, learned), not by W and f′. Where fₜ stays near 1 it reaches far back.',
  'truncation.notes':
    'Window n = {n}. First press: the window’s edge and the terms that remain; second press: the truncated gradient beside the full one, with their relative difference. ∂E/∂V is not affected. A finite-difference gradient check agrees only with the full gradient. Truncated BPTT’s field is not a gradient: its Jacobian is not symmetric.',
  'truncation.sub.cut':
    '{windowAll, select, yes {Window n = {n}: for E{t:sub} it reaches k = 0, so nothing is dropped here; the difference shows for targets further than n from the start.} other {Window n = {n}: for E{t:sub} only k = {kMin} … {t} count ({terms, plural, one {# term} other {# terms}}); the states before the window are not computed, and their terms are dropped.}}',
  'truncation.sub.compare':
    'g̃ differs from the full g by {rel}. Truncating per error costs O(T·n) terms: fewer than the double sum’s O(T²), more than full BPTT’s O(T); libraries truncate by chunks (the gradient stopped at each chunk’s start), another approximation.',
  'whole-gradient.notes':
    'Three presses: ∂E/∂W, ∂E/∂U, ∂E/∂V. The double sum has O(T²) terms, but grouping them by k gives δₖ = f′(zₖ) ⊙ (Vᵀ(ŷₖ − yₖ) + Wᵀδₖ₊₁) and ∂E/∂W = Σₖ δₖ sₖ₋₁ᵀ: one backward sweep. The k = 0 term for U, δ₀x₀ᵀ, does not need s₋₁.',
  'whole-gradient.sub.grad-w': '∂E/∂W: every error Eₜ, every path k ≤ t; Frobenius norm {gW}.',
  'whole-gradient.sub.grad-u':
    '∂E/∂U: the same paths, with the immediate derivative ∂⁺sₖ/∂U below. {onehot, select, yes {Every xₖ here is one-hot: each term touches only the column of U where xₖ has its 1.} other {These xₖ are not one-hot; with one-hot inputs each term would touch only one column of U.}} Frobenius norm {gU}.',
  'whole-gradient.sub.grad-v':
    '∂E/∂V = Σₜ (ŷₜ − yₜ) sₜᵀ: no recursion, V reaches Eₜ only through ŷₜ; Frobenius norm {gV}.',
  'backward-sweep.notes':
    'Three presses: δₖ, the terms δₖsₖ₋₁ᵀ, the recursion. δₖ collects every path from every later error to zₖ. ∂E/∂V needs no δ: Σₜ (ŷₜ − yₜ)sₜᵀ. The gated chapter follows.',
  'backward-sweep.sub.delta':
    'δₖ = f′(zₖ) ⊙ (∂E/∂sₖ)ᵀ, the gradient of the whole loss at zₖ; here ‖δ{tLast:sub}‖ = {dLast} and ‖δ₀‖ = {d0}.',
  'backward-sweep.sub.terms':
    'Grouped by k, {pairs, plural, one {the # term becomes} other {the # terms become}} {T, plural, one {# outer product} other {# outer products}} δₖ sₖ₋₁ᵀ, each already in W’s shape (H×H); for U, δₖ xₖᵀ.',
  'backward-sweep.sub.recursion':
    'One sweep of {T, plural, one {# step} other {# steps}}: Σₖ δₖ sₖ₋₁ᵀ agrees with the sum of all the terms of ∂E/∂W to a relative difference of {agree}. Next: gated cells, which keep the gradient alive.',
  'lstm-cell.notes':
    'Four presses: the equations and the unrolled cell; the transition’s blocks; the direct path Π diag(fⱼ); the forget-gate bias. The GRU and the LSTM here have seeded standard weights (unless the current model is one), the same sequence and V. Forget-gate bias 1: Gers, Schmidhuber and Cummins (2000); Jozefowicz, Zaremba and Sutskever (2015).',
  'lstm-cell.sub.equations':
    'The LSTM on this sequence ({own, select, lstm {the current model} other {seeded standard weights, forget-gate bias {bf}}}): besides sₜ it carries the cell state cₜ, in its own lane above; the forget gates’ mean is {fbar}.',
  'lstm-cell.sub.direct-path':
    '{first, select, yes {With t★ = 0 there is no step back: move the target to see the path.} other {Along c one step back is exactly diag(fⱼ): from c{t:sub} to c{kFar:sub} that path alone keeps at most {pf}; the whole ‖∂E{t:sub}/∂c{kFar:sub}‖ = {lstmC} (through s and the gates too), the vanilla RNN’s ‖∂E{t:sub}/∂s{kFar:sub}‖ = {rnnS}.}}',
  'lstm-cell.sub.forget-bias':
    'Forget-gate bias {bf}: the forget gates’ mean is {fbar}. {first, select, yes {With t★ = 0 there is no step back for it to act on.} other {Over the {back, plural, one {# step} other {# steps}} to k = {kFar} the c lane alone keeps at most {pf}{closed, select, yes {: with the gate this closed it carries almost nothing back.} other {.}} ‖∂E{t:sub}/∂c{kFar:sub}‖ = {lstmC}.}} Move the control (−2 to 3) and watch the c lane.',
  'gru-cell.notes':
    'Three presses: the equations and the unrolled cell; one step’s Jacobian; the update gate’s keep path over many steps. The candidate is written with a tilde, apart from the slide’s output. PyTorch’s nn.GRU applies rₜ after Wₕ (rₜ ⊙ (Wₕsₜ₋₁ + b)): a different cell from this one (Cho et al. 2014).',
  'gru-cell.sub.equations':
    'The GRU on this sequence ({own, select, gru {the current model} other {seeded standard weights}}): one state sₜ, which the update gate zₜ mixes with the candidate h̃ₜ (the mean of zₜ: {zbar}).',
  'gru-cell.sub.update-path':
    '{first, select, yes {With t★ = 0 there is no step back.} other {From s{t:sub} back to s{kFar:sub} the keep path alone keeps at most {pz}; the whole ‖∂E{t:sub}/∂s{kFar:sub}‖ = {gruS}, against {rnnS} for the vanilla RNN.}}',
  'practice.notes':
    'Five presses, one card each. Give the hall a minute per card; the answers are checked to the stated tolerance, and the sheet with the answer key prints the same cards for this seed (Tools → Exercise sheet).',
  'practice.sub.jacobian-entry':
    'Card 1 of 5: one entry of diag(f′(zₖ))·W = ∂sₖ/∂sₖ₋₁, one factor of the Jacobian products.',
  'practice.sub.delta-entry': 'Card 2 of 5: one entry of δₖ, the gradient of E{t:sub} at zₖ.',
  'practice.sub.term-entry': 'Card 3 of 5: one entry of the k-th term δₖsₖ₋₁ᵀ of ∂E{t:sub}/∂W.',
  'practice.sub.forward-state': 'Card 4 of 5: the next value of sₜ in the forward pass.',
  'practice.sub.softmax': 'Card 5 of 5: one output of the softmax.',
  'quiz.notes':
    'The quiz asks what the predictions asked and what the cards practised, on the model shown; each student’s best score stays on their device.',
  'gated-compare.notes':
    'Three presses: the chart; the presets; the whole transition’s Jacobian products. “A long dependency”: T = 12, the last target repeats x₁, ten steps earlier. “Forget gate closed”: forget-gate bias −2, where the LSTM’s cell path shrinks the gradient at every step too.',
  'gated-compare.sub.chart':
    '{first, select, yes {With t★ = 0 every cell has only k = 0: move the target to compare.} other {{back, plural, one {# step} other {# steps}} back, at k = {kFar}: the vanilla RNN’s ‖∂E/∂s‖ = {rnnS}, the GRU’s {gruS}, the LSTM’s ‖∂E/∂c‖ = {lstmC}. {best, select, rnn {Here the vanilla RNN’s is the largest.} gru {Here the GRU’s is the largest.} other {Here the LSTM’s cell keeps the most.}}}}',
  'gated-compare.sub.presets':
    'Two presets below the chart: a long dependency, and the forget gate closed (its bias −2). {dep, select, yes {This sequence is a long dependency: E{t:sub}’s target depends on x{kFar:sub}. At k = {kFar} the vanilla RNN’s ‖∂E/∂s‖ = {rnnS}, the LSTM’s ‖∂E/∂c‖ = {lstmC} with the forget-gate bias {bf}.} other {Try them: the chart and every number follow.}}',
  'gated.chart.title': 'The gradient of E{t:sub} through three cells (logarithmic scale)',
  'gated.series.rnn': 'vanilla RNN: ‖∂E{t:sub}/∂sₖ‖',
  'gated.series.gru': 'GRU, state: ‖∂E{t:sub}/∂sₖ‖',
  'gated.series.lstmS': 'LSTM, state: ‖∂E{t:sub}/∂sₖ‖',
  'gated.series.lstmC': 'LSTM, cell: ‖∂E{t:sub}/∂cₖ‖',
  'gated.omitted': '{n, plural, one {# value} other {# values}} not drawn (zero or not finite)',
  'gated.mark': 'x{k:sub}: the input E{t:sub}’s target depends on',
  'gated.lstm.title':
    'The LSTM unrolled: the cell state c above the state s, the gates between them, the gradient of E{t:sub} flowing back along both lanes',
  'gated.gru.title':
    'The GRU unrolled: the state s, its gates, the gradient of E{t:sub} flowing back',
  'gated.gate.i': 'input gate i',
  'gated.gate.f': 'forget gate f',
  'gated.gate.g': 'candidate g',
  'gated.gate.o': 'output gate o',
  'gated.gate.z': 'update gate z',
  'gated.gate.r': 'reset gate r',
  'gated.gate.h': 'candidate h̃',
  'gated.cut': '← Earlier steps: in the chart',
  'gated.legend':
    'Circles: the gates, filled as far as their mean; {cell, select, lstm {numbers under s and over c: ‖∂E{t:sub}/∂sₖ‖ and ‖∂E{t:sub}/∂cₖ‖; the flow’s width: the same norms} other {numbers under s: ‖∂E{t:sub}/∂sₖ‖; the flow’s width: the same norm}}',
  'gated.forgetBias': 'Forget-gate bias',
  'gated.preset.long': 'A long dependency',
  'gated.preset.closed': 'Forget gate closed (bias −2)',
  'gated.preset.common': 'Bias 1 (the common initialisation)',
  'gated-compare.sub.products':
    '{first, select, yes {With t★ = 0 every product is the identity.} other {{ready, select, yes {σₘₐₓ at k = {kFar}: {jr} (vanilla RNN), {jg} (GRU), {jl} (LSTM over (s, c), 2H × 2H); its cell path alone: {pf}.} other {At k = {kFar}: σₘₐₓ = {jr} (vanilla RNN); the gated cells’ larger products are being computed off the main thread.}}}}',
  'gated.pending': 'computing…',
  'gated.products.rnn': 'vanilla RNN: ‖∂s{t:sub}/∂sₖ‖₂',
  'gated.products.gru': 'GRU: ‖∂s{t:sub}/∂sₖ‖₂',
  'gated.products.lstm': 'LSTM, state (s, c): ‖∂h{t:sub}/∂hₖ‖₂',
  'gated.products.direct': 'LSTM, cell path alone: max Π fⱼ',
  'lstm-cell.sub.blocks':
    'The LSTM’s state is the pair (sₜ, cₜ), so the Jacobian of one step is 2H × 2H. The block from cₜ₋₁ to cₜ is exactly diag(fₜ) (here the forget gates’ mean is {fbar}); the blocks marked ∗ carry the paths through sₜ₋₁ and the gates.',
  'gru-cell.sub.step-jacobian':
    'One GRU step: ∂sₜ/∂sₜ₋₁ = diag(zₜ) + …, the diagonal from the keep path zₜ ⊙ sₜ₋₁. PyTorch’s nn.GRU applies rₜ after Wₕ: a different cell, with another Jacobian.',
} as const;
