/**
 * A parameter's name as the screen writes it: U, W, V, or a gate's weight with the gate as a
 * subscript (U<sub>z</sub>, W<sub>f</sub>, b<sub>i</sub>). `template`, when given, is a text that
 * holds the name at PARAM_MARK (a translated string built with `{p}: PARAM_MARK`), so that a
 * sentence such as "∂E₃/∂U_z" gets the real subscript.
 */
import { Fragment } from 'react';
import type { ParamName as Name } from '../model';
import { paramParts } from './paramLabels';

/** Where a template holds the name: a private-use character no catalog text contains. */
export const PARAM_MARK = '\uE000';

export interface ParamLabelProps {
  readonly name: Name;
  readonly template?: string;
}

export function ParamLabel({ name, template }: ParamLabelProps) {
  const { base, gate } = paramParts(name);
  const written = (
    <span className="xp-param" data-param-name={name}>
      {base}
      {gate !== null && <sub>{gate}</sub>}
    </span>
  );
  if (template === undefined) return written;
  const parts = template.split(PARAM_MARK);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && written}
          {part}
        </Fragment>
      ))}
    </>
  );
}

export default ParamLabel;
