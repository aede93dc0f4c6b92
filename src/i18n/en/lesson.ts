/**
 * English: the lesson's step texts, keyed by step id ('forward-pass.title'): title, body, speaker
 * notes, formula captions ('<step>.<formula>.caption') and variant labels ('<step>.variant<i>').
 * These keys are every language's: the other languages are typed by them.
 */
export const LESSON = {
  'title.title': 'Recurrent neural networks: the backward pass',
  'title.body':
    'How a recurrent network is trained: backpropagation through time (BPTT). The network in the diagram is unrolled in time, T = {T}; every number on screen is computed for it.',
  'title.notes':
    'Title slide. Plan: the forward pass, two ideas (the error and the gradient are sums over t), the chain rule for E{t:sub}, the sum over k. Then what the slides leave out: Jacobians, vanishing and exploding gradients, truncated BPTT, the whole gradient. Keys: → or PageDown for next, ? for help.',

  'forward-pass.title': 'The forward pass',
  'forward-pass.body':
    'At each step t the network reads the input xₜ, updates its hidden state sₜ and outputs a distribution ŷₜ; the error Eₜ says how far it is from the correct answer yₜ. The slide writes hₜ for the output: it is the same ŷₜ. Values appear as they are computed.\n\nThe small bars beside xₜ, sₜ, ŷₜ: the vectors’ entries (sₜ’s up or down by sign); ŷₜ’s correct class is outlined, with a tick below.',
  'forward-pass.notes':
    'Each press reveals the next step, t = 0 … {tLast}. s₋₁ is the initial state ({init, select, zero {here zero} other {here given, not zero}}). f is the activation function ({act} here), the output is a softmax, the error is the cross-entropy. The model has no biases.',
  'forward-pass.forward-loss.caption': 'Cross-entropy; yₜ is the correct answer, one-hot encoded',
  'forward-pass.sub.t':
    '{kfirst, select, yes {t = 0: the network reads x₀ and the initial state s₋₁{init, select, zero { = 0} other { (given, not zero)}}, computes s₀ and outputs ŷ₀; the error E₀ = {Ek}.} other {t = {k}: s{k:sub} is computed from x{k:sub} and s{kPrev:sub}, then ŷ{k:sub}; the error E{k:sub} = {Ek}.}}',
  'gradients-needed.title': 'We need the gradients',
  'gradients-needed.body':
    'We need to compute the gradients with respect to U, W and V. They are the same matrices at every step: the unrolled network shares its weights across steps, so each matrix is one object in the diagram.',
  'gradients-needed.notes':
    'Stress that U, W, V are not a separate copy for each of the {T, plural, one {# step} other {# steps}} but the same parameters. That is the difficulty: W affects the error at every step, and along more than one path.',

  'ideas.title': 'The ideas',
  'ideas.body':
    "The network's error is the sum of its errors over all t. The total gradient with respect to a variable is the sum of its gradients over all t.",
  'ideas.notes':
    'First press: the sum of the errors, every Eₜ lit in the diagram. Second press: the same for the gradient, since the derivative of a sum is the sum of the derivatives.',
  'ideas.gradient-sum.caption': 'θ is any of the parameters U, W, V',

  'ideas.sub.error-sum':
    '{single, select, yes {With T = 1 the sum has one error: E = E₀ = {E}.} other {E = E₀ + … + E{tLast:sub} = {E}: every error Eₜ is lit.}}',
  'ideas.sub.gradient-sum':
    'The derivative of a sum is the sum of the derivatives: for each of U, W and V, ∂E/∂θ = Σₜ ∂Eₜ/∂θ.',
  'sum-over-t.title': 'The gradient with respect to W is a sum over t',
  'sum-over-t.body':
    'Each error Eₜ contributes its own part of the gradient with respect to W. Understanding one part is enough; take E{t:sub}, as the slides do.',
  'sum-over-t.notes':
    'From here on we follow one error, E{t:sub} (the target t★ = {t}; it can be changed). The argument for U is the same; V is simpler, we return to it at the end.',

  'chain-rule.title': 'The chain rule for E{t:sub}',
  'chain-rule.body':
    'E{t:sub} depends on W through the output ŷ{t:sub} and the state s{t:sub}. By the chain rule the gradient is a product of three factors; the gradient flows E{t:sub} → ŷ{t:sub} → s{t:sub}. Derivatives of a number by a vector are written as rows here, as on the slide: (ŷ{t:sub} − y{t:sub})ᵀV is a row of H numbers.',
  'chain-rule.notes':
    'For softmax with cross-entropy the product of the first two factors simplifies to (ŷ{t:sub} − y{t:sub})ᵀV, with no division by ŷ, which is numerically stable. The most interesting factor is the third, ∂s{t:sub}/∂W. A gradient with respect to a matrix is written later in the matrix’s shape (the last steps), which turns rows into columns: (ŷ − y)sᵀ, δsᵀ.',
  'chain-rule.output-error.caption': 'For softmax with cross-entropy',

  'total-derivative.title': 'The total derivative ∂s{t:sub}/∂W',
  'total-derivative.body':
    '{first, select, yes {s₀ = f(U x₀ + W s₋₁): W enters directly, and s₋₁ is the given initial state, which does not depend on W. So for t★ = 0 the total derivative is the immediate one: there is one path from W to s₀.} other {s{t:sub} = f(U x{t:sub} + W s{tPrev:sub}): W enters directly, but s{tPrev:sub} was itself computed with the same matrix W on the earlier steps. So the ∂s{t:sub}/∂W of the previous step is a total derivative: it collects every path from W to s{t:sub}.}}',
  'total-derivative.notes':
    'U and W are marked as on the slide (in red there). The second press expands the total derivative: d is the total one, ∂⁺ the immediate one (the previous state held constant). The third writes the recursion out to the end, the fourth shows the same sum as copies of W, one per step (both beyond the slides). s₋₁ is given and does not depend on W: the recursion stops there.',
  'total-derivative.total-derivative.caption':
    'd: the total derivative; ∂⁺: the immediate one, with the previous state held constant',

  'total-derivative.expanded.caption':
    'Jⱼ = ∂sⱼ/∂sⱼ₋₁: the recursion unrolled to s₀ (s₋₁ does not depend on W)',
  'total-derivative.weight-copies.caption':
    'Wₖ: the copy of W used at step k; each copy is used once, so ∂⁺ is its whole effect',
  'total-derivative.sub.marked-state':
    'U and W are marked: both enter s{t:sub} directly, through z{t:sub} = U x{t:sub} + W s{tPrev:sub}.',
  'total-derivative.sub.total-derivative':
    '{first, select, yes {With t★ = 0 no earlier state depends on W: ds₀/dW = ∂⁺s₀/∂W.} other {d is the total derivative, ∂⁺ the immediate one (s{tPrev:sub} held constant); the second term carries W’s effect through s{tPrev:sub}.}}',
  'total-derivative.sub.expanded':
    '{first, select, yes {For t★ = 0 the expansion has one term, ∂⁺s₀/∂W: s₋₁ is given.} other {Applying the same rule to ds{tPrev:sub}/dW, and again, down to s₀: one term for each state sₖ, k = 0 … {t}, each the immediate derivative at k carried to s{t:sub} by the Jacobians Jⱼ in between.}}',
  'total-derivative.sub.weight-copies':
    'Another view of the same sum: give each step its own copy Wₖ of W, all equal. Each copy enters its step once, so ∂E/∂Wₖ needs only the immediate derivative, and ∂E/∂W = Σₖ ∂E/∂Wₖ: no path is counted twice. The PyTorch results this app is checked against are computed this way.',
  'sum-over-k.title': 'The sum over k',
  'sum-over-k.body':
    'W affects s{t:sub} through every state sₖ, k = 0 … {t}{first, select, yes { (with t★ = 0: s₀ alone)} other {}}: one term per path. The gradient runs back along the recurrent arrows from s{t:sub} to sₖ, then to W immediately: ∂⁺sₖ/∂W holds sₖ₋₁ constant, so no path is counted twice.',
  'sum-over-k.notes':
    'Each press moves the flow one step back, and the k-th term appears beside sₖ: its norm and its share of the sum. The last press shows the sum. The k = 0 term for W is zero when s₋₁ = 0 ({init, select, zero {as here} other {not here: s₋₁ is not zero}}). A subtlety of the slide: ∂s{t:sub}/∂W and ∂sₖ/∂W are written alike, but the first is total and the second immediate.',
  'sum-over-k.sum-over-k.caption':
    'd: the total derivative; ∂⁺: the immediate one, with sₖ₋₁ held constant',
  'sum-over-k.immediate.caption':
    'The immediate derivative: only the direct appearance of W in sₖ; eᵢ is the i-th basis vector',

  'sum-over-k.sub.k':
    '{kept, select, no {k = {k} lies outside the truncation window (k ≥ {kMin}): its term is dropped.} other {{kpos, select, target {k = {k}: the direct path; ‖∂E{t:sub}/∂s{k:sub}‖ = {gk}, the flow’s width.} other {k = {k}: {back, plural, one {# step} other {# steps}} back along the recurrent arrows; ‖∂E{t:sub}/∂s{k:sub}‖ = {gk}.}} {wzero, select, yes {The term is 0: ∂⁺s₀/∂W multiplies by s₋₁ = 0.} other {Term: norm {wk}, share {share}.}}}}',
  'sum-over-k.sub.sum':
    'The {terms, plural, one {# term adds} other {# terms add}} up to ∂E{t:sub}/∂W. The shares add up to 100 % and can be negative.',
  'jacobian.title': 'The Jacobian ∂s{t:sub}/∂sₖ',
  'jacobian.body':
    'The factor ∂s{t:sub}/∂sₖ is a product of per-step Jacobians diag(f′(zⱼ))·W, where zⱼ = U xⱼ + W sⱼ₋₁: one factor for each of the {t} − k steps between sₖ and s{t:sub}. {first, select, yes {With t★ = 0 the only k is 0: the product is empty, the identity.} other {The further k is from {t}, the more factors.}}',
  'jacobian.notes':
    'Beside each sₖ: the matrix ∂s{t:sub}/∂sₖ (its norm for a large H). For k = {t} the product is empty: the identity. The order matters: the j = {t} factor is leftmost. The backward pass multiplies by the transposes, Wᵀ diag(f′).',
  'jacobian.jacobian-product.caption': 'For k = {t} the product is empty: the identity matrix',

  'jacobian.sub.k':
    '{kpos, select, target {k = {t}: the product is empty, ∂s{t:sub}/∂s{t:sub} = I.} other {k = {k}: {back, plural, one {# factor} other {# factors}} diag(f′(zⱼ))·W, j = {kNext} … {t}; ‖∂s{t:sub}/∂s{k:sub}‖ = {jk}.}}',
  'jacobian.sub.sum':
    '{first, select, yes {With t★ = 0 there is no step back: the only product is the identity.} other {Each step back multiplies by one more factor. Whether the products shrink or grow is the next step’s subject.}}',
  'vanishing-exploding.title': 'Vanishing and exploding gradients',
  'vanishing-exploding.body':
    'Each factor diag(f′(zⱼ))·W has a norm of at most γ·σₘₐₓ(W), where γ = sup|f′| ({act, select, sigmoid {1/4 for the sigmoid} other {1 for {act}}}). So ‖∂s{t:sub}/∂sₖ‖ ≤ (γ·σₘₐₓ){t:sup}⁻ᵏ. Below 1 the bound forces the far steps’ terms to vanish exponentially. Above 1 it allows growth but does not force it: {act, select, tanh {saturated units (f′ near 0) can hold it back} sigmoid {saturated units (f′ near 0) can hold it back} relu {inactive units (f′ = 0) can hold it back} other {with the linear activation every factor is W itself, and growth depends on W’s eigenvalues}}.',
  'vanishing-exploding.notes':
    'Three presses: the current model, the same network with W scaled so that γ·σₘₐₓ = 0.3, and so that γ·σₘₐₓ = 3. The chart shows ‖∂s{t:sub}/∂sₖ‖ on a log scale with its upper bound. γ·σₘₐₓ < 1 suffices for vanishing; γ·σₘₐₓ > 1 is necessary for exploding, not sufficient.',
  'vanishing-exploding.bound.caption':
    'γ = sup|f′|: 1 for tanh, ReLU and linear, 1/4 for the sigmoid',
  'vanishing-exploding.variant0': 'The current W',
  'vanishing-exploding.variant1': 'Small W: γ·σₘₐₓ < 1, the gradient vanishes',
  'vanishing-exploding.variant2': 'Large W: γ·σₘₐₓ > 1, growth is possible',
  'vanishing-exploding.sub.current-w':
    'This model: γ·σₘₐₓ(W) = {gamma} · {sigma} = {gs}{regime, select, vanish { < 1: the bound forces the gradient to vanish.} edge { = 1: the bound neither shrinks nor grows.} other { > 1: the bound allows growth; the chart shows whether it happens.}}{first, select, yes { With t★ = 0 there is no step back to see it on.} other {}}',
  'vanishing-exploding.sub.small-w':
    '{first, select, yes {W scaled so that γ·σₘₐₓ = {gs} < 1; with t★ = 0 there is no step back for the gradient to shrink over.} other {W scaled so that γ·σₘₐₓ = {gs}: each step back multiplies the gradient’s norm by at most {gs}, so it vanishes.}}',
  'vanishing-exploding.sub.large-w':
    '{first, select, yes {W scaled so that γ·σₘₐₓ = {gs} > 1: growth is possible, but with t★ = 0 there is no step back for it to grow over.} other {W scaled so that γ·σₘₐₓ = {gs}: each step back multiplies the bound by {gs}, so growth is possible. {grows, select, yes {Here the gradient does grow: ‖∂E{t:sub}/∂s₀‖ = {g0} against ‖∂E{t:sub}/∂s{t:sub}‖ = {gt}.} other {Here it does not grow: ‖∂E{t:sub}/∂s₀‖ = {g0} against ‖∂E{t:sub}/∂s{t:sub}‖ = {gt}; the bound is not reached.}}}}',
  'remedies.title': 'Remedies: clipping, initialisation, gates',
  'remedies.body':
    'Clipping the gradient’s norm tames exploding gradients. Against vanishing ones, an orthogonal or identity W keeps W from shrinking the Jacobian products, and gated cells give the gradient a path around W.',
  'remedies.notes':
    'Four presses: clipping on this model and on its large-W variant; the same network with an orthogonal W; with W = I; and the gates. Clipping: Pascanu, Mikolov and Bengio (2013); orthogonal initialisation: Saxe et al. (2014); identity with ReLU (IRNN): Le, Jaitly and Hinton (2015); the LSTM: Hochreiter and Schmidhuber (1997).',
  'remedies.clip.caption': 'c is the threshold; g keeps its direction',
  'remedies.orthogonal.caption': 'An orthogonal W: every singular value is 1',
  'remedies.identity.caption': 'W = I: only f′ is left between the states',
  'remedies.gating.caption':
    'The LSTM’s cell state: a path on which the gradient is not multiplied by W',
  'remedies.variant1': 'Orthogonal W',
  'remedies.variant2': 'Identity W (W = I)',
  'remedies.sub.clipping':
    'Here ‖g‖ = {gnorm} over all the weights; with c = {c} {clips, select, yes {the step is scaled by {factor}: same direction, shorter.} other {nothing changes, since ‖g‖ ≤ c.}} With W scaled to γ·σₘₐₓ = 3, ‖g‖ = {gnormL}{clipsL, select, yes {, scaled by {factorL}.} other {, not clipped.}} Clipping bounds the step; it does nothing against vanishing.',
  'remedies.sub.orthogonal':
    'W replaced by an orthogonal matrix (the Q of W’s QR factorisation): σₘₐₓ = 1, so γ·σₘₐₓ = {gs}. {first, select, yes {With t★ = 0 there is no product to compare.} other {‖∂s{t:sub}/∂s₀‖ = {j0v}, against {j0} with the model’s W; {act, select, linear {with the linear activation nothing shrinks it: it is exactly 1.} other {only f′ can still shrink it.}}}}',
  'remedies.sub.identity':
    'W = I: σₘₐₓ = 1, so γ·σₘₐₓ = {gs}, and the product is diag(f′) alone. {first, select, yes {With t★ = 0 there is no product to compare.} other {‖∂s{t:sub}/∂s₀‖ = {j0v}: {act, select, relu {with ReLU each unit passes the gradient on unchanged while it is active (the IRNN of Le et al. 2015).} linear {with the linear activation it is exactly 1.} sigmoid {the sigmoid’s f′ ≤ 1/4 shrinks it at every step.} other {tanh’s f′ < 1 wherever zⱼ ≠ 0 shrinks it.}}}}',
  'remedies.sub.gating':
    'Gated cells (LSTM, GRU): the LSTM adds to its cell state cₜ, so along that path the gradient is multiplied by the forget gate fₜ (0 to 1 per unit, learned), not by W and f′. Where fₜ stays near 1 it reaches far back.',
  'truncation.title': 'Truncated BPTT',
  'truncation.body':
    'Truncated BPTT keeps, for the error Eₜ, only the terms with k ≥ t − n: at most the last n + 1 steps. The dashed line is the window’s edge. The result is an approximation and in general not the gradient of any loss.',
  'truncation.notes':
    'Window n = {n}. First press: the window’s edge and the terms that remain; second press: the truncated gradient beside the full one, with their relative difference. ∂E/∂V is not affected. A finite-difference gradient check agrees only with the full gradient. Truncated BPTT’s field is not a gradient: its Jacobian is not symmetric.',
  'truncation.truncated.caption': '[…]ₙ: the truncated gradient, only k ≥ t − n for the error Eₜ',

  'truncation.sub.cut':
    '{windowAll, select, yes {Window n = {n}: for E{t:sub} it reaches k = 0, so nothing is dropped here; the difference shows for targets further than n from the start.} other {Window n = {n}: for E{t:sub} only k = {kMin} … {t} count ({terms, plural, one {# term} other {# terms}}); the states before the window are not computed, and their terms are dropped.}}',
  'truncation.sub.compare':
    'g̃ differs from the full g by {rel}. Truncating per error costs O(T·n) terms: fewer than the double sum’s O(T²), more than full BPTT’s O(T); libraries truncate by chunks (the gradient stopped at each chunk’s start), another approximation.',
  'whole-gradient.title': 'The whole gradient',
  'whole-gradient.body':
    'Add up the contributions of every error Eₜ and every path k ≤ t. For U it is the same with ∂⁺sₖ/∂U; V has no recursion: V affects Eₜ only through ŷₜ. Here the gradients are written in the parameters’ shapes (H×H, H×D, K×H), not as rows. In practice all of it is computed in one backward sweep, in O(T).',
  'whole-gradient.notes':
    'Three presses: ∂E/∂W, ∂E/∂U, ∂E/∂V. The double sum has O(T²) terms, but grouping them by k gives δₖ = f′(zₖ) ⊙ (Vᵀ(ŷₖ − yₖ) + Wᵀδₖ₊₁) and ∂E/∂W = Σₖ δₖ sₖ₋₁ᵀ: one backward sweep. The k = 0 term for U, δ₀x₀ᵀ, does not need s₋₁.',
  'whole-gradient.immediate-U.caption': 'The immediate derivative for U: xₖ in place of sₖ₋₁',
  'whole-gradient.sub.grad-w': '∂E/∂W: every error Eₜ, every path k ≤ t; Frobenius norm {gW}.',
  'whole-gradient.sub.grad-u':
    '∂E/∂U: the same paths, with the immediate derivative ∂⁺sₖ/∂U below. {onehot, select, yes {Every xₖ here is one-hot: each term touches only the column of U where xₖ has its 1.} other {These xₖ are not one-hot; with one-hot inputs each term would touch only one column of U.}} Frobenius norm {gU}.',
  'whole-gradient.sub.grad-v':
    '∂E/∂V = Σₜ (ŷₜ − yₜ) sₜᵀ: no recursion, V reaches Eₜ only through ŷₜ; Frobenius norm {gV}.',
  'backward-sweep.title': 'From the sum to an algorithm: one backward sweep',
  'backward-sweep.body':
    'For T = {T} the double sum over t and k has {pairs, plural, one {# term} other {# terms}}. Grouped by k they become T outer products δₖ sₖ₋₁ᵀ, and one recursion computes every δₖ, from k = {tLast} down to 0: the whole gradient in O(T) steps. This is backpropagation through time as libraries run it.',
  'backward-sweep.notes':
    'Three presses: δₖ, the terms δₖsₖ₋₁ᵀ, the recursion. δₖ collects every path from every later error to zₖ. ∂E/∂V needs no δ: Σₜ (ŷₜ − yₜ)sₜᵀ. The last press leads into the explore mode with the same model.',
  'backward-sweep.delta.caption':
    'δₖ: the gradient of E at the pre-activation zₖ = U xₖ + W sₖ₋₁, through every later error',
  'backward-sweep.sweep-terms.caption':
    'The terms with the same k share their last factor ∂⁺sₖ/∂W: grouped, they give one outer product',
  'backward-sweep.recursion.caption':
    'Each δₖ needs only δₖ₊₁: the sweep runs once, from the last step to the first',
  'backward-sweep.sub.delta':
    'δₖ = f′(zₖ) ⊙ (∂E/∂sₖ)ᵀ, the gradient of the whole loss at zₖ; here ‖δ{tLast:sub}‖ = {dLast} and ‖δ₀‖ = {d0}.',
  'backward-sweep.sub.terms':
    'Grouped by k, {pairs, plural, one {the # term becomes} other {the # terms become}} {T, plural, one {# outer product} other {# outer products}} δₖ sₖ₋₁ᵀ, each already in W’s shape (H×H); for U, δₖ xₖᵀ.',
  'backward-sweep.sub.recursion':
    'One sweep of {T, plural, one {# step} other {# steps}}: Σₖ δₖ sₖ₋₁ᵀ agrees with the sum of all the terms of ∂E/∂W to a relative difference of {agree}. Next: the explore mode, with this model.',
} as const;
