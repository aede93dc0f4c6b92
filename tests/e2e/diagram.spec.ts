/**
 * The unrolled diagram of a long sequence draws the columns in view (and a margin): scrolling
 * brings the others in, the arrow keys walk across every column, and the tab stop survives a
 * scroll away from it.
 */
import { expect, test, type Page } from '@playwright/test';
import { randomModel } from '../../src/model';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { collectErrors } from './pageErrors';

const T = 64;

async function focusedNode(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
}

test('a long sequence draws the columns in view; scrolling and the arrow keys reach the rest', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const model = randomModel({ seed: 3, T, H: 4, D: 4, K: 4, activation: 'tanh' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/?lang=en&mode=explore&model=${encodeModelParam(model)}`);
  const root = page.locator('.dg-root').first();
  await expect(root).toHaveAttribute('data-steps', String(T));
  const inputs = root.locator('svg.dg-svg .dg-node.kind-x');
  const drawn = await inputs.count();
  expect(drawn).toBeGreaterThan(2);
  expect(drawn).toBeLessThan(T / 2);

  // Scrolled to the end: the last columns are drawn, the first ones are not.
  const scroller = root.locator('.dg-scroll');
  await scroller.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  await expect(root.locator(`[data-node="x-${T - 1}"]`)).toBeVisible();
  await expect(root.locator('[data-node="x-0"]')).toHaveCount(0);
  expect(await inputs.count()).toBeLessThan(T / 2);

  // The tab stop (and its neighbours) are drawn wherever the view is; from it the arrow keys walk
  // column by column.
  const stop = root.locator('[data-node][tabindex="0"]');
  await expect(stop).toHaveCount(1);
  // Focused without scrolling to it: the arrow keys must find its neighbours drawn at once.
  await stop.evaluate((el) => (el as SVGGElement).focus({ preventScroll: true }));
  const start = await focusedNode(page);
  expect(start).toMatch(/^s-\d+$/);
  await page.keyboard.press('ArrowDown');
  expect(await focusedNode(page)).toBe(`x-${start!.slice(2)}`);
  for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
  const right = Math.min(T - 1, Number(start!.slice(2)) + 24);
  expect(await focusedNode(page)).toBe(`x-${right}`);
  await expect(root.locator(`[data-node="x-${right}"]`)).toBeInViewport();
  for (let i = 0; i < T; i++) await page.keyboard.press('ArrowLeft');
  expect(await focusedNode(page)).toBe('x-0');
  await expect(root.locator('[data-node="x-0"]')).toBeInViewport();
  expect(errors).toEqual([]);
});
