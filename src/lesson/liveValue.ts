/**
 * A live value as parts: the TeX around it (symbols that change only with the traced target)
 * and the numbers themselves (which change with every edit of the model). The explore mode
 * renders the TeX with KaTeX once and the numbers as plain text beside it, so that an edit
 * re-renders a few numbers, not a whole formula; `partsTex` gives the same value as one TeX
 * string (for copying, and equal to what gradientTex and compareTex write).
 */
import { frobenius, type Mat } from '../model';
import { numTex, type NumberFormat } from '../i18n/number';
import { gradLhs, truncatedLhs } from './formulas';
import { matTex, relativeDifference, writtenOut } from './tex';

export type LivePart =
  | { readonly kind: 'tex'; readonly tex: string }
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'mat'; readonly value: Mat };

const tex = (t: string): LivePart => ({ kind: 'tex', tex: t });

/** A matrix as matTex writes it: its entries when at most 4×4, else ‖·‖_F = its norm. */
export function matParts(m: Mat): LivePart[] {
  if (!writtenOut(m)) {
    return [tex('\\lVert \\cdot \\rVert_F ='), { kind: 'num', value: frobenius(m) }];
  }
  return [{ kind: 'mat', value: m }];
}

/** ∂E_t/∂p (∂E/∂p when t is null), or its truncated form when `n` is given, = the value. */
export function gradientParts(
  t: number | null,
  value: Mat,
  opts: {
    readonly n?: number | null;
    readonly truncated?: boolean;
    readonly param?: 'U' | 'W';
  } = {},
): LivePart[] {
  const p = opts.param ?? 'W';
  const lhs = opts.truncated ? truncatedLhs(t, opts.n ?? null, p) : gradLhs(t, p);
  return [tex(`${lhs} =`), ...matParts(value)];
}

/** The full gradient g, the truncated one g̃ (window n) and their relative difference. */
export function compareParts(
  full: Mat,
  truncated: Mat,
  opts: { readonly t?: number | null; readonly n?: number | null; readonly param?: 'U' | 'W' } = {},
): LivePart[] {
  const p = opts.param ?? 'W';
  const t = opts.t ?? null;
  return [
    tex(`g = ${gradLhs(t, p)} =`),
    ...matParts(full),
    tex(`,\\quad \\tilde{g} = ${truncatedLhs(t, opts.n ?? null, p)} =`),
    ...matParts(truncated),
    tex(',\\quad \\frac{\\lVert \\tilde{g} - g \\rVert_F}{\\lVert g \\rVert_F} ='),
    { kind: 'num', value: relativeDifference(full, truncated) },
  ];
}

/** The parts as one TeX string. */
export function partsTex(parts: readonly LivePart[], opts: NumberFormat = {}): string {
  return parts
    .map((part) => {
      if (part.kind === 'tex') return part.tex;
      if (part.kind === 'num') return numTex(part.value, opts);
      return matTex(part.value, opts);
    })
    .join(' ')
    .replace(/ ,/g, ',');
}

/** What changes only with the formula's shape (not its numbers): the key of its layout. */
export function partsShape(parts: readonly LivePart[]): string {
  return parts
    .map((p) =>
      p.kind === 'tex' ? p.tex : p.kind === 'num' ? '#' : `[${p.value.rows}×${p.value.cols}]`,
    )
    .join('|');
}
