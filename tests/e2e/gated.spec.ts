/**
 * The gated chapter: the unrolled LSTM and GRU with their gates and the gradient flowing along
 * both lanes, the three cells' chart, the forget-gate bias and the presets, in both languages at
 * a 4:3 projector and at 1080p: the numbers on screen are the core's, the text legible and apart.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  defaultModel,
  forward,
  installFullCore,
  jacobianNorms,
  longDependencyModel,
  randomModel,
} from '../../src/model';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { gatedComparison } from '../../src/store/gatedChapter';
import { measureLegibility } from './legibility';
import { collectErrors } from './pageErrors';

// The gated cells and Lanczos, for the models made here (the app loads them with what makes one).
installFullCore();

const SIZES = [
  { width: 1024, height: 768, min: 14 },
  { width: 1920, height: 1080, min: 14 },
] as const;

async function open(page: Page, lang: string, hash: string) {
  await page.goto(`/?lang=${lang}${hash}`);
  await expect(page.getByTestId('gated-view')).toBeVisible();
  await expect(page.getByTestId('substep-text')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** The relative difference of two numbers (what the page shows to 17 digits in data-…). */
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

test.describe('the gated chapter', () => {
  for (const size of SIZES) {
    test(`every position at ${size.width}×${size.height}, both languages: legible, apart, inside`, async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const lang of ['en', 'ru']) {
        for (const hash of [
          '#/lstm-cell/equations',
          '#/lstm-cell/blocks',
          '#/lstm-cell/direct-path',
          '#/lstm-cell/forget-bias',
          '#/gru-cell/equations',
          '#/gru-cell/step-jacobian',
          '#/gru-cell/update-path',
          '#/gated-compare/chart',
          '#/gated-compare/products',
          '#/gated-compare/presets',
        ]) {
          await open(page, lang, hash);
          const where = `${lang} ${hash} at ${size.width}×${size.height}`;
          const m = await measureLegibility(page, size.min);
          expect(m.small, `${where}: small text`).toEqual([]);
          expect(m.overlaps, `${where}: overlapping text`).toEqual([]);
          // The drawing fits its panel: nothing runs out of the diagram's box.
          const out = await page.evaluate(() => {
            const panel = document.querySelector('.diagram-panel')!.getBoundingClientRect();
            return [...document.querySelectorAll('.gated-view svg text, .gated-controls *')]
              .map((el) => ({ el, r: el.getBoundingClientRect() }))
              .filter(({ r }) => r.width > 0)
              .filter(
                ({ r }) =>
                  r.left < panel.left - 1 ||
                  r.right > panel.right + 1 ||
                  r.top < panel.top - 1 ||
                  r.bottom > panel.bottom + 1,
              )
              .map(({ el }) => el.textContent);
          });
          expect(out, `${where}: outside the diagram panel`).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
    });
  }

  test('the LSTM: four gates per step, both lanes carrying the core’s norms', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await open(page, 'en', '#/lstm-cell/direct-path');
    const cmp = gatedComparison(defaultModel(1), 3, null);
    const svg = page.locator('svg.gd-root');
    await expect(svg).toHaveAttribute('data-cell', 'lstm');
    await expect(svg).toHaveAttribute('data-emphasis', 'c');
    const cols = await svg.locator('.gd-nodes > g[data-k]').count();
    expect(await svg.locator('.gd-gate').count()).toBe(4 * cols);
    for (const lane of ['s', 'c'] as const) {
      const segs = await svg.locator(`path.gd-flow-${lane}`).evaluateAll((els) =>
        els.map((e) => ({
          id: e.getAttribute('data-flow-seg')!,
          norm: Number(e.getAttribute('data-norm')),
        })),
      );
      expect(segs.length).toBeGreaterThan(0);
      for (const { id, norm } of segs) {
        const k = Number(id.slice(1));
        const want = lane === 's' ? cmp.runs.lstm.s[k] : cmp.runs.lstm.c![k];
        expect(rel(norm, want), id).toBeLessThan(1e-12);
      }
    }
    // A gate's fill is a second cue beside its colour: its mean is in the title and the data.
    const f = svg.locator('.gd-gate-f').first();
    await expect(f.locator('title')).toContainText('forget gate f');
  });

  test('the forget-gate bias: the slider moves the cell lane’s numbers and the sentence', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await open(page, 'en', '#/lstm-cell/forget-bias');
    const sentence = page.getByTestId('substep-text');
    await expect(sentence).toContainText('Forget-gate bias 1:');
    const c0 = async () =>
      Number(await page.locator('path.gd-flow-c').last().getAttribute('data-norm'));
    const before = await c0();
    const slider = page.getByTestId('forget-bias');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(sentence).toContainText('Forget-gate bias −2:');
    expect(await c0()).toBeLessThan(before);
    // The keys moved the slider, not the lesson.
    await expect(page).toHaveURL(/#\/lstm-cell\/forget-bias/);
    await page.keyboard.press('End');
    await expect(page.locator('.gated-controls__value')).toHaveText('3');
    expect(await c0()).toBeGreaterThan(before);
  });

  test('the chart: three cells from the core; the long dependency and the closed gate', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await open(page, 'en', '#/gated-compare/presets');
    const chart = page.locator('.gc-root');
    await expect(chart.locator('.gc-series[data-series]')).toHaveCount(4);
    await expect(chart.locator('.gc-mark')).toHaveCount(0);
    await page.getByTestId('preset-long').click();
    await expect(chart).toHaveAttribute('data-t', '11');
    await expect(chart.locator('.gc-mark')).toHaveAttribute('data-k', '1');
    const sentence = page.getByTestId('substep-text');
    await expect(sentence).toContainText('This sequence is a long dependency');
    const value = async (series: string, k: number) =>
      Number(
        await chart
          .locator(`.gc-series[data-series="${series}"] .gc-point[data-k="${k}"]`)
          .getAttribute('data-value'),
      );
    const want = gatedComparison(longDependencyModel(), 11, null);
    expect(rel(await value('rnn', 1), want.runs.rnn.s[1])).toBeLessThan(1e-12);
    expect(rel(await value('lstmC', 1), want.runs.lstm.c![1])).toBeLessThan(1e-12);
    expect(await value('lstmC', 1)).toBeGreaterThan(await value('rnn', 1));
    const open1 = await value('lstmC', 1);
    await page.getByTestId('preset-closed').click();
    await expect(page.locator('.gated-controls__value')).toHaveText('−2');
    expect(await value('lstmC', 1)).toBeLessThan(open1 / 100);
  });

  test('a large LSTM’s products come from a worker: “computing…” first, then the core’s numbers', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    // (2H)³ per step: far more than a frame's work on the main thread.
    const lstm = randomModel({
      seed: 5,
      T: 24,
      H: 48,
      D: 6,
      K: 6,
      cell: 'lstm',
      biases: 'forget1',
    });
    // Whether the page ever said the products were coming (the legend or the sentence, whichever
    // is drawn first: they may arrive within a frame).
    await page.addInitScript(() => {
      const w = window as unknown as { sawPending: boolean };
      w.sawPending = false;
      new MutationObserver(() => {
        const legend = document.querySelector('.gated-view[aria-busy="true"] .gc-legend');
        const sentence = document.querySelector('[data-testid="substep-text"]');
        if (
          legend?.textContent?.includes('computing…') ||
          sentence?.textContent?.includes('being computed off the main thread')
        )
          w.sawPending = true;
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    // In the fragment: a model this size is too long for a query the server reads.
    await page.goto(`/?lang=en#/gated-compare/products?model=${encodeModelParam(lstm)}`);
    const view = page.getByTestId('gated-view');
    await expect(view).toHaveAttribute('data-mode', 'products');
    const points = view.locator('.gc-series[data-series="lstmS"] .gc-point');
    await expect(points).toHaveCount(24, { timeout: 20_000 });
    await expect(view).not.toHaveAttribute('aria-busy', 'true');
    const want = jacobianNorms(lstm, forward(lstm), 23).productNorm;
    const got = await points.evaluateAll((els) =>
      els.map((e) => Number(e.getAttribute('data-value'))),
    );
    for (const [k, v] of got.entries()) expect(rel(v, want[k]), `k = ${k}`).toBeLessThan(1e-12);
    await expect(page.getByTestId('substep-text')).toContainText(/LSTM over \(s,\sc\)/);
    expect(
      await page.evaluate(() => (window as unknown as { sawPending: boolean }).sawPending),
    ).toBe(true);
    expect(errors).toEqual([]);
  });
});
