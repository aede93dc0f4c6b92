/**
 * Switching the model's cell in the explore mode. The new cell's model is companionOf(model, cell):
 * the same sequence, targets, V, s₋₁ and window, with the cell's seeded standard weights. Each
 * cell's last model is remembered for the session, so that RNN → GRU → RNN brings back the
 * weights the RNN had (hand edits, training) while the sequence is still the one it was built on.
 */
import { useCallback, useRef } from 'react';
import { companionOf, type AnyModel, type CellKind } from '../model';

/** Whether two models run on the same sequence, start state and window (one was made from the other). */
function sameSequence(a: AnyModel, b: AnyModel): boolean {
  return (
    a.inputs === b.inputs &&
    a.targets === b.targets &&
    a.initialState === b.initialState &&
    a.truncate === b.truncate
  );
}

/** The model for `cell`: the one remembered for that cell when it fits the sequence, else a companion. */
export function switchCell(
  model: AnyModel,
  cell: CellKind,
  remembered: ReadonlyMap<CellKind, AnyModel>,
): AnyModel {
  const before = remembered.get(cell);
  if (before && sameSequence(before, model)) return before;
  return companionOf(model, cell);
}

export function useCellSwitch(
  model: AnyModel,
  onModelChange: (model: AnyModel) => void,
): (cell: CellKind) => void {
  const remembered = useRef(new Map<CellKind, AnyModel>());
  return useCallback(
    (cell: CellKind) => {
      const own = model.cell ?? 'rnn';
      if (own === cell) return;
      remembered.current.set(own, model);
      onModelChange(switchCell(model, cell, remembered.current));
    },
    [model, onModelChange],
  );
}
