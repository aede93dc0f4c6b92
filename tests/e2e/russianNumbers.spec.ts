/**
 * Numbers in Russian in a real browser: the decimal comma everywhere the lesson and the explore
 * mode show or announce a number (and {,} in the TeX), powers of ten as «· 10⁻⁵», and a number
 * field that takes «0,5» as well as «0.5», refusing anything else while the value stays.
 */
import { expect, test, type Page } from '@playwright/test';

/** Every decimal point, English power of ten or \times the page shows, announces or copies. */
function englishNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const push = (s: string) => {
      for (const m of s.matchAll(/\d\.\d|×\s*10|\\times/g))
        out.push(s.slice(Math.max(0, m.index - 30), m.index + 30));
    };
    push(document.body.innerText);
    for (const el of document.querySelectorAll('*')) {
      if (el.closest('.katex-mathml')) continue;
      for (const a of ['aria-label', 'aria-valuetext', 'title', 'data-tex']) {
        const v = el.getAttribute(a);
        if (v) push(v);
      }
      if (el.tagName === 'title') push(el.textContent ?? '');
      if (el instanceof HTMLInputElement && el.type !== 'range') push(el.value);
    }
    return out;
  });
}

test('the lesson in Russian writes its numbers with the decimal comma', async ({ page }) => {
  await page.goto('/?lang=ru#/sum-over-k/sum');
  await expect(page.locator('[data-testid="term-list"]')).toBeVisible();
  await expect(page.locator('.term-sum')).toContainText(/\d,\d/);
  expect(await englishNumbers(page)).toEqual([]);
  // The TeX behind a formula: {,} between digits, never a point.
  const tex = await page
    .locator('[data-tex]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-tex') ?? '').join(' '));
  expect(tex).toMatch(/\d\{,\}\d/);
  // English keeps its points.
  await page.goto('/?lang=en#/sum-over-k/sum');
  await expect(page.locator('.term-sum')).toContainText(/\d\.\d/);
});

test('the explore mode in Russian: commas, «· 10⁻ⁿ», and a field that takes «0,5»', async ({
  page,
}) => {
  await page.goto('/?lang=ru&mode=explore');
  await expect(page.getByTestId('explore-main')).toBeVisible();
  expect(await englishNumbers(page)).toEqual([]);

  // Tiny terms of a long sequence: powers of ten with a middle dot.
  await page.locator('[data-preset="long"]').click();
  await expect(page.locator('[data-preset="long"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('body')).toContainText(/\d,\d+\u00a0·\u00a010[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/);
  expect(await englishNumbers(page)).toEqual([]);

  const lr = page.locator('input[data-field="learningRate"]');
  await lr.scrollIntoViewIfNeeded();
  await expect(lr).toHaveValue(/^\d+,\d+$/);
  await lr.fill('0,5');
  await expect(page.locator('.xp-error[data-field="learningRate"]')).toHaveCount(0);
  await lr.blur();
  await expect(lr).toHaveValue('0,5');
  await lr.fill('0.25');
  await lr.blur();
  await expect(lr).toHaveValue('0,25');
  // An invalid entry: the field's message, and the value kept.
  await lr.fill('0,2,5');
  const error = page.locator('.xp-error[data-field="learningRate"]');
  await expect(error).toBeVisible();
  await expect(error).toContainText('«0,2,5»');
  await expect(error).toContainText(/0,25\s+сохранено/);
  await lr.blur();
  await expect(lr).toHaveValue('0,25');
  await expect(error).toHaveCount(0);
});
