/**
 * Extreme numbers and long sequences: for every preset, after 20,000 training steps and at
 * T = 64 and T = 256, at the start of the sequence, at t★ and at its end, the diagram's labels,
 * the term table's cells and the row labels do not overlap each other or another node's shape,
 * stay inside the diagram, and the row labels stay in view while the columns scroll.
 */
import { expect, test, type Page } from '@playwright/test';
import { defaultModel, randomModel, train, type Model } from '../../src/model';
import { buildPreset, PRESET_IDS } from '../../src/model/build/presets';
import { encodeModelParam } from '../../src/model/io/urlcodec';

interface Clashes {
  readonly overlaps: string[];
  readonly onShapes: string[];
  readonly outside: string[];
  readonly legendHidden: string[];
  readonly count: number;
}

/** Runs in the page: every text of the lesson's diagram against every other and every shape. */
function clashes(page: Page): Promise<Clashes> {
  return page.evaluate(() => {
    const root = document.querySelector('.app-diagram')!;
    const panel = root.querySelector('.diagram-panel')!.getBoundingClientRect();
    const canvas = root.querySelector('.dg-canvas')!.getBoundingClientRect();
    // The ink a person sees: KaTeX's visible part (not its MathML), else the text's own box.
    const textBox = (el: Element) => {
      const r = document.createRange();
      const html = [...el.querySelectorAll('.katex-html')];
      if (html.length === 0) {
        r.selectNodeContents(el);
        return r.getBoundingClientRect();
      }
      const boxes = html.map((h) => h.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      const right = Math.max(...boxes.map((b) => b.right));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    };
    type Item = { el: Element; box: DOMRect; node: string | null; text: string };
    const items: Item[] = [];
    const add = (el: Element) => {
      const text = (el.querySelector('.katex-html') ?? el).textContent?.trim() ?? '';
      if (!text) return;
      const box = textBox(el);
      if (box.width < 1 || box.height < 1) return;
      items.push({
        el,
        box,
        node: el.closest('[data-node]')?.getAttribute('data-node') ?? null,
        text: text.slice(0, 20),
      });
    };
    root.querySelectorAll('.dg-svg text').forEach(add);
    root.querySelectorAll('.term-annot__row, .term-annot__sym').forEach((el) => add(el));
    const shapes = [...root.querySelectorAll('.dg-node')].map((n) => ({
      node: n.getAttribute('data-node'),
      box: n.querySelector('.dg-node-shape')!.getBoundingClientRect(),
    }));
    const meet = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const overlaps: string[] = [];
    const onShapes: string[] = [];
    const outside: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const a = items[i];
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // The row labels are opaque and on top: the columns scroll under them, hidden.
        if (!!a.el.closest('.dg-sticky-left') !== !!b.el.closest('.dg-sticky-left')) continue;
        if (meet(a.box, b.box)) overlaps.push(`"${a.text}" × "${b.text}"`);
      }
      for (const s of shapes)
        if (s.node !== a.node && meet(a.box, s.box)) onShapes.push(`"${a.text}" on ${s.node}`);
      const b = a.box;
      if (
        b.left < canvas.left - 1 ||
        b.right > canvas.right + 1 ||
        b.top < canvas.top - 1 ||
        b.bottom > canvas.bottom + 1
      )
        outside.push(`"${a.text}"`);
    }
    const legendHidden = [...root.querySelectorAll('.term-annot--legend .term-annot__row')]
      .map((el) => ({ el, b: textBox(el) }))
      .filter(({ b }) => b.width > 0 && (b.left < panel.left - 1 || b.right > panel.right + 1))
      .map(({ el }) => el.textContent ?? '');
    return {
      overlaps: overlaps.slice(0, 5),
      onShapes: onShapes.slice(0, 5),
      outside: outside.slice(0, 5),
      legendHidden,
      count: items.length,
    };
  });
}

