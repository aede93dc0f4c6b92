/**
 * Real rooms: the lesson on a 4:3 projector (1024×768), a small laptop (1280×720), 1080p and a
 * phone held upright (360×800), in both languages and the projector theme, at every step and
 * sub-step: text sizes as the room sees them (computed size × the stage's scale), display
 * formulas, the whole title, no overlapping text, the chrome inside the stage.
 */
import { expect, test } from '@playwright/test';
import { OPEN_PROMPT, PREDICTIONS_ON } from './predictions';
import { STEPS } from '../../src/lesson/steps';
import { substepCount } from '../../src/lesson/substeps';
import { defaultModel } from '../../src/model';
import { measureLegibility } from './legibility';
import { collectErrors } from './pageErrors';

test.use({ storageState: PREDICTIONS_ON });

const MODEL = defaultModel(1);
const T = MODEL.targets.length;
const COUNTS = STEPS.map((s) => substepCount(s, { T, t: Math.min(3, T - 1) }));
const POSITIONS = COUNTS.reduce((a, n) => a + n, 0);

interface Room {
  readonly width: number;
  readonly height: number;
  readonly layout: string;
  /** No text below this (window px), formulas' scripts included. */
  readonly min: number;
  /** No text outside formulas and exponents below this. */
  readonly plain: number;
  readonly body: number;
  readonly formula: number;
}

const ROOMS: readonly Room[] = [
  { width: 1024, height: 768, layout: 'narrow', min: 14, plain: 14, body: 22, formula: 28 },
  { width: 1280, height: 720, layout: 'wide', min: 14, plain: 14, body: 22, formula: 28 },
  { width: 1920, height: 1080, layout: 'wide', min: 14, plain: 14, body: 28, formula: 28 },
  { width: 360, height: 800, layout: 'tall', min: 12, plain: 16, body: 16, formula: 16 },
  // A phone held sideways: the panels scroll, the text does not shrink below 16 px.
  { width: 800, height: 360, layout: 'wide', min: 10, plain: 14, body: 16, formula: 16 },
];

test.describe('real rooms', () => {
  for (const room of ROOMS) {
    test(`every step at ${room.width}×${room.height}: sizes, title, no overlaps`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: room.width, height: room.height });
      for (const lang of ['en', 'ru']) {
        await page.goto(`/?lang=${lang}&theme=contrast#/1/0`);
        await page.locator('.step-panel').waitFor();
        await page.evaluate(() => document.fonts.ready);
        for (let p = 0; p < POSITIONS; p++) {
          if (p > 0) {
            const before = await page.evaluate(() => location.hash);
            await page.keyboard.press('PageDown');
            await page.waitForFunction((h) => location.hash !== h, before);
          }
          // A prediction asked here is measured open, then revealed in place by the next press.
          for (let pass = 0; pass < 2; pass++) {
            if (pass === 1) {
              if ((await page.locator(OPEN_PROMPT).count()) === 0) break;
              await page.keyboard.press('PageDown');
              await expect(page.locator(OPEN_PROMPT)).toHaveCount(0);
            }
            const m = await measureLegibility(page, room.min);
            const where = `${lang} position ${p}${pass ? ' revealed' : ''} (${await page.evaluate(() => location.hash)})`;
            expect(m.layout, where).toBe(room.layout);
            expect(m.small, `${where}: text below ${room.min} px`).toEqual([]);
            expect(m.plain, `${where}: text outside formulas and exponents`).toBeGreaterThanOrEqual(
              room.plain,
            );
            expect(m.body, `${where}: body text`).toBeGreaterThanOrEqual(room.body);
            expect(m.formula, `${where}: display formulas`).toBeGreaterThanOrEqual(room.formula);
            expect(m.titleWhole, `${where}: the title is whole`).toBe(true);
            expect(m.overlaps, `${where}: overlapping text`).toEqual([]);
            expect(m.chrome, `${where}: header and footer`).toEqual([]);
          }
        }
      }
    });
  }
});

