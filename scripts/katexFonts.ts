/**
 * KaTeX's stylesheet lists every font three times (woff2, woff, ttf), and Vite emits each `url()`
 * it meets: ~1.1 MB of fonts where the woff2 files (~260 KB) serve every browser the app supports.
 * `woff2Only` keeps only the woff2 source of each @font-face; the Vite plugin applies it to the
 * installed `katex/dist/katex.min.css` as it is imported, so it always matches the KaTeX version.
 */
import type { Plugin } from 'vite';

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const SRC = /(^|[{;])(\s*src\s*:)([^;}]*)/g;

/** Splits a `src` list at its top-level commas (not inside quotes or parentheses). */
function splitSources(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

const isWoff2 = (source: string) => /format\(\s*["']?woff2["']?\s*\)|\.woff2\b/.test(source);

/**
 * The stylesheet with each @font-face `src` reduced to its woff2 sources. Throws when a face has
 * no woff2 source, since dropping it would lose the font.
 */
export function woff2Only(css: string): string {
  return css.replace(FONT_FACE, (face) =>
    face.replace(SRC, (_m, lead: string, prop: string, list: string) => {
      const kept = splitSources(list).filter(isWoff2);
      if (kept.length === 0) throw new Error(`@font-face without a woff2 source: ${face}`);
      return `${lead}${prop}${kept.join(',')}`;
    }),
  );
}

/** The font files an @font-face rule list refers to, in order. */
export function fontUrls(css: string): string[] {
  const urls: string[] = [];
  for (const face of css.match(FONT_FACE) ?? []) {
    for (const m of face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) urls.push(m[1]);
  }
  return urls;
}

/** KaTeX's own stylesheet (any path ending in katex.css or katex.min.css inside katex/). */
const KATEX_CSS = /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/;

/** Rewrites KaTeX's stylesheet before Vite resolves its `url()`s, so only woff2 files are emitted. */
export function katexWoff2Only(): Plugin {
  return {
    name: 'bptt:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!KATEX_CSS.test(id.split('?')[0])) return null;
      return { code: woff2Only(code), map: null };
    },
  };
}
