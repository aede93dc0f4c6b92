/**
 * The lesson in a real browser: keyboard walk, URL and reload, the sum over k against the numeric
 * core, no console errors, no request off the page's origin, screenshots of every step.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { defaultModel, forward, frobenius, norm2, targetTerms } from '../../src/model';
import { STEPS } from '../../src/lesson/steps';
import { substepCount } from '../../src/lesson/substeps';

const MODEL = defaultModel(1);
const T = MODEL.targets.length;
const TARGET = Math.min(3, T - 1);
const COUNTS = STEPS.map((s) => substepCount(s, { T, t: TARGET }));
const SUM_STEP = STEPS.findIndex((s) => s.id === 'sum-over-k');

/** Every (step, sub-step) in lesson order. */
const POSITIONS = COUNTS.flatMap((n, i) => Array.from({ length: n }, (_, sub) => ({ i, sub })));
const hashOf = (i: number, sub: number) => `#/${i + 1}/${sub}`;

interface Watch {
  readonly errors: string[];
  readonly foreign: string[];
}

/** Collects console errors, page errors and requests that leave the page's origin. */
function watch(page: Page, baseURL: string): Watch {
  const origin = new URL(baseURL).origin;
  const w: Watch = { errors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.origin !== origin) w.foreign.push(r.url());
  });
  return w;
}

async function expectAt(page: Page, i: number, sub: number) {
  await expect(page).toHaveURL(new RegExp(`${hashOf(i, sub).replace(/\//g, '\\/')}$`));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(i + 1));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-sub', String(sub));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', STEPS[i].id);
}

