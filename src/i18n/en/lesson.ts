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
    'At each step t the network reads the input xₜ, updates its hidden state sₜ and outputs a distribution ŷₜ; the error Eₜ compares it with the correct answer yₜ. The slide writes hₜ for the output: it is the same ŷₜ, which we use from here on. The network unrolls from left to right, and each value appears as it is computed.',
  'forward-pass.notes':
    'Each press reveals the next step, t = 0 … {tLast}. s₋₁ is the initial state (usually zero). f is the nonlinearity (tanh in the default example), the output is a softmax, the error is the cross-entropy. The model has no biases.',
  'forward-pass.forward-loss.caption': 'Cross-entropy; yₜ is the correct answer (one-hot)',

  'gradients-needed.title': 'We need the gradients',
  'gradients-needed.body':
    'We need to compute the gradients with respect to U, W and V. They are the same matrices at every step: the unrolled network shares its weights across steps, so each matrix is one object in the diagram.',
  'gradients-needed.notes':
    'Stress that U, W, V are not {T} separate copies but the same parameters. That is the difficulty: W affects the error at every step, and along more than one path.',

  'ideas.title': 'The ideas',
  'ideas.body':
    "The network's error is the sum of its errors over all t. The total gradient with respect to a variable is the sum of its gradients over all t.",
  'ideas.notes':
    'First press: the sum of the errors, every Eₜ lit in the diagram. Second press: the same for the gradient, since the derivative of a sum is the sum of the derivatives.',
  'ideas.gradient-sum.caption': 'θ is any of the parameters U, W, V',

  'sum-over-t.title': 'The gradient with respect to W is a sum over t',
  'sum-over-t.body':
    'Each error Eₜ contributes its own part of the gradient with respect to W. Understanding one part is enough; take E{t:sub}, as the slides do.',
  'sum-over-t.notes':
    'From here on we follow one error, E{t:sub} (the target t★ = {t}; it can be changed). The argument for U is the same; V is simpler, we return to it at the end.',

  'chain-rule.title': 'The chain rule for E{t:sub}',
  'chain-rule.body':
    'E{t:sub} depends on W through the output ŷ{t:sub} and the state s{t:sub}. By the chain rule the gradient is a product of three factors; the gradient flows E{t:sub} → ŷ{t:sub} → s{t:sub}.',
  'chain-rule.notes':
    'For softmax with cross-entropy the first two factors collapse to (ŷ{t:sub} − y{t:sub})ᵀV, with no division by ŷ, which is numerically stable. All the interest is in the third factor, ∂s{t:sub}/∂W.',
  'chain-rule.output-error.caption': 'For softmax with cross-entropy',

  'total-derivative.title': 'The total derivative ∂s{t:sub}/∂W',
  'total-derivative.body':
    's{t:sub} = f(U x{t:sub} + W s{tPrev:sub}): W enters directly, but s{tPrev:sub} was itself computed with the same W on the earlier steps. So the ∂s{t:sub}/∂W of the previous slide is a total derivative: it collects every path from W to s{t:sub}.',
  'total-derivative.notes':
    'U and W are marked, as in red on the slide. The second press expands the total derivative: d is the total one, ∂⁺ the immediate one (s{tPrev:sub} held constant). Unrolling the recursion to the end gives the sum over k of the next slide.',
  'total-derivative.total-derivative.caption':
    'd: the total derivative; ∂⁺: the immediate one, with the previous state held constant',

  'sum-over-k.title': 'The sum over k',
  'sum-over-k.body':
    'Expand the total derivative to the end: W affects s{t:sub} through every state sₖ, k = 0 … {t}. Each path gives one term: the gradient runs back along the recurrent arrows from s{t:sub} to sₖ, then to W immediately, ∂⁺sₖ/∂W with sₖ₋₁ held constant (otherwise paths would be counted twice). The width of the flow is the real norm ‖∂E{t:sub}/∂sₖ‖.',
  'sum-over-k.notes':
    'Each press moves the flow one step back, and the k-th term appears beside sₖ: its value and its share of the sum. The last press shows the sum. The k = 0 term for W is zero when s₋₁ = 0. The slide’s pitfall: ∂s{t:sub}/∂W and ∂sₖ/∂W share one symbol, but the first is total and the second immediate.',
  'sum-over-k.sum-over-k.caption':
    'd: the total derivative; ∂⁺: the immediate one, with sₖ₋₁ held constant',
  'sum-over-k.immediate.caption':
    'The immediate derivative: only the direct appearance of W in sₖ; eᵢ is the i-th basis vector',

  'jacobian.title': 'The Jacobian ∂s{t:sub}/∂sₖ',
  'jacobian.body':
    'The factor ∂s{t:sub}/∂sₖ is a product of per-step Jacobians: one factor diag(f′(zⱼ))·W for each step back. The further k is from {t}, the more factors.',
  'jacobian.notes':
    'Beside each sₖ: the matrix ∂s{t:sub}/∂sₖ (its norm for a large H). For k = {t} the product is empty: the identity. The order matters: the j = {t} factor is leftmost. The backward pass multiplies by the transposes, Wᵀ diag(f′).',
  'jacobian.jacobian-product.caption': 'For k = {t} the product is empty: the identity matrix',

  'vanishing-exploding.title': 'Vanishing and exploding gradients',
  'vanishing-exploding.body':
    'Each factor has a norm of at most γ·σ_max(W), where γ = sup|f′| (γ = 1 for tanh). So ‖∂s{t:sub}/∂sₖ‖ ≤ (γ·σ_max)^({t}−k): with γ·σ_max < 1 the far steps’ contribution vanishes exponentially. With γ·σ_max > 1 it may grow, but need not: tanh saturation holds it back.',
  'vanishing-exploding.notes':
    'Three presses: the current model, the same network with W scaled down, and with W scaled up (W rescaled to a given σ_max). The norms are on a log scale against the bound. σ_max < 1/γ suffices for vanishing; σ_max > 1/γ is necessary for exploding, not sufficient.',
  'vanishing-exploding.bound.caption':
    'γ = sup|f′|: 1 for tanh, ReLU and linear, 1/4 for the sigmoid',
  'vanishing-exploding.variant0': 'The current W',
  'vanishing-exploding.variant1': 'Small W: the gradient vanishes',
  'vanishing-exploding.variant2': 'Large W: the gradient may grow',

  'truncation.title': 'Truncated BPTT',
  'truncation.body':
    'In practice the sum over k is cut short: for the error Eₜ only k ≥ t − n count, at most the last n + 1 steps. The cut in the diagram is the window’s edge. The result is cheaper but approximate: it is no longer the gradient of any loss.',
  'truncation.notes':
    'Window n = {n}. First press: the cut and the terms that remain; second press: the truncated gradient beside the full one, with their relative difference. ∂E/∂V is not affected. A finite-difference gradient check agrees only with the full gradient.',
  'truncation.truncated.caption': '[…]ₙ: the truncated gradient, only k ≥ t − n for the error Eₜ',

  'whole-gradient.title': 'The whole gradient',
  'whole-gradient.body':
    'Add up the contributions of every error Eₜ and every path k ≤ t. For U it is the same with ∂⁺sₖ/∂U; V has no recursion: V affects Eₜ only through ŷₜ. In practice all of it is computed in one backward sweep, in O(T).',
  'whole-gradient.notes':
    'Three presses: ∂E/∂W, ∂E/∂U, ∂E/∂V. The double sum has O(T²) terms, but grouping them by k gives δₖ = f′(zₖ) ⊙ (Vᵀ(ŷₖ − yₖ) + Wᵀδₖ₊₁) and ∂E/∂W = Σₖ δₖ sₖ₋₁ᵀ: one backward sweep. The k = 0 term for U is not zero, unlike W’s when s₋₁ = 0.',
} as const;
