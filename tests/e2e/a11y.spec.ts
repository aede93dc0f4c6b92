/**
 * Accessibility in the browser: axe-core (WCAG 2.0/2.1 A and AA, and label-in-name) at every step
 * in every theme and both languages; keyboard operation with a visible focus; the live announcement of each step;
 * the diagram's title, description and labelled focusable nodes.
 */
import { expect, test, type Page } from '@playwright/test';
import { PREDICTIONS_ON } from './predictions';
import { createRequire } from 'node:module';
import { STEPS } from '../../src/lesson/steps';

test.use({ storageState: PREDICTIONS_ON });

const THEMES = ['light', 'dark', 'contrast'] as const;
const LANGS = ['en', 'ru'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until step `n` (1-based) is shown with its formulas rendered. */
async function settled(page: Page, n: number) {
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(n));
  // The unrolled network, the gated chapter's own drawing (its cell or its chart), a drawn
  // prediction, or the practice steps' view (a card, the quiz).
  await expect(
    page
      .locator(
        '.app-diagram svg.dg-svg .dg-node, .app-diagram .gated-view svg, .app-diagram .draw-prediction svg, .app-diagram .practice-view .pcard, .app-diagram .quiz-view',
      )
      .first(),
  ).toBeVisible();
  await expect(page.locator('.formula-pending')).toHaveCount(0);
}

/**
 * axe-core's source, the version @axe-core/playwright ships. It is injected once per page load
 * and run in the page at each step (AxeBuilder would inject it again for every analysis).
 */
const require = createRequire(import.meta.url);
const AXE_SOURCE: string = createRequire(require.resolve('@axe-core/playwright'))(
  'axe-core',
).source;

async function injectAxe(page: Page) {
  await page.evaluate(AXE_SOURCE);
}

/**
 * axe's violations, one line each: rule, impact, and the first targets. The WCAG A/AA rules, and
 * label-in-name (WCAG 2.5.3: a control's accessible name contains its visible text), which axe
 * counts as experimental and runs only when asked for by name.
 */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const runs = [
      { type: 'tag', values: tags },
      { type: 'rule', values: ['label-content-name-mismatch'] },
    ] as const;
    const out: string[] = [];
    for (const runOnly of runs) {
      const result = await axe.run(document, {
        runOnly: { type: runOnly.type, values: [...runOnly.values] },
        resultTypes: ['violations'],
      });
      for (const v of result.violations)
        out.push(
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
            .join(' | ')}`,
        );
    }
    return out;
  }, TAGS);
}

test.describe('axe', () => {
  for (const theme of THEMES) {
    for (const lang of LANGS) {
      test(`every step, ${theme} theme, ${lang}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(`/?lang=${lang}&theme=${theme}#/1/0`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await injectAxe(page);
        const found: string[] = [];
        for (let n = 1; n <= STEPS.length; n++) {
          if (n > 1)
            await page.evaluate((h) => (window.location.hash = h), `#/${STEPS[n - 1].id}/0`);
          await settled(page, n);
          for (const v of await violations(page)) found.push(`step ${n}: ${v}`);
        }
        expect(found).toEqual([]);
      });
    }
  }

  test('the in-page harness reports a planted violation (the checks can fail)', async ({
    page,
  }) => {
    await page.goto('/?lang=en#/1/0');
    // The panel the violations are planted in is there first.
    await expect(page.locator('.step-panel')).toBeVisible();
    await injectAxe(page);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('.step-panel')?.append(img);
    });
    // A control named unlike its visible text (WCAG 2.5.3).
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.textContent = 'RU';
      b.setAttribute('aria-label', 'Русский');
      document.querySelector('.step-panel')?.append(b);
    });
    const found = (await violations(page)).join('\n');
    expect(found).toContain('image-alt');
    expect(found).toContain('label-content-name-mismatch');
  });

  test('the last sub-step of every step, and the open help', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/?lang=en#/1/0');
    await injectAxe(page);
    const found: string[] = [];
    for (let n = 1; n <= STEPS.length; n++) {
      // A sub-step past the end is clamped to the step's last one.
      await page.evaluate((h) => (window.location.hash = h), `#/${STEPS[n - 1].id}/999`);
      await settled(page, n);
      for (const v of await violations(page)) found.push(`step ${n} (last): ${v}`);
    }
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    for (const v of await violations(page)) found.push(`help: ${v}`);
    expect(found).toEqual([]);
  });
});

