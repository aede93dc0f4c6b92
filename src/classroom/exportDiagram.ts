/**
 * The diagram on screen as a standalone file: its <svg> serialised with every element's computed
 * paint and text style inlined (so the theme's CSS variables are resolved), the theme variables on
 * the root, and the background drawn in; PNG through a canvas. Nothing is fetched.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed properties that decide how an SVG element looks. */
const STYLE_PROPS = [
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'marker-start',
  'marker-mid',
  'marker-end',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
] as const;

/** The theme's custom properties (diagram and app) as they resolve at the diagram. */
function themeVariables(style: CSSStyleDeclaration): string {
  const out: string[] = [];
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    if (/^--(c|t|dg|app)-/.test(name)) {
      const v = style.getPropertyValue(name).trim();
      if (v) out.push(`${name}: ${v}`);
    }
  }
  return out.join('; ');
}

function inlineStyles(source: Element, copy: Element): void {
  const cs = getComputedStyle(source);
  const decl = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto')
    .map(([p, v]) => `${p}: ${v}`)
    .join('; ');
  if (decl) copy.setAttribute('style', decl);
  copy.removeAttribute('tabindex');
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i], to[i]);
}

/** What an export adds under and over the diagram's own drawing. */
export interface SvgExtras {
  /** SVG markup drawn over the diagram, in its coordinates (the band). */
  readonly over?: string;
  /** Height added under the diagram, and what goes there (at y = its old height). */
  readonly below?: { readonly height: number; readonly markup: (y: number) => string };
  /** The part of the diagram's width kept (a long sequence draws only the columns in view). */
  readonly crop?: { readonly x: number; readonly width: number };
}

/**
 * A standalone SVG document of the element, as it looks now: its texts as drawn (numbers in the
 * language's style); the numbers written here are the document's geometry, plain.
 */
export function serializeSvg(svg: SVGSVGElement, extras: SvgExtras = {}): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const rootStyle = getComputedStyle(svg);
  const box = svg.getBoundingClientRect();
  const x0 = extras.crop?.x ?? 0;
  const width = extras.crop?.width ?? (svg.width.baseVal.value || box.width);
  const drawn = svg.height.baseVal.value || box.height;
  const height = drawn + (extras.below?.height ?? 0);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `${x0} 0 ${width} ${height}`);
  const vars = themeVariables(rootStyle);
  const own = copy.getAttribute('style') ?? '';
  copy.setAttribute('style', [vars, own].filter(Boolean).join('; '));
  const bg = rootStyle.getPropertyValue('--dg-bg').trim() || '#ffffff';
  const rect = document.createElementNS(SVG_NS, 'rect');
  const vb = copy.viewBox.baseVal;
  rect.setAttribute('x', String(vb?.x ?? 0));
  rect.setAttribute('y', String(vb?.y ?? 0));
  rect.setAttribute('width', String(vb?.width || width));
  rect.setAttribute('height', String(vb?.height || height));
  rect.setAttribute('fill', bg);
  rect.setAttribute('data-export-background', 'true');
  const anchor = Array.from(copy.children).find(
    (c) => c.tagName !== 'title' && c.tagName !== 'desc',
  );
  copy.insertBefore(rect, anchor ?? null);
  const xml = new XMLSerializer().serializeToString(copy);
  const below = extras.below ? extras.below.markup(drawn) : '';
  const added =
    (extras.over ?? '') + (below && x0 ? `<g transform="translate(${x0} 0)">${below}</g>` : below);
  const close = xml.lastIndexOf('</svg>');
  const doc = added && close >= 0 ? xml.slice(0, close) + added + xml.slice(close) : xml;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doc}`;
}

/** Renders an SVG document to a PNG at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const w = Math.max(1, Math.round(img.naturalWidth * scale));
  const h = Math.max(1, Math.round(img.naturalHeight * scale));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0, w, h);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Offers a file to the user (the browser's download). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The lesson's main diagram (not a preview), or null. */
export function findDiagramSvg(doc: Document = document): SVGSVGElement | null {
  return (
    doc.querySelector<SVGSVGElement>('.app-diagram svg.dg-svg') ??
    doc.querySelector<SVGSVGElement>('svg.dg-svg')
  );
}

/** `bptt-step-03-2` for step 3, sub-step 2. */
export function exportName(stepIndex: number, sub: number): string {
  return `bptt-step-${String(stepIndex + 1).padStart(2, '0')}-${sub + 1}`;
}

export type ExportKind = 'svg' | 'png';

/** The columns a long sequence's diagram draws (t = lo … hi), when not all of them. */
export function drawnColumns(svg: SVGSVGElement): { lo: number; hi: number; T: number } | null {
  const root = svg.closest<HTMLElement>('.dg-root');
  const [lo, hi] = (root?.dataset.drawn ?? '').split(':').map(Number);
  const T = Number(root?.dataset.steps);
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || !Number.isInteger(T)) return null;
  return lo > -1 || hi < T - 1 ? { lo, hi, T } : null;
}

/**
 * The part of a long sequence's diagram worth a file: its drawn columns and, at their left, room
 * for the band's row labels. Null when the whole diagram is drawn.
 */
function croppedWidth(svg: SVGSVGElement, legend: number): { x: number; width: number } | null {
  if (!drawnColumns(svg)) return null;
  const full = svg.width.baseVal.value;
  const b = svg.getBBox();
  if (!(b.width > 0) || !(full > 0)) return null;
  const x = Math.max(0, Math.floor(b.x - legend - 16));
  const right = Math.min(full, Math.ceil(b.x + b.width + 16));
  return right > x ? { x, width: right - x } : null;
}

/**
 * Saves the diagram on screen with its band (formulas as paths, through MathJax, loaded here) and
 * a caption line naming the model; resolves false when there is none or it cannot be drawn.
 */
export async function exportDiagram(
  kind: ExportKind,
  name: string,
  caption: string,
): Promise<boolean> {
  const svg = findDiagramSvg();
  if (!svg) return false;
  try {
    const band = await import('./exportBand');
    const canvas = svg.parentElement;
    const fg = getComputedStyle(svg).getPropertyValue('--dg-fg').trim() || '#111111';
    const crop = croppedWidth(svg, canvas ? band.legendWidth(canvas) : 0);
    const text = serializeSvg(svg, {
      over: canvas ? band.bandMarkup(canvas, crop?.x ?? 0) : '',
      below: band.caption(caption, crop?.width ?? svg.width.baseVal.value, fg),
      crop: crop ?? undefined,
    });
    const blob =
      kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text, 2);
    downloadBlob(blob, `${name}.${kind}`);
    return true;
  } catch {
    return false;
  }
}
