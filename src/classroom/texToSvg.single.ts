/**
 * The single-file build's stand-in for texToSvg: MathJax (1.6 MB) would be inlined into the one
 * HTML file and parsed on every start, for the rare export. There an exported band writes each
 * formula as its plain text instead of as paths.
 */
import type { TexSvg } from './texToSvg';

export const EX_PER_EM = 0.431;

export function texToSvg(): TexSvg | null {
  return null;
}
