/**
 * English: the texts of the model's FieldError codes (src/model/errorCodes.ts), with the error's
 * params as placeholders and the phrases that src/i18n/errors.ts builds from them: {foundText}
 * (the value found, from 'found.*'), {layoutText}, {limitText}, {classRange}, {guessText}, {last}.
 * The keys are every language's. English is the language the model writes its own messages in,
 * and those are shown as they are; this table is the model for a new language's.
 */
export const ERRORS = {
  'field.file': '(file)',

  'found.null': 'null',
  'found.nothing': 'nothing',
  'found.number': '{found}',
  'found.boolean': '{found}',
  'found.string': 'the string “{found}”',
  'found.emptyArray': 'an empty array',
  'found.array': 'an array of {found}',
  'found.object': 'an object',
  'found.other': '{found}',

  'dim.T': 'time steps',
  'dim.H': 'hidden units',
  'dim.D': 'input entries',
  'dim.K': 'output classes',
  'matrix.U': 'the input weights',
  'matrix.W': 'the recurrent weights',
  'matrix.V': 'the output weights',
  'matrix.inputs': 'the inputs x₀, x₁, … (one per step)',
  // A gated cell's weights (math.md §8), as the core describes them (src/model/bptt/gru.ts, lstm.ts).
  'matrix.U.z': 'the input weights of the update gate z',
  'matrix.W.z': 'the recurrent weights of the update gate z',
  'matrix.U.r': 'the input weights of the reset gate r',
  'matrix.W.r': 'the recurrent weights of the reset gate r',
  'matrix.U.h': 'the input weights of the candidate state h̃',
  'matrix.W.h': 'the recurrent weights of the candidate state h̃',
  'matrix.U.i': 'the input weights of the input gate i',
  'matrix.W.i': 'the recurrent weights of the input gate i',
  'matrix.U.f': 'the input weights of the forget gate f',
  'matrix.W.f': 'the recurrent weights of the forget gate f',
  'matrix.U.g': 'the input weights of the candidate g',
  'matrix.W.g': 'the recurrent weights of the candidate g',
  'matrix.U.o': 'the input weights of the output gate o',
  'matrix.W.o': 'the recurrent weights of the output gate o',
  'phrase.layout': 'number[{rows}][{cols}], {what}',
  'phrase.limit': '{dim} = {n} exceeds the limit {dim} ≤ {limit} ({dimWord})',
  'phrase.classRangeK': 'in [0, {K})',
  'phrase.classRangeAny': '≥ 0',
  'phrase.guess': '; did you mean “{guess}”?',

  'file.empty': 'empty; expected a JSON object (the model file)',
  'file.json': 'not valid JSON: {detail}',
  'file.notObject': 'expected a JSON object with the keys {keys}, found {foundText}',
  'file.invalid': 'not a model',
  'file.read': 'the file could not be read',
  'file.tooLarge':
    '{n, plural, one {# byte} other {# bytes}}, more than the {limit, plural, one {# byte} other {# bytes}} (8 MiB) a model file may have',
  'file.encoding': 'not {encoding} text',
  'cell.unknown': 'expected one of {known}, found {foundText}',
  'key.unknown': 'unknown key{guessText} (allowed: {allowed})',
  'key.missingActivation': 'missing; expected one of {allowed}',
  'key.missingTargets': 'missing; expected integer[T], the class indices y₀, y₁, … (one per step)',
  'key.missingMatrix': 'missing; expected {layoutText}',
  'cell.unsupported':
    'the {cell} cell is not supported here (expected {known}); the bptt command reads every cell',
  'key.notForCell':
    'not a key of the {cell} cell: it belongs to {owners} only (allowed: {allowed})',
  'key.missingGates':
    'missing; expected an object keyed by gate ({gates}), each number[{rows}][{cols}]',
  'gates.notObject': 'expected an object keyed by gate ({gates}), found {foundText}',
  'gate.missing': 'missing gate {gate} (expected every gate: {gates})',
  'gate.unknown': 'unknown gate{guessText} (the {cell} cell’s gates: {gates})',
  'number.type': 'expected a number, found {foundText}',
  'number.nan': 'expected a finite number, found NaN',
  'number.infinite': 'expected a finite number, found {found} (too large for float64)',
  'matrix.notArray': 'expected an array of rows ({layoutText}), found {foundText}',
  'matrix.empty': 'expected at least one row ({dim} ≥ 1), found an empty array ({dim} = 0)',
  'matrix.firstRow': 'expected a row of numbers ({layoutText}), found {foundText}',
  'matrix.rowEmpty': 'expected at least one number ({dim} ≥ 1), found an empty row',
  'matrix.row':
    'expected a row of {n, plural, one {# number} other {# numbers}}, found {foundText}',
  'matrix.rowLength':
    'expected {expected, plural, one {# number} other {# numbers}} (the length of {matrix}[0]; rows must all have the same length), found {found}',
  'matrix.shape': 'expected {rows}×{cols} ({dimRows}×{dimCols}), found {foundRows}×{foundCols}',
  'limit.rows': '{n, plural, one {# row} other {# rows}}: {limitText}',
  'limit.cols': 'rows of {n, plural, one {# number} other {# numbers}}: {limitText}',
  'limit.targets': '{n, plural, one {# target} other {# targets}}: {limitText}',
  'limit.vector': '{n, plural, one {# number} other {# numbers}}: {limitText}',
  'entries.more': '{n} more invalid entries not listed',
  'activation.invalid': 'expected one of {allowed}, found {foundText}',
  'targets.notArray': 'expected an array of class indices (integer[T]), found {foundText}',
  'targets.empty': 'expected at least one target (T ≥ 1), found an empty array',
  'targets.count':
    'expected {expected, plural, one {# entry} other {# entries}} (T, one per input), found {found}',
  'target.notNumber': 'expected a class index {classRange}, found {foundText}',
  'target.notInteger': 'expected an integer class index, found {found}',
  'target.range': '{found} is not a class index {classRange}',
  'vector.notArray': 'expected an array of numbers (number[{dim}]), found {foundText}',
  'vector.length':
    'expected {expected, plural, one {# number} other {# numbers}} ({dim}), found {found}',
  'truncate.invalid':
    'expected an integer ≥ 0 (the number of steps back; absent for full BPTT), found {foundText}',
  'link.empty': 'empty; expected a model',
  'link.notText': 'expected base64url text',
  'link.padding': 'misplaced padding “=” at position {at} of the base64url text',
  'link.char': '“{char}” at position {at} is not a base64url character (A–Z a–z 0–9 - _)',
  'link.length':
    'the base64url text has an impossible length ({n, plural, one {# character} other {# characters}})',
  'link.utf8': 'the decoded bytes are not UTF-8 (byte {at})',
  'link.json': 'the decoded text is not valid JSON: {detail}',
  'link.percent': 'the link is not correctly percent-encoded',
  'text.notText': 'expected text',
  'text.tooShort':
    'expected at least 2 characters (the inputs are all but the last, the targets all but the first), found {n}',
  'text.tooLong':
    'expected at most {max, plural, one {# character} other {# characters}}, found {n}',
  'text.vocab':
    'expected at most {max, plural, one {# distinct character} other {# distinct characters}}, found {n}',
  'text.bidi': 'character {at} is a text-direction control ({code}), which a sequence may not hold',
  'setting.seed': 'expected an integer, found {found}',
  'setting.scale': 'expected a number in [{min}, {max}], found {found}',
  'setting.H': 'expected an integer in [{min}, {max}], found {found}',
  'entry.index': 'expected an index in [0, {last}]',
  'entry.inputs': 'expected an entry of the {rows}×{cols} inputs',
  'entry.step': 'expected a step in [0, {last}]',
  'number.notFinite': 'expected a finite number, found {found}',
  'steps.max': 'expected at most {max, plural, one {# step} other {# steps}}',
  'steps.min': 'expected at least 1 step',
} as const;
