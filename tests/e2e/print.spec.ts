/**
 * Handouts: A4 pages (landscape by default, portrait on request), one per step in its final
 * state, nothing cut off, both variants of the vanishing/exploding step captioned, the model on
 * screen named on every page (also one opened from a link), speaker notes on request; the PDF's
 * pages counted and measured, and rendered to images with pdftoppm where it is installed.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { STEPS } from '../../src/lesson/steps';
import { substepCount } from '../../src/lesson/substeps';
import { defaultModel, randomModel } from '../../src/model';
import { modelFingerprint } from '../../src/model/io/fingerprint';
import { encodeModelParam } from '../../src/model/io/urlcodec';

const MODEL = defaultModel(1);
const T = MODEL.targets.length;
const COUNTS = STEPS.map((s) => substepCount(s, { T, t: Math.min(3, T - 1) }));
const N = STEPS.length;
const DECAY = STEPS.findIndex((s) => s.id === 'vanishing-exploding');

/** Every page's box, and whatever inside it reaches past its box (a FitBox's content included). */
async function pageBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.cls-print-page')].map((p) => {
      const r = p.getBoundingClientRect();
      const out: string[] = [];
      const inside = (el: Element, box: DOMRect, what: string) => {
        const b = el.getBoundingClientRect();
        if (b.width === 0 && b.height === 0) return;
        if (
          b.left < box.left - 1 ||
          b.right > box.right + 1 ||
          b.top < box.top - 1 ||
          b.bottom > box.bottom + 1
        )
          out.push(`${what}: ${el.className || el.tagName}`);
      };
      for (const fit of p.querySelectorAll('.cls-fit'))
        inside(fit.firstElementChild!, fit.getBoundingClientRect(), 'past its box');
      for (const el of p.querySelectorAll('.cls-print-page__head, .cls-print-page__foot, .cls-fit'))
        inside(el, r, 'past the page');
      return { width: r.width, height: r.height, out };
    }),
  );
}

/** Waits until every page's boxes hold their content (a FitBox refits in the frame after). */
async function settled(page: Page) {
  await expect
    .poll(async () => (await pageBoxes(page)).flatMap((b) => b.out), {
      message: 'content past its box',
    })
    .toEqual([]);
}

/** The page sizes (pt) a PDF declares, one per page. */
function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => [Number(m[1]), Number(m[2])],
  );
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test.describe('handouts', () => {
  test('A4 landscape pages, one per step in its final state, nothing cut off, the model named', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/?lang=en&print=1');
    const pages = page.locator('.cls-print-page');
    // The handout is laid out page by page (a loaded machine takes more than the default 5 s).
    await expect(pages).toHaveCount(N, { timeout: 30_000 });
    for (let i = 0; i < N; i++)
      await expect(pages.nth(i).locator('.cls-snap-diagram')).toHaveAttribute(
        'data-sub',
        String(COUNTS[i] - 1),
      );
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    for (const [i, b] of (await pageBoxes(page)).entries()) {
      expect(b.width / b.height, `page ${i + 1}: A4 landscape`).toBeCloseTo(297 / 210, 2);
      expect(b.out, `page ${i + 1}`).toEqual([]);
    }
    // Both variants of the vanishing/exploding step, each captioned.
    const strips = pages.nth(DECAY).locator('.decay-view__strip');
    await expect(strips).toHaveCount(2);
    const captions = await strips.locator('.decay-view__caption').allTextContents();
    expect(captions.every((c) => c.trim().length > 0)).toBe(true);
    expect(new Set(captions).size).toBe(2);
    // Every page names the model on screen.
    const id = modelFingerprint(MODEL);
    await expect(page.getByTestId('print-model')).toHaveCount(N);
    for (const text of await page.getByTestId('print-model').allTextContents())
      expect(text).toContain(`#${id}`);
    expect(await page.getByTestId('print-model').first().textContent()).toContain('seed 1');

    const pdf = await page.pdf({ preferCSSPageSize: true });
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(N);
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(841.89, 0);
      expect(h).toBeCloseTo(595.28, 0);
    }
    if (hasPdftoppm()) {
      const dir = 'test-results/print-pages';
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/handout.pdf`, pdf);
      execFileSync('pdftoppm', ['-r', '40', '-png', `${dir}/handout.pdf`, `${dir}/page`]);
      expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(N);
    }
  });

  test('portrait pages and the notes layout on request; a model from a link is the one printed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const model = randomModel({ seed: 7, T: 5, H: 3, D: 4, K: 4 });
    await page.goto(`/?lang=en&print=1&model=${encodeModelParam(model)}`);
    await expect(page.locator('.cls-print-page')).toHaveCount(N, { timeout: 30_000 });
    const caption = await page.getByTestId('print-model').first().textContent();
    expect(caption).toContain(`#${modelFingerprint(model)}`);
    expect(caption).toContain('T = 5');
    expect(caption).not.toContain('seed');

    await page.getByTestId('print-paper').getByRole('button', { name: 'A4 portrait' }).click();
    await page
      .getByTestId('print-layout')
      .getByRole('button', { name: 'Slides with notes' })
      .click();
    await expect(page.getByTestId('print-notes')).toHaveCount(N);
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    for (const [i, b] of (await pageBoxes(page)).entries()) {
      expect(b.height / b.width, `page ${i + 1}: A4 portrait`).toBeCloseTo(297 / 210, 2);
      expect(b.out, `page ${i + 1}`).toEqual([]);
    }
    const notes = await page.getByTestId('print-notes').allTextContents();
    expect(notes.filter((n) => n.length > 40).length).toBeGreaterThan(N / 2);
    const boxes = mediaBoxes(await page.pdf({ preferCSSPageSize: true }));
    expect(boxes).toHaveLength(N);
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(595.28, 0);
      expect(h).toBeCloseTo(841.89, 0);
    }
  });
});

test('a large model’s handout is laid out page by page, the page responsive, its progress shown', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const big = randomModel({ seed: 4, T: 64, H: 64, D: 64, K: 64 });
  await page.goto(`/?lang=en&print=1#/title?model=${encodeModelParam(big)}`);
  await expect(page.getByTestId('print-view')).toBeVisible();
  const gaps = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let worst = 0;
        const tick = (now: number) => {
          worst = Math.max(worst, now - last);
          last = now;
          if (document.querySelectorAll('.cls-print-page').length < 12) requestAnimationFrame(tick);
          else resolve(worst);
        };
        requestAnimationFrame(tick);
      }),
  );
  await expect(page.locator('.cls-print-page')).toHaveCount(N, { timeout: 60_000 });
  await expect(page.getByTestId('print-progress')).toHaveCount(0);
  // No frame waits for more than a page's layout.
  expect(await gaps).toBeLessThan(2000);
});
