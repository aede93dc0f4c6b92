/**
 * The diagram's HTML overlays, redrawn as SVG for an exported file: the band under the columns
 * (each term's formula as paths, its numbers as text, its share bar) and its row labels; and a
 * caption naming the model. Positions are read from the page as drawn, in the diagram's own
 * coordinates.
 */
import { texToSvg } from './texToSvg';

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);
}

/** A box in the canvas's own (unscaled) coordinates. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The formula in a band row, as paths centred in its box; null where paths cannot be made. */
function formulaMarkup(formula: HTMLElement, box: Box): string | null {
  const tex = formula.dataset.tex ?? '';
  const katex = formula.querySelector('.katex') ?? formula;
  const cs = getComputedStyle(katex);
  const fontSize = parseFloat(cs.fontSize) || 28;
  const colourOf = (cls: string) => {
    const el = formula.querySelector(`.${CSS.escape(cls)}`);
    return el ? getComputedStyle(el).color : null;
  };
  const m = texToSvg(tex, cs.color, colourOf);
  if (!m) return null;
  const w = m.width * fontSize;
  const h = m.height * fontSize;
  const x = box.x + (box.width - w) / 2;
  const y = box.y + (box.height - h) / 2;
  const sized = m.markup.replace(
    /^<svg([^>]*)>/,
    (_, attrs: string) =>
      `<svg${attrs
        .replace(/\swidth="[^"]*"/, '')
        .replace(/\sheight="[^"]*"/, '')
        .replace(
          /\sstyle="[^"]*"/,
          '',
        )} x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${w.toFixed(2)}" height="${h.toFixed(2)}">`,
  );
  return sized;
}

/** A row's text, centred in its box in the row's own font and colour. */
function textMarkup(row: HTMLElement, box: Box): string {
  const text = (row.querySelector('.katex-html') ?? row).textContent?.trim() ?? '';
  if (!text) return '';
  const cs = getComputedStyle(row);
  const style = [
    `font-family: ${cs.fontFamily}`,
    `font-size: ${cs.fontSize}`,
    `font-weight: ${cs.fontWeight}`,
    `font-variant-numeric: tabular-nums`,
    `fill: ${cs.color}`,
  ].join('; ');
  const anchor = cs.justifyContent === 'flex-end' ? 'end' : 'middle';
  const x = anchor === 'end' ? box.x + box.width - 6 : box.x + box.width / 2;
  const cut = cs.textDecorationLine.includes('line-through')
    ? ' text-decoration="line-through"'
    : '';
  // On the alphabetic baseline (renderers differ on 'central'): digits centred in the row.
  const y = box.y + box.height / 2 + 0.36 * (parseFloat(cs.fontSize) || 28);
  return `<text x="${x.toFixed(2)}" y="${y.toFixed(2)}" text-anchor="${anchor}"${cut} style="${escapeXml(style)}">${escapeXml(text)}</text>`;
}

/**
 * The share bar along a row's bottom, when it has one, as on screen: a zero line in the middle and
 * the bar from it, `--share` % of the box (signed): rightwards and filled when positive, leftwards
 * and hollow when negative.
 */
function barMarkup(row: HTMLElement, box: Box): string {
  const share = row.classList.contains('has-bar') ? row.style.getPropertyValue('--share') : '';
  if (!share) return '';
  const signed = Math.max(-0.5, Math.min(0.5, parseFloat(share) / 100));
  const cs = getComputedStyle(row);
  const fill = escapeXml(cs.getPropertyValue('--app-bar').trim() || '#0b5cad');
  const muted = escapeXml(cs.getPropertyValue('--app-muted').trim() || '#5c5c5c');
  const mid = box.x + box.width / 2;
  const bottom = box.y + box.height;
  const zero = `<rect x="${(mid - 1).toFixed(2)}" y="${(bottom - 9).toFixed(2)}" width="2" height="12" fill="${muted}"/>`;
  if (!(Math.abs(signed) > 0)) return zero;
  const w = box.width * Math.abs(signed);
  const x = signed < 0 ? mid - w : mid;
  const bar =
    signed < 0
      ? `<rect x="${(x + 1).toFixed(2)}" y="${(bottom - 5).toFixed(2)}" width="${Math.max(0, w - 2).toFixed(2)}" height="4" fill="none" stroke="${fill}" stroke-width="2"/>`
      : `<rect x="${x.toFixed(2)}" y="${(bottom - 6).toFixed(2)}" width="${w.toFixed(2)}" height="6" fill="${fill}"/>`;
  return zero + bar;
}

/**
 * The band of the diagram drawn in `canvas` (the .dg-canvas around the <svg>), as SVG markup in
 * the canvas's coordinates. The row labels are drawn at `left` (the export's left edge) whatever
 * the scroll position (on screen they stay in view).
 */
export function bandMarkup(canvas: HTMLElement, left = 0): string {
  const c = canvas.getBoundingClientRect();
  const scale = canvas.offsetWidth > 0 ? c.width / canvas.offsetWidth : 1;
  const scroller = canvas.parentElement;
  const scrolled = scroller ? scroller.scrollLeft : 0;
  const out: string[] = [];
  for (const row of canvas.querySelectorAll<HTMLElement>(
    '.dg-annotation .term-annot__sym, .dg-annotation .term-annot__row',
  )) {
    const r = row.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const sticky = row.closest('.dg-sticky-left') ? scrolled - left : 0;
    const box = {
      x: (r.left - c.left) / scale - sticky,
      y: (r.top - c.top) / scale,
      width: r.width / scale,
      height: r.height / scale,
    };
    const formula = row.querySelector<HTMLElement>('.formula[data-tex]');
    out.push(barMarkup(row, box));
    out.push((formula && formulaMarkup(formula, box)) || textMarkup(row, box));
  }
  return `<g class="export-band">${out.join('')}</g>`;
}

/** The width of the band's row labels (kept in view at the left), in canvas coordinates. */
export function legendWidth(canvas: HTMLElement): number {
  const c = canvas.getBoundingClientRect();
  const scale = canvas.offsetWidth > 0 ? c.width / canvas.offsetWidth : 1;
  let w = 0;
  for (const el of canvas.querySelectorAll<HTMLElement>('.dg-sticky-left'))
    w = Math.max(w, el.getBoundingClientRect().width / scale);
  return w;
}

/** The caption's size, and the characters of a line at that size in a diagram this wide. */
const CAPTION_FONT = 22;
const CAPTION_LINE = 30;

/** The caption's lines: broken at spaces to fit `width`. */
function captionLines(text: string, width: number): string[] {
  const room = Math.max(20, Math.floor((width - 32) / (CAPTION_FONT * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > room && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The caption under an exported diagram (the model it shows), and the height it takes. */
export function caption(text: string, width: number, fg: string) {
  const lines = captionLines(text, width);
  return {
    height: 16 + lines.length * CAPTION_LINE,
    markup: (top: number) =>
      `<text data-export-caption="true" style="font-family: system-ui, 'DejaVu Sans', sans-serif; font-size: ${CAPTION_FONT}px; fill: ${escapeXml(fg)}">${lines
        .map(
          (l, i) =>
            `<tspan x="16" y="${(top + 8 + (i + 0.75) * CAPTION_LINE).toFixed(2)}">${escapeXml(l)}</tspan>`,
        )
        .join('')}</text>`,
  };
}