test.describe('dimmed, not faded', () => {
  test('in the projector theme, dimmed text keeps 4.5 : 1 and differs from focused text by weight', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const hash of ['#/forward-pass/t-1', '#/sum-over-k/k-1', '#/truncation/compare']) {
      await page.goto(`/?lang=en&theme=contrast${hash}`);
      await page.locator('.dg-svg').waitFor();
      const m = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        };
        const opacity = (el: Element) => {
          let o = 1;
          for (let a: Element | null = el; a; a = a.parentElement)
            o *= Number(getComputedStyle(a).opacity);
          return o;
        };
        const bg = getComputedStyle(document.querySelector('.app-diagram')!).backgroundColor;
        const dimmed = [
          ...document.querySelectorAll(
            '.dg-root .is-dim text, .dg-root .is-pending text, .dg-annotation.is-truncated *',
          ),
        ].filter((el) => el.textContent?.trim() && !el.closest('.katex-mathml'));
        const colour = (el: Element) => {
          const cs = getComputedStyle(el);
          return el instanceof SVGElement ? cs.fill : cs.color;
        };
        const worst = dimmed.reduce(
          (w, el) => {
            const r = ratio(colour(el), bg) * 1;
            const o = opacity(el);
            return r < w.ratio || o < w.opacity
              ? { ratio: Math.min(r, w.ratio), opacity: Math.min(o, w.opacity) }
              : w;
          },
          { ratio: Infinity, opacity: 1 },
        );
        const weight = (sel: string) =>
          [...document.querySelectorAll(sel)].map((el) => Number(getComputedStyle(el).fontWeight));
        return {
          count: dimmed.length,
          ...worst,
          dimWeights: weight('.dg-node.is-dim .dg-node-label, .dg-node.is-pending .dg-node-label'),
          focusWeights: weight('.dg-node:not(.is-dim):not(.is-pending) .dg-node-label'),
        };
      });
      expect(m.count, `${hash}: dimmed texts`).toBeGreaterThan(0);
      expect(m.ratio, `${hash}: contrast of dimmed text`).toBeGreaterThanOrEqual(4.5);
      expect(m.opacity, `${hash}: dimmed by opacity`).toBe(1);
      if (m.dimWeights.length && m.focusWeights.length)
        expect(Math.max(...m.dimWeights), hash).toBeLessThan(Math.min(...m.focusWeights));
    }
  });
});

test.describe('nothing clipped, no layout loops', () => {
  test('the presenter window shows the whole current step, its term table’s last row included', async ({
    page,
  }) => {
    for (const [w, h] of [
      [1280, 800],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('/?lang=en&view=presenter#/sum-over-k/sum');
      const stage = page.locator('.cls-presenter__now .cls-presenter__stage');
      await stage.locator('.term-annot__grad').first().waitFor();
      // Once the view has settled (its box refits in the frame after its content changes).
      const past = () =>
        stage.evaluate((box) => {
          const b = box.getBoundingClientRect();
          const rows = [...box.querySelectorAll('.term-annot__row, .dg-svg text, .katex')];
          return rows
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0)
            .filter((r) => r.bottom > b.bottom + 1 || r.right > b.right + 1 || r.top < b.top - 1)
            .length;
        });
      await expect.poll(past, { message: `${w}×${h}: rows past the current step's box` }).toBe(0);
    }
  });

  test('no "ResizeObserver loop" error in the print view, the explore mode or a resize', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const watchLoops = () =>
      page.evaluate(() => {
        (window as unknown as { loops: string[] }).loops = [];
        window.addEventListener('error', (e) => {
          if (/ResizeObserver/.test(e.message))
            (window as unknown as { loops: string[] }).loops.push(e.message);
        });
      });
    const loops = () => page.evaluate(() => (window as unknown as { loops: string[] }).loops);
    for (const url of [
      '/?lang=en&print=1',
      '/?lang=en&mode=explore',
      '/?lang=en#/sum-over-k/sum',
    ]) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      await watchLoops();
      await page.waitForTimeout(300);
      for (const [w, h] of [
        [1024, 768],
        [360, 800],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.waitForTimeout(250);
      }
      expect(await loops(), url).toEqual([]);
    }
    expect(errors.filter((e) => /ResizeObserver/.test(e))).toEqual([]);
  });
});

test('zoomed in (130 %) on a 4:3 projector, nothing is cut off: the E values and the band scroll into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?lang=en#/sum-over-k/sum');
  await page.locator('.app-diagram .term-annot__grad').first().waitFor();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await expect(page.getByTestId('zoom')).toContainText('130 %');
  const m = await page.evaluate(() => {
    const panel = document.querySelector('.app-diagram .diagram-panel')!;
    const canvas = panel.querySelector('.dg-canvas')!.getBoundingClientRect();
    const inside = (sel: string) =>
      [...panel.querySelectorAll(sel)].every((el) => {
        const b = el.getBoundingClientRect();
        return (
          b.left >= canvas.left - 1 &&
          b.right <= canvas.right + 1 &&
          b.top >= canvas.top - 1 &&
          b.bottom <= canvas.bottom + 1
        );
      });
    return {
      eValues: panel.querySelectorAll('[data-node^="E-"] .dg-value').length,
      bandRows: panel.querySelectorAll('.dg-annotation[data-k] .term-annot__grad').length,
      inside: inside('.dg-value') && inside('.term-annot__row'),
      // Whatever is past the panel's edge can be scrolled to.
      reachable:
        panel.scrollHeight >= Math.round(canvas.height) - 2 &&
        getComputedStyle(panel).overflowY !== 'hidden',
    };
  });
  expect(m.eValues).toBe(4);
  expect(m.bandRows).toBe(4);
  expect(m.inside).toBe(true);
  expect(m.reachable).toBe(true);
  // Scrolled to its end, the panel shows the band's last row.
  await page
    .locator('.app-diagram .diagram-panel')
    .evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('.app-diagram .term-annot__grad').last()).toBeInViewport();
});
