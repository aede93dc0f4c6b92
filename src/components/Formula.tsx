/// <reference types="vite/client" />
/**
 * The one KaTeX entry point. Renders TeX to a string (memoised, with a module-level cache) and
 * keeps the source in data-tex and in KaTeX's MathML annotation.
 */
import { useMemo } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { KATEX_OPTIONS } from './katexOptions';

export interface FormulaProps {
  readonly tex: string;
  /** Display mode (a centred block) instead of inline. */
  readonly display?: boolean;
  readonly className?: string;
  /** A spoken label; when given, the formula is exposed as one image with this name. */
  readonly label?: string;
}

/** Rendered formulas by `tex|display`; the oldest entries go first when it is full. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 600;

export function renderTex(tex: string, display: boolean): string {
  const key = `${tex}|${display ? 'd' : 'i'}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, html);
  return html;
}

export function Formula({ tex, display = false, className, label }: FormulaProps) {
  const html = useMemo(() => renderTex(tex, display), [tex, display]);
  const Tag = display ? 'div' : 'span';
  const cls = ['formula', display ? 'formula-display' : 'formula-inline', className]
    .filter(Boolean)
    .join(' ');
  return (
    <Tag
      className={cls}
      data-tex={tex}
      {...(label ? { role: 'img', 'aria-label': label } : {})}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export default Formula;
