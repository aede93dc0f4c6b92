/**
 * English: the explore mode's strings. These keys are every language's: the other languages are
 * typed by them.
 */
export const EXPLORE = {
  'errors.more': '… and {n} more',
  'stage.diagram': 'The unrolled network of the current model',
  'stage.formulas': 'Formulas and values',
  'stage.traceOne': 'Traced: E{t:sub}, the sum over k = {kMin} … {t}.',
  'stage.traceAll': 'Traced: the whole loss E = Σ Eₜ.',
  'stage.terms': 'The terms of ∂E{t:sub}/∂W by k',
  'stage.gru':
    'The GRU with the reset gate applied before Wₕ (Cho et al., 2014); h̃ₜ is the candidate state. PyTorch’s nn.GRU applies r after the matrix, rₜ ⊙ (Wₕ sₜ₋₁ + b): a slightly different cell.',
  'stage.lstm':
    'The LSTM as PyTorch’s nn.LSTM (gates i, f, g, o), with one bias per gate; cₜ is the cell state.',
  'stage.gatedTerms':
    'The sum over k, the value and the terms under the diagram are those of {p}, the candidate’s recurrent weights (the vanilla cell’s W).',

  'panel.title': 'Explore',

  'presets.title': 'Presets',

  'presets.gated':
    'Through the {cell}: a preset gives its sequence and V; the activation and σₘₐₓ(W) it names are the vanilla cell’s.',

  'preset.default': 'Default: “hell” → “ello”',
  'preset.vanishing': 'Vanishing (tanh, small W)',
  'preset.exploding': 'Exploding (linear, σₘₐₓ(W) = 1.5)',
  'preset.sigmoid': 'Sigmoid saturates',
  'preset.long': 'A long sequence (T = 32)',

  'seq.title': 'Sequence',
  'seq.mode': 'Inputs given as',
  'seq.modeText': 'Text',
  'seq.modeTable': 'Numbers',
  'seq.text': 'Text',
  'seq.textHelp': 'Inputs: every character but the last; targets: every character but the first.',
  'seq.vocab': 'Vocabulary ({n}): {chars}',
  'seq.notFromText':
    'The current inputs do not come from this text; typing a text replaces them (and the weights if the vocabulary size changes).',
  'seq.inputs': 'Inputs xₜ (row t)',
  'seq.targets': 'Targets yₜ (class indices 0 … {max})',
  'seq.error': '{field}: {message}; the current sequence is kept.',
  'seq.targetRange': 'expected a class index, an integer from 0 to {max}',
  'seq.addStep': 'Add a step',
  'seq.removeStep': 'Remove the last step',

  'net.title': 'Network',
  'net.H': 'Hidden size H',
  'net.activation': 'Activation',
  'net.scale': 'Weight scale',
  'net.seed': 'Seed',
  'net.redrawHelp': 'H, the seed and the scale draw new weights; hand edits are replaced.',
  'net.sigma': 'σₘₐₓ(W)',
  'net.sigmaValue': 'σₘₐₓ(W) = {v}, γ = {g}, γσₘₐₓ(W) = {gv}',
  'net.initial': 'Initial state s₋₁',
  'net.truncate': 'Truncated BPTT',
  'net.truncateN': 'Window n',
  'net.truncateHelp': 'Only k ≥ t − n contribute to ∂Eₜ/∂U and ∂Eₜ/∂W; ∂E/∂V is never truncated.',
  'net.cell': 'Cell',
  'net.cell.rnn': 'Vanilla RNN',
  'net.cell.gru': 'GRU',
  'net.cell.lstm': 'LSTM',
  'net.cellHelp':
    'Switching the cell keeps the sequence, V, s₋₁ and the window; the new cell’s weights are drawn afresh (the LSTM’s forget-gate bias set to 1). Switching back brings back the weights you had.',
  'net.gatedBound':
    'A gated cell has no bound γσₘₐₓ(W): its gates’ derivatives change from step to step. The chart below shows σₘₐₓ of the products of its {C}×{C} transition Jacobians ∂{state}ₜ/∂{state}ₖ instead.',
  'net.directLstm': 'Direct path c₀ → c{last:sub} along the forget gate: σₘₐₓ(Π diag(fⱼ)) = {v}.',
  'net.directGru': 'Direct path s₀ → s{last:sub} through the update gate: σₘₐₓ(Π diag(zⱼ)) = {v}.',
  'net.forgetBias': 'Forget-gate bias (every entry)',
  'net.forgetHelp':
    'A bias of 1 is the common initialisation (Gers et al., 2000): the forget gate starts near 0.73, so the cell state is kept.',
  'net.initialCell': 'Initial cell state c₋₁',

  'gate.gru.z': 'update gate z',
  'gate.gru.r': 'reset gate r',
  'gate.gru.h': 'candidate state h̃',
  'gate.lstm.i': 'input gate i',
  'gate.lstm.f': 'forget gate f',
  'gate.lstm.g': 'candidate g',
  'gate.lstm.o': 'output gate o',

  'trace.target': 'Loss',
  'trace.all': 'E = Σ Eₜ (all steps)',
  'trace.one': 'E{t:sub}',
  'trace.param': 'Parameter',
  'trace.k': 'Term k',

  'maps.title': 'Weights and gradients',
  'maps.edit': 'Edit {p} by hand',
  'maps.grad': '∂{E}/∂{p}',
  'maps.term': 'Term k = {k} of ∂{E}/∂{p}',
  'maps.termCut': 'k = {k} is outside the truncation window (k < t − n): this term is not kept.',
  'maps.gate': '{p}: {gate}',

  'heat.summarised': 'Large matrix: each cell shows the largest entry of a {r}×{c} block.',
  'heat.hint':
    'Hover or focus a cell (arrow keys move) to see its value and its place in the formula.',
  'heat.legend': 'Blue and “+”: positive; orange, hatching and “−”: negative; paler: nearer 0.',
  'heat.scale': 'Colour scale: −{v} … 0 … +{v}',
  'heat.entry': '{name}[{i}][{j}] = {v}',
  'heat.block': '{name}[{i0}…{i1}][{j0}…{j1}]: largest entry {name}[{i}][{j}] = {v}',

  'place.U': 'weight from input {j} of xₜ to unit {i} of sₜ in zₜ = U xₜ + W sₜ₋₁',
  'place.W': 'weight from unit {j} of sₜ₋₁ to unit {i} of sₜ in zₜ = U xₜ + W sₜ₋₁',
  'place.V': 'weight from unit {j} of sₜ to output {i} of oₜ = V sₜ',
  'place.gradU': 'Σ over k of δₖ[{i}] · xₖ[{j}] ({sum})',
  'place.gradW': 'Σ over k of δₖ[{i}] · sₖ₋₁[{j}] ({sum})',
  'place.gradV': 'Σ over t of (ŷₜ − yₜ)[{i}] · sₜ[{j}]',
  'place.termU': 'δₖ[{i}] · xₖ[{j}]: the k = {k} term of ∂E{t:sub}/∂U',
  'place.termW': 'δₖ[{i}] · sₖ₋₁[{j}]: the k = {k} term of ∂E{t:sub}/∂W',
  'place.sumOne': 'k = {kMin} … {t}',
  'place.sumAll': 'every t, and k ≤ t in its window',
  'place.gateU': '{gate}: weight from input {j} of xₜ to unit {i}',
  'place.gateW': '{gate}: weight from unit {j} of {operand} to unit {i}',
  'place.gateb': '{gate}: bias of unit {i}',
  'place.gradGate': 'Σ over k of the k‑th terms ({sum})',
  'place.termGate': 'the k = {k} term of ∂E{t:sub}/∂{p}',

  'edit.hint':
    'Click a cell (or focus it and press Enter) and type a value: Enter keeps it, Escape cancels.',
  'edit.cell': '{field} = {v}, edit',
  'edit.rows': 'Rows shown',
  'edit.cols': 'Columns shown',
  'edit.notNumber': '{field}: expected a finite number, found “{found}”; the value {old} is kept.',
  'edit.error': '{field}: {message}; the value {old} is kept.',

  'num.range': '{field}: expected {what} from {min} to {max}, found “{found}”; {old} is kept.',
  'num.integer': 'an integer',
  'num.number': 'a number',

  'decay.title': 'Vanishing and exploding: two settings side by side',
  'decay.a': 'A ({activation})',
  'decay.b': 'B ({activation})',
  'decay.bActivation': 'Activation of B',
  'decay.bSigma': 'σₘₐₓ(W) of B',
  'decay.aCell': 'A ({cell})',
  'decay.bVanilla': 'B (vanilla RNN, {activation})',
  'decay.gated':
    'A is your {cell}: σₘₐₓ of its transition Jacobians’ products, with no bound. B is a vanilla RNN on the same sequence (V, s₋₁ and the window kept); its activation and σₘₐₓ(W) can be changed.',

  'check.title': 'Gradient check',
  'check.caption':
    'Analytic full-BPTT gradient against centred differences (J(θ + h) − J(θ − h)) / 2h, h = {h}; relative error |a − n| / max(|a|, |n|).',
  'check.run': 'Run the check',
  'check.large':
    'This model has {n, plural, one {# weight} other {# weights}} and the check costs two forward passes for each: about {time} on this computer. Run it when needed; it can be cancelled.',
  'check.progress': 'Checked {done} of {total, plural, one {# weight} other {# weights}}',
  'check.cancel': 'Cancel the check',
  'time.seconds': '{n} s',
  'time.minutes': '{n} min',
  'check.param': 'Parameter',
  'check.maxErr': 'Largest relative error',
  'check.band': 'Verdict',
  'check.worst': 'Worst entry',
  'check.worstEntry': '{field}: analytic {a}, numeric {n}',
  'check.good': '✓ good (< 10⁻⁷)',
  'check.uncertain': '? acceptable (< 10⁻⁴)',
  'check.poor': '! doubtful (10⁻⁴ … 10⁻²)',
  'check.wrong': '✗ wrong (> 10⁻²)',
  'check.overall': 'Overall: {v}',
  'check.truncated':
    'Truncation is on (n = {n}): the gradient used for the lesson and for training is {pct} away from the true (full BPTT) gradient, ‖g̃ − g‖ / ‖g‖ ({byWeight}; V is never truncated). The check above is against the true gradient.',
  'check.truncatedFull':
    'Truncation n = {n} keeps every term when T = {T}: the gradient is the true one.',

  'train.title': 'Training',
  'train.lr': 'Learning rate',
  'train.clip': 'Clip the gradient by norm',
  'train.threshold': 'Threshold θ',
  'train.steps': 'Steps N',
  'train.one': 'One step',
  'train.progress': 'Step {done} of {total}',
  'train.cancel': 'Stop after this step',
  'train.many': '{n, plural, one {# step} other {# steps}}',
  'train.run': 'Run',
  'train.pause': 'Pause',
  'train.clear': 'Clear the curve',
  'train.status':
    'After {i, plural, one {# step} other {# steps}}: E = {loss}; last ‖g‖ = {norm}; clipped {c, plural, one {# time} other {# times}}.',
  'train.start': 'E = {loss}. No steps yet.',
  'train.diverged':
    'Stopped: the step would leave non-finite weights. Lower the learning rate or clip.',
  'train.curve': 'Loss E against training steps',

  'io.title': 'Import and export',
  'io.open': 'Open a model file',
  'io.drop': 'or drop a model file anywhere on the page.',
  'io.exportModel': 'Export model (JSON)',
  'io.exportResults': 'Export results (JSON)',
  'io.share': 'Copy a link to this model',
  'io.link': 'Link to this model',
  'io.tooLong':
    'This model is too large for a link (the link would be {n, plural, one {# character} other {# characters}} long; browsers open at most {max}). Share the model file instead: Export model (JSON).',
  'io.copied': 'Link copied.',
  'io.copyFailed': 'Copy the link from the field.',
  'io.loaded': 'Loaded {name}.',
  'io.fileError': '{name} was not loaded; the current model is kept.',
  'io.linkError': 'The model in the link could not be read; the current model is kept.',
  'io.termsTooMany':
    'The results leave out the per-term matrices: {n, plural, one {# number exceeds} other {# numbers exceed}} the limit of {max}.',
} as const;
