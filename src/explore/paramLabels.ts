/**
 * How the explore mode names a model's parameters. The core names them by their path in the model
 * file (`U`, `W`, `V` for the vanilla cell; `U.z`, `W.z`, `b.z` … for a gated one: weightPath);
 * the screen writes a gate's weight as U_z, with the gate as subscript, and says which gate it is.
 */
import { cellOf, weightPath, type AnyModel, type ParamName } from '../model';
import type { ExploreKey } from '../i18n';

/** A parameter's letter (U, W, b, V) and its gate, or null for an ungated one. */
export interface ParamParts {
  readonly base: string;
  readonly gate: string | null;
}

export function paramParts(name: ParamName): ParamParts {
  const [base, gate] = weightPath(name);
  return { base, gate };
}

/**
 * A parameter's name as plain text, for the places that take no markup (a map's cell labels, a
 * field in a message): "W", "U_z", "b_f".
 */
export function paramPlain(name: ParamName): string {
  const { base, gate } = paramParts(name);
  return gate === null ? base : `${base}_${gate}`;
}

/** The catalog key of a gate's name ("update gate", "forget gate", …) for the model's cell. */
export function gateKey(model: AnyModel, gate: string): ExploreKey | null {
  const key = `gate.${cellOf(model).kind}.${gate}`;
  return (GATE_KEYS as readonly string[]).includes(key) ? (key as ExploreKey) : null;
}

const GATE_KEYS: readonly ExploreKey[] = [
  'gate.gru.z',
  'gate.gru.r',
  'gate.gru.h',
  'gate.lstm.i',
  'gate.lstm.f',
  'gate.lstm.g',
  'gate.lstm.o',
];

/**
 * The model's parameters grouped as the controls show them: one group per gate (its U, W and b)
 * for a gated cell, then V alone; the vanilla cell's U, W and V as one group without a gate.
 */
export function paramGroups(
  model: AnyModel,
): readonly { readonly gate: string | null; readonly params: readonly ParamName[] }[] {
  const cell = cellOf(model);
  if (cell.gates.length === 0) return [{ gate: null, params: [...cell.weights, 'V'] }];
  return [
    ...cell.gates.map((g) => ({
      gate: g,
      params: cell.weights.filter((w) => paramParts(w).gate === g),
    })),
    { gate: null, params: ['V'] },
  ];
}