const TRAINED = train(defaultModel(1), 20_000, { lr: 0.1, clip: null }).model;
const T64 = randomModel({ seed: 3, T: 64, H: 4, D: 4, K: 4 });
/** A name, a model, and the link's other settings. */
const CASES: readonly [string, Model, string][] = [
  ...PRESET_IDS.map((id): [string, Model, string] => [`preset ${id}`, buildPreset(id), '']),
  ['20,000 training steps', TRAINED, ''],
  ['T = 64', T64, ''],
  ['T = 64, t★ = 60', T64, '&target=60'],
  ['T = 256', randomModel({ seed: 5, T: 256, H: 3, D: 3, K: 3 }), ''],
];
const STEPS_SHOWN = ['#/sum-over-k/sum', '#/jacobian/sum', '#/truncation/compare'];

test.describe('labels under stress', () => {
  for (const [name, model, query] of CASES) {
    test(`${name}: no label overlaps or leaves the diagram, at the start, t★ and the end`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1024, height: 768 });
      for (const hash of STEPS_SHOWN) {
        await page.goto(`/?lang=en${query}&model=${encodeModelParam(model)}${hash}`);
        await page.locator('.app-diagram .term-annot').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        const scroller = page.locator('.app-diagram .dg-scroll');
        for (const at of ['t★', 'start', 'end'] as const) {
          if (at !== 't★')
            await scroller.evaluate(
              (el, end) => (el.scrollLeft = end ? el.scrollWidth : 0),
              at === 'end',
            );
          await page.waitForTimeout(100);
          const c = await clashes(page);
          const where = `${name}, ${hash}, at ${at}`;
          if (at === 't★') {
            // Opened where the lesson is: the traced s_t★ in view (a link with a model and no
            // target traces t★ = min(3, T − 1), as such links always did).
            const tStar = query
              ? Number(query.split('=')[1])
              : Math.min(3, model.targets.length - 1);
            const id = `s-${tStar}`;
            const seen = await page.evaluate((id) => {
              const panel = document
                .querySelector('.app-diagram .dg-scroll')!
                .getBoundingClientRect();
              const b = document
                .querySelector(`.app-diagram [data-node="${id}"]`)
                ?.getBoundingClientRect();
              return !!b && b.left >= panel.left - 1 && b.right <= panel.right + 1;
            }, id);
            expect(seen, `${where}: s_t★ in view`).toBe(true);
          }
          expect(c.count, where).toBeGreaterThan(0);
          expect(c.overlaps, `${where}: overlapping labels`).toEqual([]);
          expect(c.onShapes, `${where}: labels on another node`).toEqual([]);
          expect(c.outside, `${where}: labels outside the diagram`).toEqual([]);
          expect(c.legendHidden, `${where}: row labels scrolled away`).toEqual([]);
        }
      }
    });
  }
});

test('a long sequence opens at its traced target, far from the start', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const model = randomModel({ seed: 3, T: 64, H: 4, D: 4, K: 4 });
  await page.goto(`/?lang=en&target=60&model=${encodeModelParam(model)}#/sum-over-k/sum`);
  await page.locator('.app-diagram [data-node="s-60"]').waitFor();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const panel = document.querySelector('.app-diagram .dg-scroll')!.getBoundingClientRect();
        const b = document
          .querySelector('.app-diagram [data-node="E-60"]')!
          .getBoundingClientRect();
        return b.left >= panel.left - 1 && b.right <= panel.right + 1;
      }),
    )
    .toBe(true);
  // The row labels stay at the left edge, in view.
  const legend = await page.locator('.app-diagram .dg-annotation--legend').boundingBox();
  const scroller = await page.locator('.app-diagram .dg-scroll').boundingBox();
  expect(legend!.x).toBeGreaterThanOrEqual(scroller!.x - 1);
  expect(legend!.x + legend!.width).toBeLessThanOrEqual(scroller!.x + scroller!.width);
});
