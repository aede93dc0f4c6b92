/**
 * English: the lesson's step texts, keyed by step id ('forward-pass.title'): title, body, speaker
 * notes, formula captions ('<step>.<formula>.caption') and variant labels ('<step>.variant<i>').
 * These keys are every language's: the other languages are typed by them.
 */
export const LESSON = {
  'title.title': 'Recurrent neural networks: the backward pass',
  'title.body':
    'How a recurrent network is trained: backpropagation through time (BPTT). The network in the diagram is unrolled in time, T = {T}; every number on screen is computed for it.',

  'forward-pass.title': 'The forward pass',
  'forward-pass.body':
    'At each step t the network reads the input xₜ, updates its hidden state sₜ and outputs a distribution ŷₜ; the error Eₜ says how far it is from the correct answer yₜ. The slide writes hₜ for the output: it is the same ŷₜ. Values appear as they are computed.\n\nThe small bars beside xₜ, sₜ, ŷₜ: the vectors’ entries (sₜ’s up or down by sign); ŷₜ’s correct class is outlined, with a tick below.',
  'forward-pass.forward-loss.caption': 'Cross-entropy; yₜ is the correct answer, one-hot encoded',
  'gradients-needed.title': 'We need the gradients',
  'gradients-needed.body':
    'We need to compute the gradients with respect to U, W and V. They are the same matrices at every step: the unrolled network shares its weights across steps, so each matrix is one object in the diagram.',

  'ideas.title': 'The ideas',
  'ideas.body':
    "The network's error is the sum of its errors over all t. The total gradient with respect to a variable is the sum of its gradients over all t.",
  'ideas.gradient-sum.caption': 'θ is any of the parameters U, W, V',

  'sum-over-t.title': 'The gradient with respect to W is a sum over t',
  'sum-over-t.body':
    'Each error Eₜ contributes its own part of the gradient with respect to W. Understanding one part is enough; take E{t:sub}, as the slides do.',

  'chain-rule.title': 'The chain rule for E{t:sub}',
  'chain-rule.body':
    'E{t:sub} depends on W through the output ŷ{t:sub} and the state s{t:sub}. By the chain rule the gradient is a product of three factors; the gradient flows E{t:sub} → ŷ{t:sub} → s{t:sub}. Derivatives of a number by a vector are written as rows here, as on the slide: (ŷ{t:sub} − y{t:sub})ᵀV is a row of H numbers.',
  'chain-rule.output-error.caption': 'For softmax with cross-entropy',

  'total-derivative.title': 'The total derivative ∂s{t:sub}/∂W',
  'total-derivative.body':
    '{first, select, yes {s₀ = f(U x₀ + W s₋₁): W enters directly, and s₋₁ is the given initial state, which does not depend on W. So for t★ = 0 the total derivative is the immediate one: there is one path from W to s₀.} other {s{t:sub} = f(U x{t:sub} + W s{tPrev:sub}): W enters directly, but s{tPrev:sub} was itself computed with the same matrix W on the earlier steps. So the ∂s{t:sub}/∂W of the previous step is a total derivative: it collects every path from W to s{t:sub}.}}',
  'total-derivative.total-derivative.caption':
    'd: the total derivative; ∂⁺: the immediate one, with the previous state held constant',

  'total-derivative.expanded.caption':
    'Jⱼ = ∂sⱼ/∂sⱼ₋₁: the recursion unrolled to s₀ (s₋₁ does not depend on W)',
  'total-derivative.weight-copies.caption':
    'Wₖ: the copy of W used at step k; each copy is used once, so ∂⁺ is its whole effect',
  'sum-over-k.title': 'The sum over k',
  'sum-over-k.body':
    'W affects s{t:sub} through every state sₖ, k = 0 … {t}{first, select, yes { (with t★ = 0: s₀ alone)} other {}}: one term per path. The gradient runs back along the recurrent arrows from s{t:sub} to sₖ, then to W immediately: ∂⁺sₖ/∂W holds sₖ₋₁ constant, so no path is counted twice.',
  'sum-over-k.sum-over-k.caption':
    'd: the total derivative; ∂⁺: the immediate one, with sₖ₋₁ held constant',
  'sum-over-k.immediate.caption':
    'The immediate derivative: only the direct appearance of W in sₖ; eᵢ is the i-th basis vector',

  'jacobian.title': 'The Jacobian ∂s{t:sub}/∂sₖ',
  'jacobian.body':
    'The factor ∂s{t:sub}/∂sₖ is a product of per-step Jacobians diag(f′(zⱼ))·W, where zⱼ = U xⱼ + W sⱼ₋₁: one factor for each of the {t} − k steps between sₖ and s{t:sub}. {first, select, yes {With t★ = 0 the only k is 0: the product is empty, the identity.} other {The further k is from {t}, the more factors.}}',
  'jacobian.jacobian-product.caption': 'For k = {t} the product is empty: the identity matrix',

  'vanishing-exploding.title': 'Vanishing and exploding gradients',
  'vanishing-exploding.body':
    'Each factor diag(f′(zⱼ))·W has a norm of at most γ·σₘₐₓ(W), where γ = sup|f′| ({act, select, sigmoid {1/4 for the sigmoid} other {1 for {act}}}). So ‖∂s{t:sub}/∂sₖ‖ ≤ (γ·σₘₐₓ){t:sup}⁻ᵏ. Below 1 the bound forces the far steps’ terms to vanish exponentially. Above 1 it allows growth but does not force it: {act, select, tanh {saturated units (f′ near 0) can hold it back} sigmoid {saturated units (f′ near 0) can hold it back} relu {inactive units (f′ = 0) can hold it back} other {with the linear activation every factor is W itself, and growth depends on W’s eigenvalues}}.',
  'vanishing-exploding.bound.caption':
    'γ = sup|f′|: 1 for tanh, ReLU and linear, 1/4 for the sigmoid',
  'vanishing-exploding.variant0': 'The current W',
  'vanishing-exploding.variant1': 'Small W: γ·σₘₐₓ < 1, the gradient vanishes',
  'vanishing-exploding.variant2': 'Large W: γ·σₘₐₓ > 1, growth is possible',
  'remedies.title': 'Remedies: clipping, initialisation, gates',
  'remedies.body':
    'Clipping the gradient’s norm tames exploding gradients. Against vanishing ones, an orthogonal or identity W keeps W from shrinking the Jacobian products, and gated cells give the gradient a path around W.',
  'remedies.clip.caption': 'c is the threshold; g keeps its direction',
  'remedies.orthogonal.caption': 'An orthogonal W: every singular value is 1',
  'remedies.identity.caption': 'W = I: only f′ is left between the states',
  'remedies.gating.caption':
    'The LSTM’s cell state: a path on which the gradient is not multiplied by W',
  'remedies.variant1': 'Orthogonal W',
  'remedies.variant2': 'Identity W (W = I)',
  'truncation.title': 'Truncated BPTT',
  'truncation.body':
    'Truncated BPTT keeps, for the error Eₜ, only the terms with k ≥ t − n: at most the last n + 1 steps. The dashed line is the window’s edge. The result is an approximation and in general not the gradient of any loss.',
  'truncation.truncated.caption': '[…]ₙ: the truncated gradient, only k ≥ t − n for the error Eₜ',

  'whole-gradient.title': 'The whole gradient',
  'whole-gradient.body':
    'Add up the contributions of every error Eₜ and every path k ≤ t. For U it is the same with ∂⁺sₖ/∂U; V has no recursion: V affects Eₜ only through ŷₜ. Here the gradients are written in the parameters’ shapes (H×H, H×D, K×H), not as rows. In practice all of it is computed in one backward sweep, in O(T).',
  'whole-gradient.immediate-U.caption': 'The immediate derivative for U: xₖ in place of sₖ₋₁',
  'backward-sweep.title': 'From the sum to an algorithm: one backward sweep',
  'backward-sweep.body':
    'For T = {T} the double sum over t and k has {pairs, plural, one {# term} other {# terms}}. Grouped by k they become T outer products δₖ sₖ₋₁ᵀ, and one recursion computes every δₖ, from k = {tLast} down to 0: the whole gradient in O(T) steps. This is backpropagation through time as libraries run it.',
  'backward-sweep.delta.caption':
    'δₖ: the gradient of E at the pre-activation zₖ = U xₖ + W sₖ₋₁, through every later error',
  'backward-sweep.sweep-terms.caption':
    'The terms with the same k share their last factor ∂⁺sₖ/∂W: grouped, they give one outer product',
  'backward-sweep.recursion.caption':
    'Each δₖ needs only δₖ₊₁: the sweep runs once, from the last step to the first',
  'lstm-cell.title': 'The LSTM: a second lane for the gradient',
  'lstm-cell.body':
    'The LSTM keeps a cell state cₜ beside sₜ and changes it by addition, cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ: along that lane the gradient is multiplied, per step, by the forget gate fₜ alone, not by W and f′.',
  'lstm-cell.gates.caption':
    'a: i, f or o; fₜ is the forget gate (not the activation f), gₜ the candidate',
  'lstm-cell.blocks.caption':
    '∗: paths through sₜ₋₁ and the gates; the gates do not read cₜ₋₁, so c’s own block is diag(fₜ)',
  'gru-cell.title': 'The GRU: the update gate keeps the state',
  'gru-cell.body':
    'The GRU has one state. Its update gate zₜ decides, unit by unit, how much of sₜ₋₁ passes on unchanged; that keep path adds diag(zₜ) to every step’s Jacobian ∂sₜ/∂sₜ₋₁.',
  'gru-cell.gates.caption':
    'a: z or r; zₜ is the update gate (not a pre-activation), h̃ₜ the candidate state',
  'practice.title': 'Practice on the live numbers',
  'practice.body':
    'Five cards, each asking for one number computed by hand from numbers on screen: an entry of diag(f′(zₖ))·W, of δₖ, of a term δₖsₖ₋₁ᵀ, the next sₜ and a softmax output. An answer within the stated tolerance (1 %, or a margin for sums) counts; a wrong one gets a hint naming the factor that was off, a second the worked solution. The cards are seeded: the link and the printed sheet carry the seed.',
  'quiz.title': 'A closing quiz',
  'quiz.body':
    'Questions on this model, drawn from the predictions and the cards. Answer them all, then check: the best score is kept on this device.',
  'gated-compare.title': 'Three cells, one sequence',
  'gated-compare.body':
    'The vanilla RNN, the GRU and the LSTM of the same size read the same sequence through the same V; the chart shows how far back each carries the gradient of E{t:sub}, on a logarithmic scale.',
  'gru-cell.step.caption': '…: the paths through zₜ, rₜ and h̃ₜ',
  'lstm-cell.state.caption': 'cₜ adds up; sₜ reads it through oₜ',
} as const;
