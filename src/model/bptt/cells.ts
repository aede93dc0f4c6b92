/** Every cell the core knows, by the model's `cell` (absent: the lecture's vanilla cell). */
import type { Cell } from './cell';
import { RNN_CELL } from './rnn';
import type { Model } from './types';

export function cellOf(model: Model): Cell {
  switch (model.cell ?? 'rnn') {
    case 'rnn':
      return RNN_CELL as Cell;
  }
}
