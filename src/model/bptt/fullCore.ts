/**
 * What the lesson's first chunk leaves out of the core, into its registries: the gated cells (the
 * GRU and the LSTM, cells.ts) and σ_max by Lanczos for matrices above JACOBI_MAX (linalg/sigma.ts).
 * The first visit shows a small vanilla RNN and needs neither. Whatever can make or read a model
 * beyond it imports this file and calls installFullCore first: the model parser (io/parse.ts: a
 * link's model, a file, the classroom's sync, the worker), the explore mode's sizes and presets
 * (build/sequence.ts, build/presets.ts), the companions of another cell (the gated chapter, the
 * explore mode's cell switch).
 */
import type { Cell } from './cell';
import { provideCells } from './cells';
import { GRU_CELL } from './gru';
import { LSTM_CELL } from './lstm';
import { topSingular } from '../linalg/lanczos';
import { provideLanczos } from '../linalg/sigma';

/** Adds the gated cells and Lanczos to the core's registries (again: no change). */
export function installFullCore(): void {
  provideCells({ gru: GRU_CELL as unknown as Cell, lstm: LSTM_CELL as unknown as Cell });
  provideLanczos(topSingular);
}