test.describe('axe on the other views', () => {
  for (const [theme, lang] of [
    ['light', 'en'],
    ['dark', 'ru'],
    ['contrast', 'en'],
  ] as const) {
    test(`explore mode, presenter and print views, ${theme} theme, ${lang}`, async ({ page }) => {
      test.setTimeout(90_000);
      const found: string[] = [];
      const views: [string, string][] = [
        ['explore', `/?lang=${lang}&theme=${theme}&mode=explore#/5/0`],
        ['presenter', `/?lang=${lang}&theme=${theme}&view=presenter#/8/2`],
        ['print', `/?lang=${lang}&theme=${theme}&print=1`],
      ];
      for (const [name, url] of views) {
        await page.goto(url);
        await expect(page.locator('#root > *').first()).toBeVisible();
        if (name === 'explore') await expect(page.getByTestId('explore-main')).toBeVisible();
        await expect(page.locator('.formula-pending')).toHaveCount(0);
        await page.waitForTimeout(300);
        await injectAxe(page);
        for (const v of await violations(page)) found.push(`${name}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
});

test.describe('keyboard and screen readers', () => {
  test('every control is reached with Tab and shows a visible focus ring', async ({ page }) => {
    await page.goto('/?lang=en#/5/0');
    await settled(page, 5);
    const seen = new Set<string>();
    const unringed: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const ring = el.querySelector('.dg-focus-ring');
        const ringShown = ring
          ? getComputedStyle(ring).visibility !== 'hidden' &&
            getComputedStyle(ring).opacity !== '0' &&
            getComputedStyle(ring).display !== 'none'
          : false;
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        const shadow = s.boxShadow !== 'none';
        const id = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}]`;
        return { id, visible: outline || shadow || ringShown };
      });
      if (!info) continue;
      if (seen.has(info.id)) break;
      seen.add(info.id);
      if (!info.visible) unringed.push(info.id);
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(unringed).toEqual([]);
  });

  test('the live region announces each step', async ({ page }) => {
    await page.goto('/?lang=en#/1/0');
    const live = page.locator('[aria-live="polite"][data-testid="live"]');
    await expect(live).toHaveAttribute('aria-atomic', 'true');
    const said: string[] = [];
    for (let n = 1; n <= STEPS.length; n++) {
      await page.evaluate((h) => (window.location.hash = h), `#/${STEPS[n - 1].id}/0`);
      await expect(live).toContainText(`Step ${n} of ${STEPS.length}`);
      said.push((await live.textContent()) ?? '');
    }
    expect(new Set(said).size).toBe(STEPS.length);
  });

  test('the diagram has a title, a description and labelled focusable nodes', async ({ page }) => {
    await page.goto('/?lang=en#/6/0');
    await settled(page, 6);
    const svg = page.locator('.app-diagram svg.dg-svg').first();
    const labelled = await svg.evaluate((el) => {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const described = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const text = (id: string) => document.getElementById(id)?.textContent?.trim() ?? '';
      return {
        title: el.querySelector(':scope > title')?.textContent?.trim() ?? '',
        desc: el.querySelector(':scope > desc')?.textContent?.trim() ?? '',
        names: ids.map(text),
        descriptions: described.map(text),
      };
    });
    expect(labelled.title.length).toBeGreaterThan(5);
    expect(labelled.desc.length).toBeGreaterThan(10);
    expect([...labelled.names, ...labelled.descriptions].join(' ')).toContain(labelled.title);
    const nodes = svg.locator('[tabindex]');
    expect(await nodes.count()).toBeGreaterThan(0);
    const names = await nodes.evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label') ?? ''),
    );
    expect(names.filter((n) => n.trim().length < 3)).toEqual([]);
    // Arrow keys move between the nodes while the diagram has focus.
    await svg.locator('[tabindex="0"]').first().focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowLeft');
    const after = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(after).not.toBe(before);
    await expect(page.locator('.step-panel')).toHaveAttribute('data-step', '6');
  });
});
