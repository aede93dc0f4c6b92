/// <reference types="vite/client" />
/**
 * The one KaTeX entry point. Renders TeX to a string (memoised, with a module-level cache) and
 * keeps the source in data-tex and in KaTeX's MathML annotation.
 *
 * KaTeX (its script and its stylesheet with the fonts) is a chunk of its own, fetched as soon as
 * this module runs, so the first screen (the title step has no formula) does not wait for it; a
 * formula shows when KaTeX has arrived, and its TeX source if KaTeX cannot be loaded at all.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { KatexOptions } from 'katex';
import { KATEX_OPTIONS } from './katexOptions';

export interface FormulaProps {
  readonly tex: string;
  /** Display style in a centred block (breaking at top-level relations when too wide). */
  readonly display?: boolean;
  readonly className?: string;
  /** A spoken label; when given, the formula is exposed as one image with this name. */
  readonly label?: string;
}

interface Katex {
  renderToString(tex: string, options?: KatexOptions): string;
}

type LoadState = 'loading' | 'ready' | 'failed';

let katex: Katex | null = null;
let state: LoadState = 'loading';
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function settle(next: LoadState): void {
  state = next;
  for (const l of listeners) l();
}

/** Loads KaTeX once (later calls return the same promise); resolves when formulas can render. */
export function loadKatex(): Promise<void> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([mod]) => {
      katex = mod.default;
      settle('ready');
    },
    () => settle('failed'),
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const getState = () => state;

/** Rendered formulas by `tex|display`; the oldest entries go first when it is full. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 600;

/** The HTML of a formula, or null while KaTeX is not loaded. */
export function renderTex(tex: string, display: boolean): string | null {
  if (!katex) return null;
  const key = `${tex}|${display ? 'd' : 'i'}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = display ? breakableDisplay(katex, tex) : katex.renderToString(tex, KATEX_OPTIONS);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, html);
  return html;
}

const DISPLAY_STYLE = '\\displaystyle ';

/**
 * Display style laid out as text: a formula wider than its box breaks after a relation or an
 * operator at its top level (KaTeX's display mode never breaks) and keeps its full size. The
 * MathML annotation keeps the source as written.
 */
function breakableDisplay(k: Katex, tex: string): string {
  const html = k
    .renderToString(DISPLAY_STYLE + tex, KATEX_OPTIONS)
    .replace(
      '<annotation encoding="application/x-tex">\\displaystyle ',
      '<annotation encoding="application/x-tex">',
    );
  return `<span class="katex-display formula-breakable">${html}</span>`;
}

export function Formula({ tex, display = false, className, label }: FormulaProps) {
  const load = useSyncExternalStore(subscribe, getState, getState);
  const html = useMemo(
    () => (load === 'ready' ? renderTex(tex, display) : null),
    [tex, display, load],
  );
  const Tag = display ? 'div' : 'span';
  const cls = ['formula', display ? 'formula-display' : 'formula-inline', className];
  const a11y = label ? { role: 'img', 'aria-label': label } : {};
  if (html === null) {
    // Until KaTeX arrives: an empty, busy box; if it never does, the TeX source as text.
    return (
      <Tag
        className={[...cls, load === 'failed' ? 'formula-source' : 'formula-pending']
          .filter(Boolean)
          .join(' ')}
        data-tex={tex}
        aria-busy={load === 'loading' ? true : undefined}
        {...a11y}
      >
        {load === 'failed' ? tex : null}
      </Tag>
    );
  }
  return (
    <Tag
      className={cls.filter(Boolean).join(' ')}
      data-tex={tex}
      {...a11y}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

// Fetch KaTeX at once, in parallel with the first render.
void loadKatex();

export default Formula;
