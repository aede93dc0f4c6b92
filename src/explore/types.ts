/** Shared shapes of the explore mode's components. */
import type { AnyModel } from '../model';
import type { Lang } from '../i18n';

/** How weights are drawn when they must be (not part of the model file). */
export interface Recipe {
  /** The sequence as text (used when the inputs come from a text). */
  readonly text: string;
  readonly seed: number;
  /** Multiplies the drawn weights. */
  readonly scale: number;
}

/** The loss traced: one E_t, or the whole E = Σ_t E_t. */
export type Trace = number | 'all';

/** What every explore view receives. */
export interface ModelViewProps {
  readonly model: AnyModel;
  readonly lang: Lang;
}

/** A view that can change the model. */
export interface ModelEditProps extends ModelViewProps {
  readonly onModelChange: (model: AnyModel) => void;
}
