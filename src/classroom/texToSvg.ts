/**
 * TeX to SVG paths, for exported diagrams only (a chunk loaded when exporting): KaTeX draws
 * formulas with HTML and fonts, which an SVG file cannot carry, and foreignObject is ignored by
 * librsvg, Inkscape and slide software. MathJax's SVG output writes each glyph as a path.
 * KaTeX's \htmlClass{term-…}{…} becomes \color{#…}{…} in the colour the class has on screen.
 */
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import 'mathjax-full/js/input/tex/color/ColorConfiguration.js';

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const doc = mathjax.document('', {
  InputJax: new TeX({ packages: ['base', 'ams', 'color'] }),
  OutputJax: new SVG({ fontCache: 'none' }),
});

/** MathJax's ex, in em (its TeX fonts' x-height). */
export const EX_PER_EM = 0.431;

export interface TexSvg {
  /** An <svg> element's markup, sized in ex. */
  readonly markup: string;
  /** Its size and baseline offset in em. */
  readonly width: number;
  readonly height: number;
  readonly depth: number;
}

/** `#b35000` → `B35000`; null for anything that is not a six-digit hex colour. */
function hexOf(colour: string): string | null {
  const m = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (m) return m[1].toUpperCase();
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour.trim());
  if (!rgb) return null;
  return rgb
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * The formula as SVG paths. `colourOf` gives the colour a term class has on screen (null: the
 * text colour); `fg` is the text colour.
 */
export function texToSvg(
  tex: string,
  fg: string,
  colourOf: (cls: string) => string | null,
): TexSvg | null {
  const coloured = tex.replace(/\\htmlClass\{([^{}]*)\}/g, (_, cls: string) => {
    const hex = hexOf(colourOf(cls) ?? '');
    return hex ? `\\color{#${hex}}` : '';
  });
  const base = hexOf(fg);
  const source = base ? `\\color{#${base}}{${coloured}}` : coloured;
  const node = doc.convert(source, { display: false });
  const svg = adaptor.firstChild(node) as Parameters<typeof adaptor.outerHTML>[0];
  const ex = (name: string) => parseFloat(adaptor.getAttribute(svg, name) ?? '0') * EX_PER_EM;
  const style = adaptor.getAttribute(svg, 'style') ?? '';
  const valign = /vertical-align:\s*(-?[\d.]+)ex/.exec(style);
  const depth = valign ? -parseFloat(valign[1]) * EX_PER_EM : 0;
  return {
    markup: adaptor.outerHTML(svg),
    width: ex('width'),
    height: ex('height'),
    depth,
  };
}
