import { useEffect, useState } from 'react';
import type { AnyModel } from '../model';
import { encodedModelLink, encodeModelLink } from '../url';

export interface PackedModel {
  /** The model's text for a link's fragment; null while it is encoded, or when no model is asked. */
  readonly text: string | null;
  /** True while the model is being encoded (compression is asynchronous). */
  readonly pending: boolean;
}

/**
 * A model packed for a link (`model=z.…`). Encoding is asynchronous; the result is kept with the
 * model it belongs to, so a newer model never shows an older model's text.
 */
export function usePackedModel(model: AnyModel | null): PackedModel {
  const [done, setDone] = useState<{ model: AnyModel; text: string | null } | null>(null);
  useEffect(() => {
    if (!model) return;
    let live = true;
    encodeModelLink(model).then(
      (text) => live && setDone({ model, text }),
      () => live && setDone({ model, text: null }),
    );
    return () => {
      live = false;
    };
  }, [model]);
  if (!model) return { text: null, pending: false };
  const known = encodedModelLink(model);
  if (known !== undefined) return { text: known, pending: false };
  const ready = done?.model === model;
  return { text: ready ? done.text : null, pending: !ready };
}
