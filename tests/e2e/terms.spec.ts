/**
 * The band's numbers in the browser (lesson review, items 4–6): the projection share of each term
 * with its bar (negative ones leftwards and hollow, none out of its box) and its definition on
 * screen; "not computed" beyond the truncation window; the decay chart's legend saying which curve
 * the bound is for.
 */
import { expect, test, type Locator } from '@playwright/test';
import { randomModel } from '../../src/model';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { collectErrors } from './pageErrors';

/** The share bar (the row's ::after) in px of its row: [left, right, row width], and its fill. */
async function bar(row: Locator) {
  return row.evaluate((el) => {
    const cs = getComputedStyle(el, '::after');
    const left = parseFloat(cs.left);
    return {
      left,
      right: left + parseFloat(cs.width),
      width: el.clientWidth,
      hollow: cs.backgroundColor === 'rgba(0, 0, 0, 0)' && parseFloat(cs.borderTopWidth) > 0,
    };
  });
}

test('the sum over k: projection shares that add up to 100 %, defined on screen', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/?lang=en#/sum-over-k/sum');
  const shares: number[] = [];
  for (const k of [3, 2, 1, 0]) {
    const box = page.locator(`.app-diagram .dg-annotation[data-k="${k}"] .term-annot`);
    await expect(box).toHaveCount(1);
    shares.push(Number(await box.getAttribute('data-share')));
    const b = await bar(box.locator('.term-annot__share'));
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(b.width + 0.5);
    expect(b.hollow).toBe(false);
  }
  expect(shares.map((v) => Number((100 * v).toFixed(1)))).toEqual([73.1, 19.1, 7.8, 0]);
  expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  const def = page.locator('[data-testid="share-def"]');
  await def.scrollIntoViewIfNeeded();
  await expect(def).toBeVisible();
  await expect(def).toHaveText('share of ∂E₃/∂W: ⟨term, sum⟩ / ‖sum‖²');
  await expect(page.locator('.app-diagram .term-annot__share-label')).toHaveAttribute(
    'title',
    'share of ∂E₃/∂W: ⟨term, sum⟩ / ‖sum‖²',
  );
  expect(errors).toEqual([]);
});

test('a negative share is drawn leftwards and hollow; a share above 100 % stays in its box', async ({
  page,
}) => {
  // seed 6, t★ = 4: shares 0, −6.2, 14.8, −40.6, 131.9 %
  const model = randomModel({ seed: 6, T: 5, H: 3, D: 3, K: 3 });
  await page.goto(`/?lang=ru&target=4&model=${encodeModelParam(model)}#/sum-over-k/sum`);
  const row = (k: number) =>
    page.locator(`.app-diagram .dg-annotation[data-k="${k}"] .term-annot__share`);
  await expect(row(3)).toHaveClass(/is-negative/);
  await expect(row(3)).toHaveText(/^−4[01](,6)?\s%$/);
  const neg = await bar(row(3));
  expect(neg.hollow).toBe(true);
  expect(neg.right).toBeCloseTo(neg.width / 2, 0);
  expect(neg.left).toBeGreaterThan(0);
  const top = await bar(row(4));
  expect(top.hollow).toBe(false);
  expect(top.left).toBeCloseTo(top.width / 2, 0);
  expect(top.right).toBeLessThanOrEqual(top.width + 0.5);
  await expect(row(4)).not.toHaveClass(/is-negative/);
  await expect(page.locator('[data-testid="share-def"]')).toHaveText(
    'доля в\u00a0∂E₄/∂W: ⟨слагаемое, сумма⟩ / ‖сумма‖²',
  );
});

test('truncation: beyond the window no flow and no ‖∂E₃/∂sₖ‖, drawn as not computed', async ({
  page,
}) => {
  await page.goto('/?lang=en#/truncation/compare');
  const diagram = page.locator('.app-diagram');
  await expect(diagram.locator('[data-cut-k="2"]')).toHaveCount(1);
  for (const k of [0, 1]) {
    const box = diagram.locator(`.dg-annotation[data-k="${k}"] .term-annot`);
    await expect(box).toHaveClass(/is-cut/);
    await expect(box).toHaveAttribute('data-grad-norm', 'not-computed');
    await expect(box.locator('[data-not-computed]')).toHaveCount(2);
    await expect(box.locator('.term-annot__grad')).toHaveText('—');
    await expect(box).toHaveCSS('outline-style', 'dashed');
    await expect(diagram.locator(`path[data-flow-seg][data-k="${k}"]`)).toHaveCount(0);
    const node = diagram.locator(`[data-node="s-${k}"]`);
    await expect(node.locator('.dg-not-computed-ring')).toHaveCount(1);
    await expect(node).toHaveAttribute('aria-label', /not computed/);
    const row = page.locator(`[data-testid="term-list"] tr[data-k="${k}"]`);
    await expect(row).toHaveAttribute('aria-label', /not computed/);
  }
  for (const k of [2, 3]) {
    await expect(diagram.locator(`path[data-flow-seg][data-k="${k}"]`)).toHaveCount(1);
    const box = diagram.locator(`.dg-annotation[data-k="${k}"] .term-annot`);
    expect(Number(await box.getAttribute('data-grad-norm'))).toBeGreaterThan(0);
  }
});

test('the decay chart says the bound is for ‖∂s₃/∂sₖ‖₂ (spectral norm), not for ‖∂E₃/∂sₖ‖', async ({
  page,
}) => {
  await page.goto('/?lang=en#/vanishing-exploding/large-w');
  const legend = page.locator('.app-diagram .dc-legend').first();
  await expect(legend.locator('.dc-bound')).toHaveText('upper bound on ‖∂s₃/∂sₖ‖₂: (γσₘₐₓ)³⁻ᵏ');
  await expect(legend.locator('.dc-jac')).toHaveText('‖∂s₃/∂sₖ‖₂ (spectral norm)');
  await expect(legend.locator('.dc-grad')).toContainText('‖∂E₃/∂sₖ‖');
  await page.goto('/?lang=ru#/vanishing-exploding/large-w');
  await expect(page.locator('.app-diagram .dc-legend .dc-bound').first()).toHaveText(
    'верхняя оценка ‖∂s₃/∂sₖ‖₂: (γσₘₐₓ)³⁻ᵏ',
  );
});
