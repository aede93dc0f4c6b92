/**
 * Real rooms: the lesson on a 4:3 projector (1024×768), a small laptop (1280×720), 1080p and a
 * phone held upright (360×800), in both languages and the projector theme, at every step and
 * sub-step: text sizes as the room sees them (computed size × the stage's scale), display
 * formulas, the whole title, no overlapping text, the chrome inside the stage.
 */
import { expect, test } from '@playwright/test';
import { STEPS } from '../../src/lesson/steps';
import { substepCount } from '../../src/lesson/substeps';
import { defaultModel } from '../../src/model';
import { measureLegibility } from './legibility';

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
          const m = await measureLegibility(page, room.min);
          const where = `${lang} position ${p} (${await page.evaluate(() => location.hash)})`;
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
