/**
 * The explore mode with gated cells, in a real browser, at 1024×768 and 1920×1080 and in both
 * languages: switch the cell to the GRU and then the LSTM (the sequence kept), see each gate's
 * maps, edit a gate's entry (the loss on screen is the core's for the edited model), run the
 * gradient check over every gate's parameters and a few training steps, share a link and reopen
 * it (the same cell and loss), with no text overlapping and nothing wider than the panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  defaultModel,
  lossOf,
  paramNames,
  withWeight,
  type AnyModel,
  type CellKind,
} from '../../src/model';
import { companionOf } from '../../src/model/build/companions';
import { measureLegibility } from './legibility';
import { collectErrors } from './pageErrors';

const SCREENS = 'test-results/explore-gated-screens';

function closeTo(actual: number, expected: number, rel = 1e-12) {
  const scale = Math.max(Math.abs(actual), Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale, `${actual} vs ${expected}`).toBeLessThanOrEqual(rel);
}

/** Scrolls the panel to an element and waits until its section is live (drawn for the model). */
async function inView(page: Page, selector: string) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await expect(el.locator('xpath=ancestor::section[@data-live]')).toHaveAttribute(
    'data-live',
    'true',
  );
  return el;
}

/** E of the model on screen (the training view's status carries it). */
async function shownLoss(page: Page): Promise<number> {
  const status = await inView(page, '[data-testid="training-status"]');
  return Number(await status.getAttribute('data-loss'));
}

/** Nothing overlapping, nothing below 14 px, and the panel not wider than its column. */
async function legible(page: Page, where: string) {
  const m = await measureLegibility(page, 14);
  expect(m.small, `${where}: text below 14 px`).toEqual([]);
  expect(m.overlaps, `${where}: overlapping text`).toEqual([]);
  const overflow = await page
    .locator('.xp-main__panel')
    .evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(overflow, `${where}: the panel scrolls sideways`).toBeLessThanOrEqual(0);
}

async function chooseCell(page: Page, cell: CellKind) {
  const button = page.locator(`[data-field="cell"] [data-cell="${cell}"]`);
  await inView(page, `[data-field="cell"] [data-cell="${cell}"]`);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.xp-network')).toHaveAttribute('data-cell', cell);
}

const ROOMS = [
  [1024, 768],
  [1920, 1080],
] as const;

