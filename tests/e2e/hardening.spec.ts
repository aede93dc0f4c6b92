/**
 * Faults in the browser: models whose values overflow (no NaN or ∞ reaches the SVG or a formula,
 * and the app says what overflowed and where), a failing panel kept inside its error boundary,
 * and a soak test (rapid keys and model changes, animations on: no heap or DOM growth, no error).
 */
import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../../src/lesson/steps';
import { forward, fromRows, identity, randomModel, scale, type RnnModel } from '../../src/model';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { findOverflow } from '../../src/components/overflow';
import { subscript } from '../../src/i18n';
import { collectErrors } from './pageErrors';

/** Collects page errors and console errors. */
/** Every attribute in the SVGs and every formula or text on the page holding NaN or ±∞. */
async function nonFinite(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const re = /NaN|Infinity|∞/;
    for (const el of document.querySelectorAll('svg, svg *')) {
      for (const name of el.getAttributeNames()) {
        const v = el.getAttribute(name) ?? '';
        if (re.test(v)) bad.push(`<${el.tagName} ${name}="${v.slice(0, 60)}">`);
      }
    }
    for (const el of document.querySelectorAll('[data-tex]')) {
      const tex = el.getAttribute('data-tex') ?? '';
      if (re.test(tex)) bad.push(`formula ${tex.slice(0, 80)}`);
    }
    const text = document.body.innerText;
    const m = /.{0,40}(NaN|Infinity|∞).{0,40}/.exec(text);
    if (m) bad.push(`text: ${m[0]}`);
    return bad.slice(0, 8);
  });
}

/** W = c·I: a linear network whose states grow as cᵗ, past the double range within 64 steps. */
function explodingLinear(): RnnModel {
  const base = randomModel({ seed: 3, T: 64, H: 2, D: 2, K: 2, activation: 'linear' });
  return { ...base, W: scale(identity(2), 1e6) };
}

/** Weights at the edge of the double range: finite, but every product overflows. */
function hugeWeights(): RnnModel {
  const base = randomModel({ seed: 1, T: 4, H: 3, D: 4, K: 4, activation: 'tanh' });
  const big = 1e308;
  return {
    ...base,
    W: fromRows([
      [big, big, 0],
      [0, big, -big],
      [big, 0, big],
    ]),
    V: fromRows([
      [big, -big, big],
      [1, 1, 1],
      [-big, 1, 1],
      [1, 1, 1],
    ]),
  };
}

test.describe('overflowing models', () => {
  for (const [name, make] of [
    ['weights of 1e308', hugeWeights],
    ['an exploding linear network over 64 steps', explodingLinear],
  ] as const) {
    test(`${name}: no NaN or ∞ on screen, and a plain message saying where`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = collectErrors(page);
      const model = make();
      const first = findOverflow(forward(model), null, null, null)[0];
      expect(first, 'the model overflows in the core').toBeDefined();
      await page.goto(`/?lang=en&model=${encodeModelParam(model)}#/2/999`);
      await expect(page.locator('.dg-root').first()).toHaveAttribute(
        'data-steps',
        String(model.targets.length),
      );
      // Where: the first quantity and time step, as the core computes them.
      const notice = page.getByTestId('overflow');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('overflowed');
      const symbol = { s: 's', yhat: 'ŷ', E: 'E' }[first.quantity as 's' | 'yhat' | 'E'];
      const where = `${symbol}${subscript(first.at)}`;
      await expect(notice).toContainText(where);
      for (let n = 1; n <= STEPS.length; n++) {
        for (const sub of [0, 999]) {
          await page.evaluate((h) => (window.location.hash = h), `#/${STEPS[n - 1].id}/${sub}`);
          await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(n));
          await expect(page.locator('.formula-pending')).toHaveCount(0);
          expect(await nonFinite(page), `step ${n}/${sub}`).toEqual([]);
        }
      }
      await page.evaluate(() => (window.location.hash = '#/8/999'));
      await expect(page.getByTestId('overflow')).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('a model that stays finite shows no overflow message', async ({ page }) => {
    await page.goto('/?lang=en#/2/999');
    await expect(page.locator('svg.dg-svg .dg-node').first()).toBeVisible();
    await expect(page.getByTestId('overflow')).toHaveCount(0);
  });
});

test.describe('error boundaries', () => {
  test('a panel that fails shows a message; the rest of the lesson keeps working', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto('/?lang=en#/5/0');
    await expect(page.locator('.app-diagram svg.dg-svg')).toBeVisible();
    // Break the diagram only: drawing a gradient-flow segment (an attribute no other panel uses)
    // throws, as a bug in it would.
    await page.evaluate(() => {
      const original = Element.prototype.setAttribute;
      (window as unknown as { __restore: () => void }).__restore = () => {
        Element.prototype.setAttribute = original;
      };
      Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (name === 'data-flow-seg') throw new Error('diagram fault');
        return original.call(this, name, value);
      };
    });
    // The whole gradient's flow (the backward sweep's step) draws segments.
    const sweep = STEPS.findIndex((st) => st.id === 'backward-sweep');
    await page.locator('.step-list button').nth(sweep).click();
    const failed = page.locator('.app-diagram .panel-error[role="alert"]');
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('diagram fault');
    // The step panel, the navigation and the step list still work.
    await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(sweep + 1));
    await page.getByTestId('next').focus();
    await page.keyboard.press('Home');
    await expect(page.locator('.step-panel')).toHaveAttribute('data-step', '1');
    await page.locator('.step-list button').nth(2).click();
    await expect(page.locator('.step-panel')).toHaveAttribute('data-step', '3');
    await expect(page.locator('.step-panel h2')).toBeVisible();
    // Fixed, the panel comes back with its retry button.
    await page.evaluate(() => (window as unknown as { __restore: () => void }).__restore());
    const retry = page.locator('.app-diagram .panel-error button');
    if (await retry.isVisible()) await retry.click();
    await expect(page.locator('.app-diagram svg.dg-svg')).toBeVisible();
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });
});