test.describe('lesson', () => {
  let w: Watch;
  test.beforeEach(async ({ page, baseURL }) => {
    w = watch(page, baseURL!);
  });
  test.afterEach(() => {
    expect(w.errors, 'console errors').toEqual([]);
    expect(w.foreign, 'requests off the origin').toEqual([]);
  });

  test('walks every step and sub-step with the keyboard, and back', async ({ page }) => {
    await page.goto('/?lang=en');
    await expectAt(page, 0, 0);
    const forwardKeys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'n'];
    for (let p = 1; p < POSITIONS.length; p++) {
      await page.keyboard.press(forwardKeys[p % forwardKeys.length]);
      await expectAt(page, POSITIONS[p].i, POSITIONS[p].sub);
      if (POSITIONS[p].sub === 0) {
        await expect(page.locator('[data-testid="live"]')).toContainText(
          `Step ${POSITIONS[p].i + 1} of ${STEPS.length}`,
        );
        await expect(page.locator('.step-list [aria-current="step"]')).toHaveText(
          String(POSITIONS[p].i + 1),
        );
      }
    }
    // At the very end, next stays.
    await page.keyboard.press('ArrowRight');
    const last = POSITIONS[POSITIONS.length - 1];
    await expectAt(page, last.i, last.sub);
    await expect(page.getByTestId('next')).toBeDisabled();

    const backKeys = ['ArrowLeft', 'PageUp', 'ArrowUp', 'p', 'Shift+Space'];
    for (let p = POSITIONS.length - 2; p >= 0; p--) {
      await page.keyboard.press(backKeys[p % backKeys.length]);
      await expectAt(page, POSITIONS[p].i, POSITIONS[p].sub);
    }
    await page.keyboard.press('End');
    await expectAt(page, last.i, last.sub);
    await page.keyboard.press('Home');
    await expectAt(page, 0, 0);
  });

  test('a reload and a shared link keep the step and sub-step', async ({ page }) => {
    await page.goto(`/${hashOf(SUM_STEP, 2)}`);
    await expectAt(page, SUM_STEP, 2);
    await page.keyboard.press('PageDown');
    await expectAt(page, SUM_STEP, 3);
    await page.reload();
    await expectAt(page, SUM_STEP, 3);
    // Previous at sub-step 0 lands on the previous step's last sub-step.
    await page.goto(`/${hashOf(SUM_STEP + 1, 0)}`);
    await expectAt(page, SUM_STEP + 1, 0);
    await page.keyboard.press('PageUp');
    await expectAt(page, SUM_STEP, COUNTS[SUM_STEP] - 1);
    // Garbage gives the start; out of range is clamped.
    await page.goto('/#/nonsense/x');
    await expectAt(page, 0, 0);
    await page.goto('/#/999/999');
    const end = POSITIONS[POSITIONS.length - 1];
    await expectAt(page, end.i, end.sub);
    // The step list jumps, and marks the current step.
    await page.locator('.step-list button').nth(4).click();
    await expectAt(page, 4, 0);
    await expect(page.locator('.step-list button').nth(4)).toHaveAttribute('aria-current', 'step');
  });

  test('keys are left alone in chords, on a focused button (Space) and in inputs', async ({
    page,
  }) => {
    await page.goto(`/${hashOf(2, 0)}`);
    await expectAt(page, 2, 0);
    for (const chord of ['Control+ArrowRight', 'Alt+ArrowRight', 'Meta+ArrowRight']) {
      await page.keyboard.press(chord);
      await expectAt(page, 2, 0);
    }
    // Space activates a focused button instead of moving on.
    await page.locator('.step-list button').nth(5).focus();
    await page.keyboard.press(' ');
    await expectAt(page, 5, 0);
    // Arrows still navigate while a button has focus.
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 6, 0);
    // Typing in a field does not navigate.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      document.body.append(input);
      input.focus();
    });
    await page.keyboard.type('np ');
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 6, 0);
  });

  test('at the sum over k, the formula holds the sum and each term equals the core', async ({
    page,
  }) => {
    const fwd = forward(MODEL);
    const ref = targetTerms(MODEL, fwd, TARGET);
    const last = COUNTS[SUM_STEP] - 1;
    await page.goto(`/${hashOf(SUM_STEP, last)}`);
    await expectAt(page, SUM_STEP, last);

    const tex = await page
      .locator('.step-panel annotation[encoding="application/x-tex"]')
      .allTextContents();
    const sum = tex.find((s) => s.includes(`\\sum_{k=0}^{${TARGET}}`));
    expect(sum, 'a formula with the sum over k').toBeTruthy();
    expect(sum).toContain('\\partial^{+}');

    const rows = page.locator('[data-testid="term-list"] tbody tr');
    await expect(rows).toHaveCount(TARGET + 1);
    for (let k = 0; k <= TARGET; k++) {
      const row = page.locator(`[data-testid="term-list"] tbody tr[data-k="${k}"]`);
      await expect(row).toHaveAttribute('data-revealed', 'true');
      const termNorm = Number(await row.getAttribute('data-term-norm'));
      const gradNorm = Number(await row.getAttribute('data-grad-norm'));
      expect(termNorm).toBeCloseTo(frobenius(ref.W[k]), 12);
      expect(gradNorm).toBeCloseTo(norm2(ref.dEds[k]), 12);
      // Beside s_k in the diagram: the same numbers.
      const beside = page.locator(`.dg-annotation[data-k="${k}"] [data-term-norm]`);
      await expect(beside).toHaveCount(1);
      expect(Number(await beside.getAttribute('data-term-norm'))).toBeCloseTo(
        frobenius(ref.W[k]),
        12,
      );
    }
    // s₋₁ = 0, so the k = 0 term for W is exactly zero.
    expect(Number(await rows.last().getAttribute('data-term-norm'))).toBe(0);
    const total = Number(
      await page.locator('[data-testid="term-list"] tfoot tr').getAttribute('data-sum-norm'),
    );
    expect(total).toBeCloseTo(frobenius(ref.sumW), 12);

    // Mid-way, only the k the flow has reached are shown.
    await page.goto(`/${hashOf(SUM_STEP, 1)}`);
    await expectAt(page, SUM_STEP, 1);
    const revealed = await page
      .locator('[data-testid="term-list"] tbody tr[data-revealed="true"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-k'))));
    expect(revealed.sort()).toEqual([TARGET - 1, TARGET]);
  });

  test('language: ?lang=ru, the switch, and the choice remembered', async ({ page }) => {
    await page.goto(`/?lang=ru${hashOf(0, 0)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.step-panel__title')).toContainText('Рекуррентные');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.step-panel__title')).toContainText('Recurrent');
    // The URL's lang follows the switch, so a reload keeps the choice.
    await expect(page).toHaveURL(/\?lang=en#\/1\/0$/);
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\?lang=ru#\/1\/0$/);
    // Without a parameter, the stored choice wins over the browser's English.
    expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.step-panel__title')).toContainText('Рекуррентные');
  });

  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    test(`screenshots of every step at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const dir = 'test-results/screens';
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < STEPS.length; i++) {
        const sub = COUNTS[i] - 1;
        await page.goto(`/?lang=en${hashOf(i, sub)}`);
        await expectAt(page, i, sub);
        await page.evaluate(() => document.fonts.ready);
        // The whole stage is inside the window: nothing cut off.
        const box = await page.locator('.stage .app').boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(-0.5);
        expect(box!.y).toBeGreaterThanOrEqual(-0.5);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
        expect(box!.y + box!.height).toBeLessThanOrEqual(height + 0.5);
        const name = `${width}x${height}-${String(i + 1).padStart(2, '0')}-${STEPS[i].id}.png`;
        await page.screenshot({ path: `${dir}/${name}` });
      }
    });
  }
});