for (const [w, h] of ROOMS) {
  for (const lang of ['en', 'ru'] as const) {
    test(`GRU and LSTM at ${w}×${h} (${lang}): maps, an edit, the check, training, a link`, async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      mkdirSync(SCREENS, { recursive: true });
      const errors = collectErrors(page);
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/?lang=${lang}&mode=explore`);
      await expect(page.getByTestId('explore-main')).toBeVisible();
      await expect(page.getByTestId('training-status')).toBeAttached();

      // The GRU on the default sequence: its three gates' U, W and b, then V.
      const rnn = defaultModel(1);
      await chooseCell(page, 'gru');
      const gru = companionOf(rnn, 'gru');
      closeTo(await shownLoss(page), lossOf(gru));
      await expect(page.getByTestId('cell-equations')).toHaveAttribute('data-cell', 'gru');
      await inView(page, '.xp-params');
      for (const gate of ['z', 'r', 'h'])
        await expect(page.locator(`.xp-params [data-gate="${gate}"] button`)).toHaveCount(3);
      await page.locator('.xp-params [data-param="W.z"]').click();
      await expect(page.locator('.xp-maps')).toHaveAttribute('data-param', 'W.z');
      await expect(page.locator('.xp-maps .xp-heatmap').first()).toHaveAttribute(
        'data-name',
        'W_z',
      );
      await expect(page.getByTestId('maps-gate')).toBeVisible();

      // An entry of W_z typed by hand: the loss on screen is the core's for that model.
      await page.getByRole('button', { name: /^W_z\[0\]\[1\] = .*$/ }).click();
      const input = page.getByRole('textbox', { name: 'W_z[0][1]' });
      await input.fill(lang === 'ru' ? '0,5' : '0.5');
      await input.press('Enter');
      const edited = withWeight(gru, 'W.z', 0, 1, 0.5);
      await expect.poll(() => shownLoss(page)).not.toBe(lossOf(gru));
      closeTo(await shownLoss(page), lossOf(edited));
      await inView(page, '.xp-maps');
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SCREENS}/gru-maps-${lang}-${w}x${h}.png` });
      await legible(page, `${lang} GRU maps`);

      // The gradient check covers every gate's parameters.
      const check = await inView(page, '[data-testid="gradient-check"]');
      await expect(check).toHaveAttribute('data-max-rel-error', /\d/);
      await expect(check.locator('tr[data-param]')).toHaveCount(paramNames(gru).length);
      expect(Number(await check.getAttribute('data-max-rel-error'))).toBeLessThan(1e-6);
      await page.screenshot({ path: `${SCREENS}/gru-check-${lang}-${w}x${h}.png` });
      await legible(page, `${lang} GRU check`);

      // The LSTM: the same sequence, four gates; the gated readouts instead of σₘₐₓ(W).
      await chooseCell(page, 'lstm');
      const lstm = companionOf(edited, 'lstm');
      closeTo(await shownLoss(page), lossOf(lstm));
      await inView(page, '[data-testid="gated-readout"]');
      await expect(page.getByTestId('sigma-readout')).toHaveCount(0);
      await expect(page.locator('[data-field="activation"]')).toHaveCount(0);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SCREENS}/lstm-network-${lang}-${w}x${h}.png` });
      await legible(page, `${lang} LSTM network`);
      await inView(page, '.xp-params');
      for (const gate of ['i', 'f', 'g', 'o'])
        await expect(page.locator(`.xp-params [data-gate="${gate}"] button`)).toHaveCount(3);
      await page.locator('.xp-params [data-param="b.f"]').click();
      await expect(page.locator('.xp-maps')).toHaveAttribute('data-param', 'b.f');
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SCREENS}/lstm-maps-${lang}-${w}x${h}.png` });
      await legible(page, `${lang} LSTM maps`);
      const lstmCheck = await inView(page, '[data-testid="gradient-check"]');
      await expect(lstmCheck.locator('tr[data-param]')).toHaveCount(paramNames(lstm).length);
      await expect
        .poll(async () => Number(await lstmCheck.getAttribute('data-max-rel-error')))
        .toBeLessThan(1e-6);

      // A few training steps lower the loss.
      const start = await shownLoss(page);
      await (await inView(page, '[data-action="train-n"]')).click();
      const status = page.getByTestId('training-status');
      await expect(status).toHaveAttribute('data-steps', '20');
      const trained = await shownLoss(page);
      expect(trained).toBeLessThan(start);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SCREENS}/lstm-training-${lang}-${w}x${h}.png` });
      await legible(page, `${lang} LSTM training`);

      // The share link opens the same LSTM (cell and weights: the same loss).
      await (await inView(page, '[data-action="share"]')).click();
      const field = page.getByTestId('share-link');
      await expect(field).toHaveValue(/#\/[\w-]+\?model=z\.[\w-]+$/);
      const link = await field.inputValue();
      const student = await context.newPage();
      await student.setViewportSize({ width: w, height: h });
      await student.goto(link);
      await expect(student.getByTestId('explore-main')).toBeVisible();
      await expect(student.locator('.xp-network')).toHaveAttribute('data-cell', 'lstm');
      closeTo(await shownLoss(student), trained);
      await student.close();

      // The lesson shows a vanilla RNN on the same sequence, and says so.
      await page.getByTestId('mode-switch').locator('button').first().click();
      await expect(page.getByTestId('substitution-note')).toHaveAttribute('data-cell', 'lstm');
      await page.locator('.dg-svg').first().waitFor();
      const lesson = await measureLegibility(page, 14);
      expect(lesson.small, `${lang} lesson with the note: text below 14 px`).toEqual([]);
      expect(lesson.overlaps, `${lang} lesson with the note: overlapping text`).toEqual([]);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SCREENS}/lesson-note-${lang}-${w}x${h}.png` });
      // The gated chapter's steps show the LSTM itself: no note there; the practice cards are
      // drawn on the vanilla RNN again, and say so.
      await page.keyboard.press('End');
      await expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', 'quiz');
      await expect(page.getByTestId('substitution-note')).toHaveAttribute('data-cell', 'lstm');
      await page.evaluate(() => (window.location.hash = '#/gated-compare/chart'));
      await expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', 'gated-compare');
      await expect(page.getByTestId('substitution-note')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
}

test('switching back to the RNN brings back its weights', async ({ page }) => {
  await page.goto('/?lang=en&mode=explore');
  await expect(page.getByTestId('explore-main')).toBeVisible();
  const rnn: AnyModel = defaultModel(1);
  await chooseCell(page, 'lstm');
  closeTo(await shownLoss(page), lossOf(companionOf(rnn, 'lstm')));
  await chooseCell(page, 'rnn');
  closeTo(await shownLoss(page), lossOf(rnn));
});
