/**
 * The Jacobian products of a model's state transition and their σ_max, off the main thread: for a
 * gated cell of some size (the LSTM's over (s, c), 2H × 2H) they take longer than a frame. Reads a
 * model file's JSON and a target; answers with ‖∂(state)_t★/∂(state)_k‖₂ for k = 0 … t★. A message
 * it cannot read is answered with an error, never trusted.
 */
import { CELL_KINDS, forward, jacobianNorms } from '../model';
import { parseModel } from '../model/io/parse';

interface Job {
  readonly id: number;
  readonly model: unknown;
  readonly t: number;
}

const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<Job>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = (ev) => {
  const { id, model, t } = ev.data ?? ({} as Job);
  try {
    const parsed = parseModel(model, { cells: CELL_KINDS });
    if (!parsed.ok || !Number.isInteger(t)) throw new Error('bad job');
    const norms = jacobianNorms(parsed.model, forward(parsed.model), t).productNorm;
    scope.postMessage({ id, norms }, [norms.buffer]);
  } catch {
    scope.postMessage({ id, error: true });
  }
};
