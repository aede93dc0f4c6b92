/**
 * What a person in the room sees, measured in the page: every visible text's size in CSS pixels
 * of the window (computed font size × the stage's scale), the body text and display formulas,
 * text clipped by its box, and pairs of text boxes that overlap. Runs inside the page
 * (page.evaluate), so it is self-contained.
 */
import type { Page } from '@playwright/test';

export interface Legibility {
  readonly scale: number;
  readonly layout: string;
  /** The smallest visible text, in window pixels, and what it says. */
  readonly smallest: { readonly px: number; readonly text: string };
  /** Texts under `minPx` (up to 5), with their sizes. */
  readonly small: readonly string[];
  /** The smallest visible text outside formulas and exponents (scripts, small by design). */
  readonly plain: number;
  /** The smallest body paragraph of the step panel (Infinity when none). */
  readonly body: number;
  /** The smallest display formula's .katex (Infinity when none). */
  readonly formula: number;
  /** The title's text is whole (not cut, not hidden). */
  readonly titleWhole: boolean;
  /** Text boxes that overlap another text (up to 5). */
  readonly overlaps: readonly string[];
  /** Header and footer controls that reach past the stage or overlap each other (up to 5). */
  readonly chrome: readonly string[];
}

export function measureLegibility(page: Page, minPx: number): Promise<Legibility> {
  return page.evaluate((minPx) => {
    const stage = document.querySelector<HTMLElement>('.stage')!;
    const scale = Number(stage.dataset.scale);
    const sizeOf = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * scale;
    const visible = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
          return false;
      }
      return true;
    };
    // The box of a text as the user sees it: cut by every ancestor that clips.
    const clipped = (el: Element, r: DOMRect) => {
      let { left, top, right, bottom } = r;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const q = a.getBoundingClientRect();
          left = Math.max(left, q.left);
          top = Math.max(top, q.top);
          right = Math.min(right, q.right);
          bottom = Math.min(bottom, q.bottom);
        }
      }
      return { left, top, right, bottom };
    };
    const hidden = '.visually-hidden, .toolbar__label, .katex-mathml, script, style, title, desc';
    const texts: { el: Element; px: number; text: string; box: ReturnType<typeof clipped> }[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.nodeValue?.trim() ?? '';
      if (!el || !text || el.closest(hidden) || !visible(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const box = clipped(el, range.getBoundingClientRect());
      if (box.right - box.left < 1 || box.bottom - box.top < 1) continue;
      if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
        continue;
      texts.push({ el, px: sizeOf(el), text: text.slice(0, 24), box });
    }
    const smallest = texts.reduce((m, t) => (t.px < m.px ? t : m), {
      px: Infinity,
      text: '',
    } as { px: number; text: string });
    const small = texts
      .filter((t) => t.px < minPx - 0.05)
      .slice(0, 5)
      .map((t) => `"${t.text}" ${t.px.toFixed(1)} px`);
    const scripts = '.katex, .dc-exp, .dg-sub';
    const plain = Math.min(
      Infinity,
      ...texts.filter((t) => !t.el.closest(scripts)).map((t) => t.px),
    );
    const min = (els: Iterable<Element>) =>
      Math.min(Infinity, ...[...els].filter(visible).map(sizeOf));
    const title = document.querySelector('.app-title');
    const titleWhole =
      !!title &&
      title.scrollWidth <= title.clientWidth + 1 &&
      title.scrollHeight <= title.clientHeight + 1 &&
      getComputedStyle(title).textOverflow !== 'ellipsis';
    // Overlapping text: boxes of texts outside KaTeX (KaTeX's own glyph boxes nest and touch).
    const outside = texts.filter((t) => !t.el.closest('.katex'));
    const overlaps: string[] = [];
    for (let i = 0; i < outside.length && overlaps.length < 5; i++)
      for (let j = i + 1; j < outside.length && overlaps.length < 5; j++) {
        const a = outside[i];
        const b = outside[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // The diagram's row labels are opaque and on top: the columns scroll under them.
        if (!!a.el.closest('.dg-sticky-left') !== !!b.el.closest('.dg-sticky-left')) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 2 && h > 2) overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    const controls = [
      ...document.querySelectorAll(
        '.app-header button, .app-header .progress, .app-title, .app-footer button',
      ),
    ].filter(visible);
    const chrome: string[] = [];
    const s = stage.getBoundingClientRect();
    const boxes = controls.map((el) => el.getBoundingClientRect());
    controls.forEach((el, i) => {
      const b = boxes[i];
      if (b.left < s.left - 0.5 || b.right > s.right + 0.5 || b.bottom > s.bottom + 0.5)
        chrome.push(`${el.textContent} outside the stage`);
      for (let j = i + 1; j < controls.length; j++) {
        const c = boxes[j];
        if (
          Math.min(b.right, c.right) - Math.max(b.left, c.left) > 0.5 &&
          Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top) > 0.5
        )
          chrome.push(`${el.textContent} × ${controls[j].textContent}`);
      }
    });
    return {
      scale,
      layout: stage.dataset.layout ?? '',
      smallest: { px: smallest.px, text: smallest.text },
      small,
      plain,
      body: min(document.querySelectorAll('.step-panel__body p')),
      formula: min(document.querySelectorAll('.app-panel .formula-breakable > .katex')),
      titleWhole,
      overlaps,
      chrome: chrome.slice(0, 5),
    };
  }, minPx);
}
